import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Document } from '../model/index.js';
import { StoreError, StoreQueryError, type EventFilter, type Interval, type Store } from '../store/index.js';
import { parseJsonlRecord, extractFromPlainText, toDocument } from '../ingest/index.js';
import { ingestDocuments, type CodeDocument } from '../pipeline/ingest.js';
import type { CodedWith } from '../store/index.js';
import { actorsQuery, documentParams, documentInput, dyadParams, eventsQuery, networkQuery, timeseriesQuery } from './schemas.js';
import { buildOpenApi } from './openapi.js';
import { eventSpans } from './spans.js';
import { documentPlaces } from '../geo/index.js';
import { registerStatic } from './static.js';

/** Options of {@link buildApp}. */
export interface AppOptions {
  store: Store;
  /** Token required by POST /api/documents; without one, posting is refused (403). */
  token?: string;
  /** How posted documents are coded (defaults to the full pipeline, loaded on first use). */
  code?: CodeDocument;
  /** Coding versions stored with posted documents (defaults to the current models, dictionaries, lexicon). */
  codedWith?: CodedWith;
  /** Largest request body in bytes (default 2 MB). */
  bodyLimit?: number;
  /** Serve the dashboard from web/ at `/` (default true). */
  dashboard?: boolean;
  /** Log requests to stdout (default false). */
  logger?: boolean;
}

/** An error with the HTTP status and message the client should see. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

const MAX_POST_DOCUMENTS = 100;

type Query = Record<string, string | number | boolean | undefined>;

function eventFilter(q: Query): EventFilter {
  const f: EventFilter = {};
  for (const key of ['actor', 'source', 'target', 'code', 'root', 'from', 'to', 'text', 'place', 'docId', 'cursor'] as const) {
    const v = q[key];
    if (typeof v === 'string' && v !== '') f[key] = key === 'actor' || key === 'source' || key === 'target' ? v.toUpperCase() : v;
  }
  if (typeof q.country === 'string') f.country = q.country.toUpperCase();
  if (typeof q.placeCountry === 'string') f.placeCountry = q.placeCountry.toUpperCase();
  if (typeof q.quadClass === 'number') f.quadClass = q.quadClass;
  if (typeof q.negated === 'boolean') f.negated = q.negated;
  if (typeof q.limit === 'number') f.limit = q.limit;
  return f;
}

/** Describes one schema validation failure with the field and the value that was sent. */
function describeValidation(err: FastifyError, request: FastifyRequest): string {
  const first = err.validation?.[0];
  if (!first) return err.message;
  const where = err.validationContext ?? 'request';
  const params = first.params as Record<string, unknown>;
  let field = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (typeof params.additionalProperty === 'string') {
    return `${where}: unknown parameter '${params.additionalProperty}'`;
  }
  if (!field && typeof params.missingProperty === 'string') return `${where}: '${params.missingProperty}' is required`;
  const source = (where === 'querystring' ? request.query : where === 'params' ? request.params : request.body) as Record<string, unknown> | undefined;
  const value = field && source && typeof source === 'object' ? source[field.split('.')[0]] : undefined;
  if (!field) field = where;
  const shown = value === undefined ? '' : ` (got '${String(value).slice(0, 80)}')`;
  return `${where}: '${field}' ${first.message ?? 'is invalid'}${shown}`;
}

function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function requestToken(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && /^Bearer /i.test(auth)) return auth.slice(7).trim();
  const header = request.headers['x-dyad-token'];
  return typeof header === 'string' ? header : undefined;
}

/** Checks one posted JSON document and turns it into a stored Document (via the JSONL reader's rules). */
function postedDocument(value: unknown, at: string): Document {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, `body${at}: expected an object with a 'text' string`);
  const rec = value as Record<string, unknown>;
  for (const key of Object.keys(rec)) {
    if (!(key in documentInput.properties)) throw new HttpError(400, `body${at}: unknown field '${key}'`);
  }
  for (const [key, spec] of Object.entries(documentInput.properties)) {
    const v = rec[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new HttpError(400, `body${at}.${key}: expected a string, got ${JSON.stringify(v).slice(0, 40)}`);
    if (v.length > spec.maxLength) throw new HttpError(400, `body${at}.${key}: longer than ${spec.maxLength} characters`);
  }
  if (typeof rec.text !== 'string' || rec.text.trim() === '') throw new HttpError(400, `body${at}.text: required, a non-empty string`);
  const parsed = parseJsonlRecord(JSON.stringify(rec));
  if (!parsed.ok) throw new HttpError(400, `body${at}: ${parsed.error}`);
  return toDocument(parsed.article, 'api');
}

function postedDocuments(body: unknown): Document[] {
  if (typeof body === 'string') {
    if (body.trim() === '') throw new HttpError(400, 'body: empty text');
    return [toDocument(extractFromPlainText(body), 'api')];
  }
  if (Array.isArray(body)) {
    if (body.length === 0) throw new HttpError(400, 'body: empty array');
    if (body.length > MAX_POST_DOCUMENTS) throw new HttpError(400, `body: ${body.length} documents, at most ${MAX_POST_DOCUMENTS} per request`);
    return body.map((v, i) => postedDocument(v, `[${i}]`));
  }
  return [postedDocument(body, '')];
}

