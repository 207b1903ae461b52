import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { MAX_SENTENCE_TOKENS } from './sentences.js';

/** Sentence texts of `input`. */
function sents(input: string): string[] {
  return segment(input).map((s) => s.text);
}

test('terminal punctuation ends a sentence before a capitalised word', () => {
  assert.deepEqual(sents('Troops left. The talks resumed! Did they? Yes.'), ['Troops left.', 'The talks resumed!', 'Did they?', 'Yes.']);
});

test('titles and initials do not end a sentence', () => {
  assert.deepEqual(sents('Gen. John Nicholson met Lt. Col. Ahmad Zia and Sen. Graham. Mr. Ghani and Dr. Abdullah agreed.'),
    ['Gen. John Nicholson met Lt. Col. Ahmad Zia and Sen. Graham.', 'Mr. Ghani and Dr. Abdullah agreed.']);
  assert.deepEqual(sents('George W. Bush and John F. Kennedy spoke. They left.'), ['George W. Bush and John F. Kennedy spoke.', 'They left.']);
});

test('U.S., U.N. and company abbreviations end a sentence only before a sentence opener', () => {
  assert.deepEqual(sents('The U.S. Army and the U.N. Security Council met. They agreed.'),
    ['The U.S. Army and the U.N. Security Council met.', 'They agreed.']);
  assert.deepEqual(sents('Troops returned to the U.S. The talks ended.'), ['Troops returned to the U.S.', 'The talks ended.']);
  assert.deepEqual(sents('He works for Acme Inc. and lives in Kabul.'), ['He works for Acme Inc. and lives in Kabul.']);
});

test('a sentence-final abbreviation gives its period as its own token, as EWT does', () => {
  const s = segment('Rifles, trucks, etc. The rest came later.');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0].tokens.slice(-2).map((t) => t.text), ['etc', '.']);
  assert.equal(s[0].text, 'Rifles, trucks, etc.');
  const end = segment('He moved to the U.S.')[0].tokens;
  assert.deepEqual(end.slice(-2).map((t) => [t.text, t.start, t.end]), [['U.S', 16, 19], ['.', 19, 20]]);
});

test('months before a day do not end a sentence; e.g., i.e. and vs. never do', () => {
  assert.deepEqual(sents('On Jan. 5 and Sept. 11 they met, e.g. Russia vs. Tajikistan. Talks ended.'),
    ['On Jan. 5 and Sept. 11 they met, e.g. Russia vs. Tajikistan.', 'Talks ended.']);
});

test('datelines stay with the first sentence', () => {
  assert.deepEqual(sents('KABUL, Jan. 5 \u2014 Afghan forces retook the district. Officials said so.'),
    ['KABUL, Jan. 5 \u2014 Afghan forces retook the district.', 'Officials said so.']);
  assert.deepEqual(sents('MOSCOW (Reuters) - Russia will send rifles. Kabul welcomed it.'),
    ['MOSCOW (Reuters) - Russia will send rifles.', 'Kabul welcomed it.']);
  assert.deepEqual(sents('WASHINGTON, Sept. 12 (AP) --\nThe U.S. Senate voted.'), ['WASHINGTON, Sept. 12 (AP) --\nThe U.S. Senate voted.']);
});

test('closing quotes and brackets after the period belong to the sentence', () => {
  assert.deepEqual(sents('"We will not negotiate." The Taliban refused. (They left.) Then "Why?" he asked.'),
    ['"We will not negotiate."', 'The Taliban refused.', '(They left.)', 'Then "Why?" he asked.']);
  assert.deepEqual(sents('He said \u201Cno.\u201D Then he left.'), ['He said \u201Cno.\u201D', 'Then he left.']);
});

test('a lower-case word after a period continues the sentence unless it opens one', () => {
  assert.deepEqual(sents('about 3 approx. two hundred men'), ['about 3 approx. two hundred men']);
  assert.deepEqual(sents('they are great dogs. i used to have one.'), ['they are great dogs.', 'i used to have one.']);
  assert.deepEqual(sents('Prices rose 5 pct. to 300 and fell 2 approx. to 200.'), ['Prices rose 5 pct. to 300 and fell 2 approx. to 200.']);
  assert.deepEqual(sents('Nobody came. the talks were cancelled.'), ['Nobody came.', 'the talks were cancelled.']);
  assert.deepEqual(sents('Really? no way! ok then'), ['Really?', 'no way!', 'ok then']);
});

