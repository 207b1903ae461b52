/**
 * Relations that the pair of tags and the direction decide: in EWT's training set a determiner
 * left of a singular noun is `det` in virtually every case, a preposition left of a noun `case`.
 * The parser takes these without asking its label classifier (a third of all arcs), which is
 * faster and, at the thresholds below, as accurate.
 */
import type { Upos } from '../../model/index.js';
import { ValueCounts, type GoldSentence } from './data.js';

/** Fewest training arcs of a (head tag, dependent tag, direction) triple before it may be fixed. */
export const FIXED_LABEL_MIN_COUNT = 100;
/** Least share of those arcs its most common relation must have. */
export const FIXED_LABEL_MIN_SHARE = 0.998;

/**
 * The fixed relations of a training set: `[headClass, depClass, dir, label]` with tag classes as in
 * `classes` (the tagger's joint UPOS/XPOS classes), `dir` 0 when the dependent precedes its head,
 * 1 when it follows, and `label` an index into `labels`. Arcs to the root are left out.
 */
export function fixedLabels(train: GoldSentence[], classes: [Upos, string][], labels: string[]): number[][] {
  const classOf = new Map(classes.map(([u, x], i) => [`${u}\t${x}`, i]));
  const labelOf = new Map(labels.map((l, i) => [l, i]));
  const counts = new ValueCounts<string>();
  for (const s of train) {
    const n = s.words.length;
    for (let d = 0; d < n; d++) {
      const h = s.heads[d];
      if (h === n) continue;
      const hc = classOf.get(`${s.upos[h]}\t${s.xpos[h]}`);
      const dc = classOf.get(`${s.upos[d]}\t${s.xpos[d]}`);
      const label = labelOf.get(s.deprels[d]);
      if (hc !== undefined && dc !== undefined && label !== undefined) counts.add(`${hc},${dc},${d < h ? 0 : 1}`, label);
    }
  }
  const out: number[][] = [];
  for (const [key, label] of counts.dominantValues(FIXED_LABEL_MIN_COUNT, FIXED_LABEL_MIN_SHARE)) out.push([...key.split(',').map(Number), label]);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
}
