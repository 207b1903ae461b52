/**
 * Lemmatizer learned from the treebank: an exceptions table of (word, XPOS) -> lemma for words
 * seen in training, and suffix rules (strip N characters, append S) chosen by XPOS and the
 * longest known suffix for the rest. When that rule makes a word never seen as a lemma in
 * training ("controlled" -> "controll", "shelled" -> "shel", "blamed" -> "blam"), the rules of
 * shorter suffixes, the form without a doubled final consonant and the form with a final "e" are
 * tried for one that was ("control", "shell", "blame").
 * Proper nouns keep their case; other words are lower-cased.
 */

import { BoundedMemo } from './memo.js';

/** The lemmatizer's data, as stored in `data/models/lemmatizer.json`. */
export interface LemmatizerData {
  /** `lowerform\txpos` -> lemma (only where the lemma is not the lower-cased form itself). */
  exceptions: Record<string, string>;
  /** `xpos\tsuffix` -> rule `N:S` (strip N characters, append S). */
  rules: Record<string, string>;
  /** Longest suffix length the rules use. */
  maxSuffix: number;
  /** Lower-cased lemmas of nouns, verbs, adjectives and adverbs seen in training. */
  known?: string[];
}

/** True for tags whose lemma keeps the word's case (proper nouns). */
export function keepsCase(xpos: string): boolean {
  return xpos === 'NNP' || xpos === 'NNPS';
}

/** The rule turning `form` into `lemma`: characters to strip and the string to append. */
export function lemmaRule(form: string, lemma: string): string {
  let p = 0;
  const max = Math.min(form.length, lemma.length);
  while (p < max && form[p] === lemma[p]) p++;
  return `${form.length - p}:${lemma.slice(p)}`;
}

function applyRule(form: string, rule: string): string {
  const colon = rule.indexOf(':');
  const strip = Number(rule.slice(0, colon));
  if (strip > form.length) return form;
  const out = form.slice(0, form.length - strip) + rule.slice(colon + 1);
  return out === '' ? form : out;
}

/** `out` without its doubled final consonant ("controll" -> "control"), if it ends in one. */
function undoubled(out: string): string | undefined {
  const n = out.length;
  if (n < 4 || out[n - 1] !== out[n - 2] || !/[bdgklmnprtz]/i.test(out[n - 1])) return undefined;
  return out.slice(0, n - 1);
}

/** Most (form, XPOS) pairs the lemmatizer remembers. */
const MEMO_WORDS = 65_536;

/** Lemmatizes words given their XPOS tags. */
export class Lemmatizer {
  private readonly exceptions: Map<string, string>;
  private readonly rules: Map<string, string>;
  private readonly maxSuffix: number;
  private readonly known: Set<string>;
  /** `form\txpos` -> lemma of the words seen so far (emptied when full): news repeats its words. */
  private readonly memo = new BoundedMemo<string>(MEMO_WORDS);

  constructor(data: LemmatizerData) {
    this.exceptions = new Map(Object.entries(data.exceptions));
    this.rules = new Map(Object.entries(data.rules));
    this.maxSuffix = data.maxSuffix;
    this.known = new Set(data.known ?? []);
  }

  /** The lemma of `form` tagged `xpos`. */
  lemmatize(form: string, xpos: string): string {
    return this.memo.get(`${form}\t${xpos}`, () => this.compute(form, xpos));
  }

  private compute(form: string, xpos: string): string {
    const lower = form.toLowerCase();
    const ex = this.exceptions.get(`${keepsCase(xpos) ? form : lower}\t${xpos}`);
    if (ex !== undefined) return ex;
    if (keepsCase(xpos)) {
      const exLower = this.exceptions.get(`${lower}\t${xpos}`);
      if (exLower !== undefined) return exLower;
    }
    const base = keepsCase(xpos) ? form : lower;
    if (/[0-9]/.test(base) || base.length > 40) return base;
    let first: string | undefined;
    for (let len = Math.min(this.maxSuffix, base.length); len >= 0; len--) {
      const rule = this.rules.get(`${xpos}\t${base.slice(base.length - len).toLowerCase()}`);
      if (rule === undefined) continue;
      let out = applyRule(base, rule);
      // a rule that writes a whole capitalised word was learnt from that word ("dian" -> "Indian", from "Indian"): on
      // another word ("Cambodian", not "camIndian") the word keeps its form, as EWT's proper adjectives do
      const colon = rule.indexOf(':');
      const written = rule.slice(colon + 1);
      if (/^\p{Lu}/u.test(written) && Number(rule.slice(0, colon)) === written.length && written.length !== base.length) out = form;
      first ??= out;
      if (this.known.size === 0) break;
      if (this.known.has(out.toLowerCase())) return out;
      const single = undoubled(out);
      if (single !== undefined && this.known.has(single.toLowerCase())) return single;
      // (only for a form the rule cut: "refuge" is no "refugee")
      if (out !== base && this.known.has(`${out.toLowerCase()}e`)) return `${out}e`;
    }
    return first ?? base;
  }
}
