/**
 * UD English (EWT-style) tokenization of normalised text. One left-to-right pass over the
 * characters with bounded look-ahead: linear time whatever the input.
 */
import { BARE_CONTRACTIONS, HYPHEN_PREFIXES, NUMBER_ABBREVIATIONS, isKnownAbbreviation } from './abbreviations.js';

/**
 * Longest token we emit, in UTF-16 units. A longer run without spaces (a 10 MB line of letters,
 * a base64 blob) is cut into pieces of this size so that later stages never see giant tokens.
 */
export const MAX_TOKEN_LENGTH = 512;

const WORD = 1;
const SPACE = 2;
const OTHER = 3;

/** Class of every BMP code unit, filled lazily: 0 unknown, WORD, SPACE or OTHER. */
const classes = new Uint8Array(0x10000);
const wordRe = /^[\p{L}\p{N}\p{M}]$/u;
for (let c = 0; c < 0x80; c++) {
  const isWord = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  classes[c] = isWord ? WORD : c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ? SPACE : OTHER;
}

function classOfCodePoint(cp: number): number {
  if (cp < 0x10000) {
    let k = classes[cp];
    if (k === 0) {
      const ch = String.fromCharCode(cp);
      k = wordRe.test(ch) ? WORD : /^\s$/u.test(ch) ? SPACE : OTHER;
      classes[cp] = k;
    }
    return k;
  }
  return wordRe.test(String.fromCodePoint(cp)) ? WORD : OTHER;
}

/** Class of the character at `i` (a surrogate pair is classified as its code point). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return classes[c];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classOfCodePoint(c);
}

/** Width in UTF-16 units of the character at `i` (2 for a surrogate pair). */
function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function isWordAt(s: string, i: number, end: number): boolean {
  return i < end && classAt(s, i) === WORD;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isUpperAsciiCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLowerAsciiCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isLetterAscii(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Opening punctuation peeled off the front of a URL or e-mail chunk. */
const OPENERS = '"\'([{<`';
/** Closing punctuation peeled off the end of a URL or e-mail chunk. */
const CLOSERS = '"\'.,;:!?)]}>';

/** Output buffer of token spans [start, end) in the normalised text, as flat pairs. */
export class SpanBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Int32Array(capacity * 2);
  }
  /** Appends the span [start, end). */
  push(start: number, end: number): void {
    if (this.length * 2 + 2 > this.data.length) {
      const next = new Int32Array(this.data.length * 2 + 16);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length * 2] = start;
    this.data[this.length * 2 + 1] = end;
    this.length++;
  }
  start(i: number): number {
    return this.data[i * 2];
  }
  end(i: number): number {
    return this.data[i * 2 + 1];
  }
}

/** Pushes [start, end) cut into pieces of at most MAX_TOKEN_LENGTH, never inside a surrogate pair. */
function pushCapped(s: string, out: SpanBuffer, start: number, end: number): void {
  while (end - start > MAX_TOKEN_LENGTH) {
    let cut = start + MAX_TOKEN_LENGTH;
    const c = s.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    out.push(start, cut);
    start = cut;
  }
  if (end > start) out.push(start, end);
}

/**
 * End of the word starting at `i` (a word character): letters and digits plus the inner
 * punctuation EWT keeps inside a token (U.S, 3.5, 1,000, 10:30, 11/28/2000, AT&T, O'Brien,
 * anti-American, 713-853-3989), and the final period of a known abbreviation or initial.
 */
