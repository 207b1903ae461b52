// Load test of the HTTP API: fills a temporary SQLite store with synthetic events, serves it on
// 127.0.0.1 (random port) and runs autocannon against the main queries. Prints requests/s and
// p50/p99 latency per query.
// Usage: node dist/scripts/bench-api.js [--events N] [--seconds S] [--connections C] [--db PATH] [--only SUBSTRING]
// --db keeps the store in PATH: it is filled on first use and reused as it is by later runs (the
// fill of 1,000,000 events takes minutes); opening it applies pending migrations, and the time
// that takes is printed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { openStore, type BatchItem } from '../src/store/index.js';
import { packageRoot } from '../src/paths.js';
import { makeDocument, makeItem, type EventSpec } from '../src/store/test-factory.js';

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: { url: string; duration: number; connections: number }) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    db: { type: 'string' },
    only: { type: 'string' },
  },
});
const total = Number(values.events);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!Number.isInteger(total) || total < 1) throw new Error(`--events must be a positive integer, got '${values.events}'`);
if (!(seconds > 0)) throw new Error(`--seconds must be positive, got '${values.seconds}'`);

const ACTORS = ['RUSGOV', 'AFGGOV', 'USAGOV', 'CHNGOV', 'PAKGOV', 'IRNGOV', 'INDGOV', 'TJKGOV', 'UZBGOV', 'KAZGOV', 'TURGOV', 'AFGMIL', 'RUSMIL', 'TAL', 'IGOUNO', 'KGZGOV', 'TKMGOV', 'GBRGOV', 'FRAGOV', 'DEUGOV'];
const CODES: [string, 1 | 2 | 3 | 4, number][] = [['010', 1, 0], ['036', 1, 4], ['042', 1, 1.9], ['057', 1, 8], ['071', 2, 7.4], ['111', 3, -2], ['112', 3, -2], ['130', 3, -4.4], ['173', 4, -5], ['190', 4, -10]];

// Deterministic pseudo-random numbers (mulberry32), so two runs bench the same store. (A float
// LCG used before lost precision above 2^53 and drew only 10 of the 20 actors.)
let seed = 42;
function rand(n: number): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}

const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'dyad-bench-api-'));
const dbFile = values.db ?? join(dir as string, 'bench.sqlite');
const reuse = existsSync(dbFile);
const openStart = performance.now();
const store = await openStore(dbFile);
if (reuse) console.log(`opened ${dbFile} in ${((performance.now() - openStart) / 1000).toFixed(1)} s (migrations included)`);
const stored = (await store.stats()).events;
if (reuse && stored > 0 && stored !== total) console.log(`note: ${dbFile} holds ${stored.toLocaleString()} events, not --events ${total.toLocaleString()}; using it as it is`);
const perDoc = 10;
const fillStart = performance.now();
let made = stored > 0 ? total : 0;
let docNo = 0;
while (made < total) {
  const batch: BatchItem[] = [];
  for (let d = 0; d < 500 && made < total; d++, docNo++) {
    const day = new Date(Date.UTC(2015, 0, 1) + rand(3650) * 86_400_000).toISOString().slice(0, 10);
    const doc = makeDocument(`b${docNo}`, { published: day, text: `Bench document ${docNo} about talks. It has a second sentence.` });
    const specs: EventSpec[] = [];
    for (let k = 0; k < perDoc && made < total; k++, made++) {
      const [code, quadClass, goldstein] = CODES[rand(CODES.length)];
      const source = ACTORS[rand(ACTORS.length)];
      let target = ACTORS[rand(ACTORS.length)];
      if (target === source) target = ACTORS[(ACTORS.indexOf(source) + 1) % ACTORS.length];
      specs.push({ sentence: k % 2, source, target, code, quadClass, goldstein, predicate: k, text: `${source} and ${target} event ${k} in document ${docNo}.` });
    }
    batch.push(makeItem(doc, specs));
  }
  await store.saveBatch(batch);
}
const fillSeconds = (performance.now() - fillStart) / 1000;
if (stored > 0) console.log(`reusing ${stored.toLocaleString()} stored events`);
else console.log(`filled ${made.toLocaleString()} events in ${docNo.toLocaleString()} documents in ${fillSeconds.toFixed(1)} s (${Math.round(made / fillSeconds).toLocaleString()} events/s)`);

await store.close();

// The server runs in its own process: SQLite calls are synchronous, so a server sharing the event
// loop with autocannon would stall autocannon's own clock and skew every latency.
const server = spawn(process.execPath, [join(packageRoot, 'bin', 'dyad.js'), 'serve', '--db', dbFile, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
let printed = '';
const base = await new Promise<string>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
    const m = /http:\/\/localhost:(\d+)/.exec(printed);
    if (m) resolve(`http://127.0.0.1:${m[1]}`);
  });
  server.once('exit', (code) => reject(new Error(`dyad serve exited with code ${code} before listening`)));
});
const queries: [string, string][] = [
  ['dyad timeseries (month)', '/api/dyads/RUSGOV/AFGGOV/timeseries?interval=month'],
  ['events, dyad + date range', '/api/events?source=RUSGOV&target=AFGGOV&from=2020-01-01&to=2020-12-31&limit=50'],
  ['events, actor + QuadClass', '/api/events?actor=RUSGOV&quadClass=4&limit=50'],
  ['events, actor + root + dates', '/api/events?actor=AFG*&root=19&from=2018&to=2019&limit=50'],
  ['events, first page', '/api/events?limit=50'],
  ['events, place', '/api/events?place=moscow&limit=50'],
  ['events, place + actor', '/api/events?place=Moscow&placeCountry=RUS&actor=AFGGOV&limit=50'],
  ['actors (top 20)', '/api/actors?limit=20'],
  ['actors, search q=AFG', '/api/actors?q=AFG&limit=15'],
  ['network (top 100 edges)', '/api/network?limit=100'],
  ['network, QuadClass 4', '/api/network?quadClass=4&limit=100'],
  ['stats', '/api/stats'],
  // Filters the event summary does not keep: these scan the matching events.
  ['actors, one year (scan)', '/api/actors?from=2020&to=2020&limit=20'],
  ['network, one year (scan)', '/api/network?from=2020&to=2020&limit=100'],
].filter(([name]) => !values.only || name.includes(values.only)) as [string, string][];
try {
  console.log(`autocannon: ${connections} connections, ${seconds} s per query, ${base}`);
  console.log('query                            req/s     p50 ms   p99 ms   max ms   non-2xx');
  for (const [name, path] of queries) {
    const r = await autocannon({ url: `${base}${path}`, duration: seconds, connections });
    console.log(`${name.padEnd(32)} ${r.requests.average.toFixed(0).padStart(6)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(r.latency.max).padStart(8)} ${String(r.non2xx + r.errors).padStart(9)}`);
  }
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
  if (dir) rmSync(dir, { recursive: true, force: true });
}
