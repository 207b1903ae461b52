/**
 * Sentence-level checks over the drafts of all predicates of a sentence: events told twice, and
 * events that follow from others (a denial's 016, a passive reception's visit, a mediator's 045), and ultimatums (139).
 */
import type { ActorMention } from '../model/index.js';
import { actorsAt, MEDIATION_VERBS, nounSubject, subjectTokens, uniqueByCode } from './arguments.js';
import type { PredicateTrace } from './coder.js';
import type { SentenceView } from './sentence-view.js';

/** An event before the sentence-level checks: the predicate, its code and actors, and what it governs or covers. */
export interface Draft {
  pred: number;
  code: string;
  source: ActorMention;
  target: ActorMention;
  negated: boolean;
  lexicon: string;
  notes: string[];
  governors: number[];
  /** The weapon or attack noun this event stands for ("a drone strike killed"): its own events are dropped. */
  consumed: number[];
  /**
   * Nouns of the pattern's required phrases ("eased sanctions on Y", "suspended talks with Y",
   * "demanded the withdrawal of Z"): their own events are dropped, except accusations and criticism (11x).
   */
  covers: number[];
  /**
   * Verbs the pattern itself requires as its complement ("X order @aidagency to leave"): the pattern tells their
   * act, so they code nothing of their own and do not make this predicate a mere governor.
   */
  absorbs?: number[];
  /** Specificity of the pattern that coded the draft (see `absorbs`: a complement told more specifically keeps its event). */
  specificity?: number;
}

/**
 * An event noun hung on another coded predicate that codes the same root between the same
 * countries tells that event again: "met in Singapore for the first summit between the two
 * countries" is one meeting, "shelled the town in an attack on Ukrainian positions" one attack.
 * So does a subjectless participle under a verb ("exchanged fire, violating a ceasefire"): of the
 * two, the more specific code is kept.
 */
export function dropRetold(v: SentenceView, kept: Draft[], trace: PredicateTrace[]): Draft[] {
  // Between countries the country pair says who. Inside one country the codes do (police and
  // protesters are two parties), a bare country standing for any actor of it.
  const side = (m: ActorMention): string => m.country ?? m.code;
  const domestic = (d: Draft): boolean => d.source.country !== null && d.source.country === d.target.country;
  const match = (a: ActorMention, b: ActorMention): boolean => a.code === b.code || a.code === a.country || b.code === b.country;
  // (violence of any kind is one act: "detonated two car bombs, killing 100 people" tells one attack)
  const violent = (code: string): boolean => VIOLENT_ROOTS.has(code.slice(0, 2));
  const same = (a: Draft, b: Draft): boolean => {
    if (a.code.slice(0, 2) !== b.code.slice(0, 2) && !(violent(a.code) && violent(b.code))) return false;
    if (!domestic(a) || !domestic(b)) {
      return [side(a.source), side(a.target)].sort().join('|') === [side(b.source), side(b.target)].sort().join('|');
    }
    return (match(a.source, b.source) && match(a.target, b.target)) || (match(a.source, b.target) && match(a.target, b.source));
  };
  // "exchanged fire across the line, violating a ceasefire": a subjectless participle that tells the
  // same act between the same parties, of which the more specific code is kept
  const general = (code: string): boolean => code.length === 3 && code.endsWith('0');
  const participle = (i: number): boolean =>
    v.isVerb(i) && v.baseRel(i) === 'advcl' && v.tokens[i].xpos === 'VBG' && v.childrenBy(i, 'nsubj', 'nsubj:pass', 'mark').length === 0;
  const retold = (d: Draft): boolean => {
    const h = v.head(d.pred);
    if (h < 0 || h === d.pred || !kept.some((o) => o.pred === h && same(o, d))) {
      // the head's event is the general one that a participle under it tells more precisely
      return v.isVerb(d.pred) && general(d.code) &&
        kept.some((o) => o.pred !== d.pred && v.head(o.pred) === d.pred && participle(o.pred) && same(o, d) && !general(o.code));
    }
    if (v.isNoun(d.pred)) return true;
    return participle(d.pred) && !(general(kept.find((o) => o.pred === h && same(o, d))!.code) && !general(d.code));
  };
  const dropped = new Set(kept.filter(retold));
  for (const d of dropped) {
    const tr = trace.find((x) => x.token === d.pred);
    if (tr) tr.notes.push(`own event ${d.code} dropped: another predicate tells the same act`);
  }
  return kept.filter((d) => !dropped.has(d));
}

