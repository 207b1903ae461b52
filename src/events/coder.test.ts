import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coderFixtureDir, listCoderFixtures, loadFixtureLexicon, runCoderFixture } from './golden.js';
import { codeSentence } from './coder.js';
import { SentenceView } from './sentence-view.js';
import { parseTable } from './parse-table.js';
import { compileLexicon } from './lexicon.js';
import type { ActorMention } from '../model/index.js';

// Golden files: each fixture document (hand-built parse + actors) against its expected events.
// Regenerate with `node dist/scripts/update-golden-coder.js` and review the diff.
for (const name of listCoderFixtures()) {
  test(`coder golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(coderFixtureDir, `${name}.json`), 'utf8')) as unknown;
    assert.deepEqual(runCoderFixture(name), expected);
  });
}

test('every feature has a golden fixture', () => {
  const names = listCoderFixtures();
  for (const f of ['passive', 'negation', 'reported-speech', 'conjunction', 'control-intent', 'nominal', 'carry-over']) {
    assert.ok(names.includes(f), `missing fixture ${f}`);
  }
});

const mention = (code: string, start: number, end: number, head = end - 1): ActorMention => ({
  code, text: code, country: code.slice(0, 3), roles: [], sentence: 0, start, end, head, entries: [`test:${code}`],
});

test('negated events are flagged, keep the lexicon code and are never un-negated', () => {
  const s = parseTable([
    '1 Russia Russia PROPN 4 nsubj NNP',
    "2 did do AUX 4 aux VBD",
    "3 n't not PART 4 advmod RB",
    '4 attack attack VERB 0 root VB',
    '5 Ukraine Ukraine PROPN 4 obj NNP',
  ]);
  const { events } = codeSentence(s, [mention('RUS', 0, 1), mention('UKR', 4, 5)], loadFixtureLexicon(), { docId: 'd', date: '2022-01-22' });
  assert.equal(events.length, 1);
  assert.equal(events[0].negated, true);
  assert.equal(events[0].code, '190');
});

test('a sentence with no actors codes nothing and reports why in the trace', () => {
  const s = parseTable(['1 They they PRON 2 nsubj PRP', '2 attacked attack VERB 0 root VBD', '3 it it PRON 2 obj PRP']);
  const r = codeSentence(s, [], loadFixtureLexicon(), { docId: 'd', date: null });
  assert.equal(r.events.length, 0);
  assert.match(r.trace[0].outcome, /no source and target actor/);
});

test('a malformed parse (cycles, out-of-range heads) never throws', () => {
  const s = parseTable(['1 Russia Russia PROPN 2 nsubj NNP', '2 attacked attack VERB 3 root VBD', '3 Ukraine Ukraine PROPN 2 obj NNP']);
  s.tokens[1].head = 2;
  s.tokens[2].head = 1;
  s.tokens[0].head = 99;
  const r = codeSentence(s, [mention('RUS', 0, 1), mention('UKR', 2, 3)], loadFixtureLexicon(), { docId: 'd', date: null });
  assert.ok(Array.isArray(r.events));
});

test('repairs never throw on random trees with multi-word mentions (out-of-range heads included)', () => {
  const words = ['Chinese', 'President', 'Xi', 'Jinping', 'and', 'Russian', 'forces', 'will', 'free', 'five', 'detained', 'Americans', 'in', 'Geneva', ',', 'officials', 'said'];
  const uposes = ['ADJ', 'PROPN', 'PROPN', 'PROPN', 'CCONJ', 'ADJ', 'NOUN', 'AUX', 'ADJ', 'NUM', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT', 'NOUN', 'VERB'];
  const rels = ['nsubj', 'obj', 'obl', 'conj', 'cc', 'amod', 'acl', 'appos', 'case', 'ccomp', 'xcomp', 'root', 'nmod', 'nsubj:pass', 'fixed'];
  let seed = 7;
  const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let round = 0; round < 300; round++) {
    const s = parseTable(words.map((w, k) => `${k + 1} ${w} ${w.toLowerCase()} ${uposes[k]} ${rand(words.length + 1)} ${rels[rand(rels.length)]} ${uposes[k] === 'VERB' ? 'VBD' : 'NN'}`));
    s.tokens[rand(words.length)]!.head = 40 + rand(5);
    const ms = [mention('CHNGOV', 0, 4), mention('RUSMIL', 5, 7), mention('USA', 9, 12), mention('CHE', 13, 14)];
    assert.doesNotThrow(() => codeSentence(s, ms, loadFixtureLexicon(), { docId: 'd', date: null }), `round ${round}`);
  }
});

/**
 * Codes 400 random trees over the given words (random heads and relations, one head out of range) and asserts that
 * no repair or rule throws: the trigger words of a session's repairs in every arrangement a broken parse can give.
 */
function assertSurvivesRandomTrees(words: string[], uposes: string[], xposes: string[], rels: string[], seed: number, ms: ActorMention[]): void {
  const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let round = 0; round < 400; round++) {
    const s = parseTable(words.map((w, k) => `${k + 1} ${w} ${w.toLowerCase()} ${uposes[k]} ${rand(words.length + 1)} ${rels[rand(rels.length)]} ${xposes[k]}`));
    s.tokens[rand(words.length)]!.head = 40 + rand(5);
    assert.doesNotThrow(() => codeSentence(s, ms, loadFixtureLexicon(), { docId: 'd', date: null }), `round ${round}`);
  }
}

test('the session-6 repairs never throw on random trees of their trigger words (out-of-range heads included)', () => {
  const words = ['Police', 'shot', 'dead', 'S', '-', '400', 'systems', ',', 'which', 'had', 'blocked', 'a', 'loan', 'for', 'Pakistan', 'was', 'jointly', 'ethnic', 'cleansing', 'drones'];
  const uposes = ['NOUN', 'NOUN', 'ADJ', 'PROPN', 'PUNCT', 'NUM', 'NOUN', 'PUNCT', 'PRON', 'VERB', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'AUX', 'ADV', 'ADJ', 'VERB', 'VERB'];
  const xposes = ['NNS', 'NN', 'JJ', 'NNP', 'HYPH', 'CD', 'NNS', ',', 'WDT', 'VBD', 'VBN', 'DT', 'NN', 'IN', 'NNP', 'VBD', 'RB', 'JJ', 'VBG', 'VBZ'];
  const rels = ['nsubj', 'obj', 'obl', 'conj', 'acl:relcl', 'advcl:relcl', 'amod', 'acl', 'appos', 'list', 'case', 'mark', 'xcomp', 'root', 'nmod', 'nsubj:pass', 'aux:pass', 'flat', 'advmod'];
  assertSurvivesRandomTrees(words, uposes, xposes, rels, 11, [mention('PAKCOP', 0, 1), mention('PAK', 14, 15), mention('RUS', 3, 7)]);
});

test('the session-7 repairs never throw on random trees of their trigger words (out-of-range heads included)', () => {
  const words = ['Saudi', '-', 'led', 'police', 'said', 'fired', 'tear', 'gas', 'sweeping', 'exercises', 'which', 'demanded', 'that', 'Moscow',
    'release', 'to', 'deposit', 'put', 'forward', 'by', 'after', 'France', 'rockets', 'loaded', 'renewed', 'calls'];
  const uposes = ['ADJ', 'PUNCT', 'VERB', 'NOUN', 'VERB', 'VERB', 'VERB', 'NOUN', 'VERB', 'VERB', 'PRON', 'VERB', 'SCONJ', 'PROPN', 'NOUN',
    'ADP', 'NOUN', 'VERB', 'ADV', 'ADP', 'ADP', 'PROPN', 'NOUN', 'VERB', 'VERB', 'NOUN'];
  const xposes = ['JJ', 'HYPH', 'VBN', 'NNS', 'VBD', 'VBN', 'VB', 'NN', 'VBG', 'VBZ', 'WDT', 'VBD', 'IN', 'NNP', 'NN', 'IN', 'NN', 'VBN', 'RB',
    'IN', 'IN', 'NNP', 'NNS', 'VBN', 'VBD', 'NNS'];
  const rels = ['nsubj', 'obj', 'obl', 'conj', 'acl:relcl', 'amod', 'acl', 'ccomp', 'xcomp', 'compound', 'case', 'mark', 'root', 'nmod',
    'obl:agent', 'punct', 'parataxis', 'advcl'];
  assertSurvivesRandomTrees(words, uposes, xposes, rels, 13, [mention('SAU', 0, 1), mention('BGDCOP', 3, 4), mention('RUS', 13, 14), mention('FRA', 21, 22)]);
});

test('the session-8 repairs never throw on random trees of their trigger words (out-of-range heads included)', () => {
  const words = ['Houthis', 'bombed', 'Serbian', '-', 'run', 'an', 'arrest', 'warrant', 'on', 'Tuesday', 'took', 'dozens', 'hostage', 'vowed',
    'to', 'retaliate', 'a', 'ground', 'offensive', 'Niger', "'s", 'guard', 'of', 'and', 'jets', 'struck', 'demanded', 'that', 'Maduro', 'step', 'down',
    'shot', 'dead', 'mistakenly'];
  const uposes = ['AUX', 'VERB', 'PROPN', 'PUNCT', 'VERB', 'DET', 'NOUN', 'VERB', 'ADP', 'PROPN', 'VERB', 'NOUN', 'NOUN', 'NOUN',
    'PART', 'VERB', 'DET', 'NOUN', 'ADJ', 'PROPN', 'PART', 'NOUN', 'ADP', 'CCONJ', 'NOUN', 'VERB', 'VERB', 'SCONJ', 'PROPN', 'NOUN', 'ADV',
    'NOUN', 'ADJ', 'ADV'];
  const xposes = ['VBZ', 'VBN', 'NNP', 'HYPH', 'VBN', 'DT', 'NN', 'VB', 'IN', 'NNP', 'VBD', 'NNS', 'NN', 'NN', 'TO', 'VB', 'DT', 'NN', 'JJ',
    'NNP', 'POS', 'NN', 'IN', 'CC', 'NNS', 'VBN', 'VBD', 'IN', 'NNP', 'NN', 'RB', 'NN', 'JJ', 'RB'];
  const rels = ['nsubj', 'obj', 'obl', 'conj', 'amod', 'acl', 'ccomp', 'xcomp', 'compound', 'case', 'mark', 'root', 'nmod', 'obl:agent', 'aux',
    'aux:pass', 'det', 'list', 'advmod', 'nmod:poss', 'cc', 'iobj'];
  assertSurvivesRandomTrees(words, uposes, xposes, rels, 17, [mention('YEMINSHTH', 0, 1), mention('SRB', 2, 3), mention('NER', 19, 20), mention('VENGOV', 28, 29)]);
});

test('the session-9 repairs never throw on random trees of their trigger words (out-of-range heads included)', () => {
  const words = ['Orban', 'met', 'former', 'U.S.', 'President', 'Trump', 'began', 'their', 'Freedom', 'Shield', 'exercises', 'force', 'shot', 'down',
    'drones', 'a', 'ship', 'linked', 'to', 'Israel', 'would', 'continue', 'target', 'court', 'in', 'Moscow', 'Beijing', 'imposed', 'handed', 'over', 'vessels', 'did',
    'not', 'try', 'rebel', '-', 'held', ',', 'killing', 'province', 'Abrams', 'tanks', 'their', 'withdrawal', 'from', 'announced', 'hours',
    'after', 'said', 'head'];
  const uposes = ['PROPN', 'VERB', 'ADJ', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'PRON', 'NOUN', 'PROPN', 'NOUN', 'NOUN', 'NOUN', 'ADV', 'NOUN', 'DET',
    'NOUN', 'VERB', 'ADP', 'PROPN', 'AUX', 'VERB', 'VERB', 'NOUN', 'ADP', 'PROPN', 'VERB', 'VERB', 'VERB', 'ADP', 'NOUN', 'AUX', 'PART', 'VERB',
    'NOUN', 'PUNCT', 'VERB', 'PUNCT', 'VERB', 'NOUN', 'NOUN', 'NOUN', 'PRON', 'NOUN', 'ADP', 'VERB', 'NOUN', 'ADP', 'VERB', 'NOUN'];
  const xposes = ['NNP', 'VBD', 'JJ', 'NNP', 'NNP', 'NNP', 'VBD', 'PRP$', 'NN', 'NNP', 'NNS', 'NN', 'NN', 'RB', 'NNS', 'DT', 'NN', 'VBN', 'IN',
    'NNP', 'MD', 'VB', 'VB', 'NN', 'IN', 'NNP', 'VBG', 'VBD', 'VBD', 'IN', 'NNS', 'VBD', 'RB', 'VB', 'NN', 'HYPH', 'VBN', ',', 'VBG', 'NN', 'NNS', 'NNS', 'PRP$', 'NN', 'IN', 'VBD', 'NNS', 'IN', 'VBD', 'NN'];
  const rels = ['nsubj', 'obj', 'obl', 'conj', 'amod', 'acl', 'ccomp', 'xcomp', 'compound', 'case', 'mark', 'root', 'nmod', 'advmod', 'aux', 'dep',
    'det', 'nmod:poss', 'appos', 'iobj', 'compound:prt', 'obl:unmarked', 'advcl', 'punct', 'nsubj:pass', 'parataxis'];
  assertSurvivesRandomTrees(words, uposes, xposes, rels, 19, [mention('HUNGOV', 0, 1), mention('USA', 3, 6), mention('ISR', 19, 20), mention('JUD', 23, 24), mention('RUS', 25, 26)]);
});

test('words that name properties of plain objects are ordinary words ("constructor", "__proto__")', () => {
  const s = parseTable([
    '1 The the DET 2 det DT', '2 constructor constructor NOUN 3 nsubj NN', '3 hacked hack VERB 0 root VBD',
    '4 constructor constructor NOUN 3 obj NN', '5 __proto__ __proto__ NOUN 4 compound NN',
  ]);
  const r = codeSentence(s, [mention('RUS', 1, 2), mention('UKR', 3, 5)], loadFixtureLexicon(), { docId: 'd', date: null });
  assert.deepEqual(r.diagnostics, []);
  assert.equal(new SentenceView(s).lemma(1), 'constructor');
  assert.equal(new SentenceView(s).lemma(4), '__proto__');
});

test('event ids are stable and distinct per pair', () => {
  const s = parseTable([
    '1 Russia Russia PROPN 4 nsubj NNP', '2 and and CCONJ 3 cc CC', '3 China China PROPN 1 conj NNP',
    '4 attacked attack VERB 0 root VBD', '5 Ukraine Ukraine PROPN 4 obj NNP',
  ]);
  const ms = [mention('RUS', 0, 1), mention('CHN', 2, 3), mention('UKR', 4, 5)];
  const a = codeSentence(s, ms, loadFixtureLexicon(), { docId: 'd', date: null }).events.map((e) => e.id);
  const b = codeSentence(s, ms, loadFixtureLexicon(), { docId: 'd', date: null }).events.map((e) => e.id);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, 2);
  assert.ok(a.every((id) => /^[0-9a-f]{16}$/.test(id)));
});

test('past-perfect repair: "had provided thousands of rifles" misparsed as a modifier still codes', () => {
  const s = parseTable([
    '1 Russia Russia PROPN 2 nsubj NNP',
    '2 had have VERB 0 root VBD',
    '3 provided provide VERB 4 amod VBN',
    '4 rifles rifle NOUN 2 obj NNS',
    '5 to to ADP 6 case IN',
    '6 Afghanistan Afghanistan PROPN 4 nmod NNP',
  ]);
  const before = JSON.stringify(s);
  const { events } = codeSentence(s, [mention('RUS', 0, 1), mention('AFG', 5, 6)], loadFixtureLexicon(), { docId: 'd', date: null });
  assert.deepEqual(events.map((e) => [e.source?.code, e.target?.code, e.code]), [['RUS', 'AFG', '072']]);
  assert.ok(events[0].evidence.notes?.some((n) => n.startsWith('past-perfect')));
  assert.equal(JSON.stringify(s), before, 'the input sentence is not changed');
});

test('past-perfect repair: the object hung on the adverb between ("had earlier provided rifles")', () => {
  const s = parseTable([
    '1 Russia Russia PROPN 2 nsubj NNP',
    '2 had have VERB 0 root VBD',
    '3 earlier early ADV 2 advmod RBR',
    '4 provided provide VERB 5 amod VBN',
    '5 rifles rifle NOUN 3 obj NNS',
    '6 to to ADP 7 case IN',
    '7 Afghanistan Afghanistan PROPN 5 nmod NNP',
  ]);
  const { events } = codeSentence(s, [mention('RUS', 0, 1), mention('AFG', 6, 7)], loadFixtureLexicon(), { docId: 'd', date: null });
  assert.deepEqual(events.map((e) => [e.source?.code, e.target?.code, e.code]), [['RUS', 'AFG', '072']]);
  assert.ok(events[0].evidence.notes?.some((n) => n.startsWith('past-perfect')));
});

test('perfect-participle repair: "suggested his country had established contacts with X"', () => {
  const s = parseTable([
    '1 Moscow Moscow PROPN 2 nsubj NNP',
    '2 suggested suggest VERB 0 root VBD',
    '3 Russia Russia PROPN 2 obj NNP',
    '4 had have AUX 5 aux VBD',
    '5 established establish VERB 6 amod VBN',
    '6 contacts contact NOUN 2 obj NNS',
    '7 with with ADP 8 case IN',
    '8 Ukraine Ukraine PROPN 6 nmod NNP',
  ]);
  const lex = compileLexicon([{ file: '04-consult.txt', text: '040 X establish contact with Y\n' }]).lexicon;
  const { events } = codeSentence(s, [mention('RUS', 0, 1), mention('RUS', 2, 3), mention('UKR', 7, 8)], lex, { docId: 'd', date: null });
  assert.deepEqual(events.map((e) => [e.source?.code, e.target?.code, e.code]), [['RUS', 'UKR', '040']]);
  assert.ok(events[0].evidence.notes?.some((n) => n.startsWith('perfect-participle')));
});
