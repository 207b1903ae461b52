import type { Document, EventRecord, ParsedSentence } from '../model/index.js';
import type { BatchItem, CodedWith, Store } from '../store/index.js';
import { NearDuplicateIndex, signature } from '../ingest/index.js';

/** One input as the ingest readers yield it: a document, or a reason it could not be read. */
export type IngestInput = { ok: true; doc: Document } | { ok: false; origin: string; error: string };

/** What coding a document produces (the pipeline's `codeDocument`). */
export interface CodedDocument {
  sentences: ParsedSentence[];
  events: EventRecord[];
  diagnostics: string[];
}

/** Codes one document; may throw, which records the document as failed. */
export type CodeDocument = (doc: Document) => CodedDocument;

/** Near-duplicate detection as ingest needs it, over stored signatures (see `nearDuplicateCheck`). */
export interface NearDuplicateCheck {
  /** A compact signature of a text, stored with the document. */
  signature(text: string): string;
  /** Id of an earlier document whose signature is close enough, or null. */
  match(signature: string): string | null;
  add(id: string, signature: string): void;
}

/** Running counts of an ingest run, passed to the progress callback after every batch. */
export interface IngestProgress {
  /** Inputs read (documents and unreadable inputs). */
  read: number;
  /** Documents newly stored. */
  stored: number;
  /** Documents skipped because they were already stored (earlier run or repeated input). */
  duplicates: number;
  /** Stored documents linked to an earlier near-duplicate. */
  nearDuplicates: number;
  failed: number;
  sentences: number;
  events: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

/** The closing summary of an ingest run. */
export interface IngestSummary extends IngestProgress {
  /** True when the run stopped early on its abort signal. */
  interrupted: boolean;
  /** Up to 20 failures (origin and reason) for the closing message; all are in the store. */
  failures: { origin: string; error: string }[];
}

/** Options of `ingestDocuments`. */
export interface IngestOptions {
  store: Store;
  code: CodeDocument;
  codedWith: CodedWith;
  /** Documents per transaction (default 50). */
  batchSize?: number;
  nearDuplicates?: NearDuplicateCheck | null;
  onProgress?: (p: IngestProgress) => void;
  /** Monotonic milliseconds, injectable so tests need no clock. */
  now?: () => number;
  /** When aborted, the run stores what it has read so far and stops (Ctrl-C in `dyad ingest`). */
  signal?: AbortSignal;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Reads inputs, skips documents already stored, codes the rest and writes them in batches of
 * `batchSize`, one transaction each. Because the document id is the key and a batch is all or
 * nothing, running the same inputs again after a crash stores every document exactly once.
 * A document that cannot be read, coded or stored is recorded in `failures` and the run goes on.
 */
export async function ingestDocuments(inputs: AsyncIterable<IngestInput> | Iterable<IngestInput>, options: IngestOptions): Promise<IngestSummary> {
  const { store, code, codedWith, nearDuplicates = null, onProgress } = options;
  const batchSize = options.batchSize ?? 50;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`Invalid batch size: ${batchSize}`);
  const now = options.now ?? (() => performance.now());
  const started = now();
  const s: IngestSummary = {
    read: 0, stored: 0, duplicates: 0, nearDuplicates: 0, failed: 0, sentences: 0, events: 0, elapsedMs: 0,
    failures: [], interrupted: false,
  };
  const seen = new Set<string>();

  const fail = async (origin: string, error: string, docId: string | null = null): Promise<void> => {
    s.failed++;
    if (s.failures.length < 20) s.failures.push({ origin, error });
    await store.recordFailure(origin, error, docId);
  };

  const flush = async (docs: Document[]): Promise<void> => {
    const existing = await store.existingIds(docs.map((d) => d.id));
    const items: BatchItem[] = [];
    for (const doc of docs) {
      if (existing.has(doc.id) || seen.has(doc.id)) {
        s.duplicates++;
        continue;
      }
      seen.add(doc.id);
      let coded: CodedDocument;
      try {
        coded = code(doc);
      } catch (err) {
        await fail(doc.origin ?? doc.id, `coding failed: ${describe(err)}`, doc.id);
        continue;
      }
      let duplicateOf: string | null = null;
      let sig: string | null = null;
      if (nearDuplicates) {
        sig = nearDuplicates.signature(doc.text);
        duplicateOf = nearDuplicates.match(sig);
        if (duplicateOf === null) nearDuplicates.add(doc.id, sig);
      }
      items.push({ doc, sentences: coded.sentences, events: coded.events, meta: { codedWith, signature: sig, duplicateOf } });
    }
    const count = (item: BatchItem): void => {
      s.stored++;
      s.sentences += item.sentences.length;
      s.events += item.events.length;
      if (item.meta.duplicateOf) s.nearDuplicates++;
    };
    try {
      const result = await store.saveBatch(items);
      const stored = new Set(result.insertedIds);
      for (const item of items) {
        if (stored.has(item.doc.id)) count(item);
        else s.duplicates++; // stored meanwhile by another process
      }
    } catch {
      // The batch rolled back as a whole; store one by one so only the bad documents fail.
      for (const item of items) {
        try {
          if ((await store.saveBatch([item])).inserted === 1) count(item);
          else s.duplicates++;
        } catch (err) {
          await fail(item.doc.origin ?? item.doc.id, `storing failed: ${describe(err)}`, item.doc.id);
        }
      }
    }
    s.elapsedMs = now() - started;
    onProgress?.({ ...s });
  };

  let pending: Document[] = [];
  for await (const input of inputs) {
    if (options.signal?.aborted) {
      s.interrupted = true;
      break;
    }
    s.read++;
    if (!input.ok) {
      await fail(input.origin, input.error);
      continue;
    }
    pending.push(input.doc);
    if (pending.length >= batchSize) {
      await flush(pending);
      pending = [];
    }
  }
  if (pending.length > 0) await flush(pending);
  s.elapsedMs = now() - started;
  return s;
}

/**
 * A near-duplicate check seeded with the signatures of the originals already stored, so a resumed
 * or later run links new documents to documents stored before.
 */
export async function nearDuplicateCheck(store: Store): Promise<NearDuplicateCheck> {
  const index = new NearDuplicateIndex();
  for (const { id, signature: sig } of await store.listSignatures()) index.addSignature(id, sig);
  return {
    signature,
    match: (sig) => index.matchSignature(sig)?.id ?? null,
    add: (id, sig) => {
      index.addSignature(id, sig);
    },
  };
}
