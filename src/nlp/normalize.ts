/**
 * Character normalisation for news text that keeps a map back to the original string, so that
 * tokens can carry offsets into the input while their text uses the forms the tagger and parser
 * were trained on (UD English EWT: straight quotes, `-` and `--` for dashes, `...`).
 */

/** Normalised text plus, for every UTF-16 unit of it, the span of the original input it came from. */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `starts[i]` is the offset in the original input of the character that produced `text[i]`. */
  starts: Int32Array;
  /** `ends[i]` is the offset one past the original character (or entity) that produced `text[i]`. */
  ends: Int32Array;
}

/**
 * Named HTML entities decoded by `normalize`: the ones met in scraped news pages. Others are left
 * as they are (a literal `&name;` in text is rare and harmless).
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A',
  ldquo: '\u201C', rdquo: '\u201D', bdquo: '\u201E', laquo: '\u00AB', raquo: '\u00BB',
  lsaquo: '\u2039', rsaquo: '\u203A', hellip: '\u2026', bull: '\u2022', middot: '\u00B7',
  shy: '\u00AD', zwj: '\u200D', zwnj: '\u200C', copy: '\u00A9', reg: '\u00AE', trade: '\u2122',
  deg: '\u00B0', euro: '\u20AC', pound: '\u00A3', yen: '\u00A5', cent: '\u00A2', sect: '\u00A7',
  para: '\u00B6', times: '\u00D7', divide: '\u00F7', minus: '\u2212', plusmn: '\u00B1',
  frac12: '\u00BD', frac14: '\u00BC', frac34: '\u00BE', prime: '\u2032', Prime: '\u2033',
  aacute: '\u00E1', Aacute: '\u00C1', eacute: '\u00E9', Eacute: '\u00C9', iacute: '\u00ED',
  Iacute: '\u00CD', oacute: '\u00F3', Oacute: '\u00D3', uacute: '\u00FA', Uacute: '\u00DA',
  agrave: '\u00E0', egrave: '\u00E8', ograve: '\u00F2', acirc: '\u00E2', ecirc: '\u00EA',
  ocirc: '\u00F4', icirc: '\u00EE', ucirc: '\u00FB', auml: '\u00E4', Auml: '\u00C4',
  euml: '\u00EB', iuml: '\u00EF', ouml: '\u00F6', Ouml: '\u00D6', uuml: '\u00FC', Uuml: '\u00DC',
  ntilde: '\u00F1', Ntilde: '\u00D1', ccedil: '\u00E7', Ccedil: '\u00C7', atilde: '\u00E3',
  otilde: '\u00F5', aring: '\u00E5', oslash: '\u00F8', szlig: '\u00DF',
};

/** Longest entity we try to read, so a stray `&` never makes the scan look far ahead. */
const MAX_ENTITY = 12;

/**
 * What one input character becomes: a replacement string, `''` to drop it, or `null` to keep it.
 * EWT writes straight quotes, `-` for hyphens and ranges, `--` for the long dash, `...` for the
 * ellipsis, so those are the forms the tagger knows.
 */
function mapChar(c: number): string | null {
  if (c < 0x80) {
    if (c === 0x09 || c === 0x0a || c === 0x20) return null;
    if (c < 0x20 || c === 0x7f) return ' ';
    return null;
  }
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x2039: case 0x203a:
    case 0x02bc: case 0xff07: case 0x00b4: // ´ is typed for an apostrophe ("I´m")
      return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
    case 0xff02:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xfe63: case 0xff0d:
      return '-';
    case 0x2014: case 0x2015: case 0x2e3a:
      return '--';
    case 0x2026:
      return '...';
    case 0x00a0: case 0x1680: case 0x202f: case 0x205f: case 0x3000:
      return ' ';
    case 0x0085: case 0x2028: case 0x2029:
      return '\n';
    case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff: case 0x00ad: case 0x180e:
      return '';
    case 0xfffe: case 0xffff:
      return '\uFFFD';
  }
  if (c >= 0x2000 && c <= 0x200a) return ' ';
  if (c >= 0x80 && c <= 0x9f) return ' ';
  if (c >= 0x202a && c <= 0x202e) return ''; // bidi embeddings: invisible, would split words
  if (c >= 0x2066 && c <= 0x2069) return '';
  return null;
}

