import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../model/index.js';
import { openStore, type Store } from '../store/index.js';
import { TEST_CODED_WITH, makeDocument, makeEvent, makeSentences } from '../store/test-factory.js';
import { ingestDocuments, nearDuplicateCheck, type CodeDocument, type IngestInput, type IngestProgress } from './ingest.js';
import { ProgressReporter, formatSummary } from './ingest-progress.js';
import { diffEvents, recodeDocuments } from './ingest-recode.js';

// A stand-in coder: one event per sentence mentioning "visit", a failure for texts containing "CRASH".
const fakeCoder: CodeDocument = (doc) => {
  if (doc.text.includes('CRASH')) throw new Error('parser gave up');
  const sentences = makeSentences(doc);
  const events = sentences
    .filter((s) => s.text.includes('visit'))
    .map((s) => makeEvent(doc, { sentence: s.index, text: s.text, quadClass: doc.text.includes('BADQUAD') ? (9 as 1) : 1 }));
  return { sentences, events, diagnostics: [] };
};

function docs(n: number, prefix = 'doc'): Document[] {
  return Array.from({ length: n }, (_, i) => makeDocument(`${prefix}${i}`, {
    text: `Officials of country ${prefix} ${i} planned a visit number ${i * 7919} to the capital. Talks about item ${i} ended.`,
  }));
}

function inputs(list: Document[]): IngestInput[] {
  return list.map((doc) => ({ ok: true, doc }));
}

