/**
 * Greedy arc-hybrid dependency parser with the root token at the end of the buffer. An
 * averaged perceptron scores the three unlabelled transitions; a separate classifier picks the
 * UD relation when an arc is made, which keeps the per-transition scoring to three classes.
 * Every sentence takes exactly 2n transitions, so parsing is linear in sentence length.
 */
import { LinearModel, MAX_CLASSES, f1, f2, f3, f4, hashString } from './linear.js';
import type { WordInfo } from './tagger.js';

/** Transitions of the arc-hybrid system. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

const NONE = -1;
const ROOT_W = hashString('<ROOT>');
const NONE_W = hashString('<NONE>');
const ROOT_T = 1000;
const NONE_T = 1001;

/** Maximum number of features per parser state. */
export const PARSER_MAX_FEATURES = 112;
/** Maximum number of features per labelling decision. */
export const LABEL_MAX_FEATURES = 40;

/** The parser's mutable configuration: stack, buffer front, and the arcs built so far. */
export class ParseState {
  n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** Front of the buffer; the buffer is b..n where n is the artificial root. */
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Bit sets of the labels of left and right children (labels 0-31 in lo, 32-63 in hi). */
  readonly lsetLo: Int32Array;
  readonly lsetHi: Int32Array;
  readonly rsetLo: Int32Array;
  readonly rsetHi: Int32Array;

  /** A state for a sentence of `n` words, with room for sentences of up to `capacity` words (see `reset`). */
  constructor(n: number, capacity = n) {
    this.n = n;
    const mk = (): Int32Array => new Int32Array(capacity + 1);
    this.stack = mk();
    this.heads = mk();
    this.labels = mk();
    this.lc1 = mk();
    this.lc2 = mk();
    this.rc1 = mk();
    this.rc2 = mk();
    this.nl = mk();
    this.nr = mk();
    this.lsetLo = mk();
    this.lsetHi = mk();
    this.rsetLo = mk();
    this.rsetHi = mk();
    this.reset(n);
  }

  /** Most words of a sentence the state has room for. */
  get capacity(): number {
    return this.stack.length - 1;
  }

  /** The initial state of a sentence of `n` words (at most `capacity`), in this state's arrays. */
  reset(n: number): void {
    this.n = n;
    this.sp = 0;
    this.b = 0;
    const end = n + 1;
    this.heads.fill(NONE, 0, end);
    this.labels.fill(NONE, 0, end);
    this.lc1.fill(NONE, 0, end);
    this.lc2.fill(NONE, 0, end);
    this.rc1.fill(NONE, 0, end);
    this.rc2.fill(NONE, 0, end);
    this.nl.fill(0, 0, end);
    this.nr.fill(0, 0, end);
    this.lsetLo.fill(0, 0, end);
    this.lsetHi.fill(0, 0, end);
    this.rsetLo.fill(0, 0, end);
    this.rsetHi.fill(0, 0, end);
  }

  get terminal(): boolean {
    return this.b >= this.n && this.sp === 0;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k] : NONE;
  }

  canShift(): boolean {
    return this.b < this.n;
  }
  canLeft(): boolean {
    // Only the last stack word may attach to the root, so every tree has exactly one root.
    return this.sp >= 1 && (this.b < this.n || this.sp === 1);
  }
  canRight(): boolean {
    return this.sp >= 2;
  }

  valid(t: number): boolean {
    return t === SHIFT ? this.canShift() : t === LEFT ? this.canLeft() : this.canRight();
  }

  /** Head and dependent of the arc transition `t` would add. */
  arcOf(t: number): [head: number, dep: number] {
    const s0 = this.stack[this.sp - 1];
    return t === LEFT ? [this.b, s0] : [this.stack[this.sp - 2], s0];
  }

  apply(t: number, label: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const [h, d] = this.arcOf(t);
    this.sp--;
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = label & 31;
    if (d < h) {
      this.lc2[h] = this.lc1[h];
      this.lc1[h] = d;
      this.nl[h]++;
      if (label >= 32) this.lsetHi[h] |= 1 << bit;
      else if (label >= 0) this.lsetLo[h] |= 1 << bit;
    } else {
      this.rc2[h] = this.rc1[h];
      this.rc1[h] = d;
      this.nr[h]++;
      if (label >= 32) this.rsetHi[h] |= 1 << bit;
      else if (label >= 0) this.rsetLo[h] |= 1 << bit;
    }
  }
}

function bucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

function wAt(x: WordInfo, n: number, p: number): number {
  return p === NONE ? NONE_W : p === n ? ROOT_W : x.lower[p];
}
function tAt(tags: Int32Array, n: number, p: number): number {
  return p === NONE ? NONE_T : p === n ? ROOT_T : tags[p];
}
function lAt(st: ParseState, p: number): number {
  return p === NONE ? NONE : st.labels[p];
}
function kid(a: Int32Array, p: number): number {
  return p === NONE ? NONE : a[p];
}
function wAtSafe(x: WordInfo, n: number, p: number): number {
  return p === NONE || p < 0 || p > n ? NONE_W : p === n ? ROOT_W : x.lower[p];
}
function tAtSafe(tags: Int32Array, n: number, p: number): number {
  return p === NONE || p < 0 || p > n ? NONE_T : p === n ? ROOT_T : tags[p];
}

/** Kinds of value a small-domain transition template takes (see `SMALL_TEMPLATES`). */
const TAG = 0, LABEL = 1, DIST = 2, COUNT = 3;
/** Child counts above this are rare: their features are hashed like any other. */
const MAX_DENSE_COUNT = 15;
/** Values of the small-domain templates lie in -1 .. VALUE_RANGE - 2 (tags up to NONE_T). */
const VALUE_RANGE = 1024;

/**
 * The transition templates over one or two values of small domains (tags, relations, distance
 * buckets, child counts): `[template, kind of the first value, kind of the second or -1]`.
 * They are about a third of the features scored per transition, and the most frequent ones.
 */
const SMALL_TEMPLATES: [template: number, first: number, second: number][] = [
  [26, TAG, TAG], [27, TAG, TAG], [30, TAG, TAG], [44, TAG, DIST], [46, TAG, DIST],
  [52, TAG, COUNT], [54, TAG, COUNT], [56, TAG, COUNT], [58, TAG, COUNT], [59, TAG, COUNT],
  [61, TAG, -1], [64, TAG, -1], [66, TAG, -1], [68, TAG, -1], [71, TAG, -1], [73, TAG, -1], [75, TAG, -1], [77, TAG, -1],
  [62, LABEL, -1], [65, LABEL, -1], [67, LABEL, -1], [69, LABEL, -1], [72, LABEL, -1], [74, LABEL, -1], [76, LABEL, -1], [78, LABEL, -1],
];

/**
 * The weights of the small-domain templates in dense tables indexed by the values themselves,
 * copied at load time from the transition model by looking up the very feature ids the hashed
 * path computes: the parser then adds them as integers (`sums`, passed to `LinearModel.score`
 * as its base) instead of hashing and probing them, with the same sums and so the same trees.
 */
export class SmallTemplateTables {
  /** Integer sums of the three transitions' weights over the small templates added since `clear`. */
  readonly sums = new Int32Array(3);
  /** The tables of all templates, one after the other: three weights per value or pair of values. */
  private readonly weights: Int16Array;
  /** Per template number: where its table starts, the kinds of its two values (-1: none) and the size of the second's domain. */
  private readonly offsets = new Int32Array(128);
  private readonly first = new Int8Array(128);
  private readonly second = new Int8Array(128);
  private readonly strides = new Int32Array(128);
  /** `codes[kind * VALUE_RANGE + v + 1]`: the index of value `v` of a kind in the tables, -1 outside them. */
  private readonly codes = new Int16Array(4 * VALUE_RANGE).fill(-1);

