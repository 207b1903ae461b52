/**
 * Whether a lexicon pattern fits a predicate of the parse: its particle, modifiers, support verb and
 * required phrases (object, obliques, xcomp), with the tokens each required phrase matched.
 */
import { objectTokens, obliquesOf, PARTITIVE, seriesUnit, SERIES_NOUNS } from './arguments.js';
import type { EventPattern, PhraseSpec } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';

/** How a pattern fits a predicate. */
export interface Match {
  /** Null when the pattern fits, else why not. */
  why: string | null;
  /** Per required phrase, the token it matched (-1 for phrases folded into a noun reading). */
  anchors: number[];
}

/** Whether `p` fits predicate `i`, with the tokens its required phrases matched. */
export function matchPattern(v: SentenceView, i: number, p: EventPattern, explain: boolean, particle: string | null): Match {
  // Reasons are built only for `dyad explain`: most patterns tried on a common verb fail. (They are written out at
  // each failure, not passed as closures: a closure over the loop variables cost every call, failing or not, a context.)
  if (p.predicate.particle === null && particle === null && p.requires.length === 0 && p.predicate.modifiers.length === 0 && !p.support) {
    return { why: null, anchors: [] };
  }
  // Cheap rejection: every required word must occur somewhere in the sentence.
  const words = v.lemmaSet();
  for (const req of p.requires) {
    if (!anyIn(req.head, words) && !(req.asNoun && anyIn(req.asNoun.head, words))) {
      return noMatch(explain ? `needs '${req.head.slice(0, 3).join('|')}' (not in the sentence)` : 'no');
    }
  }
  const wanted = p.predicate.particle ?? null;
  if (wanted !== particle && !(particle === null && wanted !== null && wanted === v.looseParticleOf(i))) {
    return noMatch(!explain ? 'no' : p.predicate.particle ? `needs particle '${p.predicate.particle}'` : `has particle '${particle}' the pattern lacks`);
  }
  for (const mod of p.predicate.modifiers) {
    if (!hasModifier(v, i, mod)) return noMatch(explain ? `needs modifier ${mod.slice(0, 4).join('|')}` : 'no');
  }
  if (p.support) {
    // (through a noun of series: "launched waves of air strikes")
    const unit = v.isNoun(i) ? seriesUnit(v, i) : i;
    const h = v.head(unit);
    const support = p.support.lemmas;
    if (h < 0 || !['obj', 'nsubj:pass'].includes(v.rel(unit)) || !holds(support, v.lemma(h))) {
      return noMatch(explain ? `needs support verb ${support.slice(0, 4).join('|')}` : 'no');
    }
  }
  const anchors: number[] = [];
  const folded = new Set<number>();
  for (let r = 0; r < p.requires.length; r++) {
    const req = p.requires[r];
    if (req.via !== undefined && folded.has(req.via)) {
      anchors.push(-1);
      continue;
    }
    const base = req.via !== undefined ? anchors[req.via] : i;
    let hit = -1;
    if (req.rel === 'xcomp') {
      hit = firstHeaded(v, v.childrenBy(base, 'xcomp'), req.head) ?? firstHeaded(v, v.childrenBy(base, 'advcl'), req.head) ?? -1;
      if (hit < 0 && req.asNoun) {
        hit = findPhrase(v, obliquesOf(v, base, ['to']), req.asNoun);
        if (hit >= 0) folded.add(r);
      }
    } else {
      // (a passive's object position is its subject; "was granted asylum": the object left after it counts too)
      let places: readonly number[];
      if (req.rel !== 'object') places = obliquesOf(v, base, req.preps);
      else if (v.isVerb(base) && v.isPassive(base)) places = [...objectTokens(v, base), ...v.childrenBy(base, 'obj')];
      else places = objectTokens(v, base);
      hit = findPhrase(v, places, req);
    }
    if (hit < 0) return noMatch(explain ? needsPhrase(req) : 'no');
    anchors.push(hit);
  }
  return { why: null, anchors };
}

