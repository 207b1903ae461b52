import { LinearModel, f1, f2, f3, hashString } from './linear.js';
import { BoundedMemo } from './memo.js';
import type { Upos } from '../model/index.js';

/** The tagger's metadata: its joint classes (UPOS, XPOS) and the tag dictionary of frequent unambiguous words. */
export interface TaggerMeta {
  classes: [Upos, string][];
  /** Lower-cased frequent words that always carry one class in training: word -> class index. */
  tagdict: Record<string, number>;
  /** Ambiguity classes: sorted class lists (e.g. `"3,17"`) that words of the lexicon can take. */
  ambiguity: string[];
  /** Lower-cased words seen at least 3 times in training -> index into `ambiguity`. */
  lexicon: Record<string, number>;
}

const START = hashString('<S>');
const END = hashString('</S>');
const NO_TAG = -1;

/** Shape of a word: X for upper, x for lower, d for digit, runs collapsed ("Obama" -> "Xx", "2,000" -> "d,d"). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w[i];
    let s: string;
    if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c.toLowerCase() !== c.toUpperCase()) s = c === c.toLowerCase() ? 'x' : 'X';
    else s = c;
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** Per-word hashed properties of a sentence, computed once so feature extraction allocates nothing. */
export interface WordInfo {
  n: number;
  lower: Int32Array;
  form: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  shape: Int32Array;
  /** Hashed ambiguity class of each word (filled by the tagger; 0 until then). */
  amb: Int32Array;
  lowerText: string[];
  /** The words themselves. */
  words: string[];
}

/** `hashString(s.slice(from, to))` without building the substring. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** The hashed properties of one word form (see {@link WordInfo}). */
interface WordProps {
  /** The form itself: one string object per form, whose hash the engine keeps, so later look-ups by it skip hashing. */
  word: string;
  lowerText: string;
  lower: number;
  form: number;
  suf1: number;
  suf2: number;
  suf3: number;
  suf4: number;
  pre1: number;
  pre2: number;
  shape: number;
}

function wordProps(w: string): WordProps {
  const lw = normaliseWord(w.toLowerCase());
  const len = lw.length;
  return {
    word: w,
    lowerText: lw,
    lower: hashString(lw),
    form: hashString(w),
    suf1: hashRange(lw, Math.max(0, len - 1), len),
    suf2: hashRange(lw, Math.max(0, len - 2), len),
    suf3: hashRange(lw, Math.max(0, len - 3), len),
    suf4: hashRange(lw, Math.max(0, len - 4), len),
    pre1: hashRange(lw, 0, Math.min(len, 1)),
    pre2: hashRange(lw, 0, Math.min(len, 2)),
    shape: hashString(wordShape(w)),
  };
}

/**
 * Word forms seen so far and their properties (emptied when full): running text repeats its words, so a word
 * costs one look-up instead of lower-casing, a shape and seven hashes.
 */
const wordMemo = new BoundedMemo<WordProps>(65_536);

/**
 * Hashes the properties the tagger and parser use for each word. `words` of the result holds the memo's own
 * string for each form (equal to the input's), so that the tagger's and lemmatizer's look-ups by it are cheap.
 */
export function computeWordInfo(words: string[]): WordInfo {
  const n = words.length;
  const mk = (): Int32Array => new Int32Array(n);
  const info: WordInfo = {
    n, lower: mk(), form: mk(), suf1: mk(), suf2: mk(), suf3: mk(), suf4: mk(), pre1: mk(), pre2: mk(), shape: mk(), amb: mk(),
    lowerText: new Array<string>(n),
    words: new Array<string>(n),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const p = wordMemo.find(w) ?? wordMemo.add(w, wordProps(w));
    info.words[i] = p.word;
    info.lowerText[i] = p.lowerText;
    info.lower[i] = p.lower;
    info.form[i] = p.form;
    info.suf1[i] = p.suf1;
    info.suf2[i] = p.suf2;
    info.suf3[i] = p.suf3;
    info.suf4[i] = p.suf4;
    info.pre1[i] = p.pre1;
    info.pre2[i] = p.pre2;
    info.shape[i] = p.shape;
  }
  return info;
}

