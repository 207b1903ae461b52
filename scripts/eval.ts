/**
 * `npm run eval`: every accuracy evaluation in one run — parser and segmentation on UD EWT test,
 * the coder on the gold event set and on the held-out gold set, geolocation on the gold place sets,
 * PETRARCH validation records.
 * Each runs as its own process (the same commands the docs quote) and prints its own summary;
 * those that need ../shared are skipped with the reason when it is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, sharedPath } from '../src/paths.js';

interface Evaluation {
  name: string;
  args: string[];
  /** A ../shared path the evaluation reads, if any. */
  needs?: string;
}

const cli = join(packageRoot, 'bin', 'dyad.js');
const ewtTest = sharedPath('ud-english-ewt', 'en_ewt-ud-test.conllu');
const records = sharedPath('petrarch', 'validate-records-dev.xml');

const evaluations: Evaluation[] = [
  { name: 'parser (UD EWT test, gold tokens, predicted tags)', args: [cli, 'parse', '--eval', ewtTest], needs: ewtTest },
  { name: 'segmentation (UD EWT test raw text)', args: [join(packageRoot, 'dist', 'scripts', 'eval-segmentation.js')], needs: ewtTest },
  { name: 'event coder (fixtures/gold/events.jsonl)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'events.jsonl')] },
  { name: 'event coder, second development set (fixtures/gold/heldout-events.jsonl, held out until session 3)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'heldout-events.jsonl')] },
  { name: 'event coder, weak-roots development set (fixtures/gold/weak-roots-events.jsonl)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'weak-roots-events.jsonl')] },
  { name: 'event coder, hard-cases development set (fixtures/gold/hard-cases-events.jsonl)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'hard-cases-events.jsonl')] },
  { name: 'event coder, fifth development set (fixtures/gold/heldout2-events.jsonl, held out until session 5)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'heldout2-events.jsonl')] },
  { name: 'event coder, second weak-roots development set (fixtures/gold/weak-roots2-events.jsonl, session 6)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'weak-roots2-events.jsonl')] },
  { name: 'event coder, seventh development set (fixtures/gold/heldout3-events.jsonl, held out until session 7)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'heldout3-events.jsonl')] },
  { name: 'event coder, wire-copy development set (fixtures/gold/wire-events.jsonl, session 8)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'wire-events.jsonl')] },
  { name: 'event coder, held-out (fixtures/gold/heldout4-events.jsonl)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'heldout4-events.jsonl')] },
  { name: 'event coder, ninth development set (fixtures/gold/heldout5-events.jsonl, held out until session 10)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'heldout5-events.jsonl')] },
  { name: 'event coder, second held-out set (fixtures/gold/heldout6-events.jsonl, session 10)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'heldout6-events.jsonl')] },
  { name: 'event coder, tenth development set (fixtures/gold/heldout7-events.jsonl, session 11)', args: [cli, 'eval', join(packageRoot, 'fixtures', 'gold', 'heldout7-events.jsonl')] },
  { name: 'geolocation (development gold)', args: [cli, 'geocode', '--eval', join(packageRoot, 'src', 'geo', 'fixtures', 'gold-places.jsonl')] },
  { name: 'geolocation (held-out gold)', args: [cli, 'geocode', '--eval', join(packageRoot, 'src', 'geo', 'fixtures', 'heldout-places.jsonl')] },
  { name: 'PETRARCH validation records (development half)', args: [cli, 'validate', records], needs: records },
];

const only = process.argv.slice(2);
let failed = 0;
for (const evaluation of evaluations) {
  if (only.length > 0 && !only.some((word) => evaluation.name.includes(word))) continue;
  process.stdout.write(`\n## ${evaluation.name}\n\n`);
  if (evaluation.needs !== undefined && !existsSync(evaluation.needs)) {
    process.stdout.write(`skipped: needs ${evaluation.needs} (../shared is present in development and CI only)\n`);
    continue;
  }
  const result = spawnSync(process.execPath, evaluation.args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const lines = result.stdout.trimEnd().split('\n');
  // validate prints a line per record before its summary: keep the summary only.
  const summaryStart = lines.findIndex((line) => /^records evaluated/.test(line));
  process.stdout.write(`${(evaluation.name.startsWith('PETRARCH') && summaryStart >= 0 ? lines.slice(summaryStart) : lines).join('\n')}\n`);
  if (result.status !== 0) {
    failed += 1;
    process.stdout.write(`(exit ${result.status}) ${result.stderr.trim().split('\n').slice(-3).join(' | ')}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
