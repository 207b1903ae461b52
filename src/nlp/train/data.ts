/** Training sentences built from CoNLL-U, with projectivised gold trees for the arc-hybrid oracle. */
import type { ConlluSentence } from '../conllu.js';

/** A treebank sentence reduced to what training needs. Heads are 0-based; the root is `n` (words.length). */
export interface GoldSentence {
  words: string[];
  upos: string[];
  xpos: string[];
  lemmas: string[];
  heads: Int32Array;
  /** Heads after lifting non-projective arcs (what the oracle can reach). */
  projHeads: Int32Array;
  deprels: string[];
}

/** Converts read CoNLL-U sentences to gold sentences; tokens without a valid head are attached to the root. */
export function toGold(sentences: ConlluSentence[]): GoldSentence[] {
  return sentences.map((s) => {
    const n = s.tokens.length;
    const heads = new Int32Array(n);
    s.tokens.forEach((t, i) => {
      heads[i] = t.head <= 0 || t.head > n ? n : t.head - 1;
    });
    return {
      words: s.tokens.map((t) => t.form),
      upos: s.tokens.map((t) => t.upos),
      xpos: s.tokens.map((t) => t.xpos),
      lemmas: s.tokens.map((t) => t.lemma),
      heads,
      projHeads: projectivise(heads),
      deprels: s.tokens.map((t) => t.deprel),
    };
  });
}

function dominates(heads: Int32Array, h: number, k: number): boolean {
  const n = heads.length;
  let steps = 0;
  while (k !== n && steps++ <= n) {
    if (k === h) return true;
    k = heads[k];
  }
  return h === n;
}

/**
 * Lifts non-projective arcs (shortest first) to the head's head until the tree is projective
 * with the root at position n; O(n^3) worst case, only used at training time.
 */
export function projectivise(heads: Int32Array): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length;
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 0; d < n; d++) {
      const hd = h[d];
      if (hd === n) continue;
      const lo = Math.min(hd, d);
      const hi = Math.max(hd, d);
      if (hi - lo >= worstLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(h, hd, k)) {
          worst = d;
          worstLen = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) break;
    h[worst] = h[h[worst]];
  }
  return h;
}

/** Deterministic pseudo-random numbers (mulberry32), so that training runs are repeatable. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `a` in place with `rand`. */
export function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Counts of values per key, for `dominantValues`. */
export class ValueCounts<K> {
  readonly counts = new Map<K, Map<number, number>>();

  add(key: K, value: number): void {
    let byValue = this.counts.get(key);
    if (!byValue) this.counts.set(key, (byValue = new Map()));
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }

  /**
   * The keys seen at least `minCount` times whose most frequent value has at least `minShare` of
   * their uses, with that value (the tag dictionary's frequent unambiguous words, the parser's
   * relations that the tags decide). With `minShare` above one half there are no ties.
   */
  dominantValues(minCount: number, minShare: number): Map<K, number> {
    const out = new Map<K, number>();
    for (const [key, byValue] of this.counts) {
      let total = 0;
      let best = -1;
      let bestCount = 0;
      for (const [value, c] of byValue) {
        total += c;
        if (c > bestCount) {
          best = value;
          bestCount = c;
        }
      }
      if (total >= minCount && bestCount / total >= minShare) out.set(key, best);
    }
    return out;
  }
}
