import { actorsQuery, documentInput, documentParams, dyadParams, eventsQuery, networkQuery, timeseriesQuery } from './schemas.js';

type Props = Record<string, Record<string, unknown>>;

// OpenAPI parameters from the same JSON schemas Fastify validates with, so the two cannot drift.
function parameters(where: 'query' | 'path', schema: { properties: Props; required?: readonly string[] }): object[] {
  return Object.entries(schema.properties).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || (schema.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

const json = (ref: string, description = 'OK'): object => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
const errors = {
  400: json('Error', 'Invalid parameter: the message names the field and the value'),
  500: json('Error', 'Internal error (no details are sent)'),
};

/** The OpenAPI 3.1 description of every route, served at /api/openapi.json. */
export function buildOpenApi(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'dyad API', version: '0.1.0', description: 'Political event data coded from news text (CAMEO/PLOVER). Reads are open; POST needs the DYAD_TOKEN bearer token.' },
    paths: {
      '/api/events': {
        get: {
          summary: 'Events matching filters, ordered by (date, id), with cursor pagination',
          parameters: parameters('query', eventsQuery as never),
          responses: { 200: json('EventPage'), ...errors },
        },
      },
      '/api/dyads/{a}/{b}/timeseries': {
        get: {
          summary: 'Counts by QuadClass and mean/summed Goldstein per period, in both directions (ab: a acts on b)',
          parameters: [...parameters('path', dyadParams as never), ...parameters('query', timeseriesQuery as never)],
          responses: { 200: json('Timeseries'), ...errors },
        },
      },
      '/api/actors': {
        get: { summary: 'Most active actors, optionally searched by code prefix (q)', parameters: parameters('query', actorsQuery as never), responses: { 200: json('ActorList'), ...errors } },
      },
      '/api/network': {
        get: { summary: 'Actor graph: nodes and weighted directed edges, heaviest first', parameters: parameters('query', networkQuery as never), responses: { 200: json('Network'), ...errors } },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'A document: its text, sentences and events, with character spans of source, target and predicate',
          parameters: parameters('path', documentParams as never),
          responses: { 200: json('DocumentView'), 404: json('Error', 'No such document'), ...errors },
        },
      },
      '/api/documents': {
        post: {
          summary: 'Ingest documents: one JSON object, an array of up to 100, or raw text (text/plain)',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { oneOf: [documentInput, { type: 'array', items: documentInput, maxItems: 100 }] } },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          responses: {
            200: json('IngestResult', 'Nothing new stored (all duplicates or failed)'),
            201: json('IngestResult', 'At least one document stored'),
            401: json('Error', 'Missing or wrong token'),
            403: json('Error', 'Posting disabled (no DYAD_TOKEN on the server)'),
            413: json('Error', 'Body too large'),
            ...errors,
          },
        },
      },
      '/api/stats': { get: { summary: 'Totals over the store', responses: { 200: json('Stats') } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The DYAD_TOKEN the server was started with' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Actor: { type: 'object', properties: { code: { type: 'string' }, text: { type: 'string' }, country: { type: ['string', 'null'] }, roles: { type: 'array', items: { type: 'string' } } } },
        Event: {
          type: 'object',
          description: 'The EventRecord of src/model/event.ts',
          properties: {
            id: { type: 'string' }, docId: { type: 'string' },
            sentence: { type: 'object', properties: { index: { type: 'integer' }, text: { type: 'string' } } },
            date: { type: ['string', 'null'] },
            source: { oneOf: [{ $ref: '#/components/schemas/Actor' }, { type: 'null' }] },
            target: { oneOf: [{ $ref: '#/components/schemas/Actor' }, { type: 'null' }] },
            code: { type: 'string' }, root: { type: 'string' }, name: { type: 'string' },
            quadClass: { type: 'integer', minimum: 1, maximum: 4 }, goldstein: { type: 'number' },
            negated: { type: 'boolean' }, location: { type: ['object', 'null'] }, evidence: { type: 'object' },
          },
        },
        EventPage: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Event' } }, next: { type: ['string', 'null'] } } },
        Timeseries: {
          type: 'object',
          properties: {
            a: { type: 'string' }, b: { type: 'string' }, interval: { type: 'string' },
            points: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  period: { type: 'string' }, direction: { enum: ['ab', 'ba'] }, events: { type: 'integer' },
                  quadClass: { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4 },
                  goldsteinSum: { type: 'number' }, goldsteinMean: { type: 'number' },
                },
              },
            },
          },
        },
        ActorList: {
          type: 'object',
          properties: { items: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, country: { type: ['string', 'null'] }, events: { type: 'integer' }, asSource: { type: 'integer' }, asTarget: { type: 'integer' } } } } },
        },
        Network: {
          type: 'object',
          properties: {
            nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, events: { type: 'integer' } } } },
            edges: {
              type: 'array',
              items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, events: { type: 'integer' }, cooperative: { type: 'integer' }, conflictual: { type: 'integer' }, goldsteinSum: { type: 'number' }, goldsteinMean: { type: 'number' } } },
            },
          },
        },
        DocumentView: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, text: { type: 'string' },
            sentences: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } } },
            events: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Event' }, { type: 'object', properties: { spans: { type: 'object', description: 'source/target/predicate: {start,end} character offsets in sentence.text, or null' } } }] } },
            places: {
              type: 'array',
              description: 'the main places of the document, most mentioned first (resolved in the embedded gazetteer)',
              items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, country: { type: ['string', 'null'] }, precision: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, count: { type: 'integer' } } },
            },
          },
        },
        IngestResult: {
          type: 'object',
          properties: { ids: { type: 'array', items: { type: 'string' } }, stored: { type: 'integer' }, duplicates: { type: 'integer' }, failed: { type: 'integer' }, events: { type: 'integer' }, failures: { type: 'array' } },
        },
        Stats: { type: 'object', description: 'StoreStats of src/store/types.ts' },
      },
    },
  };
}
