import pg from 'pg';
import { SqlStore, StoreError, type Driver } from '../sql-store.js';
import { migrations } from './migrations.js';

/** Rewrites `?` placeholders to PostgreSQL's `$1, $2, ...` (our SQL never has `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = pg.Pool | pg.PoolClient;

/** A pg pool (or one checked-out client inside a transaction) behind the async driver interface. */
class PostgresDriver implements Driver {
  constructor(
    private readonly pool: pg.Pool,
    private readonly client: Queryable = pool,
  ) {}

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(numbered(sql), params)).rows as T[];
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.client.query(numbered(sql), params)).rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async transaction<T>(fn: (tx: Driver) => Promise<T>): Promise<T> {
    if (this.client !== this.pool) throw new StoreError('PostgreSQL store: nested transactions are not supported');
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresDriver(this.pool, client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (this.client === this.pool) await this.pool.end();
  }
}

const SCHEMA = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Opens a PostgreSQL store for a `postgres://` URL and applies pending migrations.
 * A `schema` query parameter (`...?schema=dyad`) keeps the tables in that schema, created if needed.
 */
export async function openPostgresStore(url: string): Promise<SqlStore> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError(`Invalid PostgreSQL URL: '${url}'`);
  }
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !SCHEMA.test(schema)) throw new StoreError(`Invalid PostgreSQL schema name: '${schema}'`);
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const shown = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (err) {
    await pool.end();
    throw new StoreError(`Cannot connect to PostgreSQL at ${shown}: ${(err as Error).message}`);
  }
  const store = new SqlStore(new PostgresDriver(pool), {
    backend: 'postgres',
    migrations,
    // Any constant works: it only has to be the same for every dyad process.
    migrationLock: 'SELECT pg_advisory_xact_lock(7340119)',
  });
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw new StoreError(`Cannot migrate PostgreSQL database at ${shown}: ${(err as Error).message}`);
  }
  return store;
}
