import { createHash } from 'node:crypto';
import type { Document } from '../model/index.js';
import type { ExtractedArticle } from './types.js';

// Typographic quotes and primes folded to ASCII so the same story typed two ways hashes alike.
const QUOTES: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
];
// Zero-width characters and soft hyphens carry no text and break word matching.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Unicode spaces other than newline (NBSP, thin, ideographic, tabs...) become one plain space.
const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
// C0/C1 control characters other than tab and newline: scraping debris.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Normalises an article body: Unicode NFC, straight quotes, no invisible or control characters,
 * single spaces, trimmed lines, paragraphs separated by one blank line. Idempotent.
 */
export function normalizeBody(text: string): string {
  let s = text.normalize('NFC').replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n');
  s = s.replace(INVISIBLE, '').replace(CONTROL, '');
  for (const [re, to] of QUOTES) s = s.replace(re, to);
  s = s.replace(HORIZONTAL_SPACE, ' ');
  const lines = s.split('\n').map((l) => l.trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Document id: first 32 hex chars of sha256 over the normalised body with all whitespace folded
 * to single spaces, so the same article read from a text file, a page or a feed gets the same id.
 */
export function documentId(body: string): string {
  const canonical = normalizeBody(body).replace(/\s+/g, ' ');
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 32);
}

/** Builds the stored Document from extracted text and metadata (normalised body, id from the body). */
export function toDocument(article: ExtractedArticle, origin: string): Document {
  const text = normalizeBody(article.text);
  return {
    id: documentId(text),
    text,
    title: cleanField(article.title),
    author: cleanField(article.author),
    published: article.published,
    source: cleanField(article.source),
    url: cleanField(article.url),
    origin,
  };
}

function cleanField(value: string | null): string | null {
  if (value === null) return null;
  const s = normalizeBody(value).replace(/\s+/g, ' ');
  return s === '' ? null : s;
}
