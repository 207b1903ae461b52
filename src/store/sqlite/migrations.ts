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
];
