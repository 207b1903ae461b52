import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { packageRoot } from '../paths.js';
import type { Sentence } from '../model/index.js';
import { segment } from './segment.js';
import { formatSegmentGolden } from './segment-golden.js';
import { normalizeText } from './normalize.js';
import { MAX_SENTENCE_TOKENS } from './sentences.js';
import { MAX_TOKEN_LENGTH } from './tokenize.js';

const fixtures = join(packageRoot, 'src', 'nlp', 'fixtures', 'segment');

for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
  test(`golden: ${name} (regenerate with scripts/update-golden-segment.ts)`, () => {
    const text = readFileSync(join(fixtures, name), 'utf8');
    const expected = readFileSync(join(fixtures, name.replace(/\.txt$/, '.json')), 'utf8');
    assert.equal(formatSegmentGolden(segment(text)), expected);
  });
}

/** Every structural promise of `segment`, checked on one input; throws on the first broken one. */
function checkInvariants(input: string, sentences: Sentence[], cap = MAX_SENTENCE_TOKENS): void {
  let prevEnd = 0;
  let total = 0;
  sentences.forEach((s, k) => {
    assert.equal(s.index, k);
    assert.ok(s.tokens.length > 0, 'no empty sentence');
    assert.ok(s.tokens.length <= cap, `sentence ${k} has ${s.tokens.length} tokens, cap ${cap}`);
    assert.equal(s.text, input.slice(s.start, s.end));
    assert.equal(s.start, s.tokens[0].start);
    assert.equal(s.end, s.tokens[s.tokens.length - 1].end);
    s.tokens.forEach((t, i) => {
      assert.equal(t.index, i);
      assert.ok(t.start >= prevEnd, `token ${JSON.stringify(t.text)} at ${t.start} overlaps the previous one ending at ${prevEnd}`);
      assert.ok(t.start < t.end && t.end <= input.length, `token span ${t.start}-${t.end} out of range`);
      assert.ok(t.text.length > 0 && t.text.length <= MAX_TOKEN_LENGTH + 4);
      assert.ok(!/\s/.test(t.text), `token ${JSON.stringify(t.text)} holds whitespace`);
      assert.equal(normalizeText(input.slice(t.start, t.end)), t.text);
      prevEnd = t.end;
      total++;
    });
  });
  assert.ok(sentences.length <= total);
}

/** Pieces that exercise the rules: abbreviations, clitics, entities, dashes, breaks, surrogates. */
const pieces = [
  'U.S.', 'Gen.', 'Jan.', 'W.', 'etc.', 'No.', 'e.g.', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', "'s", "n't", "can't", 'cannot',
  '&amp;', '&#8217;', '&#128512;', '&bogus;', '&', '\u2014', '\u2013', '\u2026', '\u201C', '\u201D', '\u2019', '\u00A0', '\u200B',
  'http://x.org/a_(b)', 'www.example.com', 'a@b.co', 'x@', '-', '--', '.', '...', '?!', '"', "'", '(', ')', '$', '%', '1,000',
  '3.5', '10:30', 'Kabul', 'Moscow', 'the', 'The', 'anti-', 'AK-47', '\uD800', '\uDC00', '\u{1F600}', '\u0000', '\u0301', 'é',
];
const tricky = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), tricky);

test('property: segment never throws and keeps every invariant on any string', () => {
  fc.assert(
    fc.property(anyText, (input) => {
      checkInvariants(input, segment(input));
    }),
    { numRuns: 600 },
  );
});

test('property: the cap holds for any cap and any text', () => {
  fc.assert(
    fc.property(tricky, fc.integer({ min: 1, max: 12 }), (input, cap) => {
      checkInvariants(input, segment(input, { maxTokens: cap }), cap);
    }),
    { numRuns: 300 },
  );
});

test('property: the tokens do not depend on whitespace width', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces.filter((p) => !/\s/.test(p))), { maxLength: 30 }), (words) => {
      const one = segment(words.join(' ')).flatMap((s) => s.tokens.map((t) => t.text));
      const three = segment(words.join('   ')).flatMap((s) => s.tokens.map((t) => t.text));
      assert.deepEqual(three, one);
    }),
    { numRuns: 200 },
  );
});

test('a 10 MB line without punctuation gives bounded sentences', () => {
  const words = ['Kabul', 'talks', 'with', 'Moscow', 'security', 'forces', 'and'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 10_000_000; i++) {
    const w = words[i % words.length];
    parts.push(w);
    length += w.length + 1;
  }
  const input = parts.join(' ');
  const sentences = segment(input);
  assert.equal(sentences.reduce((n, s) => n + s.tokens.length, 0), parts.length);
  assert.ok(sentences.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS));
  assert.equal(sentences.length, Math.ceil(parts.length / MAX_SENTENCE_TOKENS));
  assert.equal(sentences[sentences.length - 1].end, input.length);
});

test('a 10 MB run without spaces gives bounded tokens and sentences', () => {
  const input = 'x'.repeat(10_000_000);
  const sentences = segment(input);
  const tokens = sentences.flatMap((s) => s.tokens);
  assert.equal(tokens.length, Math.ceil(input.length / MAX_TOKEN_LENGTH));
  assert.ok(tokens.every((t) => t.end - t.start <= MAX_TOKEN_LENGTH));
  assert.ok(sentences.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS));
});

test('a 2,000-token sentence is cut at the cap', () => {
  const input = `${Array.from({ length: 1999 }, (_, i) => (i % 10 === 9 ? ',' : 'troops')).join(' ')}.`;
  const sentences = segment(input);
  assert.equal(sentences.reduce((n, s) => n + s.tokens.length, 0), 2000);
  assert.ok(sentences.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS));
  assert.equal(sentences.length, 8);
  checkInvariants(input, sentences);
});

test('binary-looking input gives well-formed output', () => {
  let bytes = '';
  for (let i = 0; i < 5000; i++) bytes += String.fromCharCode((i * 7919) % 65536);
  checkInvariants(bytes, segment(bytes));
});

test('segment rejects a non-string with a clear error', () => {
  assert.throws(() => segment(42 as unknown as string), /segment: expected a string, got number/);
});