/** The first of `tokens` whose lemma is one of `lemmas`. */
function firstHeaded(v: SentenceView, tokens: number[], lemmas: string[]): number | undefined {
  for (const c of tokens) if (lemmas.includes(v.lemma(c))) return c;
  return undefined;
}

/** A failed match, with why for `dyad explain` ('no' otherwise). */
function noMatch(why: string): Match {
  return { why, anchors: [] };
}

/** Why a required phrase was not found, for `dyad explain`. */
function needsPhrase(req: PhraseSpec): string {
  const words = [...req.modifiers.map((m) => m[0]), req.head.slice(0, 3).join('|')].join(' ');
  return `needs ${req.rel === 'oblique' ? req.preps.join('|') : req.rel} '${words}'`;
}

function findPhrase(v: SentenceView, places: readonly number[], req: PhraseSpec): number {
  for (const x of places) {
    const c = fitting(v, x, req);
    if (c >= 0) return c;
    // "thousands of automatic rifles", "$300 million in economic aid": the phrase is the quantity's dependent
    // (and "a new round of talks", "waves of air strikes": the series')
    if (PARTITIVE.has(v.lemma(x)) || SERIES_NOUNS.has(v.lemma(x)) || v.tokens[x].upos === 'NUM' || v.tokens[x].upos === 'SYM') {
      for (const o of v.childrenBy(x, 'nmod')) {
        if (v.prepOf(o) !== 'of' && v.prepOf(o) !== 'in') continue;
        const d = fitting(v, o, req);
        if (d >= 0) return d;
      }
    }
  }
  return -1;
}

/** The first of `x` and its conjuncts that the phrase fits, or -1. */
function fitting(v: SentenceView, x: number, req: PhraseSpec): number {
  for (const y of v.withConjuncts(x)) if (phraseFits(v, y, req, x)) return y;
  return -1;
}

function anyIn(list: string[], words: Set<string>): boolean {
  // (a word set of the lexicon may hold hundreds of words; a sentence has a few dozen lemmas)
  if (list.length > words.size) {
    const set = lemmaSet(list);
    for (const w of words) if (set.has(w)) return true;
    return false;
  }
  for (const w of list) if (words.has(w)) return true;
  return false;
}

const LEMMA_SETS = new WeakMap<string[], Set<string>>();

/** Lemma lists of compiled patterns as sets (patterns stay plain data; sets are built on first use). */
function lemmaSet(list: string[]): Set<string> {
  let s = LEMMA_SETS.get(list);
  if (!s) LEMMA_SETS.set(list, (s = new Set(list)));
  return s;
}

/** Lists up to this long are searched as they are: most hold one to three lemmas, and finding their set costs more. */
const SHORT_LIST = 8;

/** Whether the lemma list `list` holds `lemma`. */
function holds(list: string[], lemma: string): boolean {
  return list.length <= SHORT_LIST ? list.includes(lemma) : lemmaSet(list).has(lemma);
}

function phraseFits(v: SentenceView, tok: number, req: PhraseSpec, first: number): boolean {
  if (!holds(req.head, v.lemma(tok))) return false;
  return req.modifiers.every((m) => hasModifier(v, tok, m) || hasModifier(v, first, m));
}

/**
 * A required modifier: some word within two levels below the token has one of the lemmas ("talks on a peace treaty"),
 * but not a word of a phrase that someone owns ("strikes on Iran's nuclear facilities" are no nuclear strikes).
 */
function hasModifier(v: SentenceView, i: number, lemmas: string[]): boolean {
  for (const c of v.children(i)) {
    if (v.rel(c) === 'conj') continue;
    if (holds(lemmas, v.lemma(c))) return true;
    if (v.rel(c).startsWith('nmod') && v.childrenBy(c, 'nmod:poss').length > 0) continue;
    for (const g of v.children(c)) if (holds(lemmas, v.lemma(g))) return true;
  }
  return false;
}
