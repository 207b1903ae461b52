import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dataPath, packageRoot } from '../src/paths.js';
import { actorCodeProblem, checkGold, checkPeople, GOLD_FILES, readCameoCodes } from './check-gold.js';

const cameo = readCameoCodes(readFileSync(dataPath('cameo', 'codes.tsv'), 'utf8'));
const peopleText = readFileSync(dataPath('dictionaries', 'people.tsv'), 'utf8');
const goldSet = (name: string): string => readFileSync(join(packageRoot, 'fixtures', 'gold', name), 'utf8');
const goldText = goldSet('events.jsonl');
const heldoutText = goldSet('heldout-events.jsonl');
const heldout2Text = goldSet('heldout2-events.jsonl');
const heldout3Text = goldSet('heldout3-events.jsonl');
const heldout4Text = goldSet('heldout4-events.jsonl');
const heldout5Text = goldSet('heldout5-events.jsonl');
const heldout6Text = goldSet('heldout6-events.jsonl');
const heldout7Text = goldSet('heldout7-events.jsonl');
const weak2Text = goldSet('weak-roots2-events.jsonl');
const wireText = goldSet('wire-events.jsonl');
const weakText = goldSet('weak-roots-events.jsonl');
const hardText = goldSet('hard-cases-events.jsonl');

const ALL_ROOTS = Array.from({ length: 20 }, (_, k) => String(k + 1).padStart(2, '0'));

/** Asserts that each of `keys` counts at least `min` in a gold set's `counts`. */
function assertAtLeast(counts: Record<string, number>, keys: string[], min: number): void {
  for (const k of keys) assert.ok((counts[k] ?? 0) >= min, `${k}: ${counts[k] ?? 0}`);
}

test('people.tsv follows its format and has at least 350 rows', () => {
  const r = checkPeople(peopleText, 'people.tsv');
  assert.deepEqual(r.errors, []);
  assert.ok(r.counts.rows >= 350, `only ${r.counts.rows} rows`);
});

test('people.tsv has the seed-article persons with their spellings', () => {
  const rows = peopleText.split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  const stanekzai = rows.find((f) => f[0] === 'Masoom Stanekzai' && f[2] === 'AFGGOV');
  assert.ok(stanekzai, 'Stanekzai row missing');
  assert.ok(stanekzai[1].split('|').includes('Massoum Stanikzai'));
  const mantytsky = rows.find((f) => f[0] === 'Alexander Mantytsky');
  assert.equal(mantytsky?.[2], 'RUSGOV');
  assert.ok(mantytsky[1].split('|').includes('Mantytskiy'));
});

test('Taliban government offices are AFGGOV and start on or after 2021-08-15', () => {
  const rows = peopleText.split('\n').filter((l) => l.includes('(Taliban administration)')).map((l) => l.split('\t'));
  assert.ok(rows.length >= 5);
  for (const f of rows) {
    assert.equal(f[2], 'AFGGOV', f[0]);
    assert.ok(f[3] >= '2021-08-15', `${f[0]} starts ${f[3]}`);
  }
});

test('the gold set is valid and covers every root and hard case at least five times', () => {
  const r = checkGold(goldText, 'events.jsonl', cameo);
  assert.deepEqual(r.errors, []);
  assert.ok(r.counts.sentences >= 160, `only ${r.counts.sentences} sentences`);
  assertAtLeast(r.counts, ALL_ROOTS.map((root) => `root ${root} sentences`), 5);
  assertAtLeast(r.counts, ['passive', 'negation', 'reported-speech', 'conjunction', 'apposition', 'relative-clause', 'control',
    'modality', 'nominal', 'person-by-date', 'dateline', 'no-event', 'no-predicate'].map((tag) => `tag ${tag}`), 5);
});