  constructor(model: LinearModel, tagCount: number, labelCount: number) {
    const values: number[][] = [
      [...Array.from({ length: tagCount }, (_, v) => v), ROOT_T, NONE_T],
      Array.from({ length: labelCount + 1 }, (_, i) => i - 1),
      Array.from({ length: 8 }, (_, d) => d),
      Array.from({ length: MAX_DENSE_COUNT + 1 }, (_, c) => c),
    ];
    values.forEach((vs, kind) => vs.forEach((v, i) => (this.codes[kind * VALUE_RANGE + v + 1] = i)));
    let size = 0;
    for (const [t, k1, k2] of SMALL_TEMPLATES) {
      this.offsets[t] = size;
      this.first[t] = k1;
      this.second[t] = k2;
      this.strides[t] = k2 < 0 ? 1 : values[k2].length;
      size += values[k1].length * this.strides[t] * 3;
    }
    this.weights = new Int16Array(size);
    for (const [t, k1, k2] of SMALL_TEMPLATES) {
      values[k1].forEach((a, i) => {
        if (k2 < 0) model.denseWeights(f1(t, a), this.weights, this.offsets[t] + i * 3);
        else values[k2].forEach((b, j) => model.denseWeights(f2(t, a, b), this.weights, this.offsets[t] + (i * this.strides[t] + j) * 3));
      });
    }
  }

  clear(): void {
    this.sums.fill(0);
  }

  /**
   * Adds the weights of template `t` on values `a` and `b` (`b` unused by one-value templates) and
   * returns true; false, adding nothing, when a value falls outside the tables (the caller hashes
   * the feature instead).
   */
  add(t: number, a: number, b: number): boolean {
    if (a < -1 || b < -1 || a >= VALUE_RANGE - 1 || b >= VALUE_RANGE - 1) return false;
    const k2 = this.second[t];
    const i = this.codes[this.first[t] * VALUE_RANGE + a + 1];
    const j = k2 < 0 ? 0 : this.codes[k2 * VALUE_RANGE + b + 1];
    if (i < 0 || j < 0) return false;
    const at = this.offsets[t] + (i * this.strides[t] + j) * 3;
    const w = this.weights;
    this.sums[0] += w[at];
    this.sums[1] += w[at + 1];
    this.sums[2] += w[at + 2];
    return true;
  }
}

/** Templates of the single-word features of each stack/buffer role (s0, s1, b0, b1, b2, s2). */
const ROLE_TEMPLATES: [word: number, tag: number, both: number][] = [
  [1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, -1], [16, 15, -1],
];

/** Writes the single-word features of a word `w` with tag `t` in `role` into `out` from `k`; returns the new k. */
export function roleFeatures(role: number, w: number, t: number, out: Int32Array, k: number): number {
  const [tw, tt, tb] = ROLE_TEMPLATES[role];
  out[k++] = f1(tw, w);
  out[k++] = f1(tt, t);
  if (tb >= 0) out[k++] = f2(tb, w, t);
  return k;
}

/** Writes the feature of one-value template `t` into `out` at `k` unless `small` holds its weights; returns the new k. */
function smallOne(out: Int32Array, k: number, small: SmallTemplateTables | null, t: number, a: number): number {
  if (small === null || !small.add(t, a, 0)) out[k++] = f1(t, a);
  return k;
}
/** Same for a two-value template. */
function smallTwo(out: Int32Array, k: number, small: SmallTemplateTables | null, t: number, a: number, b: number): number {
  if (small === null || !small.add(t, a, b)) out[k++] = f2(t, a, b);
  return k;
}

/** Writes the features of a child's tag (template `t`) and of its relation (template `t + 1`), as `smallOne` does. */
function childTagAndRelation(out: Int32Array, k: number, small: SmallTemplateTables | null, st: ParseState, tags: Int32Array, t: number, child: number): number {
  k = smallOne(out, k, small, t, tAt(tags, st.n, child));
  return smallOne(out, k, small, t + 1, lAt(st, child));
}

