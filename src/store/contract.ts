import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../model/index.js';
import type { ActorCount, EventFilter, NetworkEdge, Page, Store } from './types.js';
import { StoreQueryError } from './query.js';
import { iterateEvents } from './index.js';
import { TEST_CODED_WITH, makeDocument, makeEvent, makeItem, makeSentences, place } from './test-factory.js';

/** A fresh, migrated, empty store and how to dispose of it. */
export interface StoreFixture {
  store: Store;
  cleanup(): Promise<void>;
  /** Closes the store, runs raw SQL statements on its database and opens it again (migrations applied). */
  reopenAfter(statements: string[]): Promise<Store>;
}

/** Top actors computed from event records, as `Store.topActors` must return them. */
function expectedActors(events: EventRecord[], limit: number): ActorCount[] {
  const counts = new Map<string, ActorCount>();
  for (const e of events) {
    for (const [a, role] of [[e.source, 'asSource'], [e.target, 'asTarget']] as const) {
      if (!a) continue;
      const c = counts.get(a.code) ?? { code: a.code, country: null, events: 0, asSource: 0, asTarget: 0 };
      c.events++;
      c[role]++;
      if (a.country !== null && (c.country === null || a.country < c.country)) c.country = a.country;
      counts.set(a.code, c);
    }
  }
  return [...counts.values()].sort((x, y) => y.events - x.events || (x.code < y.code ? -1 : 1)).slice(0, limit);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Network edges computed from event records, as `Store.network` must return them. */
function expectedNetwork(events: EventRecord[], limit: number): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    if (!e.source || !e.target) continue;
    const key = `${e.source.code}|${e.target.code}`;
    const edge = edges.get(key) ?? { source: e.source.code, target: e.target.code, events: 0, cooperative: 0, conflictual: 0, goldsteinSum: 0, goldsteinMean: 0 };
    edge.events++;
    if (e.quadClass <= 2) edge.cooperative++;
    else edge.conflictual++;
    edge.goldsteinSum += e.goldstein;
    edges.set(key, edge);
  }
  return [...edges.values()]
    .map((x) => ({ ...x, goldsteinSum: round3(x.goldsteinSum), goldsteinMean: round3(x.goldsteinSum / x.events) }))
    .sort((x, y) => y.events - x.events || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1))
    .slice(0, limit);
}

/** Filters top actors and the network answer from the event summary, with the same test on a record. */
const SUMMARY_FILTERS: [EventFilter, (e: EventRecord) => boolean][] = [
  [{}, () => true],
  [{ quadClass: 4 }, (e) => e.quadClass === 4],
  [{ actor: 'RUSGOV' }, (e) => e.source?.code === 'RUSGOV' || e.target?.code === 'RUSGOV'],
  [{ actor: 'AFG*' }, (e) => !!e.source?.code.startsWith('AFG') || !!e.target?.code.startsWith('AFG')],
  [{ source: '*' }, (e) => e.source !== null],
  [{ target: 'TJK*', quadClass: 1 }, (e) => !!e.target?.code.startsWith('TJK') && e.quadClass === 1],
  [{ root: '04' }, (e) => e.code.startsWith('04')],
  [{ root: '1' }, (e) => e.code.startsWith('1')],
  [{ country: 'tjk' }, (e) => e.source?.country === 'TJK' || e.target?.country === 'TJK'],
  [{ negated: true }, (e) => e.negated],
  [{ negated: false, actor: 'RUS*' }, (e) => !e.negated && (!!e.source?.code.startsWith('RUS') || !!e.target?.code.startsWith('RUS'))],
];

