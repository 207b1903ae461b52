import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { StoreError } from './sql-store.js';
import type { AggregateEvent, DocumentFilter, DocumentSummary, EventFilter, Page, Store } from './types.js';
import type { EventRecord } from '../model/index.js';

export type {
  ActorCount, AggregateEvent, BatchItem, BatchResult, CodedWith, DocumentFilter, DocumentMeta, DocumentSummary,
  EventFilter, FailureRecord, Interval, NetworkEdge, Page, Store, StoreStats, StoredDocument, TimeseriesPoint,
} from './types.js';
export { StoreError } from './sql-store.js';
export { StoreQueryError } from './query.js';

/** The database used when none is given: `$DYAD_DB`, else `./dyad.sqlite`. */
export function defaultDatabase(): string {
  const env = process.env.DYAD_DB;
  return env && env.trim() !== '' ? env : './dyad.sqlite';
}

/** True for URLs that name a PostgreSQL database. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Options of `openStore`. */
export interface OpenOptions {
  /** Refuse to create a missing SQLite file (commands that only read use this to catch typos). */
  mustExist?: boolean;
}

/**
 * Opens the store for a path (SQLite) or a `postgres://` / `postgresql://` URL, migrated and
 * ready; `url` defaults to `defaultDatabase()`.
 */
export async function openStore(url: string = defaultDatabase(), options: OpenOptions = {}): Promise<Store> {
  if (options.mustExist && !isPostgresUrl(url) && url !== ':memory:' && !existsSync(url)) {
    throw new StoreError(`No database at '${url}' (run dyad ingest first, or give --db)`);
  }
  if (isPostgresUrl(url)) {
    const { openPostgresStore } = await import('./postgres/store.js');
    return openPostgresStore(url);
  }
  const { openSqliteStore } = await import('./sqlite/store.js');
  return openSqliteStore(url === ':memory:' ? url : resolve(url));
}

/** Walks a cursor-paged query to its end or to `limit` items, a page of at most `pageSize` at a time. */
async function* paginate<T, F extends { cursor?: string | null; limit?: number }>(
  query: (filter: F) => Promise<Page<T>>,
  filter: F,
  pageSize: number,
): AsyncGenerator<T> {
  let cursor: string | null | undefined = filter.cursor;
  let left = filter.limit ?? Infinity;
  do {
    const page = await query({ ...filter, cursor, limit: Math.min(pageSize, left) });
    for (const item of page.items) yield item;
    left -= page.items.length;
    cursor = page.next;
  } while (cursor && left > 0);
}

/** Every event matching a filter, page by page (for exports that must not hold everything in memory). */
export function iterateEvents(store: Store, filter: EventFilter = {}, pageSize = 1000): AsyncGenerator<EventRecord> {
  return paginate((f) => store.queryEvents(f), filter, pageSize);
}

/** Every aggregated event matching a filter, page by page. */
export function iterateAggregates(store: Store, filter: EventFilter = {}, pageSize = 1000): AsyncGenerator<AggregateEvent> {
  return paginate((f) => store.aggregateEvents(f), filter, pageSize);
}

/** Every stored document summary matching a filter, page by page. */
export function iterateDocuments(store: Store, filter: DocumentFilter = {}, pageSize = 500): AsyncGenerator<DocumentSummary> {
  return paginate((f) => store.listDocuments(f), filter, pageSize);
}
