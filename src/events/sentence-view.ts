import { CURRENCY_SYMBOLS } from '../actors/normalize.js';
import type { ParsedSentence, ParsedToken } from '../model/index.js';

export const REL_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
// adverbs that are the particle of a phrasal verb when they follow it
export const LOOSE_PARTICLES = new Set(['back', 'out', 'off', 'down', 'up', 'away']);

/**
 * Read-only helpers over one parsed sentence: children by relation, lemmas, prepositions,
 * voice. Built once per sentence so the coder's rules read like grammar, not index arithmetic.
 */
export class SentenceView {
  readonly tokens: ParsedToken[];
  private readonly kids: number[][];

  private readonly lemmas: string[];
  private readonly preps: (string[] | undefined)[];
  /** `withConjuncts` per token, once asked. */
  private readonly conjuncts: (readonly number[] | undefined)[];
  /** `isPassive` per token, once asked. */
  private readonly passive: (boolean | undefined)[];
  /** `prepOf` per token, once asked (undefined until then). */
  private readonly prep: (string | null | undefined)[];
  /**
   * Memo tables of the coder's per-token lookups, one slot per token, under a key their caller chooses (the name of
   * the lookup, or the mention list the actors at a token were found in): no key string is built per lookup.
   */
  private readonly memos = new Map<unknown, unknown[]>();

  constructor(readonly sentence: ParsedSentence) {
    this.tokens = sentence.tokens;
    this.lemmas = this.tokens.map((t) => {
      const l = (t.lemma && t.lemma !== '_' ? t.lemma : t.text).toLowerCase();
      // A lemmatizer that leaves an irregular past form as is would hide the verb from the lexicon.
      if (t.upos === 'VERB') return IRREGULAR_PAST.get(t.text.toLowerCase()) ?? IRREGULAR_PAST.get(l) ?? l;
      // "$3 billion": the lexicon writes currencies as words ("X deposit dollar in Y")
      return CURRENCY_SYMBOLS.get(l) ?? l;
    });
    // "a cease-fire", "a build-up of troops": the tokenizer splits hyphenated words (as UD does) and the parser
    // makes the last part the head; that part takes the word the lexicon writes
    for (let i = 2; i < this.tokens.length; i++) {
      const hyphen = this.tokens[i - 1];
      if (hyphen.text !== '-' || this.tokens[i - 2].spaceAfter || hyphen.spaceAfter) continue;
      const joined = HYPHENATED.get(`${this.lemmas[i - 2]}-${this.lemmas[i]}`);
      if (joined) this.lemmas[i] = joined;
    }
    this.preps = new Array(this.tokens.length);
    this.prep = new Array(this.tokens.length);
    this.conjuncts = new Array(this.tokens.length);
    this.passive = new Array(this.tokens.length);
    this.kids = this.tokens.map(() => []);
    this.tokens.forEach((t, i) => {
      if (t.head >= 0 && t.head < this.tokens.length && t.head !== i) this.kids[t.head].push(i);
    });
  }

  /** The memo table under `key` (see `memos`), empty until its caller fills it. */
  memoTable<T>(key: unknown): (T | undefined)[] {
    let table = this.memos.get(key);
    if (!table) this.memos.set(key, (table = new Array<unknown>(this.tokens.length)));
    return table as (T | undefined)[];
  }

  /** Lower-case lemma (falls back to the word when the parser left it empty). */
  lemma(i: number): string {
    return this.lemmas[i];
  }

  private words: Set<string> | undefined;

  /** Every lemma of the sentence, for quick rejection of patterns whose words are absent. */
  lemmaSet(): Set<string> {
    return (this.words ??= new Set(this.lemmas));
  }

  rel(i: number): string {
    return this.tokens[i].deprel;
  }

  /** The relation without its subtype (`nsubj:pass` → `nsubj`). */
  baseRel(i: number): string {
    const r = this.tokens[i].deprel;
    const colon = r.indexOf(':');
    return colon < 0 ? r : r.slice(0, colon);
  }

  head(i: number): number {
    const h = this.tokens[i].head;
    return h >= 0 && h < this.tokens.length && h !== i ? h : -1;
  }

  children(i: number): number[] {
    return this.kids[i] ?? [];
  }

