import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDictionary, normalizeKey, validOn } from '../index.js';
import { isoDate, pluralOf, readPetrarchActors, readPetrarchAgents } from './index.js';

const codesOf = (dict: ReturnType<typeof createDictionary>, phrase: string, date: string | null): string[] =>
  (dict.forms.get(normalizeKey(phrase)) ?? []).filter((f) => validOn(f.entry, date)).map((f) => `${f.entry.code}:${f.entry.note ?? ''}`);

test('actors: primary phrase, + synonyms, comments, default and dated codes', () => {
  const dict = createDictionary();
  const text = [
    '# a comment',
    'GONDOR_  [GON] # pas',
    '+MINAS_TIRITH',
    'DENETHOR ; attributed',
    '\t[GONGOV 300101-301231]',
    '\t[GONELI >19320101]',
    '\t[---]',
  ].join('\n');
  assert.deepEqual(readPetrarchActors(text, 'a.txt', dict), []);
  assert.deepEqual(codesOf(dict, 'minas tirith', null), ['GON:default']);
  assert.deepEqual(codesOf(dict, 'Denethor', '1930-06-01').sort(), ['---:default', 'GONGOV:dated']);
  assert.deepEqual(codesOf(dict, 'Denethor', '1935-01-01').sort(), ['---:default', 'GONELI:dated']);
});

test('actors: uncoded names in a row share the codes after them; several codes on one line', () => {
  const dict = createDictionary();
  readPetrarchActors('IVO_X_\nPRESIDENT_X_\n\t[HRVGOV >20120219]\nJAVIER_Y_\t[IGOUNO 820101-911231] [ELI]\n', 'b.txt', dict);
  assert.deepEqual(codesOf(dict, 'president x', '2013-01-01'), ['HRVGOV:dated']);
  assert.deepEqual(codesOf(dict, 'javier y', '1985-01-01').sort(), ['ELI:default', 'IGOUNO:dated']);
});

test('actors: bad lines are reported with file, line and value', () => {
  const problems = readPetrarchActors('ROHAN [ROH]\n\t[ROHGOV 19990231-2000]\n+\n[X]\n', 'c.txt', createDictionary());
  assert.ok(problems.some((p) => p.startsWith('c.txt:2:') && p.includes('19990231-2000')), problems.join('\n'));
});

test('two-digit years read as PETRARCH does', () => {
  assert.equal(isoDate('911221'), '1991-12-21');
  assert.equal(isoDate('070627'), '2007-06-27');
  assert.equal(isoDate('20120219'), '2012-02-19');
  assert.equal(isoDate('9008223'), null);
});

test('agents: ~ suffix and prefix, plurals, {} and substitution sets', () => {
  const dict = createDictionary();
  const text = [
    '!PERSON! = MAN, WOMEN',
    'AMBASSADOR [~GOV]',
    'MEDIA {} [~MED]',
    'GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]',
    'HUMAN_RIGHTS_BODY [NGO~]',
    'CONGRESS!PERSON! [~LEG]',
    'BROKEN LINE',
  ].join('\n');
  const problems = readPetrarchAgents(text, 'g.txt', dict);
  assert.deepEqual(problems, ['g.txt:7: unknown agent syntax (BROKEN LINE)']);
  const f = (p: string): string[] => (dict.forms.get(normalizeKey(p)) ?? []).map((x) => `${x.entry.code}/${x.entry.compose}`);
  assert.deepEqual(f('ambassadors'), ['GOV/suffix']);
  assert.deepEqual(f('medias'), []);
  assert.deepEqual(f('golden geese'), ['GGS/suffix']);
  assert.deepEqual(f('human rights bodies'), ['NGO/prefix']);
  assert.deepEqual(f('congresswomen'), ['LEG/suffix']);
  assert.deepEqual(f('congressmans'), []);
  assert.equal(pluralOf('CONGRESS'), 'CONGRESSES');
});
