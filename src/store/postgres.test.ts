import pg from 'pg';
import { runStoreContract } from './contract.js';
import { openStore } from './index.js';

const url = process.env.DATABASE_URL;
let counter = 0;

// Each test gets its own schema, dropped afterwards, so parallel runs never see each other's rows.
runStoreContract(
  'postgres',
  async () => {
    const schema = `dyad_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    const base = new URL(url as string);
    base.searchParams.set('schema', schema);
    let store = await openStore(base.toString());
    async function sql(statements: string[]): Promise<void> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const statement of statements) await client.query(statement);
      } finally {
        await client.end();
      }
    }
    return {
      store,
      async reopenAfter(statements) {
        await store.close();
        await sql([`SET search_path TO "${schema}"`, ...statements]);
        store = await openStore(base.toString());
        return store;
      },
      async cleanup() {
        await store.close();
        await sql([`DROP SCHEMA IF EXISTS "${schema}" CASCADE`]);
      },
    };
  },
  url ? false : 'DATABASE_URL is not set (e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/test); .ci/run sets it',
);
