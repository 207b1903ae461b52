import type { ActorMention, ParsedSentence, ParsedToken, Upos } from '../model/index.js';
import { dominates, isIrregularPast, LOOSE_PARTICLES, REL_PRONOUNS } from './sentence-view.js';
import { ATTACK_NOUNS, LOCATED_NOUNS, MESSAGE_NOUNS, OWNING_PARTICIPLES, SPEECH_VERBS, SUMMARY_NOUNS, TIME_WORDS } from './arguments.js';
import { datelineLength } from '../nlp/index.js';
import { isPossessiveS } from '../actors/normalize.js';

/**
 * Repairs of parser mistakes that hide events, applied to a copy before coding. Each rule is small,
 * named and conservative; the input sentence and mentions are never changed. The first repair makes
 * each actor mention's words one phrase under one head (`actorSpans`), so the mentions come back
 * with that head. The pipeline applies the tree rules once before matching actors (`repairTree`); then
 * `treeRepairs` holds their notes and the rules run again only if the actor spans changed the tree.
 */
export function repairParse(
  sentence: ParsedSentence,
  mentions: readonly ActorMention[] = [],
  treeRepairs?: readonly string[],
): { sentence: ParsedSentence; repairs: string[]; mentions: ActorMention[] } {
  let tokens: ParsedToken[] | null = null;
  const repairs: string[] = [];
  const copy = (): ParsedToken[] => (tokens ??= sentence.tokens.map((t) => ({ ...t })));
  const spans = actorSpans(sentence.tokens, mentions, copy);
  if (spans.notes.length) repairs.push(`actor-span: ${spans.notes.join('; ')}`);
  // (a tree the rules already repaired, `treeRepairs` their notes, needs them again only where the actor spans changed it)
  if (treeRepairs) repairs.push(...treeRepairs);
  const repaired = !treeRepairs || tokens ? applyRules(tokens ?? sentence.tokens, repairs) : sentence.tokens;
  return { sentence: repaired !== sentence.tokens ? { ...sentence, tokens: repaired as ParsedToken[] } : sentence, repairs, mentions: spans.mentions };
}

/**
 * The tree rules alone, before actors are matched, so that actor phrases are read on the repaired tree ("Cuban
 * police detained dozens of protesters" parsed with "detained" a modifier of "dozens" hid the police).
 */
export function repairTree(sentence: ParsedSentence): { sentence: ParsedSentence; repairs: string[] } {
  const repairs: string[] = [];
  const tokens = applyRules(sentence.tokens, repairs);
  return { sentence: tokens !== sentence.tokens ? { ...sentence, tokens: tokens as ParsedToken[] } : sentence, repairs };
}

/**
 * Applies the rules in order to `start` and returns the repaired tokens (`start` itself when no rule fired). Each rule
 * that repairs gets a fresh copy of the tokens as they were before it: it reads the old tree while it writes the new
 * one, whatever rule copied before it.
 */
function applyRules(start: readonly ParsedToken[], repairs: string[]): readonly ParsedToken[] {
  let tokens = start;
  // (the trigger codes of the tokens, computed again only when a rule has written a new tree)
  let codes: TokenCodes | null = null;
  let codesOf: readonly ParsedToken[] | null = null;
  // a second pass when the first repaired something: a repair can make the tree another rule, earlier in the list,
  // knows ("between" moved onto "troops" makes "Fighting between ... troops" the nominal event)
  // (one `copy` for every rule: it copies `before`, the tokens the current rule reads, into `written`, its copy)
  let before = tokens;
  let written: ParsedToken[] | null = null;
  const copy = (): ParsedToken[] => (written ??= before.map((t) => ({ ...t })));
  for (let pass = 0, fired = true; pass < 2 && fired; pass++) {
    fired = false;
    for (const rule of RULES) {
      if (codesOf !== tokens) {
        codes = tokenCodes(tokens);
        codesOf = tokens;
      }
      // (a rule whose trigger no token passes is not called: most of them at most sentences)
      if (rule.index !== undefined && codes!.admitted[rule.index] === undefined) continue;
      written = null;
      before = tokens;
      const note = rule.apply(before, copy, codes!);
      if (written) tokens = written;
      if (note) {
        repairs.push(`${rule.name}: ${note}`);
        fired = true;
      }
    }
  }
  return tokens;
}

const NOMINAL_RELATIONS = /^(nsubj|nsubj:pass|obj|iobj|obl|obl:unmarked|obl:agent|nmod|appos)$/;

/** Relations by how much of a clause they carry: a phrase's head keeps the first one its words had. */
const SPAN_RELATIONS = ['root', 'nsubj:pass', 'nsubj', 'obj', 'iobj', 'obl:agent', 'obl', 'nmod', 'nmod:poss', 'conj', 'appos', 'obl:unmarked', 'compound', 'amod', 'advmod'];

/**
 * "Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe held talks" parsed with
 * "Chinese" as an adverb of "held" and "Japanese" as a conjunct of "Xi"; "Egyptian and Saudi naval
 * forces held drills" with "Egyptian" as an oblique and "forces" its conjunct. The actor matcher
 * read each phrase right; the parse split it. A mention whose words attach outside it at more than
 * one word, or at a word that is not a noun while a noun of it is its head, is made one phrase: its
 * head is the word with the weightiest outside relation (a noun before a modifier), and the other
 * words, with whatever hung on them outside the span, attach to that head.
 */
function actorSpans(tokens: readonly ParsedToken[], mentions: readonly ActorMention[], copy: () => ParsedToken[]): { mentions: ActorMention[]; notes: string[] } {
  const notes: string[] = [];
  const heads = new Map<string, number>();
  const isNoun = (k: number): boolean => tokens[k].upos === 'NOUN' || tokens[k].upos === 'PROPN';
  const rank = (rel: string): number => {
    const r = SPAN_RELATIONS.indexOf(rel);
    return r < 0 ? SPAN_RELATIONS.length : r;
  };
  const onePhrase = (m: ActorMention, h: number): string => `'${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}' is one phrase headed by '${tokens[h].text}'`;
  for (const m of mentions) {
    // (most mentions are one word: the key is made only for the others)
    if (m.carried || m.end - m.start < 2 || m.end > tokens.length) continue;
    const key = `${m.start}:${m.end}`;
    if (heads.has(key)) continue;
    const inside = (k: number): boolean => k >= m.start && k < m.end;
    const out: number[] = [];
    // (a word hung on a modifier of the phrase, "Tajik" as the conjunct of "Russian" in "Russian and
    // Tajik forces", is inside it)
    for (let k = m.start; k < m.end; k++) {
      const h = tokens[k].head;
      const modifierOfPhrase = h >= 0 && h < tokens.length && inside(tokens[h].head) && tokens[h].upos !== 'VERB';
      if (!inside(h) && !modifierOfPhrase && tokens[k].deprel !== 'cc' && tokens[k].deprel !== 'punct') out.push(k);
    }
    // a participle the matcher took into a title ("acting defence minister") is left to the other repairs
    if (out.length === 0 || out.some((k) => tokens[k].upos === 'VERB' || tokens[k].upos === 'AUX')) continue;
    const nounHead = isNoun(m.head) && !out.includes(m.head) && !out.some(isNoun);
    // "arrested former Prime Minister Imran Khan" with "former" as the verb's complement and the name
    // hung on it: the name heads the phrase
    const lone = out.length === 1 && !isNoun(out[0]!) ? tokens.findIndex((t, c) => inside(c) && t.head === out[0] && isNoun(c)) : -1;
    if (out.length === 1 && !nounHead && lone < 0) {
      // one word attaches outside: it is the head; a preposition hung on another word of the phrase
      // ("with Saudi Crown Prince Mohammed bin Salman" with "with" on "Prince") moves to it
      const h = out[0]!;
      const cases: number[] = [];
      for (let c = 0; c < tokens.length; c++) {
        const t = tokens[c];
        // (the matcher may take the preposition into the phrase: "against the Tigray People's Liberation Front" with
        // "against" hung on "People")
        if (t.deprel === 'case' && t.upos === 'ADP' && (!inside(c) || c === m.start) && inside(t.head) && t.head !== h) cases.push(c);
      }
      if (cases.length === 0) continue;
      const w = copy();
      for (const c of cases) w[c].head = h;
      // a phrase with a preposition is an oblique or a noun's modifier, whatever the parse called it
      const g = tokens[h].head;
      if (g >= 0 && g < tokens.length && !/^(obl|nmod|obl:agent|acl|advcl)/.test(tokens[h].deprel)) w[h].deprel = tokens[g].upos === 'VERB' ? 'obl' : 'nmod';
      heads.set(key, h);
      notes.push(onePhrase(m, h));
      continue;
    }
    const byRank = (a: number, b: number): number => rank(tokens[a].deprel) - rank(tokens[b].deprel) || Number(isNoun(b)) - Number(isNoun(a)) || b - a;
    // the head: the mention's noun head when no noun of it attaches outside, else its outside noun
    // with the weightiest relation; a head inside the phrase takes the weightiest outside attachment
    const h = lone >= 0 ? lone : nounHead ? m.head : out.filter(isNoun).sort(byRank)[0] ?? [...out].sort(byRank)[0]!;
    const by = out.includes(h) ? h : [...out].sort(byRank)[0]!;
    const { head: g, deprel } = tokens[by];
    const w = copy();
    const hv = tokens[h].head;
    for (const k of out) {
      if (k === h) continue;
      // the verb the head hangs on, itself hung on this word ("Armenian" as the root, "demanded" its
      // conjunct), takes this word's place in the tree
      const promoted = hv >= 0 && hv < tokens.length && !inside(hv) && tokens[hv].head === k ? hv : -1;
      if (promoted >= 0) {
        w[promoted].head = tokens[k].head;
        // a verb in a noun's place under another verb is its clause ("X held drills, Y said")
        w[promoted].deprel = tokens[k].head >= 0 && NOMINAL_RELATIONS.test(tokens[k].deprel) ? 'ccomp' : tokens[k].deprel;
      }
      w.forEach((t, c) => {
        if (!inside(c) && c !== promoted && tokens[c].head === k) t.head = promoted >= 0 ? promoted : h;
      });
      attach(w, k, h, tokens[k].upos === 'ADJ' ? 'amod' : k < h ? 'compound' : 'flat');
    }
    if (by !== h) w[h].head = g;
    // a phrase before its verb that the parse left as an oblique or modifier is the verb's subject
    const verb = w[h].head < tokens.length ? w[h].head : -1;
    const subjectless = verb >= 0 && !w.some((t, k) => t.head === verb && t.deprel.startsWith('nsubj') && k !== h);
    w[h].deprel = verb > h && subjectless && tokens[verb].upos === 'VERB' && /^(obl|obl:unmarked|advmod|amod|dep)$/.test(deprel) ? 'nsubj'
      // and one after it that the parse made a complement, or hung by a modifier ("investigating former Prime
      // Minister X" with "former" on the verb), is its object
      : verb >= 0 && verb < h && (deprel === 'xcomp' || (isNoun(h) && /^(amod|advmod|dep)$/.test(deprel))) && tokens[verb].upos === 'VERB' &&
        !w.some((t) => t.head === verb && t.deprel === 'obj') ? 'obj' : deprel;
    heads.set(key, h);
    notes.push(onePhrase(m, h));
  }
  // "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev" with the second name a conjunct
  // of a word inside the first: a phrase's conjunct is its head's
  for (const m of mentions) {
    if (m.carried || m.end - m.start < 2 || m.end > tokens.length) continue;
    const inside = (k: number): boolean => k >= m.start && k < m.end;
    for (let c = m.end; c < tokens.length; c++) {
      if (tokens[c].deprel !== 'conj' || !isNominal(tokens[c]) || !inside(tokens[c].head)) continue;
      // (the phrase's head in the tree: its one word hung outside it)
      let h = heads.get(`${m.start}:${m.end}`) ?? -1;
      if (h < 0) {
        for (let k = m.start; k < m.end; k++) {
          if (inside(tokens[k].head)) continue;
          if (h >= 0) h = -2;
          if (h === -1) h = k;
        }
      }
      if (h < 0 || tokens[c].head === h) continue;
      copy()[c].head = h;
      notes.push(`'${tokens[c].text}' is a conjunct of '${tokens[h].text}'`);
    }
  }
  return { mentions: heads.size ? mentions.map((m) => { const h = heads.get(`${m.start}:${m.end}`); return h === undefined || m.carried ? m : { ...m, head: h }; }) : [...mentions], notes };
}

interface RepairRule {
  name: string;
  /** A per-token rule's index (its list in `TokenCodes.admitted`); none for the other rules. */
  index?: number;
  /**
   * Reads `tokens`; calls `copy()` to get writable tokens before changing anything; returns a note or null. `codes` are
   * the tokens' `tokenCodes`, for per-token rules.
   */
  apply(tokens: readonly ParsedToken[], copy: () => ParsedToken[], codes: TokenCodes): string | null;
}

/**
 * Where a per-token rule can repair: what the token must be, each field given a necessary condition of the rule
 * (texts lower-cased, lemmas lower-cased); for a `screened` rule, what some token of the tree must be. `tokenCodes`
 * lists the tokens it admits from bit masks, so a rule costs nothing at the other tokens: the rules called at every
 * token of every sentence were a tenth of coding time. The rule tests it again; `untriggeredRepairs` (tested on every
 * gold set) checks that no rule repairs where its trigger says it cannot.
 */
interface At {
  upos?: readonly Upos[];
  xpos?: readonly string[];
  deprel?: readonly string[];
  text?: readonly string[];
  lemma?: ReadonlySet<string>;
}

/** A rule with a trigger (`At`): per-token rules, and whole-tree rules that cannot repair unless a token passes it. */
interface TriggeredRule extends RepairRule {
  index: number;
  /** Whether token `k` passes the trigger (`codes`: the tokens' `tokenCodes`). */
  admits(codes: TokenCodes, k: number): boolean;
}

interface PerTokenRule extends TriggeredRule {
  /** The rule at token `k`: a note for the repair it makes there, or null. */
  fix(tokens: readonly ParsedToken[], copy: () => ParsedToken[], k: number): string | null;
}

/** Small codes for the tags and relations that some trigger names (0 for all others), shared by the three fields. */
const TRIGGER_CODES = new Map<string, number>();

/** Most triggered rules: each has one bit in the trigger masks, `MASK_WORDS` 32-bit words per token. */
const MASK_WORDS = 8;
/** Per field and code (`code * MASK_WORDS + word`), the bits of the triggered rules whose trigger admits that code. */
const TRIGGER_BITS = { upos: new Int32Array(256 * MASK_WORDS), xpos: new Int32Array(256 * MASK_WORDS), deprel: new Int32Array(256 * MASK_WORDS) };
/**
 * Per lower-cased text and lemma, the bits of the triggered rules whose trigger names it; `any` the bits of the rules
 * whose trigger names no text (no lemma), which admit every one. With the tag bits they make a token's mask exactly
 * the rules whose trigger admits it.
 */
const WORD_BITS = {
  text: new Map<string, Int32Array>(), lemma: new Map<string, Int32Array>(),
  anyText: new Int32Array(MASK_WORDS), anyLemma: new Int32Array(MASK_WORDS),
};
/** Number of triggered rules made so far (the next one's bit). */
let triggeredRules = 0;

/**
 * Per token, the `TRIGGER_CODES` of its UPOS, XPOS and relation, and its text and lemma lower-cased; `admitted` holds
 * per triggered rule (by its index) the tokens its trigger admits, in order, or nothing when it admits none.
 */
interface TokenCodes {
  upos: Uint8Array;
  xpos: Uint8Array;
  deprel: Uint8Array;
  text: string[];
  lemma: string[];
  admitted: (number[] | undefined)[];
}

function tokenCodes(tokens: readonly ParsedToken[]): TokenCodes {
  const n = tokens.length;
  const words = (triggeredRules + 31) >> 5;
  const codes: TokenCodes = {
    upos: new Uint8Array(n), xpos: new Uint8Array(n), deprel: new Uint8Array(n), text: new Array<string>(n), lemma: new Array<string>(n),
    admitted: new Array<number[] | undefined>(triggeredRules),
  };
  const { upos, xpos, deprel } = TRIGGER_BITS;
  const { anyText, anyLemma } = WORD_BITS;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const cu = (codes.upos[k] = TRIGGER_CODES.get(t.upos) ?? 0) * MASK_WORDS;
    const cx = (codes.xpos[k] = TRIGGER_CODES.get(t.xpos) ?? 0) * MASK_WORDS;
    const cd = (codes.deprel[k] = TRIGGER_CODES.get(t.deprel) ?? 0) * MASK_WORDS;
    const text = WORD_BITS.text.get((codes.text[k] = t.text.toLowerCase()));
    const lemma = WORD_BITS.lemma.get((codes.lemma[k] = t.lemma.toLowerCase()));
    for (let w = 0; w < words; w++) {
      let m = upos[cu + w] & xpos[cx + w] & deprel[cd + w] & (anyText[w] | (text ? text[w] : 0)) & (anyLemma[w] | (lemma ? lemma[w] : 0));
      // each set bit, lowest first: the rule it stands for admits this token
      while (m !== 0) {
        const low = m & -m;
        (codes.admitted[(w << 5) + 31 - Math.clz32(low)] ??= []).push(k);
        m ^= low;
      }
    }
  }
  return codes;
}

/** A table of the codes a trigger field admits: every code when the field is not given. */
function codeTable(values: readonly string[] | undefined): Uint8Array {
  const table = new Uint8Array(256).fill(values ? 0 : 1);
  for (const v of values ?? []) {
    let c = TRIGGER_CODES.get(v);
    if (c === undefined) TRIGGER_CODES.set(v, (c = TRIGGER_CODES.size + 1));
    if (c > 255) throw new Error(`repair triggers name more than 255 tags and relations (at '${v}')`);
    table[c] = 1;
  }
  return table;
}

/** Sets a rule's bit in `bits` for each of the words (texts or lemmas) its trigger names, or in `any` when it names none. */
function wordBits(bits: Map<string, Int32Array>, any: Int32Array, values: Iterable<string> | undefined, word: number, bit: number): void {
  if (values === undefined) {
    any[word] |= bit;
    return;
  }
  for (const v of values) {
    let b = bits.get(v);
    if (b === undefined) bits.set(v, (b = new Int32Array(MASK_WORDS)));
    b[word] |= bit;
  }
}

/** Gives a rule's trigger its bit in the trigger masks; returns the rule's index and the trigger's test spelled out (for the tests). */
function registerTrigger(name: string, trigger: At): { index: number; admits: (codes: TokenCodes, k: number) => boolean } {
  const upos = codeTable(trigger.upos);
  const xpos = codeTable(trigger.xpos);
  const deprel = codeTable(trigger.deprel);
  const text = trigger.text ? new Set(trigger.text) : null;
  const lemma = trigger.lemma ?? null;
  const admits = (codes: TokenCodes, k: number): boolean =>
    (upos[codes.upos[k]] & xpos[codes.xpos[k]] & deprel[codes.deprel[k]]) !== 0 &&
    (text === null || text.has(codes.text[k])) && (lemma === null || lemma.has(codes.lemma[k]));
  // the rule's bit in the trigger masks: set wherever the three tables above admit the code, and at the texts and
  // lemmas the trigger names
  const index = triggeredRules++;
  if (index >= MASK_WORDS * 32) throw new Error(`more than ${MASK_WORDS * 32} repair rules with triggers (at '${name}')`);
  const word = index >> 5;
  const bit = 1 << (index & 31);
  for (let c = 0; c < 256; c++) {
    if (upos[c]) TRIGGER_BITS.upos[c * MASK_WORDS + word] |= bit;
    if (xpos[c]) TRIGGER_BITS.xpos[c * MASK_WORDS + word] |= bit;
    if (deprel[c]) TRIGGER_BITS.deprel[c * MASK_WORDS + word] |= bit;
  }
  wordBits(WORD_BITS.text, WORD_BITS.anyText, trigger.text, word, bit);
  wordBits(WORD_BITS.lemma, WORD_BITS.anyLemma, trigger.lemma, word, bit);
  return { index, admits };
}

/**
 * A rule that looks at every token its trigger admits, in turn: `fix` returns a note for each repair it makes there, or
 * null. The tokens come from the trigger masks (`tokenCodes`); `admits`, the same test spelled out, is for the tests.
 */
function perToken(name: string, trigger: At, fix: (tokens: readonly ParsedToken[], copy: () => ParsedToken[], k: number) => string | null): PerTokenRule {
  const { index, admits } = registerTrigger(name, trigger);
  const apply = (tokens: readonly ParsedToken[], copy: () => ParsedToken[], codes: TokenCodes): string | null => {
    // (only the tokens the trigger admits: scanning every token for every rule, calling `admits` at those whose tags
    // passed, was most of the rules' time)
    const admitted = codes.admitted[index];
    if (admitted === undefined) return null;
    let notes: string[] | null = null;
    for (const k of admitted) {
      const note = fix(tokens, copy, k);
      if (note) (notes ??= []).push(note);
    }
    return notes ? notes.join('; ') : null;
  };
  return { name, index, apply, admits, fix };
}

/**
 * A rule that reads the whole tree but can repair only if some token passes `trigger` (a necessary condition, as for
 * per-token rules): it is not called at the trees where none does. Most of these rules scanned every token of every
 * sentence for a word or tag that few sentences have.
 */
function screened(trigger: At, rule: RepairRule): TriggeredRule {
  return { ...rule, ...registerTrigger(rule.name, trigger) };
}

/**
 * The repairs per-token rules would make at tokens their triggers skip, as "rule at 'word': note", and those screened
 * rules would make at a tree where no token passes their trigger (none when every trigger is right). For tests: run on
 * the parses of the gold sets.
 */
export function untriggeredRepairs(tokens: readonly ParsedToken[]): string[] {
  const found: string[] = [];
  const codes = tokenCodes(tokens);
  const copy = (): ParsedToken[] => tokens.map((d) => ({ ...d }));
  for (const rule of RULES) {
    if (rule.index === undefined) continue;
    const r = rule as TriggeredRule;
    tokens.forEach((t, k) => {
      // (the trigger masks must admit exactly the tokens the trigger does)
      if (r.admits(codes, k) !== (codes.admitted[r.index]?.includes(k) ?? false)) found.push(`${rule.name} at '${t.text}': the trigger masks disagree with the trigger`);
    });
    if ('fix' in r) {
      const fix = (r as PerTokenRule).fix;
      tokens.forEach((t, k) => {
        if (r.admits(codes, k)) return;
        const note = fix(tokens, copy, k);
        if (note) found.push(`${rule.name} at '${t.text}': ${note}`);
      });
    } else if (codes.admitted[r.index] === undefined) {
      // a whole-tree rule at a tree where no token passes its trigger: it must neither repair nor copy
      let copied = false;
      const note = r.apply(tokens, () => ((copied = true), copy()), codes);
      if (note || copied) found.push(`${rule.name} with no token passing its trigger: ${note ?? 'copied the tokens'}`);
    }
  }
  return found;
}

// Past forms of killing verbs the tagger reads as nouns before "dead" or "to death", with their lemmas.
const KILLING_FORMS = new Map(Object.entries({ shot: 'shoot', gunned: 'gun', hacked: 'hack', stabbed: 'stab', beaten: 'beat', beat: 'beat', burned: 'burn', burnt: 'burn', stoned: 'stone', clubbed: 'club', bludgeoned: 'bludgeon' }));

/** Nouns of leaving that take a from-phrase ("withdrawal from ECOWAS", "exit from the deal"). */
const LEAVING_NOUNS = new Set(['withdrawal', 'exit', 'departure', 'pullout', 'pull-out', 'expulsion', 'suspension', 'retreat', 'secession']);

/** Participles of alliance that modify the noun after them ("allied factions", "Iran-aligned militias"). */
const ALLIANCE_PARTICIPLES: ReadonlySet<string> = new Set(['ally', 'affiliate', 'align']);

/** Past forms that are nouns too, with their verb's lemma ("shot down", "cut off", "shut down"). */
const PAST_NOUNS = new Map(Object.entries({ shot: 'shoot', hit: 'hit', cut: 'cut', shut: 'shut' }));

// verbs of intent that take "to" and an infinitive ("pledged to deposit")
const INTENT_VERBS = new Set(['pledge', 'promise', 'agree', 'offer', 'vow', 'plan', 'decide', 'threaten', 'refuse', 'intend', 'seek', 'undertake', 'commit']);

/** Words that open a clause of time or cause ("after Russian missiles struck ..."). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'when', 'once']);

// verbs whose "that" clause says what is asked for, with its verb in the base form ("demanded that Moscow release ...")
const DEMAND_VERBS = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'propose', 'recommend', 'suggest', 'order', 'require']);

/** Verbs that report a clause ("X did Y, Z said"). */
const REPORT_VERBS = new Set(['say', 'announce', 'tell', 'report', 'state', 'confirm', 'add', 'claim', 'write', 'declare']);

/** Verbs of intent that double their final consonant before "-ed". */
const DOUBLING_INTENT_VERBS = new Set(['plan', 'commit']);

