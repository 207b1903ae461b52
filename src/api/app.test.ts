import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './index.js';
import { openStore, type Store } from '../store/index.js';
import { makeDocument, makeItem, TEST_CODED_WITH } from '../store/test-factory.js';
import type { Document } from '../model/index.js';
import type { CodedDocument } from '../pipeline/ingest.js';

let store: Store;
let app: FastifyInstance;
const TOKEN = 'secret-token-123';
const doc = makeDocument('kabul', { text: 'Russia visited Afghanistan today. Afghanistan criticized Russia <script>alert(1)</script>.' });
const other = makeDocument('other', { published: '2024-05-20' });

// A stand-in coder: one event per posted document, so POST tests do not load the models.
function fakeCode(d: Document): CodedDocument {
  const item = makeItem(d, [{ source: 'USAGOV', target: 'CHNGOV', code: '036', quadClass: 1 }]);
  return { sentences: item.sentences, events: item.events, diagnostics: [] };
}

before(async () => {
  store = await openStore(':memory:');
  await store.saveBatch([
    makeItem(doc, [
      { sentence: 0, source: 'RUSGOV', target: 'AFGGOV', code: '042', quadClass: 1, goldstein: 1.9, text: 'Russia visited Afghanistan today.' },
      { sentence: 1, source: 'AFGGOV', target: 'RUSGOV', code: '111', quadClass: 3, goldstein: -2, text: 'Afghanistan criticized Russia <script>alert(1)</script>.' },
    ]),
    makeItem(other, [{ source: 'RUSGOV', target: 'AFGGOV', code: '190', quadClass: 4, goldstein: -10, predicate: 2 }]),
  ]);
  app = await buildApp({ store, token: TOKEN, code: fakeCode, codedWith: TEST_CODED_WITH, bodyLimit: 64 * 1024 });
});

after(async () => {
  await app.close();
  await store.close();
});

test('GET /api/events filters by dyad and paginates with a cursor', async () => {
  const first = await app.inject({ url: '/api/events?source=rusgov&limit=1' });
  assert.equal(first.statusCode, 200);
  const page = first.json();
  assert.equal(page.items.length, 1);
  assert.equal(page.items[0].source.code, 'RUSGOV');
  assert.ok(page.next);
  const second = (await app.inject({ url: `/api/events?source=RUSGOV&limit=1&cursor=${page.next}` })).json();
  assert.equal(second.items.length, 1);
  assert.notEqual(second.items[0].id, page.items[0].id);
  assert.equal(second.next, null);
  const conflict = (await app.inject({ url: '/api/events?quadClass=4' })).json();
  assert.deepEqual(conflict.items.map((e: { code: string }) => e.code), ['190']);
  const text = (await app.inject({ url: '/api/events?text=criticized' })).json();
  assert.deepEqual(text.items.map((e: { code: string }) => e.code), ['111']);
  const dated = (await app.inject({ url: '/api/events?from=2024-05&to=2024-05-31' })).json();
  assert.deepEqual(dated.items.map((e: { code: string }) => e.code), ['190']);
  const either = (await app.inject({ url: '/api/events?actor=afggov&quadClass=3' })).json();
  assert.deepEqual(either.items.map((e: { code: string }) => e.code), ['111']);
});

