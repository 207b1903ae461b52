import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUnknownPhrases, loadActorDictionary } from './index.js';
import { buildSentence } from './build-sentence.js';

test('unknown proper-noun phrases are counted, known names are not', () => {
  const dict = loadActorDictionary();
  const s1 = buildSentence('Zarghun/PROPN/compound/3 Mirwais/PROPN/flat/1 Khostwalay/PROPN/nsubj/4 met/VERB/root/0 Russian/ADJ/amod/6 officials/NOUN/obj/4 in/ADP/case/8 Moscow/PROPN/obl/4', 0);
  const s2 = buildSentence('Zarghun/PROPN/compound/3 Mirwais/PROPN/flat/1 Khostwalay/PROPN/nsubj/4 wrote/VERB/root/0 for/ADP/case/7 Daily/PROPN/compound/7 Outlook/PROPN/obl/4', 1);
  const s3 = buildSentence('Friends/PROPN/nsubj/4 of/ADP/case/3 Kandahar/PROPN/nmod/1 said/VERB/root/0', 0);
  const docs = [
    { name: 'a.txt', sentences: [s1, s2] },
    { name: 'b.txt', sentences: [s3, buildSentence('Daily/PROPN/compound/2 Outlook/PROPN/nsubj/3 said/VERB/root/0', 1)] },
  ];
  const all = findUnknownPhrases(docs, dict, 1);
  const texts = all.map((u) => u.text);
  assert.deepEqual(texts.slice(0, 2), ['Daily Outlook', 'Zarghun Mirwais Khostwalay']);
  assert.ok(texts.includes('Friends of Kandahar'), texts.join('|'));
  assert.ok(!texts.includes('Moscow'));
  const daily = all.find((u) => u.text === 'Daily Outlook')!;
  assert.equal(daily.count, 2);
  assert.equal(daily.documents, 2);
  assert.equal(daily.origin, 'a.txt');
  assert.deepEqual(findUnknownPhrases(docs, dict, 2).map((u) => u.text), ['Daily Outlook', 'Zarghun Mirwais Khostwalay']);
});