test('the first held-out gold set (now a development set) is valid, has h-ids and covers every root with at least three events', () => {
  const r = checkGold(heldoutText, 'heldout-events.jsonl', cameo);
  assert.deepEqual(r.errors, []);
  assert.ok(r.counts.sentences >= 90, `only ${r.counts.sentences} sentences`);
  assert.ok(r.sentences.every((s) => s.id.startsWith('h')), 'held-out ids start with h');
  assertAtLeast(r.counts, ALL_ROOTS.map((root) => `root ${root} events`), 3);
  assertAtLeast(r.counts, ['passive', 'negation', 'reported-speech', 'conjunction', 'apposition', 'relative-clause', 'control',
    'modality', 'nominal', 'person-by-date', 'dateline', 'no-event'].map((tag) => `tag ${tag}`), 2);
});

// The second (session 3), third (session 5), fourth (session 7), fifth (session 9), sixth (session 10) and seventh (session 11)
// held-out sets, written to the same brief (the seventh a development set from the start).
for (const [text, file, prefix, nth] of [[heldout2Text, 'heldout2-events.jsonl', 'k', 'second'], [heldout3Text, 'heldout3-events.jsonl', 'n', 'third'],
  [heldout4Text, 'heldout4-events.jsonl', 'm', 'fourth'], [heldout5Text, 'heldout5-events.jsonl', 'q', 'fifth'], [heldout6Text, 'heldout6-events.jsonl', 'v', 'sixth'],
  [heldout7Text, 'heldout7-events.jsonl', 'y', 'seventh']] as const) {
  test(`the ${nth} held-out gold set is valid, has ${prefix}-ids and covers every root with at least five events`, () => {
    const r = checkGold(text, file, cameo);
    assert.deepEqual(r.errors, []);
    assert.ok(r.counts.sentences >= 120, `only ${r.counts.sentences} sentences`);
    assert.ok(r.sentences.every((s) => s.id.startsWith(prefix)), `${nth} held-out ids start with ${prefix}`);
    assertAtLeast(r.counts, ALL_ROOTS.map((root) => `root ${root} events`), 5);
  });
}

test('the wire-copy development set is valid, has p-ids, covers every root with at least five events and has datelines and no-event sentences', () => {
  const r = checkGold(wireText, 'wire-events.jsonl', cameo);
  assert.deepEqual(r.errors, []);
  assert.ok(r.counts.sentences >= 150, `only ${r.counts.sentences} sentences`);
  assert.ok(r.sentences.every((s) => s.id.startsWith('p')), 'wire-copy ids start with p');
  assertAtLeast(r.counts, ALL_ROOTS.map((root) => `root ${root} events`), 5);
  assertAtLeast(r.counts, ['dateline', 'no-event', 'reported-speech', 'person-by-date'].map((tag) => `tag ${tag}`), 5);
});

test('the weak-roots development set is valid, has w-ids and gives each of its roots at least ten events', () => {
  const r = checkGold(weakText, 'weak-roots-events.jsonl', cameo);
  assert.deepEqual(r.errors, []);
  assert.ok(r.sentences.every((s) => s.id.startsWith('w')), 'weak-roots ids start with w');
  assertAtLeast(r.counts, ['01', '06', '10', '12', '13', '14', '15', '17'].map((root) => `root ${root} events`), 10);
});

test('the second weak-roots development set is valid, has r-ids and gives each of its roots at least fifteen events', () => {
  const r = checkGold(weak2Text, 'weak-roots2-events.jsonl', cameo);
  assert.deepEqual(r.errors, []);
  assert.ok(r.sentences.every((s) => s.id.startsWith('r')), 'second weak-roots ids start with r');
  assertAtLeast(r.counts, ['03', '07', '08', '17', '18', '20'].map((root) => `root ${root} events`), 15);
  assertAtLeast(r.counts, ['relative-clause', 'apposition'].map((tag) => `tag ${tag}`), 25);
});

test('the hard-cases development set is valid, has x-ids and at least 15 sentences of each of its six hard cases', () => {
  const r = checkGold(hardText, 'hard-cases-events.jsonl', cameo);
  assert.deepEqual(r.errors, []);
  assert.ok(r.sentences.every((s) => s.id.startsWith('x')), 'hard-cases ids start with x');
  assertAtLeast(r.counts, ['symmetric', 'modality', 'reported-speech', 'passive', 'apposition', 'conjunction'].map((tag) => `tag ${tag}`), 15);
});

