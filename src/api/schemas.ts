// JSON schemas of the request parameters: Fastify validates with them and the OpenAPI document reuses them.

const code = { type: 'string', pattern: '^[A-Za-z0-9]{1,32}\\*?$', maxLength: 33 } as const;
const date = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;

/** Filters shared by the event, actor and network queries. */
export const filterProperties = {
  actor: { ...code, description: 'Source or target actor code; a trailing * matches by prefix (RUS*)' },
  source: { ...code, description: 'Source actor code (prefix with *)' },
  target: { ...code, description: 'Target actor code (prefix with *)' },
  code: { type: 'string', pattern: '^\\d{2,4}\\*?$', description: 'CAMEO code (042, or 04* for a prefix)' },
  root: { type: 'string', pattern: '^\\d{2}$', description: 'CAMEO root (two digits)' },
  quadClass: { type: 'integer', minimum: 1, maximum: 4, description: 'QuadClass 1-4' },
  from: { ...date, description: 'First event date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)' },
  to: { ...date, description: 'Last event date, inclusive' },
  country: { type: 'string', pattern: '^[A-Za-z]{3}$', description: 'ISO alpha-3 country of the source or target' },
  place: {
    type: 'string', minLength: 1, maxLength: 100,
    description: "Name of the event's location, case-insensitive (Kabul); a trailing * matches by prefix (Kab*), * alone any located event",
  },
  placeCountry: { type: 'string', pattern: '^[A-Za-z]{3}$', description: "ISO alpha-3 country of the event's location" },
  text: { type: 'string', minLength: 1, maxLength: 200, description: 'Case-insensitive substring of the sentence' },
} as const;

/** Query of GET /api/events. */
export const eventsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProperties,
    docId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Only the events of one document' },
    negated: { type: 'boolean', description: 'true: only negated events; false: only affirmed ones' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50, description: 'Page size (1-1000)' },
    cursor: { type: 'string', maxLength: 512, description: 'The `next` value of the previous page' },
  },
} as const;

/** Path of GET /api/dyads/:a/:b/timeseries. */
export const dyadParams = {
  type: 'object',
  required: ['a', 'b'],
  properties: { a: code, b: code },
} as const;

/** Query of GET /api/dyads/:a/:b/timeseries. */
export const timeseriesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    interval: { type: 'string', enum: ['day', 'week', 'month'], default: 'month' },
    from: filterProperties.from,
    to: filterProperties.to,
    root: filterProperties.root,
    quadClass: filterProperties.quadClass,
  },
} as const;

/** Query of GET /api/actors. */
export const actorsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', pattern: '^[A-Za-z0-9]{1,32}$', description: 'Code prefix to search (case-insensitive)' },
    ...filterProperties,
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
  },
} as const;

/** Query of GET /api/network. */
export const networkQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...filterProperties, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'Heaviest edges kept' } },
} as const;

/** Path of GET /api/documents/:id. */
export const documentParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
} as const;

/** One document in the body of POST /api/documents (JSON). */
export const documentInput = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, maxLength: 1_000_000 },
    title: { type: 'string', maxLength: 1000 },
    date: { type: 'string', maxLength: 40, description: 'Publication date (ISO preferred)' },
    author: { type: 'string', maxLength: 300 },
    source: { type: 'string', maxLength: 300 },
    url: { type: 'string', maxLength: 2000 },
  },
} as const;
