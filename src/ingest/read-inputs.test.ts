import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../paths.js';
import { readInputs, type IngestItem, type ReadOptions } from './index.js';

const examples = join(packageRoot, 'examples');
const looseTxt = readFileSync(join(examples, 'text', '2024-09-14-dushanbe-bishkek-border-talks.txt'), 'utf8');
let dir = '';

async function collect(paths: string[], options?: ReadOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

/** A stdin stand-in that delivers its bytes in small chunks, splitting lines and characters. */
function chunked(data: Buffer, size = 7): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
  return Readable.from(parts);
}

const origins = (items: IngestItem[]): string[] => items.map((i) => (i.ok ? i.doc.origin! : i.origin));

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('a directory is read recursively in sorted order, hidden names skipped, bad files reported', async () => {
  const root = join(dir, 'tree');
  mkdirSync(join(root, 'b-sub', 'deeper'), { recursive: true });
  mkdirSync(join(root, '.hidden-dir'));
  writeFileSync(join(root, 'c.txt'), looseTxt);
  writeFileSync(join(root, 'a.txt'), 'Kyrgyz and Tajik officials met in Batken on Monday to discuss the border.');
  writeFileSync(join(root, 'b-sub', 'deeper', 'page.html'), '<html><body><article><p>Uzbek troops held drills near Termez on Friday, the defence ministry said.</p></article></body></html>');
  writeFileSync(join(root, 'b-sub', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(root, '.secret.txt'), 'must not be read');
  writeFileSync(join(root, '.hidden-dir', 'x.txt'), 'must not be read');
  writeFileSync(join(root, 'empty.txt'), '');
  const items = await collect([root]);
  assert.deepEqual(origins(items), [
    join(root, 'a.txt'),
    join(root, 'b-sub', 'deeper', 'page.html'),
    join(root, 'b-sub', 'image.png'),
    join(root, 'c.txt'),
    join(root, 'empty.txt'),
  ]);
  assert.deepEqual(items.map((i) => i.ok), [true, true, false, true, false]);
  assert.deepEqual(items[2], { ok: false, origin: join(root, 'b-sub', 'image.png'), error: 'binary or unsupported file' });
  assert.deepEqual(items[4], { ok: false, origin: join(root, 'empty.txt'), error: 'no article text found' });
});

test('a missing path is one error item and the next path is still read', async () => {
  const missing = join(dir, 'nope.txt');
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Kazakhstan sent flour to Afghanistan on Monday, officials said.');
  const items = await collect([missing, good]);
  assert.deepEqual(items[0], { ok: false, origin: missing, error: 'no such file or directory' });
  assert.equal(items[1].ok, true);
});

test('gzip is recognised by its magic bytes, with or without the .gz name', async () => {
  const gz = gzipSync(Buffer.from(looseTxt));
  writeFileSync(join(dir, 'page.txt.gz'), gz);
  writeFileSync(join(dir, 'page-no-extension'), gz);
  const items = await collect([join(dir, 'page.txt.gz'), join(dir, 'page-no-extension')]);
  assert.equal(items.length, 2);
  for (const item of items) {
    assert.ok(item.ok);
    assert.equal(item.doc.title, 'Dushanbe and Bishkek Return to the Border Table');
  }
  assert.ok(items[0].ok && items[1].ok && items[0].doc.id === items[1].doc.id);
});

test('corrupt gzip is reported, not thrown', async () => {
  const path = join(dir, 'broken.gz');
  writeFileSync(path, Buffer.concat([gzipSync(Buffer.from(looseTxt)).subarray(0, 40)]));
  const items = await collect([path]);
  assert.equal(items.length, 1);
  assert.ok(!items[0].ok);
  assert.match(items[0].error, /gzip|unexpected end/i);
});

test('stdin ("-"): gzipped JSONL in tiny chunks, lines and UTF-8 characters split across chunks', async () => {
  const lines = [
    JSON.stringify({ id: 'x1', title: 'Ташкент talks', date: '2025-03-01', text: 'Uzbek and Kazakh ministers — in Tashkent — agreed on «quotas» for water on Saturday.' }),
    '{"id": broken',
    JSON.stringify({ id: 'x2', text: 'Tajik and Afghan officials met at the Panji Poyon bridge on Sunday.' }),
  ];
  const stdin = chunked(gzipSync(Buffer.from(`${lines.join('\n')}\n`)), 5);
  const items = await collect(['-'], { stdin });
  assert.deepEqual(origins(items), ['stdin:1#x1', 'stdin:2', 'stdin:3#x2']);
  assert.ok(items[0].ok);
  assert.equal(items[0].doc.title, 'Ташкент talks');
  assert.equal(items[0].doc.published, '2025-03-01');
  assert.match(items[0].doc.text, /ministers — in Tashkent — agreed on "quotas"/, 'dashes kept, quotes folded');
  assert.ok(!items[1].ok);
  assert.match(items[1].error, /^invalid JSON: /);
});

test('JSONL streams: many records, one broken line does not stop the rest', async () => {
  const path = join(dir, 'many.jsonl');
  const rows: string[] = [];
  for (let i = 1; i <= 3000; i++) rows.push(i === 1500 ? '{not json' : JSON.stringify({ id: `r${i}`, text: `Report ${i}: Russian and Tajik troops patrolled the border near post ${i}.` }));
  writeFileSync(path, rows.join('\n'));
  const items = await collect([path]);
  assert.equal(items.length, 3000);
  assert.equal(items.filter((i) => i.ok).length, 2999);
  const bad = items[1499];
  assert.ok(!bad.ok);
  assert.equal(bad.origin, `${path}:1500`);
  assert.equal(new Set(items.map((i) => (i.ok ? i.doc.id : ''))).size, 3000, 'distinct bodies, distinct ids');
});

test('size limits: a big text file is refused by name, an overlong JSONL line is skipped alone', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'Officials met. '.repeat(2000));
  const [item] = await collect([big], { maxFileBytes: 10_000 });
  assert.deepEqual(item, { ok: false, origin: big, error: 'file larger than 10000 bytes (only JSONL is streamed)' });
  const jsonl = join(dir, 'long-line.jsonl');
  writeFileSync(jsonl, [JSON.stringify({ text: 'First report about a visit to Kabul by the Uzbek minister.' }), JSON.stringify({ text: 'y '.repeat(20_000) }), JSON.stringify({ text: 'Third report about aid to Bishkek from Astana.' })].join('\n'));
  const items = await collect([jsonl], { maxFileBytes: 10_000 });
  assert.deepEqual(items.map((i) => i.ok), [true, false, true]);
  assert.deepEqual(items[1], { ok: false, origin: `${jsonl}:2`, error: 'line longer than 10000 bytes' });
  assert.equal(items[2].ok && items[2].doc.origin, `${jsonl}:3`);
});

