import type { Sentence, Token } from './text.js';

/** Universal POS tags (UD v2). */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X';

/** A token with its tags, lemma and dependency. */
export interface ParsedToken extends Token {
  upos: Upos;
  /** Penn Treebank tag (UD XPOS column for English). */
  xpos: string;
  lemma: string;
  /** 0-based index of the head token in the same sentence, or -1 for the root. */
  head: number;
  /** UD relation with subtype, e.g. `nsubj:pass`, `obl:agent`, `root`. */
  deprel: string;
}

/** A sentence after tagging and parsing. */
export interface ParsedSentence extends Omit<Sentence, 'tokens'> {
  tokens: ParsedToken[];
}
