/**
 * Word lists shared by the tokenizer and the sentence splitter. Kept as data, in one place, so
 * "why was this period not a sentence end" has one answer.
 */

/** Titles and words that are followed by a name or a number: their period never ends a sentence. */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr',
  'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'pfc', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs',
  'pres', 'supt', 'atty', 'insp', 'amb', 'hon', 'rev', 'vs', 'e.g', 'i.e', 'cf', 'viz', 'moh', 'mohd',
]);

/**
 * Abbreviations only before a number ("No. 5", "p. 12", "Art. 51"): elsewhere the word is an
 * ordinary word ("say no.") and its period is punctuation.
 */
export const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'art', 'fig', 'figs', 'vol', 'vols', 'p', 'pp', 'ch', 'sec', 'para', 'ext', 'tel',
  'op', 'ca', 'pop', 'ph',
]);

/** Month abbreviations: not a sentence end before a number ("Jan. 5"). */
export const MONTHS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that may end a sentence ("... and Co." / "... in the U.S."): the splitter ends the
 * sentence only when a typical sentence-opening word follows.
 */
export const MAY_END = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'jr', 'etc', 'esq',
  'a.m', 'p.m', 'u.s', 'u.n', 'u.k', 'e.u', 'u.s.a', 'd.c', 'n.y', 'l.a', 'ph.d', 'b.a', 'm.a',
  'tue', 'tues', 'thu', 'thur', 'thurs', 'fri', 'ave', 'blvd', 'rd',
  'mins', 'hrs', 'yrs', 'sq', 'oz', 'pct', 'lb', 'lbs', 'km', 'misc', 'govt',
  'intl', 'natl', 'st', 'sr', 'ste', 'mt', 'ft', 'pt', 'al', 'approx', 'attn', 'ref', 'ala', 'ariz',
  'calif', 'colo', 'conn', 'fla',   'kan', 'ky', 'md', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla',
  'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'ont', 'esp', 'dist', 'div',
]);

/** True when `lower` (an abbreviation without its final period, lower-cased) is known. */
export function isKnownAbbreviation(lower: string): boolean {
  return NEVER_FINAL.has(lower) || MONTHS.has(lower) || MAY_END.has(lower);
}

/**
 * Words that typically open a sentence. After an abbreviation that may end a sentence, one of
 * these (capitalised) means a new sentence starts ("in the U.S. The ..."), anything else does not
 * ("the U.S. Army").
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'here', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'however', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'if', 'when', 'while', 'after', 'before', 'as', 'for', 'with', 'what',
  'who', 'why', 'how', 'where', 'yes', 'no', 'meanwhile', 'also', 'then', 'some', 'many', 'most',
  'all', 'both', 'each', 'one', 'since', 'although', 'though', 'because', 'thanks', 'please',
  'according', 'last', 'earlier', 'later', 'today', 'yesterday', 'now', 'still', 'yet', 'other',
  'another', 'such', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'will', 'would',
  'should', 'could', 'let', 'let\'s', 'let', 'not', 'only', 'even', 'by', 'from', 'to', 'of', 'under',
]);

/**
 * Lower-case words that open a sentence in web text often enough ("... dogs. i used to") to
 * end the sentence before them. Prepositions and articles other than "the" are left out: they
 * follow unknown abbreviations ("5 pct. to 300").
 */
export const LOWERCASE_OPENERS = new Set([
  'i', 'the', 'it', 'they', 'we', 'you', 'he', 'she', 'this', 'that', 'there', 'what', 'why', 'how',
  'so', 'but', 'my', 'if', 'when', 'no', 'yes', 'ok', 'well', 'thanks', 'please', 'also', 'then',
  'just', 'now', 'anyway', 'here', 'these', 'those', 'do', 'does', 'did', 'is', 'are', 'can',
  'will', 'would', 'let', 'our', 'his', 'her', 'their', 'your', 'its', 'not', 'maybe', 'hope',
]);

/**
 * Prefixes that EWT keeps attached with their hyphen ("anti-American", "e-mail", "mid-1980s");
 * every other hyphen between letters is its own token ("search - engine", "al - Qaeda").
 */
export const HYPHEN_PREFIXES = new Set([
  'e', 'non', 'pre', 'anti', 're', 'mid', 'post', 'co', 'over', 'pro', 'multi', 'ex', 'sub', 'semi',
  'neo', 'cross', 'un', 'socio', 'micro', 'intra', 'inter', 'counter', 'psycho', 'macro', 'mega',
  'mini', 'ultra', 'trans', 'bi', 'tri', 'pan', 'extra', 'infra', 'supra', 'quasi', 'pseudo',
  'hyper', 'auto', 'de', 'dis', 'mis', 'out', 'under', 'vice', 'x', 'arch', 'uni',
]);

/**
 * Contractions written without an apostrophe, split as EWT splits them: the offsets of the split
 * points inside the word.
 */
export const BARE_CONTRACTIONS: Record<string, number[]> = {
  cannot: [3], gonna: [3], outta: [3], wanna: [3], gotta: [3], gimme: [3], lemme: [3],
  dont: [2], doesnt: [4], didnt: [3], isnt: [2], wasnt: [3], arent: [3], werent: [4], havent: [4],
  wont: [2], hasnt: [3], hadnt: [3], couldnt: [5], wouldnt: [5], shouldnt: [6], aint: [2], cant: [2],
  im: [1], ive: [1], youre: [3], theyre: [4], thats: [4], whats: [4], theres: [5],
};
