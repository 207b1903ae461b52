import { openStore, StoreQueryError, type OpenOptions, type Store } from '../store/index.js';
import { UsageError } from './command.js';

/**
 * Opens the store at `db`, runs `work` on it and closes it whatever happens. A query the store
 * rejects (a bad filter or cursor: `StoreQueryError`) becomes a usage error, so the command
 * exits 2 with the store's message.
 */
export async function withStore<T>(db: string | undefined, options: OpenOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db, options);
  try {
    return await work(store);
  } catch (err) {
    if (err instanceof StoreQueryError) throw new UsageError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}
