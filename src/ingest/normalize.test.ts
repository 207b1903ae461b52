import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentId, normalizeBody, normalizeDate, findDate } from './index.js';

test('normalizeBody folds quotes, spaces, invisible characters and blank lines', () => {
  const raw = '  \u201CRussia\u2019s  aid\u201D\u00A0arrived.\u200B \r\n\r\n\r\n\tSecond   para.  ';
  assert.equal(normalizeBody(raw), '"Russia\'s aid" arrived.\n\nSecond para.');
});

test('normalizeBody composes to NFC', () => {
  assert.equal(normalizeBody('Bishke\u0301k'), 'Bishkék');
});

test('normalizeBody is idempotent on a messy sample', () => {
  const once = normalizeBody(' a \u2018b\u2019 \n\n\n\n c\u00AD d ');
  assert.equal(normalizeBody(once), once);
});

test('documentId is 32 hex chars and ignores layout differences', () => {
  const a = documentId('Kazakhstan sent aid.\n\nKyrgyzstan thanked it.');
  const b = documentId('  Kazakhstan  sent aid. Kyrgyzstan\nthanked it. ');
  assert.match(a, /^[0-9a-f]{32}$/);
  assert.equal(a, b);
  assert.notEqual(a, documentId('Kazakhstan sent aid. Uzbekistan thanked it.'));
});

test('normalizeDate reads the date forms found in pages and feeds', () => {
  const cases: [string, string | null][] = [
    ['Saturday, January 22nd, 2022', '2022-01-22'],
    ['22 Jan 2022', '2022-01-22'],
    ['2025-05-11T16:40:00+05:00', '2025-05-11'],
    ['Tue, 08 Oct 2024 07:30:00 +0000', '2024-10-08'],
    ['21st of July, 2025', '2025-07-21'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['2024/12/3', '2024-12-03'],
    ['February 30, 2024', null],
    ['2024-13-01', null],
    ['sometime last year', null],
    ['', null],
  ];
  for (const [input, want] of cases) assert.equal(normalizeDate(input), want, input);
  assert.equal(normalizeDate(null), null);
});

test('findDate takes the first date written in a line', () => {
  assert.equal(findDate('Editor in Chief: Moh. Reza Huwaida Saturday, January 22nd, 2022'), '2022-01-22');
  assert.equal(findDate('Updated 2 March 2025, first published 1 March 2025'), '2025-03-02');
});