/** Maps digits to 0 so that numbers share features, and long words to a bounded key. */
export function normaliseWord(lw: string): string {
  const d = lw.replace(/[0-9]/g, '0');
  return d.length > 30 ? d.slice(0, 30) : d;
}

/** Maximum number of features the tagger extracts for one word. */
export const TAGGER_MAX_FEATURES = 60;

const at = (a: Int32Array, i: number, n: number): number => (i < 0 ? START : i >= n ? END : a[i]);

/**
 * The tagger's features fall in two groups. *Unit* features look at one word only, at a fixed
 * offset from the word being tagged (its suffixes, the next word's shape, ...): their scores
 * depend on that word alone, so the tagger computes them once per word form and role
 * (`UNIT_ROLES`) and caches them. *Context* features combine several words or the previous tags.
 */
export const UNIT_ROLES = 5;
/** Offset from the tagged word of the word each unit role looks at. */
export const UNIT_OFFSETS: readonly number[] = [0, -1, 1, -2, 2];

/** A word property the unit features read. */
type UnitField = 'lower' | 'form' | 'suf1' | 'suf2' | 'suf3' | 'suf4' | 'pre1' | 'pre2' | 'shape' | 'amb';

/** Per unit role, its (template, word property) features; role 0 also has the bias. */
const UNIT_TEMPLATES: readonly (readonly [template: number, field: UnitField])[][] = [
  [[1, 'lower'], [2, 'form'], [3, 'suf1'], [4, 'suf2'], [5, 'suf3'], [6, 'suf4'], [7, 'pre1'], [8, 'pre2'], [9, 'shape'], [36, 'amb']],
  [[14, 'lower'], [18, 'suf3'], [21, 'shape'], [34, 'suf4']],
  [[16, 'lower'], [19, 'suf3'], [20, 'shape'], [26, 'suf2'], [33, 'suf4'], [37, 'amb']],
  [[15, 'lower']],
  [[17, 'lower'], [38, 'amb']],
];

/** Writes the unit features of role `role` for the word at position `j` (out of range: sentence boundary) into `out` from `k`. */
export function taggerUnitFeatures(x: WordInfo, role: number, j: number, out: Int32Array, k: number): number {
  if (role === 0) out[k++] = f1(0, 0);
  for (const [template, field] of UNIT_TEMPLATES[role]!) out[k++] = f1(template, at(x[field], j, x.n));
  return k;
}

/** Feature id of the shape of the word at `j` and whether it starts the sentence (a context feature the word cache can keep, see `Tagger`). */
function initialShapeFeature(x: WordInfo, j: number, initial: boolean): number {
  return f2(25, initial ? 1 : 0, at(x.shape, j, x.n));
}

/** Feature ids of the class of the previous word and of the one before it (-1: none), whose scores the tagger keeps per class. */
const previousClassFeature = (p1: number): number => f1(10, p1);
const secondClassFeature = (p2: number): number => f1(11, p2);

/**
 * Writes the context features of word `i` into `out` from `k`; `p1`, `p2` are the classes of the two previous words (-1 if none).
 * With `all` false the three features whose scores the tagger keeps in tables are left out: the previous class, the one before
 * it, and the word's shape with whether it starts the sentence (see `Tagger.cachedPass`).
 */
