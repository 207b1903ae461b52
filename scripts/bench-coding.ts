// Bench section "coding": raw text → events (segment, parse, actors, coder), sentences/s on one core.
// Corpus: the gold set's sentences (fixtures/gold/events.jsonl), grouped into documents of 8 sentences.
// Standalone: `npx tsc -p . && node dist/scripts/bench-coding.js [SECONDS [WARM_SECONDS]]`; also one entry of scripts/bench.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';
import { codeText, loadPipeline, type StageTimings } from '../src/pipeline/index.js';

/** Figures of the coding bench. */
export interface CodingBench {
  name: string;
  documents: number;
  sentences: number;
  events: number;
  seconds: number;
  sentencesPerSecond: number;
  loadSeconds: number;
  /** Share of the coding time per stage (nlp: segmenting, tagging, parsing; actors: dictionaries, carry-over, place actors). */
  stageShares: StageTimings;
}

/**
 * Codes the fixed corpus repeatedly for at least `minSeconds` and reports sentences/s at steady state: model
 * loading is excluded, and so are the first `warmSeconds` of coding, while the JIT compiles the hot paths (over a
 * 3-second window that starts cold the rate is a third lower; a long ingest job runs at the steady rate).
 */
export function benchCoding(minSeconds = 5, warmSeconds = 2): CodingBench {
  const t0 = process.hrtime.bigint();
  loadPipeline();
  const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = readFileSync(join(packageRoot, 'fixtures', 'gold', 'events.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  const docs: string[] = [];
  for (let i = 0; i < texts.length; i += 8) docs.push(texts.slice(i, i + 8).join(' '));
  const warmStart = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - warmStart) / 1e9 < warmSeconds) for (const d of docs) codeText(d, { date: '2022-01-22' });
  let sentences = 0;
  let events = 0;
  let documents = 0;
  const timings: StageTimings = { nlp: 0, actors: 0, coder: 0, geo: 0 };
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < minSeconds) {
    for (const d of docs) {
      const r = codeText(d, { date: '2022-01-22', timings });
      sentences += r.sentences.length;
      events += r.events.length;
      documents++;
    }
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const total = timings.nlp + timings.actors + timings.coder + timings.geo;
  const share = (ms: number): number => Math.round((ms / total) * 100) / 100;
  const stageShares = { nlp: share(timings.nlp), actors: share(timings.actors), coder: share(timings.coder), geo: share(timings.geo) };
  return { name: 'coding (raw text -> events)', documents, sentences, events, seconds, sentencesPerSecond: Math.round(sentences / seconds), loadSeconds, stageShares };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = benchCoding(Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 2));
  const shares = Object.entries(r.stageShares).map(([k, x]) => `${k} ${Math.round(x * 100)}%`).join(', ');
  console.log(`${r.name}: ${r.sentencesPerSecond} sentences/s (${r.sentences} sentences, ${r.events} events, ${r.seconds.toFixed(1)} s; load ${r.loadSeconds.toFixed(1)} s; ${shares})`);
}