test('a missing space after a full stop still ends the sentence', () => {
  assert.deepEqual(sents('Troops will leave by mid-2019.The rest stay. See Newsfeeds.Com and Tana.Jones@enron.com now.'),
    ['Troops will leave by mid-2019.', 'The rest stay.', 'See Newsfeeds.Com and Tana.Jones@enron.com now.']);
});

test('an emoticon after the final mark stays with the sentence', () => {
  assert.deepEqual(sents('Best kebab in town! :) Friendly staff.'), ['Best kebab in town! :)', 'Friendly staff.']);
});

test('paragraph breaks always end a sentence', () => {
  assert.deepEqual(sents('Kabul-Moscow Security Cooperation\n\nWith the war, Russia worries\n\nand then'),
    ['Kabul-Moscow Security Cooperation', 'With the war, Russia worries', 'and then']);
});

test('headline lines end at a line break before a capitalised line', () => {
  assert.deepEqual(sents('Editor in Chief: Reza Huwaida\nKabul-Moscow Growing Security Cooperation\nWith intensification of war, Russia is concerned.'),
    ['Editor in Chief: Reza Huwaida', 'Kabul-Moscow Growing Security Cooperation', 'With intensification of war, Russia is concerned.']);
});

test('list items on their own lines are sentences', () => {
  assert.deepEqual(sents('Russia will send:\n- rifles for the army\n- helicopters\n\u2022 training for pilots'),
    ['Russia will send:\n- rifles for the army', '- helicopters', '\u2022 training for pilots']);
});

test('a line break after a continuing word or comma does not end a sentence', () => {
  assert.deepEqual(sents('The minister met with the\nRussian ambassador, and\nTajik officials,\nThen left.'),
    ['The minister met with the\nRussian ambassador, and\nTajik officials,\nThen left.']);
});

test('hard-wrapped prose is not split at every line break', () => {
  const text = [
    'Afghanistan\'s acting defence minister visited Moscow this week for talks',
    'With Russian officials on training and equipping the Afghan National',
    'Security Forces, according to officials in Kabul who spoke on Monday',
    'About the visit and the assistance that Russia might provide.',
  ].join('\n');
  assert.equal(segment(text).length, 1);
});

test('sentences are capped in length', () => {
  const words = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
  const s = segment(words);
  assert.equal(s.length, Math.ceil(2000 / MAX_SENTENCE_TOKENS));
  assert.ok(s.every((x) => x.tokens.length <= MAX_SENTENCE_TOKENS));
  assert.equal(s.reduce((n, x) => n + x.tokens.length, 0), 2000);
  const small = segment(words, { maxTokens: 10 });
  assert.ok(small.every((x) => x.tokens.length <= 10));
  assert.equal(small.length, 200);
});

test('an invalid cap is a clear error', () => {
  assert.throws(() => segment('a b', { maxTokens: 0 }), /Invalid maxTokens: 0/);
  assert.throws(() => segment('a b', { maxTokens: Number.NaN }), /Invalid maxTokens: NaN/);
});

test('sentence text, offsets and token indices are consistent', () => {
  const input = '  First one.  Second\u00A0one!\n\nThird.';
  const s = segment(input);
  assert.deepEqual(s.map((x) => x.index), [0, 1, 2]);
  for (const x of s) {
    assert.equal(x.text, input.slice(x.start, x.end));
    assert.equal(x.start, x.tokens[0].start);
    assert.equal(x.end, x.tokens[x.tokens.length - 1].end);
    assert.deepEqual(x.tokens.map((t) => t.index), x.tokens.map((_, i) => i));
  }
});

test('empty and blank input give no sentences', () => {
  assert.deepEqual(segment(''), []);
  assert.deepEqual(segment(' \n\n\t\u00A0\u200B '), []);
});
