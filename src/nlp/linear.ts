/**
 * Sparse linear models keyed by 32-bit hashed feature ids: the scoring core shared by the
 * tagger, the transition classifier and the label classifier. Feature ids are integers built
 * with `mix`, so that scoring allocates nothing and needs no string look-ups.
 */

/** FNV-1a hash of a string, as a signed 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines a running hash with one more integer (MurmurHash3 body step). */
export function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final avalanche of a feature id (MurmurHash3 fmix32); never returns 0, the empty-slot marker. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** The running hash of each template number below 256 (`mix(0x3c6ef372, t)`), computed once: every feature id starts with it. */
const TEMPLATE_SEEDS = Int32Array.from({ length: 256 }, (_, t) => mix(0x3c6ef372, t));

/** The running hash a feature id of template `t` starts from (the same value as computing it). */
function seed(t: number): number {
  return t >= 0 && t < 256 ? TEMPLATE_SEEDS[t] : mix(0x3c6ef372, t);
}

/** Feature id of a template applied to one value. */
export function f1(t: number, a: number): number {
  return finish(mix(seed(t), a));
}
/** Feature id of a template applied to two values. */
export function f2(t: number, a: number, b: number): number {
  return finish(mix(mix(seed(t), a), b));
}
/** Feature id of a template applied to three values. */
export function f3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(seed(t), a), b), c));
}

/** Most classes a `LinearModel` has (a class is the low byte of a weight entry): tag classes index tables by it. */
export const MAX_CLASSES = 256;

/** Open-addressing map from non-zero int32 feature ids to row numbers. */
class IdTable {
  keys: Int32Array;
  rows: Int32Array;
  size = 0;
  mask: number;

