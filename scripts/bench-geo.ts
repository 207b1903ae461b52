// Bench section "geo": gazetteer load time (cold, then warm re-parses), geocoding cost per parsed
// sentence, and end-to-end coding sentences/s with and without locateEvents.
// Corpus: the geo gold sentences plus fixtures/gold/events.jsonl, grouped into documents of 8 sentences.
// Standalone: `npx tsc -p . && node dist/scripts/bench-geo.js`; also the "geo" entry of scripts/bench.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';
import { defaultGazetteerPath, findDocumentPlaces, loadGazetteer, locateEvents, parseGazetteer } from '../src/geo/index.js';
import { codeText, loadPipeline } from '../src/pipeline/index.js';

/** Figures of the geo bench. */
export interface GeoBench {
  gazetteerPlaces: number;
  coldLoadMs: number;
  coldLoadCpuMs: number;
  warmParseMs: number;
  loadAverage: number;
  sentences: number;
  geocodeMicrosPerSentence: number;
  codingSentencesPerSecond: number;
  codingWithGeoSentencesPerSecond: number;
  /** Share of end-to-end time spent in locateEvents, timed document by document so load drift cancels out. */
  endToEndDropPercent: number;
}

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

function texts(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Measures load time, geocoding cost per sentence and the end-to-end cost of locating events. */
export function benchGeo(minSeconds = 3): GeoBench {
  let t0 = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const gaz = loadGazetteer();
  const coldLoadMs = ms(t0);
  const used = process.cpuUsage(cpu);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    t0 = process.hrtime.bigint();
    parseGazetteer(readFileSync(defaultGazetteerPath, 'utf8'));
    warm.push(ms(t0));
  }
  warm.sort((a, b) => a - b);
  const all = [...texts(join(packageRoot, 'src', 'geo', 'fixtures', 'gold-places.jsonl')), ...texts(join(packageRoot, 'fixtures', 'gold', 'events.jsonl'))];
  const docs: string[] = [];
  for (let i = 0; i < all.length; i += 8) docs.push(all.slice(i, i + 8).join(' '));
  const { nlp } = loadPipeline();
  const parsed = docs.map((d) => nlp.parse(d));
  const sentences = parsed.reduce((n, p) => n + p.length, 0);
  let geoSentences = 0;
  t0 = process.hrtime.bigint();
  // fresh token arrays each round: the per-sentence caches must not make repeats look free
  while (ms(t0) < minSeconds * 1000) for (const p of parsed) {
    findDocumentPlaces(p.map((s) => ({ ...s, tokens: [...s.tokens] })), gaz);
    geoSentences += p.length;
  }
  const geocodeMicrosPerSentence = (ms(t0) * 1000) / geoSentences;
  for (const d of docs.slice(0, 4)) codeText(d); // warm-up
  // the machine is shared: time coding and locating of the same document back to back
  let codingMs = 0;
  let geoMs = 0;
  let coded = 0;
  const start = process.hrtime.bigint();
  while (ms(start) < minSeconds * 1000) for (const d of docs) {
    t0 = process.hrtime.bigint();
    const r = codeText(d, { date: '2024-01-01' });
    codingMs += ms(t0);
    t0 = process.hrtime.bigint();
    locateEvents(r.sentences, r.events, { gazetteer: gaz });
    geoMs += ms(t0);
    coded += r.sentences.length;
  }
  const plain = coded / (codingMs / 1000);
  const withGeo = coded / ((codingMs + geoMs) / 1000);
  return {
    gazetteerPlaces: gaz.places.length,
    coldLoadMs: Math.round(coldLoadMs),
    coldLoadCpuMs: Math.round((used.user + used.system) / 1000),
    loadAverage: Number(loadavg()[0].toFixed(1)),
    warmParseMs: Math.round(warm[1]),
    sentences,
    geocodeMicrosPerSentence: Math.round(geocodeMicrosPerSentence),
    codingSentencesPerSecond: Math.round(plain),
    codingWithGeoSentencesPerSecond: Math.round(withGeo),
    endToEndDropPercent: Number((100 * (1 - withGeo / plain)).toFixed(1)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(benchGeo(Number(process.argv[2] ?? 3)), null, 2));
}