test('the gold sets share no sentence', () => {
  const sets = GOLD_FILES.map((f) => [readFileSync(join(packageRoot, f), 'utf8'), basename(f)] as const);
  // within one set, a sentence may repeat with another date on purpose (a person's office changed)
  const seen = new Map<string, { id: string; file: string }>();
  const shared: string[] = [];
  for (const [text, file] of sets) {
    for (const s of checkGold(text, file, cameo).sentences) {
      const before = seen.get(s.text);
      if (before && before.file !== file) shared.push(`${s.id} repeats ${before.id}`);
      seen.set(s.text, { id: s.id, file });
    }
  }
  assert.deepEqual(shared, []);
});

test('check-gold checks the twelve gold sets by default', () => {
  assert.deepEqual(GOLD_FILES.map((f) => f.split(/[\\/]/).pop()), ['events.jsonl', 'heldout-events.jsonl', 'weak-roots-events.jsonl', 'hard-cases-events.jsonl', 'heldout2-events.jsonl', 'weak-roots2-events.jsonl', 'heldout3-events.jsonl', 'wire-events.jsonl', 'heldout4-events.jsonl',
    'heldout5-events.jsonl', 'heldout6-events.jsonl', 'heldout7-events.jsonl']);
});

test('checkPeople names the file, line and value of a bad row', () => {
  const text = 'name\taliases\tcode\tfrom\tto\toffice\n# comment\nA B\t\tRUSGOV\t2010-02-30\t\tMinister\nC D\t\tRUSGOV\t2012-01-01\t2011-01-01\tMinister\nE\tonly four\tfields\n';
  const r = checkPeople(text, 'p.tsv');
  assert.deepEqual(r.errors, [
    'p.tsv:3: bad date "2010-02-30"',
    'p.tsv:4: from 2012-01-01 is after to 2011-01-01',
    'p.tsv:5: 3 fields, expected 6: "E\\tonly four\\tfields"',
  ]);
  assert.equal(r.counts.rows, 2);
});

test('checkGold reports bad lines and keeps reading the rest', () => {
  const good = JSON.stringify({ id: 'g001', text: 'Russia visited Afghanistan.', date: '2016-02-09', events: [{ source: 'RUS', target: 'AFG', code: '042' }], note: '[nominal] x' });
  const bad = JSON.stringify({ id: 'g002', text: 'x', date: '2016-02-09', events: [{ source: 'RUS', target: 'AFGXYZ', code: '999' }], note: '[bogus] y' });
  const r = checkGold(`${good}\n{oops\n${bad}\n`, 'e.jsonl', cameo);
  assert.equal(r.sentences.length, 2);
  assert.match(r.errors[0], /^e\.jsonl:2: not JSON/);
  assert.deepEqual(r.errors.slice(1), [
    'e.jsonl:3: unknown CAMEO code "999"',
    'e.jsonl:3: bad actor code "AFGXYZ" (unknown block XYZ)',
    'e.jsonl:3: unknown tag "bogus"',
  ]);
  assert.equal(r.counts['root 04 events'], 1);
  assert.equal(r.counts['tag nominal'], 1);
});

test('actorCodeProblem accepts the scheme of docs/actor-codes.md', () => {
  for (const c of ['RUS', 'AFGGOV', 'AFGINSTAL', 'IMGMUSISI', 'AFGIMGISK', 'IGONATO', 'IGOUNOREF', 'NGO', 'BLROPP']) {
    assert.equal(actorCodeProblem(c), null, c);
  }
  // any group or organisation of the dictionaries: the Rapid Support Forces, M23, the CSTO
  for (const c of ['SDNREBRSF', 'CODREBMTT', 'IGOCST', 'IGONATO', 'IGONATOMIL']) assert.equal(actorCodeProblem(c), null, c);
  assert.equal(actorCodeProblem('AFGXYZ'), 'unknown block XYZ');
  assert.equal(actorCodeProblem('afg'), 'not 3-16 capital letters');
});
