// Regenerates the coder's golden files: src/events/fixtures/NAME.json from NAME.txt, coded with the
// fixture lexicon. Review the diff before committing. Run: `npx tsc -p . && node dist/scripts/update-golden-coder.js`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coderFixtureDir, listCoderFixtures, runCoderFixture } from '../src/events/golden.js';

for (const name of listCoderFixtures()) {
  const events = runCoderFixture(name);
  writeFileSync(join(coderFixtureDir, `${name}.json`), JSON.stringify(events, null, 2) + '\n');
  console.error(`${name}: ${events.length} events`);
}
