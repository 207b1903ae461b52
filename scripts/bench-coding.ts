// Bench section "coding": raw text → events (segment, parse, actors, coder), sentences/s on one core.
// Corpus: the gold set's sentences (fixtures/gold/events.jsonl), grouped into documents of 8 sentences.
// Standalone: `npx tsc -p . && node dist/scripts/bench-coding.js [SECONDS [MIN_WARM_SECONDS]]`; also one entry of scripts/bench.ts.
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
  /** At steady state, once the JIT has compiled the hot paths (see `benchCoding`). */
  sentencesPerSecond: number;
  /** Over the first seconds from a cold start (what a short run sees). */
  coldSentencesPerSecond: number;
  /** Seconds of coding (cold window included) before the steady state was reached. */
  warmupSeconds: number;
  /** Process CPU time over wall time while measuring: about 1 when only the coding thread works. */
  cpuPerWall: number;
  loadSeconds: number;
  /** Share of the coding time per stage (nlp: segmenting, tagging, parsing; actors: dictionaries, carry-over, place actors). */
  stageShares: StageTimings;
}

/** CPU time of the whole process (every thread) in seconds. */
function cpuSeconds(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e9;

/**
 * Codes the fixed corpus repeatedly and reports sentences/s, model loading excluded:
 * - cold: over the first `coldSeconds`, as a short run sees it;
 * - steady: over `minSeconds` once the JIT has settled. V8 compiles the hot paths on a second thread, and
 *   for the first 8-10 s of coding that thread is busy (the process uses 1.3-1.8 s of CPU per second) while the
 *   coding thread runs slower code: the rate over those seconds is half the steady one. Warm-up goes on, in
 *   one-second windows, until two windows in a row use less than 1.1 s of CPU per second (at least
 *   `warmSeconds`, at most 40 s); a long ingest job runs at the steady rate.
 */
export function benchCoding(minSeconds = 5, warmSeconds = 6, coldSeconds = 3): CodingBench {
  const t0 = now();
  loadPipeline();
  const loadSeconds = now() - t0;
  const lines = readFileSync(join(packageRoot, 'fixtures', 'gold', 'events.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  const docs: string[] = [];
  for (let i = 0; i < texts.length; i += 8) docs.push(texts.slice(i, i + 8).join(' '));
  let next = 0;
  /** Codes documents for `seconds` (at least one); returns sentences and wall and CPU seconds. */
  const codeFor = (seconds: number, each: (r: ReturnType<typeof codeText>) => void, timings: StageTimings): { sentences: number; wall: number; cpu: number } => {
    const start = now();
    const cpu0 = cpuSeconds();
    let sentences = 0;
    let wall = 0;
    while (wall < seconds) {
      const r = codeText(docs[next]!, { date: '2022-01-22', timings });
      next = (next + 1) % docs.length;
      sentences += r.sentences.length;
      each(r);
      wall = now() - start;
    }
    return { sentences, wall, cpu: cpuSeconds() - cpu0 };
  };
  // (the warm-up keeps stage timings too, so that the measured loop runs the very code the JIT compiled)
  const scratch: StageTimings = { nlp: 0, actors: 0, coder: 0, geo: 0 };
  const ignore = (): void => {};
  const cold = codeFor(coldSeconds, ignore, scratch);
  const warmStart = now();
  let quiet = 0;
  while (now() - warmStart < 40 && (quiet < 2 || now() - warmStart < warmSeconds)) {
    const w = codeFor(1, ignore, scratch);
    quiet = w.cpu / w.wall < 1.1 ? quiet + 1 : 0;
  }
  const warmupSeconds = coldSeconds + now() - warmStart;
  let events = 0;
  let documents = 0;
  const timings: StageTimings = { nlp: 0, actors: 0, coder: 0, geo: 0 };
  const m = codeFor(minSeconds, (r) => {
    events += r.events.length;
    documents++;
  }, timings);
  const total = timings.nlp + timings.actors + timings.coder + timings.geo;
  const share = (ms: number): number => Math.round((ms / total) * 100) / 100;
  const stageShares = { nlp: share(timings.nlp), actors: share(timings.actors), coder: share(timings.coder), geo: share(timings.geo) };
  return {
    name: 'coding (raw text -> events)', documents, sentences: m.sentences, events, seconds: m.wall,
    sentencesPerSecond: Math.round(m.sentences / m.wall), coldSentencesPerSecond: Math.round(cold.sentences / cold.wall),
    warmupSeconds: Math.round(warmupSeconds * 10) / 10, cpuPerWall: Math.round((m.cpu / m.wall) * 100) / 100, loadSeconds, stageShares,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = benchCoding(Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 6));
  const shares = Object.entries(r.stageShares).map(([k, x]) => `${k} ${Math.round(x * 100)}%`).join(', ');
  console.log(
    `${r.name}: ${r.sentencesPerSecond} sentences/s at steady state (${r.sentences} sentences, ${r.events} events, ${r.seconds.toFixed(1)} s, ` +
      `after ${r.warmupSeconds} s of warm-up; ${r.coldSentencesPerSecond}/s over the first seconds; load ${r.loadSeconds.toFixed(1)} s; ${shares})`,
  );
}
