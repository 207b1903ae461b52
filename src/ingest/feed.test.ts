import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { parseFeed } from './index.js';

const example = (name: string): string => readFileSync(join(packageRoot, 'examples', 'feeds', name), 'utf8');

test('RSS 2.0: channel title as source, content:encoded body, dc:creator and RSS author names', () => {
  const feed = parseFeed(example('central-asia-wire.rss'));
  assert.ok(feed.ok);
  assert.equal(feed.title, 'Central Asia Wire');
  assert.equal(feed.entries.length, 3);
  const [drills, visit, arrests] = feed.entries.map((e) => e.article);
  assert.equal(drills.title, 'Russian and Tajik troops hold drills near Afghan border');
  assert.equal(drills.author, 'Firuza Nazarova');
  assert.equal(drills.published, '2024-10-08');
  assert.equal(drills.url, 'https://centralasiawire.example/2024/10/08/russian-tajik-drills');
  assert.match(drills.text, /^DUSHANBE — Russian and Tajik forces began five days/);
  assert.ok(!drills.text.includes('@') && !drills.text.includes('is a reporter'), 'bio removed');
  assert.ok(!drills.text.includes('Thousands of soldiers rehearse'), 'content:encoded preferred over description');
  assert.equal(visit.author, 'Arman Dzhaksybekov', 'name from "mail (Name)"');
  assert.equal(visit.published, '2025-01-15');
  assert.match(arrests.text, /^BISHKEK — Kyrgyz security forces arrested six men/);
  assert.equal(arrests.text.split('\n\n').length, 4);
  assert.equal(feed.entries[0].guid, 'caw-2024-1008-01');
});

test('Atom: html, xhtml and text content; published or updated date; author name; alternate link', () => {
  const feed = parseFeed(example('region-monitor.atom'));
  assert.ok(feed.ok);
  assert.equal(feed.title, 'Region Monitor');
  const [rail, attack, trade] = feed.entries.map((e) => e.article);
  assert.equal(rail.url, 'https://regionmonitor.example/2024/12/03/china-kyrgyz-railway');
  assert.equal(rail.published, '2024-12-03');
  assert.equal(rail.author, 'Li Wenjing');
  assert.match(rail.text, /^BEIJING — The Chinese president hosted the Kyrgyz president/);
  assert.ok(!rail.text.includes('<p>'));
  assert.equal(attack.text.split('\n\n').length, 4, 'xhtml paragraphs kept apart');
  assert.equal(trade.published, '2025-06-30', 'updated used when published is absent');
  assert.match(trade.text, /^TERMEZ — Uzbekistan and Afghanistan opened/);
});

test('a document that is neither RSS nor Atom is refused with its root element', () => {
  const r = parseFeed('<?xml version="1.0"?><catalog><book/></catalog>');
  assert.deepEqual(r, { ok: false, error: 'root element <catalog> is neither <rss> nor <feed>' });
});

test('a truncated feed still yields the complete items', () => {
  const xml = example('central-asia-wire.rss');
  const cut = xml.slice(0, xml.indexOf('<item>', xml.indexOf('caw-2025-0115-02')) + 40);
  const r = parseFeed(cut);
  assert.ok(r.ok);
  assert.ok(r.entries.length >= 2);
  assert.equal(r.entries[1].article.title, 'Taliban delegation visits Moscow for talks on trade and security');
});
