import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineCredit, datelineLength, loadNlp } from './index.js';

const toks = (text: string): { text: string; spaceAfter: boolean }[] => {
  const nlp = loadNlp();
  return nlp.parse(text)[0]!.tokens;
};

test('datelineLength finds a dateline that ends in a dash and nothing else', () => {
  assert.equal(datelineLength(toks('KHARTOUM, April 17 (AFP) - Sudan\'s army and the RSF fought in Khartoum.')), 8);
  assert.equal(datelineLength(toks('WASHINGTON (Reuters) — The United States imposed sanctions on Iran.')), 5);
  assert.equal(datelineLength(toks('NEW DELHI, Dec 6 — Putin arrived in India.')), 6);
  // a hyphen without spaces joins words: no dateline
  assert.equal(datelineLength(toks('NATO-led forces attacked the town.')), 0);
  // a lower-case word before the dash: no dateline
  assert.equal(datelineLength(toks('KABUL said on Monday - in a statement - that it would talk.')), 0);
  assert.equal(datelineLength(toks('Russia attacked Ukraine.')), 0);
  assert.equal(datelineLength([]), 0);
});

test('datelineCredit finds the agency in parentheses inside a dateline only', () => {
  assert.deepEqual(datelineCredit(toks('KHARTOUM, April 17 (AFP) - Sudan\'s army and the RSF fought in Khartoum.')), { start: 4, end: 7 });
  assert.deepEqual(datelineCredit(toks('WASHINGTON (Reuters) — The United States imposed sanctions on Iran.')), { start: 1, end: 4 });
  assert.equal(datelineCredit(toks('NEW DELHI, Dec 6 — Putin arrived in India.')), null);
  // parentheses after the dateline belong to the sentence
  assert.equal(datelineCredit(toks('Russia attacked Ukraine (and Georgia) on Monday.')), null);
  assert.equal(datelineCredit(toks('KABUL — The Taliban (the Islamic Emirate) seized the town.')), null);
});

test('a dateline is parsed apart and hung on the sentence root, which heads the sentence after it', () => {
  const [s] = loadNlp().parse('KHARTOUM, April 17 (AFP) - Sudan\'s army and the paramilitary Rapid Support Forces fought for control of the palace.');
  const byText = new Map(s!.tokens.map((t) => [t.text, t]));
  const root = s!.tokens.findIndex((t) => t.head < 0);
  assert.ok(root > 7, `the root is after the dateline (got '${s!.tokens[root]?.text}')`);
  assert.equal(byText.get('KHARTOUM')!.head, root);
  assert.equal(byText.get('KHARTOUM')!.deprel, 'dep');
  assert.equal(s!.tokens.filter((t) => t.head < 0).length, 1);
});
