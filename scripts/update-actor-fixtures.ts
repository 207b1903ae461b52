// Regenerates the actor matcher's golden files (src/actors/fixtures/*.json) from the inputs
// beside them and the dictionaries in data/dictionaries. Review the diff before committing.
// Run: npx tsc -p . && node dist/scripts/update-actor-fixtures.js
import { writeFileSync } from 'node:fs';
import { actorFixtures } from '../src/actors/fixtures.js';

for (const set of ['phrases', 'sentences'] as const) {
  const { expectedPath, compute } = actorFixtures(set);
  const out = compute();
  writeFileSync(expectedPath, `${JSON.stringify(out, null, 1)}\n`);
  console.error(`update-actor-fixtures: wrote ${out.length} cases to ${expectedPath}`);
}
