import type { EventRecord, ParsedSentence } from '../model/index.js';

/** A character range [start, end) inside a sentence's text. */
export interface CharSpan {
  start: number;
  end: number;
}

/** Where source, target and predicate of an event sit in its sentence text, as character offsets. */
export interface EventSpans {
  source: CharSpan | null;
  target: CharSpan | null;
  predicate: CharSpan | null;
}

type TokenSpan = { start: number; end: number; text: string } | null;

/**
 * Converts an event's token spans to character offsets in its sentence text, so the dashboard can
 * highlight without knowing about tokens. Falls back to finding the evidence words in the text
 * when the parsed sentence is missing or does not match (hand-made or recoded records).
 */
export function eventSpans(event: EventRecord, sentence: ParsedSentence | undefined): EventSpans {
  const text = event.sentence.text;
  const toChars = (span: TokenSpan): CharSpan | null => {
    if (!span) return null;
    if (sentence && sentence.text === text && span.start >= 0 && span.end > span.start && span.end <= sentence.tokens.length) {
      const first = sentence.tokens[span.start];
      const last = sentence.tokens[span.end - 1];
      const start = first.start - sentence.start;
      const end = last.end - sentence.start;
      if (start >= 0 && end <= text.length && start < end) return { start, end };
    }
    const at = span.text ? text.indexOf(span.text) : -1;
    return at >= 0 ? { start: at, end: at + span.text.length } : null;
  };
  return {
    source: toChars(event.evidence.source),
    target: toChars(event.evidence.target),
    predicate: toChars(event.evidence.predicate),
  };
}