/** Roots of violence: assault, fight, mass violence. */
export const VIOLENT_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

const DENIAL_VERBS = new Set(['deny']);
const DENIAL_CODE = '016';
/** Nouns of an accusation a denial answers. */
const ACCUSATION_NOUNS = new Set(['accusation', 'allegation', 'claim', 'charge', 'report']);

/**
 * "Iran denied supplying weapons to the Houthis", "Hamas denied that its fighters attacked the
 * convoy": besides the negated complement, the denier denies responsibility (016) toward the
 * complement's target. One event per denier and target.
 */
export function denials(v: SentenceView, drafts: Draft[], mentions: ActorMention[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!d.negated) continue;
    const g = d.governors.find((x) => DENIAL_VERBS.has(v.lemma(x)) && x !== d.pred);
    if (g === undefined) continue;
    // "denied U.S. accusations that it had launched the attack on Saudi facilities": the denial answers the accuser
    const accusers = uniqueByCode(v.childrenBy(g, 'obj').filter((o) => ACCUSATION_NOUNS.has(v.lemma(o)))
      .flatMap((o) => nounSubject(v, o)).flatMap((x) => actorsAt(v, x, mentions)));
    for (const s of uniqueByCode(subjectTokens(v, g).flatMap((x) => actorsAt(v, x, mentions)))) {
      for (const target of accusers.length ? accusers : [d.target]) {
        if (s.code === target.code || out.some((o) => o.source.code === s.code && o.target.code === target.code)) continue;
        out.push({
          ...d, pred: g, code: DENIAL_CODE, source: s, target, negated: false, governors: [], lexicon: `compose:denial '${v.tokens[g].text}'`,
          notes: [`denial: '${v.tokens[g].text}' denies the ${d.code} of '${v.tokens[d.pred].text}'${accusers.length ? `, answering '${target.text}'` : ''}`],
        });
      }
    }
  }
  return out;
}

/**
 * "Blinken was received by Xi in Beijing": the host's 043 and the guest's visit, 042, to the host's
 * country (the gold convention for a passive reception).
 */
export function visitsOfReceived(v: SentenceView, kept: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of kept) {
    if (d.code !== '043' || d.negated || !v.isVerb(d.pred) || !v.isPassive(d.pred) || !RECEIVE_VERBS.has(v.lemma(d.pred)) || !d.source.country) continue;
    if (kept.some((o) => o.code === '042' && o.source.code === d.target.code)) continue;
    out.push({
      ...d, code: '042', source: d.target, target: countryOf(v, d.pred, d.source, d.source.country, 'received'),
      lexicon: `${d.lexicon} + received`, notes: [...d.notes, `'${v.tokens[d.pred].text}' by the host: a visit to its country`], governors: [], consumed: [], covers: [],
    });
  }
  return out;
}

const RECEIVE_VERBS = new Set(['receive', 'host', 'welcome', 'greet']);

/** The country of `actor` as an actor of its own, spanning the predicate `i`; `rule` names why in the evidence. */
export function countryOf(v: SentenceView, i: number, actor: ActorMention, country: string, rule: string): ActorMention {
  return {
    code: country, text: v.tokens[i].text, country, roles: [], group: null,
    sentence: actor.sentence, start: i, end: i + 1, head: i, entries: [...actor.entries, `rule:${rule}`], carried: true,
  };
}

const MEDIATION_CODE = '045';

/**
 * "swapped prisoners in an exchange mediated by the UAE", "began observing a U.S.-brokered ceasefire",
 * "signed a truce after talks mediated by the African Union": the go-between mediates (045) for each
 * party of the event the mediated noun belongs to (an event told by the noun or by the verb it hangs on).
 */