  /** Children whose full relation is one of `rels` (a bare name also matches its subtypes). */
  childrenBy(i: number, ...rels: string[]): number[] {
    const kids = this.children(i);
    if (kids.length === 0) return kids;
    const out: number[] = [];
    for (const c of kids) {
      const r = this.tokens[c].deprel;
      for (const x of rels) {
        // (the colon after `x` first: most relations fail there, before the prefix is compared)
        if (r === x || (r.charCodeAt(x.length) === 58 && r.startsWith(x) && !x.includes(':') && !SUBTYPE_EXCLUDED.has(r))) {
          out.push(c);
          break;
        }
      }
    }
    return out;
  }

  /** The token and its conjuncts, in order ("Russia, Iran and China"); shared, so read-only. */
  withConjuncts(i: number): readonly number[] {
    const known = this.conjuncts[i];
    if (known !== undefined) return known;
    const out = this.computeConjuncts(i);
    if (i >= 0 && i < this.conjuncts.length) this.conjuncts[i] = out;
    return out;
  }

  private computeConjuncts(i: number): number[] {
    const out = [i];
    for (let k = 0; k < out.length && out.length < 20; k++) {
      for (const c of this.childrenBy(out[k], 'conj')) if (!out.includes(c)) out.push(c);
      // "Israel, the United Arab Emirates and Bahrain" with the middle name hung as a bare nmod or
      // appos: set off by a comma and continued with its own conjunct, it is one more item of the list
      for (const c of this.childrenBy(out[k], 'nmod', 'appos')) {
        // names only: "X, the acting defence minister and the son of Y" is an apposition
        const conj = this.childrenBy(c, 'conj');
        if (out.includes(c) || c < out[k] || this.caseTokens(c).length > 0 || conj.length === 0) continue;
        if (this.tokens[c].upos !== 'PROPN' || conj.some((x) => this.tokens[x].upos !== 'PROPN')) continue;
        if (this.childrenBy(c, 'punct').some((p) => p < c && this.tokens[p].text === ',')) out.push(c);
      }
    }
    return out;
  }

  /** The preposition(s) introducing a nominal: its `case` children, joined ("on behalf of" → "on behalf of"). */
  prepOf(i: number): string | null {
    const known = this.prep[i];
    if (known !== undefined) return known;
    const p = this.computePrep(i);
    if (i >= 0 && i < this.prep.length) this.prep[i] = p;
    return p;
  }

  private computePrep(i: number): string | null {
    const cases = this.caseTokens(i);
    if (cases.length === 0) {
      const marks = this.childrenBy(i, 'mark').filter((c) => c < i && this.lemma(c) !== 'to');
      return marks.length ? this.lemma(marks[0]) : null;
    }
    // "out of", "back from": the particle of a phrasal verb read as part of the preposition
    const words = cases.map((c) => this.lemma(c));
    if (words.length === 2 && LOOSE_PARTICLES.has(words[0].toLowerCase()) && ['of', 'from'].includes(words[1].toLowerCase())) return words[1];
    return words.join(' ');
  }

  /** Every reading of the preposition(s) of a nominal: joined, then each ("on between Kabul" → on between, on, between). */
  prepsOf(i: number): string[] {
    return (this.preps[i] ??= this.computePreps(i));
  }

  /**
   * The `case` words before a nominal; when it has none, those of its title or descriptor
   * ("with his Iraqi counterpart Fuad Hussein": "with" hangs on "counterpart").
   */
  private caseTokens(i: number): number[] {
    const cases = this.childrenBy(i, 'case').filter((c) => c < i);
    if (cases.length) return cases;
    for (const d of this.childrenBy(i, 'nmod:desc')) {
      if (d > i) continue;
      const got = this.childrenBy(d, 'case').filter((c) => c < d);
      if (got.length) return got;
    }
    return cases;
  }

  private computePreps(i: number): string[] {
    const cases = this.caseTokens(i).map((c) => this.lemma(c));
    if (cases.length > 1) return [cases.join(' '), ...cases];
    const p = this.prepOf(i);
    return p === null ? [] : [p];
  }

  /** Phrasal-verb particle (`compound:prt`), or null. */
  particleOf(i: number): string | null {
    const p = this.childrenBy(i, 'compound:prt');
    return p.length ? this.lemma(p[0]) : null;
  }

