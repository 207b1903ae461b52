import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorDictionary, resolveDocumentActors } from './index.js';
import { buildSentence } from './build-sentence.js';

const dict = loadActorDictionary();

function resolve(lines: string[]): { code: string; text: string; carried: boolean; head: number }[][] {
  const sentences = lines.map((l, i) => buildSentence(l, i));
  return resolveDocumentActors(sentences, dict, '2016-01-22').map((ms) =>
    ms.map((m) => ({ code: m.code, text: m.text, carried: m.carried === true, head: m.head })),
  );
}

test('"the country", "the two countries" and "the government" take the document\'s countries', () => {
  const out = resolve([
    'Russia/PROPN/nsubj/2 supports/VERB/root/0 Afghanistan/PROPN/obj/2',
    'The/DET/det/2 country/NOUN/nsubj/3 needs/VERB/root/0 help/NOUN/obj/3',
    'The/DET/det/3 two/NUM/nummod/3 countries/NOUN/nsubj/4 signed/VERB/root/0 a/DET/det/6 deal/NOUN/obj/4',
    'Tajikistan/PROPN/nsubj/2 objected/VERB/root/0',
    'The/DET/det/2 government/NOUN/nsubj/3 protested/VERB/root/0',
  ]);
  assert.deepEqual(out[1], [{ code: 'AFG', text: 'The country', carried: true, head: 1 }]);
  assert.deepEqual(out[2]!.map((m) => [m.code, m.head, m.carried]), [['RUS', 2, true], ['AFG', 2, true]]);
  assert.deepEqual(out[4], [{ code: 'TJKGOV', text: 'The government', carried: true, head: 1 }]);
});

test('role-only mentions take the one country in reach, and stay as they are when two compete', () => {
  const out = resolve([
    'Russia/PROPN/nsubj/2 met/VERB/root/0 Afghanistan/PROPN/obj/2',
    'Officials/NOUN/nsubj/2 said/VERB/root/0',
    'Tajikistan/PROPN/nsubj/2 said/VERB/root/0 officials/NOUN/nsubj/4 met/VERB/ccomp/2',
    'Security/NOUN/compound/2 forces/NOUN/nsubj/3 deployed/VERB/root/0',
    'Foreign/ADJ/amod/2 forces/NOUN/nsubj/3 left/VERB/root/0',
  ]);
  assert.deepEqual(out[1], [{ code: 'GOV', text: 'Officials', carried: false, head: 0 }]);
  assert.deepEqual(out[2]!.map((m) => [m.code, m.carried]), [['TJK', false], ['TJKGOV', true]]);
  assert.deepEqual(out[3]!.map((m) => [m.code, m.carried]), [['TJKMIL', true]], 'the previous sentence names one country');
  assert.deepEqual(out[4]!.map((m) => [m.code, m.carried]), [['MIL', false]], '"foreign" forces are nobody\'s in particular');
});

test('"the group" is the last armed group; "it" is a state only when a state was just named', () => {
  const out = resolve([
    'The/DET/det/3 Islamic/PROPN/compound/3 State/PROPN/nsubj/4 grew/VERB/root/0',
    'The/DET/det/3 militant/ADJ/amod/3 group/NOUN/nsubj/4 attacked/VERB/root/0',
    'Russia/PROPN/nsubj/2 said/VERB/root/0 it/PRON/nsubj/5 would/AUX/aux/5 help/VERB/ccomp/2',
    'The/DET/det/3 Islamic/PROPN/compound/3 State/PROPN/nsubj/4 said/VERB/root/0 it/PRON/nsubj/6 won/VERB/ccomp/4',
    'It/PRON/expl/2 is/AUX/root/0 time/NOUN/nsubj/2',
    "Russia/PROPN/nsubj/2 expanded/VERB/root/0 its/PRON/nmod:poss/4 presence/NOUN/obj/2",
  ]);
  assert.deepEqual(out[1], [{ code: 'IMGMUSISI', text: 'The militant group', carried: true, head: 2 }]);
  assert.deepEqual(out[2]!.map((m) => [m.code, m.head, m.carried]), [['RUS', 0, false], ['RUS', 2, true]]);
  assert.deepEqual(out[3]!.map((m) => m.code), ['IMGMUSISI']);
  assert.deepEqual(out[4], []);
  assert.deepEqual(out[5]!.map((m) => [m.code, m.head, m.carried]), [['RUS', 0, false], ['RUS', 2, true]]);
});

