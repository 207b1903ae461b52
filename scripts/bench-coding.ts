// Bench section "coding": raw text → events (segment, parse, actors, coder), sentences/s on one core.
// Corpus: the gold set's sentences (fixtures/gold/events.jsonl), grouped into documents of 8 sentences.
// Standalone: `npx tsc -p . && node dist/scripts/bench-coding.js`; also one entry of scripts/bench.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';
import { codeText, loadPipeline } from '../src/pipeline/index.js';

/** Figures of the coding bench. */
export interface CodingBench {
  name: string;
  documents: number;
  sentences: number;
  events: number;
  seconds: number;
  sentencesPerSecond: number;
  loadSeconds: number;
}

/** Codes the fixed corpus repeatedly for at least `minSeconds` and reports sentences/s (model loading excluded). */
export function benchCoding(minSeconds = 3): CodingBench {
  const t0 = process.hrtime.bigint();
  loadPipeline();
  const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = readFileSync(join(packageRoot, 'fixtures', 'gold', 'events.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  const docs: string[] = [];
  for (let i = 0; i < texts.length; i += 8) docs.push(texts.slice(i, i + 8).join(' '));
  for (const d of docs.slice(0, 4)) codeText(d, { date: '2022-01-22' }); // warm-up
  let sentences = 0;
  let events = 0;
  let documents = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < minSeconds) {
    for (const d of docs) {
      const r = codeText(d, { date: '2022-01-22' });
      sentences += r.sentences.length;
      events += r.events.length;
      documents++;
    }
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { name: 'coding (raw text -> events)', documents, sentences, events, seconds, sentencesPerSecond: Math.round(sentences / seconds), loadSeconds };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = benchCoding(Number(process.argv[2] ?? 3));
  console.log(`${r.name}: ${r.sentencesPerSecond} sentences/s (${r.sentences} sentences, ${r.events} events, ${r.seconds.toFixed(1)} s; load ${r.loadSeconds.toFixed(1)} s)`);
}
