// Regenerates the golden files of the segmenter: src/nlp/fixtures/segment/NAME.txt → NAME.json.
// Run after an intended change, then review the diff: npx tsc -p . && node dist/scripts/update-golden-segment.js
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { segment } from '../src/nlp/segment.js';
import { formatSegmentGolden } from '../src/nlp/segment-golden.js';

const dir = join(packageRoot, 'src', 'nlp', 'fixtures', 'segment');
let count = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  const text = readFileSync(join(dir, name), 'utf8');
  const out = join(dir, name.replace(/\.txt$/, '.json'));
  writeFileSync(out, formatSegmentGolden(segment(text)));
  count++;
}
process.stderr.write(`update-golden-segment: wrote ${count} golden files in ${dir}\n`);