/**
 * Writes the transition features of `st` into `out`; `tags` are the tagger's class ids. With
 * `withUnigrams` false the bias and single-word features are left out (the parser caches their
 * scores per word and role).
 */
export function parserFeatures(
  st: ParseState, x: WordInfo, tags: Int32Array, out: Int32Array, withUnigrams = true, small: SmallTemplateTables | null = null,
): number {
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b <= n ? st.b : NONE;
  const b1 = st.b + 1 <= n ? st.b + 1 : NONE;
  const b2 = st.b + 2 <= n ? st.b + 2 : NONE;
  const s0w = wAt(x, n, s0), s0t = tAt(tags, n, s0), s1w = wAt(x, n, s1), s1t = tAt(tags, n, s1), s2t = tAt(tags, n, s2);
  const b0w = wAt(x, n, b0), b0t = tAt(tags, n, b0), b1t = tAt(tags, n, b1), b2t = tAt(tags, n, b2);
  const s0lc1 = kid(st.lc1, s0), s0lc2 = kid(st.lc2, s0), s0rc1 = kid(st.rc1, s0), s0rc2 = kid(st.rc2, s0);
  const s1lc1 = kid(st.lc1, s1), s1rc1 = kid(st.rc1, s1);
  const b0lc1 = kid(st.lc1, b0), b0lc2 = kid(st.lc2, b0);
  const d = s0 === NONE ? 0 : bucket(st.b - s0);
  const d2 = s1 === NONE || s0 === NONE ? 0 : bucket(s0 - s1);
  const s0nl = s0 === NONE ? 0 : st.nl[s0], s0nr = s0 === NONE ? 0 : st.nr[s0];
  const b0nl = b0 === NONE ? 0 : st.nl[b0];
  const s1nl = s1 === NONE ? 0 : st.nl[s1], s1nr = s1 === NONE ? 0 : st.nr[s1];
  let k = 0;
  if (withUnigrams) {
    out[k++] = f1(0, 0);
    for (let role = 0; role < 6; role++) {
      const p = role === 0 ? s0 : role === 1 ? s1 : role === 2 ? b0 : role === 3 ? b1 : role === 4 ? b2 : s2;
      k = roleFeatures(role, wAt(x, n, p), tAt(tags, n, p), out, k);
    }
  }
  out[k++] = f4(20, s0w, s0t, b0w, b0t);
  out[k++] = f3(21, s0w, s0t, b0w);
  out[k++] = f3(22, s0w, b0w, b0t);
  out[k++] = f3(23, s0w, s0t, b0t);
  out[k++] = f3(24, s0t, b0w, b0t);
  out[k++] = f2(25, s0w, b0w);
  k = smallTwo(out, k, small, 26, s0t, b0t);
  k = smallTwo(out, k, small, 27, b0t, b1t);
  out[k++] = f4(28, s1w, s1t, s0w, s0t);
  out[k++] = f2(29, s1w, s0w);
  k = smallTwo(out, k, small, 30, s1t, s0t);
  out[k++] = f2(31, s1t, s0w);
  out[k++] = f2(32, s1w, s0t);
  out[k++] = f3(33, b0t, b1t, b2t);
  out[k++] = f3(34, s0t, b0t, b1t);
  out[k++] = f3(35, s1t, s0t, b0t);
  out[k++] = f3(36, s2t, s1t, s0t);
  out[k++] = f3(37, s0t, tAt(tags, n, s0lc1), b0t);
  out[k++] = f3(38, s0t, tAt(tags, n, s0rc1), b0t);
  out[k++] = f3(39, s0t, b0t, tAt(tags, n, b0lc1));
  out[k++] = f3(40, s1t, tAt(tags, n, s1rc1), s0t);
  out[k++] = f3(41, s1t, s0t, tAt(tags, n, s0lc1));
  out[k++] = f3(42, s1t, s0t, tAt(tags, n, s0rc1));
  out[k++] = f2(43, s0w, d);
  k = smallTwo(out, k, small, 44, s0t, d);
  out[k++] = f2(45, b0w, d);
  k = smallTwo(out, k, small, 46, b0t, d);
  out[k++] = f3(47, s0t, b0t, d);
  out[k++] = f3(48, s1t, s0t, d2);
  out[k++] = f2(49, s1w, d2);
  out[k++] = f2(50, s0w, d2);
  out[k++] = f2(51, s0w, s0nl);
  k = smallTwo(out, k, small, 52, s0t, s0nl);
  out[k++] = f2(53, s0w, s0nr);
  k = smallTwo(out, k, small, 54, s0t, s0nr);
  out[k++] = f2(55, b0w, b0nl);
  k = smallTwo(out, k, small, 56, b0t, b0nl);
  out[k++] = f2(57, s1w, s1nr);
  k = smallTwo(out, k, small, 58, s1t, s1nr);
  k = smallTwo(out, k, small, 59, s1t, s1nl);
  out[k++] = f1(60, wAt(x, n, s0lc1));
  k = childTagAndRelation(out, k, small, st, tags, 61, s0lc1);
  out[k++] = f1(63, wAt(x, n, s0rc1));
  k = childTagAndRelation(out, k, small, st, tags, 64, s0rc1);
  k = childTagAndRelation(out, k, small, st, tags, 66, s0lc2);
  k = childTagAndRelation(out, k, small, st, tags, 68, s0rc2);
  out[k++] = f1(70, wAt(x, n, b0lc1));
  k = childTagAndRelation(out, k, small, st, tags, 71, b0lc1);
  k = childTagAndRelation(out, k, small, st, tags, 73, b0lc2);
  k = childTagAndRelation(out, k, small, st, tags, 75, s1rc1);
  k = childTagAndRelation(out, k, small, st, tags, 77, s1lc1);
  out[k++] = f1(79, wAt(x, n, s1rc1));
  out[k++] = f3(80, s0t, lAt(st, s0lc1), lAt(st, s0lc2));
  out[k++] = f3(81, s0t, lAt(st, s0rc1), lAt(st, s0rc2));
  out[k++] = f3(82, b0t, lAt(st, b0lc1), lAt(st, b0lc2));
  out[k++] = f3(83, s0t, tAt(tags, n, s0lc1), tAt(tags, n, s0lc2));
  out[k++] = f3(84, s0t, tAt(tags, n, s0rc1), tAt(tags, n, s0rc2));
  out[k++] = f3(85, b0t, tAt(tags, n, b0lc1), tAt(tags, n, b0lc2));
  if (s0 !== NONE) {
    out[k++] = f3(86, s0w, st.lsetLo[s0], st.lsetHi[s0]);
    out[k++] = f3(87, s0t, st.lsetLo[s0], st.lsetHi[s0]);
    out[k++] = f3(88, s0t, st.rsetLo[s0], st.rsetHi[s0]);
    out[k++] = f3(89, s0w, st.rsetLo[s0], st.rsetHi[s0]);
  }
  if (b0 !== NONE) {
    out[k++] = f3(90, b0t, st.lsetLo[b0], st.lsetHi[b0]);
    out[k++] = f3(91, b0w, st.lsetLo[b0], st.lsetHi[b0]);
  }
  if (s1 !== NONE) out[k++] = f3(92, s1t, st.rsetLo[s1], st.rsetHi[s1]);
  out[k++] = f4(93, s1t, s0t, b0t, b1t);
  out[k++] = f3(94, s0w, b0t, b1t);
  out[k++] = f3(95, s0t, b0w, b1t);
  out[k++] = f3(96, s1w, s0t, b0t);
  // Attachment of a prepositional phrase: the candidate heads against b0's first left child (its preposition).
  const prep = wAt(x, n, b0lc1);
  out[k++] = f2(97, s1w, prep);
  out[k++] = f2(98, s0w, prep);
  out[k++] = f3(99, s1t, s0t, prep);
  out[k++] = f3(100, s1w, s0t, prep);
  out[k++] = f3(101, s0w, prep, b0w);
  return k;
}

