import type { ParsedSentence, ParsedToken, Upos } from '../model/parse.js';

const UPOS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);
const NO_SPACE_BEFORE = /^(?:'s|'|[,.;:!?)\]%]|n't)$/;

/**
 * Builds a ParsedSentence from a compact notation, so matcher tests do not need the parser:
 * space-separated `text/UPOS/deprel/head[/lemma]`, heads 1-based as in CoNLL-U (0 = root).
 * Example: `Russian/ADJ/amod/2 ambassador/NOUN/nsubj/3 left/VERB/root/0`.
 * A token written `-` or followed by `'s` or punctuation is joined without a space.
 */
export function buildSentence(notation: string, index = 0): ParsedSentence {
  const parts = notation.trim().split(/\s+/);
  const tokens: ParsedToken[] = [];
  let offset = 0;
  let text = '';
  parts.forEach((part, i) => {
    const fields = part.split('/');
    // a token whose text contains '/' is written with '\/' (rare in tests)
    if (fields.length < 4) throw new Error(`buildSentence: token ${i + 1} needs text/UPOS/deprel/head (${part})`);
    const [word, upos, deprel, head, lemma] = fields as [string, string, string, string, string | undefined];
    if (!UPOS.has(upos)) throw new Error(`buildSentence: token ${i + 1} has unknown UPOS (${upos})`);
    const h = Number(head);
    if (!Number.isInteger(h) || h < 0 || h > parts.length) throw new Error(`buildSentence: token ${i + 1} has a bad head (${head})`);
    const w = word.replace(/_/g, ' ');
    tokens.push({
      index: i,
      text: w,
      start: offset,
      end: offset + w.length,
      spaceAfter: true,
      upos: upos as Upos,
      xpos: '',
      lemma: lemma ?? w.toLowerCase(),
      head: h - 1,
      deprel,
    });
    offset += w.length + 1;
  });
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!.text;
    if (NO_SPACE_BEFORE.test(next) || next === '-' || tokens[i]!.text === '-') tokens[i]!.spaceAfter = false;
  }
  offset = 0;
  for (const t of tokens) {
    t.start = offset;
    t.end = offset + t.text.length;
    text += t.text + (t.spaceAfter ? ' ' : '');
    offset = text.length;
  }
  return { index, text: text.trimEnd(), start: 0, end: text.trimEnd().length, tokens };
}
