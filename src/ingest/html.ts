// HTML article extraction: metadata from meta tags, JSON-LD and <time>; body from Readability
// over linkedom, with a DOM fallback and a DOM-free fallback for hostile markup.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDate } from './dates.js';
import { domToText, measureMarkup, stripTags, SKIPPED_ELEMENTS } from './html-text.js';
import { cleanBody } from './plain-text.js';
import type { ExtractedArticle } from './types.js';

/** Pages longer than this many characters are cut before parsing, bounding time and memory. */
export const HTML_CAP_CHARS = 5_000_000;
/** Nesting deeper than this skips the DOM (Readability's cost grows steeply with depth). */
const MAX_DOM_DEPTH = 150;
/** Pages with more elements than this skip Readability and use the DOM fallback. */
const MAX_READABILITY_ELEMENTS = 20_000;
/** Pages with more elements than this skip the DOM entirely (real articles have a few thousand). */
export const MAX_DOM_ELEMENTS = 50_000;
/** Page furniture removed before the fallback reads the body. */
const FURNITURE = new Set([...SKIPPED_ELEMENTS, 'nav', 'header', 'footer', 'aside']);
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/;

type Meta = Omit<ExtractedArticle, 'text'>;

/**
 * Extracts the article body and its metadata (title, author, date, publisher, URL) from an HTML
 * page. Never throws; input beyond `HTML_CAP_CHARS` is ignored.
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const page = String(html).slice(0, HTML_CAP_CHARS);
  const shape = measureMarkup(page, { depth: MAX_DOM_DEPTH, elements: MAX_DOM_ELEMENTS });
  if (shape.elements === 0 || shape.depth > MAX_DOM_DEPTH || shape.elements > MAX_DOM_ELEMENTS) {
    return cleanBody(stripTags(page), { ...emptyMeta(), url: url ?? null });
  }
  const { document } = parseHTML(page) as unknown as { document: Document };
  // linkedom leaves documentElement null for input without any element; its getters then throw.
  if (!document.documentElement) return cleanBody(stripTags(page), { ...emptyMeta(), url: url ?? null });
  const meta = readMetadata(document, url);
  let text = '';
  let pristine = document;
  if (shape.elements <= MAX_READABILITY_ELEMENTS) {
    text = readabilityText(document, meta);
    // Readability strips the tree as it works, so the fallback needs a fresh parse.
    if (text.length < 80) pristine = (parseHTML(page) as unknown as { document: Document }).document;
  }
  if (text.length < 80) text = fallbackText(pristine);
  return cleanBody(text, meta);
}

function emptyMeta(): Meta {
  return { title: null, author: null, published: null, source: null, url: null };
}

function readabilityText(document: Document, meta: Meta): string {
  // Readability mutates the DOM and can throw on malformed trees; a failure means "use the fallback".
  try {
    const reader = new Readability<Node>(document, {
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      charThreshold: 300,
      serializer: (node: Node) => node,
    });
    const result = reader.parse();
    if (!result || !result.content) return '';
    meta.title ??= blankToNull(result.title);
    meta.author ??= blankToNull(result.byline);
    meta.source ??= blankToNull(result.siteName);
    meta.published ??= normalizeDate(result.publishedTime);
    return domToText(result.content);
  } catch {
    return '';
  }
}

function fallbackText(document: Document): string {
  const body = document.querySelector('article') ?? document.querySelector('[itemprop="articleBody"]') ?? document.querySelector('main') ?? document.body ?? document.documentElement;
  return body ? domToText(body, FURNITURE) : '';
}

/** Title, author, date, publisher and URL from JSON-LD, meta tags, <time>, <title> and <h1>. */
function readMetadata(document: Document, url: string | undefined): Meta {
  const tags = metaTags(document);
  const ld = jsonLdArticle(document);
  const tag = (...keys: string[]): string | null => {
    for (const k of keys) if (tags.has(k)) return tags.get(k)!;
    return null;
  };
  const source = ld.source ?? tag('og:site_name', 'application-name', 'publisher', 'dc.publisher');
  const declared = ld.title ?? tag('og:title', 'twitter:title', 'title', 'dc.title');
  const docTitle = declared === null ? splitDocumentTitle(text(document.querySelector('title'))) : null;
  const rawTitle = declared ?? docTitle?.title ?? text(document.querySelector('h1'));
  const metaAuthor = tag('author', 'article:author', 'dc.creator', 'byl', 'parsely-author');
  const author = ld.author ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor.replace(/^by\s+/i, '') : null) ?? text(document.querySelector('[rel="author"], [itemprop="author"], .byline, .author'));
  const timeEl = document.querySelector('time[datetime]');
  const published =
    normalizeDate(ld.published) ??
    normalizeDate(tag('article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'sailthru.date', 'og:published_time')) ??
    normalizeDate(document.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? null) ??
    normalizeDate(timeEl?.getAttribute('datetime') ?? null);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, source) : null,
    author: blankToNull(author),
    published,
    source: blankToNull(source) ?? docTitle?.site ?? null,
    url: url ?? blankToNull(canonical) ?? tag('og:url') ?? ld.url,
  };
}

