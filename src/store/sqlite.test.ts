import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStoreContract } from './contract.js';
import { openStore } from './index.js';
import { makeDocument, makeItem } from './test-factory.js';

// A file per test (not :memory:) so that a test can close the store, change the file and reopen it.
runStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-contract-'));
  const path = join(dir, 'store.sqlite');
  let store = await openStore(path);
  return {
    store,
    async reopenAfter(statements) {
      await store.close();
      const db = new Database(path);
      try {
        for (const statement of statements) db.exec(statement);
      } finally {
        db.close();
      }
      store = await openStore(path);
      return store;
    },
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

test('sqlite: a file store keeps its documents across reopen and migrates once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  try {
    const path = join(dir, 'nested', 'dyad.sqlite');
    const first = await openStore(path);
    const item = makeItem(makeDocument('persist'));
    await first.saveBatch([item]);
    await first.close();
    const second = await openStore(path);
    assert.equal(await second.migrate(), 0);
    assert.equal(await second.hasDocument(item.doc.id), true);
    assert.equal((await second.stats()).events, 1);
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