test('"his country" is the country of the official just named', () => {
  const out = resolve([
    'a/DET/det/4 top/ADJ/amod/4 Russian/ADJ/amod/4 diplomat/NOUN/nsubj/5 suggested/VERB/root/0 his/PRON/nmod:poss/7 country/NOUN/nsubj/8 helped/VERB/ccomp/5',
  ]);
  assert.deepEqual(out[0]!.map((m) => [m.code, m.text, m.carried]), [['RUSGOV', 'a top Russian diplomat', false], ['RUS', 'his country', true]]);
});

test('"the two governments" gives both countries with the role', () => {
  const out = resolve([
    'Tajikistan/PROPN/nsubj/2 met/VERB/root/0 Kyrgyzstan/PROPN/obj/2',
    'The/DET/det/3 two/NUM/nummod/3 governments/NOUN/nsubj/4 agreed/VERB/root/0',
  ]);
  assert.deepEqual(out[1]!.map((m) => [m.code, m.head, m.carried]), [['TJKGOV', 2, true], ['KGZGOV', 2, true]]);
});

test('a possessive "its" after a possessor of the same sentence is that possessor, group or country', () => {
  const out = resolve([
    "Hezbollah/PROPN/nmod:poss/3 's/PART/case/1 offensive/NOUN/nsubj/9 against/ADP/case/5 Israel/PROPN/nmod/3 and/CCONJ/cc/8 its/PRON/nmod:poss/8 raids/NOUN/conj/3 continued/VERB/root/0",
    'Iran/PROPN/nsubj/2 praised/VERB/root/0 Iraq/PROPN/obj/2 and/CCONJ/cc/5 its/PRON/nmod:poss/6 government/NOUN/conj/3',
  ]);
  assert.deepEqual(out[0]!.filter((m) => m.carried).map((m) => [m.code, m.text]), [['LBNINSHEZ', 'its']]);
  // no possessor before it: the nearest argument rule decides, as before; the role phrase it owns takes that country
  assert.deepEqual(out[1]!.filter((m) => m.carried).map((m) => [m.code, m.text]), [['IRQ', 'its'], ['IRQGOV', 'its government']]);
});

test('"the two countries" are the parties, not the place where they met', () => {
  const out = resolve([
    'Russia/PROPN/nsubj/4 and/CCONJ/cc/3 China/PROPN/conj/1 met/VERB/root/0 in/ADP/case/6 Kazakhstan/PROPN/obl/4 for/ADP/case/8 talks/NOUN/obl/4 between/ADP/case/12 the/DET/det/12 two/NUM/nummod/12 countries/NOUN/nmod/8',
  ]);
  assert.deepEqual(out[0]!.filter((m) => m.carried).map((m) => m.code), ['RUS', 'CHN']);
});

test('a role phrase owned by a resolved "its" takes its country, even with other countries in the sentence', () => {
  const out = resolve([
    'China/PROPN/nsubj/2 denied/VERB/root/0 that/SCONJ/mark/7 its/PRON/nmod:poss/6 coast/NOUN/compound/6 guard/NOUN/nsubj/7 rammed/VERB/ccomp/2 a/DET/det/10 Philippine/ADJ/amod/10 vessel/NOUN/obj/7',
  ]);
  assert.ok(out[0]!.some((m) => m.code === 'CHNMIL' && m.carried), JSON.stringify(out[0]));
});

test('"his forces" take the country of the person named before "his"', () => {
  const out = resolve([
    'Putin/PROPN/nsubj/2 said/VERB/root/0 his/PRON/nmod:poss/4 forces/NOUN/nsubj/5 advanced/VERB/ccomp/2 in/ADP/case/7 Ukraine/PROPN/obl/5',
  ]);
  assert.ok(out[0]!.some((m) => m.code === 'RUSMIL' && m.carried), JSON.stringify(out[0]));
});

test('"the bloc" and "the alliance" are the international organisation just named', () => {
  const out = resolve([
    'The/DET/det/3 European/PROPN/compound/3 Union/PROPN/nsubj/4 met/VERB/root/0',
    'The/DET/det/2 bloc/NOUN/nsubj/4 will/AUX/aux/4 send/VERB/root/0 aid/NOUN/obj/4',
    'NATO/PROPN/nsubj/2 met/VERB/root/0 Russia/PROPN/obj/2',
    'The/DET/det/3 Western/ADJ/amod/3 alliance/NOUN/nsubj/4 warned/VERB/root/0',
    'The/DET/det/2 bloc/NOUN/nsubj/3 warned/VERB/root/0',
  ]);
  assert.deepEqual(out[1], [{ code: 'IGOEUR', text: 'The bloc', carried: true, head: 1 }]);
  assert.deepEqual(out[3]!.map((m) => [m.code, m.carried]), [['IGONATO', true]]);
  assert.deepEqual(out[4]!.map((m) => [m.code, m.carried]), [['IGONATO', true]], 'the nearest organisation, not the first');
});

