// Public surface of the ingest stage: other stages import only from here.
export type { IngestItem, ExtractedArticle, InputFormat, ReadOptions } from './types.js';
export { readInputs } from './read-inputs.js';
export { detectFormat } from './detect.js';
export { extractArticle, HTML_CAP_CHARS } from './html.js';
export { extractFromPlainText } from './plain-text.js';
export { parseFeed } from './feed.js';
export { parseJsonlRecord } from './jsonl.js';
export { normalizeBody, documentId, toDocument } from './normalize.js';
export { normalizeDate, findDate } from './dates.js';
export {
  NearDuplicateIndex,
  NEAR_DUPLICATE_THRESHOLD,
  signature,
  similarity,
  signatureSimilarity,
  findNearDuplicate,
} from './near-duplicate.js';
