import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { extractArticle, HTML_CAP_CHARS } from './index.js';

const example = (name: string): string => readFileSync(join(packageRoot, 'examples', 'html', name), 'utf8');

test('news page: metadata from JSON-LD and meta tags, body without nav, ads, bio, share or footer', () => {
  const a = extractArticle(example('2025-05-11-caucasus-ceasefire.html'));
  assert.equal(a.title, 'Armenia and Azerbaijan agree to extend border ceasefire after talks in Almaty');
  assert.equal(a.author, 'Timur Abenov');
  assert.equal(a.published, '2025-05-11');
  assert.equal(a.source, 'Eurasia Ledger');
  assert.equal(a.url, 'https://eurasialedger.example/2025/05/11/armenia-azerbaijan-ceasefire-almaty');
  assert.match(a.text, /^ALMATY — Armenia and Azerbaijan agreed on Sunday/);
  assert.match(a.text, /invited them to Astana for a signing ceremony if the treaty is ready\.$/);
  for (const banned of ['Advertisement', 'Subscribe', 'Related stories', 'Share on', '@', 'All rights reserved', 'Skip to content', 'Comments', 'Photo:']) {
    assert.ok(!a.text.includes(banned), `body contains ${JSON.stringify(banned)}`);
  }
  assert.equal(a.text.split('\n\n').length, 6, 'one paragraph per <p>');
});

test('news page with a JSON-LD @graph, "By" in the author meta and a cookie banner', () => {
  const a = extractArticle(example('2024-11-20-astana-state-visit.html'), 'https://given.example/x');
  assert.equal(a.title, 'Turkish president signs energy and defence deals on state visit to Kazakhstan');
  assert.equal(a.author, 'Dana Seitkali');
  assert.equal(a.published, '2024-11-20');
  assert.equal(a.source, 'Steppe Observer');
  assert.equal(a.url, 'https://given.example/x', 'the URL passed in wins');
  for (const banned of ['cookies', 'Most read', 'morning briefing', 'Tags:', 'Abai Avenue']) assert.ok(!a.text.includes(banned), banned);
  assert.match(a.text, /The Kazakh interior ministry said they had not obtained permission to demonstrate\.$/);
});

test('metadata falls back to <time> and <title>, site name split from the title', () => {
  const html = '<html><head><title>Envoy summoned over border shooting | Daily Bulletin</title></head><body><article><h1>Envoy summoned over border shooting</h1><time datetime="2024-04-02T10:00">2 April</time><p>The Uzbek foreign ministry summoned the Afghan envoy in Tashkent on Tuesday after shots were fired across the Amu Darya.</p></article></body></html>';
  const a = extractArticle(html);
  assert.equal(a.title, 'Envoy summoned over border shooting');
  assert.equal(a.source, 'Daily Bulletin');
  assert.equal(a.published, '2024-04-02');
  assert.match(a.text, /The Uzbek foreign ministry summoned the Afghan envoy/);
  assert.ok(!a.text.startsWith('Envoy summoned'), 'heading equal to the title is not body text');
});

test('malformed JSON-LD is ignored and meta tags still apply', () => {
  const html = '<html><head><script type="application/ld+json">{"@type": "NewsArticle", broken</script><meta property="og:title" content="Talks end"><meta name="author" content="Jamila Orazova"></head><body><p>Turkmen and Afghan officials ended two days of talks in Ashgabat on Thursday with a plan to extend a power line to Herat.</p></body></html>';
  const a = extractArticle(html);
  assert.equal(a.title, 'Talks end');
  assert.equal(a.author, 'Jamila Orazova');
  assert.match(a.text, /^Turkmen and Afghan officials/);
});

test('deeply nested markup skips the DOM and still yields the text', () => {
  const depth = 5000;
  const html = `<html><body>${'<div><span>'.repeat(depth)}Kyrgyz border guards detained two men.${'</span></div>'.repeat(depth)}</body></html>`;
  const a = extractArticle(html);
  assert.equal(a.text, 'Kyrgyz border guards detained two men.');
});

test('input beyond the cap is cut, not parsed', () => {
  // A comment keeps the filler cheap to parse; uncut, the marker after it would be body text.
  const html = `<html><body><p>Opening paragraph about talks in Astana between the two delegations.</p><!--${'x'.repeat(HTML_CAP_CHARS)}--><p>TAIL-MARKER</p></body></html>`;
  const a = extractArticle(html);
  assert.match(a.text, /^Opening paragraph/);
  assert.ok(!a.text.includes('TAIL-MARKER'));
  assert.match(extractArticle(html.replace('x'.repeat(HTML_CAP_CHARS), 'x')).text, /TAIL-MARKER/);
});

test('an empty or tag-only page gives empty text and null metadata', () => {
  for (const html of ['', '<html></html>', '<!-- only a comment -->', '<body><script>var x = 1;</script></body>']) {
    const a = extractArticle(html);
    assert.equal(a.text, '', html);
    assert.equal(a.published, null);
  }
});
