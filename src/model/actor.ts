/**
 * An actor as it appears in an event: its CAMEO-style code and where it came from.
 * Codes are a three-letter country (ISO 3166 alpha-3) or group code followed by role codes, e.g.
 * `RUSGOV`, `AFGMIL`, `IGOUNO`, `TAL`.
 */
export interface Actor {
  /** Full code, e.g. `RUSGOV`. */
  code: string;
  /** The words of the mention, e.g. `Russian ambassador to Afghanistan`. */
  text: string;
  /** ISO 3166 alpha-3 country, or null for international and non-state actors without one. */
  country: string | null;
  /** Role codes after the country, e.g. `['GOV']`. */
  roles: string[];
  /** Named group or organisation id inside the code (`TAL` in `AFGINSTAL`, `NATO` in `IGONATO`), if any. */
  group?: string | null;
}

/** An actor found in a sentence: the actor plus the token span and the dictionary entries used. */
export interface ActorMention extends Actor {
  /** Sentence index in the document. */
  sentence: number;
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
  /** Index of the head token of the mention (the noun the parse attaches to predicates). */
  head: number;
  /** Ids of the dictionary entries that produced the code (e.g. `countries:AFG`, `roles:GOV/minister`). */
  entries: string[];
  /** True when the actor was carried over from an earlier mention ("the country", "it"). */
  carried?: boolean;
}
