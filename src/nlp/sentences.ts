/**
 * Sentence splitting on the token stream of normalised text: terminal punctuation with the
 * closing quotes after it, abbreviations and initials, datelines, paragraph and line breaks, and
 * a hard cap on sentence length. One pass, linear in the number of tokens.
 */
import { LOWERCASE_OPENERS, MONTHS, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations.js';
import { SpanBuffer } from './tokenize.js';

/**
 * Longest sentence, in tokens. A longer run (a 10 MB line without punctuation, a 2,000-token list)
 * is cut at this length so the tagger and parser always get bounded input.
 */
export const MAX_SENTENCE_TOKENS = 250;

/** Sentences as token ranges over a token buffer (which may hold more tokens than the input). */
export interface SentenceSpans {
  /** Token spans in the normalised text; a sentence-final abbreviation is split ("etc." → etc .). */
  tokens: SpanBuffer;
  /** `ends[k]` is the index one past the last token of sentence k; sentence k starts at `ends[k-1]` (or 0). */
  ends: number[];
}

/** Options of `splitSentences`. */
export interface SplitOptions {
  /** Cap on sentence length in tokens (default MAX_SENTENCE_TOKENS). */
  maxTokens?: number;
}

/** Lower-case words that a line cannot end with if the next line continues the sentence. */
const CONTINUES = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'but',
  'as', 'that', 'than', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'said',
  'his', 'her', 'its', 'their', 'our', 'into', 'over', 'about', 'after', 'before', 'between',
  'against', 'who', 'which', 'will', 'would', 'not', 'this', 'these', 'told', 'says', 'say',
]);

/** Punctuation a line cannot end with if the next line continues the sentence. */
const CONTINUES_PUNCT = new Set([',', ';', ':', '-', '--', '---', '&', '/', '(', '[', '{', '+', '=']);

/** Closing punctuation that stays with the sentence it follows when attached to it. */
const CLOSERS = new Set(['"', "'", ')', ']', '}', "''", '>>', '>']);

/** List bullets: a line starting with one starts a sentence, whatever follows. */
const BULLETS = new Set(['*', '\u2022', '\u25AA', '\u25CF', '\u00B7', '-']);

/** Opening punctuation that may start a sentence. */
const OPENERS = new Set(['"', "'", '(', '[', '``', '<<', '-', '*', '--', '#', '>']);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigitChar(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** True for emoticon tokens such as `:)`, `;-)`, `:D`. */
function isEmoticon(t: string): boolean {
  if (t.length < 2 || t.length > 3) return false;
  const c = t[0];
  return (c === ':' || c === ';' || c === '=') && t !== '::' && t !== ';;' && t[1] !== c && t[1] !== '=';
}

function hasNewline(s: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (s.charCodeAt(p) === 0x0a) return true;
  return false;
}

/** Layout of the text, to tell headlines and short lines from hard-wrapped prose. */
interface Layout {
  wrapped: boolean;
  maxLine: number;
}

function measureLayout(s: string): Layout {
  let maxLine = 0;
  let lines = 0;
  let lineStart = 0;
  const lengths: number[] = [];
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 0x0a) {
      const len = i - lineStart;
      if (len > 0) {
        lines++;
        if (len > maxLine) maxLine = len;
        if (lengths.length < 1000) lengths.push(len);
      }
      lineStart = i + 1;
    }
  }
  // Hard-wrapped prose: many lines wrapped at 50 to 110 characters, most close to the longest.
  let long = 0;
  for (const len of lengths) if (len >= 0.6 * maxLine) long++;
  const wrapped = lines >= 4 && maxLine >= 50 && maxLine <= 110 && long >= 0.5 * lengths.length;
  return { wrapped, maxLine };
}

/**
 * Splits a token stream into sentences. `s` is the normalised text and `tokens` its spans from
 * `tokenizeNormalized`. Never produces an empty sentence or one longer than the cap.
 */