function isAlnumAscii(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Decodes the entity starting at `i` (which holds `&`): its text and length, or null. */
function readEntity(s: string, i: number): { value: string; length: number } | null {
  const n = s.length;
  let j = i + 1;
  if (j < n && s.charCodeAt(j) === 0x23 /* # */) {
    j++;
    let hex = false;
    if (j < n && (s.charCodeAt(j) | 0x20) === 0x78 /* x */) {
      hex = true;
      j++;
    }
    const digitsStart = j;
    let value = 0;
    while (j < n && j - i <= MAX_ENTITY) {
      const c = s.charCodeAt(j);
      let d: number;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) d = (c | 0x20) - 0x61 + 10;
      else break;
      value = value * (hex ? 16 : 10) + d;
      j++;
    }
    if (j === digitsStart || j >= n || s.charCodeAt(j) !== 0x3b /* ; */) return null;
    // As browsers do: NUL, surrogates and out-of-range code points become U+FFFD.
    const valid = value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff);
    return { value: valid ? String.fromCodePoint(value) : '\uFFFD', length: j + 1 - i };
  }
  while (j < n && j - i <= MAX_ENTITY && isAlnumAscii(s.charCodeAt(j))) j++;
  if (j === i + 1 || j >= n || s.charCodeAt(j) !== 0x3b) return null;
  const value = NAMED_ENTITIES[s.slice(i + 1, j)];
  return value === undefined ? null : { value, length: j + 1 - i };
}

/**
 * Normalises `input` for tokenization and keeps the offset map back to it: HTML entities decoded,
 * curly quotes straightened, dashes and the ellipsis written as EWT writes them, Unicode spaces
 * and control characters turned into spaces, zero-width and bidi marks dropped, lone surrogates
 * replaced by U+FFFD, `\r\n` and lone `\r` turned into `\n`. Linear in the input length.
 */
export function normalize(input: string): Normalized {
  const n = input.length;
  // Expansions (… → ..., — → --, astral entities) are rare: allow some slack, grow if needed.
  let cap = n + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  const parts: string[] = [];
  let len = 0;
  let runStart = 0; // start of the current run of unchanged characters
  const push = (piece: string, from: number, to: number): void => {
    if (len + piece.length > cap) {
      cap = Math.max(cap * 2, len + piece.length + 16);
      const s2 = new Int32Array(cap);
      s2.set(starts.subarray(0, len));
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends.subarray(0, len));
      ends = e2;
    }
    for (let k = 0; k < piece.length; k++) {
      starts[len] = from;
      ends[len] = to;
      len++;
    }
    parts.push(piece);
  };
  const flushRun = (upTo: number): void => {
    if (upTo <= runStart) return;
    if (len + (upTo - runStart) > cap) {
      cap = Math.max(cap * 2, len + (upTo - runStart) + 16);
      const s2 = new Int32Array(cap);
      s2.set(starts.subarray(0, len));
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends.subarray(0, len));
      ends = e2;
    }
    for (let k = runStart; k < upTo; k++) {
      starts[len] = k;
      ends[len] = k + 1;
      len++;
    }
    parts.push(input.slice(runStart, upTo));
  };
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    // Fast path: printable ASCII other than & never changes.
    if (c >= 0x20 && c < 0x7f && c !== 0x26) {
      i++;
      continue;
    }
    let replacement: string | null = null;
    let width = 1;
    if (c === 0x26 /* & */) {
      const ent = readEntity(input, i);
      if (ent) {
        width = ent.length;
        // The decoded character is normalised like a literal one (&rsquo; → ').
        const code = ent.value.charCodeAt(0);
        const mapped = ent.value.length === 1 ? mapChar(code) : null;
        replacement = mapped ?? ent.value;
      }
    } else if (c === 0x0d /* \r */) {
      replacement = i + 1 < n && input.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = input.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i += 2; // a valid pair: kept as it is
          continue;
        }
      }
      replacement = '\uFFFD';
    } else {
      replacement = mapChar(c);
    }
    if (replacement === null) {
      i++;
      continue;
    }
    flushRun(i);
    if (replacement.length > 0) push(replacement, i, i + width);
    i += width;
    runStart = i;
  }
  if (runStart === 0) {
    // Nothing changed: skip the join.
    flushRun(n);
    return { text: input, starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
  }
  flushRun(n);
  return { text: parts.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** The normalised text only (same rules as `normalize`), for comparing forms. */
export function normalizeText(input: string): string {
  return normalize(input).text;
}