export function taggerContextFeatures(x: WordInfo, i: number, p1: number, p2: number, out: Int32Array, k: number, all = true): number {
  const n = x.n;
  const w = x.lower[i];
  const a0 = x.amb[i];
  const a1 = at(x.amb, i + 1, n);
  const a2 = at(x.amb, i + 2, n);
  // (in training's order: the trainer sums its float weights in it, and `npm run train` reproduces the committed models)
  if (all) {
    out[k++] = previousClassFeature(p1);
    out[k++] = secondClassFeature(p2);
  }
  out[k++] = f2(12, p1, p2);
  out[k++] = f2(13, p1, w);
  out[k++] = f2(22, at(x.lower, i - 1, n), w);
  out[k++] = f2(23, w, at(x.lower, i + 1, n));
  out[k++] = f2(24, p1, at(x.lower, i + 1, n));
  if (all) out[k++] = initialShapeFeature(x, i, i === 0);
  out[k++] = f2(27, p1, x.suf3[i]);
  out[k++] = f2(28, at(x.lower, i + 1, n), at(x.lower, i + 2, n));
  out[k++] = f3(29, p1, w, at(x.lower, i + 1, n));
  out[k++] = f2(30, p2, at(x.lower, i - 1, n));
  out[k++] = f2(31, at(x.suf2, i - 1, n), x.suf2[i]);
  out[k++] = f2(32, x.suf3[i], at(x.suf3, i + 1, n));
  out[k++] = f2(35, at(x.shape, i + 1, n), x.shape[i]);
  out[k++] = f2(39, a0, a1);
  out[k++] = f2(40, p1, a0);
  out[k++] = f3(41, a0, a1, a2);
  out[k++] = f2(42, w, a1);
  out[k++] = f3(43, p1, a0, a1);
  out[k++] = f2(44, at(x.amb, i - 1, n), a0);
  out[k++] = f2(45, x.suf3[i], a1);
  return k;
}

/** Writes all the feature ids of word `i` into `out` (the unit features of its five roles, then the context features). */
export function taggerFeatures(x: WordInfo, i: number, p1: number, p2: number, out: Int32Array): number {
  let k = 0;
  for (let role = 0; role < UNIT_ROLES; role++) k = taggerUnitFeatures(x, role, i + UNIT_OFFSETS[role], out, k);
  return taggerContextFeatures(x, i, p1, p2, out, k);
}

/**
 * Features of the second tagging pass: those of the first plus the first pass's tags around
 * word `i`, so that the second pass sees (predicted) tags on its right as well as its left.
 */
export function taggerFeatures2(x: WordInfo, i: number, p1: number, p2: number, first: Int32Array, out: Int32Array): number {
  let k = taggerFeatures(x, i, p1, p2, out);
  const n = x.n;
  const c0 = first[i];
  const r1 = i + 1 < n ? first[i + 1] : -2;
  const r2 = i + 2 < n ? first[i + 2] : -2;
  out[k++] = f1(50, c0);
  out[k++] = f1(51, r1);
  out[k++] = f1(52, r2);
  out[k++] = f2(53, r1, r2);
  out[k++] = f2(54, p1, r1);
  out[k++] = f2(55, x.lower[i], r1);
  out[k++] = f2(56, c0, r1);
  out[k++] = f3(57, p1, c0, r1);
  out[k++] = f2(58, x.lower[i], c0);
  out[k++] = f2(59, x.suf3[i], r1);
  return k;
}

/**
 * Most word forms the unit cache keeps (about 2.4 KB each; it is emptied when full). Running
 * news text repeats its frequent words, so most words are found there.
 */
const UNIT_CACHE_WORDS = 16_384;

/** What the tagger knows of a word form, computed once per form (`fillAmbiguity`) and kept in its word cache. */
interface TaggerWord {
  /** Hashed ambiguity class (see `WordInfo.amb`). */
  amb: number;
  /** Class of the tag dictionary, if the word is in it. */
  dict: number | undefined;
  /**
   * Offset in `Tagger.pool` of the integer scores of its unit features in each role (`UNIT_ROLES` rows of one score per
   * class), then of a last row for role 0 at the start of a sentence; -1 until computed. The context feature of the
   * word's shape and whether it starts the sentence depends on nothing else, so the two rows of role 0 include it (as a
   * later word and as the first one).
   */
  unit: number;
}

