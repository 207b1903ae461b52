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
    const store = await openStore(base.toString());
    return {
      store,
      async cleanup() {
        await store.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        } finally {
          await client.end();
        }
      },
    };
  },
  url ? false : 'DATABASE_URL is not set (e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/test); .ci/run sets it',
);
