// Property tests: readers and normalisers never throw, never hang, and always return
// well-formed results, whatever bytes or markup they are given. Sizes are bounded to stay fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { packageRoot } from '../paths.js';
import {
  documentId, extractArticle, extractFromPlainText, normalizeBody, normalizeDate, parseFeed, readInputs,
  similarity, type ExtractedArticle, type IngestItem,
} from './index.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const TIMEOUT = { timeout: 120_000 };
const page = readFileSync(join(packageRoot, 'examples', 'html', '2025-05-11-caucasus-ceasefire.html'), 'utf8');
const rss = readFileSync(join(packageRoot, 'examples', 'feeds', 'central-asia-wire.rss'), 'utf8');
const TAGS = ['div', 'p', 'span', 'article', 'b', 'table', 'td', 'li', 'ul', 'section', 'a', 'i', 'script', 'font'];

function assertArticle(a: ExtractedArticle): void {
  assert.equal(typeof a.text, 'string');
  for (const k of ['title', 'author', 'source', 'url'] as const) assert.ok(a[k] === null || typeof a[k] === 'string', k);
  assert.ok(a.published === null || ISO.test(a.published), `published ${a.published}`);
}

function assertItem(item: IngestItem): void {
  if (item.ok) {
    assert.match(item.doc.id, /^[0-9a-f]{32}$/);
    assert.ok(item.doc.text.length > 0);
    assert.equal(item.doc.id, documentId(item.doc.text));
    assert.ok(item.doc.published === null || ISO.test(item.doc.published));
  } else {
    assert.equal(typeof item.origin, 'string');
    assert.ok(item.error.length > 0);
  }
}

async function readBytes(bytes: Uint8Array): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(['-'], { stdin: Readable.from([Buffer.from(bytes)]) })) out.push(item);
  return out;
}

const nestedMarkup = fc.tuple(fc.array(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 3000 }), fc.boolean())
  .map(([tags, depth, close]) => {
    const open = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]} class="c${i}">`).join('');
    const shut = close ? Array.from({ length: depth }, (_, i) => `</${tags[(depth - 1 - i) % tags.length]}>`).join('') : '';
    return `<html><body>${open}Tajik guards closed the crossing.${shut}</body></html>`;
  });

test('readers: random bytes give well-formed items', TIMEOUT, async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
    const items = await readBytes(bytes);
    assert.ok(items.length >= 1);
    items.forEach(assertItem);
  }), { numRuns: 150 });
});

test('readers: random text, JSON-ish lines, markup and gzip-wrapped garbage give well-formed items', TIMEOUT, async () => {
  const inputs = fc.oneof(
    fc.string({ maxLength: 2000, unit: 'grapheme' }),
    fc.array(fc.oneof(fc.json(), fc.string({ maxLength: 80 })), { maxLength: 20 }).map((lines) => `{${lines.join('\n')}`),
    fc.string({ maxLength: 500 }).map((s) => `<rss><channel><item><title>${s}</title><description>${s}</description></item>`),
    fc.string({ maxLength: 500 }).map((s) => `<feed><entry><content type="xhtml">${s}`),
  ).map((s) => Buffer.from(s));
  const maybeGzip = fc.tuple(inputs, fc.boolean(), fc.nat()).map(([b, gz, cut]) => (gz ? gzipSync(b).subarray(0, 2 + (cut % 200)) : b));
  await fc.assert(fc.asyncProperty(maybeGzip, async (bytes) => {
    (await readBytes(bytes)).forEach(assertItem);
  }), { numRuns: 150 });
});

test('extractArticle: truncated real pages never throw and keep metadata well-formed', TIMEOUT, () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: page.length }), (cut) => {
    assertArticle(extractArticle(page.slice(0, cut)));
  }), { numRuns: 60 });
});

test('extractArticle: huge attributes and deeply nested markup', TIMEOUT, () => {
  const hugeAttribute = fc.tuple(fc.integer({ min: 1, max: 300_000 }), fc.constantFrom('"', "'", '')).map(([n, q]) =>
    `<html><head><meta property="og:title" content=${q}${'T'.repeat(n)}${q}></head><body><div data-x=${q}${'a'.repeat(n)}${q}><p>Kazakh police detained protesters in Almaty.</p></div></body></html>`);
  fc.assert(fc.property(fc.oneof(hugeAttribute, nestedMarkup), (html) => {
    const a = extractArticle(html);
    assertArticle(a);
    assert.ok(a.title === null || a.title.length <= 2000, 'titles are bounded');
  }), { numRuns: 40 });
});

test('extractArticle and extractFromPlainText: arbitrary strings', TIMEOUT, () => {
  fc.assert(fc.property(fc.string({ maxLength: 3000, unit: 'binary' }), (s) => {
    assertArticle(extractArticle(s));
    assertArticle(extractFromPlainText(s));
  }), { numRuns: 200 });
});

test('parseFeed: truncated feeds and arbitrary strings never throw', TIMEOUT, () => {
  fc.assert(fc.property(fc.oneof(fc.integer({ min: 0, max: rss.length }).map((n) => rss.slice(0, n)), fc.string({ maxLength: 1000 })), (xml) => {
    const r = parseFeed(xml);
    if (r.ok) r.entries.forEach((e) => assertArticle(e.article));
    else assert.ok(r.error.length > 0);
  }), { numRuns: 80 });
});

test('normalizeBody is idempotent and documentId is stable under it', () => {
  fc.assert(fc.property(fc.string({ maxLength: 500, unit: 'binary' }), (s) => {
    const once = normalizeBody(s);
    assert.equal(normalizeBody(once), once);
    assert.equal(documentId(s), documentId(once));
  }), { numRuns: 300 });
});

test('normalizeDate returns a valid ISO day or null for any string, and round-trips valid days', () => {
  fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
    const d = normalizeDate(s);
    assert.ok(d === null || (ISO.test(d) && !Number.isNaN(Date.parse(d))));
  }), { numRuns: 300 });
  fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (date) => {
    const iso = date.toISOString().slice(0, 10);
    assert.equal(normalizeDate(iso), iso);
    assert.equal(normalizeDate(date.toUTCString()), iso);
  }), { numRuns: 200 });
});

test('similarity is symmetric, in [0, 1], and 1 for a text with itself', () => {
  fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (a, b) => {
    const s = similarity(a, b);
    assert.ok(s >= 0 && s <= 1);
    assert.equal(s, similarity(b, a));
    assert.equal(similarity(a, a), 1);
  }), { numRuns: 100 });
});