/** A greedy averaged-perceptron tagger predicting a joint (UPOS, XPOS) class per word. */
export class Tagger {
  readonly model: LinearModel;
  readonly meta: TaggerMeta;
  private readonly dict: Map<string, number>;
  private readonly lexicon: Map<string, number>;
  private readonly ambHashes: Int32Array;
  private readonly feats = new Int32Array(TAGGER_MAX_FEATURES);
  private readonly scores: Float32Array;

  /** Optional second pass (see `taggerFeatures2`). */
  readonly second: LinearModel | undefined;
  /** Word form -> what the tagger knows of it (see `TaggerWord`). */
  private readonly wordCache = new BoundedMemo<TaggerWord>(UNIT_CACHE_WORDS);
  /** `TaggerWord` of each word of the sentence being tagged (filled by `fillAmbiguity`). */
  private current: TaggerWord[] = [];
  private readonly sums: Int32Array;
  /**
   * Every row of integer scores that `cachedPass` adds, in one array: its sum of seven rows then indexes one array
   * instead of seven, which takes about 40% less time (fewer registers and bounds checks). From offset 0, the scores of
   * the feature of the previous class, one row per class (row 0: no class), then those of the class before it (from
   * `prev2At`): rows of about 50 weights each that are added without hashing or probing the model; then the unit rows of
   * the sentence boundaries (`beforeAt`, `afterAt`), and from `wordsAt` those of the words of the word cache.
   */
  private pool: Int32Array;
  private readonly prev2At: number;
  private readonly beforeAt: number;
  private readonly afterAt: number;
  private readonly wordsAt: number;
  /** End of the rows in use in `pool`. */
  private poolUsed: number;
  /** Size of a word's unit rows (`TaggerWord.unit`). */
  private readonly unitSize: number;
  /** Offsets of the unit rows of the sentence being tagged (see `cachedPass`). */
  private unitAt = new Int32Array(0);
  /**
   * Classes of the rules for words unknown to training (see `unknownWordRules`): the interjection, the singular proper
   * noun, the adjective, and which classes are punctuation (1 for those whose UPOS is PUNCT).
   */
  private readonly intj: number;
  private readonly properNoun: number;
  private readonly adjective: number;
  private readonly punctuation: Uint8Array;

  constructor(model: LinearModel, meta: TaggerMeta, second?: LinearModel) {
    this.model = model;
    this.meta = meta;
    this.second = second;
    this.dict = new Map(Object.entries(meta.tagdict));
    this.lexicon = new Map(Object.entries(meta.lexicon));
    this.ambHashes = Int32Array.from(meta.ambiguity.map((a) => hashString(a)));
    this.scores = new Float32Array(meta.classes.length);
    this.intj = meta.classes.findIndex(([u]) => u === 'INTJ');
    this.properNoun = meta.classes.findIndex(([u, x]) => u === 'PROPN' && x === 'NNP');
    this.adjective = meta.classes.findIndex(([u, x]) => u === 'ADJ' && x === 'JJ');
    this.punctuation = new Uint8Array(meta.classes.length);
    meta.classes.forEach(([u], c) => { this.punctuation[c] = u === 'PUNCT' ? 1 : 0; });
    const C = meta.classes.length;
    this.sums = new Int32Array(C);
    this.unitSize = (UNIT_ROLES + 1) * C;
    this.prev2At = (C + 1) * C;
    this.poolUsed = 2 * this.prev2At;
    // (room for the two sentence boundaries' rows and a first 256 words; `reserveUnitRows` grows it)
    this.pool = new Int32Array(this.poolUsed + (2 + 256) * this.unitSize);
    this.classRows(previousClassFeature, 0);
    this.classRows(secondClassFeature, this.prev2At);
    // (out of a sentence every word property is the boundary's, so an empty sentence gives the boundaries' rows)
    const edges = computeWordInfo([]);
    this.beforeAt = this.computeUnitRow(edges, -1);
    this.afterAt = this.computeUnitRow(edges, 0);
    this.wordsAt = this.poolUsed;
  }

