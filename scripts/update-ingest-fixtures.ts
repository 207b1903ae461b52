// Regenerates the ingest golden files: node dist/scripts/update-ingest-fixtures.js (after tsc).
// Review the diff before committing: every change is a change in what dyad ingests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GOLDEN_CASES, expectedPath, snapshot } from '../src/ingest/golden.js';

for (const [name, input] of Object.entries(GOLDEN_CASES)) {
  const path = expectedPath(name);
  mkdirSync(dirname(path), { recursive: true });
  const items = await snapshot(input);
  writeFileSync(path, `${JSON.stringify(items, null, 2)}\n`);
  console.error(`${name}: ${items.length} items → ${path}`);
}