async function withStore(fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(':memory:');
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

let tick = 0;
const clock = (): number => (tick += 10);

test('ingest stores new documents in batches and skips what is already stored', () => withStore(async (store) => {
  const list = docs(7);
  const progress: IngestProgress[] = [];
  const first = await ingestDocuments(inputs([...list, list[0]]), {
    store, code: fakeCoder, codedWith: TEST_CODED_WITH, batchSize: 3, onProgress: (p) => progress.push(p), now: clock,
  });
  assert.equal(first.read, 8);
  assert.equal(first.stored, 7);
  assert.equal(first.duplicates, 1, 'a repeated input is stored once');
  assert.equal(first.events, 7);
  assert.equal(first.failed, 0);
  assert.deepEqual(progress.map((p) => p.read), [3, 6, 8]);
  const second = await ingestDocuments(inputs(list), { store, code: fakeCoder, codedWith: TEST_CODED_WITH, batchSize: 3 });
  assert.equal(second.stored, 0);
  assert.equal(second.duplicates, 7);
  const stats = await store.stats();
  assert.equal(stats.documents, 7);
  assert.equal(stats.events, 7);
}));

test('an aborted run stores what it read and says it was interrupted', () => withStore(async (store) => {
  const list = docs(6);
  const stop = new AbortController();
  async function* slow(): AsyncGenerator<IngestInput> {
    for (const [i, doc] of list.entries()) {
      if (i === 4) stop.abort();
      yield { ok: true, doc };
    }
  }
  const summary = await ingestDocuments(slow(), { store, code: fakeCoder, codedWith: TEST_CODED_WITH, batchSize: 3, signal: stop.signal });
  assert.equal(summary.interrupted, true);
  assert.equal(summary.stored, 4);
  assert.equal((await store.stats()).documents, 4);
  assert.match(formatSummary(summary), /interrupted/);
}));

test('a document that fails to read, code or store is recorded and the batch goes on', () => withStore(async (store) => {
  const good = docs(4);
  const crash = makeDocument('crash', { text: 'This one will CRASH the parser. It has a visit.' });
  const bad = makeDocument('bad', { text: 'A visit with a BADQUAD event. More text.' });
  const items: IngestInput[] = [
    ...inputs(good.slice(0, 2)), { ok: true, doc: crash }, { ok: false, origin: 'in/x.bin', error: 'binary file' },
    { ok: true, doc: bad }, ...inputs(good.slice(2)),
  ];
  const summary = await ingestDocuments(items, { store, code: fakeCoder, codedWith: TEST_CODED_WITH, batchSize: 10 });
  assert.equal(summary.stored, 4);
  assert.equal(summary.failed, 3);
  for (const d of good) assert.equal(await store.hasDocument(d.id), true);
  assert.equal(await store.hasDocument(bad.id), false);
  const failures = await store.listFailures();
  assert.deepEqual(failures.map((f) => f.origin).sort(), ['in/x.bin', 'test/bad.txt', 'test/crash.txt']);
  assert.match(failures.find((f) => f.origin === 'test/crash.txt')?.error ?? '', /coding failed: parser gave up/);
  assert.match(failures.find((f) => f.origin === 'test/bad.txt')?.error ?? '', /storing failed/);
  assert.match(formatSummary(summary), /failed +3/);
}));

test('near-duplicates are linked to the stored original, also across runs', () => withStore(async (store) => {
  const base = 'The defence minister arrived in Moscow on Tuesday for talks on rifles, training and the border with Tajikistan, officials said after the meeting.';
  const original = makeDocument('orig', { text: base });
  const reprint = makeDocument('reprint', { text: `${base} Reporting by a wire service.` });
  await ingestDocuments(inputs([original]), { store, code: fakeCoder, codedWith: TEST_CODED_WITH, nearDuplicates: await nearDuplicateCheck(store) });
  const summary = await ingestDocuments(inputs([reprint]), { store, code: fakeCoder, codedWith: TEST_CODED_WITH, nearDuplicates: await nearDuplicateCheck(store) });
  assert.equal(summary.nearDuplicates, 1);
  assert.equal((await store.findDocument(reprint.id))?.duplicateOf, original.id);
  assert.ok((await store.findDocument(original.id))?.signature);
}));

test('progress: periodic lines off a terminal, one redrawn line on a terminal', () => {
  const p: IngestProgress = { read: 10, stored: 9, duplicates: 1, nearDuplicates: 0, failed: 0, sentences: 40, events: 12, elapsedMs: 2000 };
  let text = '';
  let t = 0;
  const log = new ProgressReporter({ write: (s: string) => (text += s), isTTY: false }, 1000, () => t);
  log.update(p);
  t = 500;
  log.update(p);
  t = 1600;
  log.update(p);
  assert.equal(text.split('\n').filter(Boolean).length, 2);
  assert.match(text, /5\.0 docs\/s.*12 events/);
  let tty = '';
  const bar = new ProgressReporter({ write: (s: string) => (tty += s), isTTY: true }, 1000, () => 0);
  bar.update(p);
  bar.update(p);
  bar.finish({ ...p, failures: [], interrupted: false });
  assert.equal(tty.split('\r').length, 3);
  assert.match(tty, /^events +12$/m);
});

test('diffEvents pairs events by sentence and predicate', () => {
  const doc = makeDocument('diff');
  const a = makeEvent(doc, { code: '042', predicate: 1 });
  const b = makeEvent(doc, { code: '190', predicate: 4, quadClass: 4 });
  const c = makeEvent(doc, { code: '043', predicate: 1 });
  const d = makeEvent(doc, { code: '036', predicate: 8 });
  const diff = diffEvents([a, b], [c, b, d]);
  assert.equal(diff.unchanged, 1);
  assert.deepEqual(diff.changed.map((x) => [x.before.code, x.after.code]), [['042', '043']]);
  assert.deepEqual(diff.added.map((e) => e.code), ['036']);
  assert.deepEqual(diff.removed, []);
  assert.deepEqual(diffEvents([a, b], [a]).removed.map((e) => e.code), ['190']);
  assert.equal(diffEvents([a], [{ ...a, source: a.source ? { ...a.source, group: null } : null }]).unchanged, 1, 'null and absent members are the same');
});

test('recode replaces stale codings and reports what changed', () => withStore(async (store) => {
  await ingestDocuments(inputs(docs(3)), { store, code: fakeCoder, codedWith: TEST_CODED_WITH });
  const newer = { ...TEST_CODED_WITH, lexicon: 'l2' };
  const recoder: CodeDocument = (doc) => {
    const r = fakeCoder(doc);
    return { ...r, events: r.events.map((e) => (doc.id === docs(3)[1].id ? { ...e, code: '043', name: 'Host a visit' } : e)) };
  };
  const reports: string[] = [];
  const summary = await recodeDocuments(store, recoder, newer, { onDocument: (r) => reports.push(`${r.title}:${r.changed.length}`) });
  assert.deepEqual(summary, { documents: 3, recoded: 3, upToDate: 0, withChanges: 1, failed: 0, added: 0, removed: 0, changed: 1, unchanged: 2 });
  assert.deepEqual(reports, ['Title doc0:0', 'Title doc1:1', 'Title doc2:0']);
  assert.equal((await store.queryEvents({ code: '043' })).items.length, 1);
  const again = await recodeDocuments(store, recoder, newer);
  assert.equal(again.upToDate, 3);
  assert.equal(again.recoded, 0);
}));