test('GET /api/events filters by the event location: place name and place country', async () => {
  const codes = async (qs: string): Promise<string[]> => {
    const res = await app.inject({ url: `/api/events?${qs}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items.map((e: { code: string }) => e.code);
  };
  assert.deepEqual(await codes('place=moscow'), ['042']);
  assert.deepEqual(await codes('place=Mos*&placeCountry=rus'), ['042']);
  assert.deepEqual(await codes('place=Kabul'), []);
  assert.deepEqual(await codes('placeCountry=AFG'), []);
  assert.deepEqual(await codes(`place=${encodeURIComponent('*')}&actor=RUSGOV`), ['042']);
  const network = (await app.inject({ url: '/api/network?place=moscow' })).json();
  assert.deepEqual(network.edges.map((e: { source: string; target: string; events: number }) => [e.source, e.target, e.events]), [['RUSGOV', 'AFGGOV', 1]]);
  const bad = await app.inject({ url: '/api/events?placeCountry=Russia' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error, /placeCountry/);
});

test('invalid parameters give 400 naming the field and value, without a stack trace', async () => {
  const bad = await app.inject({ url: '/api/events?quadClass=7' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error, /quadClass/);
  assert.match(bad.json().error, /'7'/);
  const unknown = await app.inject({ url: '/api/events?colour=red' });
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.json().error, /unknown parameter 'colour'/);
  const date = await app.inject({ url: '/api/events?from=yesterday' });
  assert.equal(date.statusCode, 400);
  assert.match(date.json().error, /from.*yesterday/);
  const cursor = await app.inject({ url: '/api/events?cursor=not-a-cursor' });
  assert.equal(cursor.statusCode, 400);
  assert.match(cursor.json().error, /Invalid cursor/);
  const interval = await app.inject({ url: '/api/dyads/RUSGOV/AFGGOV/timeseries?interval=year' });
  assert.equal(interval.statusCode, 400);
  assert.match(interval.json().error, /interval.*year/);
  for (const r of [bad, unknown, date, cursor, interval]) assert.doesNotMatch(r.body, /at .*\.js:\d+/);
});

test('GET /api/dyads/:a/:b/timeseries counts both directions by QuadClass', async () => {
  const res = await app.inject({ url: '/api/dyads/RUSGOV/AFGGOV/timeseries?interval=month' });
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.interval, 'month');
  const march = body.points.filter((p: { period: string }) => p.period === '2024-03');
  const ab = march.find((p: { direction: string }) => p.direction === 'ab');
  const ba = march.find((p: { direction: string }) => p.direction === 'ba');
  assert.deepEqual(ab.quadClass, [1, 0, 0, 0]);
  assert.deepEqual(ba.quadClass, [0, 0, 1, 0]);
  assert.equal(ba.goldsteinSum, -2);
  const may = body.points.find((p: { period: string }) => p.period === '2024-05');
  assert.equal(may.goldsteinMean, -10);
});

test('GET /api/actors searches by prefix and GET /api/network returns nodes and edges', async () => {
  const actors = (await app.inject({ url: '/api/actors?q=rus' })).json();
  assert.deepEqual(actors.items.map((a: { code: string }) => a.code), ['RUSGOV']);
  assert.equal(actors.items[0].events, 3);
  const net = (await app.inject({ url: '/api/network' })).json();
  const edge = net.edges.find((e: { source: string }) => e.source === 'RUSGOV');
  assert.equal(edge.events, 2);
  assert.equal(edge.conflictual, 1);
  assert.deepEqual(net.nodes.map((n: { id: string }) => n.id).sort(), ['AFGGOV', 'RUSGOV']);
});

test('GET /api/documents/:id returns text and character spans of the evidence', async () => {
  const res = await app.inject({ url: `/api/documents/${doc.id}` });
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.text, doc.text);
  const e = body.events.find((x: { code: string }) => x.code === '042');
  const s = e.sentence.text as string;
  assert.equal(s.slice(e.spans.source.start, e.spans.source.end), 'Russia');
  assert.equal(s.slice(e.spans.predicate.start, e.spans.predicate.end), 'visited');
  assert.equal(s.slice(e.spans.target.start, e.spans.target.end), 'Afghanistan');
  assert.ok(Array.isArray(body.places), 'the document view lists its main places');
  const missing = await app.inject({ url: '/api/documents/abc123' });
  assert.equal(missing.statusCode, 404);
  assert.match(missing.json().error, /abc123/);
  const bad = await app.inject({ url: '/api/documents/..%2F..%2Fetc' });
  assert.equal(bad.statusCode, 400);
});

test('GET /api/stats and /api/openapi.json describe the store and every route', async () => {
  const stats = (await app.inject({ url: '/api/stats' })).json();
  assert.equal(stats.events, 3);
  assert.equal(stats.documents, 2);
  const spec = (await app.inject({ url: '/api/openapi.json' })).json();
  assert.equal(spec.openapi, '3.1.0');
  for (const path of ['/api/events', '/api/dyads/{a}/{b}/timeseries', '/api/actors', '/api/network', '/api/documents/{id}', '/api/documents', '/api/stats']) {
    assert.ok(spec.paths[path], `missing ${path}`);
  }
  const names = spec.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
  assert.ok(names.includes('quadClass') && names.includes('cursor') && names.includes('place') && names.includes('placeCountry'));
});

test('POST /api/documents needs the token, validates the body and stores documents', async () => {
  const payload = { text: 'The United States praised China on Monday.', title: 'Praise', date: '2024-06-03' };
  const none = await app.inject({ method: 'POST', url: '/api/documents', payload });
  assert.equal(none.statusCode, 401);
  const wrong = await app.inject({ method: 'POST', url: '/api/documents', payload, headers: { authorization: 'Bearer nope' } });
  assert.equal(wrong.statusCode, 401);
  const auth = { authorization: `Bearer ${TOKEN}` };
  const invalid = await app.inject({ method: 'POST', url: '/api/documents', payload: { title: 'no text' }, headers: auth });
  assert.equal(invalid.statusCode, 400);
  assert.match(invalid.json().error, /text/);
  const extra = await app.inject({ method: 'POST', url: '/api/documents', payload: [{ text: 'ok' }, { text: 'x', colour: 1 }], headers: auth });
  assert.equal(extra.statusCode, 400);
  assert.match(extra.json().error, /body\[1\]: unknown field 'colour'/);
  const ok = await app.inject({ method: 'POST', url: '/api/documents', payload, headers: auth });
  assert.equal(ok.statusCode, 201);
  const result = ok.json();
  assert.equal(result.stored, 1);
  assert.equal(result.events, 1);
  const again = await app.inject({ method: 'POST', url: '/api/documents', payload, headers: auth });
  assert.equal(again.json().duplicates, 1);
  const stored = (await app.inject({ url: `/api/documents/${result.ids[0]}` })).json();
  assert.equal(stored.title, 'Praise');
  assert.equal(stored.published, '2024-06-03');
  const raw = await app.inject({ method: 'POST', url: '/api/documents', payload: 'Plain text body about talks.', headers: { ...auth, 'content-type': 'text/plain' } });
  assert.equal(raw.statusCode, 201);
  const big = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'x'.repeat(100_000) }, headers: auth });
  assert.equal(big.statusCode, 413);
});

test('POST is refused when the server has no token; the dashboard and atlas are served', async () => {
  const open = await buildApp({ store, code: fakeCode, codedWith: TEST_CODED_WITH });
  try {
    const res = await open.inject({ method: 'POST', url: '/api/documents', payload: { text: 'x' } });
    assert.equal(res.statusCode, 403);
    const page = await open.inject({ url: '/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /<script type="module" src="\/app.js">/);
    assert.match(page.headers['content-security-policy'] as string, /script-src 'self'/);
    assert.equal(page.headers['access-control-allow-origin'], undefined);
    const atlas = await open.inject({ url: '/atlas/countries-110m.json' });
    assert.equal(atlas.statusCode, 200);
    assert.equal(atlas.json().type, 'Topology');
    const traversal = await open.inject({ url: '/..%2Fpackage.json' });
    assert.equal(traversal.statusCode, 404);
  } finally {
    await open.close();
  }
});
