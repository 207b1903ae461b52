import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DictionaryError, decomposeCode, dictionaryWarnings, loadActorDictionary } from './index.js';
import { pluralizePhrase } from './normalize.js';

function tempDict(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DictionaryError, `expected a DictionaryError, got ${String(err)}`);
    return err.problems;
  }
  assert.fail('expected the load to fail');
}

test('the default dictionaries load, cover every country and meet the entry counts', () => {
  const dict = loadActorDictionary();
  const kinds = new Map<string, number>();
  for (const e of dict.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  assert.ok((kinds.get('country') ?? 0) >= 250, `countries: ${kinds.get('country')}`);
  assert.ok((kinds.get('organization') ?? 0) >= 40, `organizations: ${kinds.get('organization')}`);
  assert.ok((kinds.get('group') ?? 0) >= 40, `groups: ${kinds.get('group')}`);
  for (const code of ['AFG', 'RUS', 'TJK', 'USA', 'PSE', 'XKX']) assert.ok(dict.countries.has(code), code);
  assert.deepEqual(dictionaryWarnings(dict), [], 'the shipped dictionaries have no conflicts');
  // the default load is cached
  assert.equal(loadActorDictionary(), dict);
});

test('syntax errors name file, line and value, all of them at once', () => {
  const dir = tempDict({
    'countries.txt': '[AFG] Afghanistan\nname: Afghanistan\nnonsense line\n[AF] bad\nname: Whatever\n',
    'roles.txt': '[GOV]\nnoun: minister\ncolour: blue\n[XYZ] bad role\nnoun: a | | b\n',
    'groups.txt': 'name: outside\n[AFGINSTAL] Taliban\nfrom: 2021-13-45\nname: Taliban=NOPE\n',
  });
  const problems = problemsOf(() => loadActorDictionary({ dir }));
  const has = (file: string, line: number, text: string): void => {
    assert.ok(
      problems.some((p) => p.startsWith(`${join(dir, file)}:${line}: `) && p.includes(text)),
      `no problem ${file}:${line} '${text}' in:\n${problems.join('\n')}`,
    );
  };
  has('countries.txt', 3, '(nonsense line)');
  has('countries.txt', 4, 'code must be 3 to 15 upper-case letters (AF)');
  has('roles.txt', 3, "unknown key 'colour'");
  has('roles.txt', 4, 'unknown role code');
  has('groups.txt', 1, 'outside a block');
  has('groups.txt', 3, '(2021-13-45)');
  has('groups.txt', 4, 'Taliban=NOPE');
  // the bad [AF] block's own lines and the unknown-role block's lines are not reported again
  assert.ok(!problems.some((p) => p.includes('Whatever')));
  assert.equal(problems.length, 7, problems.join('\n'));
});

test('people.tsv errors name the line and the value', () => {
  const dir = tempDict({
    'people.tsv':
      'name\taliases\tcode\tfrom\tto\toffice\n' +
      'Ann Example\t\tRUSGOV\t2001-02-30x\t\tminister\n' +
      'Bob Example\tBob\tRUSGOV\t2010-01-01\n' +
      'Cy Example\t\trusgov\t2010-01-01\t\tminister\n' +
      'Di Example\t\tRUSGOV\t2010-01-01\t2009-01-01\tminister\n',
  });
  const problems = problemsOf(() => loadActorDictionary({ dir }));
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(problems[0]!, /people\.tsv:2: 'from' must be YYYY-MM-DD or empty \(2001-02-30x\)/);
  assert.match(problems[1]!, /people\.tsv:3: expected 6 tab-separated columns, got 4/);
  assert.match(problems[2]!, /people\.tsv:4: code must be .* \(rusgov\)/);
  assert.match(problems[3]!, /people\.tsv:5: 'to' is before 'from'/);
});

test('conflicting entries and repeated blocks are warnings, not errors', () => {
  const dir = tempDict({
    'countries.txt': '[GEO] Georgia\nname: Georgia\n[GEO] again\nadjective: Georgian\n',
    'groups.txt': '[AFGINSTAL] Taliban\nname: Georgia\n',
    'people.tsv':
      'name\taliases\tcode\tfrom\tto\toffice\n' +
      'A One\tChief\tRUSGOV\t2000-01-01\t2005-01-01\tx\n' +
      'B Two\tChief\tUKRGOV\t2004-01-01\t\ty\n' +
      'C Three\tBoss\tRUSGOV\t2000-01-01\t2005-01-01\tx\n' +
      'D Four\tBoss\tUKRGOV\t2006-01-01\t\ty\n',
  });
  const dict = loadActorDictionary({ dir });
  const warnings = dictionaryWarnings(dict);
  assert.equal(warnings.length, 3, warnings.join('\n'));
  assert.match(warnings[0]!, /countries\.txt:3: block \[GEO\] repeats line 1/);
  assert.match(warnings[1]!, /groups\.txt:2: 'Georgia' \(group AFGINSTAL\) also in .*countries\.txt:2 \(country GEO\)/);
  // overlapping terms with different codes warn; "Boss" is used by two people at different times
  assert.match(warnings[2]!, /people\.tsv:3: 'Chief'/);
});

test('codes decompose into country, roles and group', () => {
  const isCountry = (c: string): boolean => ['AFG', 'RUS', 'NGA'].includes(c);
  assert.deepEqual(decomposeCode('RUSGOV', isCountry), { code: 'RUSGOV', country: 'RUS', roles: ['GOV'], group: null });
  assert.deepEqual(decomposeCode('AFGINSTAL', isCountry), { code: 'AFGINSTAL', country: 'AFG', roles: ['INS'], group: 'TAL' });
  assert.deepEqual(decomposeCode('IGONATO', isCountry), { code: 'IGONATO', country: null, roles: [], group: 'NATO' });
  assert.deepEqual(decomposeCode('IGOUNOREF', isCountry), { code: 'IGOUNOREF', country: null, roles: ['REF'], group: 'UNO' });
  assert.deepEqual(decomposeCode('IMGMUSISI', isCountry), { code: 'IMGMUSISI', country: null, roles: ['MUS'], group: 'ISI' });
  assert.deepEqual(decomposeCode('AFGIMGISK', isCountry), { code: 'AFGIMGISK', country: 'AFG', roles: ['IMG'], group: 'ISK' });
  assert.deepEqual(decomposeCode('GOV', isCountry), { code: 'GOV', country: null, roles: ['GOV'], group: null });
});

test('plurals of role nouns and demonyms', () => {
  assert.equal(pluralizePhrase('minister'), 'ministers');
  assert.equal(pluralizePhrase('minister of defence'), 'ministers of defence');
  assert.equal(pluralizePhrase('spokesman'), 'spokesmen');
  assert.equal(pluralizePhrase('German'), 'Germans');
  assert.equal(pluralizePhrase('authority'), 'authorities');
  assert.equal(pluralizePhrase('military'), 'militaries');
  assert.equal(pluralizePhrase('border guard'), 'border guards');
});

test('an explicit file list is loaded in dependency order, whatever order it is given in', () => {
  const dir = tempDict({
    'groups.txt': '[AFGINSTAL] Taliban\nname: Taliban\n',
    'countries.txt': '[AFG] Afghanistan\nname: Afghanistan\n',
  });
  const dict = loadActorDictionary({ files: [join(dir, 'groups.txt'), join(dir, 'countries.txt')] });
  assert.deepEqual(dict.files.map((f) => f.slice(dir.length + 1)), ['countries.txt', 'groups.txt']);
  assert.ok(dict.countries.has('AFG'));
  const missing = problemsOf(() => loadActorDictionary({ files: [join(dir, 'nope.txt')] }));
  assert.match(missing[0]!, /nope\.txt: cannot read/);
});
