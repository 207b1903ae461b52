/**
 * The golden-file form of `segment` output, shared by the golden test and
 * `scripts/update-golden-segment.ts`: one sentence per block, one token per line
 * (`[text, start, end, spaceAfter]`) so that a change reads as a small diff.
 */
import type { Sentence } from '../model/index.js';

/** Serialises sentences as the JSON stored in `src/nlp/fixtures/segment/*.json`. */
export function formatSegmentGolden(sentences: Sentence[]): string {
  if (sentences.length === 0) return '[]\n';
  const blocks = sentences.map((s) => {
    const tokens = s.tokens.map((t) => `      ${JSON.stringify([t.text, t.start, t.end, t.spaceAfter])}`).join(',\n');
    return `  {\n    "index": ${s.index}, "start": ${s.start}, "end": ${s.end},\n    "text": ${JSON.stringify(s.text)},\n    "tokens": [\n${tokens}\n    ]\n  }`;
  });
  return `[\n${blocks.join(',\n')}\n]\n`;
}
