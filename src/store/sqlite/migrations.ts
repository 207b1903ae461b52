import type { Migration } from '../sql-store.js';

/**
 * SQLite schema, one entry per version; never edit an applied entry, append a new one.
 * Kept line-for-line parallel to ../postgres/migrations.ts.
 */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents, sentences, events, failures',
    statements: [
      `CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        author TEXT,
        published TEXT,
        source TEXT,
        url TEXT,
        origin TEXT,
        body TEXT NOT NULL,
        signature TEXT,
        duplicate_of TEXT,
        coded_with TEXT,
        sentence_count INTEGER NOT NULL DEFAULT 0,
        event_count INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL
      )`,
      'CREATE INDEX documents_published ON documents (published)',
      'CREATE INDEX documents_source ON documents (source)',
      'CREATE INDEX documents_duplicate_of ON documents (duplicate_of)',
      `CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        tokens TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      )`,
      `CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        sentence_text TEXT NOT NULL,
        day TEXT NOT NULL,
        source_code TEXT,
        source_text TEXT,
        source_country TEXT,
        source_roles TEXT,
        source_group TEXT,
        target_code TEXT,
        target_text TEXT,
        target_country TEXT,
        target_roles TEXT,
        target_group TEXT,
        code TEXT NOT NULL,
        root TEXT NOT NULL,
        name TEXT NOT NULL,
        quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
        goldstein REAL NOT NULL,
        plover_type TEXT,
        plover_mode TEXT,
        plover_context TEXT,
        negated INTEGER NOT NULL,
        location_name TEXT,
        location_country TEXT,
        location_admin1 TEXT,
        lat REAL,
        lon REAL,
        location_precision TEXT,
        location TEXT,
        evidence TEXT NOT NULL
      )`,
      'CREATE INDEX events_day ON events (day, id)',
      'CREATE INDEX events_doc ON events (doc_id)',
      'CREATE INDEX events_source ON events (source_code, day)',
      'CREATE INDEX events_target ON events (target_code, day)',
      'CREATE INDEX events_code ON events (code)',
      'CREATE INDEX events_source_country ON events (source_country)',
      'CREATE INDEX events_target_country ON events (target_country)',
      `CREATE TABLE failures (
        seq INTEGER PRIMARY KEY,
        origin TEXT NOT NULL UNIQUE,
        doc_id TEXT,
        error TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: 'covering index for dyad queries',
    statements: [
      // Dyad timeseries and source+target event queries read only these columns: a covering index
      // answers them without touching the table (p99 target of the HTTP API, docs/api.md).
      'CREATE INDEX events_dyad ON events (source_code, target_code, day, quad_class, goldstein)',
    ],
  },
  {
    version: 3,
    name: 'actor and place indexes, event summary',
    statements: [
      // Events of one actor in either role are read as two index scans in (day, id) order, one per
      // role, merged (SqlStore.queryEvents); these replace the (code, day) indexes of version 1.
      'DROP INDEX events_source',
      'DROP INDEX events_target',
      'CREATE INDEX events_source_day ON events (source_code, day, id)',
      'CREATE INDEX events_target_day ON events (target_code, day, id)',
      // The place filters: location name compared case-insensitively, and location country. Partial:
      // events without a location (often most of them) cost nothing to insert.
      'CREATE INDEX events_place ON events (lower(location_name), day, id) WHERE location_name IS NOT NULL',
      'CREATE INDEX events_place_country ON events (location_country, day, id) WHERE location_country IS NOT NULL',
      // Stats count documents and sentences per coding version from this index, not from the table
      // (whose rows carry the article bodies).
      'CREATE INDEX documents_coded_with ON documents (coded_with, sentence_count)',
      // Event counts and Goldstein sums per (source, target, root, QuadClass, negated), kept exact by
      // SqlStore on every insert and replacement: top actors, the network and the stats read it
      // instead of scanning the events. '' stands for a missing actor or country (keys cannot be NULL).
      `CREATE TABLE event_summary (
        source_code TEXT NOT NULL,
        target_code TEXT NOT NULL,
        source_country TEXT NOT NULL,
        target_country TEXT NOT NULL,
        root TEXT NOT NULL,
        code_root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        negated INTEGER NOT NULL,
        events INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        PRIMARY KEY (source_code, target_code, source_country, target_country, root, code_root, quad_class, negated)
      )`,
      `INSERT INTO event_summary (source_code, target_code, source_country, target_country, root, code_root, quad_class, negated, events, goldstein_sum)
       SELECT coalesce(source_code, ''), coalesce(target_code, ''), coalesce(source_country, ''), coalesce(target_country, ''),
              root, substr(code, 1, 2), quad_class, negated, count(*), sum(goldstein)
       FROM events GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
      'CREATE INDEX event_summary_target ON event_summary (target_code)',
    ],
  },
];