/** The regular past forms of the verbs of intent and "warn", lower-cased, and their lemmas ("vowed", "agreed", "planned"). */
const INTENT_PAST = new Map([...INTENT_VERBS, 'warn'].map((l) => [
  l.endsWith('e') ? `${l}d` : DOUBLING_INTENT_VERBS.has(l) ? `${l}${l.at(-1)}ed` : `${l}ed`, l,
]));
/** The forms `intent-noun` reads a verb of intent in. */
const INTENT_PAST_FORMS = [...INTENT_PAST.keys()];

/** Words before a time word that make it a time phrase ("last March", "next week", "this year"). */
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'early', 'late', 'earlier', 'previous']);

const RULES: RepairRule[] = [
  // tags first: the rules below read them
  // "China's military staged large-scale exercises" with "military" an adjective of the verb: a word after a possessive
  // "'s", tagged an adjective and hung on a verb, is the possessed noun and the verb's subject
  perToken('possessed-adjective', { upos: ['ADJ'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (t.upos !== 'ADJ' || k < 2 || tokens[k - 1].text !== "'s" || v <= k || v >= tokens.length || tokens[v].upos !== 'VERB' || (t.deprel !== 'amod' && t.deprel !== 'nsubj')) return null;
    const p = tokens[k - 1].head;
    // (or the adjective itself the subject, beside its possessor: "China's military began ...")
    if (p !== k - 2 || !isNominal(tokens[p]) || tokens.some((d, x) => d.head === v && d.deprel.startsWith('nsubj') && x !== k && x !== p)) return null;
    const w = copy();
    retag(w, k, 'NOUN', 'NN');
    attach(w, p, k, 'nmod:poss');
    if (v === k + 1 && isPastForm(tokens[v]) && tokens[v].deprel === 'amod') {
      // ("China's military staged exercises" with "staged" a modifier of the root noun: the verb is the root)
      const o = tokens[v].head;
      if (o > v && o < tokens.length && tokens[o].head < 0) {
        attach(w, v, -1, 'root');
        w[v].xpos = 'VBD';
        attach(w, o, v, 'obj');
        tokens.forEach((d, x) => { if (x > o && d.head === o && d.deprel !== 'nmod' && d.deprel !== 'amod') w[x].head = v; });
      }
    }
    attach(w, k, v, 'nsubj');
    return `'${t.text}' is the noun '${tokens[p].text}' possesses, the subject of '${tokens[v].text}'`;
  }),
  // "Washington will not ease sanctions on Venezuela" with "ease" tagged a noun modifying "sanctions": a singular noun
  // right after a modal (and "not"), compounded onto the noun after it, is a base-form verb and that noun its object;
  // the clause's words the parser hung on the noun (subject, modal, negation before it; clauses after it) are the verb's
  perToken('modal-noun-verb', { upos: ['NOUN'], xpos: ['NN'], deprel: ['compound'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const h = t.head;
    if (t.upos !== 'NOUN' || t.xpos !== 'NN' || t.deprel !== 'compound' || h !== k + 1 || !isNominal(tokens[h])) return null;
    const m = k >= 1 && /^(not|n't|never)$/i.test(tokens[k - 1].text) ? k - 2 : k - 1;
    if (m < 0 || tokens[m].xpos !== 'MD') return null;
    const w = copy();
    attach(w, k, tokens[h].head, tokens[h].deprel);
    retag(w, k, 'VERB', 'VB');
    tokens.forEach((d, x) => {
      if (d.head === h && x !== k && (x < k || /^(advcl|parataxis)$/.test(d.deprel))) w[x].head = k;
    });
    attach(w, h, k, 'obj');
    return `'${t.text}' after '${tokens[m].text}' is a verb, '${tokens[h].text}' its object`;
  }),
  // "BRICS leaders invited Saudi Arabia, Iran and Egypt to join the bloc" with "Iran and Egypt" the subject of "join":
  // an infinitive has no subject of its own, so a name after the comma that ends the verb's object, subject of the
  // "to" clause hung on that verb, is one more object, and the clause the verb's complement
  perToken('infinitive-subject-list', { upos: ['PROPN', 'NOUN'], deprel: ['nsubj'] }, (tokens, copy, k) => {
    const c = tokens[k].head;
    if (k < 2 || tokens[k - 1].text !== ',' || c <= k || c >= tokens.length || tokens[c].upos !== 'VERB' || tokens[c].xpos !== 'VB') return null;
    if (!/^(advcl|xcomp|ccomp)$/.test(tokens[c].deprel) || !tokens.some((d, x) => x > k && x < c && d.head === c && d.deprel === 'mark' && d.text.toLowerCase() === 'to')) return null;
    const v = tokens[c].head;
    if (v < 0 || v >= k || tokens[v].upos !== 'VERB') return null;
    const o = tokens.findIndex((d, x) => x < k && d.head === v && d.deprel === 'obj');
    if (o < 0 || (tokens[o].upos !== 'PROPN' && tokens[o].upos !== 'NOUN')) return null;
    const w = copy();
    attach(w, k, o, 'conj');
    attach(w, k - 1, k, 'punct');
    tokens.forEach((d, x) => { if (d.head === k && d.deprel === 'conj') w[x].head = o; });
    attach(w, c, v, 'xcomp');
    return `'${tokens[k].text}' is one more object of '${tokens[v].text}', '${tokens[c].text}' its complement`;
  }),
  // "Houthis attacked a Greek-flagged tanker" with the unknown "Houthis" tagged as an auxiliary: a capitalised word
  // that is no auxiliary verb, right before its verb, is a name and the verb's subject
  perToken('false-auxiliary', { upos: ['AUX'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (t.upos !== 'AUX' || AUXILIARIES.has(t.lemma.toLowerCase()) || !/^\p{Lu}/u.test(t.text) || v !== k + 1 || tokens[v]?.upos !== 'VERB') return null;
    if (tokens.some((d) => d.head === v && d.deprel.startsWith('nsubj'))) return null;
    const w = copy();
    retag(w, k, 'PROPN', /s$/.test(t.text) ? 'NNPS' : 'NNP');
    w[k].lemma = t.text;
    w[k].deprel = 'nsubj';
    // (the verb it made passive is active)
    if (t.deprel === 'aux:pass') tokens.forEach((d, x) => { if (d.head === v && d.deprel === 'nsubj:pass') w[x].deprel = 'obj'; });
    return `'${t.text}' is a name, the subject of '${tokens[v].text}'`;
  }),
  screened({ upos: ['ADJ'], text: ['free'] }, {
    // "Iran agreed to free five Americans", "Iran will free two French citizens", "demanded that Beijing
    // free Michael Kovrig": the tagger reads "free" after "to", a modal or a clause's subject as the
    // adjective. It is the verb; the noun phrase it was read as modifying is its object.
    name: 'free-verb',
    apply(tokens, copy, codes) {
      for (let f = 1; f + 1 < tokens.length; f++) {
        const t = tokens[f];
        if (codes.text[f] !== 'free' || t.upos !== 'ADJ') continue;
        const prev = tokens[f - 1].text.toLowerCase();
        const clauseSubject = f >= 2 && tokens[f - 2].text.toLowerCase() === 'that' && (tokens[f - 1].upos === 'PROPN' || tokens[f - 1].upos === 'NOUN');
        if (!VERB_OPENERS.has(prev) && !clauseSubject) continue;
        if (!['DET', 'NUM', 'PROPN', 'NOUN', 'PRON', 'ADJ'].includes(tokens[f + 1].upos)) continue;
        const w = copy();
        const that = f - 2;
        const opener = clauseSubject ? tokens[that].head : -1;
        if (clauseSubject && tokens[f - 1].head === that && opener >= 0 && opener < that && tokens[opener].upos === 'VERB') {
          // "demanded that Beijing free Michael Kovrig, ..." parsed with "that" as the object and "Beijing" its
          // subject, the names hung on "Beijing": "free" is the clause's verb, the names its object
          const o = tokens.findIndex((k, x) => x > f && (k.upos === 'PROPN' || k.upos === 'NOUN'));
          if (o < 0) continue;
          attach(w, f, opener, 'ccomp');
          attach(w, that, f, 'mark');
          attach(w, f - 1, f, 'nsubj');
          tokens.forEach((k, x) => {
            if (x > f && x !== o && (k.head === f - 1 || k.head === f)) w[x].head = o;
          });
          attach(w, o, f, 'obj');
        } else if (clauseSubject && tokens[f - 1].head === f && tokens[that].head === f) {
          // "demanded on Sunday that Hamas free all the hostages" with "that" and "Hamas" both hung on the adjective: the
          // verb of demanding before "that" takes the clause, the phrase after "free" up to its noun is the object
          let d = that - 1;
          while (d >= 0 && !(tokens[d].upos === 'VERB' && DEMAND_VERBS.has(tokens[d].lemma.toLowerCase()))) d--;
          let n = -1;
          for (let k = f + 1; k < tokens.length && PHRASE_TAGS.has(tokens[k].upos); k++) {
            if (tokens[k].upos === 'NOUN' || tokens[k].upos === 'PROPN') n = k;
            else if (n >= 0) break;
          }
          if (d < 0 || n < 0) continue;
          attach(w, f, d, 'ccomp');
          attach(w, that, f, 'mark');
          for (let k = f + 1; k < n; k++) attach(w, k, n, phraseRelation(tokens[k]));
          tokens.forEach((k, x) => {
            if (x > n && k.head === n) w[x].head = n;
          });
          attach(w, n, f, 'obj');
        } else if (t.head >= 0 && t.head < f - 1 && tokens[f - 1].head === f && prev === 'to') {
          // "offered to free all remaining Israeli hostages" with "to free" an oblique of "offered" and the
          // noun phrase after it torn apart: the verb's complement, and the phrase up to its last noun its object
          w[f].deprel = 'xcomp';
          w[f - 1].deprel = 'mark';
          let n = -1;
          for (let k = f + 1; k < tokens.length && PHRASE_TAGS.has(tokens[k].upos); k++) if (tokens[k].upos === 'NOUN' || tokens[k].upos === 'PROPN') n = k;
          if (n < 0) continue;
          for (let k = f + 1; k < n; k++) {
            attach(w, k, n, phraseRelation(tokens[k]));
          }
          attach(w, n, f, 'obj');
        } else if (t.deprel === 'fixed' && t.head === f - 1) {
          // "to" taken for the head, "free" fixed to it
          attach(w, f, tokens[f - 1].head, tokens[f - 1].deprel);
          attach(w, f - 1, f, 'mark');
        } else {
          // the head of the noun phrase after "free" that it was read as modifying
          let n = t.head;
          for (let steps = 0; steps < 8 && n > f && n < tokens.length && tokens[n].head > f && tokens[n].head < tokens.length && ['NOUN', 'PROPN', 'NUM'].includes(tokens[tokens[n].head].upos); steps++) n = tokens[n].head;
          if (n <= f || n >= tokens.length) continue;
          w[f].head = tokens[n].head;
          // "agreed to free ...": the complement of the verb before it
          const g = tokens[n].head;
          w[f].deprel = prev === 'to' && g >= 0 && g < tokens.length && tokens[g].upos === 'VERB' ? 'xcomp' : tokens[n].deprel;
          attach(w, n, f, 'obj');
          w.forEach((k, x) => {
            if (x < f && k.head === n) {
              k.head = f;
              if (k.deprel === 'case' && k.text.toLowerCase() === 'to') k.deprel = 'mark';
            }
          });
        }
        retag(w, f, 'VERB', 'VB');
        w[f].lemma = 'free';
        return `'free' is the verb`;
      }
      return null;
    },
  }),
  // "bombed a gathering of villagers" with "gathering" tagged as a verb: a gerund with an article is a noun
  perToken('determiner-gerund', { upos: ['VERB'], xpos: ['VBG'] }, (tokens, copy, k) => {
    const t = tokens[k];
    // ("Fighting broke out in Khartoum between the army and the RSF": an initial gerund read as a marker of a
    // subjectless verb that has the "between" phrase)
    const h = t.head;
    const initial = (t.deprel === 'mark' || t.deprel === 'aux' || t.deprel === 'aux:pass') && k === 0 && h > k && h < tokens.length && !tokens.some((d) => d.head === h && d.deprel.startsWith('nsubj')) &&
      tokens.some((d, x) => d.head === h && hasCase(tokens, x, 'between'));
    if (t.upos !== 'VERB' || t.xpos !== 'VBG' || (!/^(obj|xcomp|nsubj|nsubj:pass|csubj|obl|nmod)$/.test(t.deprel) && !initial)) return null;
    // (or a subject gerund whose argument has "between": "Fighting between Armenian and Azerbaijani troops flared")
    const between = t.deprel.endsWith('subj') && tokens.some((d, x) => d.head === k && x > k && hasCase(tokens, x, 'between'));
    if (!between && !initial && !tokens.some((d) => d.head === k && d.deprel === 'det' && /^(a|an|the)$/i.test(d.text))) return null;
    const w = copy();
    retag(w, k, 'NOUN', 'NN');
    w[k].lemma = t.text.toLowerCase();
    if (t.deprel === 'xcomp') w[k].deprel = 'obj';
    if (t.deprel === 'csubj' || initial) w[k].deprel = 'nsubj';
    // its "of" phrase, read as the verb's oblique (or object), is the noun's modifier
    for (const c of w) if (c.head === k && (c.deprel === 'obl' || (between && c.deprel === 'obj'))) c.deprel = 'nmod';
    return `'${t.text}' is a noun`;
  }),
  // "Mozambican police shot dead at least 30 demonstrators" with "shot" tagged a noun (the subject of
  // "demonstrators", or a modifier of the noun before it): "shot dead", "hacked to death" is the verb,
  // the noun phrase before it its subject and the one after it its object.
  perToken('killed-dead', { text: [...KILLING_FORMS.keys()] }, (tokens, copy, s) => {
    const t = tokens[s];
    const next = tokens[s + 1]?.text;
    const dead = next === 'dead' || (next === 'to' && tokens[s + 2]?.text === 'death');
    if (!dead || t.upos === 'VERB' || s === 0) return null;
    const lemma = KILLING_FORMS.get(t.text.toLowerCase());
    if (!lemma) return null;
    const after = s + (next === 'dead' ? 2 : 3);
    let o = after;
    while (o < tokens.length && !['NOUN', 'PROPN'].includes(tokens[o].upos) && ['ADJ', 'ADP', 'NUM', 'DET', 'VERB', 'ADV'].includes(tokens[o].upos)) o++;
    if (o >= tokens.length || !['NOUN', 'PROPN'].includes(tokens[o].upos)) return null;
    const w = copy();
    let subject: number;
    if (t.deprel === 'nmod' && t.head >= 0 && t.head < s) {
      // "Officers of Syria's military intelligence shot dead ...": the of-phrase ends before the verb
      subject = t.head;
      const m = s - 1;
      tokens.forEach((k, x) => {
        if (k.head === s && x < m) w[x].head = m;
      });
      attach(w, m, subject, 'nmod');
    } else {
      // "Mozambican police shot dead ...": the noun before the verb is the subject, its modifiers with it (an
      // adverb between them, "troops mistakenly shot dead", is the verb's)
      const adverb = tokens[s - 1].upos === 'ADV' && s >= 2 ? s - 1 : -1;
      subject = adverb >= 0 ? s - 2 : s - 1;
      if (!['NOUN', 'PROPN'].includes(tokens[subject].upos)) return null;
      tokens.forEach((k, x) => {
        if (k.head === s && x < subject) w[x].head = subject;
      });
      if (adverb >= 0) attach(w, adverb, s, 'advmod');
    }
    // the verb takes the place of the phrase it was read into: the object's, the subject's, or its own
    const top = t.head === o ? o : t.deprel === 'nmod' && t.head === subject ? subject : s;
    attach(w, s, tokens[top].head, tokens[top].deprel);
    tokens.forEach((k, x) => {
      if (x !== s && x !== subject && x !== o && (k.head === top || k.head === s) && (x > o || k.deprel === 'punct')) w[x].head = s;
    });
    attach(w, subject, s, 'nsubj');
    attach(w, o, s, 'obj');
    attach(w, s + 1, s, next === 'dead' ? 'xcomp' : 'obl');
    retag(w, s, 'VERB', 'VBD');
    w[s].lemma = lemma;
    return `'${t.text} ${tokens[s + 1].text}' is the verb`;
  }),
  // "has supplied Bayraktar TB2 drones to Ethiopia" with "drones" tagged a verb (VBZ) and hung on "supplied" as
  // an oblique: a verb in a noun's relation is a plural noun, the name before it its modifier
  perToken('plural-noun', { upos: ['VERB'], xpos: ['VBZ'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if (t.upos !== 'VERB' || t.xpos !== 'VBZ' || t.head < 0 || t.head >= tokens.length || tokens[t.head].upos !== 'VERB') return null;
    // (or "began their annual Freedom Shield exercises" read as a clause: verbs of starting or holding
    // take no clause, and this one has no "that" or auxiliary of its own)
    const clause = t.deprel === 'ccomp' && ACTIVITY_VERBS.has(tokens[t.head].lemma.toLowerCase()) && tokens[k - 1]?.head === k &&
      !tokens.some((d) => d.head === k && (d.deprel === 'mark' || d.deprel.startsWith('aux')));
    if (!/^(obj|obl|iobj|nmod)$/.test(t.deprel) && !clause) return null;
    const w = copy();
    retag(w, k, 'NOUN', 'NNS');
    if ((t.deprel === 'obl' && !tokens.some((d) => d.head === k && d.deprel === 'case')) || clause) w[k].deprel = 'obj';
    tokens.forEach((d, c) => {
      // ("their annual Freedom Shield exercises": the determiners of the name read as the subject are the noun's)
      if (clause && d.head === k - 1 && c < k - 1 && /^(det|nmod:poss|amod)$/.test(d.deprel)) w[c].head = k;
      if (d.head === k && d.deprel.startsWith('nsubj')) w[c].deprel = c < k ? 'compound' : d.deprel;
      // "to Ethiopia", read as the verb's oblique, belongs to the verb the noun is the object of
      if (d.head === k && d.deprel === 'obl' && c > k) w[c].head = t.head;
    });
    return `'${t.text}' is a plural noun`;
  }),
  // "had carried out ethnic cleansing against the Rohingya" parsed as carried(xcomp: ethnic(advcl: cleansing)):
  // a gerund right after an adjective that is a verb's argument is a noun the adjective modifies
  perToken('adjective-gerund', { upos: ['VERB'], xpos: ['VBG'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const a = k - 1;
    if (a < 0 || t.upos !== 'VERB' || t.xpos !== 'VBG' || tokens[a].upos !== 'ADJ') return null;
    const adj = tokens[a];
    const h = adj.head;
    if (t.head !== a || h < 0 || h >= a || tokens[h].upos !== 'VERB' || !/^(obj|xcomp|obl)$/.test(adj.deprel)) return null;
    if (tokens.some((d) => d.head === a && (d.deprel === 'cop' || d.deprel.startsWith('nsubj')))) return null;
    const w = copy();
    retag(w, k, 'NOUN', 'NN');
    w[k].lemma = t.text.toLowerCase();
    attach(w, k, h, adj.deprel === 'xcomp' ? 'obj' : adj.deprel);
    attach(w, a, k, 'amod');
    for (const c of w) if (c.head === k && c.deprel === 'obl') c.deprel = 'nmod';
    return `'${adj.text} ${t.text}' is a noun phrase`;
  }),
  screened({ upos: ['VERB'], xpos: ['VBN'], deprel: ['amod'] }, {
    // "Russia had earlier provided thousands of rifles" parsed as have(obj: thousands(amod: provided)),
    // or with the object hung on the adverb between ("earlier"): the participle is the main verb,
    // "had" its auxiliary, the noun its object (and the adverb the verb's).
    name: 'past-perfect',
    apply(tokens, copy) {
      for (let p = 0; p < tokens.length; p++) {
        const t = tokens[p];
        if (t.upos !== 'VERB' || t.xpos !== 'VBN' || t.deprel !== 'amod') continue;
        const o = t.head;
        if (o < 0 || o <= p || o >= tokens.length || tokens[o].deprel !== 'obj') continue;
        let h = tokens[o].head;
        if (h >= 0 && h < p && tokens[h].upos === 'ADV' && tokens[h].head >= 0 && tokens[h].head < h) h = tokens[h].head;
        if (h < 0 || h >= p || tokens[h].lemma.toLowerCase() !== 'have') continue;
        const w = copy();
        for (const k of w) if (k.head === h && k.index !== o && k.index !== p) k.head = p;
        attach(w, p, w[h].head, w[h].deprel);
        attach(w, h, p, 'aux');
        w[h].upos = 'AUX';
        w[o].head = p;
        return `'${t.text}' is the verb of '${tokens[h].text}'`;
      }
      return null;
    },
  }),
  screened({ upos: ['VERB'], xpos: ['VBN'], deprel: ['amod'] }, {
    // "his country had established contacts" parsed as contacts(amod: established(aux: had)), both
    // nouns objects of the verb above: a participle with a perfect auxiliary is the verb of a clause.
    name: 'perfect-participle',
    apply(tokens, copy) {
      for (let p = 0; p < tokens.length; p++) {
        const t = tokens[p];
        if (t.upos !== 'VERB' || t.xpos !== 'VBN' || t.deprel !== 'amod') continue;
        const aux = tokens.find((k) => k.head === p && k.deprel === 'aux' && k.lemma.toLowerCase() === 'have');
        const o = t.head;
        if (!aux || o < 0 || o <= p) continue;
        const g = tokens[o].head;
        const subj = tokens.find((k) => g >= 0 && k.head === g && k.deprel === 'obj' && k.index < p && k.index !== o);
        const w = copy();
        attach(w, p, g, subj ? 'ccomp' : tokens[o].deprel);
        attach(w, o, p, 'obj');
        if (subj) {
          w[subj.index].head = p;
          w[subj.index].deprel = 'nsubj';
        }
        return `'${t.text}' is the verb of its clause`;
      }
      return null;
    },
  }),
  // "Israel, which had blocked all supplies to Gaza" parsed with "had" as the verb and "blocked" its
  // complement: a past participle right after "have" is the verb, "have" its perfect auxiliary
  perToken('have-participle', { upos: ['VERB'], lemma: new Set(['have']) }, (tokens, copy, h) => {
    const p = h + 1;
    const t = tokens[h];
    if (t.upos !== 'VERB' || t.lemma.toLowerCase() !== 'have' || tokens[p]?.xpos !== 'VBN' || tokens[p].head !== h || tokens[p].deprel !== 'xcomp') return null;
    const w = copy();
    attach(w, p, t.head, t.deprel);
    tokens.forEach((k, x) => {
      if (k.head === h && x !== p) w[x].head = p;
    });
    attach(w, h, p, 'aux');
    w[h].upos = 'AUX';
    return `'${t.text} ${tokens[p].text}' is a perfect`;
  }),
  {
    // "MOSCOW, March 18 — Russia and Afghanistan signed ...": the parser often makes the dateline's
    // place the subject of the verb (and hangs the real subject on it). The dateline is set apart;
    // a nominal after the dash that hung on it becomes the subject if the verb has none left.
    name: 'dateline',
    apply(tokens, copy) {
      // (the nlp stage parses a dateline apart; this mends parses made without it)
      const dash = datelineLength(tokens) - 1;
      if (dash < 0) return null;
      const inDateline = (k: number): boolean => k >= 0 && k < dash;
      const subj = tokens.findIndex((t, k) => inDateline(k) && t.deprel.startsWith('nsubj') && t.head > dash);
      if (subj < 0) return datelineRoot(tokens, copy, dash);
      const verb = tokens[subj].head;
      const w = copy();
      w[subj].deprel = 'dep';
      if (!tokens.some((t, k) => k > dash && t.head === verb && t.deprel.startsWith('nsubj'))) {
        const lead = tokens.findIndex((t, k) => k > dash && k < verb && inDateline(t.head) && (t.upos === 'PROPN' || t.upos === 'NOUN'));
        if (lead >= 0) {
          attach(w, lead, verb, 'nsubj');
        }
      }
      return `'${tokens[0].text}' is a dateline, not the subject of '${tokens[verb].text}'`;
    },
  },
  // "Niger's presidential guard detained President Mohamed Bazoum" parsed with "Niger" the root: a possessor heads no
  // sentence; the noun it possesses right after it takes its place
  {
    name: 'possessive-root',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || !isNominal(tokens[r]) || tokens[r + 1]?.deprel !== 'case' || tokens[r + 1].head !== r || tokens[r + 1].text !== "'s") return null;
      const n = tokens.findIndex((d, x) => x > r + 1 && d.head === r && isNominal(d) && /^(list|appos|dep|compound|conj|parataxis)$/.test(d.deprel));
      if (n < 0 || tokens.some((d, x) => x > r + 1 && x < n && d.head !== n && d.head !== r)) return null;
      const w = copy();
      attach(w, n, -1, 'root');
      tokens.forEach((d, x) => {
        if (d.head === r && x > n) w[x].head = n;
      });
      attach(w, r, n, 'nmod:poss');
      return `'${tokens[r].text}' is the possessor of '${tokens[n].text}'`;
    },
  },
  {
    // "Uzbek border guards detained three Afghan nationals" parsed as guards(acl: detained(nsubj:
    // nationals)): a past form right after the root noun's phrase, with no auxiliary and no `by`
    // agent, is the sentence's verb; the noun is its subject and a "subject" after the verb its object.
    name: 'root-participle',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || (tokens[r].upos !== 'NOUN' && tokens[r].upos !== 'PROPN')) return null;
      // also "Thousands of supporters demonstrated", "Tens of thousands of protesters marched": the
      // verb hung on the root's chain of "of" phrases
      const chain = [r];
      for (let depth = 0; depth < 3; depth++) {
        const last = chain[chain.length - 1]!;
        const of = tokens.findIndex((t, k) => k > last && t.head === last && t.deprel === 'nmod' && tokens.some((c) => c.head === k && c.lemma.toLowerCase() === 'of'));
        if (of < 0) break;
        chain.push(of);
      }
      // and "Sudan's army and the Rapid Support Forces fought for ...": the verb hung on the root's last conjunct
      const conjunct = tokens.findIndex((t, k) => k > r && t.head === r && t.deprel === 'conj' && isNominal(t));
      if (conjunct > 0) chain.push(conjunct);
      const host = (k: number): boolean => chain.includes(tokens[k]!.head);
      let p = tokens.findIndex((t, k) => k > r && host(k) && t.deprel === 'acl' && isPastForm(t));
      if (p < 0) {
        // ("An Israeli air strike on Beirut's southern suburbs killed Hezbollah's leader" with "killed" hung on "suburbs"):
        // a past form with an object of its own, on a noun of the root's prepositional phrase, is no reduced passive
        const inner = tokens.findIndex((t, k) => k > r && t.head === r && t.deprel === 'nmod' && isNominal(t));
        const q = inner < 0 ? -1 : tokens.findIndex((t, k) => k > inner && t.head === inner && t.deprel === 'acl' && isPastForm(t) && tokens.some((c) => c.head === k && c.deprel === 'obj'));
        if (q > 0) {
          chain.push(inner);
          p = q;
        }
      }
      // (a time phrase between them, "Turkey last week arrested ...", is the verb's)
      const when = (k: number): boolean => TIME_WORDS.has(tokens[k].lemma.toLowerCase()) && /^(obl|obl:unmarked|obl:tmod|nmod:unmarked|nmod:tmod)$/.test(tokens[k].deprel);
      // (nor the rest of a name, "Hayat Tahrir al-Sham and allied rebel factions seized ...")
      if (p < 0 || tokens.some((t, k) => k > r && k < p && t.head === r && t.deprel !== 'punct' && !t.deprel.startsWith('flat') && !chain.includes(k) && !when(k))) return null;
      const kids = tokens.filter((t) => t.head === p);
      // (an "agent" without "by" is the object: "guard detained President Mohamed Bazoum")
      const byAgent = (x: number): boolean => tokens[x].deprel === 'obl:agent' && hasCase(tokens, x, 'by');
      if (kids.some((t) => t.deprel.startsWith('aux') || byAgent(t.index) || t.deprel === 'mark' || t.lemma.toLowerCase() === 'by')) return null;
      const w = copy();
      w.forEach((t, k) => {
        if (k === r || k === p) return;
        if (t.head === r && (k > p || when(k))) t.head = p;
        else if (t.head === p && (t.deprel.startsWith('nsubj') || t.deprel === 'obl:agent') && k > p) t.deprel = 'obj';
      });
      makeVerb(w, p, r, 'nsubj');
      return `'${tokens[p].text}' is the verb of '${tokens[r].text}'`;
    },
  },
  // "Cambodian troops fired rockets into Thailand and Thai F-16 fighter jets struck Cambodian positions" with the second
  // clause read as a noun phrase ("jets" hung on the first clause, "struck" its reduced relative): a past form with an
  // object of its own, on a noun phrase that opens right after "and", is a verb joined to the sentence's verb
  perToken('conjunct-clause', { upos: ['VERB'], xpos: ['VBD', 'VBN'], deprel: ['acl'] }, (tokens, copy, p) => {
    const t = tokens[p];
    const n = t.head;
    if (!isPastForm(t) || t.deprel !== 'acl' || n < 1 || n >= p || !isNominal(tokens[n]) || p !== n + 1) return null;
    if (!tokens.some((d) => d.head === p && d.deprel === 'obj') || tokens.some((d) => d.head === p && (d.deprel.startsWith('aux') || d.deprel === 'mark' || d.deprel.startsWith('nsubj') || d.text.toLowerCase() === 'by'))) return null;
    let c = n - 1;
    while (c > 0 && n - c <= 6 && /^(NOUN|PROPN|ADJ|NUM|DET|PUNCT)$/.test(tokens[c].upos) && tokens[c].text !== ',') c--;
    const v = tokens.findIndex((d) => d.head < 0);
    if (c < 2 || tokens[c].upos !== 'CCONJ' || tokens[c].text.toLowerCase() !== 'and' || v < 0 || v >= c || tokens[v].upos !== 'VERB') return null;
    const w = copy();
    attach(w, p, v, 'conj');
    attach(w, n, p, 'nsubj');
    attach(w, c, p, 'cc');
    for (let x = c + 1; x < n; x++) if (tokens[x].head <= c || tokens[x].head > n) attach(w, x, n, phraseRelation(tokens[x]));
    return `'${t.text}' is a verb joined to '${tokens[v].text}', '${tokens[n].text}' its subject`;
  }),
  {
    // "U.S. President Joe Biden and Russian President Vladimir Putin met in Geneva" parsed with the first
    // name as the root and "met" its conjunct, subject the second name: two nouns joined by "and" before
    // a verb are its coordinated subject.
    name: 'subject-conjunct',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || (tokens[r].upos !== 'NOUN' && tokens[r].upos !== 'PROPN')) return null;
      const v = tokens.findIndex((t, k) => k > r && t.head === r && t.deprel === 'conj' && t.upos === 'VERB');
      if (v < 0) return null;
      const s = tokens.findIndex((t, k) => k > r && k < v && t.head === v && t.deprel.startsWith('nsubj'));
      const c = tokens.findIndex((t, k) => k > r && k < s && t.upos === 'CCONJ' && (t.head === v || t.head === s) && /^(and|or)$/i.test(t.text));
      if (s < 0 || c < 0) return null;
      const w = copy();
      makeVerb(w, v, r, tokens[s].deprel);
      w[v].xpos = tokens[v].xpos;
      attach(w, s, r, 'conj');
      w[c].head = s;
      w.forEach((t, k) => {
        if (k > v && t.head === r) t.head = v;
      });
      return `'${tokens[r].text}' and '${tokens[s].text}' are the subject of '${tokens[v].text}'`;
    },
  },
  {
    // "The European Union imposed sanctions on ..." parsed as sanctions(nsubj: Union, amod: imposed):
    // a root noun with a subject of its own and a past form between the two is the object of that verb.
    name: 'root-object',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || (tokens[r].upos !== 'NOUN' && tokens[r].upos !== 'PROPN')) return null;
      const subj = tokens.findIndex((t, k) => k < r && t.head === r && t.deprel === 'nsubj');
      const p = tokens.findIndex((t, k) => k > subj && k < r && t.head === r && t.deprel === 'amod' && isPastForm(t));
      if (subj < 0 || p < 0) return null;
      const w = copy();
      makeVerb(w, p, r, 'obj');
      w[subj].head = p;
      w.forEach((t, k) => {
        if (t.head === r && (t.deprel === 'punct' || t.deprel.startsWith('aux'))) t.head = p;
        if (k < p && t.head === r && t.deprel === 'advmod') t.head = p;
        // ("Sudan's army and the RSF traded fire" with "Forces" a compound of "fire": a noun with its own "and"
        // between the subject and the verb is the subject's conjunct)
        if (k > subj && k < p && t.head === r && isNominal(t) && tokens.some((c, x) => c.head === k && x < k && c.deprel === 'cc')) attach(w, k, subj, 'conj');
      });
      return `'${tokens[p].text}' is the verb of '${tokens[subj].text}', '${tokens[r].text}' its object`;
    },
  },
  // "supporters of former Prime Minister Imran Khan" parsed with "of" as the modifier of "supporters" and the
  // name hung under it: a preposition heads no phrase, the noun after it takes its place and it is the noun's case
  perToken('preposition-head', { upos: ['ADP'], deprel: ['nmod', 'obl'] }, (tokens, copy, c) => {
    const t = tokens[c];
    if (t.upos !== 'ADP' || (t.deprel !== 'nmod' && t.deprel !== 'obl') || t.head < 0) return null;
    const kids = tokens.filter((d) => d.head === c && d.deprel !== 'punct');
    // ("supporters of jailed former Prime Minister Imran Khan" with the participle under "of" and the name its object:
    // the participle modifies the name)
    const p = c + 1;
    const participle = tokens[p]?.head === c && isPastForm(tokens[p]) ? tokens.findIndex((d, k) => k > p && d.head === p && d.deprel === 'obj' && isNominal(d)) : -1;
    if (participle >= 0 && kids.length === 1 && !tokens.some((d, k) => d.head === p && k !== participle && k > participle)) {
      const w = copy();
      attach(w, participle, t.head, t.deprel);
      attach(w, p, participle, 'amod');
      attach(w, c, participle, 'case');
      tokens.forEach((d, k) => { if (d.head === p && k > p && k < participle) w[k].head = participle; });
      return `'${tokens[p].text}' modifies '${tokens[participle].text}', the noun of '${t.text}'`;
    }
    const n = tokens.findIndex((d, k) => k > c && d.head === c && isNominal(d));
    if (n < 0 || kids.some((d) => d.index < c) || tokens.some((d, k) => d.head === c && k !== n && isNominal(d))) return null;
    const w = copy();
    attach(w, n, t.head, t.deprel);
    tokens.forEach((d, k) => {
      if (d.head === c && k !== n) w[k].head = n;
    });
    attach(w, c, n, 'case');
    return `'${t.text}' is the preposition of '${tokens[n].text}'`;
  }),
  // "issued an arrest warrant for Putin" with "warrant" read as a base-form verb: a base form right after "a/the"
  // and a noun, with no subject, auxiliary or "to" of its own, is the head noun of that phrase
  perToken('article-noun-verb', { upos: ['VERB'], xpos: ['VB'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const n = k - 1;
    if (t.upos !== 'VERB' || t.xpos !== 'VB' || k < 2 || tokens[n].upos !== 'NOUN' || tokens[n].head === k) return null;
    const det = tokens[k - 2];
    if (det.head !== n || det.deprel !== 'det' || !/^(a|an|the)$/i.test(det.text)) return null;
    if (tokens.some((d) => d.head === k && (d.deprel.startsWith('nsubj') || d.deprel.startsWith('aux') || d.deprel === 'mark' || d.deprel === 'obj'))) return null;
    const w = copy();
    attach(w, k, tokens[n].head, tokens[n].deprel);
    retag(w, k, 'NOUN', 'NN');
    w[k].lemma = t.text.toLowerCase();
    tokens.forEach((d, x) => {
      if (d.head === n && x !== k) w[x].head = k;
      if (d.head === k && d.deprel === 'obl') w[x].deprel = 'nmod';
    });
    attach(w, n, k, 'compound');
    return `'${tokens[n].text} ${t.text}' is a noun`;
  }),
  // "Pakistan's military vowed to retaliate against India" with "vowed" tagged a noun and "military" its adjective:
  // the past form of a verb of intent with a "to" infinitive of its own is the verb; the words before it that hung on it
  // are its subject's phrase, headed by the last of them
  perToken('intent-noun', { upos: ['NOUN'], text: INTENT_PAST_FORMS }, (tokens, copy, k) => {
    const t = tokens[k];
    const s = k - 1;
    if (t.upos !== 'NOUN' || s < 0 || tokens[s].head !== k) return null;
    const lemma = INTENT_PAST.get(t.text.toLowerCase());
    const inf = tokens.findIndex((d, x) => x > k && d.head === k && d.upos === 'VERB' && tokens.some((m) => m.head === x && m.deprel === 'mark' && m.text.toLowerCase() === 'to'));
    // (the sentence's root, or a conjunct of the verb before it; or a clause after "and" the parser joined to a noun of
    // the clause before: "India launched strikes ... on Wednesday, and Pakistan's military vowed to retaliate")
    const root = tokens.findIndex((d) => d.head < 0);
    const joined = t.deprel === 'conj' && t.head < s && tokens[t.head]?.upos !== 'VERB' && root >= 0 && root < s && tokens[root].upos === 'VERB' &&
      tokens.some((d, x) => d.head === k && d.deprel === 'cc' && x < s);
    const place = t.head < 0 || (t.deprel === 'conj' && t.head < s && tokens[t.head]?.upos === 'VERB') || joined;
    if (!lemma || inf < 0 || !place) return null;
    const w = copy();
    if (joined) attach(w, k, root, 'conj');
    retag(w, k, 'VERB', 'VBD');
    w[k].lemma = lemma;
    tokens.forEach((d, x) => { if (x < s && d.head === k) w[x].head = s; });
    attach(w, s, k, 'nsubj');
    if (tokens[s].upos === 'ADJ') {
      retag(w, s, 'NOUN', 'NN');
    }
    attach(w, inf, k, 'xcomp');
    return `'${t.text}' is the verb, '${tokens[s].text}' its subject`;
  }),
  // "took dozens of Pakistani soldiers hostage", "took three Israelis hostage": the parser hangs the captives on
  // "hostage" or "hostage" on the verb as an adverb. The captives are the verb's first object, "hostage" its second.
  perToken('hostage-complement', { text: ['hostage', 'hostages', 'captive', 'captives'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if (!/^(hostage|hostages|captive|captives)$/i.test(t.text)) return null;
    let v = k - 2;
    while (v >= 0 && k - v <= 8 && !(tokens[v].upos === 'VERB' && /^(take|hold|keep)$/.test(tokens[v].lemma.toLowerCase()))) v--;
    if (v < 0 || k - v > 8) return null;
    const inside = (x: number): boolean => x > v && x < k;
    const heads = tokens.map((d, x) => x).filter((x) => inside(x) && !inside(tokens[x].head));
    const o = heads.find((x) => isNominal(tokens[x]) || tokens[x].upos === 'PRON') ?? heads.find((x) => tokens[x].upos === 'NUM') ?? -1;
    if (o < 0 || (tokens[o].head === v && tokens[o].deprel === 'iobj' && t.head === v && t.deprel === 'obj')) return null;
    const w = copy();
    tokens.forEach((d, x) => {
      if (inside(x) && x !== o && d.head === k) attach(w, x, o, isNominal(d) && d.deprel !== 'compound' ? 'nmod' : d.deprel);
    });
    attach(w, o, v, 'iobj');
    attach(w, k, v, 'obj');
    retag(w, k, 'NOUN', /s$/i.test(t.text) ? 'NNS' : 'NN');
    w[k].lemma = t.text.toLowerCase().replace(/s$/, '');
    return `'${tokens[o].text}' and '${t.text}' are the objects of '${tokens[v].text}'`;
  }),
  // "Orban met former U.S. President Donald Trump" with "former" read as the verb's complement and the name hung on
  // it as an oblique: the name is the verb's object and "former" its adjective
  perToken('former-complement', { upos: ['ADJ'], text: ['former', 'ex'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (t.upos !== 'ADJ' || !/^(former|ex)$/i.test(t.text) || !/^(xcomp|obj|dep|advmod)$/.test(t.deprel) || v < 0 || v >= k || tokens[v].upos !== 'VERB') return null;
    const n = tokens.findIndex((d, x) => x > k && d.head === k && isNominal(d) && /^(obl|obj|nmod|dep|appos|nsubj)$/.test(d.deprel));
    if (n < 0 || tokens.some((d, x) => x !== k && d.head === v && d.deprel === 'obj')) return null;
    const w = copy();
    rehang(tokens, w, k, n);
    attach(w, n, v, 'obj');
    attach(w, k, n, 'amod');
    return `'${tokens[n].text}' is the object of '${tokens[v].text}', '${t.text}' its adjective`;
  }),
  // "began their annual Freedom Shield military exercises" with the first word of the name as the object and the
  // noun after the name its modifier: a common noun after a name of several capitalised words, all of them on the
  // noun, with no preposition, is the phrase's head; the name is its compound
  perToken('name-compound', { upos: ['NOUN'], deprel: ['nmod'] }, (tokens, copy, y) => {
    const t = tokens[y];
    const x = t.head;
    if (t.deprel !== 'nmod' || t.upos !== 'NOUN' || x < 1 || x >= y - 1 || !isNominal(tokens[x]) || !/^\p{Lu}/u.test(tokens[x].text)) return null;
    if (!/^(obj|nsubj|nsubj:pass|obl|iobj)$/.test(tokens[x].deprel) || !/^\p{Lu}/u.test(tokens[x + 1].text) || !isNominal(tokens[x + 1])) return null;
    for (let b = x + 1; b < y; b++) if (tokens[b].head <= x || tokens[b].head > y || tokens[b].upos === 'PUNCT') return null;
    if (tokens.some((d) => d.head === y && (d.deprel === 'case' || d.deprel === 'nmod:poss'))) return null;
    const w = copy();
    attach(w, y, tokens[x].head, tokens[x].deprel);
    rehang(tokens, w, x, y);
    attach(w, x, y, 'compound');
    return `'${t.text}' heads the phrase, '${tokens[x].text}' begins its name`;
  }),
  // "Beijing imposed sanctions on ..." with "Beijing" tagged a gerund (lemma "beij") and made the root: a capitalised
  // -ing word that opens the sentence right before a past form is a name, the subject of that verb
  perToken('name-gerund', { xpos: ['VBG'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = k + 1;
    if (k !== 0 || t.xpos !== 'VBG' || !/^\p{Lu}/u.test(t.text) || v >= tokens.length || tokens[v].upos !== 'VERB' || !/^(VBD|VBN)$/.test(tokens[v].xpos)) return null;
    const w = copy();
    retag(w, k, 'PROPN', 'NNP');
    w[k].lemma = t.text;
    if (tokens[v].head === k) attach(w, v, t.head, t.deprel);
    rehang(tokens, w, k, v);
    attach(w, k, v, 'nsubj');
    return `'${t.text}' is a name, the subject of '${tokens[v].text}'`;
  }),
  // "The Netherlands handed over the first F-16 fighter jets to Ukraine" with "over" read as the preposition of the
  // things handed: after a verb of handing or taking, "over" right before its phrase is the verb's particle
  perToken('over-particle', { deprel: ['case'], text: ['over'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = k - 1;
    const n = t.head;
    if (t.text.toLowerCase() !== 'over' || t.deprel !== 'case' || v < 0 || tokens[v].upos !== 'VERB' || !/^(hand|turn|take|sign)$/.test(tokens[v].lemma.toLowerCase())) return null;
    if (n <= k || n >= tokens.length || tokens[n].head !== v || !/^(obl|obl:unmarked)$/.test(tokens[n].deprel) || tokens.some((d) => d.head === v && d.deprel === 'obj')) return null;
    const w = copy();
    attach(w, k, v, 'compound:prt');
    retag(w, k, 'ADP', 'RP');
    attach(w, n, v, 'obj');
    return `'over' is the particle of '${tokens[v].text}', '${tokens[n].text}' its object`;
  }),
  // "A suicide bomber blew himself up near a checkpoint in ... province on Monday, killing four officers" with
  // "killing" an adverbial clause of "province": a participle after a comma that the parse hung as a clause on a noun
  // belongs to the verb that noun's phrase hangs on, whose subject does it
  perToken('noun-advcl', { upos: ['VERB'], xpos: ['VBG', 'VBN'], deprel: ['advcl'] }, (tokens, copy, p) => {
    const t = tokens[p];
    const n = t.head;
    if (t.deprel !== 'advcl' || t.upos !== 'VERB' || !/^(VBG|VBN)$/.test(t.xpos) || p < 1 || tokens[p - 1].text !== ',' || n < 0 || n >= p || !isNominal(tokens[n])) return null;
    let v = n;
    for (let step = 0; step < 4 && v >= 0 && v < tokens.length && tokens[v].upos !== 'VERB'; step++) {
      if (!/^(obl|nmod|obl:unmarked|obj)$/.test(tokens[v].deprel)) return null;
      v = tokens[v].head;
    }
    if (v < 0 || v >= tokens.length || tokens[v].upos !== 'VERB') return null;
    attach(copy(), p, v, 'advcl');
    return `'${t.text}' is a clause of '${tokens[v].text}', not of '${tokens[n].text}'`;
  }),
  // "delivered the first 31 Abrams tanks to Ukraine" with "Abrams" the verb's object and "tanks" an object of
  // "Abrams" (or of the verb too): a capitalised noun right before a common noun that is an object names its make or
  // model; the common noun is the object and takes the name's modifiers
  perToken('model-name', { upos: ['NOUN', 'PROPN'], deprel: ['obj'] }, (tokens, copy, a) => {
    const t = tokens[a];
    const b = a + 1;
    const v = t.head;
    if (t.deprel !== 'obj' || b >= tokens.length || tokens[b].deprel !== 'obj' || (tokens[b].head !== v && tokens[b].head !== a) || tokens[b].upos !== 'NOUN' ||
      !isNominal(t) || !/^\p{Lu}/u.test(t.text)) return null;
    const w = copy();
    rehang(tokens, w, a, b);
    attach(w, b, v, 'obj');
    attach(w, a, b, 'compound');
    return `'${t.text}' names the make of '${tokens[b].text}', the object`;
  }),
  // "announced their immediate withdrawal from the Economic Community of West African States" with "from ..." hung on
  // the verb: a from-phrase right after a noun of leaving belongs to the noun
  perToken('leaving-noun', { deprel: ['obj'], lemma: LEAVING_NOUNS }, (tokens, copy, n) => {
    const t = tokens[n];
    const v = t.head;
    if (!LEAVING_NOUNS.has(t.lemma.toLowerCase()) || t.deprel !== 'obj' || v < 0 || v >= tokens.length || tokens[v].upos !== 'VERB') return null;
    const o = tokens.findIndex((d, x) => x > n && d.head === v && d.deprel === 'obl' &&
      tokens.some((c, y) => y < x && y > n && c.head === x && c.deprel === 'case' && c.text.toLowerCase() === 'from'));
    if (o < 0) return null;
    for (let x = n + 1; x < o; x++) if (tokens[x].head !== o && tokens[x].head !== n) return null;
    attach(copy(), o, n, 'nmod');
    return `'from ${tokens[o].text}' is what the '${t.text}' leaves`;
  }),
  // "..., hours after three Israeli hostages were freed by Hamas" with "hours" the subject of "freed" and the hostages
  // hung on it: the noun after "after" or "before" is the clause's subject, the time noun says when
  perToken('time-after-subject', { deprel: ['nsubj', 'nsubj:pass', 'nsubj:outer'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (!t.deprel.startsWith('nsubj') || !/^(hour|day|week|minute|month|year|moment)s?$/i.test(t.text) || v <= k || v >= tokens.length || tokens[v].upos !== 'VERB') return null;
    const n = tokens.findIndex((d, x) => x > k && x < v && d.head === k && d.deprel === 'nmod' && isNominal(d));
    if (n < 0) return null;
    const c = tokens.findIndex((d, x) => x > k && x < n && d.head === n && d.deprel === 'case' && /^(after|before)$/i.test(d.text));
    if (c < 0) return null;
    const w = copy();
    attach(w, n, v, t.deprel);
    attach(w, c, v, 'mark');
    w[c].upos = 'SCONJ';
    attach(w, k, v, 'obl:unmarked');
    return `'${tokens[n].text}' is the subject of '${tokens[v].text}', '${t.text} ${tokens[c].text}' says when`;
  }),
  // "India on Tuesday rejected ...", "Germany earlier this month expelled ..." parsed with the time as a second subject
  // (and "on" as a marker): a time word is no subject when the verb has another before it; it is a time phrase
  perToken('time-subject', { deprel: ['nsubj', 'nsubj:pass', 'nsubj:outer'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (!t.deprel.startsWith('nsubj') || !TIME_WORDS.has(t.lemma.toLowerCase()) || v <= k || v >= tokens.length) return null;
    // (or, when the verb has no other subject, the name the parser made the root with the verb hung on it: "Ivory Coast
    // on Tuesday demanded ...")
    const r = tokens[v].head;
    const rootName = r >= 0 && r < k && tokens[r].head < 0 && isNominal(tokens[r]) && tokens[v].upos === 'VERB' ? r : -1;
    const subject = tokens.some((d, x) => x < k && d.head === v && d.deprel.startsWith('nsubj') && x !== k);
    if (!subject && rootName < 0) return null;
    const w = copy();
    if (!subject) {
      attach(w, v, -1, 'root');
      attach(w, rootName, v, 'nsubj');
      tokens.forEach((d, x) => {
        if (x > v && d.head === rootName) w[x].head = v;
      });
    }
    const on = tokens.findIndex((d, x) => x < k && x >= k - 2 && d.head === v && d.deprel === 'mark' && /^(on|in|at)$/i.test(d.text));
    attach(w, k, v, on >= 0 ? 'obl' : 'obl:unmarked');
    if (on >= 0) {
      attach(w, on, k, 'case');
      retag(w, on, 'ADP', 'IN');
    }
    return `'${t.text}' says when, it is no subject of '${tokens[v].text}'`;
  }),
  // "granted asylum to ousted Syrian President Bashar al-Assad" with "to ousted" read as an infinitive: "to" before a
  // past participle and a noun phrase is a preposition, the participle a modifier of the noun
  perToken('to-participle', { deprel: ['mark'], text: ['to'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const p = k + 1;
    // (the participle may be tagged a base form after "to": "ousted" VB; "proceed", "feed" are no participles)
    const participle = tokens[p] && (isPastForm(tokens[p]) || (tokens[p].upos === 'VERB' && /^[a-z]{3,}[^e]ed$/i.test(tokens[p].text)));
    if (t.text.toLowerCase() !== 'to' || t.deprel !== 'mark' || t.head !== p || !participle) return null;
    const n = tokens.findIndex((d, x) => x > p && x <= p + 5 && d.head === p && d.deprel === 'obj' && isNominal(d));
    const g = tokens[p].head;
    if (n < 0 || g < 0 || g >= tokens.length || tokens.some((d, x) => x > p && x < n && !dominates(tokens, n, x, 3) && d.head !== p)) return null;
    const w = copy();
    attach(w, n, tokens[g].upos === 'VERB' ? g : tokens[g].head >= 0 && tokens[tokens[g].head]?.upos === 'VERB' ? tokens[g].head : g, 'obl');
    attach(w, p, n, 'amod');
    attach(w, k, n, 'case');
    retag(w, k, 'ADP', 'IN');
    for (let x = p + 1; x < n; x++) if (tokens[x].head === p) w[x].head = n;
    return `'to' is the preposition of '${tokens[n].text}', '${tokens[p].text}' its modifier`;
  }),
  // "Speaking to reporters in Tokyo, U.S. Secretary of State Antony Blinken urged Israel ..." parsed with the participle the
  // verb's clausal subject and the name hung on "Tokyo": an opening participle is the verb's adverbial clause, and the
  // phrase between its comma and the verb, when the verb has no subject, is the subject
  {
    name: 'opening-participle',
    apply(tokens, copy) {
      const t = tokens[0];
      const v = t?.head ?? -1;
      if (!t || t.xpos !== 'VBG' || !/^(csubj|nsubj|advcl)$/.test(t.deprel) || v <= 1 || v >= tokens.length || tokens[v].upos !== 'VERB') return null;
      if (tokens.some((d) => d.head === v && d.deprel.startsWith('nsubj'))) return null;
      const c = tokens.findIndex((d, x) => x > 0 && x < v && d.text === ',');
      if (c < 0) return null;
      const s = tokens.findIndex((d, x) => x > c && x < v && (d.head <= c || d.head >= v) && isNominal(d));
      if (s < 0 || tokens.some((d, x) => x > c && x < v && d.upos === 'VERB')) return null;
      const w = copy();
      attach(w, 0, v, 'advcl');
      attach(w, s, v, 'nsubj');
      attach(w, c, 0, 'punct');
      for (let x = s + 1; x < v; x++) if (tokens[x].head <= c) attach(w, x, s, tokens[x].deprel);
      return `'${t.text}' opens the sentence, '${tokens[s].text}' is the subject of '${tokens[v].text}'`;
    },
  },
  // "suspended talks on joining the European Union" with "on joining" a clause of the verb: a gerund with "on", "about"
  // or "over" right after a noun of talk or agreement says what they are about, and is that noun's
  perToken('topic-gerund', { xpos: ['VBG'] }, (tokens, copy, g) => {
    const t = tokens[g];
    const m = g - 1;
    const n = g - 2;
    if (t.xpos !== 'VBG' || n < 0 || !/^(advcl|xcomp|ccomp|obl)$/.test(t.deprel) || !/^(on|about|over)$/i.test(tokens[m].text) || tokens[m].head !== g) return null;
    if (!isNominal(tokens[n]) || !TOPIC_NOUNS.has(tokens[n].lemma.toLowerCase()) || tokens[n].head !== t.head) return null;
    const w = copy();
    attach(w, g, n, 'acl');
    w[m].deprel = 'mark';
    return `'${tokens[m].text} ${t.text}' is what the '${tokens[n].text}' are about`;
  }),
  // "claimed responsibility for a drone attack on a British-owned cargo ship" with "on ... ship" hung on the verb: the
  // target phrase right after an attack noun of the verb's phrase is the attack's
  perToken('attack-target', { upos: ['NOUN', 'PROPN'], deprel: ['obl'] }, (tokens, copy, x) => {
    const t = tokens[x];
    const v = t.head;
    if (t.deprel !== 'obl' || v < 0 || v >= x || tokens[v].upos !== 'VERB' || !isNominal(t)) return null;
    const c = tokens.findIndex((d, k) => k < x && d.head === x && d.deprel === 'case' && /^(on|against)$/i.test(d.text));
    const a = c - 1;
    if (c < 2 || a <= v || !ATTACK_NOUNS.has(tokens[a].lemma.toLowerCase()) || !dominates(tokens, v, a, 4)) return null;
    if (tokens.some((d, k) => d.head === a && k > a && /^(nmod|obl)$/.test(d.deprel))) return null;
    attach(copy(), x, a, 'nmod');
    return `'${tokens[c].text} ${t.text}' is the target of '${tokens[a].text}'`;
  }),
  // "launched a military offensive against ..." with "offensive" tagged an adjective complement: an adjective with an
  // article of its own, heading its phrase as an argument, is a noun
  perToken('determiner-adjective', { upos: ['ADJ'], deprel: ['obj', 'xcomp', 'obl', 'nsubj', 'nsubj:pass'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if (t.upos !== 'ADJ' || !/^(obj|xcomp|obl|nsubj|nsubj:pass)$/.test(t.deprel) || t.head < 0 || tokens[t.head]?.upos !== 'VERB') return null;
    const article = (h: number): boolean => tokens.some((d, x) => x < h && d.head === h && d.deprel === 'det' && /^(a|an|the)$/i.test(d.text));
    // ("launch a ground offensive" with "ground" the object: the noun before it is its compound)
    const n = k - 1;
    const split = !article(k) && t.deprel === 'xcomp' && n >= 0 && tokens[n].upos === 'NOUN' && tokens[n].head === t.head && tokens[n].deprel === 'obj' && article(n);
    if (!article(k) && !split) return null;
    const w = copy();
    retag(w, k, 'NOUN', 'NN');
    if (t.deprel === 'xcomp') w[k].deprel = 'obj';
    if (split) {
      rehang(tokens, w, n, k);
      attach(w, n, k, 'compound');
    }
    return `'${t.text}' is a noun`;
  }),
  // "seized power and placed President Ali Bongo under house arrest" with the name the subject of the second
  // verb: a second conjunct verb whose only subject follows it, when the first has its own before it, takes
  // that noun as its object
  perToken('conjunct-object', { upos: ['NOUN', 'PROPN'], deprel: ['nsubj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (t.deprel !== 'nsubj' || !isNominal(t) || v < 0 || v >= k || tokens[v].upos !== 'VERB' || tokens[v].deprel !== 'conj' || REPORT_VERBS.has(tokens[v].lemma.toLowerCase())) return null;
    const first = tokens[v].head;
    if (first < 0 || first >= v || !tokens.some((d, x) => x < first && d.head === first && d.deprel.startsWith('nsubj'))) return null;
    if (tokens.some((d, x) => d.head === v && (d.deprel === 'obj' || d.deprel.startsWith('aux') || (x < v && d.deprel.startsWith('nsubj'))))) return null;
    copy()[k].deprel = 'obj';
    return `'${t.text}' is the object of '${tokens[v].text}'`;
  }),
  // "talks with Uzbek, Kazakh and Turkmen officials" parsed with "with" on "Uzbek": a preposition
  // before a compound or adjective modifier belongs to the noun the modifier modifies.
  perToken('case-on-modifier', { upos: ['ADP'], deprel: ['case'] }, (tokens, copy, c) => {
    const m = tokens[c].head;
    if (tokens[c].deprel !== 'case' || tokens[c].upos !== 'ADP' || m <= c || m >= tokens.length) return null;
    if (tokens[m].deprel !== 'compound' && tokens[m].deprel !== 'amod') return null;
    const n = tokens[m].head;
    if (n <= m || n >= tokens.length || (tokens[n].upos !== 'NOUN' && tokens[n].upos !== 'PROPN')) return null;
    // the noun must not have a preposition of its own
    if (tokens.some((k) => k.head === n && k.deprel === 'case')) return null;
    const w = copy();
    w[c].head = n;
    // "sanctions on Syria's banking and energy sectors": the possessor before the modifier is the noun's too,
    // and a phrase with a preposition modifies the word it hangs on (it is no apposition)
    tokens.forEach((k, x) => {
      if (k.head === m && k.deprel === 'nmod:poss' && x < m) w[x].head = n;
    });
    const g = tokens[n].head;
    if (tokens[n].deprel === 'appos' && g >= 0 && g < tokens.length) w[n].deprel = tokens[g].upos === 'VERB' ? 'obl' : 'nmod';
    return `'${tokens[c].text}' belongs to '${tokens[n].text}'`;
  }),
  // "Talks between Donald Trump and Kim Jong Un broke down" parsed with "Trump" as a second subject
  // of "broke" carrying the preposition: a subject or object never has a preposition, so the phrase
  // belongs to the noun right before it that holds the same place.
  perToken('case-on-argument', { deprel: ['nsubj', 'nsubj:pass', 'obj'] }, (tokens, copy, x) => {
    const rel = tokens[x].deprel;
    if (x < 2 || !/^(nsubj|nsubj:pass|obj)$/.test(rel)) return null;
    const c = tokens.findIndex((t, k) => k < x && t.head === x && t.deprel === 'case' && t.upos === 'ADP');
    if (c < 1) return null;
    const n = tokens.findIndex((t, k) => k < c && t.head === tokens[x].head && t.deprel === rel && (t.upos === 'NOUN' || t.upos === 'PROPN'));
    if (n < 0) return null;
    const w = copy();
    attach(w, x, n, 'nmod');
    return `'${tokens[c].text} ${tokens[x].text}' belongs to '${tokens[n].text}'`;
  }),
  // "held talks in Riyadh with Saudi Crown Prince Mohammed bin Salman" parsed with the with-phrase
  // on the place: a "with" phrase on a place that is itself an "in/at" phrase belongs to what the
  // place phrase is attached to.
  perToken('with-on-place', { deprel: ['nmod'] }, (tokens, copy, x) => {
    const l = tokens[x].head;
    if (tokens[x].deprel !== 'nmod' || l < 0 || l >= x || !hasCase(tokens, x, 'with')) return null;
    if (tokens[l].upos !== 'PROPN' || !/^(nmod|obl)$/.test(tokens[l].deprel) || !(hasCase(tokens, l, 'in') || hasCase(tokens, l, 'at'))) return null;
    const e = tokens[l].head;
    if (e < 0 || e >= tokens.length) return null;
    const w = copy();
    attach(w, x, e, tokens[e].upos === 'VERB' ? 'obl' : 'nmod');
    return `'with ${tokens[x].text}' belongs to '${tokens[e].text}', not to the place '${tokens[l].text}'`;
  }),
  // "Kishida is set to visit Seoul" parsed with "to visit" as the clausal subject of "set": a
  // predicate that has a nominal subject has no clausal one, so the infinitive is its complement.
  perToken('infinitive-complement', { deprel: ['csubj'] }, (tokens, copy, c) => {
    const h = tokens[c].head;
    if (tokens[c].deprel !== 'csubj' || h < 0 || h >= c) return null;
    if (!tokens.some((k) => k.head === c && k.deprel === 'mark' && k.text.toLowerCase() === 'to')) return null;
    if (!tokens.some((k) => k.head === h && (k.deprel === 'nsubj' || k.deprel === 'nsubj:pass'))) return null;
    copy()[c].deprel = 'xcomp';
    return `'${tokens[c].text}' is the complement of '${tokens[h].text}'`;
  }),
  screened({ lemma: REPORT_VERBS }, {
    // "Russian troops retreated from Kherson, Shoigu announced" parsed with "retreated" as a reduced
    // relative on "troops" and "troops" an argument of "announced": the fronted clause is what was
    // announced, its noun the subject of the past form.
    name: 'fronted-report',
    apply(tokens, copy) {
      for (let p = 1; p < tokens.length; p++) {
        const t = tokens[p];
        // (or "Islamic State militants massacred hundreds of Yazidis, survivors said" with the past form a
        // modifier of the noun after it, that noun hung on the subject)
        const o = t.deprel === 'amod' && t.head === p + 1 && tokens[p + 1]?.head === p - 1 ? p + 1 : -1;
        const n = o >= 0 ? p - 1 : t.head;
        if ((t.deprel !== 'acl' && o < 0) || !isPastForm(t) || n !== p - 1) continue;
        const r = tokens[n].head;
        if (r <= p || r >= tokens.length || !REPORT_VERBS.has(tokens[r].lemma.toLowerCase())) continue;
        // (a participle followed by "by" is passive: "A car bomb claimed by al-Shabaab exploded ..., police said")
        if (tokens[p + 1]?.text.toLowerCase() === 'by' || tokens.some((k) => k.head === p && (k.deprel.startsWith('aux') || k.deprel === 'obl:agent'))) continue;
        // the report verb has a subject of its own after a comma that closes the fronted clause
        const subj = tokens.findIndex((k, x) => x > p && x < r && k.head === r && k.deprel === 'nsubj');
        if (subj < 0 || !tokens.some((k, x) => x > p && x < subj && k.text === ',')) continue;
        const w = copy();
        makeVerb(w, p, n, 'nsubj', { head: r, rel: 'ccomp' }, o);
        return `'${t.text}' is the verb of the clause '${tokens[r].text}' reports`;
      }
      return null;
    },
  }),
  // "France will recognise the State of Palestine ..., President Emmanuel Macron said" parsed with the
  // object as the subject of "said" and the speaker as its apposition: the reported verb's object is
  // the noun, the speaker the subject.
  perToken('report-object', { deprel: ['nsubj'] }, (tokens, copy, n) => {
    const r = tokens[n].head;
    if (tokens[n].deprel !== 'nsubj' || r <= n || r >= tokens.length || !REPORT_VERBS.has(tokens[r].lemma.toLowerCase())) return null;
    const v = tokens.findIndex((t, k) => k < n && t.head === r && t.deprel === 'ccomp' && t.upos === 'VERB');
    // ("have been granted asylum by Greece, an association of judges said": a phrase with a preposition is an oblique)
    const prep = tokens.find((t) => t.head === n && t.deprel === 'case');
    if (v < 0 || (!prep && tokens.some((t) => t.head === v && t.deprel === 'obj'))) return null;
    // (the speaker hung on the noun as its apposition, or a second subject of the verb: "executed four
    // former Afghan soldiers who had surrendered, Human Rights Watch said")
    const speaker = tokens.findIndex((t, k) => k > n && k < r && ((t.head === n && t.deprel === 'appos') || (t.head === r && t.deprel === 'nsubj')));
    if (speaker < 0 || !tokens.slice(n + 1, speaker).some((t) => t.text === ',')) return null;
    const w = copy();
    attach(w, n, v, !prep ? 'obj' : prep.text.toLowerCase() === 'by' ? 'obl:agent' : 'obl');
    attach(w, speaker, r, 'nsubj');
    return `'${tokens[n].text}' is ${prep ? 'an oblique' : 'the object'} of '${tokens[v].text}', '${tokens[speaker].text}' the speaker`;
  }),
  screened({ lemma: REPORT_VERBS }, {
    // "Amnesty International said Eritrean troops massacred hundreds of civilians" parsed with "troops" the
    // object of "said" and "massacred" a modifier of "hundreds" (or a reduced relative on "troops" with an
    // object of its own): the past form is the verb of the reported clause, the noun before it its subject.
    name: 'report-clause',
    apply(tokens, copy) {
      for (let p = 2; p + 1 < tokens.length; p++) {
        const t = tokens[p];
        if (!isPastForm(t) || !isNominal(tokens[p - 1])) continue;
        // the object's phrase ends right before the past form ("fighters of the Rapid Support Forces massacred")
        let n = p - 1;
        for (let steps = 0; steps < 4 && /^(nmod|compound|flat)$/.test(tokens[n].deprel) && tokens[n].head < n && tokens[n].head >= 0; steps++) n = tokens[n].head;
        const r = tokens[n].head;
        const speech = r >= 0 && r < n ? tokens[r].lemma.toLowerCase() : '';
        // ("told reporters ...": the object of "tell" is the one told)
        if (tokens[n].deprel !== 'obj' || speech === 'tell' || !REPORT_VERBS.has(speech) || !isNominal(tokens[n])) continue;
        const inPhrase = (x: number): boolean => x >= n && x < p;
        const next = tokens[p + 1];
        const o = t.deprel === 'amod' && t.head === p + 1 && (next.head === r || inPhrase(next.head)) && next.deprel === 'obj' && isNominal(next) ? p + 1 : -1;
        const ownObject = t.deprel === 'acl' && inPhrase(t.head) && next.text.toLowerCase() !== 'by' && tokens.some((k) => k.head === p && k.deprel === 'obj');
        // ("said fighters of the Wagner Group executed dozens": the reported verb is right, its subject taken as the object)
        const subjectless = t.deprel === 'ccomp' && t.head === r && !tokens.some((k) => k.head === p && (k.deprel.startsWith('nsubj') || k.deprel.startsWith('aux')));
        if (o < 0 && !ownObject && !subjectless) continue;
        const w = copy();
        makeVerb(w, p, n, 'nsubj', { head: r, rel: 'ccomp' }, o);
        // what hung on the noun after the verb ("in the city of Axum") belongs to the verb
        for (let x = p + 1; x < tokens.length; x++) {
          if (x === o || !inPhrase(tokens[x].head) || tokens[x].deprel !== 'nmod') continue;
          attach(w, x, p, 'obl');
        }
        return `'${t.text}' is the verb of the clause '${tokens[r].text}' reports, '${tokens[n].text}' its subject`;
      }
      return null;
    },
  }),
  // "Chinese coast guard vessels blocked ..." parsed with "coast" and "vessels" both subjects of the verb: two subjects
  // with nothing but their own words between them, the second right before the verb, are one phrase headed by the
  // second ("Myanmar security forces killed ..." headed by "Myanmar" hid the forces' role from the actor matcher)
  perToken('adjacent-subjects', { upos: ['NOUN', 'PROPN'], deprel: ['nsubj'] }, (tokens, copy, b) => {
    const t = tokens[b];
    const v = b + 1;
    if (t.deprel !== 'nsubj' || t.head !== v || v >= tokens.length || !isNominal(t) || tokens[v].upos !== 'VERB') return null;
    const a = tokens.findIndex((d, x) => x < b && d.head === v && d.deprel === 'nsubj');
    if (a < 0 || !isNominal(tokens[a]) || b - a > 3) return null;
    for (let x = a + 1; x < b; x++) if (tokens[x].head < a || tokens[x].head > b || !isNominal(tokens[x])) return null;
    const w = copy();
    attach(w, a, b, 'compound');
    for (let x = 0; x < tokens.length; x++) if (tokens[x].head === a && x > a) w[x].head = b;
    return `'${tokens[a].text} ... ${t.text}' is one subject`;
  }),
  // "Israeli warplanes bombed targets in southern Lebanon on Monday, the Israeli military said" parsed with both
  // "warplanes" and "targets" subjects of "said" and "bombed" a modifier of "targets": a past form between two
  // subjects of a report verb is the verb of the reported clause, the first its subject, the second its object
  perToken('double-subject', { upos: ['VERB'], xpos: ['VBD', 'VBN'], deprel: ['amod'] }, (tokens, copy, p) => {
    const t = tokens[p];
    const s = p - 1;
    const o = t.head;
    if (!isPastForm(t) || t.deprel !== 'amod' || s < 0 || o <= p || o > p + 3 || o >= tokens.length || !isNominal(tokens[s]) || !isNominal(tokens[o])) return null;
    const r = tokens[o].head;
    if (r >= tokens.length || tokens[s].deprel !== 'nsubj' || tokens[o].deprel !== 'nsubj' || tokens[s].head !== r || r <= o || !REPORT_VERBS.has(tokens[r].lemma.toLowerCase())) return null;
    for (let x = p + 1; x < o; x++) if (tokens[x].head !== o) return null;
    const w = copy();
    makeVerb(w, p, s, 'nsubj', { head: r, rel: 'ccomp' }, o);
    return `'${t.text}' is the verb of the clause '${tokens[r].text}' reports, '${tokens[s].text}' its subject, '${tokens[o].text}' its object`;
  }),
  // "Sudan's ruling military council freed ..." parsed with "ruling" the root and "council" its object: a gerund
  // right after a possessive is a modifier of the noun after it, and a finite verb hung on the gerund after that
  // noun is the sentence's verb, the noun its subject (and a later root the gerund was the clausal subject of, a
  // clause on that verb: "... freed 200 protesters, days before talks were due to resume")
  perToken('possessive-gerund', { upos: ['VERB'], xpos: ['VBG'], deprel: ['root', 'csubj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const r = t.head;
    if (k < 2 || t.xpos !== 'VBG' || tokens[k - 1].text !== "'s" || tokens[k - 1].deprel !== 'case' || !isNominal(tokens[k - 2])) return null;
    if (r >= 0 && (t.deprel !== 'csubj' || r >= tokens.length || tokens[r].head >= 0)) return null;
    const n = tokens.findIndex((d, x) => x > k && d.head === k && d.deprel === 'obj');
    if (n < 0 || !isNominal(tokens[n]) || tokens.some((d, x) => x > k && x < n && d.head !== n)) return null;
    const v = tokens.findIndex((d, x) => x > n && d.head === k && d.upos === 'VERB' && /^VB[DZP]$/.test(d.xpos) && /^(parataxis|conj|ccomp|xcomp|dep)$/.test(d.deprel));
    if (v < 0 || (r >= 0 && r < v)) return null;
    const w = copy();
    attach(w, v, -1, 'root');
    if (r >= 0) attach(w, r, v, 'advcl');
    attach(w, n, v, 'nsubj');
    attach(w, k, n, 'amod');
    retag(w, k, 'ADJ', 'JJ');
    if (tokens[k - 2].head === k) attach(w, k - 2, n, 'nmod:poss');
    tokens.forEach((d, x) => {
      if (d.head === k && x !== n && x !== v) w[x].head = x > n ? v : n;
    });
    return `'${t.text}' modifies '${tokens[n].text}', the subject of '${tokens[v].text}'`;
  }),
  // "agreed to lift the bloc's remaining economic sanctions on Syria" parsed with "remaining" a clause on "bloc" and
  // "sanctions" its object: a gerund after a possessive, its object right after it, modifies that object, which takes
  // the possessor's place (so the sanctions are what is lifted, not an event of their own)
  perToken('possessive-participle', { xpos: ['VBG'], deprel: ['acl'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const p = k - 2;
    if (k < 2 || t.xpos !== 'VBG' || t.deprel !== 'acl' || t.head !== p || tokens[k - 1].text !== "'s" || !isNominal(tokens[p])) return null;
    const n = tokens.findIndex((d, x) => x > k && d.head === k && d.deprel === 'obj');
    if (n < 0 || !isNominal(tokens[n]) || tokens.some((d, x) => x > k && x < n && (d.head !== n || d.upos !== 'ADJ'))) return null;
    const w = copy();
    attach(w, n, tokens[p].head, tokens[p].deprel);
    attach(w, p, n, 'nmod:poss');
    attach(w, k, n, 'amod');
    retag(w, k, 'ADJ', 'JJ');
    // (the gerund's other phrases, "on Syria", are the noun's)
    tokens.forEach((d, x) => {
      if (d.head === k && x !== n) attach(w, x, n, d.deprel.startsWith('obl') ? 'nmod' : d.deprel);
      if (d.head === p && x > n) attach(w, x, n, d.deprel);
    });
    return `'${t.text}' modifies '${tokens[n].text}', which '${tokens[p].text}' possesses`;
  }),
  // "expelled three French diplomats, whom it accused of subversive activities" parsed with "whom" an oblique: a bare
  // "whom" is the object of its clause's verb
  perToken('whom-object', { text: ['whom'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const h = t.head;
    if (t.text.toLowerCase() !== 'whom' || !/^(obl|nsubj|dep)$/.test(t.deprel) || h <= k || h >= tokens.length || tokens[h].upos !== 'VERB') return null;
    if (tokens.some((d) => (d.head === k && d.deprel === 'case') || (d.head === h && d.deprel === 'obj'))) return null;
    attach(copy(), k, h, 'obj');
    return `'${t.text}' is the object of '${tokens[h].text}'`;
  }),
  // "Armenia recognised Palestine, a decision Israel's foreign ministry denounced as ...", "ordered a ceasefire, a move
  // Kyiv dismissed": the noun that sums up the sentence's act is set beside its verb, and the clause after it is a
  // relative clause on it, its subject the phrase before the verb
  perToken('summary-apposition', { lemma: SUMMARY_NOUNS }, (tokens, copy, k) => {
    const t = tokens[k];
    if (k < 3 || tokens[k - 2].text !== ',' || !SUMMARY_NOUNS.has(t.lemma.toLowerCase()) || !/^(a|an)$/i.test(tokens[k - 1].text)) return null;
    const r = tokens.findIndex((d) => d.head < 0);
    if (r < 0 || r > k - 2 || tokens[r].upos !== 'VERB') return null;
    let p = k + 1;
    while (p < tokens.length && p - k <= 6 && /^(PROPN|NOUN|ADJ|PART|DET)$/.test(tokens[p].upos)) p++;
    const s = p - 1;
    if (p >= tokens.length || s <= k || !isPastForm(tokens[p]) || !isNominal(tokens[s]) || (t.head === p && t.deprel === 'obj')) return null;
    // (nor when the verb is already the relative clause on the noun: the shape this rule makes)
    if (tokens.some((d) => d.head === p && (d.deprel === 'obj' || d.deprel.startsWith('aux'))) || (t.head === r && t.deprel === 'appos' && tokens[p].head === k && tokens[p].deprel === 'acl:relcl')) return null;
    const w = copy();
    attach(w, k, r, 'appos');
    attach(w, k - 1, k, 'det');
    attach(w, k - 2, k, 'punct');
    attach(w, p, k, 'acl:relcl');
    for (let x = k + 1; x < s; x++) if (tokens[x].head <= k || tokens[x].head >= s) attach(w, x, s, tokens[x].deprel === 'case' ? 'case' : tokens[x].deprel === 'nmod:poss' ? 'nmod:poss' : phraseRelation(tokens[x]));
    attach(w, s, p, 'nsubj');
    return `'${t.text}' sums up '${tokens[r].text}', '${tokens[p].text}' a relative clause on it`;
  }),
  // "exercises, which North Korea denounced as ..." parsed with both "which" and "North Korea" subjects of the
  // relative clause: the relative pronoun before the clause's own subject is its object
  perToken('relative-object', { deprel: ['nsubj', 'nsubj:pass'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    // (also read as a passive subject: "which China criticised")
    if ((t.deprel !== 'nsubj' && t.deprel !== 'nsubj:pass') || !REL_PRONOUNS.has(t.text.toLowerCase()) || v <= k || v >= tokens.length) return null;
    // (and with the clause hung elsewhere, "condemned the attack, which Afghan forces carried out" with the clause a
    // parataxis of "condemned": it is the relative clause of the noun before the pronoun)
    const n = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    const misplaced = tokens[v].deprel !== 'acl:relcl' && tokens[v].upos === 'VERB' && n >= 0 && isNominal(tokens[n]) && tokens[v].head !== n;
    if (tokens[v].deprel !== 'acl:relcl' && !misplaced) return null;
    const subject = tokens.findIndex((d, x) => x > k && x < v && d.head === v && d.deprel === 'nsubj');
    if (subject < 0 || tokens.some((d) => d.head === v && (d.deprel === 'obj' || d.deprel === 'aux:pass'))) return null;
    const w = copy();
    w[k].deprel = 'obj';
    if (misplaced) {
      attach(w, v, n, 'acl:relcl');
      if (n === k - 2) attach(w, k - 1, v, 'punct');
    }
    return `'${t.text}' is the object of '${tokens[v].text}', '${tokens[subject].text}' its subject${misplaced ? `, the clause '${tokens[n].text}''s` : ''}`;
  }),
  // "a ceasefire brokered by the United States and France" with "France" a conjunct of the verb: a noun joined by
  // "and" to a verb whose last argument before it is a noun is that noun's conjunct
  perToken('noun-conjunct', { upos: ['NOUN', 'PROPN'], deprel: ['conj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const h = t.head;
    if (t.deprel !== 'conj' || !isNominal(t) || h < 0 || h >= k || tokens[h].upos !== 'VERB' || !tokens.some((d) => d.head === k && d.deprel === 'cc')) return null;
    let j = -1;
    for (let x = k - 1; x > h; x--) {
      if (tokens[x].head === h && /^(obj|obl|obl:agent|iobj)$/.test(tokens[x].deprel) && isNominal(tokens[x])) {
        j = x;
        break;
      }
    }
    if (j < 0) return null;
    copy()[k].head = j;
    return `'${t.text}' is a conjunct of '${tokens[j].text}'`;
  }),
  // "fired rubber bullets and tear gas at supporters" with "tear" read as a verb and "gas" its object: "tear gas"
  // is a noun, conjoined where the verb was, and what hung on the verb belongs to the verb of the coordination
  perToken('tear-gas', { upos: ['VERB'], text: ['tear'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const g = k + 1;
    if (t.upos !== 'VERB' || t.text.toLowerCase() !== 'tear' || tokens[g]?.text.toLowerCase() !== 'gas' || tokens[g].head !== k) return null;
    const w = copy();
    attach(w, g, t.head, t.deprel);
    attach(w, k, g, 'compound');
    retag(w, k, 'NOUN', 'NN');
    // (the coordination's verb: the head of the first conjunct)
    let verb = t.head;
    if (t.deprel === 'conj' && verb >= 0) verb = tokens[verb].upos === 'VERB' ? verb : tokens[verb].head;
    tokens.forEach((d, x) => {
      // (a clause the parser hung on "gas", "to disperse the crowd", is the verb's purpose too)
      if (d.head === g && verb >= 0 && /^(xcomp|advcl)/.test(d.deprel)) w[x].head = verb;
      if (d.head !== k || x === g) return;
      w[x].head = d.deprel === 'cc' ? g : verb >= 0 ? verb : g;
    });
    return "'tear gas' is a noun";
  }),
  {
    // "Saudi-led coalition warplanes bombed Houthi positions" parsed with "led" the root, the warplanes its object and
    // "bombed" their modifier: the hyphened participle modifies the noun, the noun's clause is the sentence's verb
    name: 'hyphen-participle',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 2 || !isPastForm(tokens[r]) || tokens[r - 1].text !== '-' || tokens[r - 2].head !== r) return null;
      const n = tokens.findIndex((d, k) => k > r && d.head === r && d.deprel === 'obj' && isNominal(d));
      if (n < 0 || tokens.some((d, k) => k > r && k < n && d.head === r && d.deprel !== 'punct')) return null;
      const p = tokens.findIndex((d, k) => k > n && d.head === n && d.deprel === 'acl' && isPastForm(d) && tokens.some((c) => c.head === k && c.deprel === 'obj'));
      if (p < 0 || tokens.some((d) => d.head === p && (d.deprel.startsWith('aux') || d.text.toLowerCase() === 'by'))) return null;
      const w = copy();
      makeVerb(w, p, n, 'nsubj');
      attach(w, r, n, 'amod');
      w.forEach((d, x) => {
        if (x > p && d.head === r) d.head = p;
      });
      return `'${tokens[p].text}' is the verb, '${tokens[r - 2].text}-${tokens[r].text}' a modifier of '${tokens[n].text}'`;
    },
  },
  // "Ukraine fired US-made ATACMS missiles into Russian territory" parsed with "made" a clause of "fired" and the
  // missiles its object: a participle joined by a hyphen to the word before it ("US-made", "Iranian-built") is an
  // adjective of the noun after it, and that noun the object of the verb
  perToken('hyphen-participle-object', { xpos: ['VBN', 'VBD'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (k < 2 || tokens[k - 1].text !== '-' || tokens[k - 2].spaceAfter || tokens[k - 1].spaceAfter || tokens[k - 2].head !== k) return null;
    if (!/^(ccomp|xcomp|advcl)$/.test(t.deprel) || v < 0 || v >= k || tokens[v].upos !== 'VERB') return null;
    const n = tokens.findIndex((d, x) => x > k && d.head === k && d.deprel === 'obj' && isNominal(d));
    if (n < 0 || tokens.some((d, x) => d.head === k && (x < k - 2 || d.deprel.startsWith('aux') || d.deprel.startsWith('nsubj')))) return null;
    if (tokens.some((d, x) => x !== k && d.head === v && d.deprel === 'obj')) return null;
    if (tokens.some((d, x) => x > k && x < n && d.head !== n && tokens[d.head]?.head !== n)) return null;
    const w = copy();
    attach(w, n, v, 'obj');
    attach(w, k, n, 'amod');
    retag(w, k, 'ADJ', 'JJ');
    attach(w, k - 2, k, 'obl:npmod');
    // (what the parser hung on the participle after its object belongs to the verb: "into Russian territory")
    tokens.forEach((d, x) => { if (x > n && d.head === k) w[x].head = v; });
    return `'${tokens[k - 2].text}-${t.text}' is an adjective of '${tokens[n].text}', the object of '${tokens[v].text}'`;
  }),
  // "threatened sweeping tariffs and sanctions on Colombia" parsed with "sweeping" a verb complement and the
  // tariffs its object: an -ing word of degree before a noun is the noun's adjective, the noun the verb's object
  perToken('gerund-adjective', { xpos: ['VBG'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const n = k + 1;
    const h = t.head;
    if (t.xpos !== 'VBG' || !DEGREE_GERUNDS.has(t.text.toLowerCase()) || h < 0 || h >= tokens.length || tokens[h].upos !== 'VERB') return null;
    if (!/^(xcomp|ccomp|advcl|obj)$/.test(t.deprel) || tokens[n]?.head !== k || tokens[n].deprel !== 'obj' || !isNominal(tokens[n])) return null;
    const w = copy();
    attach(w, n, h, 'obj');
    attach(w, k, n, 'amod');
    retag(w, k, 'ADJ', 'JJ');
    tokens.forEach((d, x) => {
      if (d.head === k && x !== n) w[x].head = d.deprel === 'obl' || d.deprel === 'punct' ? h : n;
    });
    return `'${t.text}' is an adjective of '${tokens[n].text}', the object of '${tokens[h].text}'`;
  }),
  screened({ lemma: DEMAND_VERBS }, {
    // "demanded that the Taliban reopen secondary schools", "demanded that Moscow release reporter Evan Gershkovich"
    // with the verb after the name tagged a noun (a subjunctive after a name is rare in the training text): after a
    // verb of demanding and "that", a name, a bare lower-case singular "noun" and a noun phrase are subject, verb, object
    name: 'subjunctive-verb',
    apply(tokens, copy, codes) {
      for (let d = 0; d + 3 < tokens.length; d++) {
        if (!DEMAND_VERBS.has(codes.lemma[d])) continue;
        // ("demanded on Friday that ...": a time phrase between them)
        const timed = /^(on|in|last|this|earlier)$/.test(codes.text[d + 1]) && TIME_WORDS.has(codes.lemma[d + 2]);
        const k = timed ? d + 3 : d + 1;
        if (codes.text[k] !== 'that') continue;
        let j = k + 1;
        const det = tokens[j].upos === 'DET' ? j++ : -1;
        const s0 = j;
        // (a name, or a possessed noun: "Prime Minister Irakli Kobakhidze's government step down")
        while (j < tokens.length && (tokens[j].upos === 'PROPN' || (j > s0 && isPossessiveS(tokens[j].text) && tokens[j + 1]?.upos === 'NOUN') ||
          (j > s0 + 1 && isPossessiveS(tokens[j - 1].text) && tokens[j].upos === 'NOUN' && tokens[j + 1]?.upos === 'NOUN') ||
          (tokens[j].upos === 'ADJ' && /^\p{Lu}/u.test(tokens[j].text) && tokens[j + 1]?.upos === 'PROPN'))) j++;
        if (j > s0 && isPossessiveS(tokens[j - 1].text)) continue;
        const subjEnd = j;
        // (an adverb before the verb: "that the Taliban swiftly reverse policies")
        const adverbs: number[] = [];
        while (j < tokens.length && tokens[j].upos === 'ADV' && /ly$/.test(tokens[j].text)) adverbs.push(j++);
        const v = j;
        const t = tokens[v];
        if (subjEnd === s0 || subjEnd - s0 > 8 || !t || t.upos !== 'NOUN' || t.xpos !== 'NN' || !/^[a-z]+$/.test(t.text)) continue;
        let last = -1;
        // (participles of the phrase too: "release six detained South Korean missionaries")
        for (let o = v + 1; o < tokens.length && (/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(tokens[o].upos) || (tokens[o].upos === 'VERB' && tokens[o].xpos === 'VBN')) &&
          !(tokens[o].upos === 'DET' && o > v + 1); o++) {
          if (isNominal(tokens[o])) last = o;
        }
        // ("demanded that Nicolas Maduro step down": no object, a particle; "that Japan stop releasing water": a gerund)
        const particle = last < 0 && LOOSE_PARTICLES.has(tokens[v + 1]?.text.toLowerCase() ?? '') ? v + 1 : -1;
        const gerund = last < 0 && particle < 0 && tokens[v + 1]?.upos === 'VERB' && tokens[v + 1].xpos === 'VBG' ? v + 1 : -1;
        if (last < 0 && particle < 0 && gerund < 0) continue;
        const subj = subjEnd - 1;
        const w = copy();
        for (const a of adverbs) attach(w, a, v, 'advmod');
        if (timed) {
          attach(w, d + 2, d, 'obl');
          attach(w, d + 1, d + 2, tokens[d + 1].upos === 'ADP' ? 'case' : tokens[d + 1].upos === 'DET' ? 'det' : 'amod');
        }
        if (particle >= 0 || gerund >= 0) {
          const after = particle >= 0 ? particle : v;
          tokens.forEach((c, x) => {
            if (x > after && x !== gerund && c.head >= k && c.head <= after) w[x].head = v;
          });
          attach(w, subj, v, 'nsubj');
          attach(w, v, d, 'ccomp');
          retag(w, v, 'VERB', 'VB');
          w[v].lemma = t.text;
          attach(w, k, v, 'mark');
          if (particle >= 0) attach(w, particle, v, 'compound:prt');
          else attach(w, gerund, v, 'xcomp');
          placeSubject(w, tokens, s0, subj, det);
          return `'${t.text}${particle >= 0 ? ` ${tokens[particle].text}` : ''}' is the verb of '${tokens[subj].text}' in what '${tokens[d].text}' asks for`;
        }
        placeSubject(w, tokens, s0, subj, det);
        for (let x = v + 1; x < last; x++) attach(w, x, last, phraseRelation(tokens[x]));
        // what hung on the misread phrase after it stays with the object, or with the verb when it hung on the verb
        tokens.forEach((c, x) => {
          if (x <= last || c.head < k || c.head > last) return;
          w[x].head = c.head === v || (c.head >= s0 && c.head <= subj) ? v : last;
        });
        // ("..., who has been held since March": the clause the parser built around the phrase is a relative clause on the object)
        tokens.forEach((c, x) => {
          if (x > last && c.head === d && c.deprel === 'ccomp' && hasRelativePronoun(tokens, x)) {
            attach(w, x, last, 'acl:relcl');
          }
        });
        attach(w, subj, v, 'nsubj');
        attach(w, v, d, 'ccomp');
        retag(w, v, 'VERB', 'VB');
        attach(w, k, v, 'mark');
        attach(w, last, v, 'obj');
        return `'${t.text}' is the verb of '${tokens[subj].text}' in what '${tokens[d].text}' asks for`;
      }
      return null;
    },
  }),
  // "Saudi Arabia pledged to deposit $3 billion in ..." with "to deposit" read as a preposition and a noun: after a
  // verb of intent, "to" and a bare singular noun followed by the verb's object are an infinitive and its object
  perToken('infinitive-noun', { upos: ['NOUN'], xpos: ['NN'], deprel: ['obl'] }, (tokens, copy, n) => {
    const t = tokens[n];
    const to = n - 1;
    const h = t.head;
    if (t.upos !== 'NOUN' || t.xpos !== 'NN' || t.deprel !== 'obl' || to < 1 || h < 0 || h >= to || tokens[to].text.toLowerCase() !== 'to' || tokens[to].head !== n) return null;
    if (!INTENT_VERBS.has(tokens[h].lemma.toLowerCase()) || tokens.some((d, x) => x < to && x > h && d.head === h && d.deprel !== 'punct')) return null;
    // the verb's object right after the noun ("$3 billion", "troops"), and nothing hung on the noun but "to"
    const o = n + 1;
    if (o >= tokens.length || tokens[o].head !== h || tokens[o].deprel !== 'obj' || tokens.some((d, x) => d.head === n && x !== to)) return null;
    const w = copy();
    retag(w, to, 'PART', 'TO');
    w[to].deprel = 'mark';
    retag(w, n, 'VERB', 'VB');
    w[n].deprel = 'xcomp';
    w[o].head = n;
    tokens.forEach((d, x) => {
      if (x > o && d.head === h && /^(obl|advcl|xcomp)$/.test(d.deprel)) w[x].head = n;
    });
    return `'to ${t.text}' is the infinitive complement of '${tokens[h].text}'`;
  }),
  // "vetoed a resolution put forward by Algeria" parsed with the resolution the subject of a clause "put forward by
  // Algeria": a past participle with a by-agent and no auxiliary is a reduced relative on the noun, the verb's object
  perToken('reduced-relative', { xpos: ['VBN'], deprel: ['ccomp'] }, (tokens, copy, p) => {
    const t = tokens[p];
    const v = t.head;
    if (t.xpos !== 'VBN' || t.deprel !== 'ccomp' || v < 0 || v >= p || tokens[v].upos !== 'VERB' || tokens.some((d) => d.head === v && d.deprel === 'obj')) return null;
    const kids = tokens.map((d, x) => (d.head === p ? x : -1)).filter((x) => x >= 0);
    const n = kids.find((x) => x < p && tokens[x].deprel === 'nsubj' && isNominal(tokens[x]));
    if (n === undefined || n !== p - 1 || !kids.some((x) => tokens[x].deprel === 'obl:agent') || kids.some((x) => tokens[x].deprel.startsWith('aux') || tokens[x].deprel === 'mark')) return null;
    const w = copy();
    attach(w, n, v, 'obj');
    attach(w, p, n, 'acl');
    // ("..., that demanded a ceasefire": the relative clause the parser hung on the participle is the noun's)
    for (const x of kids) if (x > p && tokens[x].deprel === 'ccomp' && hasRelativePronoun(tokens, x)) {
      attach(w, x, n, 'acl:relcl');
    }
    return `'${t.text}' is a reduced relative on '${tokens[n].text}', the object of '${tokens[v].text}'`;
  }),
  // "extradited Hugo Carvajal, Venezuela's former intelligence chief, to the United States" parsed with "to the
  // United States" a conjunct of the verb: a noun with a preposition and no conjunction is the verb's oblique
  perToken('oblique-conjunct', { upos: ['NOUN', 'PROPN'], deprel: ['conj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const h = t.head;
    if (t.deprel !== 'conj' || !isNominal(t) || h < 0 || h >= k || tokens[h].upos !== 'VERB') return null;
    const kids = tokens.filter((d) => d.head === k);
    if (!kids.some((d) => d.deprel === 'case' && d.upos === 'ADP') || kids.some((d) => d.deprel === 'cc')) return null;
    copy()[k].deprel = 'obl';
    return `'${t.text}' is an oblique of '${tokens[h].text}'`;
  }),
  // "rejected renewed calls from ASEAN", "condemned continued attacks" with the participle read as a second verb
  // joined to the first without a conjunction: it is an adjective of the noun, the noun the first verb's object
  perToken('participle-adjective', { upos: ['VERB'], xpos: ['VBD', 'VBN'], deprel: ['conj'] }, (tokens, copy, p) => {
    const t = tokens[p];
    const h = p - 1;
    const o = p + 1;
    if (!isPastForm(t) || t.deprel !== 'conj' || t.head !== h || tokens[h].upos !== 'VERB' || o >= tokens.length) return null;
    if (tokens[o].head !== p || tokens[o].deprel !== 'obj' || !isNominal(tokens[o]) || tokens.some((d) => d.head === p && /^(cc|nsubj|nsubj:pass|aux|aux:pass|mark)$/.test(d.deprel))) return null;
    if (tokens.some((d) => d.head === h && d.deprel === 'obj')) return null;
    const w = copy();
    attach(w, o, h, 'obj');
    attach(w, p, o, 'amod');
    w[p].xpos = 'VBN';
    tokens.forEach((d, x) => {
      if (d.head === p && x !== o) w[x].head = x > o ? h : o;
    });
    return `'${t.text}' is an adjective of '${tokens[o].text}', the object of '${tokens[h].text}'`;
  }),
  {
    // "World Food Programme trucks delivered flour to ..." parsed with "Food" the root and "trucks delivered" a
    // relative clause on it: a clause with no relative word whose subject continues the root's compound is the sentence
    name: 'compound-root',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || !isNominal(tokens[r])) return null;
      const p = tokens.findIndex((t, k) => k > r && t.head === r && (t.deprel === 'acl:relcl' || t.deprel === 'advcl:relcl') && t.upos === 'VERB');
      if (p < 0) return null;
      const s = tokens.findIndex((t, k) => k > r && k < p && t.head === p && t.deprel === 'nsubj' && isNominal(t));
      if (s < 0 || hasRelativePronoun(tokens, p) || tokens.some((t) => t.head === p && t.deprel === 'mark')) return null;
      // every word between the root and the subject is a noun of the same name
      for (let k = r + 1; k < s; k++) if (!isNominal(tokens[k]) || tokens[k].head < r || tokens[k].head > s) return null;
      const w = copy();
      attach(w, p, -1, 'root');
      attach(w, r, s, 'compound');
      for (let k = r + 1; k < s; k++) w[k].head = s;
      tokens.forEach((t, k) => {
        if (t.head === r && k > p) w[k].head = p;
      });
      return `'${tokens[p].text}' is the verb, '${tokens[r].text} ... ${tokens[s].text}' its subject`;
    },
  },
  // "fired rockets loaded with sarin at rebel-held suburbs" parsed as a small clause (the rockets the subject of
  // "loaded", itself the complement of "fired"): the participle modifies the noun, the noun is the verb's object,
  // and the target phrase hung inside the participle's phrase is the verb's
  perToken('participle-object', { xpos: ['VBN'], deprel: ['xcomp', 'conj'] }, (tokens, copy, p) => {
    const t = tokens[p];
    const v = t.head;
    const n = p - 1;
    // (or "fired shells filled with chlorine at ..." with the participle a conjunct of the verb)
    if (t.xpos !== 'VBN' || (t.deprel !== 'xcomp' && t.deprel !== 'conj') || v < 0 || v >= n || tokens[v].upos !== 'VERB' || tokens[n].head !== p || tokens[n].deprel !== 'nsubj' || !isNominal(tokens[n])) return null;
    if (tokens.some((d) => (d.head === p && (d.deprel.startsWith('aux') || d.deprel === 'mark' || d.deprel === 'cc')) || (d.head === v && d.deprel === 'obj'))) return null;
    const w = copy();
    attach(w, n, v, 'obj');
    attach(w, p, n, 'acl');
    tokens.forEach((d, x) => {
      if (x <= p || !dominates(tokens, p, x, 4) || !tokens.some((c) => c.head === x && c.deprel === 'case' && TARGET_PREPOSITIONS.has(c.text.toLowerCase()))) return;
      attach(w, x, v, 'obl');
    });
    return `'${t.text}' modifies '${tokens[n].text}', the object of '${tokens[v].text}'`;
  }),
  // "Mali ordered the UN peacekeeping mission to leave the country" parsed with "to leave" a clause of the noun: after
  // a verb that tells its object to act, the infinitive hung on the object is the verb's complement
  perToken('object-control', { upos: ['VERB'], deprel: ['acl'] }, (tokens, copy, p) => {
    const t = tokens[p];
    const o = t.head;
    if (t.deprel !== 'acl' || t.upos !== 'VERB' || o < 0 || o >= p || tokens[o].deprel !== 'obj' || !isNominal(tokens[o])) return null;
    const v = tokens[o].head;
    if (v < 0 || v >= o || !OBJECT_CONTROL_VERBS.has(tokens[v].lemma.toLowerCase()) || !tokens.some((d, x) => d.head === p && d.deprel === 'mark' && d.text.toLowerCase() === 'to' && x < p)) return null;
    if (tokens.some((d) => d.head === v && d.deprel === 'xcomp')) return null;
    const w = copy();
    attach(w, p, v, 'xcomp');
    return `'${t.text}' is the complement of '${tokens[v].text}'`;
  }),
  {
    // "A U.S. fighter jet shot down a Chinese balloon" with "shot" tagged a noun and made the root: a noun with an
    // object of its own is a verb, the noun before it its subject
    name: 'noun-verb',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      const s = r - 1;
      if (r < 1 || tokens[r].upos !== 'NOUN' || tokens[r].xpos !== 'NN' || !isNominal(tokens[s]) || tokens[s].head !== r || tokens[s].deprel !== 'compound') return null;
      if (!tokens.some((t, x) => x > r && t.head === r && t.deprel === 'obj') || tokens.some((t) => t.head === r && t.deprel.startsWith('nsubj'))) return null;
      const w = copy();
      retag(w, r, 'VERB', 'VBD');
      w[s].deprel = 'nsubj';
      tokens.forEach((t, x) => {
        // the words before the subject were the root's modifiers: they are the subject's
        if (x < s && t.head === r) w[x].head = s;
        // ("shot down": the particle)
        if (x === r + 1 && t.head === r && t.deprel === 'advmod' && LOOSE_PARTICLES.has(t.text.toLowerCase())) w[x].deprel = 'compound:prt';
      });
      return `'${tokens[r].text}' is the verb, '${tokens[s].text}' its subject`;
    },
  },
  // "Jordan said its air force shot down Iranian drones" with "shot" tagged a noun inside one long noun phrase
  // ("force shot ... drones"): a past form that is also a noun, followed by its particle, is the verb; the noun
  // before it is its subject and the phrase's head its object
  perToken('particle-noun-verb', { upos: ['NOUN'], text: [...PAST_NOUNS.keys()] }, (tokens, copy, k) => {
    const t = tokens[k];
    const lemma = PAST_NOUNS.get(t.text.toLowerCase());
    const s = k - 1;
    const h = t.head;
    if (lemma === undefined || t.upos !== 'NOUN' || s < 0 || !isNominal(tokens[s]) || tokens[s].head !== k) return null;
    // (or the root itself, its subject before it and the phrase after the particle hung on it: "Iran's Revolutionary
    // Guards shot down a U.S. surveillance drone")
    const o = tokens[k + 1]?.head ?? -1;
    if (h < 0 && tokens[s].deprel.startsWith('nsubj') && LOOSE_PARTICLES.has(tokens[k + 1]?.text.toLowerCase() ?? '') && o > k + 1 && o < tokens.length &&
      isNominal(tokens[o]) && tokens[o].head === k) {
      const w = copy();
      retag(w, k, 'VERB', 'VBD');
      w[k].lemma = lemma;
      attach(w, k + 1, k, 'compound:prt');
      attach(w, o, k, 'obj');
      return `'${t.text} ${tokens[k + 1].text}' is the verb, '${tokens[o].text}' its object`;
    }
    if (h <= k + 1 || h >= tokens.length) return null;
    const prt = k + 1;
    if (!LOOSE_PARTICLES.has(tokens[prt].text.toLowerCase()) || (tokens[prt].head !== h && tokens[prt].head !== k) || !isNominal(tokens[h])) return null;
    const g = tokens[h].head;
    const w = copy();
    retag(w, k, 'VERB', 'VBD');
    w[k].lemma = lemma;
    attach(w, k, g, g >= 0 && tokens[g].upos === 'VERB' && NOMINAL_RELATIONS.test(tokens[h].deprel) ? 'ccomp' : tokens[h].deprel);
    tokens.forEach((d, x) => { if (x < s && (d.head === k || d.head === h)) w[x].head = s; });
    attach(w, s, k, 'nsubj');
    attach(w, prt, k, 'compound:prt');
    attach(w, h, k, 'obj');
    return `'${t.text} ${tokens[prt].text}' is the verb, '${tokens[s].text}' its subject, '${tokens[h].text}' its object`;
  }),
  // "raided Serbian-run post offices" parsed with "run" a clause of the verb and "offices" its object: a hyphened
  // participle of owning, leading or backing ("Serbian-run", "Russian-owned", "Rwandan-backed") modifies the noun after
  // it, which takes its place (before its verb, as the verb's subject: "Rwandan-backed M23 rebels captured ...")
  perToken('hyphen-modifier', { upos: ['VERB'], xpos: ['VBD', 'VBN'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const v = t.head;
    if (!isPastForm(t) || k < 2 || tokens[k - 1].text !== '-' || tokens[k - 2].head !== k || v < 0 || v >= tokens.length || !HYPHEN_PARTICIPLES.has(t.lemma.toLowerCase())) return null;
    const o = tokens.findIndex((d, x) => x > k && d.head === k && d.deprel === 'obj' && isNominal(d));
    if (o < 0 || tokens.some((d) => d.head === k && (d.deprel.startsWith('nsubj') || d.deprel.startsWith('aux')))) return null;
    const w = copy();
    const subject = o < v && tokens[v].upos === 'VERB' && !tokens.some((d) => d.head === v && d.deprel.startsWith('nsubj'));
    attach(w, o, v, subject ? 'nsubj' : tokens[v].upos === 'VERB' && /^(ccomp|xcomp|obj)$/.test(t.deprel) ? 'obj' : t.deprel);
    attach(w, k, o, 'amod');
    tokens.forEach((d, x) => {
      if (d.head === k && x > o) w[x].head = o;
    });
    return `'${tokens[k - 2].text}-${t.text}' modifies '${tokens[o].text}'`;
  }),
  {
    // "... killed al-Qaeda leader Ayman al-Zawahiri, President Joe Biden announced" with the speaker read as one more
    // conjunct of the object and the report verb as a conjunct of the verb: the name after the comma is the speaker
    name: 'trailing-speaker',
    apply(tokens, copy) {
      let r = tokens.length - 1;
      while (r > 0 && tokens[r].upos === 'PUNCT') r--;
      const t = tokens[r];
      if (!REPORT_VERBS.has(t.lemma.toLowerCase()) || (t.deprel !== 'conj' && t.deprel !== 'parataxis') || tokens.some((d) => d.head === r && d.deprel.startsWith('nsubj'))) return null;
      // the speaker's phrase ends right before the verb; its head is the word of it hung outside it
      const start = speakerStart(tokens, r, 6);
      if (start < 0) return null;
      const s = tokens.findIndex((d, x) => x >= start && x < r && (d.head < start || d.head >= r));
      if (s < 0 || !isNominal(tokens[s]) || tokens[s].deprel !== 'conj' || tokens.slice(start, r).some((d) => d.upos === 'VERB' || d.upos === 'CCONJ')) return null;
      const w = copy();
      attach(w, s, r, 'nsubj');
      return `'${tokens[s].text}' is the speaker of '${t.text}'`;
    },
  },
  {
    // "Russia has massed troops near its border with Ukraine and in Crimea, the European Union's foreign policy chief
    // Josep Borrell said on Monday" with the speaker read as a conjunct of "Ukraine" and the report verb, the root, left
    // without a subject: the phrase between the last comma and the report verb is its speaker
    name: 'root-speaker',
    apply(tokens, copy) {
      const r = tokens.findIndex((d) => d.head < 0);
      if (r < 3 || !REPORT_VERBS.has(tokens[r].lemma.toLowerCase()) || tokens.some((d) => d.head === r && d.deprel.startsWith('nsubj'))) return null;
      const start = speakerStart(tokens, r, 10);
      if (start < 0) return null;
      // (the parse may hang several of its words outside: "NATO", "Secretary" and "Mark" each a conjunct; the last heads it)
      const outs = tokens.map((d, x) => x).filter((x) => x >= start && x < r && (tokens[x].head < start || tokens[x].head >= r));
      const s = outs[outs.length - 1];
      if (s === undefined || outs.some((x) => !isNominal(tokens[x]) || !/^(conj|appos)$/.test(tokens[x].deprel)) ||
        tokens.slice(start, r).some((d) => d.upos === 'VERB' || d.upos === 'CCONJ')) return null;
      const w = copy();
      for (const x of outs) if (x !== s) attach(w, x, s, 'compound');
      attach(w, s, r, 'nsubj');
      return `'${tokens[s].text}' is the speaker of '${tokens[r].text}'`;
    },
  },
  {
    // "The United States has delivered Patriot missiles to Ukraine, Pentagon officials said" with "Pentagon" an apposition
    // of "Ukraine" and "officials" alone the subject of "said": the words between the last comma and the report verb's
    // subject are the subject's modifiers
    name: 'speaker-words',
    apply(tokens, copy) {
      // (the report verb ends the sentence, whatever the parser hung it on)
      let r = tokens.length - 1;
      while (r > 0 && tokens[r].upos === 'PUNCT') r--;
      if (r < 3 || !REPORT_VERBS.has(tokens[r].lemma.toLowerCase())) return null;
      const start = speakerStart(tokens, r, 6);
      const s = start < 0 ? -1 : tokens.findIndex((d, x) => x > start && x < r && d.head === r && d.deprel === 'nsubj' && isNominal(d));
      if (s < 0 || tokens.slice(start, r).some((d) => d.upos === 'VERB' || d.upos === 'CCONJ' || d.upos === 'PUNCT')) return null;
      const outs = tokens.map((d, x) => x).filter((x) => x >= start && x < s && (tokens[x].head < start || tokens[x].head >= r));
      if (outs.length === 0 || outs.some((x) => !isNominal(tokens[x]) && tokens[x].upos !== 'ADJ')) return null;
      const w = copy();
      for (const x of outs) attach(w, x, s, tokens[x].upos === 'ADJ' ? 'amod' : 'compound');
      return `'${outs.map((x) => tokens[x].text).join(' ')}' belongs to the speaker '${tokens[s].text}'`;
    },
  },
  // "supplied S-400 air defence systems to India" (tokenized S - 400, as EWT does) parsed with "S" the object
  // and "systems" a second argument: a model designator before a noun phrase is that noun's modifier
  perToken('designator', { upos: ['NOUN', 'PROPN'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if ((t.upos !== 'PROPN' && t.upos !== 'NOUN') || tokens[k + 1]?.text !== '-' || tokens[k + 2]?.upos !== 'NUM' || tokens[k + 2].head !== k) return null;
    let h = k + 3;
    while (h < tokens.length && (tokens[h].upos === 'NOUN' || tokens[h].upos === 'PROPN' || tokens[h].upos === 'ADJ') && tokens[h].head > h && tokens[h].head <= h + 3) h++;
    if (h >= tokens.length || (tokens[h].upos !== 'NOUN' && tokens[h].upos !== 'PROPN') || t.head === h || dominates(tokens, h, k, 8)) return null;
    const w = copy();
    attach(w, h, t.head, t.deprel);
    attach(w, k, h, 'compound');
    return `'${t.text}-${tokens[k + 2].text}' modifies '${tokens[h].text}'`;
  }),
  // "produce fighter jets jointly with New Delhi" with "with New Delhi" hung on the adverb: a manner
  // adverb takes no phrase of its own, the verb does
  perToken('oblique-on-adverb', { deprel: ['obl'] }, (tokens, copy, k) => {
    const a = tokens[k].head;
    if (tokens[k].deprel !== 'obl' || a < 0 || a >= tokens.length || tokens[a].upos !== 'ADV' || !/ly$/i.test(tokens[a].text) || tokens[a].deprel !== 'advmod') return null;
    const v = tokens[a].head;
    if (v < 0 || v >= tokens.length || tokens[v].upos !== 'VERB') return null;
    copy()[k].head = v;
    return `'${tokens[k].text}' belongs to '${tokens[v].text}'`;
  }),
  // "renewed the group's demand for a full Israeli withdrawal" with "for ... withdrawal" hung on the verb: the
  // "for" phrase right after a noun of asking (demand, call, appeal, request) is what it asks for
  perToken('request-for', { deprel: ['obl'] }, (tokens, copy, x) => {
    const t = tokens[x];
    const v = t.head;
    if (t.deprel !== 'obl' || v < 0 || v >= tokens.length || tokens[v].upos !== 'VERB') return null;
    const prep = tokens.findIndex((k, c) => c < x && k.head === x && k.deprel === 'case' && k.text.toLowerCase() === 'for');
    const n = prep - 1;
    if (prep < 0 || n < 0 || tokens[n].head !== v || tokens[n].deprel !== 'obj' || !ASKING_NOUNS.has(tokens[n].lemma.toLowerCase())) return null;
    const w = copy();
    attach(w, x, n, 'nmod');
    return `'for ${t.text}' is what '${tokens[n].text}' asks for`;
  }),
  // "Abdullah Abdullah, Afghanistan's top negotiator, met the Taliban" parsed as a clause "Abdullah (is) negotiator"
  // hung on the verb, the country a conjunct of the name: a title noun between commas after a name, before a verb that
  // has no subject, is the name's apposition, the name the verb's subject and the possessive the title's owner
  perToken('apposition-clause', { upos: ['NOUN'], deprel: ['advcl', 'parataxis', 'dep'] }, (tokens, copy, n) => {
    const t = tokens[n];
    const v = t.head;
    if (v <= n + 1 || v >= tokens.length || tokens[v].upos !== 'VERB' || tokens[n + 1].text !== ',' || tokens.some((d) => d.head === v && d.deprel.startsWith('nsubj'))) return null;
    const s = tokens.findIndex((d, x) => x < n && d.head === n && d.deprel.startsWith('nsubj') && d.upos === 'PROPN');
    if (s < 0 || !tokens.some((d, x) => x > s && x < n && d.text === ',') || tokens.some((d) => d.head === n && d.deprel === 'cop')) return null;
    const w = copy();
    attach(w, s, v, 'nsubj');
    attach(w, n, s, 'appos');
    attach(w, n + 1, n, 'punct');
    // ("Afghanistan's", read as a conjunct of the name: the title's owner)
    tokens.forEach((d, x) => {
      if (x > s && x < n && d.head === s && d.deprel === 'conj' && tokens.some((c) => c.head === x && c.deprel === 'case' && isPossessiveS(c.text))) attach(w, x, n, 'nmod:poss');
    });
    return `'${t.text}' is the apposition of '${tokens[s].text}', the subject of '${tokens[v].text}'`;
  }),
  // "arrested Cecilia Sala, an Italian journalist, in Tehran" with the apposition hung on the verb: an
  // apposition belongs to the noun right before its comma
  perToken('apposition-on-verb', { deprel: ['appos'] }, (tokens, copy, a) => {
    const t = tokens[a];
    const h = t.head;
    // (a noun that sums up the verb's act is the verb's: "..., a decision Israel denounced")
    if (t.deprel !== 'appos' || h < 0 || h >= a || tokens[h].upos !== 'VERB' || SUMMARY_NOUNS.has(t.lemma.toLowerCase())) return null;
    let start = a;
    while (start > 0 && tokens[start - 1].head === a && tokens[start - 1].text !== ',') start--;
    const n = start - 2;
    if (n <= h || tokens[start - 1]?.text !== ',' || (tokens[n].upos !== 'NOUN' && tokens[n].upos !== 'PROPN') || !dominates(tokens, h, n, 4)) return null;
    copy()[a].head = n;
    return `'${t.text}' is the apposition of '${tokens[n].text}'`;
  }),
  // An object the parser gave another relation: "Pakistan has expelled more than 400,000 Afghans" with
  // "Afghans" a passive subject after an active verb (a subject before it, no passive auxiliary), and
  // "Russia attacked Ukraine last March" parsed with "Ukraine" a compound of "March": a name before "last", "next" or
  // "this" and a time word is no part of the time phrase but the verb's object, the time word its time
  perToken('time-phrase-object', { lemma: TIME_WORDS, deprel: ['obl', 'obj', 'obl:tmod', 'obl:unmarked'] }, (tokens, copy, n) => {
    const t = tokens[n];
    const v = t.head;
    if (!TIME_WORDS.has(t.lemma.toLowerCase()) || v < 0 || v >= n || tokens[v].upos !== 'VERB') return null;
    const m = n - 1;
    if (!TIME_DETERMINERS.has(tokens[m].text.toLowerCase()) || tokens[m].head !== n) return null;
    const c = m - 1;
    if (c <= v || tokens[c].head !== n || tokens[c].deprel !== 'compound' || !isNominal(tokens[c])) return null;
    if (tokens.some((d, x) => x !== n && d.head === v && d.deprel === 'obj')) return null;
    const w = copy();
    attach(w, c, v, 'obj');
    tokens.forEach((d, x) => { if (x < c && d.head === n && d.deprel !== 'case') w[x].head = c; });
    attach(w, n, v, 'obl:tmod');
    return `'${tokens[c].text}' is the object of '${tokens[v].text}', '${tokens[m].text} ${t.text}' its time`;
  }),
  // "expelled seven senior UN officials" with the object an oblique without a preposition right after the
  // verb. A verb without an object has one there.
  // ("North Korea warned the United States of ..." with a second subject after the verb: the same)
  perToken('misread-object', { deprel: ['nsubj', 'nsubj:pass', 'obl'] }, (tokens, copy, n) => {
    const t = tokens[n];
    const v = t.head;
    if ((t.deprel !== 'nsubj:pass' && t.deprel !== 'obl' && t.deprel !== 'nsubj') || v < 0 || v >= n || tokens[v].upos !== 'VERB') return null;
    const kids = tokens.filter((d) => d.head === v);
    if (kids.some((d) => d.deprel === 'obj' || d.deprel === 'aux:pass' || (t.deprel === 'obl' && d.deprel === 'nsubj:pass'))) return null;
    if (t.deprel.startsWith('nsubj') && !kids.some((d) => d.deprel === 'nsubj' && d.index < v)) return null;
    // (the oblique: a noun with no preposition whose phrase follows the verb directly)
    if (t.deprel === 'obl' && ((t.upos !== 'NOUN' && t.upos !== 'PROPN') ||
      tokens.some((d, k) => (d.head === n && d.deprel === 'case') || (k > v && k < n && !dominates(tokens, n, k, 4))))) return null;
    copy()[n].deprel = 'obj';
    return `'${t.text}' is the object of '${tokens[v].text}'`;
  }),
  // "flew military aircraft carrying water and relief supplies to Tonga", "allowed 20 trucks carrying aid to enter
  // Gaza": what a vehicle carries is what the verb moves; the cargo becomes its object, the vehicle its means, and
  // what the parser hung on "carrying" (where to, when, to do what) goes back to the verb
  perToken('carried-cargo', { xpos: ['VBG'], deprel: ['acl'] }, (tokens, copy, c) => {
    const t = tokens[c];
    const n = t.head;
    if (t.deprel !== 'acl' || t.xpos !== 'VBG' || !CARRYING_VERBS.has(t.lemma.toLowerCase()) || n < 0 || n >= c) return null;
    const v = tokens[n].head;
    if (tokens[n].deprel !== 'obj' || !VEHICLE_NOUNS.has(tokens[n].lemma.toLowerCase()) || v < 0 || tokens[v].upos !== 'VERB') return null;
    const cargo = tokens.findIndex((d) => d.head === c && d.deprel === 'obj');
    if (cargo < 0) return null;
    const w = copy();
    attach(w, cargo, v, 'obj');
    attach(w, n, v, 'obl');
    tokens.forEach((d, x) => {
      if (d.head === c && x > cargo && /^(obl|advcl|xcomp)/.test(d.deprel)) w[x].head = v;
    });
    return `'${tokens[cargo].text}' is what '${tokens[v].text}' moves, '${tokens[n].text}' carrying it`;
  }),
  // "China sent a team of medical experts and 30 tonnes of supplies to Italy to help fight the outbreak" parsed with
  // "to Italy" (and the purpose after it) hung on the last noun of the long object: the destination of a verb of
  // sending is the verb's, when the verb has none of its own
  perToken('sent-to', { deprel: ['case'], text: ['to'] }, (tokens, copy, k) => {
    const d = tokens[k].head;
    if (tokens[k].text.toLowerCase() !== 'to' || tokens[k].deprel !== 'case' || d <= k || d >= tokens.length || tokens[d].upos !== 'PROPN' || tokens[d].deprel !== 'nmod') return null;
    // up the object's phrase (of-phrases, conjuncts) to the verb
    let x = tokens[d].head;
    for (let steps = 0; steps < 6 && x >= 0 && x < d && /^(nmod|conj)$/.test(tokens[x].deprel); steps++) x = tokens[x].head;
    if (x < 0 || x >= d || tokens[x].deprel !== 'obj' || x === tokens[d].head) return null;
    const v = tokens[x].head;
    if (v < 0 || v >= x || tokens[v].upos !== 'VERB' || !DESTINATION_VERBS.has(tokens[v].lemma.toLowerCase())) return null;
    if (tokens.some((o, y) => o.head === v && o.deprel === 'obl' && tokens.some((c) => c.head === y && c.deprel === 'case' && c.text.toLowerCase() === 'to'))) return null;
    const w = copy();
    attach(w, d, v, 'obl');
    // (the purpose clause after it, hung on the same noun, goes with the verb too)
    tokens.forEach((o, y) => {
      if (o.head === tokens[d].head && y > d && o.deprel === 'acl' && tokens.some((m) => m.head === y && m.deprel === 'mark' && m.text.toLowerCase() === 'to')) attach(w, y, v, 'advcl');
    });
    return `'to ${tokens[d].text}' is where '${tokens[v].text}' sends, not part of '${tokens[tokens[d].head].text}'`;
  }),
  // "Intelligence sharing between Washington and Manila now includes ..." parsed with "sharing" a verb modifying
  // "Intelligence": a gerund right after a noun, with no object and a preposition after it, is the head noun of a
  // compound ("intelligence sharing", "power sharing", "prisoner swapping")
  perToken('compound-gerund', { xpos: ['VBG'], deprel: ['acl'] }, (tokens, copy, g) => {
    const t = tokens[g];
    const n = g - 1;
    if (t.xpos !== 'VBG' || t.deprel !== 'acl' || t.head !== n || n < 0 || tokens[n].upos !== 'NOUN' || tokens[n].xpos !== 'NN') return null;
    // (before "against", "in", ... only a gerund that is nearly always a noun: "troops fighting against" is a clause)
    const next = tokens[g + 1];
    const nounLike = NOUN_GERUNDS.has(t.text.toLowerCase()) && next?.upos === 'ADP';
    if ((!nounLike && !/^(between|with|among|on|of)$/i.test(next?.text ?? '')) || tokens.some((d) => d.head === g && /^(obj|nsubj|ccomp|xcomp)/.test(d.deprel))) return null;
    const w = copy();
    retag(w, g, 'NOUN', 'NN');
    // (the noun's lemma is the gerund itself, as the lexicon writes it: "intelligence *sharing")
    w[g].lemma = t.text.toLowerCase();
    attach(w, g, tokens[n].head, tokens[n].deprel);
    attach(w, n, g, 'compound');
    // the noun's determiner and modifiers, and the phrase after the gerund, are the compound's
    tokens.forEach((d, x) => {
      if (d.head === n && x !== g) attach(w, x, g, d.deprel);
      if (d.head === g && x > g && d.deprel === 'obl') attach(w, x, g, 'nmod');
    });
    return `'${tokens[n].text} ${t.text}' is a compound noun headed by '${t.text}'`;
  }),
  // "India rejected as absurd Canadian allegations that ..." parsed with "as" the preposition of "allegations": "as" and
  // the adjective right after it are the verb's secondary predicate, fronted, and the noun is its object
  perToken('fronted-as-predicate', { deprel: ['case'], text: ['as'] }, (tokens, copy, a) => {
    const t = tokens[a];
    const n = t.head;
    const adj = a + 1;
    if (t.text.toLowerCase() !== 'as' || t.deprel !== 'case' || n <= adj + 1 || n >= tokens.length || tokens[adj].upos !== 'ADJ' || tokens[adj].head !== n) return null;
    const v = tokens[n].head;
    if (tokens[n].deprel !== 'obl' || v < 0 || v >= a || tokens[v].upos !== 'VERB' || !isNominal(tokens[n])) return null;
    if (tokens.some((d) => d.head === v && (d.deprel === 'obj' || d.deprel === 'nsubj:pass' || d.deprel === 'xcomp'))) return null;
    const w = copy();
    attach(w, n, v, 'obj');
    attach(w, adj, v, 'xcomp');
    attach(w, a, adj, 'mark');
    return `'${tokens[n].text}' is the object of '${tokens[v].text}', '${t.text} ${tokens[adj].text}' its predicate`;
  }),
  // "A loan for Pakistan was approved by the IMF" parsed as loan(acl: approved(mark: for, nsubj:pass: Pakistan)),
  // a "for X to be" clause: with a finite passive auxiliary the noun is the subject, "for Pakistan" its modifier.
  perToken('for-phrase-subject', { deprel: ['mark'], text: ['for'] }, (tokens, copy, f) => {
    const v = tokens[f].head;
    if (tokens[f].deprel !== 'mark' || tokens[f].text.toLowerCase() !== 'for' || v <= f || v >= tokens.length) return null;
    const n = tokens[v].head;
    if (tokens[v].deprel !== 'acl' || n !== f - 1 || (tokens[n].upos !== 'NOUN' && tokens[n].upos !== 'PROPN')) return null;
    const p = tokens.findIndex((t, k) => k > f && k < v && t.head === v && t.deprel === 'nsubj:pass');
    if (p < 0 || !tokens.some((t, k) => k > p && k < v && t.head === v && t.deprel === 'aux:pass' && t.xpos === 'VBD')) return null;
    const w = copy();
    attach(w, v, tokens[n].head, tokens[n].deprel);
    w.forEach((t, k) => {
      if (k !== v && tokens[k].head === n && k > v) t.head = v;
    });
    attach(w, n, v, 'nsubj:pass');
    attach(w, p, n, 'nmod');
    attach(w, f, p, 'case');
    return `'${tokens[n].text}' is the subject of '${tokens[v].text}', 'for ${tokens[p].text}' its modifier`;
  }),
  {
    // "Ethiopia's government and the TPLF signed ..." parsed with both nouns as subjects of the verb:
    // two subjects joined by "and" are one coordinated subject.
    name: 'split-subject',
    apply(tokens, copy) {
      const joined: string[] = [];
      // (subjects counted per verb first: most sentences have no verb with two)
      const subjects = new Uint8Array(tokens.length);
      tokens.forEach((k, x) => {
        if (k.deprel === 'nsubj' && k.head > x && k.head < tokens.length) subjects[k.head]++;
      });
      for (let v = 0; v < tokens.length; v++) {
        if (subjects[v] !== 2) continue;
        const subj = tokens.map((k, x) => (k.head === v && k.deprel === 'nsubj' && x < v ? x : -1)).filter((x) => x >= 0);
        if (subj.length !== 2) continue;
        const [a, b] = subj as [number, number];
        // ("Malian soldiers and Wagner Group mercenaries killed ..." with "Group" the first's conjunct and
        // "and" on it: the name before the second noun is its modifier)
        const modifier = (x: number): boolean => x > a && x < b && tokens[x].head === a && tokens[x].deprel === 'conj' && tokens.slice(x + 1, b).every((k) => k.head === b);
        const cc = tokens.findIndex((k, x) => x > a && x < b && k.upos === 'CCONJ' && (k.head === b || k.head === v || modifier(k.head)) && /^(and|or)$/i.test(k.text));
        // "Russia, China and Iran began ...": a comma before the second, whose own conjunct closes the list
        const listed = cc < 0 && tokens.some((k, x) => x > a && x < b && k.text === ',') &&
          tokens.some((k, x) => k.head === b && k.deprel === 'conj' && tokens.some((c) => c.head === x && c.deprel === 'cc'));
        if (cc < 0 && !listed) continue;
        const w = copy();
        attach(w, b, a, 'conj');
        if (cc >= 0) {
          const m = tokens[cc].head;
          if (modifier(m)) {
            attach(w, m, b, 'compound');
          }
          attach(w, cc, b, 'cc');
        }
        joined.push(`'${tokens[a].text}' and '${tokens[b].text}' are one subject`);
      }
      return joined.length ? joined.join('; ') : null;
    },
  },
  screened({ upos: ['NUM'], deprel: ['obj', 'nsubj', 'nsubj:pass', 'obl'] }, {
    // "free five detained Americans" parsed with "five" as the object and "Americans" the object of
    // "detained": a numeral, a participle and a noun in a row are one noun phrase.
    name: 'numeral-participle-noun',
    apply(tokens, copy) {
      for (let k = 0; k + 2 < tokens.length; k++) {
        const num = tokens[k];
        const p = k + 1;
        const n = k + 2;
        if (num.upos !== 'NUM' || !/^(obj|nsubj|nsubj:pass|obl)$/.test(num.deprel) || tokens[p].head !== k || !isPastForm(tokens[p])) continue;
        if (tokens[n].head !== p || (tokens[n].upos !== 'NOUN' && tokens[n].upos !== 'PROPN')) continue;
        const rel = num.deprel;
        const w = copy();
        attach(w, n, num.head, rel);
        attach(w, k, n, 'nummod');
        attach(w, p, n, 'amod');
        w.forEach((t, x) => {
          if (x > n && (t.head === k || t.head === p)) t.head = n;
        });
        return `'${tokens[n].text}' is the ${rel}, '${num.text} ${tokens[p].text}' its modifiers`;
      }
      return null;
    },
  }),
  screened({ upos: ['NUM'], deprel: ['nsubj', 'nsubj:pass', 'obj'] }, {
    // "Five Americans held in Iran were freed" parsed with "Five" as the subject and "Americans" as the
    // subject of "held" hung on it: the noun is the subject, the numeral its count, the participle its modifier.
    name: 'numeral-head',
    apply(tokens, copy) {
      for (let k = 0; k + 2 < tokens.length; k++) {
        const num = tokens[k];
        const noun = tokens[k + 1];
        if (num.upos !== 'NUM' || !/^(nsubj|nsubj:pass|obj)$/.test(num.deprel) || (noun.upos !== 'NOUN' && noun.upos !== 'PROPN')) continue;
        const h = noun.head;
        if (h <= k + 1 || h >= tokens.length || tokens[h].head !== k || noun.deprel !== 'nsubj' || tokens[h].upos !== 'VERB') continue;
        const rel = num.deprel;
        const w = copy();
        attach(w, k + 1, num.head, rel);
        attach(w, k, k + 1, 'nummod');
        attach(w, h, k + 1, 'acl');
        w.forEach((t, x) => {
          if (x !== k + 1 && x !== h && t.head === k && x > k) t.head = k + 1;
        });
        return `'${noun.text}' is the ${rel}, '${num.text}' its count`;
      }
      return null;
    },
  }),
  {
    // "Qatar, which hosts the Taliban's office, mediated between ..." and "Turkey, which has troops in
    // Iraq, shelled villages ..." parsed with the root noun's verb hung inside its relative clause: the
    // past form right after the clause's closing comma is the root noun's verb (and a noun it was
    // hung on as a modifier, its object).
    name: 'relative-interruption',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || (tokens[r].upos !== 'PROPN' && tokens[r].upos !== 'NOUN')) return null;
      // (or an apposition: "Antony Blinken, the U.S. secretary of state, criticised Beijing" with the verb
      // hung on "secretary")
      const relative = (k: number): boolean => tokens[k].deprel === 'acl:relcl' && tokens.some((t, x) => x > r && x < k && t.head === k && /^(which|who|that)$/i.test(t.text));
      // (the parser may call the apposition a list: "Raila Odinga, Kenya's opposition leader, called off ...")
      const apposition = (k: number): boolean => (tokens[k].deprel === 'appos' || tokens[k].deprel === 'list') && k > 1 && tokens.slice(r + 1, k).some((t) => t.text === ',');
      const rel = tokens.findIndex((t, k) => k > r && t.head === r && (relative(k) || apposition(k)));
      if (rel < 0) return null;
      const inClause = (k: number): boolean => dominates(tokens, rel, k, 12);
      for (let p = rel + 2; p < tokens.length; p++) {
        const t = tokens[p];
        if (tokens[p - 1].text !== ',' || !isPastForm(t)) continue;
        const modifier = t.deprel === 'amod' && t.head === p + 1 && inClause(p + 1);
        if (!(t.deprel === 'acl' && inClause(t.head)) && !modifier) continue;
        if (tokens.some((k) => k.head === p && (k.deprel.startsWith('aux') || k.deprel === 'obl:agent'))) return null;
        const w = copy();
        makeVerb(w, p, r, 'nsubj');
        if (tokens[rel].deprel === 'list') w[rel].deprel = 'appos';
        if (modifier) {
          attach(w, p + 1, p, 'obj');
        }
        w.forEach((k, x) => {
          if (x > p && k.head === r) k.head = p;
        });
        return `'${t.text}' is the verb of '${tokens[r].text}', after its ${apposition(rel) ? 'apposition' : 'relative clause'}`;
      }
      return null;
    },
  },
  screened({ text: [...REL_PRONOUNS] }, {
    // "Niger, Mali and Burkina Faso, whose juntas expelled French troops, announced their withdrawal from ECOWAS" parsed
    // with the relative clause's verb as the root, the names hung on it and the main verb its conjunct: the verb after
    // the clause's closing comma is the root, the names its subject, the clause theirs
    name: 'relative-root',
    apply(tokens, copy, codes) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 2 || tokens[r].upos !== 'VERB') return null;
      // the clause's subject: a relative pronoun, or the noun "whose" possesses, right after a comma
      const subject = tokens.findIndex((t, x) => x < r && t.head === r && t.deprel.startsWith('nsubj') &&
        (REL_PRONOUNS.has(codes.text[x]) || tokens.some((d, y) => y === x - 1 && d.head === x && codes.text[y] === 'whose')));
      const opener = subject < 0 ? -1 : REL_PRONOUNS.has(codes.text[subject]) ? subject : subject - 1;
      if (opener < 2 || tokens[opener - 1].text !== ',') return null;
      // the phrase before it, hung on the clause's verb (as a vocative, a dependent or a second subject)
      const a = tokens.findIndex((t, x) => x < opener - 1 && t.head === r && isNominal(t));
      if (a < 0) return null;
      const p = tokens.findIndex((t, x) => x > r + 1 && tokens[x - 1].text === ',' && t.head === r && t.upos === 'VERB' && (t.deprel === 'conj' || t.deprel === 'parataxis'));
      if (p < 0 || tokens.some((d) => d.head === p && (d.deprel.startsWith('nsubj') || d.deprel === 'cc'))) return null;
      const w = copy();
      attach(w, p, -1, 'root');
      attach(w, a, p, 'nsubj');
      attach(w, r, a, 'acl:relcl');
      tokens.forEach((d, x) => {
        if (d.head === r && (x > p || (x < opener && x !== a && d.deprel === 'punct'))) w[x].head = p;
      });
      return `'${tokens[p].text}' is the verb of '${tokens[a].text}', after its relative clause`;
    },
  }),
  // "A roadside bomb planted by Islamic State militants killed five Iraqi soldiers ..., Iraq's military said" parsed with
  // "killed" a passive auxiliary of "planted": a past form that is no auxiliary, after a noun's participle phrase, is the
  // noun's verb; the by-phrase's noun goes back to the participle, and the phrase after the verb is its object
  perToken('participle-then-verb', { upos: ['VERB'], xpos: ['VBD'], deprel: ['aux', 'aux:pass'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const p = t.head;
    if (t.upos !== 'VERB' || t.xpos !== 'VBD' || !t.deprel.startsWith('aux') || AUXILIARIES.has(t.lemma.toLowerCase()) || p < 1 || p >= k || tokens[p].xpos !== 'VBN' || tokens[p].deprel !== 'acl') return null;
    const n = tokens[p].head;
    if (n < 0 || n >= p || !isNominal(tokens[n])) return null;
    const g = tokens[n].head;
    const w = copy();
    attach(w, k, g, g < 0 ? 'root' : g > k && tokens[n].deprel.startsWith('nsubj') ? 'ccomp' : tokens[n].deprel);
    attach(w, n, k, 'nsubj');
    tokens.forEach((d, x) => {
      // (the agent the parser made the verb's subject)
      if (x < k && x > p && d.head === k && d.deprel.startsWith('nsubj')) attach(w, x, p, tokens.some((c) => c.head === x && c.text.toLowerCase() === 'by') ? 'obl:agent' : 'obl');
    });
    let object = false;
    for (let x = k + 1; x < tokens.length && tokens[x].text !== ','; x++) {
      const h = tokens[x].head;
      if (h !== g && h !== n && h !== k) continue;
      w[x].head = k;
      const nominal = isNominal(tokens[x]) || tokens[x].upos === 'NUM' || tokens[x].upos === 'PRON';
      if (!object && nominal && !tokens.some((c) => c.head === x && c.deprel === 'case')) {
        w[x].deprel = 'obj';
        object = true;
      } else if (tokens[x].deprel.startsWith('nsubj')) w[x].deprel = 'obl';
    }
    return `'${t.text}' is the verb of '${tokens[n].text}', after its participle '${tokens[p].text}'`;
  }),
  // "rejected the demands presented by Saudi Arabia, the United Arab Emirates, Bahrain and Egypt" with "Emirates" a
  // conjunct of the verb: a name after a comma that goes on as a list ("..., Bahrain and Egypt") is one more item of
  // the name before the comma
  perToken('list-item', { upos: ['PROPN'], deprel: ['conj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const h = t.head;
    if (t.upos !== 'PROPN' || t.deprel !== 'conj' || h < 0 || h >= k || tokens[h].upos !== 'VERB') return null;
    let start = k;
    while (start > 0 && tokens[start - 1].head === k && tokens[start - 1].upos !== 'PUNCT') start--;
    const p = start - 2;
    if (p <= h || tokens[start - 1]?.text !== ',' || tokens[p].upos !== 'PROPN' || tokens[p].head === h) return null;
    // (the list goes on: a later item of it has "and" or "or")
    const items = tokens.map((d, x) => (d.head === k && d.deprel === 'conj' ? x : -1)).filter((x) => x > k);
    if (!items.some((x) => tokens.some((d) => d.head === x && d.deprel === 'cc'))) return null;
    // (the name before the comma heads its phrase or ends it: "Saudi Arabia")
    const n = tokens[p].deprel === 'flat' || tokens[p].deprel === 'compound' ? tokens[p].head : p;
    if (n < 0 || n <= h || !isNominal(tokens[n])) return null;
    attach(copy(), k, n, 'conj');
    return `'${t.text}' is one more item of the list of '${tokens[n].text}'`;
  }),
  // "Damascus rejected the findings, and Russia, its main ally, accused the watchdog of bias" with "Russia" hung on the
  // clause before and "accused" left without a subject: the name after "and" with its apposition is the verb's subject
  perToken('conjunct-subject', { upos: ['VERB'], deprel: ['conj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if (t.upos !== 'VERB' || t.deprel !== 'conj' || k < 5 || tokens[k - 1].text !== ',' || tokens.some((d) => d.head === k && d.deprel.startsWith('nsubj'))) return null;
    // the apposition between two commas right before the verb, and the name before it
    let open = k - 2;
    while (open > 0 && tokens[open].text !== ',' && k - open <= 7) open--;
    const n = open - 1;
    if (tokens[open].text !== ',' || n < 1 || !isNominal(tokens[n]) || tokens[n - 1].text.toLowerCase() !== 'and') return null;
    const a = tokens.findIndex((d, x) => x > open && x < k - 1 && d.head === n && d.deprel === 'appos');
    if (a < 0 || tokens[n].head === k) return null;
    const w = copy();
    attach(w, n, k, 'nsubj');
    w[n - 1].head = k;
    return `'${tokens[n].text}' is the subject of '${t.text}'`;
  }),
  // "Iran demanded that Britain release the tanker, summoning the British ambassador" parsed with "summoning" a clause
  // of "release": after a comma, a gerund hung on what a demand asks for (a base form, or one the tagger read as present)
  // is the demanding party's act
  perToken('demand-participle', { upos: ['VERB'], xpos: ['VBG'], deprel: ['advcl'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const h = t.head;
    if (t.xpos !== 'VBG' || t.deprel !== 'advcl' || tokens[k - 1]?.text !== ',' || h < 0 || h > k || !/^VB[PZ]?$/.test(tokens[h].xpos) || !/^(ccomp|xcomp)$/.test(tokens[h].deprel)) return null;
    const r = tokens[h].head;
    if (r < 0 || r > h || !DEMAND_VERBS.has(tokens[r].lemma.toLowerCase()) || tokens.some((d) => d.head === h && d.deprel.startsWith('aux') && d.lemma.toLowerCase() !== 'to')) return null;
    const w = copy();
    w[k].head = r;
    return `'${t.text}' is an act of '${tokens[r].text}''s subject, not of '${tokens[h].text}'`;
  }),
  // "ECOWAS gave the junta one week to reinstate Bazoum or face the use of force, and froze the country's access to the
  // bank" parsed with "froze" a conjunct of "reinstate": a past form joined by ", and" to a base form or gerund is a
  // conjunct of the nearest finite past verb above it (an irregular past form the tagger read as a base form too)
  // (and "sent condolences after a powerful earthquake and pledged aid" with "pledged" a conjunct of the noun: a past
  // form joined by "and" to a noun of a phrase is a conjunct of the past verb the phrase hangs on)
  perToken('tense-conjunct', { upos: ['VERB'], xpos: ['VBD', 'VB', 'VBP'], deprel: ['conj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const h = t.head;
    const onNoun = h >= 0 && h < k && isNominal(tokens[h]) && /^(obl|nmod)/.test(tokens[h].deprel);
    if ((t.xpos !== 'VBD' && !isIrregularPast(t.text)) || t.deprel !== 'conj' || h < 0 || h > k || (!onNoun && !/^(VB|VBG)$/.test(tokens[h].xpos))) return null;
    if (tokens[k - 1]?.text.toLowerCase() !== 'and' || (!onNoun && tokens[k - 2]?.text !== ',') || tokens.some((d) => d.head === k && (d.deprel.startsWith('nsubj') || d.deprel.startsWith('aux')))) return null;
    let g = tokens[h].head;
    for (let depth = 0; g >= 0 && depth < 4 && !(tokens[g].upos === 'VERB' && tokens[g].xpos === 'VBD'); depth++) g = tokens[g].head;
    if (g < 0 || tokens[g].upos !== 'VERB' || tokens[g].xpos !== 'VBD') return null;
    const w = copy();
    w[k].head = g;
    w[k].xpos = 'VBD';
    return `'${t.text}' is a conjunct of '${tokens[g].text}', not of '${tokens[h].text}'`;
  }),
  // "Syrian government forces and allied factions killed ..." parsed with "allied" a verb and "factions" its object:
  // "allied", "affiliated" or "aligned" right before a noun it took as its object is that noun's modifier
  perToken('allied-modifier', { upos: ['VERB'], lemma: ALLIANCE_PARTICIPLES }, (tokens, copy, k) => {
    const t = tokens[k];
    const n = k + 1;
    if (!ALLIANCE_PARTICIPLES.has(t.lemma.toLowerCase()) || !/ed$/i.test(t.text) || tokens[n]?.head !== k || tokens[n].deprel !== 'obj' || !isNominal(tokens[n])) return null;
    if (tokens.some((d) => d.head === k && (d.deprel.startsWith('nsubj') || d.deprel.startsWith('aux')))) return null;
    const w = copy();
    attach(w, n, t.head, t.deprel);
    attach(w, k, n, 'amod');
    retag(w, k, 'ADJ', 'JJ');
    tokens.forEach((d, x) => {
      if (d.head === k && x !== n) w[x].head = n;
    });
    return `'${t.text}' modifies '${tokens[n].text}'`;
  }),
  // "hacked to death more than 40 villagers" parsed with "villagers" an oblique without a preposition: a common noun after
  // an active verb (no participle) with no object, marked by no preposition and naming no time, is its object
  perToken('unmarked-object', { upos: ['NOUN'], deprel: ['obl'] }, (tokens, copy, x) => {
    const t = tokens[x];
    const v = t.head;
    if (t.deprel !== 'obl' || t.upos !== 'NOUN' || v < 0 || v > x || tokens[v].upos !== 'VERB' || tokens[v].xpos === 'VBN' || TIME_WORDS.has(t.lemma.toLowerCase())) return null;
    if (tokens.some((d) => (d.head === x && (d.deprel === 'case' || d.deprel === 'mark')) || (d.head === v && (d.deprel === 'obj' || d.deprel === 'aux:pass' || d.deprel === 'nsubj:pass')))) return null;
    const w = copy();
    w[x].deprel = 'obj';
    return `'${t.text}' is the object of '${tokens[v].text}'`;
  }),
  // "would consider imposing additional sanctions on Moscow" with "imposing" read as an adjective of "sanctions": right
  // after a verb whose object is that noun, it is a gerund, the verb's complement, and the noun its object
  perToken('imposing-gerund', { upos: ['ADJ'], deprel: ['amod'], text: ['imposing'] }, (tokens, copy, k) => {
    const t = tokens[k];
    const n = t.head;
    const v = k - 1;
    if (t.text.toLowerCase() !== 'imposing' || t.deprel !== 'amod' || n <= k || !isNominal(tokens[n]) || tokens[n].deprel !== 'obj' || tokens[n].head !== v || tokens[v]?.upos !== 'VERB') return null;
    const w = copy();
    retag(w, k, 'VERB', 'VBG');
    w[k].lemma = 'impose';
    attach(w, k, v, 'xcomp');
    attach(w, n, k, 'obj');
    tokens.forEach((d, x) => {
      if (d.head === n && x > n && d.deprel === 'nmod') attach(w, x, k, 'obl');
    });
    return `'${t.text}' is the gerund '${tokens[v].text}' takes, '${tokens[n].text}' its object`;
  }),
  // "Ousted Syrian President Bashar al-Assad and his family have been granted asylum by Russia" parsed with "Ousted" the
  // root and the name its subject: a past participle opening the sentence before a name modifies the name, and the verb
  // the parser hung on the participle is the sentence's, the name its subject
  perToken('opening-modifier', { upos: ['VERB'], xpos: ['VBN', 'VBD'], deprel: ['root'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if (k !== 0 || t.head >= 0 || !isPastForm(t) || !/^\p{Lu}/u.test(t.text)) return null;
    const s = tokens.findIndex((d, x) => x > 0 && x <= 6 && d.head === 0 && d.deprel === 'nsubj' && isNominal(d));
    if (s < 0 || tokens.some((d, x) => x > 0 && x < s && d.upos === 'VERB')) return null;
    const v = tokens.findIndex((d, x) => x > s && d.head === 0 && d.upos === 'VERB' && /^(ccomp|conj|parataxis|xcomp)$/.test(d.deprel));
    if (v < 0 || tokens.some((d) => d.head === v && d.deprel.startsWith('nsubj'))) return null;
    const passive = tokens.some((d) => d.head === v && d.deprel === 'aux:pass');
    const w = copy();
    attach(w, v, -1, 'root');
    attach(w, s, v, passive ? 'nsubj:pass' : 'nsubj');
    attach(w, 0, s, 'amod');
    retag(w, 0, 'ADJ', 'JJ');
    tokens.forEach((d, x) => {
      if (d.head === 0 && x !== s && x !== v) w[x].head = x > v ? v : s;
    });
    return `'${t.text}' modifies '${tokens[s].text}', the subject of '${tokens[v].text}'`;
  }),
  // "said that fighters of the Rapid Support Forces had raped women" with "fighters" tagged a verb ("fights") and "raped"
  // its conjunct: a plural agent noun in -ers with an of-phrase, before a verb with an auxiliary and no subject, is
  // that verb's subject
  perToken('agent-noun-subject', { upos: ['VERB'], xpos: ['VBZ'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if (t.xpos !== 'VBZ' || !/^\p{Ll}+ers$/u.test(t.text)) return null;
    const o = tokens[k + 1]?.text.toLowerCase() === 'of' ? tokens[k + 1].head : -1;
    if (o <= k || tokens[o].head !== k || !isNominal(tokens[o])) return null;
    const v = tokens.findIndex((d, x) => x > o && d.head === k && d.upos === 'VERB' && tokens.some((a) => a.head === x && a.deprel.startsWith('aux')));
    if (v < 0 || tokens.some((d) => d.head === v && d.deprel.startsWith('nsubj'))) return null;
    const w = copy();
    attach(w, v, t.head, t.deprel);
    attach(w, k, v, 'nsubj');
    retag(w, k, 'NOUN', 'NNS');
    w[k].lemma = t.text.slice(0, -1).toLowerCase();
    attach(w, o, k, 'nmod');
    tokens.forEach((d, x) => {
      if (d.head !== k || x === v || x === o) return;
      if (x < k && REL_PRONOUNS.has(d.text.toLowerCase())) attach(w, x, v, 'mark');
      else if (x > v) w[x].head = v;
    });
    return `'${t.text}' is a noun, the subject of '${tokens[v].text}'`;
  }),
  // "Ruto pledged officers to the mission on Monday, and Haitian Prime Minister Ariel Henry thanked Nairobi" parsed with
  // the name a conjunct of "Monday" and "thanked" a conjunct of "pledged" with no subject: the noun phrase between
  // ", and" and a conjunct verb without a subject is that verb's subject
  perToken('and-subject', { upos: ['VERB'], deprel: ['conj'] }, (tokens, copy, k) => {
    const t = tokens[k];
    if (t.upos !== 'VERB' || t.deprel !== 'conj' || tokens.some((d) => d.head === k && d.deprel.startsWith('nsubj'))) return null;
    let a = k - 2;
    while (a > 1 && k - a <= 8 && tokens[a].text.toLowerCase() !== 'and') a--;
    if (a < 2 || tokens[a].text.toLowerCase() !== 'and' || tokens[a - 1].text !== ',' || t.head >= a - 1 || tokens[t.head]?.upos !== 'VERB') return null;
    let n = -1;
    for (let x = a + 1; x < k; x++) {
      const d = tokens[x];
      if (d.upos === 'VERB' || d.upos === 'AUX' || d.upos === 'PUNCT') return null;
      if (d.head > a && d.head < k) continue;
      if (n >= 0) return null;
      n = x;
    }
    if (n < 0 || !isNominal(tokens[n]) || tokens[n].head === k) return null;
    const w = copy();
    attach(w, n, k, 'nsubj');
    attach(w, a, k, 'cc');
    attach(w, a - 1, k, 'punct');
    return `'${tokens[n].text}' is the subject of '${t.text}'`;
  }),
  // "Supporters of former President Jair Bolsonaro stormed Congress" parsed with "of" marking a clause, "Bolsonaro" its
  // subject and "stormed" a modifier of "Supporters": the name is the noun's of-phrase and the noun phrase the subject
  perToken('of-clause', { text: ['of'], deprel: ['mark'] }, (tokens, copy, k) => {
    const v = tokens[k].head;
    const n = k - 1;
    if (tokens[k].text.toLowerCase() !== 'of' || tokens[k].deprel !== 'mark' || n < 0 || v <= k || v >= tokens.length || tokens[v].head !== n || !isNominal(tokens[n])) return null;
    if (tokens[v].upos !== 'VERB' || !/^(VBD|VBZ|VBP)$/.test(tokens[v].xpos) || !tokens[v].deprel.startsWith('acl')) return null;
    const subject = tokens.findIndex((d, x) => d.head === v && d.deprel === 'nsubj' && x > k);
    if (subject < 0 || !isNominal(tokens[subject])) return null;
    // the whole noun phrase: "Hundreds of supporters of ..." is the subject, not "supporters"
    let top = n;
    while (tokens[top].deprel === 'nmod' && tokens[top].head >= 0 && tokens[top].head < top && (isNominal(tokens[tokens[top].head]) || tokens[tokens[top].head].upos === 'NUM')) top = tokens[top].head;
    const w = copy();
    attach(w, subject, n, 'nmod');
    attach(w, k, subject, 'case');
    attach(w, v, tokens[top].head, tokens[top].head < 0 ? 'root' : tokens[top].deprel);
    attach(w, top, v, 'nsubj');
    // (the phrase's later dependents, such as the final full stop, go with the verb)
    tokens.forEach((d, x) => {
      if (d.head === top && x > v) attach(w, x, v, d.deprel);
    });
    return `'${tokens[subject].text}' is the of-phrase of '${tokens[n].text}', '${tokens[v].text}' the verb of '${tokens[top].text}'`;
  }),
  // "Hundreds of supporters of Imran Khan attacked a police station" parsed with "of Imran Khan" an oblique of the
  // verb after it: an of-phrase right after a noun of the verb's subject belongs to that noun
  perToken('of-oblique', { text: ['of'], deprel: ['case'] }, (tokens, copy, k) => {
    // (the parser may hang "of" itself on the verb, beside the name)
    const h = tokens[k].head;
    const o = h >= 0 && tokens[h]?.upos === 'VERB' ? tokens.findIndex((d, x) => x > k && x < h && d.head === h && d.deprel === 'obl') : h;
    const n = k - 1;
    if (tokens[k].text.toLowerCase() !== 'of' || tokens[k].deprel !== 'case' || o <= k || o >= tokens.length || n < 0 || !isNominal(tokens[n]) || tokens[o].deprel !== 'obl') return null;
    const v = tokens[o].head;
    if (v <= o || v >= tokens.length || tokens[v].upos !== 'VERB' || !isNominal(tokens[o])) return null;
    // (the noun is in the verb's subject: its heads lead to the subject)
    let s = n;
    for (let steps = 0; s >= 0 && s < tokens.length && tokens[s].head !== v && steps < 6; steps++) s = tokens[s].head;
    if (s < 0 || s >= tokens.length || tokens[s].head !== v || !tokens[s].deprel.startsWith('nsubj')) return null;
    const w = copy();
    attach(w, o, n, 'nmod');
    attach(w, k, o, 'case');
    return `'of ${tokens[o].text}' belongs to '${tokens[n].text}', not to '${tokens[v].text}'`;
  }),
  // "Soldiers of Myanmar's army, who raided the village, massacred 30 villagers, survivors said" parsed with
  // "massacred" a conjunct inside the relative clause: a past form after the clause's closing comma, with no
  // "and", is the verb of the noun the clause describes (and takes the words after it that hung elsewhere)
  perToken('relative-conjunct', { upos: ['VERB'], xpos: ['VBD', 'VBN'], deprel: ['conj'] }, (tokens, copy, v2) => {
    const t = tokens[v2];
    const v1 = t.head;
    if (t.deprel !== 'conj' || !isPastForm(t) || tokens[v2 - 1]?.text !== ',' || v1 < 0 || v1 >= v2 || tokens[v1].deprel !== 'acl:relcl') return null;
    if (tokens.some((k) => k.head === v2 && (k.deprel === 'cc' || k.deprel.startsWith('nsubj') || k.deprel.startsWith('aux')))) return null;
    // (the parser may hang the clause on its opening comma)
    let n = tokens[v1].head;
    if (n >= 0 && n < v1 && tokens[n].upos === 'PUNCT') n = tokens[n].head;
    if (n < 0 || n >= v1 || (tokens[n].upos !== 'NOUN' && tokens[n].upos !== 'PROPN')) return null;
    const h = tokens[n].head;
    const w = copy();
    // the noun's place goes to the verb: the root, or the clause a later "said" reports
    attach(w, v2, h, h < 0 ? 'root' : h > v2 && tokens[n].deprel.startsWith('nsubj') ? 'ccomp' : tokens[n].deprel);
    attach(w, n, v2, 'nsubj');
    let object = false;
    for (let k = v2 + 1; k < tokens.length && k !== h && tokens[k].text !== ','; k++) {
      if (tokens[k].head !== h || h < 0) continue;
      w[k].head = v2;
      const nominal = tokens[k].upos === 'NOUN' || tokens[k].upos === 'PROPN' || tokens[k].upos === 'NUM';
      if (!object && nominal && !tokens.some((c) => c.head === k && c.deprel === 'case')) {
        w[k].deprel = 'obj';
        object = true;
      }
    }
    if (h < 0) {
      tokens.forEach((k, x) => {
        if (x > v2 && k.head === n && k.deprel === 'punct') w[x].head = v2;
      });
    }
    return `'${t.text}' is the verb of '${tokens[n].text}', after its relative clause`;
  }),
  screened({ upos: ['VERB'], text: ['acting'] }, {
    // "Afghanistan's acting defence minister, Masoom Stanekzai, visited Moscow" parsed with "acting" as a
    // verb whose object is "minister": "acting" is the title's modifier, and the noun phrase is what it was
    // (the verb's subject when the verb has none); the name after it is an apposition.
    name: 'acting-title',
    apply(tokens, copy, codes) {
      for (let a = 1; a + 1 < tokens.length; a++) {
        const t = tokens[a];
        if (codes.text[a] !== 'acting' || t.upos !== 'VERB') continue;
        const n = tokens.findIndex((k, x) => x > a && x <= a + 3 && k.head === a && k.deprel === 'obj' && (k.upos === 'NOUN' || k.upos === 'PROPN'));
        if (n < 0) continue;
        const w = copy();
        const h = t.head;
        const subjectless = h >= 0 && !tokens.some((k) => k.head === h && k.deprel.startsWith('nsubj'));
        attach(w, n, h, t.deprel.startsWith('advcl') && subjectless ? 'nsubj' : t.deprel);
        attach(w, a, n, 'amod');
        retag(w, a, 'ADJ', 'JJ');
        w.forEach((k, x) => {
          if (x === a || x === n) return;
          // the possessor before "acting" and the name after the title belong to the noun
          if (k.head === h && x < a && (k.deprel === 'nmod:poss' || k.deprel === 'det')) k.head = n;
          if (k.head === a) {
            k.head = n;
            if (k.deprel === 'conj') k.deprel = 'appos';
          }
        });
        return `'acting' modifies '${tokens[n].text}'`;
      }
      return null;
    },
  }),
  {
    // "Belgian and French farmers blocked roads around ..." parsed as farmers(nmod: roads(amod: blocked)):
    // a past form right after the root noun, hung as a modifier on the noun after it, is the root's verb
    // and that noun its object.
    name: 'root-modifier-verb',
    apply(tokens, copy) {
      // (the root, or the noun a speaker after it was given as the content: "Kyrgyz and Tajik border guards exchanged
      // gunfire ..., officials in Bishkek said")
      const root = tokens.findIndex((t) => t.head < 0);
      if (root < 0) return null;
      const r = isNominal(tokens[root]) ? root : tokens.findIndex((t, k) => k < root && t.head === root && t.deprel === 'ccomp' && isNominal(t) && SPEECH_VERBS.has(tokens[root].lemma.toLowerCase()));
      if (r < 0) return null;
      // "Bangladeshi police fired rubber bullets at ..." parsed with "bullets" the root, "police" its compound and
      // "fired" its modifier: the past form is the verb, the noun before it its subject, the root its object
      const q = tokens.findIndex((t, k) => k > 0 && k < r && t.head === r && t.deprel === 'amod' && isPastForm(t) &&
        tokens[k - 1].head === r && tokens[k - 1].deprel === 'compound' && isNominal(tokens[k - 1]));
      const at = { head: tokens[r].head, rel: tokens[r].deprel };
      // (a subject the parser gave the noun before the verb is a word of the verb's subject: "Kyrgyz ... border guards")
      if (q > 0 && !tokens.some((k, x) => k.head === r && k.deprel.startsWith('nsubj') && x > q)) {
        const w = copy();
        makeVerb(w, q, q - 1, 'nsubj', at);
        attach(w, r, q, 'obj');
        w.forEach((k, x) => {
          // ("Kenyan police": the words before the subject that hung on the root are the subject's)
          if (x < q - 1 && k.head === r) {
            k.head = q - 1;
            if (k.deprel.startsWith('nsubj')) k.deprel = phraseRelation(k);
          }
          // (an "of" or "from" phrase stays the noun's: "negotiators from Israel"; so does the "by" phrase of a message:
          // "rejected accusations by the United Nations")
          if (x > r && k.head === r && k.deprel === 'nmod' && (hasCase(tokens, x, 'of') || hasCase(tokens, x, 'from'))) return;
          if (x > r && k.head === r && k.deprel === 'nmod' && hasCase(tokens, x, 'by') && MESSAGE_NOUNS.has(tokens[r].lemma.toLowerCase())) return;
          if (x > r && k.head === r && (k.deprel === 'obl' || k.deprel === 'nmod' || k.deprel === 'punct')) k.head = q;
          if (x > r && k.head === r && k.deprel === 'nmod') k.deprel = 'obl';
        });
        return `'${tokens[q].text}' is the verb, '${tokens[q - 1].text}' its subject, '${tokens[r].text}' its object`;
      }
      // (also after the root's place: "Police in Pakistan arrested dozens of supporters")
      let p = r + 1;
      const place = tokens.findIndex((k, x) => x === r + 2 && k.head === r && k.deprel === 'nmod' && hasCase(tokens, x, 'in'));
      if (place > 0 && tokens[r + 1].head === place) p = place + 1;
      // (or after its conjunct: "Ethiopia's government and Tigrayan forces exchanged prisoners")
      const conjunct = tokens[r + 1]?.deprel === 'cc' ? tokens[r + 1].head : -1;
      if (conjunct > r && conjunct - r <= 5 && tokens[conjunct].head === r && tokens[conjunct].deprel === 'conj' && isNominal(tokens[conjunct]) &&
        tokens.slice(r + 1, conjunct).every((k) => k.head === conjunct)) p = conjunct + 1;
      if (p + 1 >= tokens.length) return null;
      const t = tokens[p];
      const o = p + 1;
      if (!isPastForm(t) || t.deprel !== 'amod' || t.head !== o) return null;
      if ((tokens[o].head !== r && !(p === conjunct + 1 && tokens[o].head === conjunct)) || (tokens[o].upos !== 'NOUN' && tokens[o].upos !== 'PROPN')) return null;
      if (tokens.some((k) => k.head === r && k.deprel.startsWith('nsubj'))) return null;
      const w = copy();
      makeVerb(w, p, r, 'nsubj', at);
      attach(w, o, p, 'obj');
      w.forEach((k, x) => {
        if (x > o && k.head === r && !k.deprel.startsWith('amod')) k.head = p;
      });
      return `'${t.text}' is the verb of '${tokens[r].text}', '${tokens[o].text}' its object`;
    },
  },
  screened({ deprel: ['case'], text: [...CLAUSE_OPENERS] }, {
    // "put its air force on alert after Russian missiles struck targets in Ukraine" parsed as after(case)
    // missiles(nmod: targets(amod: struck)): a noun after a subordinating "after", "before" ... with a
    // past form right behind it is the subject of that verb's clause (and a noun the verb was hung on, its object).
    name: 'subordinate-clause',
    apply(tokens, copy, codes) {
      const done: string[] = [];
      if (!tokens.some((k, x) => k.deprel === 'case' && CLAUSE_OPENERS.has(codes.text[x]))) return null;
      for (let n = 1; n + 1 < tokens.length; n++) {
        const p = n + 1;
        const t = tokens[p];
        const c = tokens.findIndex((k, x) => x < n && k.head === n && k.deprel === 'case' && CLAUSE_OPENERS.has(k.text.toLowerCase()));
        if (c < 0 || (tokens[n].upos !== 'NOUN' && tokens[n].upos !== 'PROPN') || tokens[n].head < 0) continue;
        if (!isPastForm(t)) continue;
        const onNoun = t.deprel === 'acl' && t.head === n;
        const onObject = t.deprel === 'amod' && t.head === p + 1 && tokens[p + 1]?.head === n;
        // ("sent condolences after a powerful earthquake killed thousands" with the verb a subjectless clause beside the noun)
        // (or a complement of the main verb, with the noun hung on a time phrase: "raised its alert level on Thursday
        // after North Korea fired ...")
        const besideNoun = (t.deprel === 'advcl' || t.deprel === 'xcomp') && (t.head === tokens[n].head || dominates(tokens, t.head, n, 3)) && t.head !== n &&
          !tokens.some((k) => k.head === p && (k.deprel.startsWith('nsubj') || k.deprel === 'mark'));
        // ("recalled its ambassador to Paris after France endorsed ..." with the verb a conjunct of the main verb)
        // (a subject before "after" is the main clause's word the parser lent it: "Sweden became the 32nd member of NATO
        // after Hungary ratified ..." with "member" the subject of "ratified")
        const conjunct = (t.deprel === 'conj' || t.deprel === 'parataxis') && tokens[t.head]?.upos === 'VERB' && t.head < n &&
          !tokens.some((k, x) => k.head === p && ((k.deprel.startsWith('nsubj') && x !== n && x > c) || k.deprel === 'cc'));
        if (!onNoun && !onObject && !besideNoun && !conjunct) continue;
        if (tokens.some((k) => k.head === p && (k.deprel.startsWith('aux') || k.deprel === 'obl:agent' || k.lemma.toLowerCase() === 'by'))) continue;
        const w = copy();
        makeVerb(w, p, n, 'nsubj', { head: conjunct ? t.head : tokens[n].head, rel: 'advcl' }, onObject ? p + 1 : -1);
        attach(w, c, p, 'mark');
        // (the object's target phrase is the verb's: "after the group fired rockets at military positions")
        // (and a place phrase after it is the target's: "... at military positions in northern Israel")
        let aim = -1;
        if (onObject) tokens.forEach((k, x) => {
          if (k.head !== p + 1 || k.deprel !== 'nmod') return;
          if (aim < 0 && tokens.some((d) => d.head === x && d.deprel === 'case' && TARGET_PREPOSITIONS.has(d.text.toLowerCase()))) {
            attach(w, x, p, 'obl');
            aim = x;
          } else if (aim >= 0 && hasCase(tokens, x, 'in')) attach(w, x, aim, 'nmod');
        });
        if (conjunct) tokens.forEach((k, x) => {
          if (k.head === p && k.deprel.startsWith('nsubj') && x < c) attach(w, x, t.head, 'xcomp');
        });
        done.push(`'${t.text}' is the verb of '${tokens[n].text}' after '${tokens[c].text}'`);
      }
      return done.length ? done.join('; ') : null;
    },
  }),
  // "fired missiles at targets in Iraq's Kurdistan region" with "in ... region" hung on the verb: the place right after
  // an unnamed target ("targets", "positions", "bases") says where the target is
  perToken('located-place', { upos: ['NOUN', 'PROPN'], deprel: ['obl', 'nmod'] }, (tokens, copy, x) => {
    const t = tokens[x];
    const v = t.head;
    if (!/^(obl|nmod)$/.test(t.deprel) || v < 0 || v >= x || tokens[v].upos !== 'VERB' || !isNominal(t)) return null;
    const c = tokens.findIndex((d, k) => k < x && d.head === x && d.deprel === 'case' && d.text.toLowerCase() === 'in');
    if (c < 2) return null;
    const n = c - 1;
    if (tokens[n].head !== v || !/^(obl|nmod)$/.test(tokens[n].deprel) || !LOCATED_NOUNS.has(tokens[n].lemma.toLowerCase()) ||
      !tokens.some((d) => d.head === n && d.deprel === 'case' && TARGET_PREPOSITIONS.has(d.text.toLowerCase()))) return null;
    attach(copy(), x, n, 'nmod');
    return `'in ${t.text}' says where '${tokens[n].text}' are`;
  }),
];

/**
 * "BAGHDAD, July 20 — Iraqi protesters stormed ..." parsed with the place as the root, the noun after
 * the dash hung on it and the verb as a reduced relative on the noun: the verb is the root, the noun
 * its subject, the dateline set apart.
 */
function datelineRoot(tokens: readonly ParsedToken[], copy: () => ParsedToken[], dash: number): string | null {
  const r = tokens.findIndex((t) => t.head < 0);
  if (r < 0 || r >= dash) return null;
  const lead = tokens.findIndex((t, k) => k > dash && t.head >= 0 && t.head < dash && (t.upos === 'NOUN' || t.upos === 'PROPN'));
  if (lead < 0) return null;
  const p = tokens.findIndex((t, k) => k > lead && t.head === lead && t.deprel === 'acl' && isPastForm(t));
  if (p < 0 || tokens.some((t) => t.head === p && (t.deprel.startsWith('aux') || t.deprel === 'obl:agent' || t.lemma.toLowerCase() === 'by'))) return null;
  const w = copy();
  makeVerb(w, p, lead, 'nsubj');
  attach(w, r, p, 'dep');
  w.forEach((t, k) => {
    if (k > p && t.head === r) t.head = p;
  });
  return `'${tokens[r].text}' is a dateline; '${tokens[p].text}' is the verb of '${tokens[lead].text}'`;
}

// Nouns of asking whose "for" phrase is what they ask for ("the group's demand for a full withdrawal").
const ASKING_NOUNS = new Set(['demand', 'call', 'appeal', 'request', 'plea', 'push', 'bid']);

/** Participles of a hyphened modifier ("Serbian-run", "Rwandan-backed", "Iran-aligned"). */
const HYPHEN_PARTICIPLES = new Set([...OWNING_PARTICIPLES, 'back', 'backed', 'support', 'supported', 'sponsor', 'sponsored', 'fund', 'funded',
  'arm', 'armed', 'ally', 'allied', 'align', 'aligned', 'base', 'based', 'broker', 'brokered', 'train', 'trained', 'inspire', 'inspired']);

/** Tags of the words of a noun phrase, participles included ("all remaining Israeli hostages"). */
const PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'VERB', 'NOUN', 'PROPN']);
/** The relation of such a word to the phrase's noun, by its tag (adjectives and participles: amod). */
const PHRASE_RELATIONS: Record<string, string> = { DET: 'det', NUM: 'nummod', NOUN: 'compound', PROPN: 'compound' };

/** The relation of a word of a noun phrase to the phrase's head noun, by its tag (an adjective or participle: amod). */
/**
 * The words `s0..subj` (and a determiner before them) as the phrase of the subject head `subj`: a possessor with its
 * "'s" ("Prime Minister Irakli Kobakhidze's government") keeps its own words and hangs on the head as `nmod:poss`.
 */
function placeSubject(w: ParsedToken[], tokens: readonly ParsedToken[], s0: number, subj: number, det: number): void {
  const poss = tokens.findIndex((t, x) => x > s0 && x < subj && isPossessiveS(t.text));
  const owner = poss - 1;
  for (let x = s0; x < subj; x++) {
    if (poss < 0) attach(w, x, subj, phraseRelation(tokens[x]));
    else if (x < owner) attach(w, x, owner, phraseRelation(tokens[x]));
    else if (x === owner) attach(w, x, subj, 'nmod:poss');
    else if (x === poss) attach(w, x, owner, 'case');
    else attach(w, x, subj, phraseRelation(tokens[x]));
  }
  if (det >= 0) attach(w, det, poss >= 0 ? owner : subj, phraseRelation(tokens[det]));
}

function phraseRelation(t: ParsedToken): string {
  return PHRASE_RELATIONS[t.upos] ?? 'amod';
}

/** Words after which "free" is a verb: the infinitive marker and the modals. */
const VERB_OPENERS = new Set(['to', 'will', 'would', 'must', 'should', 'could', 'can', 'may', 'might', "'ll"]);

/** Whether clause `x` has a relative pronoun of its own ("..., who has been held since March"): a relative clause. */
function hasRelativePronoun(tokens: readonly ParsedToken[], x: number): boolean {
  return tokens.some((r) => r.head === x && REL_PRONOUNS.has(r.text.toLowerCase()));
}

/** Whether token `x` has the preposition `word` as a case marker. */
function hasCase(tokens: readonly ParsedToken[], x: number, word: string): boolean {
  return tokens.some((t) => t.head === x && t.deprel === 'case' && t.text.toLowerCase() === word);
}

/** Hangs token `x` of the working copy on `head` with relation `deprel`. */
/**
 * Start of the phrase between the last comma before the report verb `r` and the verb, at most `most` words long
 * ("..., the Israeli military said"), or -1 when no comma closes it there.
 */
function speakerStart(tokens: readonly ParsedToken[], r: number, most: number): number {
  let start = r - 1;
  while (start > 0 && tokens[start - 1].text !== ',' && r - start < most) start--;
  return start < 2 || tokens[start - 1].text !== ',' ? -1 : start;
}

/** The dependents of `from` (`to` itself excepted) hang on `to`: `to` takes the phrase over. */
function rehang(tokens: readonly ParsedToken[], w: ParsedToken[], from: number, to: number): void {
  tokens.forEach((d, x) => {
    if (x !== to && d.head === from) w[x].head = to;
  });
}

function attach(w: ParsedToken[], x: number, head: number, deprel: string): void {
  w[x].head = head;
  w[x].deprel = deprel;
}

/** Gives token `x` of `w` another part of speech, in both tag sets. */
function retag(w: ParsedToken[], x: number, upos: Upos, xpos: string): void {
  w[x].upos = upos;
  w[x].xpos = xpos;
}

/** A noun or proper noun. */
function isNominal(t: ParsedToken): boolean {
  return t.upos === 'NOUN' || t.upos === 'PROPN';
}

/** A verb in a past form (VBD or VBN): the forms the parser misreads as modifiers. */
function isPastForm(t: ParsedToken): boolean {
  return t.upos === 'VERB' && (t.xpos === 'VBD' || t.xpos === 'VBN');
}

/**
 * Makes the past form `p` a finite verb hung `at` its head (by default the root of the sentence), with `arg` (the
 * noun it was hung on, or the nominal that was the root) its argument with relation `rel` and, when given, `object`
 * its object.
 */
function makeVerb(w: ParsedToken[], p: number, arg: number, rel: string, at = { head: -1, rel: 'root' }, object = -1): void {
  attach(w, p, at.head, at.rel);
  w[p].xpos = 'VBD';
  attach(w, arg, p, rel);
  if (object >= 0) attach(w, object, p, 'obj');
}

/** Vehicles whose cargo is what a verb of sending or letting through moves ("trucks carrying aid"). */
const VEHICLE_NOUNS = new Set(['truck', 'lorry', 'aircraft', 'plane', 'airplane', 'jet', 'helicopter', 'ship', 'vessel', 'boat', 'convoy', 'flight', 'train', 'vehicle', 'barge', 'ferry']);
/** Words in -ing that after a noun are nearly always the head of a compound noun ("a war footing", "arms funding"). */
const NOUN_GERUNDS = new Set(['footing', 'funding', 'briefing', 'hearing', 'uprising', 'shelling', 'bombing', 'sharing', 'swapping']);

/** Verbs of sending something somewhere, whose destination is their "to" phrase. */
const DESTINATION_VERBS = new Set(['send', 'dispatch', 'ship', 'deliver', 'airlift', 'fly', 'donate', 'supply']);

const CARRYING_VERBS = new Set(['carry', 'bring', 'transport', 'ferry', 'haul']);

// verbs that tell or let their object do something ("ordered the mission to leave")
const OBJECT_CONTROL_VERBS = new Set(['order', 'urge', 'ask', 'tell', 'force', 'allow', 'permit', 'instruct', 'direct', 'invite', 'press', 'pressure',
  'compel', 'encourage', 'persuade', 'call', 'request', 'authorize', 'authorise', 'let']);

// prepositions of the target of a shot, a strike or a throw
const TARGET_PREPOSITIONS = new Set(['at', 'on', 'against', 'into', 'toward', 'towards']);

// -ing words of degree or manner that modify nouns ("sweeping sanctions", "crippling tariffs")
const DEGREE_GERUNDS = new Set(['sweeping', 'crippling', 'punishing', 'devastating', 'far-reaching', 'mounting', 'escalating', 'growing', 'increasing',
  'continuing', 'ongoing', 'damaging', 'stinging', 'scathing', 'blistering', 'lasting', 'deepening', 'worsening', 'widening', 'rising',
  'withering', 'biting', 'staggering', 'unrelenting']);

/** Nouns of talk and agreement whose "on"/"about" gerund is their topic ("talks on joining the EU"). */
const TOPIC_NOUNS = new Set(['talk', 'negotiation', 'discussion', 'consultation', 'agreement', 'deal', 'accord', 'dialogue', 'plan', 'proposal', 'decision',
  'vote', 'referendum', 'meeting', 'summit', 'conference', 'dispute', 'disagreement', 'debate']);

/** The lemmas of English auxiliary verbs (what the tagger may call AUX rightly). */
const AUXILIARIES = new Set(['be', 'have', 'do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'need', 'dare',
  'get', 'wo', 'ca', "'s", "'d", "'ll", "'ve", "'re", "'m", 'wil', 'ai', 'let', 'used', 'going', 'gonna']);

// verbs of starting, holding or ending an activity: their complement is a noun phrase, never a clause
const ACTIVITY_VERBS = new Set(['begin', 'start', 'launch', 'hold', 'conduct', 'stage', 'end', 'complete', 'conclude', 'resume', 'suspend', 'cancel', 'postpone', 'halt', 'finish']);