/** Asserts that top actors, the network and the stats agree with every stored event, for each summary filter. */
async function assertSummaryExact(store: Store, step: string): Promise<void> {
  const all: EventRecord[] = [];
  for await (const e of iterateEvents(store)) all.push(e);
  for (const [filter, test] of SUMMARY_FILTERS) {
    const chosen = all.filter(test);
    const label = `${step}, filter ${JSON.stringify(filter)}`;
    assert.deepEqual(await store.topActors(filter, 500), expectedActors(chosen, 500), `top actors: ${label}`);
    assert.deepEqual(await store.network(filter, 1000), expectedNetwork(chosen, 1000), `network: ${label}`);
  }
  // The same answers from the events themselves (a date filter that keeps every dated event).
  const dated = all.filter((e) => e.date !== null);
  assert.deepEqual(await store.topActors({ from: '1000' }, 500), expectedActors(dated, 500), `top actors scanning events: ${step}`);
  assert.deepEqual(await store.network({ from: '1000' }, 1000), expectedNetwork(dated, 1000), `network scanning events: ${step}`);
  const stats = await store.stats();
  assert.equal(stats.events, all.length, `stats events: ${step}`);
  assert.equal(stats.negatedEvents, all.filter((e) => e.negated).length, `stats negated: ${step}`);
  assert.equal(stats.actors, new Set(all.flatMap((e) => [e.source?.code, e.target?.code]).filter((c) => c)).size, `stats actors: ${step}`);
  const byRoot: Record<string, number> = {};
  const byQuadClass: Record<string, number> = {};
  for (const e of all) {
    byRoot[e.root] = (byRoot[e.root] ?? 0) + 1;
    byQuadClass[e.quadClass] = (byQuadClass[e.quadClass] ?? 0) + 1;
  }
  assert.deepEqual(stats.byRoot, byRoot, `stats by root: ${step}`);
  assert.deepEqual(stats.byQuadClass, byQuadClass, `stats by QuadClass: ${step}`);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The behaviour every store backend must have; each backend's test file calls this once.
 * `makeStore` returns a fresh empty store per test; `skip` is a reason to skip the whole suite.
 */
export function runStoreContract(name: string, makeStore: () => Promise<StoreFixture>, skip: false | string = false): void {
  async function withStore(fn: (store: Store, fixture: StoreFixture) => Promise<void>): Promise<void> {
    const fixture = await makeStore();
    try {
      await fn(fixture.store, fixture);
    } finally {
      await fixture.cleanup();
    }
  }

  describe(`store contract: ${name}`, { skip }, () => {
    test('migrations are idempotent and versioned', () => withStore(async (store) => {
      assert.equal(await store.migrate(), 0);
      assert.equal(await store.migrate(), 0);
      const stats = await store.stats();
      assert.equal(stats.schemaVersion, 3);
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
            { code: '190', source: 'AFGMIL', target: 'AFGINSTAL', quadClass: 4, goldstein: -10, sentence: 1, predicate: 5, location: place('Kabul', 'AFG') },
          ]),
          makeItem(d2, [
            { code: '057', source: 'RUSGOV', target: 'TJKGOV', quadClass: 1, goldstein: 8, location: place('Dushanbe', 'TJK') },
            { code: '112', source: 'IGOUNO', target: 'RUSGOV', quadClass: 3, goldstein: -2, negated: true, sentence: 1, location: place('Moscow', 'USA') },
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
        assert.deepEqual(await q({ place: 'moscow' }), pick(all, (e) => e.location?.name === 'Moscow'));
        assert.equal((await q({ place: 'MOSCOW' })).length, 2, 'Moscow, Russia and Moscow, USA');
        assert.deepEqual(await q({ place: 'mos*' }), pick(all, (e) => !!e.location?.name.startsWith('Mos')));
        assert.deepEqual(await q({ place: 'Kab*', actor: 'AFG*' }), pick(all, (e) => e.location?.name === 'Kabul'));
        assert.deepEqual(await q({ place: '*' }), pick(all, (e) => e.location !== null));
        assert.deepEqual(await q({ place: 'Mosc' }), [], 'a place name matches whole, unless it ends in *');
        assert.deepEqual(await q({ placeCountry: 'rus' }), pick(all, (e) => e.location?.country === 'RUS'));
        assert.deepEqual(await q({ place: 'Moscow', placeCountry: 'USA' }), pick(all, (e) => e.code === '112'));
        assert.deepEqual(await q({ placeCountry: 'TJK', country: 'TJK' }), pick(all, (e) => e.code === '057'));
        assert.deepEqual(await q({ actor: 'AFG*' }), pick(all, (e) => !!e.source?.code.startsWith('AFG') || !!e.target?.code.startsWith('AFG')));
        assert.deepEqual(await q({ actor: 'RUS*', quadClass: 1, to: '2024-01' }), pick(all, (e) => e.quadClass === 1 && !!e.date && e.date <= '2024-01-31'
          && (!!e.source?.code.startsWith('RUS') || !!e.target?.code.startsWith('RUS'))));
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

      test('an actor in either role pages through its events once each, in (date, id) order', () => withStore(async (store) => {
        const all = await seed(store);
        const key = (e: EventRecord): string => `${e.date ?? ''}\u0000${e.id}`; // undated first, as stored
        for (const [actor, involves] of [
          ['RUS*', (c?: string) => !!c?.startsWith('RUS')],
          ['AFG*', (c?: string) => !!c?.startsWith('AFG')],
          ['RUSGOV', (c?: string) => c === 'RUSGOV'],
        ] as const) {
          const seen: EventRecord[] = [];
          let cursor: string | null = null;
          do {
            const page: Page<EventRecord> = await store.queryEvents({ actor, limit: 1, cursor });
            assert.ok(page.items.length <= 1);
            seen.push(...page.items);
            cursor = page.next;
          } while (cursor);
          const expected = all.filter((e) => involves(e.source?.code) || involves(e.target?.code)).sort((x, y) => (key(x) < key(y) ? -1 : 1));
          assert.deepEqual(seen.map((e) => e.id), expected.map((e) => e.id), `actor ${actor}`);
        }
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

    test('the event summary stays exact through inserts, skipped duplicates and recoding', () => withStore(async (store) => {
      const a = makeDocument('sum-a', { published: '2024-05-01' });
      const b = makeDocument('sum-b', { published: '2024-05-02' });
      const c = makeDocument('sum-c', { published: null });
      const itemA = makeItem(a, [
        { code: '042', source: 'RUSGOV', target: 'AFGGOV', goldstein: 1.9 },
        { code: '042', source: 'RUSGOV', target: 'AFGGOV', goldstein: 1.9, predicate: 4 },
        { code: '190', source: 'AFGMIL', target: 'AFGINSTAL', quadClass: 4, goldstein: -10, sentence: 1 },
        { code: '112', source: 'IGOUNO', target: 'RUSGOV', quadClass: 3, goldstein: -2, negated: true },
      ]);
      const itemB = makeItem(b, [
        { code: '057', source: 'RUSGOV', target: 'TJKGOV', goldstein: 8 },
        { code: '0431', source: 'TJKGOV', target: null, goldstein: 2.8 },
        { code: '173', source: null, target: 'TJKMIL', quadClass: 4, goldstein: -5, sentence: 1 },
      ]);
      await store.saveBatch([itemA, itemB]);
      await assertSummaryExact(store, 'after the first batch');
      // Stored again (skipped), and a document with an event whose id is already stored (skipped).
      await store.saveBatch([itemA, makeItem(c, [{ code: '036', source: 'AFGGOV', target: 'RUSGOV', date: null }])]);
      const itemD = makeItem(makeDocument('sum-d'), [{ code: '036', source: 'CHNGOV', target: 'RUSGOV' }]);
      itemD.events.push({ ...makeEvent(itemD.doc, { code: '190', source: 'USAGOV', target: 'AFGGOV', quadClass: 4 }), id: itemA.events[2].id });
      await store.saveBatch([itemD]);
      assert.equal((await store.stats()).events, 9);
      await assertSummaryExact(store, 'after duplicates');
      // Recoding changes actors and classes, then removes every event of a document.
      await store.replaceCoding(a.id, itemA.sentences, [
        makeEvent(a, { code: '042', source: 'RUSGOV', target: 'AFGGOV', goldstein: 1.9 }),
        makeEvent(a, { code: '130', source: 'AFGGOV', target: 'PAKGOV', quadClass: 3, goldstein: -4.4, predicate: 7 }),
      ], TEST_CODED_WITH);
      await assertSummaryExact(store, 'after recoding a document');
      await store.replaceCoding(b.id, itemB.sentences, [], TEST_CODED_WITH);
      await assertSummaryExact(store, 'after recoding a document to no events');
      await store.replaceCoding(a.id, itemA.sentences, itemA.events, TEST_CODED_WITH);
      await store.replaceCoding(a.id, itemA.sentences, itemA.events, TEST_CODED_WITH);
      await assertSummaryExact(store, 'after recoding back twice');
    }));

    test('migration 3 builds the event summary from the events already stored', () => withStore(async (store, fixture) => {
      await store.saveBatch([
        makeItem(makeDocument('mig-a'), [
          { code: '042', source: 'RUSGOV', target: 'AFGGOV' },
          { code: '190', source: 'AFGMIL', target: null, quadClass: 4, goldstein: -10, sentence: 1 },
        ]),
        makeItem(makeDocument('mig-b'), [{ code: '112', source: 'IGOUNO', target: 'RUSGOV', quadClass: 3, goldstein: -2, negated: true }]),
      ]);
      // Back to the schema of version 2, with its events: reopening applies migration 3 again.
      const reopened = await fixture.reopenAfter([
        'DROP TABLE event_summary',
        'DROP INDEX events_source_day', 'DROP INDEX events_target_day', 'DROP INDEX events_place', 'DROP INDEX events_place_country',
        'DROP INDEX documents_coded_with',
        'CREATE INDEX events_source ON events (source_code, day)', 'CREATE INDEX events_target ON events (target_code, day)',
        'DELETE FROM schema_migrations WHERE version = 3',
      ]);
      const stats = await reopened.stats();
      assert.equal(stats.schemaVersion, 3);
      assert.equal(stats.events, 3);
      await assertSummaryExact(reopened, 'after migrating');
      assert.deepEqual((await reopened.queryEvents({ place: 'moscow' })).items.map((e) => e.code), ['042']);
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
