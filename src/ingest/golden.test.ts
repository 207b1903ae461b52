import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GOLDEN_CASES, expectedPath, snapshot } from './golden.js';

// Regenerate with: npx tsc -p . && node dist/scripts/update-ingest-fixtures.js (then review the diff).
for (const [name, input] of Object.entries(GOLDEN_CASES)) {
  test(`golden: ${name} (${input})`, async () => {
    const expected = JSON.parse(readFileSync(expectedPath(name), 'utf8'));
    assert.deepEqual(await snapshot(input), expected);
  });
}
