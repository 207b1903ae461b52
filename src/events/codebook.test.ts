import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodebookError,
  getCameoCode,
  getCameoCodeOrThrow,
  listCameoCodes,
  parseCodesTsv,
  parsePloverTsv,
  ploverFor,
} from './codebook.js';

test('all 20 roots are present, each followed by its own codes', () => {
  const codes = listCameoCodes();
  const roots = codes.filter((c) => c.code.length === 2).map((c) => c.code);
  assert.deepEqual(roots, Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  for (const c of codes) assert.equal(c.root, c.code.slice(0, 2), c.code);
  assert.equal(codes.length, 315);
});

test('known codes carry their Goldstein score and QuadClass', () => {
  assert.deepEqual(getCameoCode('042'), { code: '042', root: '04', name: 'Make a visit', goldstein: 1.9, quadClass: 1 });
  const fight = getCameoCodeOrThrow('190');
  assert.equal(fight.quadClass, 4);
  assert.equal(fight.goldstein, -10);
  assert.equal(getCameoCodeOrThrow('073').quadClass, 2);
  assert.equal(getCameoCodeOrThrow('112').quadClass, 3);
  assert.equal(getCameoCodeOrThrow('057').goldstein, 8);
  assert.equal(getCameoCodeOrThrow('0874').goldstein, 10);
  assert.equal(getCameoCodeOrThrow('1213').goldstein, -4);
});

test('QuadClass follows the root bands 01-05, 06-08, 09-13, 14-20', () => {
  for (const c of listCameoCodes()) {
    const r = Number(c.root);
    const expected = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    assert.equal(c.quadClass, expected, c.code);
  }
});

test('unknown codes: undefined from getCameoCode, an error naming the code from the OrThrow form', () => {
  assert.equal(getCameoCode('999'), undefined);
  assert.equal(getCameoCode('42'), undefined);
  assert.throws(() => getCameoCodeOrThrow('0429'), { name: 'CodebookError', message: /"0429"/ });
});

test('PLOVER type and mode of listed codes', () => {
  assert.deepEqual(ploverFor('042'), { type: 'CONSULT', mode: 'visit', context: null });
  assert.deepEqual(ploverFor('041'), { type: 'CONSULT', mode: 'phone', context: null });
  assert.deepEqual(ploverFor('0871'), { type: 'RETREAT', mode: 'ceasefire', context: 'military' });
  assert.deepEqual(ploverFor('091'), { type: 'ACCUSE', mode: 'investigate', context: 'crime; corruption' });
  assert.deepEqual(ploverFor('163'), { type: 'COERCE', mode: 'restrict', context: 'diplomatic' });
  assert.deepEqual(ploverFor('192'), { type: 'COERCE', mode: 'seize', context: 'military' });
  assert.deepEqual(ploverFor('190'), { type: 'ASSAULT', mode: null, context: 'military' });
  // Root lines of the table carry the type alone; the first of the two `08:` lines wins.
  assert.deepEqual(ploverFor('08'), { type: 'CONCEDE', mode: null, context: null });
});

test('PLOVER falls back to the nearest listed parent, and is null for roots 01 and 02', () => {
  assert.deepEqual(ploverFor('1951'), ploverFor('195'));
  assert.equal(ploverFor('1952')?.type, 'ASSAULT');
  assert.equal(ploverFor('010'), null);
  assert.equal(ploverFor('0231'), null);
  assert.equal(ploverFor('02'), null);
  assert.equal(ploverFor('nope'), null);
});

test('ploverFor returns a copy callers may change', () => {
  const p = ploverFor('042');
  assert.ok(p);
  p.type = 'CHANGED';
  assert.equal(ploverFor('042')?.type, 'CONSULT');
});

test('codes.tsv errors name the file, the line and the value', () => {
  const head = 'code\troot\tname\tgoldstein\tquadClass\n';
  assert.throws(() => parseCodesTsv(head + '01\t01\tStatement\t0.0\t1\n010\t01\tX\tabc\t1\n', 'c.tsv'),
    (e: Error) => e instanceof CodebookError && /^c\.tsv:3: bad Goldstein value "abc"/.test(e.message));
  assert.throws(() => parseCodesTsv(head + '01\t01\tStatement\t0.0\t5\n', 'c.tsv'), /c\.tsv:2: bad QuadClass "5"/);
  assert.throws(() => parseCodesTsv(head + '01\t02\tStatement\t0.0\t1\n', 'c.tsv'), /c\.tsv:2: root "02"/);
  assert.throws(() => parseCodesTsv(head + '010\t01\tStatement\t0.0\t1\n', 'c.tsv'), /before its root 01/);
  assert.throws(() => parseCodesTsv(head + '01\t01\tA\t0.0\t1\n01\t01\tB\t0.0\t1\n', 'c.tsv'), /c\.tsv:3: duplicate code 01/);
  assert.throws(() => parseCodesTsv('# only a comment\n', 'c.tsv'), /c\.tsv: no codes/);
});

test('plover.tsv errors name the file, the line and the value', () => {
  const known = new Set(['04', '042']);
  assert.throws(() => parsePloverTsv('042\tCONSULT\tvisit\t\n999\tX\t\t\n', 'p.tsv', known), /p\.tsv:2: code "999"/);
  assert.throws(() => parsePloverTsv('042\tconsult\tvisit\t\n', 'p.tsv', known), /p\.tsv:1: bad PLOVER type "consult"/);
  assert.throws(() => parsePloverTsv('042\tCONSULT\n', 'p.tsv', known), /p\.tsv:1: expected 4/);
  const ok = parsePloverTsv('# c\ncode\ttype\tmode\tcontext\n042\tCONSULT\t\t\n', 'p.tsv', known);
  assert.deepEqual(ok.get('042'), { type: 'CONSULT', mode: null, context: null });
});
