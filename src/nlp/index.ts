/**
 * The nlp stage: sentences and tokens (segment), tags, lemmas and UD dependency parses.
 * Other stages import only from this file.
 */
import { resolve } from 'node:path';
import type { ParsedSentence, ParsedToken, Sentence, Upos } from '../model/index.js';
import { dataPath } from '../paths.js';
import { segment } from './segment.js';
import { readConllu, writeConllu } from './conllu.js';
import { loadModels, type LoadedModels } from './models.js';
import { computeWordInfo } from './tagger.js';
import { datelineCredit, datelineLength } from './dateline.js';

export { segment, readConllu, writeConllu, datelineCredit, datelineLength };
export { evaluateNlp, type EvalResult } from './evaluate.js';
export type { ConlluSentence, ConlluToken, ConlluMultiword, ConlluProblem, WriteConlluOptions } from './conllu.js';

/** Annotation of one word: tags, lemma, head (0-based, -1 for the root) and UD relation. */
export interface WordAnnotation {
  upos: Upos;
  xpos: string;
  lemma: string;
  head: number;
  deprel: string;
}

/** The loaded tagger, lemmatizer and parser. */
export interface Nlp {
  /** Segments raw text and parses every sentence. */
  parse(text: string): ParsedSentence[];
  /** Tags, lemmatizes and parses one already tokenized sentence. */
  parseSentence(s: Sentence): ParsedSentence;
  /** Tags, lemmatizes and parses a list of words (one sentence). */
  annotate(words: string[]): WordAnnotation[];
}

/** Default model directory: `data/models/` of the package. */
export const defaultModelDir: string = dataPath('models');

function annotateWith(m: LoadedModels, words: string[]): WordAnnotation[] {
  if (words.length === 0) return [];
  const x = computeWordInfo(words);
  const tags = m.tagger.tagInfo(x);
  const { heads, labels } = m.parser.parse(x, tags);
  const classes = m.tagger.meta.classes;
  const out: WordAnnotation[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const [upos, xpos] = classes[tags[i]];
    out[i] = {
      upos,
      xpos,
      lemma: m.lemmatizer.lemmatize(words[i], xpos),
      head: heads[i],
      deprel: m.parser.labels[labels[i]] ?? 'dep',
    };
  }
  return out;
}

/** One tree of a dateline's parse and its sentence's: the dateline's root hangs on the sentence's root as `dep`. */
function joinDateline(dateline: WordAnnotation[], rest: WordAnnotation[]): WordAnnotation[] {
  const n = dateline.length;
  const root = n + rest.findIndex((a) => a.head < 0);
  return [
    ...dateline.map((a) => (a.head < 0 ? { ...a, head: root, deprel: 'dep' } : a)),
    ...rest.map((a) => (a.head < 0 ? a : { ...a, head: a.head + n })),
  ];
}

function makeNlp(m: LoadedModels): Nlp {
  const parseSentence = (s: Sentence): ParsedSentence => {
    const words = s.tokens.map((t) => t.text);
    const d = datelineLength(s.tokens);
    const ann = d ? joinDateline(annotateWith(m, words.slice(0, d)), annotateWith(m, words.slice(d))) : annotateWith(m, words);
    const tokens: ParsedToken[] = s.tokens.map((t, i) => {
      const a = ann[i];
      return {
        index: t.index, text: t.text, start: t.start, end: t.end, spaceAfter: t.spaceAfter,
        upos: a.upos, xpos: a.xpos, lemma: a.lemma, head: a.head, deprel: a.deprel,
      };
    });
    return { index: s.index, text: s.text, start: s.start, end: s.end, tokens };
  };
  return {
    annotate: (words) => annotateWith(m, words),
    parseSentence,
    parse: (text) => segment(text).map(parseSentence),
  };
}

const cache = new Map<string, Nlp>();

/** Loads the models from `modelDir` (default `data/models/`), once per directory; synchronous. */
export function loadNlp(modelDir: string = defaultModelDir): Nlp {
  const dir = resolve(modelDir);
  let nlp = cache.get(dir);
  if (!nlp) {
    nlp = makeNlp(loadModels(dir));
    cache.set(dir, nlp);
  }
  return nlp;
}
