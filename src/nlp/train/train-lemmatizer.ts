/** Learns the lemmatizer's suffix rules and exceptions table from a treebank. */
import { Lemmatizer, keepsCase, lemmaRule, type LemmatizerData } from '../lemmatizer.js';
import type { GoldSentence } from './data.js';

const MAX_SUFFIX = 5;

function majority(m: Map<string, number>): [string, number, number] {
  let best = '';
  let bestN = 0;
  let total = 0;
  for (const [k, n] of m) {
    total += n;
    if (n > bestN || (n === bestN && k < best)) { best = k; bestN = n; }
  }
  return [best, bestN, total];
}

function bump<K>(m: Map<K, Map<string, number>>, k: K, v: string, by = 1): void {
  let inner = m.get(k);
  if (!inner) m.set(k, (inner = new Map()));
  inner.set(v, (inner.get(v) ?? 0) + by);
}

/** Trains the lemmatizer: rules from word types by XPOS and suffix, then exceptions where rules fail. */
export function trainLemmatizer(sentences: GoldSentence[]): LemmatizerData {
  // (base form, xpos) -> lemma counts, base being the cased form for proper nouns.
  const types = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const xpos = s.xpos[i];
      const base = keepsCase(xpos) ? s.words[i] : s.words[i].toLowerCase();
      const lemma = s.lemmas[i] === '_' ? base : s.lemmas[i];
      bump(types, `${base}\t${xpos}`, lemma);
    }
  }
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const [key, lemmas] of types) {
    const [base, xpos] = key.split('\t');
    const [lemma] = majority(lemmas);
    if (/[0-9]/.test(base)) continue;
    const rule = lemmaRule(base, lemma);
    const lower = base.toLowerCase();
    for (let len = 0; len <= Math.min(MAX_SUFFIX, lower.length); len++) {
      bump(ruleCounts, `${xpos}\t${lower.slice(lower.length - len)}`, rule);
    }
  }
  const rules: Record<string, string> = {};
  // Keep a suffix rule only when it is supported by two word types and differs from its shorter suffix.
  const keys = [...ruleCounts.keys()].sort((a, b) => a.length - b.length);
  const chosen = new Map<string, string>();
  for (const key of keys) {
    const [xpos, suffix] = key.split('\t');
    const [rule, n] = majority(ruleCounts.get(key)!);
    if (suffix.length > 0 && n < 2) continue;
    let parent: string | undefined;
    for (let len = suffix.length - 1; len >= 0 && parent === undefined; len--) {
      parent = chosen.get(`${xpos}\t${suffix.slice(suffix.length - len)}`);
    }
    chosen.set(key, rule);
    if (parent !== rule) rules[key] = rule;
  }
  const known = new Set<string>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) if (/^(NN|NNS|VB.?|JJ.?|RB.?)$/.test(s.xpos[i]) && s.lemmas[i] !== '_') known.add(s.lemmas[i].toLowerCase());
  }
  const data: LemmatizerData = { exceptions: {}, rules, maxSuffix: MAX_SUFFIX, known: [...known].sort() };
  const byRules = new Lemmatizer(data);
  for (const [key, lemmas] of types) {
    const [base, xpos] = key.split('\t');
    const [lemma] = majority(lemmas);
    if (byRules.lemmatize(base, xpos) !== lemma) data.exceptions[key] = lemma;
  }
  return data;
}

/** Lemma accuracy on `sentences` given their gold XPOS tags. */
export function evaluateLemmatizer(lem: Lemmatizer, sentences: GoldSentence[]): number {
  let n = 0, ok = 0;
  for (const s of sentences) for (let i = 0; i < s.words.length; i++) {
    n++;
    if (lem.lemmatize(s.words[i], s.xpos[i]) === s.lemmas[i]) ok++;
  }
  return ok / Math.max(1, n);
}