test('the same article read as text, as JSONL and as HTML gets one id', async () => {
  const [fromText] = await collect([join(examples, 'text', '2024-09-14-dushanbe-bishkek-border-talks.txt')]);
  assert.ok(fromText.ok);
  const body = fromText.doc.text;
  const jsonl = join(dir, 'same.jsonl');
  writeFileSync(jsonl, `${JSON.stringify({ id: 'copy', title: 'x', text: body.replace(/\n/g, '\n\n') })}\n`);
  const html = join(dir, 'same.html');
  writeFileSync(html, `<!doctype html><html><head><title>Copy</title></head><body><nav><a href="/">Home</a></nav><article>${body.split('\n').filter(Boolean).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</article></body></html>`);
  const ids = (await collect([jsonl, html])).map((i) => (i.ok ? i.doc.id : i.error));
  assert.deepEqual(ids, [fromText.doc.id, fromText.doc.id]);
});

test('a UTF-8 byte-order mark and CRLF line ends do not change the document', async () => {
  const plain = join(dir, 'plain.txt');
  const bom = join(dir, 'bom.txt');
  writeFileSync(plain, looseTxt);
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(looseTxt.replace(/\n/g, '\r\n'))]));
  const [a, b] = await collect([plain, bom]);
  assert.ok(a.ok && b.ok);
  assert.deepEqual({ ...a.doc, origin: '' }, { ...b.doc, origin: '' });
});

test('feeds yield one document per item with the item number in the origin', async () => {
  const path = join(examples, 'feeds', 'region-monitor.atom');
  const items = await collect([path]);
  assert.deepEqual(origins(items), [1, 2, 3].map((n) => `${path}#item-${n}`));
  assert.ok(items.every((i) => i.ok && i.doc.source === 'Region Monitor'));
});

test('XML that is not a feed, and a feed without items, are reported', async () => {
  const xml = join(dir, 'data.xml');
  writeFileSync(xml, '<?xml version="1.0"?><catalog><book id="1"/></catalog>');
  const empty = join(dir, 'empty.rss');
  writeFileSync(empty, '<rss version="2.0"><channel><title>Quiet</title></channel></rss>');
  const items = await collect([xml, empty]);
  assert.deepEqual(items, [
    { ok: false, origin: xml, error: 'binary or unsupported file' },
    { ok: false, origin: empty, error: 'feed has no items' },
  ]);
});