export function mediations(v: SentenceView, kept: Draft[], mentions: ActorMention[]): Draft[] {
  const out: Draft[] = [];
  for (let m = 0; m < v.tokens.length; m++) {
    if (!MEDIATION_VERBS.has(v.lemma(m)) || v.tokens[m].xpos !== 'VBN' || !['acl', 'amod'].includes(v.baseRel(m))) continue;
    const n = v.head(m);
    if (n < 0 || !v.isNoun(n)) continue;
    // the go-between: the participle's by-agent, else an actor word hung on it ("U.S.-brokered")
    const agents = v.children(m).filter((c) => v.rel(c) === 'obl:agent' || v.prepOf(c) === 'by');
    const hung = v.children(m).filter((c) => c < m && ['obl:unmarked', 'obl', 'compound', 'nmod', 'npmod', 'obl:npmod'].includes(v.rel(c)));
    const mediators = uniqueByCode((agents.length ? agents : hung).flatMap((x) => actorsAt(v, x, mentions)));
    if (mediators.length === 0) continue;
    // the noun and the verb it hangs on, and that verb's governors by control or coordination
    // ("agreed to reopen embassies in a deal brokered by China": the agreement)
    // (up through whatever the parser hung the phrase on: "restore ties after years of hostility, in a deal ...")
    const tellers = [n];
    for (let c = v.head(n); c >= 0 && tellers.length < 7; c = v.head(c)) {
      tellers.push(c);
      if (v.isVerb(c) && !['xcomp', 'conj'].includes(v.baseRel(c))) break;
    }
    const told = kept.filter((d) => !d.negated && tellers.includes(d.pred));
    const parties = uniqueByCode(told.flatMap((d) => [d.source, d.target]));
    for (const g of mediators) {
      for (const p of parties) {
        if (p.code === g.code) continue;
        out.push({
          pred: m, code: MEDIATION_CODE, source: g, target: p, negated: false, lexicon: `rule:mediation '${v.tokens[m].text}'`,
          notes: [`mediation: '${v.tokens[m].text}' ${v.tokens[n].text}, a party of which is '${p.text}'`], governors: [], consumed: [], covers: [],
        });
      }
    }
  }
  return out;
}

/** Words of a time limit given with a demand ("gave the junta one week to ...", "gave Hamas until noon to ..."). */
const DEADLINE_WORDS = new Set(['hour', 'day', 'week', 'month', 'deadline', 'noon', 'midnight']);

/**
 * The demand of an ultimatum, or -1: the "to" clause of "give" with a time limit ("ECOWAS gave the coup leaders one week
 * to reinstate President Bazoum or face the use of force"). What it demands is not done; the giving is the event (139).
 */
export function ultimatumClause(v: SentenceView, g: number): number {
  if (g < 0 || !v.isVerb(g) || v.lemma(g) !== 'give') return -1;
  if (!v.children(g).some((c) => DEADLINE_WORDS.has(v.lemma(c)) || v.prepOf(c) === 'until')) return -1;
  return v.children(g).find((c) => v.isVerb(c) && ['advcl', 'xcomp'].includes(v.baseRel(c)) && v.childrenBy(c, 'mark').some((m) => v.lemma(m) === 'to')) ?? -1;
}

/** Ultimatums (139) from the giver to whom it is given ("gave Hamas until noon on Saturday to free the hostages"). */
export function ultimatums(v: SentenceView, mentions: ActorMention[]): Draft[] {
  const out: Draft[] = [];
  for (let g = 0; g < v.tokens.length; g++) {
    const demand = ultimatumClause(v, g);
    if (demand < 0) continue;
    const givers = uniqueByCode(subjectTokens(v, g).flatMap((x) => actorsAt(v, x, mentions)));
    const given = uniqueByCode(v.childrenBy(g, 'obj', 'iobj').flatMap((x) => actorsAt(v, x, mentions)));
    for (const s of givers) {
      for (const t of given) {
        if (s.code === t.code) continue;
        out.push({
          pred: g, code: '139', source: s, target: t, negated: v.hasNegation(g), lexicon: `rule:ultimatum '${v.tokens[g].text}'`,
          notes: [`ultimatum: '${v.tokens[g].text}' a time limit to '${v.tokens[demand].text}'`], governors: [], consumed: [], covers: [],
        });
      }
    }
  }
  return out;
}


/** Verbs that also name something: "call X Y", "label X Y", "term X Y" (the coder reads no appeal in them then). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'label', 'term', 'brand', 'dub']);

/** Verbs that name an act as something ("called the seizure an act of terrorism", "described the strike as a war crime"). */
const CALLING_VERBS = new Set([...NAMING_VERBS, 'describe']);

/**
 * What naming an act as a crime or an aggression accuses its doer of: war crimes and atrocities (1124), aggression and
 * terrorism (1123), a provocation or violation (112).
 */
const ACCUSING_NAMES: Record<string, string> = {
  genocide: '1124', massacre: '1124', atrocity: '1124', crime: '1124',
  terrorism: '1123', aggression: '1123', attack: '1123', invasion: '1123', war: '1123', piracy: '1123',
  provocation: '112', violation: '112', breach: '112',
};

