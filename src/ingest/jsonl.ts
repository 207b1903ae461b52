// One JSONL record ({"id","text","title","date","url","source"}) → an extracted article.
import { normalizeDate } from './dates.js';
import { extractArticle } from './html.js';
import { cleanBody } from './plain-text.js';
import type { ExtractedArticle } from './types.js';

/** Result of reading one JSONL line: the article and the record's own id, or why the line was skipped. */
export type JsonlRecordResult =
  | { ok: true; article: ExtractedArticle; recordId: string | null }
  | { ok: false; error: string };

/**
 * Parses one JSONL line. Body from `text` (or `body`, `content`; `html` is run through article
 * extraction); metadata from `title`, `date`/`published`, `author`, `source`, `url`.
 */
export function parseJsonlRecord(line: string): JsonlRecordResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // V8's message wording changes between Node versions; the line number and value locate the fault.
    return { ok: false, error: `invalid JSON: ${preview(line)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `not a JSON object: ${preview(line)}` };
  }
  const rec = value as Record<string, unknown>;
  const known: Partial<ExtractedArticle> = {
    title: field(rec, 'title', 'headline'),
    author: field(rec, 'author', 'byline'),
    published: normalizeDate(field(rec, 'date', 'published', 'datePublished', 'pubDate')),
    source: field(rec, 'source', 'publisher', 'outlet'),
    url: field(rec, 'url', 'link'),
  };
  const recordId = typeof rec.id === 'number' ? String(rec.id) : field(rec, 'id');
  const text = field(rec, 'text', 'body', 'content');
  if (text !== null) return { ok: true, article: cleanBody(text, known), recordId };
  const html = field(rec, 'html');
  if (html !== null) {
    const page = extractArticle(html, known.url ?? undefined);
    const article: ExtractedArticle = {
      text: page.text,
      title: known.title ?? page.title,
      author: known.author ?? page.author,
      published: known.published ?? page.published,
      source: known.source ?? page.source,
      url: known.url ?? page.url,
    };
    return { ok: true, article, recordId };
  }
  return { ok: false, error: `no "text" field: ${preview(line)}` };
}

function field(rec: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = rec[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return null;
}

function preview(line: string): string {
  const s = line.replace(/\s+/g, ' ').trim();
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}