/** Label features of the tags alone, whose scores the parser keeps in tables (see `Parser.headRows`): the bias, the head's tag. */
const labelBias = (): number => f1(0, 0);
const labelHeadTag = (ht: number): number => f1(2, ht);
/** The dependent's tag, alone and with the direction (1: left arc, 2: right). */
const labelDepTag = (dt: number): number => f1(4, dt);
const labelDepTagDir = (dt: number, dir: number): number => f2(10, dt, dir);

/**
 * Writes the features for labelling the arc `h -> d` into `out`. With `all` false those of the tags alone
 * (`labelBias`, `labelHeadTag`, `labelDepTag`, `labelDepTagDir`) are left out: the parser keeps their scores in tables.
 */
export function labelFeatures(st: ParseState, x: WordInfo, tags: Int32Array, h: number, d: number, out: Int32Array, all = true): number {
  const n = st.n;
  const hw = wAtSafe(x, n, h), ht = tAtSafe(tags, n, h), dw = wAtSafe(x, n, d), dt = tAtSafe(tags, n, d);
  const dir = d < h ? 1 : 2;
  const dist = bucket(Math.abs(h - d));
  const dlc1 = st.lc1[d], dlc2 = st.lc2[d], drc1 = st.rc1[d];
  // (in training's order: the trainer sums its float weights in it, and `npm run train` reproduces the committed models)
  let k = 0;
  if (all) out[k++] = labelBias();
  out[k++] = f1(1, hw);
  if (all) out[k++] = labelHeadTag(ht);
  out[k++] = f1(3, dw);
  if (all) out[k++] = labelDepTag(dt);
  out[k++] = f2(5, ht, dt);
  out[k++] = f2(6, hw, dt);
  out[k++] = f2(7, ht, dw);
  out[k++] = f2(8, hw, dw);
  out[k++] = f4(9, ht, dt, dir, dist);
  if (all) out[k++] = labelDepTagDir(dt, dir);
  out[k++] = f2(11, wAtSafe(x, n, dlc1), dt);
  out[k++] = f2(12, lAt(st, dlc1), dt);
  out[k++] = f2(13, lAt(st, drc1), dt);
  out[k++] = f3(14, dt, st.lsetLo[d], st.lsetHi[d]);
  out[k++] = f3(15, dt, st.rsetLo[d], st.rsetHi[d]);
  out[k++] = f4(16, ht, dt, st.lsetLo[h], st.lsetHi[h]);
  out[k++] = f4(17, ht, dt, st.rsetLo[h], st.rsetHi[h]);
  out[k++] = f2(18, wAtSafe(x, n, dlc2), dt);
  out[k++] = f3(19, ht, wAtSafe(x, n, dlc1), dir);
  out[k++] = f2(20, dt, wAtSafe(x, n, d - 1));
  out[k++] = f2(21, dt, wAtSafe(x, n, d + 1));
  out[k++] = f3(22, ht, dt, lAt(st, dlc1));
  out[k++] = f2(23, dw, dir);
  out[k++] = f2(24, hw, wAtSafe(x, n, dlc1));
  out[k++] = f2(25, tAtSafe(tags, n, dlc1), dt);
  out[k++] = f2(26, dt, tAtSafe(tags, n, d - 1));
  out[k++] = f3(27, dt, st.nl[d], st.nr[d]);
  out[k++] = f3(28, x.suf2[d], dt, dir);
  out[k++] = f3(29, dw, ht, dir);
  out[k++] = f3(30, ht, tAtSafe(tags, n, h - 1), dt);
  out[k++] = f3(31, dt, wAtSafe(x, n, drc1), dir);
  out[k++] = f2(32, dt, x.shape[d]);
  out[k++] = f3(33, hw, wAtSafe(x, n, dlc1), dir);
  out[k++] = f2(34, dw, wAtSafe(x, n, dlc1));
  return k;
}

