/** Scoring a parser against a gold CoNLL-U file with gold tokenization (CoNLL 2018 style, punctuation included). */
import type { ConlluSentence } from './conllu.js';
import type { Nlp } from './index.js';

/** Scores of `evaluateNlp`: accuracies are fractions 0-1 over all tokens. */
export interface EvalResult {
  sentences: number;
  tokens: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  /** Tagging + lemmatizing + parsing speed on the gold tokens (tokenization not included). */
  tokensPerSecond: number;
}

/** Tags and parses every gold sentence from its gold words and compares with the gold annotation. */
export function evaluateNlp(nlp: Nlp, gold: ConlluSentence[]): EvalResult {
  const words = gold.map((s) => s.tokens.map((t) => t.form));
  const t0 = performance.now();
  const predicted = words.map((w) => nlp.annotate(w));
  const seconds = (performance.now() - t0) / 1000;
  let tokens = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  gold.forEach((s, k) => {
    const pred = predicted[k];
    s.tokens.forEach((t, i) => {
      const p = pred[i];
      tokens++;
      if (p.upos === t.upos) upos++;
      if (p.xpos === t.xpos) xpos++;
      if (p.lemma === t.lemma) lemma++;
      if (p.head + 1 === t.head) {
        uas++;
        // Relations are compared with subtypes, as the UD English EWT treebank writes them.
        if (p.deprel === t.deprel) las++;
      }
    });
  });
  const frac = (k: number): number => (tokens === 0 ? 0 : k / tokens);
  return {
    sentences: gold.length,
    tokens,
    upos: frac(upos),
    xpos: frac(xpos),
    lemma: frac(lemma),
    uas: frac(uas),
    las: frac(las),
    tokensPerSecond: seconds > 0 ? Math.round(tokens / seconds) : 0,
  };
}
