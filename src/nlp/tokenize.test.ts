import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './segment.js';
import { MAX_TOKEN_LENGTH } from './tokenize.js';

/** Token texts of `input`, joined by spaces (easy to read in a failing assertion). */
function toks(input: string): string {
  return tokenize(input).map((t) => t.text).join(' ');
}

test('clitics are split as in EWT', () => {
  assert.equal(toks("I'm sure it's the minister's, they're here, we'll see, I've, he'd go"),
    "I 'm sure it 's the minister 's , they 're here , we 'll see , I 've , he 'd go");
  assert.equal(toks("don't can't won't isn't cannot ain't"), "do n't ca n't wo n't is n't can not ai n't");
  assert.equal(toks('DON\'T'), "DO N'T");
});

test('contractions written without an apostrophe are split like EWT does', () => {
  assert.equal(toks('dont gonna wanna gotta im'), 'do nt gon na wan na got ta i m');
});

test('apostrophes inside names and plural possessives', () => {
  assert.equal(toks("O'Brien's view of the soldiers' families"), "O'Brien 's view of the soldiers ' families");
  assert.equal(toks("in the '90s and the 1980's"), "in the '90s and the 1980's");
});

test('hyphens: split between words, kept after prefixes and between digits', () => {
  assert.equal(toks('Kabul-Moscow talks'), 'Kabul - Moscow talks');
  assert.equal(toks('a well-known al-Qaeda leader'), 'a well - known al - Qaeda leader');
  assert.equal(toks('anti-American e-mail non-state co-operation mid-1980s'), 'anti-American e-mail non-state co-operation mid-1980s');
  assert.equal(toks('call 713-853-3989 now'), 'call 713-853-3989 now');
  assert.equal(toks('an AK-47 rifle, a 15-month deal'), 'an AK - 47 rifle , a 15 - month deal');
  assert.equal(toks('wait -- no --- yes'), 'wait -- no --- yes');
});

test('numbers keep their commas, decimals, times and dates', () => {
  assert.equal(toks('1,500 troops, 3.5 percent, 12,345,678 people at 10:30 on 11/28/2000'),
    '1,500 troops , 3.5 percent , 12,345,678 people at 10:30 on 11/28/2000');
  assert.equal(toks('1,50 and 1,5000'), '1 , 50 and 1 , 5000');
});

test('currency and percentages are separate tokens', () => {
  assert.equal(toks('$1.5 billion, 20% of US$300, €40'), '$ 1.5 billion , 20 % of US $ 300 , € 40');
});

test('URLs keep everything but trailing punctuation', () => {
  assert.equal(toks('See http://example.com/a?b=1&c=2.'), 'See http://example.com/a?b=1&c=2 .');
  assert.equal(toks('(www.example.org/path), then'), '( www.example.org/path ) , then');
  assert.equal(toks('at https://en.wikipedia.org/wiki/Foo_(bar).'), 'at https://en.wikipedia.org/wiki/Foo_(bar) .');
});

test('e-mail addresses are single tokens', () => {
  assert.equal(toks('Write to john.doe@example.org, or <jane@mail.example.com>!'),
    'Write to john.doe@example.org , or < jane@mail.example.com > !');
  assert.equal(toks('mailto:a@b.com'), 'mailto:a@b.com');
});

test('abbreviations and initials keep their period, other periods are split', () => {
  assert.equal(toks('Gen. Smith and Lt. Col. Jones of the U.S. Army met George W. Bush on Jan. 5 at 3 p.m. in Washington'),
    'Gen. Smith and Lt. Col. Jones of the U.S. Army met George W. Bush on Jan. 5 at 3 p.m. in Washington');
  assert.equal(toks('e.g. this, i.e. that, vs. them'), 'e.g. this , i.e. that , vs. them');
  assert.equal(toks('Resolution No. 5 says no. Fine.'), 'Resolution No. 5 says no . Fine .');
});

test('punctuation runs: ellipsis, repeated marks, paired quotes', () => {
  assert.equal(toks('Wait... what?! No!!! ``Yes,\'\' he said'), "Wait ... what ?! No !!! `` Yes , '' he said");
});

test('brackets and quotes are split from words', () => {
  assert.equal(toks('"We (the army) said [no]."'), '" We ( the army ) said [ no ] . "');
});

test('ampersand and slash inside short forms', () => {
  assert.equal(toks('AT&T and S&P, b/c and/or'), 'AT&T and S&P , b/c and / or');
});

test('non-ASCII letters are word characters', () => {
  assert.equal(toks('Ахмад Шах Масуд, café Zürich'), 'Ахмад Шах Масуд , café Zürich');
  assert.equal(toks('peace 🙂 now'), 'peace 🙂 now');
});

test('normalised forms: curly quotes, dashes, entities', () => {
  assert.equal(toks('Russia\u2019s \u201Cwar\u201D \u2014 AT&amp;T'), "Russia 's \" war \" -- AT&T");
});

test('token offsets index the original string', () => {
  const input = 'It\u2019s AT&amp;T\u2014really.';
  const t = tokenize(input);
  assert.deepEqual(t.map((x) => [x.text, input.slice(x.start, x.end)]), [
    ['It', 'It'], ["'s", '\u2019s'], ['AT&T', 'AT&amp;T'], ['--', '\u2014'], ['really', 'really'], ['.', '.'],
  ]);
  assert.deepEqual(t.map((x) => x.spaceAfter), [false, true, false, false, false, true]);
});

test('very long runs without spaces are cut into bounded tokens', () => {
  const t = tokenize('x'.repeat(MAX_TOKEN_LENGTH * 3 + 7));
  assert.equal(t.length, 4);
  assert.ok(t.every((x) => x.end - x.start <= MAX_TOKEN_LENGTH));
  assert.equal(t[3].end, MAX_TOKEN_LENGTH * 3 + 7);
});

test('clitics after punctuation, prefixes only at the start of a word', () => {
  assert.equal(toks("The U.N.'s envoy and \"Bush\"'s plan"), 'The U.N. \'s envoy and " Bush " \'s plan');
  assert.equal(toks('Lashkar-e-Toiba and e-mail'), 'Lashkar - e - Toiba and e-mail');
});

test('web forms: emoticons, hashtags, hidden e-mail addresses, repeated symbols', () => {
  assert.equal(toks('Great :) and :-( or ;-) at #kabul for $$$'), 'Great :) and :-( or ;-) at #kabul for $$$');
  assert.equal(toks('Note: Dari'), 'Note : Dari');
  assert.equal(toks('Email: franz371...@gmail.com now'), 'Email : franz371...@gmail.com now');
  assert.equal(toks('I\u00B4m here'), "I 'm here");
});