/**
 * Accusations made by naming an act ("Israel's military called the seizure an act of Iranian terrorism", "Amnesty said,
 * calling the massacre a possible crime against humanity", "a move Washington called an unprovoked attack"): the
 * namer accuses whom the name points at ("Iranian terrorism", "a provocation by Kyiv"), else the doer of the act named
 * ("a move", "the massacre": the subject of the sentence's main clause when the act names no doer). The coder reads
 * no event of its own in such a verb (see `naming` in coder.ts); this is its event.
 */
export function namedAccusations(v: SentenceView, mentions: ActorMention[]): Draft[] {
  const out: Draft[] = [];
  for (let g = 0; g < v.tokens.length; g++) {
    if (!CALLING_VERBS.has(v.lemma(g)) || !v.isVerb(g)) continue;
    const objects = v.childrenBy(g, 'obj');
    // the name: a second object, a predicate noun, an "as" phrase, or a noun the parser hung on the first object
    const names = [...v.childrenBy(g, 'obj', 'xcomp'), ...v.childrenBy(g, 'obl').filter((c) => v.prepOf(c) === 'as'),
      ...objects.flatMap((o) => v.childrenBy(o, 'nmod').filter((c) => v.prepOf(c) === null))];
    for (const n of names) {
      // ("an act of terrorism", "an act of war": the kind of act)
      const named = v.lemma(n) === 'act' ? v.childrenBy(n, 'nmod').find((c) => v.prepOf(c) === 'of') ?? n : n;
      const code = ACCUSING_NAMES[v.lemma(named)];
      if (code === undefined) continue;
      // what is named: an object before the name, the object the name hangs on, or the noun the clause describes
      const thing = objects.find((o) => o < n) ?? (v.head(n) !== g && v.head(n) < n ? v.head(n) : describedNoun(v, g));
      if (thing < 0) continue;
      // whom the name points at: "Iranian terrorism", "a provocation by Kyiv"
      const pointed = [n, named].flatMap((x) => v.children(x)).filter((c) =>
        ['amod', 'compound', 'nmod:poss'].includes(v.rel(c)) || (v.rel(c) === 'nmod' && v.prepOf(c) === 'by'));
      let targets = uniqueByCode(pointed.flatMap((c) => actorsAt(v, c, mentions)));
      let how = `the name '${v.tokens[named].text}' says whose`;
      if (!targets.length) {
        targets = uniqueByCode(actorsAt(v, thing, mentions));
        how = `who did '${v.tokens[thing].text}'`;
      }
      const root = v.tokens.findIndex((t) => t.head < 0);
      if (!targets.length && v.isNoun(thing) && root >= 0 && root !== g && v.isVerb(root)) {
        targets = uniqueByCode(subjectTokens(v, root).flatMap((x) => actorsAt(v, x, mentions)));
        how = `'${v.tokens[thing].text}' is the act of '${v.tokens[root].text}'`;
      }
      // "Russia's Defence Ministry denied that its forces had killed civilians, calling images ... a staged provocation":
      // a participle after a comma at the end of a reported clause is the reporter's
      const h = v.head(g);
      const namer = v.rel(g) === 'advcl' && v.tokens[g - 1]?.text === ',' && h >= 0 && v.rel(h) === 'ccomp' && v.head(h) >= 0 ? v.head(h) : g;
      for (const s of uniqueByCode(subjectTokens(v, namer).flatMap((x) => actorsAt(v, x, mentions)))) {
        for (const t of targets) {
          if (s.code === t.code || out.some((o) => o.source.code === s.code && o.target.code === t.code)) continue;
          out.push({
            pred: g, code, source: s, target: t, negated: v.hasNegation(g), lexicon: `rule:naming '${v.tokens[g].text}'`,
            notes: [`naming: '${v.tokens[g].text}' names '${v.tokens[thing].text}' '${v.tokens[named].text}'; target: ${how}`],
            governors: [], consumed: [], covers: [],
          });
        }
      }
      break;
    }
  }
  return out;
}

/** The noun a naming clause describes: "a move Washington called ...", as the relative clause's head or the noun the parser hung on the verb. */
function describedNoun(v: SentenceView, g: number): number {
  const h = v.head(g);
  if (h >= 0 && h < g && v.isNoun(h) && v.rel(g).startsWith('acl')) return h;
  return v.childrenBy(g, 'obl:unmarked').filter((c) => c < g && v.isNoun(c)).pop() ?? -1;
}
