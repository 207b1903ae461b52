/**
 * Name folding shared by the gazetteer build and the resolver, so that "Kandahār", "KANDAHAR" and
 * "Kandahar" meet on one key, and "Mazar-i-Sharif" matches whether the tokenizer split the
 * hyphens or not.
 */

const APOSTROPHES = /['‘’`´ʼʻʿʾ′]/g;

/** Folds a place name to its lookup key: no accents, lower case, words separated by one space. */
export function foldName(text: string): string {
  // most tokens are plain ASCII words, and the slow path would give the same key for them
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[øØ]/g, 'o')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    // "St." and "St" must meet; other dots are initials ("U.S.") and vanish the same way
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Arabic article forms that transliterations keep or drop at random ("Al Hasakah", "Hasakah")
const ARTICLE = /^(?:al|el|as|ash|ad|ar|az|an|at|adh|ath)\s+(?=\S)/;

/** The key without a leading Arabic article, or null when there is none. */
export function dropArticle(key: string): string | null {
  return ARTICLE.test(key) ? key.replace(ARTICLE, '') : null;
}