  /**
   * A particle the parser did not label as one, right after the verb ("pulled back from" with
   * `advmod`) or after its object before "of"/"from" ("pull its troops out of Ukraine"): phrasal
   * patterns with it match too, and so do the verb's plain patterns.
   */
  looseParticleOf(i: number): string | null {
    const next = i + 1;
    // mislabelled: an adverb on the verb, or a modifier of the object ("scale back military operations")
    if (next < this.tokens.length && this.rel(next) !== 'case' && ['ADV', 'ADP', 'PART'].includes(this.tokens[next].upos)) {
      const lemma = this.lemma(next).toLowerCase();
      if (LOOSE_PARTICLES.has(lemma)) return lemma;
    }
    // read as a preposition, right after the verb ("pulled out of talks") or split from it by its
    // object ("pull its troops out of Ukraine")
    for (let k = i + 1; k < Math.min(this.tokens.length - 1, i + 6); k++) {
      const lemma = this.lemma(k).toLowerCase();
      if (!LOOSE_PARTICLES.has(lemma) || this.rel(k) !== 'case' || !['of', 'from'].includes(this.lemma(k + 1).toLowerCase())) continue;
      if (k === i + 1 || this.childrenBy(i, 'obj').some((o) => o < k)) return lemma;
    }
    return null;
  }

  /** The verbs on the chain of heads above `i`, nearest first, looking at most `steps` heads up. */
  verbsAbove(i: number, steps: number): number[] {
    const out: number[] = [];
    for (let h = this.head(i), n = 0; h >= 0 && n < steps; h = this.head(h), n++) if (this.isVerb(h)) out.push(h);
    return out;
  }

  isVerb(i: number): boolean {
    return this.tokens[i].upos === 'VERB';
  }

  /** An adjective with a copula, the head of its clause: "Moscow was concerned about ...". */
  isCopularAdjective(i: number): boolean {
    return this.tokens[i].upos === 'ADJ' && this.childrenBy(i, 'cop').length > 0;
  }

  isNoun(i: number): boolean {
    const u = this.tokens[i].upos;
    return u === 'NOUN' || u === 'PROPN';
  }

  /** Passive voice: a passive subject or auxiliary, or a bare past participle modifying a noun. */
  isPassive(i: number): boolean {
    const known = this.passive[i];
    if (known !== undefined) return known;
    const p = this.computePassive(i);
    if (i >= 0 && i < this.passive.length) this.passive[i] = p;
    return p;
  }

  private computePassive(i: number): boolean {
    if (this.childrenBy(i, 'aux:pass').length) return true;
    // "Belarusian police arrested 200 protesters" misparsed with `nsubj:pass` but a direct object and
    // no passive auxiliary: a finite active verb.
    if (this.childrenBy(i, 'nsubj:pass', 'csubj:pass').length) return this.childrenBy(i, 'obj').length === 0;
    const r = this.rel(i);
    if (!((r === 'acl' || r === 'amod') && this.tokens[i].xpos === 'VBN')) return false;
    // A participle with a direct object is not passive ("troops held exercises" misparsed as a modifier),
    // nor is one hung on a root noun without a "by" agent ("The minister called on Israel ..." parsed as
    // a noun phrase): both are the parser's reading of a finite past-tense verb.
    if (this.childrenBy(i, 'nsubj', 'aux', 'obj').length) return false;
    const h = this.head(i);
    const agent = this.children(i).some((c) => this.rel(c) === 'obl:agent' || this.prepOf(c) === 'by');
    return !(h >= 0 && this.rel(h) === 'root' && !agent);
  }

  /** Relative pronoun of a relative clause replaced by the noun the clause modifies. */
  resolveRelative(clause: number, arg: number): number {
    if (REL_PRONOUNS.has(this.lemma(arg)) && this.tokens[arg].upos !== 'NOUN') {
      let c = clause;
      for (let n = 0; n < 4 && c >= 0; n++) {
        // ("advcl:relcl", a relative clause the parser hung as a verb's clause, is one too)
        if (this.rel(c).endsWith(':relcl')) {
          // a relative clause hung on a verb by the parser: the antecedent is the nearest noun before the pronoun
          const h = this.head(c);
          if (h < 0 || this.isNoun(h)) return h;
          for (let k = arg - 1; k >= 0; k--) if (this.isNoun(k)) return k;
          return h;
        }
        if (this.rel(c) !== 'conj') break;
        c = this.head(c);
      }
    }
    return arg;
  }

