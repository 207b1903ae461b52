/**
 * Composition of a governing word (intent, threat, appeal, demand) with a coded complement:
 * "agreed to restore ties", "threatened to impose sanctions", "urged Russia to provide aid".
 * The lexicon codes the complement; this table turns its code into CAMEO's intent, threat,
 * appeal or demand code. One place, as data, so "why was this 0312" is answered here.
 */

/**
 * The kind of governing word, or `negation` for deny/refuse/fail. `consider` ("would consider
 * sending aid", "is weighing sanctions") is CAMEO's 014, weighing an option, not an intent to act.
 */
export type Modality = 'intent' | 'consider' | 'threat' | 'appeal' | 'demand' | 'negation';

/** Lemmas of verbs, adjectives and nouns that govern a complement clause, by modality. */
export const MODAL_HEADS: Record<Modality, ReadonlySet<string>> = {
  intent: new Set([
    'plan', 'intend', 'pledge', 'promise', 'agree', 'vow', 'decide', 'offer', 'prepare', 'want', 'hope',
    'aim', 'commit', 'seek', 'expect', 'propose', 'resolve', 'undertake',
    // adjectives and nouns: "is ready to", "interest in expanding", "plans to"
    'ready', 'willing', 'eager', 'keen', 'interested', 'about', 'set', 'poised', 'determined', 'prepared',
    'interest', 'intention', 'readiness', 'willingness', 'commitment', 'pledge', 'promise', 'plan', 'offer',
    'decision', 'agreement', 'bid', 'proposal',
  ]),
  consider: new Set(['consider', 'mull', 'weigh', 'contemplate', 'reconsider']),
  threat: new Set(['threaten', 'threat', 'warn', 'warning', 'ultimatum']),
  appeal: new Set(['urge', 'appeal', 'call', 'ask', 'request', 'invite', 'encourage', 'press', 'plead', 'beg', 'petition', 'lobby', 'appeal']),
  demand: new Set(['demand', 'insist', 'order', 'require']),
  negation: new Set(['deny', 'refuse', 'fail', 'decline', 'reject', 'rule']),
};

/** Auxiliaries that make the clause an intent ("Russia will send troops"; "said it would send troops"; "Seoul might provide aid"). */
export const INTENT_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo', 'would', 'may', 'might']);

/**
 * Heads whose complement is an allegation, not a reported fact: "accused Iran of supplying drones"
 * codes the accusation (112), never the supply.
 */
export const ALLEGATION_HEADS: ReadonlySet<string> = new Set([
  'accuse', 'blame', 'allege', 'suspect', 'charge', 'accusation', 'allegation', 'claim', 'charge', 'rumor', 'rumour',
]);

/**
 * Per modality, complement code prefix → composed code. Lookup tries the full complement code,
 * then shorter prefixes down to the root; `*` is the fallback. A missing entry (and no `*`)
 * means CAMEO has no composed code: the complement is then coded as itself, with a note.
 */