function scanWord(s: string, i: number, end: number): number {
  const limit = Math.min(end, i + MAX_TOKEN_LENGTH);
  let j = i;
  let segStart = i; // start of the current hyphen-separated part, for the prefix rule
  let hasDot = false;
  let allShortDotted = true; // U.S, e.g, Ph.D: parts of at most 2 letters between periods
  let partStart = i;
  let pieceStart = i; // start of the current run of word characters
  while (j < limit) {
    const k = classAt(s, j);
    if (k === WORD) {
      j += widthAt(s, j);
      continue;
    }
    const pieceLength = j - pieceStart;
    pieceStart = j + 1;
    const c = s.charCodeAt(j);
    const prev = s.charCodeAt(j - 1);
    const nextIsWord = isWordAt(s, j + 1, end);
    if (!nextIsWord) break;
    const next = s.charCodeAt(j + 1);
    if (c === 0x2e /* . */) {
      // A missing space after a full stop: "by mid-2019.The rest", "anyway.The" (but U.S.A,
      // Tana.Jones@..., Newsfeeds.Com: the word before must not be capitalised).
      if (!hasDot && j - partStart >= 3 && !isUpperAsciiCode(s.charCodeAt(partStart)) && isUpperAsciiCode(next) && j + 2 < end && isLowerAsciiCode(s.charCodeAt(j + 2))) break;
      if (j - partStart > 2) allShortDotted = false;
      hasDot = true;
      j++;
      partStart = j;
      continue;
    }
    if (c === 0x2c /* , */) {
      // 1,000 and 12,345,678: a comma followed by exactly three digits.
      if (isDigit(prev) && j + 3 < end && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) &&
        isDigit(s.charCodeAt(j + 3)) && !(j + 4 < end && isDigit(s.charCodeAt(j + 4)))) {
        j++;
        continue;
      }
      break;
    }
    if (c === 0x2f /* / */ && pieceLength === 1 && !isWordAt(s, j + 2, end)) {
      // b/c, w/o, L/C: single letters around a slash.
      j++;
      continue;
    }
    if (c === 0x3a /* : */ || c === 0x2f /* / */) {
      if (isDigit(prev) && isDigit(next)) {
        j++;
        continue;
      }
      break;
    }
    if (c === 0x2d /* - */) {
      if (isDigit(prev) && isDigit(next)) {
        j++;
        segStart = j;
        continue;
      }
      // A prefix only counts at the start of a word: "Lashkar-e-Toiba" is not "e-mail".
      const wordStart = segStart > i || i === 0 || s.charCodeAt(i - 1) !== 0x2d;
      if (wordStart && HYPHEN_PREFIXES.has(s.slice(segStart, j).toLowerCase())) {
        j++;
        segStart = j;
        continue;
      }
      break;
    }
    if (c === 0x27 /* ' */) {
      j++;
      continue;
    }
    if (c === 0x26 /* & */) {
      // AT&T, S&P, R&D, a&m: letters on both sides.
      if (isLetterAscii(prev) && isLetterAscii(next)) {
        j++;
        continue;
      }
      break;
    }
    if (c === 0x5f /* _ */ || c === 0x40 /* @ */) {
      // snake_case names, and user@HOST addresses without a dot.
      j++;
      continue;
    }
    break;
  }
  if (j - partStart > 2) allShortDotted = false;
  // The final period of an abbreviation or initial belongs to the token ("Gen.", "U.S.", "W.").
  if (j < end && s.charCodeAt(j) === 0x2e && !(j + 1 < end && s.charCodeAt(j + 1) === 0x2e) && j + 1 - i <= MAX_TOKEN_LENGTH) {
    const word = s.slice(i, j);
    const single = j - i === 1 && isLetterAscii(s.charCodeAt(i));
    const lower = word.toLowerCase();
    if (single || (hasDot && allShortDotted && !/\d/.test(word)) || isKnownAbbreviation(lower)) return j + 1;
    if (NUMBER_ABBREVIATIONS.has(lower)) {
      // "No. 5", "p. 12", "Art. 51" but not "say no."
      let k = j + 1;
      while (k < s.length && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09 || s.charCodeAt(k) === 0x0a)) k++;
      if (k < s.length && (isDigit(s.charCodeAt(k)) || s.charCodeAt(k) === 0x23)) return j + 1;
    }
  }
  return j;
}