export function splitSentences(s: string, tokens: SpanBuffer, options: SplitOptions = {}): SentenceSpans {
  const maxTokens = options.maxTokens ?? MAX_SENTENCE_TOKENS;
  if (!Number.isInteger(maxTokens) || maxTokens < 1) throw new RangeError(`Invalid maxTokens: ${maxTokens} (expected an integer >= 1)`);
  const n = tokens.length;
  const out = new SpanBuffer(n + 16);
  const ends: number[] = [];
  if (n === 0) return { tokens: out, ends };
  const layout = measureLayout(s);
  const text = (k: number): string => s.slice(tokens.start(k), tokens.end(k));
  const attached = (k: number): boolean => tokens.end(k - 1) === tokens.start(k);
  let sentStart = 0; // index in `out` of the first token of the current sentence
  let lineStart = 0;

  /** True when token k looks like the first token of a sentence. */
  const opensSentence = (k: number): boolean => {
    if (k >= n) return true;
    const t = text(k);
    const c = t[0];
    if (isUpper(c) || isDigitChar(c)) return true;
    if (OPENERS.has(t)) {
      if (k + 1 >= n) return true;
      const c2 = s[tokens.start(k + 1)];
      return !isLower(c2);
    }
    return false;
  };
  /** True when token k is a capitalised word that usually opens a sentence ("The", "He", "In"). */
  const isOpenerWord = (k: number): boolean => {
    if (k >= n) return true;
    let t = text(k);
    if (OPENERS.has(t) && k + 1 < n) t = text(k + 1);
    return isUpper(t[0]) && SENTENCE_OPENERS.has(t.toLowerCase());
  };
  const endSentence = (): void => {
    if (out.length > sentStart) {
      ends.push(out.length);
      sentStart = out.length;
    }
  };
  /** Ends the sentence; a final abbreviation gives up its period, as EWT writes it ("etc ."). */
  const endWithPeriodSplit = (): void => {
    const last = out.length - 1;
    const a = out.start(last);
    const b = out.end(last);
    if (b - a >= 2 && s.charCodeAt(b - 1) === 0x2e && s.charCodeAt(b - 2) !== 0x2e && out.length - sentStart < maxTokens) {
      out.data[last * 2 + 1] = b - 1;
      out.push(b - 1, b);
    }
    endSentence();
  };

  for (let t = 0; t < n; t++) {
    out.push(tokens.start(t), tokens.end(t));
    const tokStart = tokens.start(t);
    const tokEnd = tokens.end(t);
    const first = s.charCodeAt(tokStart);
    const terminal = first === 0x2e || first === 0x21 || first === 0x3f;
    const abbrev = !terminal && tokEnd - tokStart >= 2 && s.charCodeAt(tokEnd - 1) === 0x2e;
    // Most tokens are neither: skip the slice.
    const tok = terminal || abbrev ? s.slice(tokStart, tokEnd) : '';
    // Closing quotes and brackets attached to a terminal mark belong to its sentence, and so
    // does an emoticon after it on the same line ("Great service! :)").
    let absorbed = false;
    if (terminal || abbrev) {
      while (t + 1 < n && (attached(t + 1) ? CLOSERS.has(text(t + 1)) : isEmoticon(text(t + 1)) && !hasNewline(s, tokens.end(t), tokens.start(t + 1))) &&
        out.length - sentStart < maxTokens) {
        t++;
        absorbed = true;
        out.push(tokens.start(t), tokens.end(t));
      }
    }
    // An abbreviation that ends a sentence gives its period to the sentence ("etc ."), as EWT does.
    const finish = abbrev && !absorbed ? endWithPeriodSplit : endSentence;
    if (out.length - sentStart >= maxTokens) {
      endSentence();
      continue;
    }
    if (t === n - 1) {
      finish();
      break;
    }
    // Whitespace between this token and the next: paragraph break, line break or plain space.
    const thisLineStart = lineStart;
    let newlines = 0;
    let newlineAt = -1;
    for (let p = tokens.end(t); p < tokens.start(t + 1); p++) {
      if (s.charCodeAt(p) === 0x0a) {
        newlines++;
        if (newlineAt < 0) newlineAt = p;
        lineStart = p + 1;
      }
    }
    const lineLength = newlineAt >= 0 ? newlineAt - thisLineStart : 0;
    if (newlines >= 2) {
      finish();
      continue;
    }
    if (newlines === 0 && !terminal && !abbrev) continue;
    const next = t + 1;
    const nextText = text(next);
    const c = nextText[0];
    if (terminal || (abbrev && absorbed)) {
      // . ! ? ... (or an abbreviation and a closing quote): ends the sentence unless inner
      // punctuation or a lower-case word follows.
      if (nextText === ',' || nextText === ';' || nextText === ':' || nextText === ')') continue;
      // "(until gone?)." : the mark inside the bracket does not end it, the one after may.
      if (absorbed && (c === '.' || c === '!' || c === '?')) continue;
      const ellipsis = tok.length >= 2 && tok[0] === '.' && tok[1] === '.';
      if (isLower(c)) {
        // Web text often starts sentences in lower case ("... dogs. i used to"): accepted only
        // before a word that typically opens a sentence, so "approx. two" stays whole.
        // After a closing quote a lower-case word is the reporting clause ("Why?" he asked).
        if (ellipsis || absorbed || (tok[0] === '.' && !LOWERCASE_OPENERS.has(nextText) && !longWordBefore(t))) continue;
      }
      if (ellipsis && !opensSentence(next)) continue;
      endSentence();
      continue;
    }
    if (abbrev) {
      const lower = tok.slice(0, -1).toLowerCase();
      let final: boolean;
      if (NEVER_FINAL.has(lower)) final = false;
      else if (MONTHS.has(lower) && isDigitChar(c)) final = false;
      else final = isOpenerWord(next);
      if (!final && newlines === 1 && !NEVER_FINAL.has(lower) && opensSentence(next) && lineBreakEnds(t, lineLength)) final = true;
      if (final) endWithPeriodSplit();
      continue;
    }
    if (newlines === 1 && (opensSentence(next) || BULLETS.has(nextText)) && lineBreakEnds(t, lineLength)) endSentence();
  }
  endSentence();
  return { tokens: out, ends };

  /** True when the token before `t` is a lower-case word of 5+ letters (not an abbreviation). */
  function longWordBefore(k: number): boolean {
    if (k === 0) return false;
    const w = text(k - 1);
    return w.length >= 5 && /^[a-z]+$/.test(w);
  }

  /** A single line break ends a sentence after a headline-like line, not inside wrapped prose. */
  function lineBreakEnds(prev: number, lineLength: number): boolean {
    const p = text(prev);
    if (CONTINUES_PUNCT.has(p)) return false;
    if (CONTINUES.has(p) && isLower(p[0])) return false;
    if (layout.wrapped && lineLength >= 0.7 * layout.maxLine) return false;
    return true;
  }
}
