import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDate } from './dates.js';

const doc = '2022-01-22'; // a Saturday

test('relative dates resolve against the document date', () => {
  const cases: [string, string | null][] = [
    ['The minister arrived on Wednesday.', '2022-01-19'],
    ['They met last Saturday.', '2022-01-15'],
    ['They met on Saturday.', '2022-01-22'],
    ['Troops crossed yesterday.', '2022-01-21'],
    ['Earlier in March, the militaries held drills.', '2021-03-01'],
    ['Last March the talks failed.', '2021-03-01'],
    ['The deal was signed earlier this month.', '2022-01-01'],
    ['Talks began three days ago.', '2022-01-19'],
    ['The visit on January 12 was brief.', '2022-01-12'],
    ['The visit on December 30 was brief.', '2021-12-30'],
    ['On 5 March 2019 the border closed.', '2019-03-05'],
    ['Signed on March 5, 2019 in Kabul.', '2019-03-05'],
    ['Nothing about time here.', null],
  ];
  for (const [text, want] of cases) assert.equal(resolveDate(text, doc)?.date ?? null, want, text);
});

test('relative dates need a document date; absolute ones do not', () => {
  assert.equal(resolveDate('They met yesterday.', null), null);
  assert.equal(resolveDate('They met on 2020-02-29.', null)?.date, '2020-02-29');
  assert.equal(resolveDate('They met on 2021-02-29.', null), null);
});

test('the first expression in the sentence wins', () => {
  assert.equal(resolveDate('Yesterday officials recalled the visit of 2 March 2019.', doc)?.date, '2022-01-21');
});

test('a sentence with no digit, month, weekday or word of time has no date, and the quick check misses none that has', () => {
  assert.equal(resolveDate('Russia condemned the strike and recalled its envoy.', '2024-03-10'), null);
  for (const [text, date] of [
    ['Talks resumed on Wednesday.', '2024-03-06'], ['They met this morning.', '2024-03-10'],
    ['It happened three weeks ago.', '2024-02-18'], ['They met in March.', '2024-03-01'], ['Troops left tonight.', '2024-03-10'],
  ] as const) {
    assert.equal(resolveDate(text, '2024-03-10')?.date, date, text);
  }
});