  constructor(capacity = 1 << 16) {
    let cap = 1 << 4;
    while (cap < capacity) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  find(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = key & mask;
    while (true) {
      const k = keys[i];
      if (k === key) return this.rows[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Row of `key`, inserting it with row `next` when absent. */
  findOrInsert(key: number, next: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let i = key & mask;
    while (true) {
      const k = keys[i];
      if (k === key) return this.rows[i];
      if (k === 0) {
        keys[i] = key;
        this.rows[i] = next;
        this.size++;
        return next;
      }
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    const cap = oldKeys.length * 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== 0) this.findOrInsert(oldKeys[i], oldRows[i]);
  }
}

/**
 * A trained linear model laid out for few cache misses. The serialised form (`toBytes`) is an
 * open-addressing table with 4 ints per slot; at load the table is repacked into 8-byte cells,
 * half the memory, since random reads into the model dominate parsing time:
 * - models with at most 3 classes (the parser's transitions) keep a 16-bit fingerprint of the
 *   feature id and three 16-bit weights per cell, so a feature costs one memory read; a feature
 *   absent from the model matches another's fingerprint with odds of about 1 in 65,000 per probe;
 * - others keep the full feature id and `(start << 8) | (count - 1)` of a run of packed entries
 *   `(weight << 8) | class`, weights quantized to 24 bits.
 */
export class LinearModel {
  readonly nClasses: number;
  readonly dense: boolean;
  /** Number of features with at least one weight. */
  readonly featureCount: number;
  /** The serialised table, kept only for models built in this process (see `toBytes`). */
  private readonly table: Int32Array | null;
  private readonly entries: Int32Array;
  private readonly scale: number;
  /** Dense models: 4 int16 per cell (fingerprint, weights); sparse models: 2 int32 per cell (id, run). */
  private readonly cells16: Int16Array;
  private readonly cells32: Int32Array;
  /** Dense models: value of one unit of a 16-bit weight. */
  private readonly unit: number;
  /** Mask of a cell's first array index (cells are a power of two). */
  private readonly cellMask: number;
  /** Scratch: the home cell of each feature being scored. */
  private home = new Int32Array(128);
  /** Sink for the prefetching reads of `score`, so that they are not optimised away. */
  private touched = 0;

  /** `keepTable` false (models read from a file): only the repacked cells stay in memory. */
  constructor(nClasses: number, dense: boolean, table: Int32Array, entries: Int32Array, scale: number, keepTable = true) {
    if (nClasses > MAX_CLASSES) throw new Error(`LinearModel supports at most ${MAX_CLASSES} classes, got ${nClasses}`);
    if (dense && nClasses > 3) throw new Error(`LinearModel: dense layout holds at most 3 classes, got ${nClasses}`);
    const slots = table.length >> 2;
    if (slots < 1 || (slots & (slots - 1)) !== 0 || table.length !== slots * 4) {
      throw new Error(`LinearModel: bad table size ${table.length}`);
    }
    if (entries.length >= 1 << 23) throw new Error(`LinearModel: too many weight entries (${entries.length})`);
    this.nClasses = nClasses;
    this.dense = dense;
    this.table = keepTable ? table : null;
    this.entries = entries;
    let features = 0;
    for (let i = 0; i < table.length; i += 4) if (table[i] !== 0) features++;
    this.featureCount = features;
    this.scale = scale;
    // Cells keep the slot order of the table, so every feature keeps its home and probe sequence.
    if (dense) {
      const tf = new Float32Array(table.buffer, table.byteOffset, table.length);
      let maxAbs = 0;
      for (let i = 0; i < table.length; i += 4) {
        if (table[i] === 0) continue;
        for (let c = 0; c < nClasses; c++) maxAbs = Math.max(maxAbs, Math.abs(tf[i + 1 + c]));
      }
      this.unit = maxAbs > 0 ? maxAbs / 32767 : 1;
      this.cells16 = new Int16Array(slots * 4);
      for (let i = 0; i < table.length; i += 4) {
        if (table[i] === 0) continue;
        this.cells16[i] = fingerprint(table[i]);
        for (let c = 0; c < nClasses; c++) this.cells16[i + 1 + c] = Math.round(tf[i + 1 + c] / this.unit);
      }
      this.cells32 = new Int32Array(0);
      this.cellMask = slots * 4 - 1;
    } else {
      this.unit = 1;
      this.cells16 = new Int16Array(0);
      this.cells32 = new Int32Array(slots * 2);
      for (let i = 0; i < table.length; i += 4) {
        if (table[i] === 0) continue;
        if (table[i + 2] < 1 || table[i + 2] > 256) throw new Error(`LinearModel: bad run length ${table[i + 2]}`);
        this.cells32[i >> 1] = table[i];
        this.cells32[(i >> 1) + 1] = (table[i + 1] << 8) | (table[i + 2] - 1);
      }
      this.cellMask = slots * 2 - 1;
    }
  }

  /**
   * Adds the weights of features `ids[0..n)` into `scores` (which the caller zeroes). Dense models:
   * `base`, when given, holds integer sums (see `denseWeights`) the features' sums start from.
   *
   * Nearly every feature is a cache miss. A first, branch-free loop reads each feature's home
   * cell so that the processor fetches them all at once; the second loop, which probes and adds,
   * then finds them in cache instead of waiting for each miss in turn.
   */
  score(ids: Int32Array, n: number, scores: Float32Array, base?: Int32Array): void {
    if (this.dense) {
      const mask = this.cellMask;
      const home = n <= this.home.length ? this.home : (this.home = new Int32Array(n));
      const cells = this.cells16;
      let touch = 0;
      for (let f = 0; f < n; f++) {
        const i = (ids[f] << 2) & mask;
        home[f] = i;
        touch ^= cells[i];
      }
      this.touched = touch;
      // (the 16-bit weights are summed as integers, exactly, and scaled once per class)
      let s0 = 0, s1 = 0, s2 = 0;
      if (base !== undefined) {
        s0 = base[0];
        s1 = base[1];
        s2 = base[2];
      }
      for (let f = 0; f < n; f++) {
        const i = this.cellOf(ids[f], home[f]);
        if (i < 0) continue;
        s0 += cells[i + 1];
        s1 += cells[i + 2];
        s2 += cells[i + 3];
      }
      const unit = this.unit;
      const c = this.nClasses;
      scores[0] += s0 * unit;
      if (c > 1) scores[1] += s1 * unit;
      if (c > 2) scores[2] += s2 * unit;
      return;
    }
    const entries = this.entries;
    const scale = this.scale;
    const found = this.findRuns(ids, n);
    const runs = this.home;
    for (let f = 0; f < found; f++) {
      const run = runs[f];
      const start = run >> 8;
      const end = start + (run & 255) + 1;
      for (let j = start; j < end; j++) {
        const e = entries[j];
        scores[e & 255] += (e >> 8) * scale;
      }
    }
  }

  /**
   * Dense models: writes the integer weights `score` adds for feature `id` into `out[at..at + 3)`
   * (zeros when the probe finds no cell with its fingerprint), for callers that keep the weights of
   * a few frequent features in tables of their own and pass their sums to `score` as `base`.
   */
  denseWeights(id: number, out: Int16Array, at: number): void {
    if (!this.dense) throw new Error('LinearModel.denseWeights: only for models of at most 3 classes');
    const i = this.cellOf(id, (id << 2) & this.cellMask);
    for (let c = 0; c < 3; c++) out[at + c] = i < 0 ? 0 : this.cells16[i + 1 + c];
  }

  /** Dense models: the cell of feature `id`, probing from its home cell `i`: the first with its fingerprint, or -1 at an empty one. */
  private cellOf(id: number, i: number): number {
    const cells = this.cells16;
    const mask = this.cellMask;
    const fp = fingerprint(id);
    let k = cells[i];
    while (k !== fp && k !== 0) {
      i = (i + 4) & mask;
      k = cells[i];
    }
    return k === 0 ? -1 : i;
  }

  /**
   * Sparse models: adds the quantized integer weights of features `ids[0..n)` into
   * `sums[offset + class]`. Integer sums are exact and independent of the order of addition, so
   * partial sums can be cached and added later (the tagger's unit features), and their argmax is
   * that of the real scores (the sums times the model's positive scale).
   */
  scoreInt(ids: Int32Array, n: number, sums: Int32Array, offset = 0): void {
    if (this.dense) throw new Error('LinearModel.scoreInt: only for models of more than 3 classes');
    const entries = this.entries;
    const found = this.findRuns(ids, n);
    const runs = this.home;
    for (let f = 0; f < found; f++) {
      const run = runs[f];
      const start = run >> 8;
      const end = start + (run & 255) + 1;
      for (let j = start; j < end; j++) {
        const e = entries[j];
        sums[offset + (e & 255)] += e >> 8;
      }
    }
  }

  /**
   * Sparse models: writes the weight runs of the features of `ids[0..n)` present in the model
   * into `this.home[0..found)` and returns `found`. Three loops: the first reads every feature's
   * home cell without branching so that the processor fetches them all at once, the second probes
   * (now in cache) and fetches the first entry of each run, the caller's loop adds.
   */
  private findRuns(ids: Int32Array, n: number): number {
    const mask = this.cellMask;
    const cells = this.cells32;
    const entries = this.entries;
    const home = n <= this.home.length ? this.home : (this.home = new Int32Array(n));
    let touch = 0;
    for (let f = 0; f < n; f++) {
      const i = (ids[f] << 1) & mask;
      home[f] = i;
      touch ^= cells[i + 1];
    }
    let found = 0;
    for (let f = 0; f < n; f++) {
      const key = ids[f];
      let i = home[f];
      let k = cells[i];
      while (k !== key && k !== 0) {
        i = (i + 2) & mask;
        k = cells[i];
      }
      if (k === 0) continue;
      const run = cells[i + 1];
      home[found++] = run;
      touch ^= entries[run >> 8];
    }
    this.touched = touch;
    return found;
  }

  /** Serialises the model to bytes (a small header, then the table and entries as little-endian int32). */
  toBytes(): Uint8Array {
    if (!this.table) throw new Error('LinearModel.toBytes: a model read from a file keeps only its repacked cells; serialise the trained model');
    const header = new Int32Array([0x4459_4c4e, this.nClasses, this.dense ? 1 : 0, this.table.length, this.entries.length, 0]);
    new Float32Array(header.buffer)[5] = this.scale;
    const parts: Int32Array[] = [header, this.table, this.entries];
    const total = parts.reduce((s, p) => s + p.byteLength, 0);
    const out = new Uint8Array(total);
    let off = 0;
    for (const p of parts) {
      out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), off);
      off += p.byteLength;
    }
    return out;
  }

  /** Reads a model written by `toBytes`; `what` names the source in errors. */
  static fromBytes(bytes: Uint8Array, what: string): LinearModel {
    if (bytes.byteLength < 24) throw new Error(`${what}: model file too short (${bytes.byteLength} bytes)`);
    // Typed-array views need 4-byte alignment: bytes at an unaligned offset are copied first.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
    const ab = aligned.buffer;
    const base = aligned.byteOffset;
    const header = new Int32Array(ab, base, 6);
    if (header[0] !== 0x4459_4c4e) throw new Error(`${what}: not a dyad linear model (magic ${header[0]})`);
    const [, nClasses, dense, tableLen, entriesLen] = header;
    const scale = new Float32Array(ab, base + 20, 1)[0];
    if (24 + (tableLen + entriesLen) * 4 !== aligned.byteLength) {
      throw new Error(`${what}: expected ${24 + (tableLen + entriesLen) * 4} bytes, found ${aligned.byteLength}`);
    }
    const table = new Int32Array(ab, base + 24, tableLen);
    // The entries are copied out so that the file's buffer (mostly the table) can be freed.
    const entries = new Int32Array(ab, base + 24 + tableLen * 4, entriesLen).slice();
    return new LinearModel(nClasses, dense === 1, table, entries, scale, false);
  }
}

/**
 * An averaged perceptron under training: dense weight rows allocated only for features that
 * were ever updated. Averaging uses the "w - u/t" trick so no per-weight timestamps are needed.
 */
export class PerceptronTrainer {
  readonly nClasses: number;
  private table = new IdTable(1 << 16);
  private w: Float32Array;
  private u: Float64Array;
  private nRows = 0;
  /** Number of training instances seen (the averaging clock). */
  t = 1;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
    this.w = new Float32Array(nClasses * 4096);
    this.u = new Float64Array(nClasses * 4096);
  }

  /** Adds the current (unaveraged) weights of `ids[0..n)` into `scores` (which the caller zeroes). */
  score(ids: Int32Array, n: number, scores: Float32Array): void {
    const C = this.nClasses;
    const w = this.w;
    for (let f = 0; f < n; f++) {
      const row = this.table.find(ids[f]);
      if (row < 0) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) scores[c] += w[base + c];
    }
  }