/** Splits the word [i, j) into its clitics (don't → do n't, cannot → can not) and pushes it. */
function pushWord(s: string, out: SpanBuffer, i: number, j: number): void {
  const n = j - i;
  if (n > MAX_TOKEN_LENGTH) {
    pushCapped(s, out, i, j);
    return;
  }
  const lastLower = s.charCodeAt(j - 1) | 0x20;
  // Every bare contraction ends in t, a, e, m or s: skip the lookup for other words.
  if (n >= 2 && n <= 8 && (lastLower === 0x74 || lastLower === 0x61 || lastLower === 0x65 || lastLower === 0x6d || lastLower === 0x73)) {
    const points = BARE_CONTRACTIONS[s.slice(i, j).toLowerCase()];
    if (points) {
      let from = i;
      for (const p of points) {
        out.push(from, i + p);
        from = i + p;
      }
      out.push(from, j);
      return;
    }
  }
  // Apostrophe clitics: only the last apostrophe matters ("O'Brien's" → O'Brien 's).
  let apos = -1;
  for (let m = j - 1; m >= j - 3 && m > i; m--) {
    if (s.charCodeAt(m) === 0x27) {
      apos = m;
      break;
    }
  }
  if (apos > i) {
    const tail = s.slice(apos + 1, j).toLowerCase();
    if (tail === 't' && apos - 1 > i && (s.charCodeAt(apos - 1) | 0x20) === 0x6e /* n */) {
      out.push(i, apos - 1);
      out.push(apos - 1, j);
      return;
    }
    if (tail === 's' && isDigit(s.charCodeAt(apos - 1))) {
      out.push(i, j); // 80's, 1990's: one token in EWT
      return;
    }
    if (tail === 's' || tail === 'm' || tail === 'd' || tail === 're' || tail === 've' || tail === 'll') {
      out.push(i, apos);
      out.push(apos, j);
      return;
    }
  }
  out.push(i, j);
}

/** End of the clitic ('s 'm 'd 're 've 'll) starting with the apostrophe at `i`, or -1. */
function scanClitic(s: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && j - i <= 3 && isLetterAscii(s.charCodeAt(j))) j++;
  if (j === i + 1 || isWordAt(s, j, end)) return -1;
  const tail = s.slice(i + 1, j).toLowerCase();
  return tail === 's' || tail === 'm' || tail === 'd' || tail === 're' || tail === 've' || tail === 'll' ? j : -1;
}

/** End of the punctuation token starting at `i`. */
function scanPunct(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  let j = i + 1;
  if (c === 0x2e || c === 0x21 || c === 0x3f) {
    // ..., !!, ?!, .?: one token, as EWT writes them.
    while (j < end && j - i < MAX_TOKEN_LENGTH) {
      const d = s.charCodeAt(j);
      if (d !== 0x2e && d !== 0x21 && d !== 0x3f) break;
      j++;
    }
    return j;
  }
  if ((c === 0x3a || c === 0x3b || c === 0x3d) && j < end) {
    // Emoticons are one token: :) :-) ;-) :( :D :P =)
    let k = j;
    if (s.charCodeAt(k) === 0x2d && k + 1 < end) k++;
    const e = s.charCodeAt(k);
    if ((e === 0x29 || e === 0x28 || e === 0x44 || e === 0x50 || e === 0x70) && !isWordAt(s, k + 1, end) && (e === 0x29 || e === 0x28 || !isWordAt(s, i - 1, end))) {
      return k + 1;
    }
  }
  if (c === 0x23 && isWordAt(s, j, end) && !isDigit(s.charCodeAt(j))) {
    // #hashtag
    return scanWord(s, j, end);
  }
  if (c === 0x2d || c === 0x2a || c === 0x3d || c === 0x5f || c === 0x7e || c === 0x3c || c === 0x3e ||
    c === 0x23 || c === 0x2b || c === 0x5e || c === 0x7c || c === 0x24) {
    // --, ***, ====, <<, >>, $$$: runs of the same character.
    while (j < end && j - i < MAX_TOKEN_LENGTH && s.charCodeAt(j) === c) j++;
    return j;
  }
  if ((c === 0x27 || c === 0x60) && j < end && s.charCodeAt(j) === c) return j + 1; // '' and ``
  return i + widthAt(s, i);
}

