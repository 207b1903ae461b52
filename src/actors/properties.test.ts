import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ParsedSentence, Upos } from '../model/parse.js';
import { loadActorDictionary, matchActors, resolveDocumentActors } from './index.js';

const dict = loadActorDictionary();
const WORDS = [
  'Russia', 'Russian', 'Afghan', 'the', 'and', ',', 'officials', 'forces', 'Taliban', 'Islamic', 'State', 'it', 'its',
  'country', 'two', 'countries', 'government', 'group', "'s", 'of', 'to', 'minister', 'Putin', 'US', 'us', 'Tajik-Afghan',
  'al', '-', 'Qaeda', 'National', 'Security', 'Forces', 'said', 'met', '(', ')', 'Kremlin', 'NATO', 'spokesman',
];
const UPOS: Upos[] = ['NOUN', 'PROPN', 'ADJ', 'DET', 'CCONJ', 'PUNCT', 'PRON', 'VERB', 'ADP', 'NUM', 'PART', 'X'];
const RELS = ['amod', 'compound', 'flat', 'nmod:poss', 'det', 'nummod', 'appos', 'conj', 'cc', 'case', 'nmod', 'nsubj', 'obj', 'root', 'expl', 'punct'];

// any parse, even cyclic or with heads out of range: the matcher must return well-formed mentions
const sentenceArb = fc
  .array(
    fc.record({
      text: fc.constantFrom(...WORDS),
      upos: fc.constantFrom(...UPOS),
      deprel: fc.constantFrom(...RELS),
      head: fc.integer({ min: -2, max: 14 }),
      spaceAfter: fc.boolean(),
    }),
    { minLength: 0, maxLength: 14 },
  )
  .map((toks): ParsedSentence => {
    let offset = 0;
    const tokens = toks.map((t, index) => {
      const start = offset;
      offset += t.text.length + (t.spaceAfter ? 1 : 0);
      return { ...t, index, start, end: start + t.text.length, xpos: '', lemma: t.text.toLowerCase() };
    });
    return { index: 0, text: tokens.map((t) => t.text).join(' '), start: 0, end: offset, tokens };
  });

test('matchActors never throws and returns spans in range with the head inside', () => {
  fc.assert(
    fc.property(sentenceArb, fc.constantFrom(null, '2016-01-22'), (sentence, date) => {
      for (const m of matchActors(sentence, dict, date)) {
        assert.ok(m.start >= 0 && m.end <= sentence.tokens.length && m.start < m.end, `${m.start}-${m.end}`);
        assert.ok(m.head >= m.start && m.head < m.end, `head ${m.head} outside ${m.start}-${m.end}`);
        assert.match(m.code, /^[A-Z]{3,}$/);
      }
    }),
    { numRuns: 300 },
  );
});

test('resolveDocumentActors returns one list per sentence, carried mentions well-formed', () => {
  fc.assert(
    fc.property(fc.array(sentenceArb, { maxLength: 5 }), (sentences) => {
      const docs = sentences.map((s, i) => ({ ...s, index: i }));
      const out = resolveDocumentActors(docs, dict, null);
      assert.equal(out.length, docs.length);
      out.forEach((ms, i) => {
        for (const m of ms) {
          assert.equal(m.sentence, i);
          assert.ok(m.head >= m.start && m.head < m.end);
          assert.match(m.code, /^[A-Z]{3,}$/);
        }
      });
    }),
    { numRuns: 200 },
  );
});
