// Regenerates the export writers' golden files under src/export/fixtures/ (review the diff).
import { updateFixtures } from '../src/export/fixtures.js';

for (const file of await updateFixtures()) process.stdout.write(`wrote ${file}\n`);
