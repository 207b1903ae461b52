import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPath } from '../src/paths.js';
import { checkLexicon } from './check-lexicon.js';

test('the shipped lexicon passes the check and covers every 3- and 4-digit CAMEO code', () => {
  const r = checkLexicon(dataPath('lexicon'));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.missing, []);
  assert.equal(r.files, 20);
  assert.ok(r.entries.length >= 1200, `only ${r.entries.length} entries`);
  for (const row of r.rows) assert.ok(row.entries > 0, `root ${row.root} has no entries`);
});

test('the lexicon has the entries the seed article needs', () => {
  const { entries } = checkLexicon(dataPath('lexicon'));
  const codeOf = (template: string) => entries.find((e) => e.template === template)?.code;
  assert.equal(codeOf('X visit Y'), '042');
  assert.equal(codeOf('*negotiation between X and Y'), '046');
  assert.equal(codeOf('X provide @weapon to Y'), '072');
  assert.equal(codeOf('X conduct|hold|stage @joint military *exercise'), '062');
  assert.equal(codeOf('X fight Y'), '190');
  assert.equal(codeOf('X deny involvement|role|link|connection|complicity|participation'), '016');
});

test('bad lines are reported with file, line and value', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  try {
    writeFileSync(join(dir, 'sets.txt'), '@aid = aid help\n@bad = @missing\n');
    writeFileSync(join(dir, '04-consult.txt'), [
      '# consult',
      '042  X visit Y',
      '999  X visit Y',
      '190  X attack Y',
      '040  X meet Y with Y',
      '040  X discuss @nothing',
      '040  X Meet Y',
      '040  X talk to',
      '043  X visit Y',
      '041  *X call Y',
      '042  X cut off Y',
    ].join('\n'));
    const r = checkLexicon(dir);
    const has = (re: RegExp) => assert.ok(r.errors.some((e) => re.test(e)), `no error matching ${re}: ${r.errors.join('; ')}`);
    has(/sets\.txt: set @bad uses undefined set @missing/);
    has(/^04-consult\.txt:3: 999 is not in the CAMEO table/);
    has(/^04-consult\.txt:4: 190 does not belong to root 04/);
    has(/^04-consult\.txt:5: slot Y used more than once/);
    has(/^04-consult\.txt:6: undefined set @nothing/);
    has(/^04-consult\.txt:7: bad word "Meet"/);
    has(/^04-consult\.txt:8: ends with the preposition "to"/);
    has(/^04-consult\.txt:9: template "X visit Y" is already 042 at 04-consult\.txt:2/);
    has(/^04-consult\.txt:10: the predicate mark \* cannot be on a slot/);
    has(/no lexicon file for root 19/);
    // The format allows line 11; the coder's compiler does not, and says why.
    has(/^04-consult\.txt:11: expected a preposition or the end after the predicate, got 'Y' .*the coder's lexicon compiler/);
    // Lines 2, 9 and 11 pass the format; 9 is then reported as a repeat of 2 with another code, 11 by the compiler.
    assert.deepEqual(r.entries.map((e) => e.line), [2, 9, 11]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
