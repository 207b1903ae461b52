import { BoundedMemo } from '../nlp/memo.js';

/** How the case of a dictionary form must be matched in text: not at all, or letter by letter. */
export type CasePolicy = 'any' | 'pattern';

/** Currency signs and the words the event lexicon writes them as ("$3 billion": "X deposit dollar in Y"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({ $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen' }));

/** Whether a token is the possessive marker "'s" (straight or curly apostrophe). */
export function isPossessiveS(text: string): boolean {
  return text.replace('’', "'").toLowerCase() === "'s";
}

/**
 * The lookup key of a phrase: lower case, no diacritics, straight quotes, single spaces.
 * Dictionary forms and text spans go through the same function, so "Türkiye" matches "Turkiye".
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The case rule a form implies: forms with capitals must keep them in the text. */
export function casePolicyOf(form: string): CasePolicy {
  return /\p{Lu}/u.test(form) ? 'pattern' : 'any';
}

// the same forms and spans are compared again and again: their letters are remembered
const lettersMemo = new BoundedMemo<string>(65_536);

function letters(text: string): string {
  return lettersMemo.find(text) ?? lettersMemo.add(text, text.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, ''));
}

/**
 * True when `text` (a span of the sentence) keeps the capitals of `form`: "US" does not match
 * "us", "Turkey" does not match "turkey", but "AFGHANISTAN" matches "Afghanistan".
 */
export function caseMatches(policy: CasePolicy, form: string, text: string): boolean {
  if (policy === 'any') return true;
  const f = letters(form);
  const t = letters(text);
  if (f.length !== t.length) {
    const a = f[0] ?? '';
    const b = t[0] ?? '';
    return a.toUpperCase() !== a || b.toUpperCase() === b;
  }
  for (let i = 0; i < f.length; i++) {
    const c = f[i]!;
    if (c !== c.toLowerCase() && t[i] !== t[i]!.toUpperCase()) return false;
  }
  return true;
}

const IRREGULAR: Record<string, string> = {
  man: 'men', woman: 'women', person: 'people', chief: 'chiefs', staff: 'staff', police: 'police',
  personnel: 'personnel', militia: 'militias', media: 'media', military: 'militaries',
  army: 'armies', child: 'children', clergy: 'clergy', leadership: 'leaderships',
};

/** English plural of one word, for role nouns and demonyms written in the singular. */
export function pluralizeWord(word: string): string {
  const lower = word.toLowerCase();
  const irregular = Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower] : undefined;
  if (irregular !== undefined) return matchCase(irregular, word);
  // spokesman, chairman, gunman, Frenchman; but German, Roman, Omani are regular
  if (/man$/i.test(word) && !NOT_MAN.has(lower)) return word.slice(0, -3) + (word.endsWith('MAN') ? 'MEN' : 'men');
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

const NOT_MAN = new Set(['german', 'roman', 'ottoman', 'shaman', 'talisman', 'human', 'caiman']);

function matchCase(plural: string, like: string): string {
  if (like === like.toUpperCase()) return plural.toUpperCase();
  if (like[0] === like[0]?.toUpperCase()) return plural[0]!.toUpperCase() + plural.slice(1);
  return plural;
}

/**
 * Plural of a phrase: the head word is the last word, or the word before "of"
 * ("minister of defence" → "ministers of defence").
 */
export function pluralizePhrase(phrase: string): string {
  const words = phrase.split(' ');
  const of = words.indexOf('of');
  const at = of > 0 ? of - 1 : words.length - 1;
  words[at] = pluralizeWord(words[at]!);
  return words.join(' ');
}
