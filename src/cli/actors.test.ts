import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import command from './actors.js';
import { loadNlp } from '../nlp/index.js';
import { UsageError } from './command.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  // the test runner itself talks over stdout in binary chunks: let those through
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    typeof chunk === 'string' ? ((out += chunk), true) : (o as (c: Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    typeof chunk === 'string' ? ((err += chunk), true) : (e as (c: Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stderr.write;
  try {
    const code = await command.run(argv);
    return { code, out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

test('dyad actors --lookup prints codes, jsonl on request', async () => {
  const r = await run(['--lookup', 'Russian ambassador to Afghanistan']);
  assert.equal(r.code, 0);
  assert.deepEqual(r.out.trim().split('\n').map((l) => l.split('\t')[0]), ['RUSGOV', 'AFG']);
  const j = await run(['--lookup', 'the Kremlin', '--format', 'jsonl']);
  const rec = JSON.parse(j.out) as { code: string; country: string; roles: string[] };
  assert.deepEqual([rec.code, rec.country, rec.roles], ['RUSGOV', 'RUS', ['GOV']]);
  const none = await run(['--lookup', 'a quiet afternoon']);
  assert.equal(none.code, 1);
  assert.match(none.err, /no dictionary entry matches/);
});

test('dyad actors: bad arguments are usage errors, broken dictionaries print file:line', async () => {
  await assert.rejects(run([]), UsageError);
  await assert.rejects(run(['--lookup', 'x', '--date', '2016-13-01']), /--date must be YYYY-MM-DD/);
  await assert.rejects(run(['--unknown']), /at least one FILE/);
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-dict-'));
  writeFileSync(join(dir, 'countries.txt'), '[RUS] Russia\nname: Russia\n[GEO]\nname: Russia\nbroken\n');
  const r = await run(['--check', '--dir', dir]);
  assert.equal(r.code, 1);
  assert.ok(r.err.includes(`${join(dir, 'countries.txt')}:5:`), r.err);
  assert.ok(r.err.includes('(broken)'), r.err);
});

test('dyad actors --check reports counts and sends warnings to stderr', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-dict-'));
  writeFileSync(join(dir, 'countries.txt'), '[RUS] Russia\nname: Russia\n[GEO] Georgia\nname: Russia\n');
  const r = await run(['--check', '--dir', dir]);
  assert.equal(r.code, 0);
  assert.match(r.out, /country\s+2/);
  assert.match(r.err, /warning: .*countries\.txt:4: 'Russia' \(country GEO\) also in .*countries\.txt:2 \(country RUS\)/);
});

let nlpSkip: string | false = false;
try {
  loadNlp();
} catch (err) {
  nlpSkip = `the parse model does not load: ${(err as Error).message}`;
}

test('dyad actors --unknown lists unmatched names; a missing file is reported, the rest still read', { skip: nlpSkip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-unknown-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Zarghun Khostwalay met Russian officials in Moscow. Later Zarghun Khostwalay flew to Kabul.\n');
  const r = await run(['--unknown', file, join(dir, 'missing.txt'), '--min', '2', '--format', 'jsonl']);
  assert.equal(r.code, 1, 'a missing file makes the exit code 1');
  assert.match(r.err, /missing\.txt/);
  const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; count: number });
  assert.ok(rows.some((x) => x.text === 'Zarghun Khostwalay' && x.count === 2), r.out);
  assert.ok(!rows.some((x) => /Moscow|Kabul/.test(x.text)), r.out);
});
