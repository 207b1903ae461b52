import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../model/index.js';
import type { Store } from './types.js';
import { StoreQueryError } from './query.js';
import { iterateEvents } from './index.js';
import { TEST_CODED_WITH, makeDocument, makeEvent, makeItem, makeSentences } from './test-factory.js';

/** A fresh, migrated, empty store and how to dispose of it. */
export interface StoreFixture {
  store: Store;
  cleanup(): Promise<void>;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The behaviour every store backend must have; each backend's test file calls this once.
 * `makeStore` returns a fresh empty store per test; `skip` is a reason to skip the whole suite.
 */
export function runStoreContract(name: string, makeStore: () => Promise<StoreFixture>, skip: false | string = false): void {
  async function withStore(fn: (store: Store) => Promise<void>): Promise<void> {
    const { store, cleanup } = await makeStore();
    try {
      await fn(store);
    } finally {
      await cleanup();
    }
  }

  describe(`store contract: ${name}`, { skip }, () => {
    test('migrations are idempotent and versioned', () => withStore(async (store) => {
      assert.equal(await store.migrate(), 0);
      assert.equal(await store.migrate(), 0);
      const stats = await store.stats();
      assert.equal(stats.schemaVersion, 2);
      assert.equal(stats.backend, name);
      assert.equal(stats.documents, 0);
    }));

    test('a document is stored once, with its sentences and events round-tripping', () => withStore(async (store) => {
      const doc = makeDocument('once');
      const item = makeItem(doc, [{ code: '042' }, { code: '190', sentence: 1, quadClass: 4, goldstein: -10, target: null }]);
      assert.equal(await store.putDocument(item.doc, item.sentences, item.events, item.meta), true);
      assert.equal(await store.putDocument(item.doc, item.sentences, item.events, item.meta), false);
      assert.equal(await store.hasDocument(doc.id), true);
      assert.equal(await store.hasDocument('nope'), false);
      assert.deepEqual(await store.existingIds([doc.id, 'nope']), new Set([doc.id]));
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
      assert.equal(stats.events, 2);
      assert.equal(stats.sentences, 2);
      const found = await store.findDocument(doc.id);
      assert.ok(found);
      assert.deepEqual(found.doc, doc);
      assert.deepEqual(found.parsed, makeSentences(doc));
      assert.deepEqual(found.codedWith, TEST_CODED_WITH);
      assert.equal(found.events, 2);
      assert.equal(await store.findDocument('missing'), undefined);
      const events = (await store.queryEvents({ docId: doc.id })).items;
      assert.deepEqual([...events].sort(byId), [...item.events].sort(byId));
      assert.deepEqual(await store.findEvent(item.events[1].id), item.events[1]);
      assert.equal(await store.findEvent('missing'), undefined);
    }));

    test('the same event id twice in one document is stored once', () => withStore(async (store) => {
      const doc = makeDocument('dup-event');
      const e = makeEvent(doc);
      await store.putDocument(doc, makeSentences(doc), [e, e], { codedWith: TEST_CODED_WITH });
      assert.equal((await store.stats()).events, 1);
      assert.equal((await store.listDocuments()).items[0].events, 1);
    }));

    test('near-duplicates are linked to the document they repeat', () => withStore(async (store) => {
      const a = makeDocument('original');
      const b = makeDocument('reprint', { source: 'Other Wire' });
      await store.saveBatch([makeItem(a, [{}], { signature: 'sig-a' }), makeItem(b, [{}], { signature: 'sig-b', duplicateOf: a.id })]);
      assert.equal((await store.findDocument(b.id))?.duplicateOf, a.id);
      assert.equal((await store.findDocument(a.id))?.duplicateOf, null);
      assert.deepEqual((await store.listDocuments({ duplicates: true })).items.map((d) => d.id), [b.id]);
      assert.deepEqual((await store.listDocuments({ duplicates: false })).items.map((d) => d.id), [a.id]);
      assert.deepEqual(await store.listSignatures(), [{ id: a.id, signature: 'sig-a' }]);
      assert.equal((await store.stats()).nearDuplicates, 1);
    }));

    test('a failing batch leaves nothing half-written', () => withStore(async (store) => {
      const good = makeItem(makeDocument('good'));
      const bad = makeItem(makeDocument('bad'));
      bad.events[0] = { ...bad.events[0], quadClass: 9 as 1 };
      await assert.rejects(store.saveBatch([good, bad]), /bad|quad_class|check/i);
      assert.equal(await store.hasDocument(good.doc.id), false);
      assert.equal(await store.hasDocument(bad.doc.id), false);
      const stats = await store.stats();
      assert.equal(stats.documents, 0);
      assert.equal(stats.events, 0);
      assert.equal(stats.sentences, 0);
      const again = await store.saveBatch([good, good]);
      assert.deepEqual(again, { inserted: 1, skipped: 1, insertedIds: [good.doc.id] });
    }));

    test('failures are recorded with origin and reason, attempts counted', () => withStore(async (store) => {
      await store.recordFailure('in/a.html', 'no article body found');
      await store.recordFailure('in/b.txt', 'coder crashed', 'abc');
      await store.recordFailure('in/a.html', 'still no article body');
      const failures = await store.listFailures();
      assert.equal(failures.length, 2);
      assert.equal(failures[0].origin, 'in/a.html');
      assert.equal(failures[0].error, 'still no article body');
      assert.equal(failures[0].attempts, 2);
      assert.equal(failures[1].docId, 'abc');
      assert.equal((await store.stats()).failures, 2);
      const retried = makeItem(makeDocument('retried', { origin: 'in/b.txt' }));
      await store.saveBatch([retried]);
      assert.deepEqual((await store.listFailures()).map((f) => f.origin), ['in/a.html'], 'a stored document clears its failure');
    }));

    describe('queries', () => {
      async function seed(store: Store): Promise<EventRecord[]> {
        const d1 = makeDocument('q1', { published: '2024-01-10', source: 'Wire A' });
        const d2 = makeDocument('q2', { published: '2024-02-20', source: 'Wire B' });
        const d3 = makeDocument('q3', { published: null, source: null });
        const items = [
          makeItem(d1, [
            { code: '042', source: 'RUSGOV', target: 'AFGGOV', text: 'Russia hosted the Afghan minister.' },
            { code: '0431', source: 'AFGGOV', target: 'RUSGOV', sentence: 1, predicate: 3 },
            { code: '190', source: 'AFGMIL', target: 'AFGINSTAL', quadClass: 4, goldstein: -10, sentence: 1, predicate: 5 },
          ]),
          makeItem(d2, [
            { code: '057', source: 'RUSGOV', target: 'TJKGOV', quadClass: 1, goldstein: 8 },
            { code: '112', source: 'IGOUNO', target: 'RUSGOV', quadClass: 3, goldstein: -2, negated: true, sentence: 1 },
          ]),
          makeItem(d3, [{ code: '040', source: 'RUS', target: null, date: null }]),
        ];
        await store.saveBatch(items);
        return items.flatMap((i) => i.events);
      }
      const ids = (events: EventRecord[]): string[] => events.map((e) => e.id).sort();
      const pick = (all: EventRecord[], p: (e: EventRecord) => boolean): string[] => ids(all.filter(p));

      test('filters select the matching events', () => withStore(async (store) => {
        const all = await seed(store);
        const q = async (f: Parameters<Store['queryEvents']>[0]): Promise<string[]> => ids((await store.queryEvents(f)).items);
        assert.deepEqual(await q({}), ids(all));
        assert.deepEqual(await q({ actor: 'RUSGOV' }), pick(all, (e) => e.source?.code === 'RUSGOV' || e.target?.code === 'RUSGOV'));
        assert.deepEqual(await q({ source: 'AFG*' }), pick(all, (e) => !!e.source?.code.startsWith('AFG')));
        assert.deepEqual(await q({ target: 'RUSGOV' }), pick(all, (e) => e.target?.code === 'RUSGOV'));
        assert.deepEqual(await q({ code: '04*' }), pick(all, (e) => e.code.startsWith('04')));
        assert.deepEqual(await q({ code: '042' }), pick(all, (e) => e.code === '042'));
        assert.deepEqual(await q({ root: '19' }), pick(all, (e) => e.root === '19'));
        assert.deepEqual(await q({ quadClass: 4 }), pick(all, (e) => e.quadClass === 4));
        assert.deepEqual(await q({ from: '2024-02-01' }), pick(all, (e) => !!e.date && e.date >= '2024-02-01'));
        assert.deepEqual(await q({ to: '2024-01' }), pick(all, (e) => !!e.date && e.date <= '2024-01-31'));
        assert.deepEqual(await q({ country: 'tjk' }), pick(all, (e) => e.target?.country === 'TJK' || e.source?.country === 'TJK'));
        assert.deepEqual(await q({ text: 'AFGHAN MINISTER' }), pick(all, (e) => e.sentence.text.includes('Afghan minister')));
        assert.deepEqual(await q({ text: '100%' }), []);
        assert.deepEqual(await q({ negated: true }), pick(all, (e) => e.negated));
        assert.deepEqual(await q({ source: 'RUS*', code: '05*' }), pick(all, (e) => e.code === '057'));
        await assert.rejects(store.queryEvents({ from: 'last week' }), StoreQueryError);
        await assert.rejects(store.queryEvents({ quadClass: 7 }), StoreQueryError);
        await assert.rejects(store.queryEvents({ limit: 0 }), StoreQueryError);
      }));

      test('cursor pagination visits every event once in (date, id) order', () => withStore(async (store) => {
        const all = await seed(store);
        const seen: EventRecord[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await store.queryEvents({ limit: 2, cursor });
          seen.push(...page.items);
          cursor = page.next;
          pages++;
        } while (cursor);
        assert.equal(pages, Math.ceil(all.length / 2));
        assert.deepEqual(ids(seen), ids(all));
        const key = (e: EventRecord): [string, string] => [e.date ?? '', e.id];
        const order = (x: EventRecord, y: EventRecord): number => {
          const [a, b] = [key(x), key(y)];
          return a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
        };
        assert.deepEqual(seen.map((e) => e.id), [...seen].sort(order).map((e) => e.id));
        assert.equal(seen[0].date, null, 'events without a date come first');
        const streamed: string[] = [];
        for await (const e of iterateEvents(store, { code: '0*' }, 1)) streamed.push(e.id);
        assert.deepEqual(streamed.sort(), pick(all, (e) => e.code.startsWith('0')));
        await assert.rejects(store.queryEvents({ cursor: 'not-a-cursor' }), StoreQueryError);
      }));

      test('documents list with filters and cursor', () => withStore(async (store) => {
        await seed(store);
        const first = await store.listDocuments({ limit: 2 });
        assert.equal(first.items.length, 2);
        assert.ok(first.next);
        const second = await store.listDocuments({ limit: 2, cursor: first.next });
        assert.equal(second.items.length, 1);
        assert.equal(second.next, null);
        assert.deepEqual([...first.items, ...second.items].map((d) => d.title), ['Title q1', 'Title q2', 'Title q3']);
        assert.deepEqual((await store.listDocuments({ source: 'Wire B' })).items.map((d) => d.title), ['Title q2']);
        assert.deepEqual((await store.listDocuments({ from: '2024-02-01' })).items.map((d) => d.title), ['Title q2']);
        assert.deepEqual((await store.listDocuments({ text: 'q3' })).items.map((d) => d.events), [1]);
        assert.equal(first.items[0].sentences, 2);
        assert.equal(first.items[0].events, 3);
      }));

      test('stats, top actors and network count what is stored', () => withStore(async (store) => {
        const all = await seed(store);
        const stats = await store.stats();
        assert.equal(stats.documents, 3);
        assert.equal(stats.events, all.length);
        assert.equal(stats.negatedEvents, 1);
        assert.equal(stats.firstDate, '2024-01-10');
        assert.equal(stats.lastDate, '2024-02-20');
        assert.deepEqual(stats.byRoot, { '04': 3, '05': 1, '11': 1, '19': 1 });
        assert.deepEqual(stats.byQuadClass, { 1: 4, 3: 1, 4: 1 });
        assert.equal(stats.actors, 7);
        assert.deepEqual(stats.codedWith, [{ codedWith: TEST_CODED_WITH, documents: 3 }]);
        const top = await store.topActors({}, 2);
        assert.deepEqual(top[0], { code: 'RUSGOV', country: 'RUS', events: 4, asSource: 2, asTarget: 2 });
        assert.equal(top.length, 2);
        const edges = await store.network({ actor: 'RUSGOV' });
        assert.equal(edges.length, 4);
        const ru = edges.find((e) => e.source === 'RUSGOV' && e.target === 'TJKGOV');
        assert.deepEqual(ru, { source: 'RUSGOV', target: 'TJKGOV', events: 1, cooperative: 1, conflictual: 0, goldsteinSum: 8, goldsteinMean: 8 });
      }));
    });

    test('aggregation counts mentions, articles and sources per (date, source, target, code)', () => withStore(async (store) => {
      const spec = { code: '042', source: 'RUSGOV', target: 'AFGGOV', date: '2024-03-05' };
      const a = makeDocument('agg-a', { source: 'Wire A' });
      const b = makeDocument('agg-b', { source: 'Wire A' });
      const c = makeDocument('agg-c', { source: 'Wire C' });
      await store.saveBatch([
        makeItem(a, [spec, { ...spec, sentence: 1 }]),
        makeItem(b, [spec, { ...spec, code: '043' }]),
        makeItem(c, [spec, { ...spec, negated: true, sentence: 1, code: '190', quadClass: 4 }]),
      ]);
      const page = await store.aggregateEvents({});
      assert.equal(page.items.length, 2, 'negated mentions are left out');
      const visit = page.items.find((x) => x.code === '042');
      assert.ok(visit);
      assert.equal(visit.mentions, 4);
      assert.equal(visit.articles, 3);
      assert.equal(visit.sources, 2);
      assert.equal(visit.date, '2024-03-05');
      assert.equal(visit.source, 'RUSGOV');
      assert.equal(visit.target, 'AFGGOV');
      const mentions = await store.queryEvents({ source: 'RUSGOV', target: 'AFGGOV', code: '042', from: '2024-03-05', to: '2024-03-05' });
      assert.equal(mentions.items.length, 4, 'the individual mentions stay queryable');
      assert.ok(mentions.items.some((m) => m.id === visit.firstMention));
      const first = await store.aggregateEvents({ limit: 1 });
      assert.ok(first.next);
      const rest = await store.aggregateEvents({ limit: 5, cursor: first.next });
      assert.deepEqual([...first.items, ...rest.items], page.items);
      assert.equal(rest.next, null);
      assert.equal((await store.aggregateEvents({ negated: true })).items.length, 1);
    }));

    test('dyad timeseries counts both directions by period', () => withStore(async (store) => {
      const d = makeDocument('ts');
      await store.saveBatch([makeItem(d, [
        { date: '2024-03-04', source: 'RUSGOV', target: 'AFGGOV', code: '042', goldstein: 2, quadClass: 1 },
        { date: '2024-03-10', source: 'RUSGOV', target: 'AFGGOV', code: '043', goldstein: 4, quadClass: 1 },
        { date: '2024-03-11', source: 'AFGMIL', target: 'RUSGOV', code: '112', goldstein: -2, quadClass: 3 },
        { date: '2024-04-01', source: 'RUSGOV', target: 'AFGGOV', code: '190', goldstein: -10, quadClass: 4 },
        { date: '2024-03-05', source: 'RUSGOV', target: 'TJKGOV', code: '042' },
        { date: null, source: 'RUSGOV', target: 'AFGGOV', code: '040', predicate: 9 },
      ])]);
      const monthly = await store.dyadTimeseries('RUSGOV', 'AFG*', 'month');
      assert.deepEqual(monthly, [
        { period: '2024-03', direction: 'ab', events: 2, quadClass: [2, 0, 0, 0], goldsteinSum: 6, goldsteinMean: 3 },
        { period: '2024-03', direction: 'ba', events: 1, quadClass: [0, 0, 1, 0], goldsteinSum: -2, goldsteinMean: -2 },
        { period: '2024-04', direction: 'ab', events: 1, quadClass: [0, 0, 0, 1], goldsteinSum: -10, goldsteinMean: -10 },
      ]);
      const weekly = await store.dyadTimeseries('RUSGOV', 'AFG*', 'week');
      assert.deepEqual(weekly.map((p) => `${p.period} ${p.direction} ${p.events}`), [
        '2024-03-04 ab 2', '2024-03-11 ba 1', '2024-04-01 ab 1',
      ]);
      const daily = await store.dyadTimeseries('RUSGOV', 'AFGGOV', 'day');
      assert.deepEqual(daily.map((p) => p.period), ['2024-03-04', '2024-03-10', '2024-04-01']);
    }));

    test('replaceCoding swaps a document\'s events and coding versions atomically', () => withStore(async (store) => {
      const doc = makeDocument('recode');
      const item = makeItem(doc, [{ code: '042' }, { code: '190', quadClass: 4, sentence: 1 }]);
      await store.saveBatch([item]);
      const newer = { models: 'm2', dictionaries: 'd2', lexicon: 'l1' };
      const replacement = [makeEvent(doc, { code: '043' })];
      await store.replaceCoding(doc.id, item.sentences, replacement, newer);
      assert.deepEqual((await store.queryEvents({ docId: doc.id })).items, replacement);
      const found = await store.findDocument(doc.id);
      assert.deepEqual(found?.codedWith, newer);
      assert.equal(found?.events, 1);
      const other = makeDocument('other');
      await assert.rejects(store.replaceCoding(doc.id, [], [makeEvent(other)], newer), /belongs to document/);
      assert.deepEqual((await store.queryEvents({ docId: doc.id })).items, replacement, 'a failed recode changes nothing');
      await assert.rejects(store.replaceCoding('missing', [], [], newer), /No stored document/);
    }));
  });
}
