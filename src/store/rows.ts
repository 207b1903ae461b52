import type { Actor, Document, EventRecord, Location, ParsedSentence } from '../model/index.js';
import type { CodedWith, DocumentSummary, FailureRecord, StoredDocument } from './types.js';

// Row shapes of both backends. They never leave store/: callers see model types.

/** Columns of `events`, in the order `eventParams` produces values. */
export const EVENT_COLUMNS = [
  'id', 'doc_id', 'sentence_index', 'sentence_text', 'day',
  'source_code', 'source_text', 'source_country', 'source_roles', 'source_group',
  'target_code', 'target_text', 'target_country', 'target_roles', 'target_group',
  'code', 'root', 'name', 'quad_class', 'goldstein',
  'plover_type', 'plover_mode', 'plover_context', 'negated',
  'location_name', 'location_country', 'location_admin1', 'lat', 'lon', 'location_precision', 'location',
  'evidence',
] as const;

/** Columns of `documents` written on insert, in the order `documentParams` produces values. */
export const DOCUMENT_COLUMNS = [
  'id', 'title', 'author', 'published', 'source', 'url', 'origin', 'body', 'signature', 'duplicate_of',
  'coded_with', 'sentence_count', 'event_count', 'ingested_at',
] as const;

/** Columns of `sentences`, in the order `sentenceParams` produces values. */
export const SENTENCE_COLUMNS = ['doc_id', 'idx', 'start_offset', 'end_offset', 'text', 'tokens'] as const;

export interface EventRow {
  id: string;
  doc_id: string;
  sentence_index: number;
  sentence_text: string;
  day: string;
  source_code: string | null;
  source_text: string | null;
  source_country: string | null;
  source_roles: string | null;
  source_group: string | null;
  target_code: string | null;
  target_text: string | null;
  target_country: string | null;
  target_roles: string | null;
  target_group: string | null;
  code: string;
  root: string;
  name: string;
  quad_class: number;
  goldstein: number;
  plover_type: string | null;
  plover_mode: string | null;
  plover_context: string | null;
  negated: number;
  location_name: string | null;
  location_country: string | null;
  location_admin1: string | null;
  lat: number | null;
  lon: number | null;
  location_precision: string | null;
  location: string | null;
  evidence: string;
}

export interface DocumentRow {
  seq: number | string;
  id: string;
  title: string | null;
  author: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  origin: string | null;
  body?: string;
  signature?: string | null;
  duplicate_of: string | null;
  coded_with: string | null;
  sentence_count: number | string;
  event_count: number | string;
  ingested_at: string;
}

export interface SentenceRow {
  doc_id: string;
  idx: number;
  start_offset: number;
  end_offset: number;
  text: string;
  tokens: string;
}

export interface FailureRow {
  origin: string;
  doc_id: string | null;
  error: string;
  attempts: number | string;
  last_at: string;
}

function actorParams(a: Actor | null): unknown[] {
  if (!a) return [null, null, null, null, null];
  return [a.code, a.text, a.country, a.roles.join(' '), a.group ?? null];
}

function actorOf(code: string | null, text: string | null, country: string | null, roles: string | null, group: string | null): Actor | null {
  if (code === null) return null;
  const actor: Actor = { code, text: text ?? '', country, roles: roles ? roles.split(' ') : [] };
  if (group !== null) actor.group = group;
  return actor;
}

/** Values for an `events` insert, in `EVENT_COLUMNS` order. */
export function eventParams(e: EventRecord): unknown[] {
  const loc: Location | null = e.location;
  return [
    e.id, e.docId, e.sentence.index, e.sentence.text, e.date ?? '',
    ...actorParams(e.source), ...actorParams(e.target),
    e.code, e.root, e.name, e.quadClass, e.goldstein,
    e.plover?.type ?? null, e.plover?.mode ?? null, e.plover?.context ?? null, e.negated ? 1 : 0,
    loc?.name ?? null, loc?.country ?? null, loc?.admin1 ?? null, loc?.lat ?? null, loc?.lon ?? null, loc?.precision ?? null,
    loc ? JSON.stringify(loc) : null,
    JSON.stringify(e.evidence),
  ];
}

