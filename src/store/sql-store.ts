import type { Document, EventRecord, ParsedSentence } from '../model/index.js';
import {
  decodeCursor, documentConditions, encodeCursor, eventConditions, matchCode, normaliseLimit, where,
  type Sql,
} from './query.js';
import { SummaryChanges, summaryConditions } from './summary.js';
import {
  DOCUMENT_COLUMNS, EVENT_COLUMNS, SENTENCE_COLUMNS, documentParams, eventParams, sentenceParams,
  toDocumentSummary, toEventRecord, toFailure, toStoredDocument,
  type DocumentRow, type EventRow, type FailureRow, type SentenceRow,
} from './rows.js';
import type {
  ActorCount, AggregateEvent, BatchItem, BatchResult, CodedWith, DocumentFilter, DocumentMeta, DocumentSummary,
  EventFilter, FailureRecord, Interval, NetworkEdge, Page, Store, StoreStats, StoredDocument, TimeseriesPoint,
} from './types.js';

/** What a backend provides: run SQL with `?` placeholders, and transactions. */
export interface Driver {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs DDL (no parameters). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in a transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A versioned schema change: statements run in order, in one transaction. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** Backend specifics next to the driver: its migrations and how to serialise concurrent migrators. */
export interface Dialect {
  backend: 'sqlite' | 'postgres';
  migrations: Migration[];
  /** SQL run first inside the migration transaction to keep two processes from migrating at once, if needed. */
  migrationLock: string | null;
}

/** An error writing to or reading from the store, carrying the document or value involved. */
export class StoreError extends Error {
  override name = 'StoreError';
}

const insertDocumentSql = `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`;
const insertSentenceSql = `INSERT INTO sentences (${SENTENCE_COLUMNS.join(', ')}) VALUES (${SENTENCE_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (doc_id, idx) DO NOTHING`;
const insertEventSql = `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`;

function uniqueById(events: EventRecord[]): EventRecord[] {
  const seen = new Map<string, EventRecord>();
  for (const e of events) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
}

function uniqueByIndex(sentences: ParsedSentence[]): ParsedSentence[] {
  const seen = new Map<number, ParsedSentence>();
  for (const s of sentences) if (!seen.has(s.index)) seen.set(s.index, s);
  return [...seen.values()];
}

/** Monday of the ISO week of a `YYYY-MM-DD` day. */
function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  const offset = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - offset);
  return d.toISOString().slice(0, 10);
}

function bucketOf(day: string, interval: Interval): string {
  if (interval === 'month') return day.slice(0, 7);
  if (interval === 'week') return weekStart(day);
  return day;
}

/**
 * The store over any SQL driver: both backends share these queries (portable SQL with `?`
 * placeholders) and differ only in their driver and migrations.
 */
export class SqlStore implements Store {
  readonly backend: 'sqlite' | 'postgres';

  constructor(
    protected readonly driver: Driver,
    protected readonly dialect: Dialect,
  ) {
    this.backend = dialect.backend;
  }

