import type { Document, EventRecord, ParsedSentence } from '../model/index.js';

/** Versions of the models, dictionaries and lexicon a document was coded with, so `recode` can find stale documents. */
export interface CodedWith {
  models: string;
  dictionaries: string;
  lexicon: string;
}

/** What is stored beside a document: how it was coded and how it relates to earlier documents. */
export interface DocumentMeta {
  codedWith: CodedWith;
  /** Near-duplicate signature from ingest, kept so an index can be rebuilt after a restart. */
  signature?: string | null;
  /** Id of an earlier stored document this one is a near-duplicate of. */
  duplicateOf?: string | null;
}

/** One document with its coding, as written by `saveBatch`. */
export interface BatchItem {
  doc: Document;
  sentences: ParsedSentence[];
  events: EventRecord[];
  meta: DocumentMeta;
}

/** Outcome of a batch write: documents newly stored and documents already present (skipped). */
export interface BatchResult {
  inserted: number;
  skipped: number;
  /** Ids of the documents that were newly stored, in input order. */
  insertedIds: string[];
}

/** A document row as listed: metadata and counts, no body. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  author: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  origin: string | null;
  sentences: number;
  events: number;
  duplicateOf: string | null;
  codedWith: CodedWith | null;
  ingestedAt: string;
}

/** A stored document in full: the document, its parsed sentences and its metadata. */
export interface StoredDocument extends DocumentSummary {
  doc: Document;
  signature: string | null;
  parsed: ParsedSentence[];
}

/** Filter for `listDocuments`. */
export interface DocumentFilter {
  source?: string;
  /** Publication date bounds, inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Case-insensitive substring of the title. */
  text?: string;
  /** true: only near-duplicates; false: only originals; undefined: all. */
  duplicates?: boolean;
  limit?: number;
  cursor?: string | null;
}

/**
 * Filter for events. Actor and code values ending in `*` match by prefix (`RUS*`, `04*`);
 * other values match exactly.
 */
export interface EventFilter {
  /** Source or target. */
  actor?: string;
  source?: string;
  target?: string;
  code?: string;
  root?: string;
  quadClass?: number;
  /** Event date bounds, inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** ISO alpha-3 country of the source or the target. */
  country?: string;
  /**
   * Name of the event's location (from geolocation), case-insensitive (ASCII letters); a trailing
   * `*` matches by prefix (`Kab*`). Events without a location never match.
   */
  place?: string;
  /** ISO alpha-3 country of the event's location (not of its actors). */
  placeCountry?: string;
  /** Case-insensitive substring of the sentence text. */
  text?: string;
  docId?: string;
  /** true: only negated events; false: only affirmed ones; undefined: both. */
  negated?: boolean;
  limit?: number;
  cursor?: string | null;
}

/** A page of results; `next` is the cursor of the following page, or null at the end. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/**
 * One aggregated event, GDELT-style: every mention of the same (date, source, target, code)
 * counted once, with how many sentences, articles and outlets reported it.
 */
export interface AggregateEvent {
  date: string | null;
  source: string | null;
  target: string | null;
  code: string;
  root: string;
  name: string;
  quadClass: number;
  goldstein: number;
  /** Sentences (event records) reporting it. */
  mentions: number;
  /** Distinct documents. */
  articles: number;
  /** Distinct outlets (documents without a source count together as one unknown outlet). */
  sources: number;
  /** Id of the earliest-stored mention, to look up the evidence. */
  firstMention: string;
}

/** Counts of one actor across events matching a filter. */
export interface ActorCount {
  code: string;
  country: string | null;
  events: number;
  asSource: number;
  asTarget: number;
}

/** A weighted directed edge between two actor codes. */
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  /** Events in QuadClass 1–2 (cooperation) and 3–4 (conflict). */
  cooperative: number;
  conflictual: number;
  goldsteinSum: number;
  goldsteinMean: number;
}

/** Interval of a timeseries bucket: the bucket is labelled `YYYY-MM-DD`, `YYYY-MM-DD` (Monday of the ISO week) or `YYYY-MM`. */
export type Interval = 'day' | 'week' | 'month';

/** One bucket of a dyad timeseries in one direction (`ab`: a acts on b, `ba`: b acts on a). */
export interface TimeseriesPoint {
  period: string;
  direction: 'ab' | 'ba';
  events: number;
  /** Events by QuadClass 1..4 (index 0 is QuadClass 1). */
  quadClass: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
}

/** A document that could not be read or coded, with the reason. */
export interface FailureRecord {
  origin: string;
  docId: string | null;
  error: string;
  attempts: number;
  lastAt: string;
}

/** Totals over the whole store. */
export interface StoreStats {
  backend: 'sqlite' | 'postgres';
  schemaVersion: number;
  documents: number;
  nearDuplicates: number;
  sentences: number;
  events: number;
  negatedEvents: number;
  failures: number;
  actors: number;
  firstDate: string | null;
  lastDate: string | null;
  byRoot: Record<string, number>;
  byQuadClass: Record<string, number>;
  codedWith: { codedWith: CodedWith | null; documents: number }[];
}

/**
 * The event store: documents, sentences, events and failures, the same behaviour on every backend.
 * Methods are async so that SQLite (synchronous underneath) and PostgreSQL fit one interface.
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Applies pending migrations; returns how many were applied (0 when up to date). */
  migrate(): Promise<number>;
  /** Writes every item in one transaction: all of the batch is stored or none of it. Documents already stored are skipped. */
  saveBatch(items: BatchItem[]): Promise<BatchResult>;
  /** Stores one document with its coding; false when a document with that id was already stored. */
  putDocument(doc: Document, sentences: ParsedSentence[], events: EventRecord[], meta: DocumentMeta): Promise<boolean>;
  hasDocument(id: string): Promise<boolean>;
  /** Which of `ids` are stored (one query for a whole batch of candidates). */
  existingIds(ids: string[]): Promise<Set<string>>;
  /** Records (or updates) a failure for an origin, with the reason. */
  recordFailure(origin: string, error: string, docId?: string | null): Promise<void>;
  listFailures(limit?: number): Promise<FailureRecord[]>;
  findDocument(id: string): Promise<StoredDocument | undefined>;
  listDocuments(filter?: DocumentFilter): Promise<Page<DocumentSummary>>;
  /** Near-duplicate signatures of stored originals, oldest first, to rebuild an index after a restart. */
  listSignatures(): Promise<{ id: string; signature: string }[]>;
  /** One event by id, or undefined. */
  findEvent(id: string): Promise<EventRecord | undefined>;
  /** Events ordered by (date, id); unknown dates first. */
  queryEvents(filter?: EventFilter): Promise<Page<EventRecord>>;
  /** GDELT-style aggregation; negated events are left out unless `filter.negated` is true. */
  aggregateEvents(filter?: EventFilter): Promise<Page<AggregateEvent>>;
  stats(): Promise<StoreStats>;
  /** Events between two actors in both directions, bucketed by interval (events without a date are left out). */
  dyadTimeseries(a: string, b: string, interval: Interval, filter?: EventFilter): Promise<TimeseriesPoint[]>;
  topActors(filter?: EventFilter, limit?: number): Promise<ActorCount[]>;
  network(filter?: EventFilter, limit?: number): Promise<NetworkEdge[]>;
  /** Replaces a stored document's sentences and events with a new coding (used by recode), in one transaction. */
  replaceCoding(docId: string, sentences: ParsedSentence[], events: EventRecord[], codedWith: CodedWith): Promise<void>;
  close(): Promise<void>;
}