/** The trained parser: transition model, label model and label names. */
export class Parser {
  readonly transitions: LinearModel;
  readonly labeller: LinearModel;
  readonly labels: string[];
  private readonly rootLabel: number;
  private readonly feats = new Int32Array(PARSER_MAX_FEATURES);
  private readonly lfeats = new Int32Array(LABEL_MAX_FEATURES);
  private readonly scores = new Float32Array(3);
  private readonly roleScratch = new Float32Array(3);
  private readonly bias = new Float32Array(3);
  /** Label scores as exact integer sums of the quantized weights (their argmax is the real scores'). */
  private readonly lsums: Int32Array;
  /** Reused from sentence to sentence (grown for a longer one): the parse state and the role scores' cache. */
  private state = new ParseState(0, 64);
  private roleCache = new Float32Array(0);
  private roleDone = new Uint8Array(0);
  /** `fixedIndex(headClass, depClass, dir)` -> relation for the arcs the tags decide (parser.json `fixedLabels`), else -1. */
  private readonly fixed: Int16Array;
  /**
   * Integer label scores of the features of the tags alone, per head class (`labelBias`, `labelHeadTag`) and per dependent
   * class and direction (`labelDepTag`, `labelDepTagDir`, row `2 * class + dir`, dir as in `fixedIndex`): two rows that `predictLabel` adds instead of
   * hashing and looking up four features of about 25 weights each.
   */
  private readonly headRows: Int32Array;
  private readonly depRows: Int32Array;

