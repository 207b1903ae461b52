import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { packageRoot } from '../paths.js';
import { openStore } from '../store/index.js';
import { makeDocument, makeItem } from '../store/test-factory.js';

// The read-side commands (documents, events, stats) against a store seeded with synthetic records.

const bin = join(packageRoot, 'bin', 'dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-store-'));
const db = join(dir, 'test.sqlite');

function dyad(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DYAD_DB: db } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  const store = await openStore(db);
  await store.saveBatch([
    makeItem(makeDocument('a', { source: 'Wire A' }), [{ code: '042' }, { code: '190', quadClass: 4, sentence: 1, text: 'They fought, "hard", at dawn.' }]),
    makeItem(makeDocument('b', { source: 'Wire B', published: '2024-04-01' }), [{ code: '042', date: '2024-03-05' }]),
  ]);
  await store.close();
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('documents --format jsonl prints one JSON object per document with metadata and counts', () => {
  const r = dyad('documents', '--format', 'jsonl');
  assert.equal(r.code, 0, r.stderr);
  const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(docs.length, 2);
  for (const key of ['id', 'title', 'author', 'published', 'source', 'url', 'sentences', 'events']) assert.ok(key in docs[0], key);
  assert.deepEqual(docs.map((d) => [d.title, d.sentences, d.events]), [['Title a', 2, 2], ['Title b', 2, 1]]);
});

test('events filters and formats; --aggregate counts articles and sources', () => {
  const csv = dyad('events', '--code', '19*', '--format', 'csv');
  assert.equal(csv.code, 0, csv.stderr);
  const lines = csv.stdout.split('\r\n');
  assert.match(lines[0], /^id,doc_id,date,/);
  assert.match(lines[1], /,190,19,.*"They fought, ""hard"", at dawn\."$/);
  assert.equal(lines.length, 3);
  const agg = dyad('events', '--aggregate', '--code', '042');
  const rows = agg.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { mentions: number; articles: number; sources: number });
  assert.deepEqual(rows.map((x) => [x.mentions, x.articles, x.sources]), [[2, 2, 2]]);
  const jsonl = dyad('events', '--source', 'RUS*', '--limit', '1');
  assert.equal(jsonl.stdout.trimEnd().split('\n').length, 1);
  assert.equal((JSON.parse(jsonl.stdout) as { source: { code: string } }).source.code, 'RUSGOV');
  const moscow = dyad('events', '--place', 'moscow', '--place-country', 'rus');
  assert.equal(moscow.code, 0, moscow.stderr);
  assert.deepEqual(moscow.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { code: string }).code), ['042', '042']);
  const nowhere = dyad('events', '--place', 'Kabul');
  assert.equal(nowhere.stdout, '');
  assert.match(nowhere.stderr, /events: 0 records/);
});

test('bad arguments exit 2 with a message naming the value', () => {
  const fmt = dyad('events', '--format', 'xml');
  assert.equal(fmt.code, 2);
  assert.match(fmt.stderr, /Unknown format 'xml' \(available: jsonl, csv, tsv, plover\b/);
  assert.equal(fmt.stdout, '');
  const country = dyad('events', '--place-country', 'Russia');
  assert.equal(country.code, 2);
  assert.match(country.stderr, /--place-country must be an ISO alpha-3 code such as AFG, got 'Russia'/);
  const date = dyad('events', '--from', 'soon');
  assert.equal(date.code, 2);
  assert.match(date.stderr, /Invalid from date: 'soon'/);
  const missing = dyad('stats', '--db', join(dir, 'nope.sqlite'));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /No database at/);
});

test('stats --format jsonl reports the totals', () => {
  const r = dyad('stats', '--format', 'jsonl');
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout) as { documents: number; events: number; byRoot: Record<string, number> };
  assert.equal(s.documents, 2);
  assert.equal(s.events, 3);
  assert.deepEqual(s.byRoot, { '04': 2, '19': 1 });
});