export const COMPOSE_TABLE: Record<Exclude<Modality, 'negation'>, Record<string, string>> = {
  intent: {
    '03': 'same',
    '04': '036', '045': '039', '05': '032', '057': '030',
    '06': '031', '061': '0311', '062': '0312', '063': '0313', '064': '0314',
    '07': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334', '075': '0333',
    '08': '035', '081': '0351', '0811': '0351', '083': '034', '084': '0353', '085': '0354', '086': '0355', '087': '0356',
    '09': '030',
    // CAMEO has no "intent to protest", "intent to attack", "intent to sanction" or "intent to coerce": they are threats
    // ("said it would impose a 25% tariff", "is ready to impose new sanctions": 1312)
    '16': '131', '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
    '17': '137', '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '173': '137', '175': '137',
    '14': '133',
    '18': '1383', '19': '138', '191': '1381', '192': '1382', '190': '1384', '193': '1384', '194': '1384', '195': '1384',
    '20': '1385',
  },
  // Considering any course of action is 014, whatever the action.
  consider: { '*': '014' },
  threat: {
    '*': '130',
    '16': '131', '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
    '17': '137', '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '173': '137', '175': '137',
    '14': '133',
    '18': '1383', '19': '138', '191': '1381', '192': '1382', '190': '1384', '193': '1384', '194': '1384', '195': '1384',
    '20': '1385',
  },
  appeal: {
    '*': '020',
    '04': '026', '05': '022', '06': '021', '061': '0211', '062': '0212', '063': '0213', '064': '0214',
    '07': '023', '071': '0231', '072': '0232', '073': '0233', '074': '0234',
    '08': '025', '081': '0251', '084': '0253', '085': '0254', '086': '0255', '087': '0256',
    '083': '024', '09': '028', '03': '020',
    // "urged X to agree to a ceasefire" asks for the ceasefire: intent codes map onto the same appeal
    '045': '028', '039': '028',
    '031': '021', '0311': '0211', '0312': '0212', '0313': '0213', '0314': '0214', '032': '022', '033': '023',
    '0331': '0231', '0332': '0232', '0333': '0233', '0334': '0234', '034': '024', '0341': '0241',
    '0342': '0242', '0343': '0243', '0344': '0244', '035': '025', '0351': '0251', '0352': '0252',
    '0353': '0253', '0354': '0254', '0355': '0255', '0356': '0256', '036': '026', '037': '027', '038': '028',
  },
  demand: {
    '*': '100',
    '04': '106', '05': '102', '06': '101', '061': '1011', '062': '1012', '063': '1013', '064': '1014',
    '07': '103', '071': '1031', '072': '1032', '073': '1033', '074': '1034',
    '08': '105', '081': '1051', '084': '1053', '085': '1054', '086': '1055', '087': '1056', '083': '104',
    // "demanded that X agree to a ceasefire" demands the ceasefire: intent codes map onto the same demand
    '045': '108', '039': '108',
    '031': '101', '0311': '1011', '0312': '1012', '0313': '1013', '0314': '1014', '032': '102', '033': '103',
    '0331': '1031', '0332': '1032', '0333': '1033', '0334': '1034', '034': '104', '0341': '1041',
    '0342': '1042', '0343': '1043', '0344': '1044', '035': '105', '0351': '1051', '0352': '1052',
    '0353': '1053', '0354': '1054', '0355': '1055', '0356': '1056', '036': '106', '037': '107', '038': '108',
  },
};

/** Negation heads that say the actor turned the event down ("refused to hold talks"), not that it did not happen. */
export const REFUSAL_HEADS: ReadonlySet<string> = new Set(['refuse', 'decline', 'reject']);

/**
 * Refusal ("refused to X", "will not X") over a complement code → CAMEO's rejection code: refusing to
 * meet or negotiate is 125, to yield 124x, to cooperate 121x, to give aid 122x. Other complements stay negated events.
 */
export const REFUSAL_TABLE: Record<string, string> = {
  // "declined to comment": refusing to make a statement is CAMEO's 011
  '010': '011',
  '04': '125',
  '06': '121', '061': '1211', '062': '1212',
  // "Budapest would not send weapons to Ukraine": refusing to give aid is 122x
  '07': '122', '071': '1221', '072': '1222', '073': '1223', '074': '1224',
  '08': '124', '081': '1241', '082': '1242', '084': '1243', '085': '1244', '086': '1245', '087': '1246',
};

/** The rejection code for a refused complement code, or null when CAMEO has none. */
export function refusalCode(code: string): string | null {
  for (let len = code.length; len >= 2; len--) {
    const hit = REFUSAL_TABLE[code.slice(0, len)];
    if (hit) return hit;
  }
  return null;
}

/**
 * The composed code for a modality over a complement code, or null when CAMEO has none.
 * Intent over an intent code keeps the complement's code.
 */
export function composeCode(modality: Exclude<Modality, 'negation'>, code: string): string | null {
  const table = COMPOSE_TABLE[modality];
  for (let len = code.length; len >= 2; len--) {
    const hit = table[code.slice(0, len)];
    if (hit) return hit === 'same' ? code : hit;
  }
  return table['*'] ?? null;
}

/** The modality of a governing lemma, or null. Negation is checked first: "refuse" is not an intent. */
export function modalityOf(lemma: string): Modality | null {
  for (const m of ['negation', 'threat', 'demand', 'appeal', 'consider', 'intent'] as const) {
    if (MODAL_HEADS[m].has(lemma)) return m;
  }
  return null;
}
