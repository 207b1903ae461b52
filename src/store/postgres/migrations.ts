import type { Migration } from '../sql-store.js';

/**
 * PostgreSQL schema, one entry per version; never edit an applied entry, append a new one.
 * Kept line-for-line parallel to ../sqlite/migrations.ts.
 */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents, sentences, events, failures',
    statements: [
      `CREATE TABLE documents (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT COLLATE "C" NOT NULL UNIQUE,
        title TEXT COLLATE "C",
        author TEXT COLLATE "C",
        published TEXT COLLATE "C",
        source TEXT COLLATE "C",
        url TEXT COLLATE "C",
        origin TEXT COLLATE "C",
        body TEXT COLLATE "C" NOT NULL,
        signature TEXT COLLATE "C",
        duplicate_of TEXT COLLATE "C",
        coded_with TEXT COLLATE "C",
        sentence_count INTEGER NOT NULL DEFAULT 0,
        event_count INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT COLLATE "C" NOT NULL
      )`,
      'CREATE INDEX documents_published ON documents (published)',
      'CREATE INDEX documents_source ON documents (source)',
      'CREATE INDEX documents_duplicate_of ON documents (duplicate_of)',
      `CREATE TABLE sentences (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text TEXT COLLATE "C" NOT NULL,
        tokens TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (doc_id, idx)
      )`,
      `CREATE TABLE events (
        id TEXT COLLATE "C" PRIMARY KEY,
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        sentence_text TEXT COLLATE "C" NOT NULL,
        day TEXT COLLATE "C" NOT NULL,
        source_code TEXT COLLATE "C",
        source_text TEXT COLLATE "C",
        source_country TEXT COLLATE "C",
        source_roles TEXT COLLATE "C",
        source_group TEXT COLLATE "C",
        target_code TEXT COLLATE "C",
        target_text TEXT COLLATE "C",
        target_country TEXT COLLATE "C",
        target_roles TEXT COLLATE "C",
        target_group TEXT COLLATE "C",
        code TEXT COLLATE "C" NOT NULL,
        root TEXT COLLATE "C" NOT NULL,
        name TEXT COLLATE "C" NOT NULL,
        quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
        goldstein DOUBLE PRECISION NOT NULL,
        plover_type TEXT COLLATE "C",
        plover_mode TEXT COLLATE "C",
        plover_context TEXT COLLATE "C",
        negated INTEGER NOT NULL,
        location_name TEXT COLLATE "C",
        location_country TEXT COLLATE "C",
        location_admin1 TEXT,
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        location_precision TEXT COLLATE "C",
        location TEXT COLLATE "C",
        evidence TEXT COLLATE "C" NOT NULL
      )`,
      'CREATE INDEX events_day ON events (day, id)',
      'CREATE INDEX events_doc ON events (doc_id)',
      'CREATE INDEX events_source ON events (source_code, day)',
      'CREATE INDEX events_target ON events (target_code, day)',
      'CREATE INDEX events_code ON events (code)',
      'CREATE INDEX events_source_country ON events (source_country)',
      'CREATE INDEX events_target_country ON events (target_country)',
      `CREATE TABLE failures (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        origin TEXT COLLATE "C" NOT NULL UNIQUE,
        doc_id TEXT COLLATE "C",
        error TEXT COLLATE "C" NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1,
        first_at TEXT COLLATE "C" NOT NULL,
        last_at TEXT COLLATE "C" NOT NULL
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
