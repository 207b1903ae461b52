/**
 * Text → sentences of tokens: normalisation, tokenization and sentence splitting, with every
 * token's offsets pointing into the original input string.
 */
import type { Sentence, Token } from '../model/index.js';
import { normalize, type Normalized } from './normalize.js';
import { SpanBuffer, tokenizeNormalized } from './tokenize.js';
import { splitSentences, type SplitOptions } from './sentences.js';

/** Options of `segment`. */
export type SegmentOptions = SplitOptions;

/**
 * Merges tokens whose boundary falls inside one original character (an expanded `…` or `—`, an
 * entity decoding to a surrogate pair) or inside a surrogate pair, so that original offsets of
 * tokens never overlap.
 */
function mergeSplitCharacters(s: string, norm: Normalized, tokens: SpanBuffer): SpanBuffer {
  let needed = false;
  for (let k = 1; k < tokens.length; k++) {
    if (crossesCharacter(s, norm, tokens.end(k - 1), tokens.start(k))) {
      needed = true;
      break;
    }
  }
  if (!needed) return tokens;
  const out = new SpanBuffer(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const a = tokens.start(k);
    const b = tokens.end(k);
    if (out.length > 0 && crossesCharacter(s, norm, out.end(out.length - 1), a)) {
      out.data[(out.length - 1) * 2 + 1] = b;
    } else {
      out.push(a, b);
    }
  }
  return out;
}

function crossesCharacter(s: string, norm: Normalized, prevEnd: number, start: number): boolean {
  if (prevEnd !== start || start === 0) return false;
  if (norm.starts[start] === norm.starts[start - 1]) return true;
  const c = s.charCodeAt(start);
  const p = s.charCodeAt(start - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

/**
 * Splits `text` into sentences of UD (EWT-style) tokens. Token `text` is the normalised form
 * (straight quotes, `--` for the long dash, entities decoded); `start`/`end` index `text` as given.
 * Never throws on a string; sentences are capped at MAX_SENTENCE_TOKENS tokens.
 */
export function segment(text: string, options: SegmentOptions = {}): Sentence[] {
  if (typeof text !== 'string') throw new TypeError(`segment: expected a string, got ${typeof text}`);
  const norm = normalize(text);
  const s = norm.text;
  const tokens = mergeSplitCharacters(s, norm, tokenizeNormalized(s));
  const split = splitSentences(s, tokens, options);
  const spans = split.tokens;
  const sentences: Sentence[] = [];
  let from = 0;
  for (const to of split.ends) {
    const toks: Token[] = [];
    for (let k = from; k < to; k++) {
      const a = spans.start(k);
      const b = spans.end(k);
      toks.push({
        index: k - from,
        text: s.slice(a, b),
        start: norm.starts[a],
        end: norm.ends[b - 1],
        spaceAfter: !(k + 1 < spans.length && spans.start(k + 1) === b),
      });
    }
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    sentences.push({ index: sentences.length, text: text.slice(start, end), start, end, tokens: toks });
    from = to;
  }
  return sentences;
}

/** The tokens of `text` without sentence structure (indices run over the whole text). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const sentence of segment(text)) {
    for (const t of sentence.tokens) out.push({ ...t, index: out.length });
  }
  return out;
}