  /** Negated by its own words: `not`, `never`, `n't`, `no longer`, or `no` before a noun. */
  hasNegation(i: number): boolean {
    return this.children(i).some((c) => {
      const r = this.baseRel(c);
      const l = this.lemma(c);
      if ((r === 'advmod' || r === 'neg') && (l === 'not' || l === "n't" || l === 'never')) return true;
      // ("would no longer send weapons")
      if (r === 'advmod' && (l === 'longer' || l === 'long') && this.children(c).some((n) => this.lemma(n) === 'no')) return true;
      return r === 'det' && l === 'no';
    });
  }

  /** Words of a token span, joined as written. */
  spanText(start: number, end: number): string {
    let s = '';
    for (let i = start; i < end && i < this.tokens.length; i++) {
      s += this.tokens[i].text + (i < end - 1 && this.tokens[i].spaceAfter ? ' ' : '');
    }
    return s;
  }
}

// Relations that look like a subtype of another but are not that relation for the coder's purposes.
/** Whether `ancestor` is `k` or lies on its chain of heads, looking at most `steps` heads up. */
export function dominates(tokens: readonly ParsedToken[], ancestor: number, k: number, steps: number): boolean {
  for (let x = k, n = 0; x >= 0 && x < tokens.length && n < steps; x = tokens[x].head, n++) if (x === ancestor) return true;
  return false;
}

const SUBTYPE_EXCLUDED = new Set(['nmod:poss', 'nmod:tmod', 'obl:tmod', 'obl:npmod', 'nmod:npmod', 'compound:prt']);

/** Hyphenated event nouns, as the lemmas of their two parts, and the word the lexicon writes for them. */
const HYPHENATED = new Map(Object.entries({
  'cease-fire': 'ceasefire', 'crack-down': 'crackdown', 'air-strike': 'airstrike', 'pull-out': 'pullout', 'air-lift': 'airlift',
  'build-up': 'buildup', 'walk-out': 'walkout', 'take-over': 'takeover', 'shoot-out': 'shootout', 'lock-down': 'lockdown',
  'air-drop': 'airdrop', 'hand-over': 'handover', 'fly-over': 'flyover', 'stand-off': 'standoff', 'sit-in': 'sit-in',
}));

/** Whether `form` is an irregular past form that is no base form too ("froze", not "cut"), whatever its tag. */
export function isIrregularPast(form: string): boolean {
  const f = form.toLowerCase();
  const l = IRREGULAR_PAST.get(f);
  return l !== undefined && l !== f;
}

const IRREGULAR_PAST = new Map<string, string>(
  (
    'fought:fight held:hold met:meet sent:send spoke:speak spoken:speak took:take taken:take gave:give given:give ' +
    'made:make sought:seek brought:bring began:begin begun:begin withdrew:withdraw withdrawn:withdraw struck:strike ' +
    'shot:shoot led:lead left:leave told:tell said:say won:win lost:lose broke:break broken:break froze:freeze ' +
    'frozen:freeze forbade:forbid forbidden:forbid drove:drive driven:drive threw:throw thrown:throw seized:seize ' +
    'overthrew:overthrow overthrown:overthrow undertook:undertake undertaken:undertake stood:stand went:go gone:go ' +
    'came:come saw:see seen:see knew:know known:know wrote:write written:write rode:ride hit:hit set:set put:put ' +
    'cut:cut kept:keep paid:pay sold:sell bought:buy built:build spent:spend lent:lend dealt:deal felt:feel ' +
    'forgave:forgive forgiven:forgive flew:fly flown:fly fled:flee bound:bind fed:feed bore:bear borne:bear ' +
    'swore:swear sworn:swear stole:steal stolen:steal hid:hide hidden:hide rose:rise risen:rise shook:shake ' +
    'shaken:shake upheld:uphold withheld:withhold overtook:overtake overtaken:overtake beat:beat beaten:beat ' +
    'slew:slay slain:slay sank:sink sunk:sink sped:speed swept:sweep wept:weep woke:wake woken:wake'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