/** Rebuilds the contract record from an `events` row. */
export function toEventRecord(r: EventRow): EventRecord {
  const record: EventRecord = {
    id: r.id,
    docId: r.doc_id,
    sentence: { index: Number(r.sentence_index), text: r.sentence_text },
    date: r.day === '' ? null : r.day,
    source: actorOf(r.source_code, r.source_text, r.source_country, r.source_roles, r.source_group),
    target: actorOf(r.target_code, r.target_text, r.target_country, r.target_roles, r.target_group),
    code: r.code,
    root: r.root,
    name: r.name,
    quadClass: Number(r.quad_class) as EventRecord['quadClass'],
    goldstein: Number(r.goldstein),
    plover: null,
    negated: Number(r.negated) === 1,
    location: r.location ? (JSON.parse(r.location) as Location) : null,
    evidence: JSON.parse(r.evidence) as EventRecord['evidence'],
  };
  if (r.plover_type !== null) {
    record.plover = { type: r.plover_type, mode: r.plover_mode };
    if (r.plover_context !== null) record.plover.context = r.plover_context;
  }
  return record;
}

/** Values for a `documents` insert, in `DOCUMENT_COLUMNS` order. */
export function documentParams(
  doc: Document,
  meta: { codedWith: CodedWith; signature?: string | null; duplicateOf?: string | null },
  sentenceCount: number,
  eventCount: number,
  now: string,
): unknown[] {
  return [
    doc.id, doc.title, doc.author, doc.published, doc.source, doc.url, doc.origin ?? null, doc.text,
    meta.signature ?? null, meta.duplicateOf ?? null, JSON.stringify(meta.codedWith), sentenceCount, eventCount, now,
  ];
}

/** Values for a `sentences` insert, in `SENTENCE_COLUMNS` order. */
export function sentenceParams(docId: string, s: ParsedSentence): unknown[] {
  return [docId, s.index, s.start, s.end, s.text, JSON.stringify(s.tokens.map(packToken))];
}

type ParsedToken = ParsedSentence['tokens'][number];
type PackedToken = [string, number, number, 0 | 1, ParsedToken['upos'], string, string, number, string];

// Tokens are stored as arrays, not objects: the parse is most of the stored bytes, and repeating
// nine key names per token would double it.
function packToken(t: ParsedToken): PackedToken {
  return [t.text, t.start, t.end, t.spaceAfter ? 1 : 0, t.upos, t.xpos, t.lemma, t.head, t.deprel];
}

function unpackToken(p: PackedToken, index: number): ParsedToken {
  return { index, text: p[0], start: p[1], end: p[2], spaceAfter: p[3] === 1, upos: p[4], xpos: p[5], lemma: p[6], head: p[7], deprel: p[8] };
}

function parseCodedWith(s: string | null): CodedWith | null {
  return s ? (JSON.parse(s) as CodedWith) : null;
}

/** The summary of a `documents` row. */
export function toDocumentSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    author: r.author,
    published: r.published,
    source: r.source,
    url: r.url,
    origin: r.origin,
    sentences: Number(r.sentence_count),
    events: Number(r.event_count),
    duplicateOf: r.duplicate_of,
    codedWith: parseCodedWith(r.coded_with),
    ingestedAt: r.ingested_at,
  };
}

/** The full stored document from its row and its sentence rows. */
export function toStoredDocument(r: DocumentRow, sentences: SentenceRow[]): StoredDocument {
  const doc: Document = {
    id: r.id, text: r.body ?? '', title: r.title, author: r.author, published: r.published, source: r.source, url: r.url,
  };
  if (r.origin !== null) doc.origin = r.origin;
  return {
    ...toDocumentSummary(r),
    doc,
    signature: r.signature ?? null,
    parsed: sentences.map((s) => ({
      index: Number(s.idx), text: s.text, start: Number(s.start_offset), end: Number(s.end_offset),
      tokens: (JSON.parse(s.tokens) as PackedToken[]).map(unpackToken),
    })),
  };
}

/** A failure from its row. */
export function toFailure(r: FailureRow): FailureRecord {
  return { origin: r.origin, docId: r.doc_id, error: r.error, attempts: Number(r.attempts), lastAt: r.last_at };
}
