// Near-duplicate detection with MinHash over word shingles, plus LSH banding for the index.
// Pure module: signatures are hex strings a database can store and compare later.

/** Number of hash functions in a signature (each 32 bits, 8 hex chars). */
const HASHES = 128;
/** LSH bands × rows = HASHES; 32 bands of 4 rows find pairs at Jaccard 0.7 with p > 0.999. */
const BANDS = 32;
const ROWS = HASHES / BANDS;
/** Words per shingle: 3 keeps small edits (a changed word or number) from breaking too many shingles. */
const SHINGLE = 3;

/**
 * Estimated Jaccard similarity (of word 3-shingle sets) at or above which two documents are the
 * same report republished with small edits.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/** MinHash signature of a text: 128 × 32-bit minima as 1024 lowercase hex chars. */
export function signature(text: string): string {
  return toHex(minHash(text));
}

/** Estimated Jaccard similarity of two texts' word-shingle sets, in [0, 1]. */
export function similarity(a: string, b: string): number {
  return compare(minHash(a), minHash(b));
}

/** Estimated Jaccard similarity of two stored signatures; 0 when either is malformed. */
export function signatureSimilarity(a: string, b: string): number {
  const x = fromHex(a);
  const y = fromHex(b);
  return x && y ? compare(x, y) : 0;
}

/** Finds the closest earlier document at or above the threshold in an index, or undefined. */
export function findNearDuplicate(text: string, index: NearDuplicateIndex): { id: string; similarity: number } | undefined {
  return index.match(text);
}

/** In-memory near-duplicate index: add documents, then ask which earlier one a text repeats. */
export class NearDuplicateIndex {
  private readonly signatures = new Map<string, Uint32Array>();
  private readonly buckets: Map<string, string[]>[] = Array.from({ length: BANDS }, () => new Map());

  constructor(readonly threshold: number = NEAR_DUPLICATE_THRESHOLD) {
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`Invalid near-duplicate threshold: ${threshold}`);
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.signatures.size;
  }

  /** Adds a document by its text. Re-adding an id replaces nothing (first text wins). */
  add(id: string, text: string): void {
    this.addSignature(id, signature(text));
  }

  /** Adds a document by a stored signature (see `signature`); malformed signatures are ignored and reported as false. */
  addSignature(id: string, sig: string): boolean {
    const values = fromHex(sig);
    if (!values) return false;
    if (this.signatures.has(id)) return true;
    this.signatures.set(id, values);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(values, b);
      const bucket = this.buckets[b].get(key);
      if (bucket) bucket.push(id);
      else this.buckets[b].set(key, [id]);
    }
    return true;
  }

  /** The most similar indexed document at or above the threshold, or undefined. */
  match(text: string): { id: string; similarity: number } | undefined {
    return this.matchSignature(signature(text));
  }

  /** Same as `match`, for a stored signature. */
  matchSignature(sig: string): { id: string; similarity: number } | undefined {
    const values = fromHex(sig);
    if (!values) return undefined;
    const seen = new Set<string>();
    let best: { id: string; similarity: number } | undefined;
    for (let b = 0; b < BANDS; b++) {
      for (const id of this.buckets[b].get(bandKey(values, b)) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = compare(values, this.signatures.get(id)!);
        if (s >= this.threshold && (!best || s > best.similarity)) best = { id, similarity: s };
      }
    }
    return best;
  }
}

/** Lower-cased word tokens (letters and digits), punctuation dropped, so re-punctuation is no edit. */
function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function minHash(text: string): Uint32Array {
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  const w = words(text);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = w.slice(i, i + SHINGLE).join(' ');
    // Kirsch–Mitzenmacher: h1 + i·h2 stands in for HASHES independent hash functions.
    const h1 = fnv1a(shingle, 0x811c9dc5);
    const h2 = fnv1a(shingle, 0x01000193) | 1;
    for (let k = 0; k < HASHES; k++) {
      const h = fmix32((h1 + Math.imul(k, h2)) >>> 0);
      if (h < mins[k]) mins[k] = h;
    }
  }
  return mins;
}

function compare(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// MurmurHash3 finaliser: spreads the bits so each k gives an unrelated permutation.
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function bandKey(values: Uint32Array, band: number): string {
  let key = '';
  for (let r = 0; r < ROWS; r++) key += values[band * ROWS + r].toString(16) + ':';
  return key;
}

function toHex(values: Uint32Array): string {
  let s = '';
  for (const v of values) s += v.toString(16).padStart(8, '0');
  return s;
}

function fromHex(sig: string): Uint32Array | undefined {
  if (sig.length !== HASHES * 8 || !/^[0-9a-f]+$/i.test(sig)) return undefined;
  const out = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k++) out[k] = parseInt(sig.slice(k * 8, k * 8 + 8), 16);
  return out;
}