  /** Dense weights of the small-domain templates (only when the number of tag classes is given). */
  private readonly small: SmallTemplateTables | null;

  /**
   * `fixedLabels`: `[headClass, depClass, dir, label]` entries (see `fixedLabels` in train/fixed-labels.ts).
   * `tagClasses`: the tagger's number of classes, for the dense tables of `SmallTemplateTables` (same trees without).
   */
  constructor(transitions: LinearModel, labeller: LinearModel, labels: string[], fixedLabels: number[][] = [], tagClasses = 0) {
    this.transitions = transitions;
    this.labeller = labeller;
    this.labels = labels;
    this.fixed = new Int16Array(MAX_CLASSES * MAX_CLASSES * 2).fill(-1);
    for (const [h, d, dir, label] of fixedLabels) this.fixed[fixedIndex(h, d, dir)] = label;
    this.rootLabel = labels.indexOf('root');
    this.lsums = new Int32Array(labels.length);
    [this.headRows, this.depRows] = this.tagRows();
    this.transitions.score(Int32Array.of(f1(0, 0)), 1, this.bias);
    this.small = tagClasses > 0 ? new SmallTemplateTables(transitions, tagClasses, labels.length) : null;
  }

  /** Parses one sentence; heads are 0-based with -1 for the root, labels index `this.labels`. */
  parse(x: WordInfo, tags: Int32Array): { heads: Int32Array; labels: Int32Array } {
    const n = x.n;
    if (this.state.capacity < n) this.state = new ParseState(n, 2 * n);
    const st = this.state;
    st.reset(n);
    const scores = this.scores;
    // Scores of the single-word features per (role, word), computed once: words stay in a role for several steps.
    if (this.roleDone.length < 6 * (n + 2)) {
      this.roleCache = new Float32Array(6 * (2 * n + 2) * 3);
      this.roleDone = new Uint8Array(6 * (2 * n + 2));
    }
    const cache = this.roleCache;
    const done = this.roleDone;
    done.fill(0, 0, 6 * (n + 2));
    while (!st.terminal) {
      let best = -1;
      // With an empty stack or an exhausted buffer only one transition is legal: skip scoring.
      if (st.sp === 0) best = SHIFT;
      else if (st.b >= n) best = st.sp === 1 ? LEFT : RIGHT;
      else {
        this.small?.clear();
        const nf = parserFeatures(st, x, tags, this.feats, false, this.small);
        scores[0] = this.bias[0];
        scores[1] = this.bias[1];
        scores[2] = this.bias[2];
        this.transitions.score(this.feats, nf, scores, this.small?.sums);
        for (let role = 0; role < 6; role++) {
          const p = role === 0 ? st.s(0) : role === 1 ? st.s(1) : role === 2 ? st.b : role === 3 ? st.b + 1 : role === 4 ? st.b + 2 : st.s(2);
          const slot = p < 0 || p > n ? n + 1 : p;
          const at = (role * (n + 2) + slot) * 3;
          if (!done[role * (n + 2) + slot]) {
            done[role * (n + 2) + slot] = 1;
            const pp = slot === n + 1 ? NONE : slot;
            const nk = roleFeatures(role, wAt(x, n, pp), tAt(tags, n, pp), this.feats, 0);
            const rs = this.roleScratch;
            rs.fill(0);
            this.transitions.score(this.feats, nk, rs);
            cache[at] = rs[0];
            cache[at + 1] = rs[1];
            cache[at + 2] = rs[2];
          }
          scores[0] += cache[at];
          scores[1] += cache[at + 1];
          scores[2] += cache[at + 2];
        }
        for (let t = 0; t < 3; t++) if (st.valid(t) && (best < 0 || scores[t] > scores[best])) best = t;
      }
      let label = -1;
      if (best !== SHIFT) {
        const [h, d] = st.arcOf(best);
        label = h === n ? this.rootLabel : this.predictLabel(st, x, tags, h, d);
      }
      st.apply(best, label);
    }
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      heads[i] = st.heads[i] === n ? -1 : st.heads[i];
      labels[i] = st.labels[i];
    }
    return { heads, labels };
  }

  /** `headRows` and `depRows` for every class a tagger can have (tags are class indices of a `LinearModel`). */
  private tagRows(): [Int32Array, Int32Array] {
    const L = this.labels.length;
    const heads = new Int32Array(MAX_CLASSES * L);
    const deps = new Int32Array(2 * MAX_CLASSES * L);
    const feats = this.lfeats;
    for (let t = 0; t < MAX_CLASSES; t++) {
      feats[0] = labelBias();
      feats[1] = labelHeadTag(t);
      this.labeller.scoreInt(feats, 2, heads, t * L);
      for (let dir = 0; dir < 2; dir++) {
        feats[0] = labelDepTag(t);
        feats[1] = labelDepTagDir(t, dir + 1);
        this.labeller.scoreInt(feats, 2, deps, (2 * t + dir) * L);
      }
    }
    return [heads, deps];
  }

  /** Best non-root label for the arc `h -> d`: fixed by the two tags and the direction, else the label classifier's. */
  predictLabel(st: ParseState, x: WordInfo, tags: Int32Array, h: number, d: number): number {
    const ht = tags[h];
    const dt = tags[d];
    const dir = d < h ? 0 : 1;
    const fixed = this.fixed[fixedIndex(ht, dt, dir)];
    if (fixed >= 0) return fixed;
    const nf = labelFeatures(st, x, tags, h, d, this.lfeats, false);
    const sums = this.lsums;
    const L = sums.length;
    const headRows = this.headRows;
    const depRows = this.depRows;
    const hr = ht * L;
    const dr = (2 * dt + dir) * L;
    for (let l = 0; l < L; l++) sums[l] = headRows[hr + l] + depRows[dr + l];
    this.labeller.scoreInt(this.lfeats, nf, sums);
    let best = this.rootLabel === 0 ? 1 : 0;
    for (let l = best + 1; l < sums.length; l++) if (l !== this.rootLabel && sums[l] > sums[best]) best = l;
    return best;
  }
}

/** Index into `Parser.fixed` of an arc's two tag classes and its direction (0: the dependent precedes the head). */
function fixedIndex(headClass: number, depClass: number, dir: number): number {
  return (headClass * MAX_CLASSES + depClass) * 2 + dir;
}
