import type { Actor } from './actor.js';
import type { Location } from './location.js';

/** The evidence behind an event: token spans in the sentence and the rules that fired. */
export interface Evidence {
  /** Token span of the predicate (verb or event noun), [start, end) in the sentence. */
  predicate: { start: number; end: number; text: string };
  source: { start: number; end: number; text: string } | null;
  target: { start: number; end: number; text: string } | null;
  /** Id of the lexicon entry (or PETRARCH pattern) that gave the code. */
  lexicon: string;
  /** Ids of the dictionary entries behind source and target. */
  dictionary: string[];
  /** Free-form notes on how the coder got there (passive, carried actor, reported speech, ...). */
  notes?: string[];
}

/** PLOVER type and mode for a CAMEO code (from the CAMEO-to-PLOVER table). */
export interface Plover {
  type: string;
  mode: string | null;
  context?: string | null;
}

/** A coded event: the contract record every output and store uses (see DESIGN.md). */
export interface EventRecord {
  /** Stable id: hash of docId, sentence index, code, source and target codes, predicate span. */
  id: string;
  docId: string;
  sentence: { index: number; text: string };
  /** ISO `YYYY-MM-DD`. */
  date: string | null;
  source: Actor | null;
  target: Actor | null;
  /** CAMEO code, e.g. `042`. */
  code: string;
  /** CAMEO root, e.g. `04`. */
  root: string;
  name: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: Plover | null;
  negated: boolean;
  location: Location | null;
  evidence: Evidence;
}
