/** A token of the normalised text, with character offsets into the original (un-normalised) input. */
export interface Token {
  /** 0-based position in its sentence. */
  index: number;
  /** Surface form as it appears in the normalised text (curly quotes straightened etc.). */
  text: string;
  /** Character offset of the first character in the document text (UTF-16 code units, as JS strings). */
  start: number;
  /** Character offset one past the last character in the document text. */
  end: number;
  /** True when the token is directly followed by the next one with no space (CoNLL-U SpaceAfter=No). */
  spaceAfter: boolean;
}

/** A sentence: its tokens and its span of the document text. */
export interface Sentence {
  /** 0-based position in the document. */
  index: number;
  /** The sentence text as written (a slice of the document text). */
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}
