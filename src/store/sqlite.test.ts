import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStoreContract } from './contract.js';
import { openStore } from './index.js';
import { makeDocument, makeItem } from './test-factory.js';

runStoreContract('sqlite', async () => {
  const store = await openStore(':memory:');
  return { store, cleanup: () => store.close() };
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