  async migrate(): Promise<number> {
    await this.driver.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    return this.driver.transaction(async (tx) => {
      if (this.dialect.migrationLock) await tx.exec(this.dialect.migrationLock);
      const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
      let applied = 0;
      for (const m of [...this.dialect.migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        for (const statement of m.statements) await tx.exec(statement);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
        applied++;
      }
      return applied;
    });
  }

  async saveBatch(items: BatchItem[]): Promise<BatchResult> {
    if (items.length === 0) return { inserted: 0, skipped: 0, insertedIds: [] };
    const now = new Date().toISOString();
    return this.driver.transaction(async (tx) => {
      const insertedIds: string[] = [];
      // One summary delta for the whole batch: fewer upserts than one per document.
      const summary = new SummaryChanges();
      for (const item of items) {
        if (await this.insertDocument(tx, item, now, summary)) insertedIds.push(item.doc.id);
      }
      await summary.apply(tx);
      return { inserted: insertedIds.length, skipped: items.length - insertedIds.length, insertedIds };
    });
  }

  private async insertDocument(tx: Driver, item: BatchItem, now: string, summary: SummaryChanges): Promise<boolean> {
    const { doc } = item;
    const sentences = uniqueByIndex(item.sentences);
    const events = uniqueById(item.events);
    let changed: number;
    try {
      changed = await tx.run(insertDocumentSql, documentParams(doc, item.meta, sentences.length, events.length, now));
    } catch (err) {
      throw new StoreError(`Cannot store document ${doc.id} (${doc.origin ?? 'unknown origin'}): ${(err as Error).message}`);
    }
    if (changed === 0) return false;
    await this.insertCoding(tx, doc.id, sentences, events, summary);
    // A document that failed in an earlier run and is now stored is no longer a failure.
    if (doc.origin) await tx.run('DELETE FROM failures WHERE origin = ?', [doc.origin]);
    return true;
  }

  /**
   * Inserts a document's sentences and events and counts the events actually stored (an id stored
   * before is skipped) into `summary`, which the caller applies in the same transaction.
   */
  private async insertCoding(
    tx: Driver, docId: string, sentences: ParsedSentence[], events: EventRecord[], summary: SummaryChanges,
  ): Promise<void> {
    for (const s of sentences) await tx.run(insertSentenceSql, sentenceParams(docId, s));
    for (const e of events) {
      if (e.docId !== docId) throw new StoreError(`Event ${e.id} belongs to document ${e.docId}, not ${docId}`);
      let changed: number;
      try {
        changed = await tx.run(insertEventSql, eventParams(e));
      } catch (err) {
        throw new StoreError(`Cannot store event ${e.id} of document ${docId} (code '${e.code}'): ${(err as Error).message}`);
      }
      if (changed > 0) summary.insert(e);
    }
  }

  async putDocument(doc: Document, sentences: ParsedSentence[], events: EventRecord[], meta: DocumentMeta): Promise<boolean> {
    const r = await this.saveBatch([{ doc, sentences, events, meta }]);
    return r.inserted === 1;
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.driver.all('SELECT 1 AS one FROM documents WHERE id = ?', [id])).length > 0;
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    // Chunked so the statement stays under SQLite's parameter limit.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await this.driver.all<{ id: string }>(
        `SELECT id FROM documents WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const r of rows) found.add(r.id);
    }
    return found;
  }

  async recordFailure(origin: string, error: string, docId: string | null = null): Promise<void> {
    const now = new Date().toISOString();
    await this.driver.run(
      `INSERT INTO failures (origin, doc_id, error, attempts, first_at, last_at) VALUES (?, ?, ?, 1, ?, ?)
       ON CONFLICT (origin) DO UPDATE SET doc_id = excluded.doc_id, error = excluded.error,
         attempts = failures.attempts + 1, last_at = excluded.last_at`,
      [origin, docId, error, now, now],
    );
  }

  async listFailures(limit = 1000): Promise<FailureRecord[]> {
    const rows = await this.driver.all<FailureRow>(
      'SELECT origin, doc_id, error, attempts, last_at FROM failures ORDER BY seq LIMIT ?',
      [normaliseLimit(limit, 1000)],
    );
    return rows.map(toFailure);
  }

  async findDocument(id: string): Promise<StoredDocument | undefined> {
    const [row] = await this.driver.all<DocumentRow>('SELECT * FROM documents WHERE id = ?', [id]);
    if (!row) return undefined;
    const sentences = await this.driver.all<SentenceRow>('SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx', [id]);
    return toStoredDocument(row, sentences);
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<Page<DocumentSummary>> {
    const limit = normaliseLimit(filter.limit, 100);
    const conds = documentConditions(filter);
    if (filter.cursor) {
      const [seq] = decodeCursor(filter.cursor, 1);
      conds.push({ sql: 'd.seq > ?', params: [Number(seq)] });
    }
    const w = where(conds);
    const rows = await this.driver.all<DocumentRow>(
      `SELECT d.seq, d.id, d.title, d.author, d.published, d.source, d.url, d.origin, d.duplicate_of, d.coded_with,
              d.sentence_count, d.event_count, d.ingested_at
       FROM documents d ${w.sql} ORDER BY d.seq LIMIT ?`,
      [...w.params, limit + 1],
    );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    return { items: page.map(toDocumentSummary), next: more ? encodeCursor([Number(page[page.length - 1].seq)]) : null };
  }

  async listSignatures(): Promise<{ id: string; signature: string }[]> {
    return this.driver.all<{ id: string; signature: string }>(
      'SELECT id, signature FROM documents WHERE signature IS NOT NULL AND duplicate_of IS NULL ORDER BY seq',
    );
  }

  async findEvent(id: string): Promise<EventRecord | undefined> {
    const [row] = await this.driver.all<EventRow>('SELECT * FROM events WHERE id = ?', [id]);
    return row ? toEventRecord(row) : undefined;
  }

  async queryEvents(filter: EventFilter = {}): Promise<Page<EventRecord>> {
    const limit = normaliseLimit(filter.limit, 100);
    const conds = eventConditions({ ...filter, actor: undefined });
    if (filter.cursor) {
      const [day, id] = decodeCursor(filter.cursor, 2);
      conds.push({ sql: '(e.day, e.id) > (?, ?)', params: [String(day), String(id)] });
    }
    let rows: EventRow[];
    if (filter.actor) {
      // One actor in either role: `source OR target` can follow neither index in (day, id) order,
      // so each role is read from its own index (source_code, day, id) / (target_code, day, id),
      // each stopping after a page, and the two (possibly overlapping) id lists are merged.
      const role = (column: string): Sql => {
        const w = where([matchCode(column, filter.actor as string), ...conds]);
        return { sql: `SELECT e.id FROM events e ${w.sql} ORDER BY e.day, e.id LIMIT ?`, params: [...w.params, limit + 1] };
      };
      const s = role('e.source_code');
      const t = role('e.target_code');
      rows = await this.driver.all<EventRow>(
        `SELECT e.* FROM events e WHERE e.id IN (SELECT id FROM (${s.sql}) s UNION SELECT id FROM (${t.sql}) t)
         ORDER BY e.day, e.id LIMIT ?`,
        [...s.params, ...t.params, limit + 1],
      );
    } else {
      const w = where(conds);
      rows = await this.driver.all<EventRow>(`SELECT e.* FROM events e ${w.sql} ORDER BY e.day, e.id LIMIT ?`, [...w.params, limit + 1]);
    }
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toEventRecord), next: more ? encodeCursor([last.day, last.id]) : null };
  }

  async aggregateEvents(filter: EventFilter = {}): Promise<Page<AggregateEvent>> {
    const limit = normaliseLimit(filter.limit, 1000);
    const conds = eventConditions({ ...filter, negated: filter.negated ?? false });
    const src = "coalesce(e.source_code, '')";
    const tgt = "coalesce(e.target_code, '')";
    if (filter.cursor) {
      const key = decodeCursor(filter.cursor, 4).map(String);
      conds.push({ sql: `(e.day, ${src}, ${tgt}, e.code) > (?, ?, ?, ?)`, params: key });
    }
    const w = where(conds);
    const rows = await this.driver.all<{
      day: string; src: string; tgt: string; code: string; root: string; name: string; quad_class: number;
      goldstein: number; mentions: number; articles: number; sources: number; first_mention: string;
    }>(
      `SELECT e.day AS day, ${src} AS src, ${tgt} AS tgt, e.code AS code, min(e.root) AS root, min(e.name) AS name,
              min(e.quad_class) AS quad_class, min(e.goldstein) AS goldstein, count(*) AS mentions,
              count(DISTINCT e.doc_id) AS articles, count(DISTINCT coalesce(d.source, '')) AS sources,
              min(e.id) AS first_mention
       FROM events e JOIN documents d ON d.id = e.doc_id
       ${w.sql}
       GROUP BY e.day, ${src}, ${tgt}, e.code
       ORDER BY e.day, ${src}, ${tgt}, e.code
       LIMIT ?`,
      [...w.params, limit + 1],
    );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        date: r.day === '' ? null : r.day,
        source: r.src === '' ? null : r.src,
        target: r.tgt === '' ? null : r.tgt,
        code: r.code,
        root: r.root,
        name: r.name,
        quadClass: Number(r.quad_class),
        goldstein: Number(r.goldstein),
        mentions: Number(r.mentions),
        articles: Number(r.articles),
        sources: Number(r.sources),
        firstMention: r.first_mention,
      })),
      next: more ? encodeCursor([last.day, last.src, last.tgt, last.code]) : null,
    };
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string): Promise<Record<string, unknown>> => (await this.driver.all<Record<string, unknown>>(sql))[0] ?? {};
    const version = await one('SELECT max(version) AS v FROM schema_migrations');
    // Counts come from the event summary; the date range from the ends of the (day, id) index.
    const ev = await one('SELECT sum(events) AS n, sum(CASE WHEN negated = 1 THEN events ELSE 0 END) AS neg FROM event_summary');
    const first = await one("SELECT day FROM events WHERE day > '' ORDER BY day LIMIT 1");
    const last = await one("SELECT day FROM events WHERE day > '' ORDER BY day DESC LIMIT 1");
    const actors = await one(
      "SELECT count(*) AS n FROM (SELECT source_code AS c FROM event_summary WHERE source_code <> '' UNION SELECT target_code FROM event_summary WHERE target_code <> '') a",
    );
    const failures = await one('SELECT count(*) AS n FROM failures');
    const byRoot: Record<string, number> = {};
    for (const r of await this.driver.all<{ k: string; n: number }>('SELECT root AS k, sum(events) AS n FROM event_summary GROUP BY root ORDER BY root')) {
      byRoot[r.k] = Number(r.n);
    }
    const byQuadClass: Record<string, number> = {};
    for (const r of await this.driver.all<{ k: number; n: number }>(
      'SELECT quad_class AS k, sum(events) AS n FROM event_summary GROUP BY quad_class ORDER BY quad_class',
    )) {
      byQuadClass[String(r.k)] = Number(r.n);
    }
    // Documents and sentences per coding version, read from the index on (coded_with, sentence_count).
    const versions = await this.driver.all<{ k: string | null; n: number; s: number | null }>(
      'SELECT coded_with AS k, count(*) AS n, sum(sentence_count) AS s FROM documents GROUP BY coded_with ORDER BY count(*) DESC',
    );
    const codedWith = versions.map((r) => ({ codedWith: r.k ? (JSON.parse(r.k) as CodedWith) : null, documents: Number(r.n) }));
    const duplicates = await one('SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL');
    return {
      backend: this.backend,
      schemaVersion: Number(version.v ?? 0),
      documents: versions.reduce((n, r) => n + Number(r.n), 0),
      nearDuplicates: Number(duplicates.n ?? 0),
      sentences: versions.reduce((n, r) => n + Number(r.s ?? 0), 0),
      events: Number(ev.n ?? 0),
      negatedEvents: Number(ev.neg ?? 0),
      failures: Number(failures.n ?? 0),
      actors: Number(actors.n ?? 0),
      firstDate: (first.day as string | undefined) ?? null,
      lastDate: (last.day as string | undefined) ?? null,
      byRoot,
      byQuadClass,
      codedWith,
    };
  }

  async dyadTimeseries(a: string, b: string, interval: Interval, filter: EventFilter = {}): Promise<TimeseriesPoint[]> {
    if (!['day', 'week', 'month'].includes(interval)) throw new StoreError(`Invalid interval: '${interval}' (expected day, week or month)`);
    const sa = matchCode('e.source_code', a);
    const tb = matchCode('e.target_code', b);
    const sb = matchCode('e.source_code', b);
    const ta = matchCode('e.target_code', a);
    const ab: Sql = { sql: `(${sa.sql} AND ${tb.sql})`, params: [...sa.params, ...tb.params] };
    const ba: Sql = { sql: `(${sb.sql} AND ${ta.sql})`, params: [...sb.params, ...ta.params] };
    const conds = eventConditions({ ...filter, limit: undefined, cursor: undefined });
    conds.push({ sql: "e.day <> ''", params: [] });
    conds.push({ sql: `(${ab.sql} OR ${ba.sql})`, params: [...ab.params, ...ba.params] });
    const w = where(conds);
    const rows = await this.driver.all<{ day: string; dir: string; q: number; n: number; g: number }>(
      `SELECT e.day AS day, CASE WHEN ${ab.sql} THEN 'ab' ELSE 'ba' END AS dir, e.quad_class AS q,
              count(*) AS n, sum(e.goldstein) AS g
       FROM events e ${w.sql} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [...ab.params, ...w.params],
    );
    const points = new Map<string, TimeseriesPoint>();
    for (const r of rows) {
      const period = bucketOf(r.day, interval);
      const direction = r.dir === 'ab' ? 'ab' : 'ba';
      const key = `${period}|${direction}`;
      let p = points.get(key);
      if (!p) {
        p = { period, direction, events: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0 };
        points.set(key, p);
      }
      const n = Number(r.n);
      p.events += n;
      p.quadClass[Number(r.q) - 1] += n;
      p.goldsteinSum += Number(r.g);
    }
    return [...points.values()]
      .map((p) => ({ ...p, goldsteinSum: round(p.goldsteinSum), goldsteinMean: round(p.goldsteinSum / p.events) }))
      .sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : x.direction < y.direction ? -1 : 1));
  }

  async topActors(filter: EventFilter = {}, limit = 20): Promise<ActorCount[]> {
    const max = normaliseLimit(limit, 20);
    const summary = summaryConditions({ ...filter, cursor: undefined });
    let rows: { code: string; country: string | null; s: number; t: number }[];
    if (summary) {
      // Each summary row counts its events for its source and for its target.
      const w = where(summary);
      const and = w.sql ? `${w.sql} AND` : 'WHERE';
      rows = await this.driver.all(
        `SELECT code, min(country) AS country, sum(ns) AS s, sum(nt) AS t FROM (
           SELECT s.source_code AS code, nullif(s.source_country, '') AS country, s.events AS ns, 0 AS nt FROM event_summary s ${and} s.source_code <> ''
           UNION ALL
           SELECT s.target_code AS code, nullif(s.target_country, '') AS country, 0 AS ns, s.events AS nt FROM event_summary s ${and} s.target_code <> ''
         ) x GROUP BY code ORDER BY sum(ns) + sum(nt) DESC, code LIMIT ?`,
        [...w.params, ...w.params, max],
      );
    } else {
      const w = where(eventConditions({ ...filter, cursor: undefined }));
      const and = w.sql ? `${w.sql} AND` : 'WHERE';
      rows = await this.driver.all(
        `SELECT code, min(country) AS country, sum(ns) AS s, sum(nt) AS t FROM (
           SELECT e.source_code AS code, e.source_country AS country, 1 AS ns, 0 AS nt FROM events e ${and} e.source_code IS NOT NULL
           UNION ALL
           SELECT e.target_code AS code, e.target_country AS country, 0 AS ns, 1 AS nt FROM events e ${and} e.target_code IS NOT NULL
         ) x GROUP BY code ORDER BY count(*) DESC, code LIMIT ?`,
        [...w.params, ...w.params, max],
      );
    }
    return rows.map((r) => ({ code: r.code, country: r.country, events: Number(r.s) + Number(r.t), asSource: Number(r.s), asTarget: Number(r.t) }));
  }

  async network(filter: EventFilter = {}, limit = 100): Promise<NetworkEdge[]> {
    const max = normaliseLimit(limit, 100);
    const summary = summaryConditions({ ...filter, cursor: undefined });
    let rows: { src: string; tgt: string; n: number; coop: number; g: number }[];
    if (summary) {
      const w = where([...summary, { sql: "s.source_code <> '' AND s.target_code <> ''", params: [] }]);
      rows = await this.driver.all(
        `SELECT s.source_code AS src, s.target_code AS tgt, sum(s.events) AS n,
                sum(CASE WHEN s.quad_class <= 2 THEN s.events ELSE 0 END) AS coop, sum(s.goldstein_sum) AS g
         FROM event_summary s ${w.sql} GROUP BY s.source_code, s.target_code
         ORDER BY sum(s.events) DESC, s.source_code, s.target_code LIMIT ?`,
        [...w.params, max],
      );
    } else {
      const conds = eventConditions({ ...filter, cursor: undefined });
      conds.push({ sql: 'e.source_code IS NOT NULL AND e.target_code IS NOT NULL', params: [] });
      const w = where(conds);
      rows = await this.driver.all(
        `SELECT e.source_code AS src, e.target_code AS tgt, count(*) AS n,
                sum(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END) AS coop, sum(e.goldstein) AS g
         FROM events e ${w.sql} GROUP BY e.source_code, e.target_code
         ORDER BY count(*) DESC, e.source_code, e.target_code LIMIT ?`,
        [...w.params, max],
      );
    }
    return rows.map((r) => {
      const n = Number(r.n);
      const coop = Number(r.coop);
      return {
        source: r.src, target: r.tgt, events: n, cooperative: coop, conflictual: n - coop,
        goldsteinSum: round(Number(r.g)), goldsteinMean: round(Number(r.g) / n),
      };
    });
  }

  async replaceCoding(docId: string, sentences: ParsedSentence[], events: EventRecord[], codedWith: CodedWith): Promise<void> {
    const s = uniqueByIndex(sentences);
    const e = uniqueById(events);
    await this.driver.transaction(async (tx) => {
      const changed = await tx.run(
        'UPDATE documents SET coded_with = ?, sentence_count = ?, event_count = ? WHERE id = ?',
        [JSON.stringify(codedWith), s.length, e.length, docId],
      );
      if (changed === 0) throw new StoreError(`No stored document with id '${docId}'`);
      // Every deletion of events goes with its summary delta (netted with the new events' one).
      const summary = new SummaryChanges();
      await summary.removeDocument(tx, docId);
      await tx.run('DELETE FROM events WHERE doc_id = ?', [docId]);
      await tx.run('DELETE FROM sentences WHERE doc_id = ?', [docId]);
      await this.insertCoding(tx, docId, s, e, summary);
      await summary.apply(tx);
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
