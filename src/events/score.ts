/**
 * Scoring coded events against gold events: precision, recall and F1 on (source country, target
 * country, root) and on (source, target, full code), overall and per root. Pure: the caller codes.
 */

/** A gold or predicted event reduced to what is scored. */
export interface ScoredEvent {
  source: string | null;
  target: string | null;
  code: string;
}

/** Counts and the three figures. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The evaluation summary `dyad eval --json` prints. */
export interface EvalSummary {
  sentences: number;
  gold: number;
  predicted: number;
  /** On (source country, target country, root). */
  country: Prf;
  /** On (source, target, full code). */
  full: Prf;
  /** On (source country, target country, root), by CAMEO root of the event. */
  perRoot: Record<string, Prf>;
  /**
   * On (source country, target country, root), by hard case: every event of a sentence counts for
   * each tag of the sentence (the gold note's leading `[passive, negation]`). Empty without tags.
   */
  perTag: Record<string, Prf>;
}

const CLASSES = new Set(['IGO', 'IMG', 'NGO', 'MNC']);

/**
 * The "country" of an actor code for scoring: its first block (RUSGOV -> RUS); for an international
 * organisation the organisation, its own sub-bodies and roles dropped like a state's (IGOUNOGOV, the
 * Security Council, -> IGOUNO); for a non-governmental organisation the class alone (NGOIRC, the Red Cross, -> NGO:
 * the gold conventions code aid organisations NGO, since session 9); the whole code for IMG/MNC actors, whose second
 * block is only a kind (IMGMUSISI).
 */
export function countryOfCode(code: string | null): string {
  if (!code) return '-';
  const first = code.slice(0, 3);
  if (first === 'IGO') return code.slice(0, 6);
  if (first === 'NGO') return first;
  return CLASSES.has(first) ? code : first;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Multiset matching of keys; returns per-key matched counts. */
function match(gold: string[], pred: string[]): { tp: string[]; fp: string[]; fn: string[] } {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  const tp: string[] = [];
  const fp: string[] = [];
  for (const p of pred) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      tp.push(p);
      left.set(p, n - 1);
    } else fp.push(p);
  }
  const fn: string[] = [];
  for (const [k, n] of left) for (let i = 0; i < n; i++) fn.push(k);
  return { tp, fp, fn };
}

const countryKey = (e: ScoredEvent): string => `${countryOfCode(e.source)}|${countryOfCode(e.target)}|${e.code.slice(0, 2)}`;
const fullKey = (e: ScoredEvent): string => `${e.source ?? '-'}|${e.target ?? '-'}|${e.code}`;

/** Scores sentence by sentence (events only match within their sentence) and sums up. */
export function scoreEvents(items: { gold: ScoredEvent[]; predicted: ScoredEvent[]; tags?: string[] }[]): EvalSummary {
  const c = { tp: 0, fp: 0, fn: 0 };
  const f = { tp: 0, fp: 0, fn: 0 };
  const roots = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (key: string, field: 'tp' | 'fp' | 'fn'): void => {
    const root = key.split('|')[2];
    let r = roots.get(root);
    if (!r) roots.set(root, (r = { tp: 0, fp: 0, fn: 0 }));
    r[field]++;
  };
  const tags = new Map<string, { tp: number; fp: number; fn: number }>();
  let gold = 0;
  let predicted = 0;
  for (const it of items) {
    gold += it.gold.length;
    predicted += it.predicted.length;
    const m = match(it.gold.map(countryKey), it.predicted.map(countryKey));
    c.tp += m.tp.length;
    c.fp += m.fp.length;
    c.fn += m.fn.length;
    m.tp.forEach((k) => bump(k, 'tp'));
    m.fp.forEach((k) => bump(k, 'fp'));
    m.fn.forEach((k) => bump(k, 'fn'));
    for (const tag of it.tags ?? []) {
      let t = tags.get(tag);
      if (!t) tags.set(tag, (t = { tp: 0, fp: 0, fn: 0 }));
      t.tp += m.tp.length;
      t.fp += m.fp.length;
      t.fn += m.fn.length;
    }
    const n = match(it.gold.map(fullKey), it.predicted.map(fullKey));
    f.tp += n.tp.length;
    f.fp += n.fp.length;
    f.fn += n.fn.length;
  }
  const perRoot: Record<string, Prf> = {};
  for (const root of [...roots.keys()].sort()) {
    const r = roots.get(root)!;
    perRoot[root] = prf(r.tp, r.fp, r.fn);
  }
  const perTag: Record<string, Prf> = {};
  for (const tag of [...tags.keys()].sort()) {
    const t = tags.get(tag)!;
    perTag[tag] = prf(t.tp, t.fp, t.fn);
  }
  return { sentences: items.length, gold, predicted, country: prf(c.tp, c.fp, c.fn), full: prf(f.tp, f.fp, f.fn), perRoot, perTag };
}