/** Meta tag contents keyed by lower-cased name, property or itemprop (first one wins). */
function metaTags(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if (key !== '' && content !== '' && !out.has(key)) out.set(key, content.slice(0, 2000));
  }
  return out;
}

interface LdFields { title: string | null; author: string | null; published: string | null; source: string | null; url: string | null }

/** Fields of the first JSON-LD object typed as a news article (top level, array or @graph). */
function jsonLdArticle(document: Document): LdFields {
  const none: LdFields = { title: null, author: null, published: null, source: null, url: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // malformed JSON-LD is common on real pages; the other sources still apply
    }
    const candidates: unknown[] = Array.isArray(data) ? data : [data];
    for (const c of [...candidates]) {
      if (isRecord(c) && Array.isArray(c['@graph'])) candidates.push(...c['@graph']);
    }
    for (const c of candidates) {
      if (!isRecord(c)) continue;
      const types = ([] as unknown[]).concat(c['@type']).map(String);
      if (!types.some((t) => ARTICLE_TYPES.test(t)) || types.includes('WebPage') && !c.headline) continue;
      return {
        title: str(c.headline) ?? str(c.name),
        author: names(c.author),
        published: str(c.datePublished) ?? str(c.dateCreated),
        source: names(c.publisher),
        url: str(c.url) ?? (isRecord(c.mainEntityOfPage) ? str(c.mainEntityOfPage['@id']) : str(c.mainEntityOfPage)),
      };
    }
  }
  return none;
}

function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const out = list.map((v) => (isRecord(v) ? str(v.name) : str(v))).filter((v): v is string => v !== null);
  return out.length > 0 ? out.join(', ') : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 2000) : null;
}

function text(el: Element | null): string | null {
  return el ? blankToNull((el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 2000)) : null;
}

function blankToNull(v: string | null | undefined): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s === '' ? null : s;
}

/** A <title> "Headline | Site" splits into headline and site when the tail is short (≤ 5 words). */
function splitDocumentTitle(title: string | null): { title: string; site: string | null } | null {
  if (!title) return null;
  const m = /^(.*\S)\s+[|–—-]\s+([^|–—]+)$/.exec(title.replace(/\s+/g, ' ').trim());
  if (!m || m[2].trim().split(' ').length > 5 || m[1].split(' ').length < 2) return { title, site: null };
  return { title: m[1], site: m[2].trim() };
}

/** "Talks resume | The Steppe Herald" → "Talks resume" when the suffix is the outlet. */
function stripSiteSuffix(title: string, source: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!source) return t;
  const m = /^(.*\S)\s+[|–—-]\s+(.+)$/.exec(t);
  return m && m[2].trim().toLowerCase() === source.trim().toLowerCase() ? m[1] : t;
}