  /** Writes the integer scores of the feature `feature(p)` for p = -1 (no class) .. C - 1 into `pool` from `at`, one row per class. */
  private classRows(feature: (p: number) => number, at: number): void {
    const C = this.meta.classes.length;
    for (let p = NO_TAG; p < C; p++) {
      this.feats[0] = feature(p);
      this.model.scoreInt(this.feats, 1, this.pool, at + (p + 1) * C);
    }
  }

  /**
   * Makes room in `pool` for the unit rows of the `n` words of the sentence being tagged: the pool grows up to the
   * word cache's size, then the rows of every word are forgotten (as the word cache is emptied when full).
   */
  private reserveUnitRows(n: number): void {
    const size = this.unitSize;
    const limit = this.wordsAt + UNIT_CACHE_WORDS * size;
    if (this.poolUsed + n * size > limit && this.poolUsed > this.wordsAt) {
      this.wordCache.clear();
      for (let j = 0; j < n; j++) this.current[j].unit = -1;
      this.poolUsed = this.wordsAt;
    }
    const need = this.poolUsed + n * size;
    if (need <= this.pool.length) return;
    const grown = new Int32Array(Math.max(need, Math.min(limit, 2 * this.pool.length)));
    grown.set(this.pool.subarray(0, this.poolUsed));
    this.pool = grown;
  }

  /** Fills `x.amb` from the lexicon (unknown words get the class of their shape). */
  fillAmbiguity(x: WordInfo): void {
    const current = this.current.length >= x.n ? this.current : (this.current = new Array<TaggerWord>(2 * x.n));
    for (let i = 0; i < x.n; i++) {
      const w = x.words[i];
      let tw = this.wordCache.find(w);
      if (tw === undefined) {
        const a = this.lexicon.get(x.lowerText[i]);
        tw = this.wordCache.add(w, { amb: a === undefined ? x.shape[i] ^ 0x5bd1e995 : this.ambHashes[a], dict: this.dict.get(x.lowerText[i]), unit: -1 });
      }
      current[i] = tw;
      x.amb[i] = tw.amb;
    }
  }

  /** Class index per word (see `meta.classes`): the first pass, then the second when present. */
  tagInfo(x: WordInfo): Int32Array {
    this.fillAmbiguity(x);
    const first = this.pass(x, this.model, null);
    return this.unknownWordRules(x, this.second ? this.pass(x, this.second, first) : first);
  }

  /**
   * Two rules after the classifier for a word never seen in training (three times):
   * - all in capitals and tagged as an interjection ("UNICEF, the UN children's agency, flew ..."), where training saw
   *   only "OK", "YES" or "WOW": an acronym, a proper noun;
   * - hyphened and tagged as punctuation ("pro-EU demonstrators" read as a comma): the adjective it nearly always is
   *   ("pro-Russian", "anti-war", "non-EU").
   */
  private unknownWordRules(x: WordInfo, tags: Int32Array): Int32Array {
    for (let i = 0; i < x.n; i++) {
      const c = tags[i]!;
      if ((c !== this.intj && !this.punctuation[c]) || this.lexicon.has(x.lowerText[i])) continue;
      const w = x.words[i]!;
      if (c === this.intj) {
        if (w.length >= 3 && w === w.toUpperCase() && /^\p{Lu}+$/u.test(w)) tags[i] = this.properNoun;
      } else if (/^\p{L}+-\p{L}/u.test(w)) {
        tags[i] = this.adjective;
      }
    }
    return tags;
  }

  /** Tags of the first pass only (what the parser's jackknifed training tags are). */
  tagFirstPass(x: WordInfo): Int32Array {
    this.fillAmbiguity(x);
    return this.pass(x, this.model, null);
  }