/**
 * Builds the HTTP API (and, unless turned off, the dashboard) over a store. Reads are open; POST
 * needs the token. Fastify instance returned unstarted, so tests call `inject()` without a port.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, token } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    // Unknown query parameters are an error (a typo'd filter must not silently return everything).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err.validation) return reply.code(400).send({ error: describeValidation(err, request) });
    if (err instanceof HttpError) return reply.code(err.statusCode).send({ error: err.message });
    if (err instanceof StoreQueryError) return reply.code(400).send({ error: err.message });
    if (err.statusCode === 413) return reply.code(413).send({ error: 'request body too large' });
    if (err.statusCode === 415) return reply.code(415).send({ error: 'unsupported content type (send application/json or text/plain)' });
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ error: err.message });
    }
    request.log.error(err);
    // The cause stays in the server log; the client learns only that it failed.
    return reply.code(500).send({ error: err instanceof StoreError ? 'store error' : 'internal error' });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `not found: ${request.method} ${request.url.split('?')[0]}` }));

  app.addHook('onSend', async (_request, reply: FastifyReply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
    reply.header('Referrer-Policy', 'no-referrer');
    return payload;
  });

  app.get('/api/openapi.json', async () => buildOpenApi());

  app.get('/api/events', { schema: { querystring: eventsQuery } }, async (request) => {
    return store.queryEvents(eventFilter(request.query as Query));
  });

  app.get('/api/dyads/:a/:b/timeseries', { schema: { params: dyadParams, querystring: timeseriesQuery } }, async (request) => {
    const { a, b } = request.params as { a: string; b: string };
    const q = request.query as Query;
    const interval = (q.interval ?? 'month') as Interval;
    const { interval: _i, ...rest } = q;
    const points = await store.dyadTimeseries(a.toUpperCase(), b.toUpperCase(), interval, eventFilter(rest));
    return { a: a.toUpperCase(), b: b.toUpperCase(), interval, points };
  });

  app.get('/api/actors', { schema: { querystring: actorsQuery } }, async (request) => {
    const { q, limit, ...rest } = request.query as Query;
    const filter = eventFilter(rest);
    const max = typeof limit === 'number' ? limit : 20;
    if (typeof q !== 'string' || q === '') return { items: await store.topActors(filter, max) };
    // Events involving a matching actor also count their partner: keep only the codes that match.
    const prefix = q.toUpperCase();
    filter.actor = `${prefix}*`;
    const items = await store.topActors(filter, Math.min(max * 5, 1000));
    return { items: items.filter((a) => a.code.startsWith(prefix)).slice(0, max) };
  });

  app.get('/api/network', { schema: { querystring: networkQuery } }, async (request) => {
    const { limit, ...rest } = request.query as Query;
    const edges = await store.network(eventFilter(rest), typeof limit === 'number' ? limit : 100);
    const nodes = new Map<string, { id: string; events: number }>();
    for (const e of edges) {
      for (const id of [e.source, e.target]) {
        const n = nodes.get(id) ?? { id, events: 0 };
        n.events += e.events;
        nodes.set(id, n);
      }
    }
    return { nodes: [...nodes.values()].sort((x, y) => y.events - x.events || x.id.localeCompare(y.id)), edges };
  });

  app.get('/api/documents/:id', { schema: { params: documentParams } }, async (request) => {
    const { id } = request.params as { id: string };
    const stored = await store.findDocument(id);
    if (!stored) throw new HttpError(404, `no document with id '${id}'`);
    const page = await store.queryEvents({ docId: id, limit: 10_000 });
    const byIndex = new Map(stored.parsed.map((s) => [s.index, s]));
    return {
      id: stored.id,
      title: stored.title,
      author: stored.author,
      published: stored.published,
      source: stored.source,
      url: stored.url,
      duplicateOf: stored.duplicateOf,
      text: stored.doc.text,
      sentences: stored.parsed.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
      events: page.items.map((e) => ({ ...e, spans: eventSpans(e, byIndex.get(e.sentence.index)) })),
      places: documentPlaces(stored.parsed),
    };
  });

  app.get('/api/stats', async () => store.stats());

  app.post('/api/documents', async (request, reply) => {
    if (!token) throw new HttpError(403, 'posting documents is disabled: start the server with DYAD_TOKEN set');
    if (!tokenMatches(token, requestToken(request))) {
      reply.header('WWW-Authenticate', 'Bearer');
      throw new HttpError(401, 'missing or wrong token (send Authorization: Bearer <DYAD_TOKEN>)');
    }
    const docs = postedDocuments(request.body);
    const code = options.code ?? (await defaultCoder());
    const codedWith = options.codedWith ?? (await defaultCodedWith());
    const summary = await ingestDocuments(docs.map((doc) => ({ ok: true as const, doc })), { store, code, codedWith });
    return reply.code(summary.stored > 0 ? 201 : 200).send({
      ids: docs.map((d) => d.id),
      stored: summary.stored,
      duplicates: summary.duplicates,
      failed: summary.failed,
      events: summary.events,
      failures: summary.failures,
    });
  });

  if (options.dashboard !== false) registerStatic(app);
  return app;
}

// The pipeline loads models and dictionaries; only load them when a document is actually posted.
async function defaultCoder(): Promise<CodeDocument> {
  const { codeDocument, loadPipeline } = await import('../pipeline/index.js');
  loadPipeline();
  return codeDocument;
}

async function defaultCodedWith(): Promise<CodedWith> {
  const { currentCodedWith } = await import('../pipeline/ingest-version.js');
  return currentCodedWith();
}
