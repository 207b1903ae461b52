/**
 * `npm run bench [-- --json] [SECTION...]`: runs the benchmark sections in order, each in a fresh
 * Node process (so peak memory and JIT state are its own), and prints one table per section;
 * with --json, the tables go to stderr and stdout gets one JSON line {section: figures, ...}.
 * To add a section, add one entry to `sections` below.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** A benchmark section: a name and a function returning its figures (possibly nested objects). */
interface BenchSection {
  name: string;
  run(): Promise<object> | object;
}

/** Every section, in the order they run. Each is loaded only in its own child process. */
const sections: BenchSection[] = [
  { name: 'parse', run: async () => (await import('./bench-parse.js')).benchParse() },
  { name: 'coding', run: async () => (await import('./bench-coding.js')).benchCoding() },
  { name: 'ingest', run: async () => (await import('./bench-ingest.js')).benchIngestSection() },
  { name: 'geo', run: async () => (await import('./bench-geo.js')).benchGeo() },
];

function flatten(obj: object, prefix = '', out: [string, string][] = []): [string, string][] {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v as object, key, out);
    else out.push([key, String(v)]);
  }
  return out;
}

function table(name: string, figures: object): string {
  const rows = flatten(figures);
  const width = Math.max(...rows.map(([k]) => k.length), 6);
  return `== ${name}\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, child: { type: 'string' } },
  });
  if (values.child !== undefined) {
    const section = sections.find((s) => s.name === values.child);
    if (!section) throw new Error(`unknown bench section ${JSON.stringify(values.child)}`);
    process.stdout.write(JSON.stringify(await section.run()) + '\n');
    return 0;
  }
  const unknown = positionals.filter((p) => !sections.some((s) => s.name === p));
  if (unknown.length) {
    process.stderr.write(`bench: unknown section(s) ${unknown.join(', ')}; known: ${sections.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const chosen = positionals.length ? sections.filter((s) => positionals.includes(s.name)) : sections;
  const results: Record<string, unknown> = {};
  let failed = 0;
  for (const s of chosen) {
    const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', s.name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const last = res.stdout.trim().split('\n').pop() ?? '';
    let figures: object;
    try {
      if (res.status !== 0) throw new Error(`exit status ${res.status}`);
      figures = JSON.parse(last) as object;
    } catch (err) {
      failed++;
      results[s.name] = { error: (err as Error).message };
      process.stderr.write(`bench: section ${s.name} failed: ${(err as Error).message}\n`);
      continue;
    }
    results[s.name] = figures;
    (values.json ? process.stderr : process.stdout).write(table(s.name, figures));
  }
  if (values.json) process.stdout.write(JSON.stringify(results) + '\n');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
