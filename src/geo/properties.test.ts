import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ParsedSentence, ParsedToken, Upos } from '../model/index.js';
import { findPlaces, foldName, loadGazetteer, locateEvents, scoreCandidates, type Place } from './index.js';

const gaz = loadGazetteer();
const UPOS: Upos[] = ['ADJ', 'ADP', 'DET', 'NOUN', 'PROPN', 'PUNCT', 'VERB', 'CCONJ', 'X'];
// words the resolver reacts to, mixed with place names and noise
const WORDS = ['in', 'near', 'the', 'of', 'city', 'province', 'border', 'northern', 'and', ',', '—', '-', "'s", 'Tajik', 'Afghan',
  'Kabul', 'KABUL', 'Tripoli', 'Georgia', 'Kandahar', 'Gaza', 'City', 'Strip', 'Central', 'Asia', 'Texas', 'Paris', 'captured', 'attacked', 'to', 'ambassador', 'X', ''];

const tokenArb = fc.record({
  text: fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })),
  upos: fc.constantFrom(...UPOS),
  head: fc.integer({ min: -3, max: 40 }),
  deprel: fc.constantFrom('obl', 'nmod', 'case', 'obj', 'root', 'compound', 'flat'),
  spaceAfter: fc.boolean(),
});

function sentenceOf(raw: { text: string; upos: Upos; head: number; deprel: string; spaceAfter: boolean }[], index = 0): ParsedSentence {
  let offset = 0;
  const tokens: ParsedToken[] = raw.map((r, i) => {
    const start = offset;
    offset += r.text.length + 1;
    return { index: i, text: r.text, start, end: start + r.text.length, spaceAfter: r.spaceAfter, upos: r.upos, xpos: 'NN', lemma: r.text.toLowerCase(), head: r.head, deprel: r.deprel };
  });
  return { index, text: raw.map((r) => r.text).join(' '), start: 0, end: offset, tokens };
}

test('findPlaces never throws and keeps spans and coordinates in bounds', () => {
  fc.assert(
    fc.property(fc.array(tokenArb, { maxLength: 30 }), fc.array(fc.constantFrom('AFG', 'USA', 'LBN', 'XXX'), { maxLength: 3 }), (raw, countries) => {
      const s = sentenceOf(raw);
      for (const m of findPlaces(s, gaz, { countries })) {
        assert.ok(m.start >= 0 && m.start < m.end && m.end <= s.tokens.length, `span ${m.start}-${m.end} of ${s.tokens.length}`);
        assert.ok(m.candidates.length <= 5);
        if (m.chosen) {
          assert.ok(Math.abs(m.chosen.lat) <= 90 && Math.abs(m.chosen.lon) <= 180);
          assert.ok(['city', 'admin1', 'country', 'region'].includes(m.chosen.precision));
        }
      }
    }),
    { numRuns: 400 },
  );
});

test('locateEvents never throws on random sentences and predicate spans', () => {
  fc.assert(
    fc.property(fc.array(tokenArb, { minLength: 1, maxLength: 20 }), fc.nat(), (raw, p) => {
      const s = sentenceOf(raw);
      const at = p % s.tokens.length;
      const e = {
        id: 'e', docId: 'd', sentence: { index: 0, text: s.text }, date: null, source: null, target: null, code: '010', root: '01', name: 't',
        quadClass: 1 as const, goldstein: 0, plover: null, negated: false, location: null,
        evidence: { predicate: { start: at, end: at + 1, text: '' }, source: null, target: null, lexicon: 't', dictionary: [] },
      };
      const [out] = locateEvents([s], [e], { gazetteer: gaz });
      if (out.location) {
        assert.ok(Math.abs(out.location.lat) <= 90 && Math.abs(out.location.lon) <= 180);
        assert.ok(out.location.evidence.end <= s.tokens.length);
      }
    }),
    { numRuns: 200 },
  );
});

test('scoreCandidates ranks best first and its winner does not depend on input order', () => {
  const pool = (gaz.byKey.get('tripoli') ?? []).concat(gaz.byKey.get('georgia') ?? [], gaz.byKey.get('hyderabad') ?? []);
  fc.assert(
    fc.property(fc.shuffledSubarray(pool, { minLength: 1 }), fc.subarray(['LBY', 'LBN', 'USA', 'GEO', 'IND', 'PAK']), fc.constantFrom(null, 'city', 'admin1', 'country'), (places: Place[], ctx, hint) => {
      const a = scoreCandidates(places, hint as Place['kind'] | null, new Set(ctx), new Set(), null, false);
      const b = scoreCandidates([...places].reverse(), hint as Place['kind'] | null, new Set(ctx), new Set(), null, false);
      for (let i = 1; i < a.length; i++) assert.ok(a[i - 1].score >= a[i].score);
      assert.equal(a[0].score, b[0].score);
      assert.equal(a.length, new Set(places.map((p) => p.id)).size);
    }),
  );
});

test('foldName is idempotent', () => {
  fc.assert(fc.property(fc.string(), (s) => foldName(foldName(s)) === foldName(s)));
});
