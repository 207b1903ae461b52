import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize, normalizeText } from './normalize.js';

/** The original span behind normalised characters [a, b). */
function origin(input: string, a: number, b: number): string {
  const n = normalize(input);
  return input.slice(n.starts[a], n.ends[b - 1]);
}

test('curly quotes become straight quotes', () => {
  assert.equal(normalizeText('\u201CRussia\u2019s role,\u201D he said \u2018twice\u2019'), '"Russia\'s role," he said \'twice\'');
});

test('dashes are written as EWT writes them', () => {
  assert.equal(normalizeText('KABUL, Jan. 5 \u2014 The'), 'KABUL, Jan. 5 -- The');
  assert.equal(normalizeText('Kabul\u2013Moscow 1990\u20132000'), 'Kabul-Moscow 1990-2000');
  assert.equal(normalizeText('non\u2011stop \u2212 5'), 'non-stop - 5');
});

test('ellipsis character becomes three periods', () => {
  assert.equal(normalizeText('wait\u2026 what'), 'wait... what');
});

test('HTML entities are decoded, named and numeric', () => {
  assert.equal(normalizeText('AT&amp;T &lt;b&gt; &quot;x&quot;'), 'AT&T <b> "x"');
  assert.equal(normalizeText('It&#8217;s &#x201C;here&#x201d;'), 'It\'s "here"');
  assert.equal(normalizeText('a&nbsp;b'), 'a b');
  assert.equal(normalizeText('caf&eacute; &mdash; ok'), 'caf\u00E9 -- ok');
});

test('unknown or unterminated entities are left alone', () => {
  assert.equal(normalizeText('R&D &foo; &amp &#; &#xZZ; &'), 'R&D &foo; &amp &#; &#xZZ; &');
});

test('invalid numeric entities become U+FFFD, astral ones are decoded', () => {
  assert.equal(normalizeText('&#0; &#xD800; &#1114112;'), '\uFFFD \uFFFD \uFFFD');
  assert.equal(normalizeText('&#128512;'), '\u{1F600}');
});

test('Unicode spaces and control characters become spaces, zero-width characters are dropped', () => {
  assert.equal(normalizeText('a\u00A0b\u2009c\u3000d'), 'a b c d');
  assert.equal(normalizeText('a\u0001b\u007Fc\u0085d'), 'a b c\nd');
  assert.equal(normalizeText('Ka\u200Bbul\uFEFF soft\u00ADhyphen'), 'Kabul softhyphen');
});

test('line endings: CRLF and lone CR become LF', () => {
  assert.equal(normalizeText('a\r\nb\rc\n\nd'), 'a\nb\nc\n\nd');
});

test('lone surrogates become U+FFFD, pairs are kept', () => {
  assert.equal(normalizeText('a\uD800b\uDC00c\u{1F600}'), 'a\uFFFDb\uFFFDc\u{1F600}');
});

test('offsets map every normalised character back to the original', () => {
  const input = 'x &amp; \u201Cy\u201D\u2014z\u2026';
  const n = normalize(input);
  assert.equal(n.text, 'x & "y"--z...');
  assert.equal(n.starts.length, n.text.length);
  assert.equal(origin(input, 2, 3), '&amp;');
  assert.equal(origin(input, 4, 7), '\u201Cy\u201D');
  assert.equal(origin(input, 7, 9), '\u2014');
  assert.equal(origin(input, 10, 13), '\u2026');
});

test('unchanged text maps to itself', () => {
  const input = 'Plain ASCII text.';
  const n = normalize(input);
  assert.equal(n.text, input);
  assert.deepEqual(Array.from(n.starts), [...input].map((_, i) => i));
  assert.deepEqual(Array.from(n.ends), [...input].map((_, i) => i + 1));
});

test('normalisation is idempotent on text without entities', () => {
  const input = '\u201CIt\u2019s\u201D \u2014 a\u00A0b\u2026\r\n\u200Bc\u0007';
  const once = normalizeText(input);
  assert.equal(normalizeText(once), once);
});

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom('a', ' ', '&amp;', '&#8217;', '&#128512;', '&x', '\u2014', '\u2026', '\u201C', '\r', '\n', '\u00A0', '\u200B', '\uD800', '\uDC00', '\u{1F600}', '\u0007'), { maxLength: 40 }).map((a) => a.join('')),
);

test('property: offsets are in range, ordered, and every character maps to its own source', () => {
  fc.assert(
    fc.property(anyText, (input) => {
      const n = normalize(input);
      assert.equal(n.starts.length, n.text.length);
      assert.equal(n.ends.length, n.text.length);
      for (let i = 0; i < n.text.length; i++) {
        assert.ok(n.starts[i] >= 0 && n.starts[i] < n.ends[i] && n.ends[i] <= input.length);
        if (i > 0) assert.ok(n.starts[i] >= n.starts[i - 1] && (n.starts[i] >= n.ends[i - 1] || n.starts[i] === n.starts[i - 1]));
      }
    }),
    { numRuns: 500 },
  );
});

test('property: normalisation is idempotent on text without entities', () => {
  fc.assert(
    fc.property(anyText.map((t) => t.replace(/&/g, '')), (input) => {
      const once = normalizeText(input);
      assert.equal(normalizeText(once), once);
    }),
    { numRuns: 500 },
  );
});