/** If the chunk [i, end) starts with a URL or an e-mail address, returns where it ends; else -1. */
function scanUrlOrEmail(s: string, i: number, end: number): number {
  const n = end - i;
  if (n < 5) return -1;
  let isLink = false;
  // scheme://
  let k = i;
  while (k < end && k - i < 10 && isLetterAscii(s.charCodeAt(k))) k++;
  if (k > i && k + 2 < end && s.charCodeAt(k) === 0x3a && s.charCodeAt(k + 1) === 0x2f && s.charCodeAt(k + 2) === 0x2f) {
    isLink = true;
  } else if (k - i === 6 && k < end && s.charCodeAt(k) === 0x3a && s.slice(i, k).toLowerCase() === 'mailto') {
    isLink = true;
  } else if (n > 4 && s.slice(i, i + 4).toLowerCase() === 'www.' && isWordAt(s, i + 4, end)) {
    isLink = true;
  } else {
    // local@domain.tld
    let at = -1;
    for (let m = i + 1; m < end - 1; m++) {
      const c = s.charCodeAt(m);
      if (c === 0x40 /* @ */) {
        if (at >= 0) break;
        // "franz371...@gmail.com": mailing-list archives hide the end of the local part.
        if (!(isWordAt(s, m - 1, end) || s.charCodeAt(m - 1) === 0x2e) || !isWordAt(s, m + 1, end)) break;
        at = m;
      } else if (at >= 0 && c === 0x2e && isWordAt(s, m + 1, end)) {
        isLink = true;
        break;
      } else if (c !== 0x2e && c !== 0x5f && c !== 0x2d && c !== 0x2b && classAt(s, m) !== WORD) {
        break;
      }
    }
  }
  if (!isLink) return -1;
  // Trailing punctuation is not part of the link, except a ) closing a ( inside it.
  let j = end;
  let opens = 0;
  let closes = 0;
  for (let m = i; m < end; m++) {
    const c = s.charCodeAt(m);
    if (c === 0x28) opens++;
    else if (c === 0x29) closes++;
  }
  while (j > i + 1 && CLOSERS.includes(s[j - 1])) {
    if (s.charCodeAt(j - 1) === 0x29) {
      if (closes <= opens) break;
      closes--;
    }
    j--;
  }
  return j;
}

/** Tokenizes the whitespace-free chunk [a, b) of `s`. */
function tokenizeChunk(s: string, out: SpanBuffer, a: number, b: number): void {
  let i = a;
  // URL or e-mail, possibly behind opening punctuation: "(see http://x.org/a)".
  let lead = a;
  while (lead < b && lead - a < 4 && OPENERS.includes(s[lead])) lead++;
  const linkEnd = scanUrlOrEmail(s, lead, b);
  if (linkEnd > 0) {
    for (let m = a; m < lead; m++) out.push(m, m + 1);
    pushCapped(s, out, lead, linkEnd);
    i = linkEnd;
  }
  while (i < b) {
    if (s.charCodeAt(i) === 0x27 && i + 2 < b && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) &&
      !(i + 3 < b && isDigit(s.charCodeAt(i + 3)))) {
      // '67, '90s: an elided century is one token.
      const j = scanWord(s, i + 1, b);
      out.push(i, j);
      i = j;
      continue;
    }
    if (s.charCodeAt(i) === 0x27 && i > a) {
      // A clitic after punctuation: U.N.'s, "Bush"'s.
      const j = scanClitic(s, i, b);
      if (j > 0) {
        out.push(i, j);
        i = j;
        continue;
      }
    }
    if (classAt(s, i) === WORD) {
      const j = scanWord(s, i, b);
      pushWord(s, out, i, j);
      i = j;
    } else {
      const j = scanPunct(s, i, b);
      out.push(i, j);
      i = j;
    }
  }
}

/**
 * Tokenizes normalised text (see `normalize`) into spans of it, EWT-style: clitics split
 * (n't 's 're 'll 've 'm 'd, ca n't, wo n't, can not), punctuation split, hyphens split except
 * after common prefixes and between digits, numbers, URLs, e-mails and abbreviations kept whole.
 */
export function tokenizeNormalized(s: string): SpanBuffer {
  const out = new SpanBuffer(Math.max(16, s.length >> 2));
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || (c >= 0x80 && classAt(s, i) === SPACE)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d === 0x20 || d === 0x0a || d === 0x09 || (d >= 0x80 && classAt(s, j) === SPACE)) break;
      j++;
    }
    tokenizeChunk(s, out, i, j);
    i = j;
  }
  return out;
}