  private pass(x: WordInfo, model: LinearModel, first: Int32Array | null): Int32Array {
    if (!first && model === this.model) return this.cachedPass(x);
    const out = new Int32Array(x.n);
    let p1 = NO_TAG;
    let p2 = NO_TAG;
    const scores = this.scores;
    for (let i = 0; i < x.n; i++) {
      let c = this.dict.get(x.lowerText[i]);
      if (c === undefined) {
        const nf = first ? taggerFeatures2(x, i, p1, p2, first, this.feats) : taggerFeatures(x, i, p1, p2, this.feats);
        scores.fill(0);
        model.score(this.feats, nf, scores);
        c = argmax(scores);
      }
      out[i] = c;
      p2 = p1;
      p1 = c;
    }
    return out;
  }

  /**
   * The first pass with the unit features' scores taken from the word cache and those of the previous classes from
   * per-class rows (integer sums, so the result is the same as scoring every feature): per word, seven rows of `pool`
   * and the 19 other context features instead of 46 random reads into the model.
   */
  private cachedPass(x: WordInfo): Int32Array {
    const n = x.n;
    const C = this.meta.classes.length;
    const out = new Int32Array(n);
    this.reserveUnitRows(n);
    // unitAt[j + 2] is the offset of the unit rows of the word at j, for j = -2 .. n + 1.
    const unitAt = this.unitAt.length >= n + 4 ? this.unitAt : (this.unitAt = new Int32Array(2 * n + 4));
    unitAt[0] = unitAt[1] = this.beforeAt;
    unitAt[n + 2] = unitAt[n + 3] = this.afterAt;
    const words = this.current;
    for (let j = 0; j < n; j++) {
      const w = words[j];
      if (w.unit < 0) w.unit = this.computeUnitRow(x, j);
      unitAt[j + 2] = w.unit;
    }
    const pool = this.pool;
    const sums = this.sums;
    let p1 = NO_TAG;
    let p2 = NO_TAG;
    for (let i = 0; i < n; i++) {
      let c = words[i].dict;
      if (c === undefined) {
        const o0 = unitAt[i + 2] + (i === 0 ? UNIT_ROLES * C : 0), o1 = unitAt[i + 1] + C, o2 = unitAt[i + 3] + 2 * C;
        const o3 = unitAt[i] + 3 * C, o4 = unitAt[i + 4] + 4 * C;
        const q1 = (p1 + 1) * C;
        const q2 = this.prev2At + (p2 + 1) * C;
        for (let t = 0; t < C; t++) {
          sums[t] = pool[o0 + t] + pool[o1 + t] + pool[o2 + t] + pool[o3 + t] + pool[o4 + t] + pool[q1 + t] + pool[q2 + t];
        }
        const nf = taggerContextFeatures(x, i, p1, p2, this.feats, 0, false);
        this.model.scoreInt(this.feats, nf, sums);
        c = 0;
        for (let t = 1; t < C; t++) if (sums[t] > sums[c]) c = t;
      }
      out[i] = c;
      p2 = p1;
      p1 = c;
    }
    return out;
  }

  /** Computes the unit rows of the word at `j` (out of range: a sentence boundary) at the end of `pool`, which has room; returns their offset. */
  private computeUnitRow(x: WordInfo, j: number): number {
    const C = this.meta.classes.length;
    const feats = this.feats;
    const pool = this.pool;
    const at = this.poolUsed;
    this.poolUsed += this.unitSize;
    pool.fill(0, at, this.poolUsed);
    for (let role = 0; role < UNIT_ROLES; role++) {
      const nk = taggerUnitFeatures(x, role, j, feats, 0);
      if (role > 0) {
        this.model.scoreInt(feats, nk, pool, at + role * C);
        continue;
      }
      feats[nk] = initialShapeFeature(x, j, false);
      this.model.scoreInt(feats, nk + 1, pool, at);
      feats[nk] = initialShapeFeature(x, j, true);
      this.model.scoreInt(feats, nk + 1, pool, at + UNIT_ROLES * C);
    }
    return at;
  }
}

/** Index of the largest value (first one on ties). */
export function argmax(a: Float32Array): number {
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
  return best;
}
