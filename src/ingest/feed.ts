// RSS 2.0 (and 1.0) and Atom feeds: one article per item, body from the item's full content.
import { DOMParser, parseHTML } from 'linkedom';
import { normalizeDate } from './dates.js';
import { domToText, measureMarkup, stripTags } from './html-text.js';
import { MAX_DOM_ELEMENTS } from './html.js';
import { cleanBody } from './plain-text.js';
import type { ExtractedArticle } from './types.js';

/** Feeds nested deeper than this are refused: no real feed comes close, and the XML DOM slows down. */
const MAX_FEED_DEPTH = 200;

/** Feeds with more XML elements than this are refused (item bodies are escaped HTML, not elements). */
const MAX_FEED_ELEMENTS = 100_000;

/** One feed item: its article, its position (1-based) and its own id (guid / Atom id) if any. */
export interface FeedEntry {
  index: number;
  guid: string | null;
  article: ExtractedArticle;
}

/** A parsed feed: its title (the publisher) and items, or the reason it could not be read. */
export type FeedResult = { ok: true; title: string | null; entries: FeedEntry[] } | { ok: false; error: string };

/** Parses an RSS or Atom document into articles, taking each item's full content and metadata. */
export function parseFeed(xml: string): FeedResult {
  const shape = measureMarkup(xml, { depth: MAX_FEED_DEPTH, elements: MAX_FEED_ELEMENTS }, true);
  if (shape.depth > MAX_FEED_DEPTH) return { ok: false, error: `feed nested more than ${MAX_FEED_DEPTH} levels deep` };
  if (shape.elements > MAX_FEED_ELEMENTS) return { ok: false, error: `feed has more than ${MAX_FEED_ELEMENTS} XML elements` };
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  if (!root) return { ok: false, error: 'no XML root element' };
  const kind = root.localName.toLowerCase();
  if (kind === 'feed') return readAtom(root);
  if (kind === 'rss' || kind === 'rdf:rdf' || kind === 'rdf') return readRss(root);
  return { ok: false, error: `root element <${root.localName}> is neither <rss> nor <feed>` };
}

function readRss(root: Element): FeedResult {
  const channel = child(root, 'channel');
  const source = textOf(channel ? child(channel, 'title') : null);
  const items = elements(root, 'item');
  const entries = items.map((item, i): FeedEntry => {
    const body = child(item, 'content:encoded') ?? child(item, 'description');
    const meta = {
      title: plainTitle(textOf(child(item, 'title'))),
      author: textOf(child(item, 'dc:creator')) ?? authorFromRss(textOf(child(item, 'author'))),
      published: normalizeDate(textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date'))),
      source,
      url: textOf(child(item, 'link')) ?? permalinkGuid(item),
    };
    return { index: i + 1, guid: textOf(child(item, 'guid')), article: cleanBody(htmlOrText(body?.textContent ?? ''), meta) };
  });
  return { ok: true, title: source, entries };
}

function readAtom(root: Element): FeedResult {
  const source = plainTitle(textOf(child(root, 'title')));
  const entries = elements(root, 'entry').map((entry, i): FeedEntry => {
    const body = child(entry, 'content') ?? child(entry, 'summary');
    const author = child(entry, 'author');
    const meta = {
      title: plainTitle(textOf(child(entry, 'title'))),
      author: textOf(author ? child(author, 'name') : null),
      published: normalizeDate(textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated'))),
      source,
      url: atomLink(entry),
    };
    const text = body?.getAttribute('type') === 'xhtml' ? domToText(body) : htmlOrText(body?.textContent ?? '');
    return { index: i + 1, guid: textOf(child(entry, 'id')), article: cleanBody(text, meta) };
  });
  return { ok: true, title: source, entries };
}

/** Item content is HTML when it contains tags, plain text otherwise. */
function htmlOrText(content: string): string {
  if (!/<[a-zA-Z][^>]*>/.test(content)) return content;
  const shape = measureMarkup(content, { depth: MAX_FEED_DEPTH, elements: MAX_DOM_ELEMENTS });
  if (shape.depth > MAX_FEED_DEPTH || shape.elements > MAX_DOM_ELEMENTS) return stripTags(content);
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`) as unknown as { document: Document };
  return document.body ? domToText(document.body) : stripTags(content);
}

/** RSS `<author>` is "mail@host (Name)"; keep the name, never the address. */
function authorFromRss(value: string | null): string | null {
  if (!value) return null;
  const m = /\(([^)]+)\)/.exec(value);
  if (m) return m[1].trim();
  return value.includes('@') ? null : value;
}

function permalinkGuid(item: Element): string | null {
  const guid = child(item, 'guid');
  const text = textOf(guid);
  return text && /^https?:\/\//i.test(text) && guid?.getAttribute('isPermaLink') !== 'false' ? text : null;
}

function atomLink(entry: Element): string | null {
  const links = Array.from(entry.children).filter((el) => el.localName.toLowerCase() === 'link');
  const best = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return best?.getAttribute('href')?.trim() || null;
}

function plainTitle(title: string | null): string | null {
  return title && title.includes('<') ? stripTags(title) : title;
}

function child(el: Element, name: string): Element | null {
  for (const c of Array.from(el.children)) if (c.localName.toLowerCase() === name.toLowerCase()) return c;
  return null;
}

function elements(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

function textOf(el: Element | null): string | null {
  if (!el) return null;
  const s = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s.slice(0, 5000);
}
