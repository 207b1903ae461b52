/**
 * Datelines: "KHARTOUM, April 17 (AFP) - Sudan's army and ...", "WASHINGTON (Reuters) — ...". A dateline is
 * no part of the sentence's grammar; the parser, trained on text without them, hangs the sentence on the
 * place name. `parseSentence` parses the dateline and the sentence apart and joins them.
 */

/** The dashes that end a dateline. */
const DATELINE_DASHES = new Set(['—', '–', '--', '-']);

/** A dateline is at most this many tokens, its dash included. */
const MAX_DATELINE = 14;

/**
 * The number of tokens of the dateline that opens a sentence (through its dash), or 0 when there is none: a
 * place in capitals ("KHARTOUM", "NEW DELHI"), then only capitalised words, numbers and punctuation ("April 17
 * (AFP)"), then a dash (a hyphen set apart by spaces), and at least two words after it.
 */
export function datelineLength(tokens: readonly { text: string; spaceAfter: boolean }[]): number {
  const first = tokens[0]?.text ?? '';
  if (first.length < 3 || !/^[A-Z][A-Z.'-]+$/.test(first)) return 0;
  const limit = Math.min(MAX_DATELINE, tokens.length - 2);
  for (let k = 1; k < limit; k++) {
    const t = tokens[k]!;
    // (a hyphen only with spaces around it: "NATO-led" is no dateline)
    if (DATELINE_DASHES.has(t.text)) return t.text !== '-' || (tokens[k - 1]!.spaceAfter && t.spaceAfter) ? k + 1 : 0;
    if (/^\p{Ll}/u.test(t.text)) return 0;
  }
  return 0;
}

/**
 * The tokens [start, end) of the credit in parentheses inside a sentence's dateline, "(Reuters)" in "KABUL, Jan 5
 * (Reuters) - ...", or null: the agency that wrote the story, which is no actor of it.
 */
export function datelineCredit(tokens: readonly { text: string; spaceAfter: boolean }[]): { start: number; end: number } | null {
  // (only the dateline's tokens are read: most sentences have none, and the scan ends at once)
  const n = datelineLength(tokens);
  let open = -1;
  for (let k = 0; k < n; k++) {
    if (tokens[k]!.text === '(') open = k;
    else if (tokens[k]!.text === ')' && open >= 0) return { start: open, end: k + 1 };
  }
  return null;
}
