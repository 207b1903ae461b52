// Speed of this build against another build of dyad, both alternated in one process: the comparison that holds on a
// shared machine whose speed drifts by a factor of two within the hour (separate `npm run bench` runs do not).
// Usage: `npx tsc -p . && node dist/scripts/bench-ab.js OTHER [--stage coding|nlp] [--pairs 80] [--seconds 0.5]`, where
// OTHER is another checkout, built (`npx tsc -p .` there; it needs its own data/ and node_modules/, or links to them).
// Each pair runs both builds for the same short window on the coding corpus of `npm run bench` (the gold set's
// sentences in 8-sentence documents), in alternating order, after 4 s of warm-up each; it prints the median and
// quartiles of the per-pair ratios (this build's rate over the other's). Comparing a build with itself gave medians
// within a few hundredths of 1 (0.974 over 16 pairs of 0.3 s, 0.998 over 80 pairs): use 60-80 pairs for a few percent.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/paths.js';

type Work = () => number;

/** A function that codes (or parses) the next document of `docs` with the build at `root` and returns its sentence count. */
async function workOf(root: string, stage: string, docs: string[]): Promise<Work> {
  let k = 0;
  if (stage === 'nlp') {
    const nlp = (await import(pathToFileURL(join(root, 'dist', 'src', 'nlp', 'index.js')).href)) as typeof import('../src/nlp/index.js');
    const parser = nlp.loadNlp(join(root, 'data', 'models'));
    return () => parser.parse(docs[k++ % docs.length]).length;
  }
  const pipeline = (await import(pathToFileURL(join(root, 'dist', 'src', 'pipeline', 'index.js')).href)) as typeof import('../src/pipeline/index.js');
  pipeline.loadPipeline();
  return () => pipeline.codeText(docs[k++ % docs.length], { date: '2022-01-22' }).sentences.length;
}

/** Sentences per second of `work` over `seconds`. */
function rate(work: Work, seconds: number): number {
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < seconds * 1000) n += work();
  return n / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { stage: { type: 'string', default: 'coding' }, pairs: { type: 'string', default: '80' }, seconds: { type: 'string', default: '0.5' } },
  });
  const other = positionals[0];
  const pairs = Number(values.pairs);
  const seconds = Number(values.seconds);
  if (!other || !['coding', 'nlp'].includes(values.stage!) || !(pairs > 0) || !(seconds > 0)) {
    throw new Error('usage: bench-ab.js OTHER_CHECKOUT [--stage coding|nlp] [--pairs N] [--seconds S]');
  }
  const lines = readFileSync(join(packageRoot, 'fixtures', 'gold', 'events.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  const docs: string[] = [];
  for (let i = 0; i < texts.length; i += 8) docs.push(texts.slice(i, i + 8).join(' '));
  const theirs = await workOf(resolve(other), values.stage!, docs);
  const ours = await workOf(packageRoot, values.stage!, docs);
  rate(theirs, 4);
  rate(ours, 4);
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // (alternating which build goes first, so that a drift of the machine's speed within a pair cancels out)
    let theirRate: number, ourRate: number;
    if (i % 2) {
      theirRate = rate(theirs, seconds);
      ourRate = rate(ours, seconds);
    } else {
      ourRate = rate(ours, seconds);
      theirRate = rate(theirs, seconds);
    }
    ratios.push(ourRate / theirRate);
  }
  ratios.sort((x, y) => x - y);
  const q = (p: number): string => ratios[Math.floor(p * (ratios.length - 1))]!.toFixed(3);
  console.log(`${values.stage}: this build / ${other}: median ${q(0.5)} (quartiles ${q(0.25)}-${q(0.75)}) over ${pairs} pairs of ${seconds}-s windows`);
}

main().catch((e: unknown) => {
  console.error(`bench-ab: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
