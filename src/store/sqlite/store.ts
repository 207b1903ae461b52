import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqlStore, StoreError, type Driver } from '../sql-store.js';
import { migrations } from './migrations.js';

type Statement = Database.Statement<unknown[], unknown>;

/** better-sqlite3 behind the async driver interface, with a cache of prepared statements. */
class SqliteDriver implements Driver {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database.Database) {}

  private prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return this.prepare(sql).run(...params).changes;
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T> {
    // One connection, used by one caller at a time: a nested or concurrent transaction is a bug.
    if (this.db.inTransaction) throw new StoreError('SQLite store: a transaction is already open on this connection');
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn(this);
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (creating if needed) a SQLite store at `path` (`:memory:` for a private in-memory one)
 * and applies pending migrations. WAL with synchronous=NORMAL: a committed batch survives a
 * killed process; the last batches may be lost on power failure.
 */
export async function openSqliteStore(path: string): Promise<SqlStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new StoreError(`Cannot open SQLite database '${path}': ${(err as Error).message}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  // Checkpoint every ~40 MB of WAL rather than 4 MB: fewer fsyncs and page copies while ingesting.
  db.pragma('wal_autocheckpoint = 10000');
  const store = new SqlStore(new SqliteDriver(db), { backend: 'sqlite', migrations, migrationLock: null });
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw new StoreError(`Cannot migrate SQLite database '${path}': ${(err as Error).message}`);
  }
  return store;
}
