// Public surface of the HTTP API: other stages (the CLI, scripts) import only from here.
export { buildApp, HttpError, type AppOptions } from './app.js';
export { buildOpenApi } from './openapi.js';
export { eventSpans, type CharSpan, type EventSpans } from './spans.js';