  /** Moves weight from class `guess` to class `truth` for the features `ids[0..n)`. */
  update(ids: Int32Array, n: number, truth: number, guess: number, amount = 1): void {
    if (truth === guess) return;
    const C = this.nClasses;
    const t = this.t;
    for (let f = 0; f < n; f++) {
      let row = this.table.findOrInsert(ids[f], this.nRows);
      if (row === this.nRows) {
        this.nRows++;
        if (this.nRows * C > this.w.length) this.growRows();
      }
      row *= C;
      this.w[row + truth] += amount;
      this.u[row + truth] += t * amount;
      this.w[row + guess] -= amount;
      this.u[row + guess] -= t * amount;
    }
  }

  private growRows(): void {
    const w = new Float32Array(this.w.length * 2);
    w.set(this.w);
    const u = new Float64Array(this.u.length * 2);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }

  /** Averaged weights as a compact `LinearModel`, dropping weights with |w| < `prune`. */
  toModel(prune = 0): LinearModel {
    const C = this.nClasses;
    const t = this.t;
    const dense = C <= 3;
    const rowKeys: number[] = [];
    const rowWeights: number[][] = [];
    let maxAbs = 0;
    const { keys, rows } = this.table;
    const avg = new Float64Array(C);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const base = rows[i] * C;
      let keep = false;
      for (let c = 0; c < C; c++) {
        const a = this.w[base + c] - this.u[base + c] / t;
        avg[c] = a;
        if (a !== 0 && Math.abs(a) >= prune) keep = true;
      }
      if (!keep) continue;
      rowKeys.push(keys[i]);
      const ws: number[] = [];
      for (let c = 0; c < C; c++) {
        if (dense) ws.push(avg[c]);
        else if (avg[c] !== 0 && Math.abs(avg[c]) >= prune) {
          ws.push(c, avg[c]);
          maxAbs = Math.max(maxAbs, Math.abs(avg[c]));
        }
      }
      rowWeights.push(ws);
    }
    let slots = 16;
    while (slots * 0.75 < rowKeys.length) slots <<= 1;
    const table = new Int32Array(slots * 4);
    const tf = new Float32Array(table.buffer);
    const mask = table.length - 1;
    const scale = maxAbs > 0 ? maxAbs / 8_000_000 : 1;
    const entries: number[] = [];
    rowKeys.forEach((key, r) => {
      let i = (key << 2) & mask;
      while (table[i] !== 0) i = (i + 4) & mask;
      table[i] = key;
      const ws = rowWeights[r];
      if (dense) {
        for (let c = 0; c < C; c++) tf[i + 1 + c] = ws[c];
      } else {
        table[i + 1] = entries.length;
        table[i + 2] = ws.length / 2;
        for (let j = 0; j < ws.length; j += 2) entries.push((Math.round(ws[j + 1] / scale) << 8) | ws[j]);
      }
    });
    return new LinearModel(C, dense, table, Int32Array.from(entries), scale);
  }
}

/** 16-bit fingerprint of a non-zero feature id, never 0 (the empty-cell marker). */
function fingerprint(key: number): number {
  return key >> 16 || 1;
}

/** Feature id of a template applied to four values. */
export function f4(t: number, a: number, b: number, c: number, d: number): number {
  return finish(mix(mix(mix(mix(seed(t), a), b), c), d));
}