test('a role phrase parsed apart from "X\'s" before it takes X, even with other countries in the sentence', () => {
  // "Russia's defence ministry denied accusations from Kyiv", with "defence" hung on the verb
  const out = resolve([
    "Russia/PROPN/nmod:poss/5 's/PART/case/1 defence/NOUN/obl/5 ministry/NOUN/nsubj/5 denied/VERB/root/0 accusations/NOUN/obj/5 from/ADP/case/8 Kyiv/PROPN/nmod/6",
  ]);
  assert.deepEqual(out[0]!.map((m) => [m.code, m.text]), [['RUS', 'Russia'], ['RUSGOV', 'defence ministry'], ['UKR', 'Kyiv']]);
});

test('people and fighters take the country of the place named right after them, not the opposition or officials', () => {
  const out = resolve([
    'Eritrean/ADJ/amod/2 troops/NOUN/nsubj/3 killed/VERB/root/0 civilians/NOUN/obj/3 in/ADP/case/7 the/DET/det/7 Ethiopian/ADJ/amod/7 city/NOUN/nmod/4',
    'Turkey/PROPN/nsubj/2 attacked/VERB/root/0 fighters/NOUN/obj/2 in/ADP/case/5 Syria/PROPN/nmod/3',
    'Venezuela/PROPN/nsubj/2 met/VERB/root/0 the/DET/det/4 opposition/NOUN/obj/2 in/ADP/case/6 Barbados/PROPN/obl/2',
  ]);
  assert.deepEqual(out[0]!.map((m) => m.code), ['ERIMIL', 'ETHCVL', 'ETH']);
  assert.deepEqual(out[1]!.map((m) => m.code), ['TUR', 'SYRINS', 'SYR']);
  assert.ok(!out[2]!.some((m) => m.code === 'BRBOPP'), 'the opposition does not take the place where it met');
});

test('"foreign" in a role\'s own name ("foreign ministry") does not make the role foreign', () => {
  const out = resolve([
    "Azerbaijan/PROPN/nmod:poss/4 's/PART/case/1 foreign/ADJ/amod/4 ministry/NOUN/nsubj/5 condemned/VERB/root/0 Armenia/PROPN/obj/5",
    'Foreign/ADJ/amod/2 forces/NOUN/nsubj/3 left/VERB/root/0 Mali/PROPN/obj/3',
  ]);
  assert.deepEqual(out[0]!.map((m) => m.code), ['AZEGOV', 'ARM']);
  assert.deepEqual(out[1]!.map((m) => m.code), ['MIL', 'MLI'], 'foreign forces are still nobody\'s in particular');
});

test('a surname alone is the one person of that name the document named before', () => {
  const out = resolve([
    'Evo/PROPN/nsubj/3 Morales/PROPN/flat/1 visited/VERB/root/0 Chile/PROPN/obj/3',
    'Morales/PROPN/nsubj/2 accused/VERB/root/0 Chile/PROPN/obj/2',
    // (the tagger reads an unknown name opening a sentence as a plural noun)
    'Morales/NOUN/nsubj/2 left/VERB/root/0',
    // another, unknown Morales
    'Pedro/PROPN/nsubj/3 Morales/PROPN/flat/1 left/VERB/root/0',
  ]);
  assert.deepEqual(out[1]!.map((m) => [m.code, m.text, m.head]), [['BOLGOV', 'Morales', 0], ['CHL', 'Chile', 2]]);
  assert.deepEqual(out[2]!.map((m) => m.code), ['BOLGOV']);
  assert.deepEqual(out[3], []);
  // two people named Morales in office on that date: the surname alone is neither
  const two = resolve([
    'Evo/PROPN/nsubj/6 Morales/PROPN/flat/1 and/CCONJ/cc/5 Jimmy/PROPN/conj/1 Morales/PROPN/flat/4 met/VERB/root/0',
    'Morales/PROPN/nsubj/2 left/VERB/root/0',
  ]);
  assert.deepEqual(two[0]!.map((m) => m.code), ['BOLGOV', 'GTMGOV']);
  assert.deepEqual(two[1], []);
  // a month is no one's name
  const may = resolve(['Theresa/PROPN/nsubj/3 May/PROPN/flat/1 spoke/VERB/root/0', 'May/PROPN/nsubj/3 5/NUM/nummod/1 came/VERB/root/0']);
  assert.equal(may[0]!.length, 1);
  assert.deepEqual(may[1], []);
});
