// Article extraction from loose scraped text pages (masthead, repeated title, byline, author bio,
// "Go Top" links). Each rule is a small named function with one job; they run in order over
// the page's lines and move what they recognise from the body into the metadata.
import { findDate } from './dates.js';
import { MAX_BODY_CHARS, MAX_BODY_LINES } from './html-text.js';
import type { ExtractedArticle } from './types.js';

/** The page as the rules see it: its remaining lines plus the metadata found so far. */
interface Page {
  lines: string[];
  meta: Omit<ExtractedArticle, 'text'>;
}
type Rule = (page: Page) => void;

// Bounded parts (RFC 5321 limits) keep the scan linear on long runs of letters without an "@".
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.)\S+(?:>)?$/i;
const NAME_WORD = "[\\p{Lu}][\\p{L}'.-]*";
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|al|bin|bint|de|del|der|van|von|el|la|ibn))*?\\s+${NAME_WORD}`;
const ROLE = '(?:writer|columnist|correspondent|journalist|analyst|editor|contributor|reporter|fellow|researcher|professor|commentator|author|lecturer|scholar|director|freelancer|staff)';
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const MASTHEAD_LABEL = /^(?:editor[- ]in[- ]chief|chief editor|managing editor|executive editor|editor|publisher|founder|proprietor)\b[^:]{0,20}:/i;
const SEPARATOR = /\s[|•·—–]\s|\s-\s/;
const NAVIGATION = new Set([
  'go top', 'top', 'back to top', 'to top', 'home', 'print', 'print this article', 'print this page',
  'share', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'share on x',
  'tweet', 'email', 'e-mail', 'email this', 'email this article', 'advertisement', 'sponsored',
  'related', 'related articles', 'related stories', 'read more', 'more', 'comments', 'leave a comment',
  'next', 'previous', 'next article', 'previous article', 'subscribe', 'follow us', 'tags',
  'skip to content', 'skip to main content', 'menu', 'search', 'login', 'log in', 'sign in',
  'most read', 'most popular', 'latest news', 'you may also like', 'continue reading',
]);

/** Rules for a whole scraped page, in the order they run. */
const PAGE_RULES: Rule[] = [
  takeMasthead,
  dropNavigationLines,
  dropTagLines,
  takeRepeatedTitle,
  dropKnownTitle,
  takeByline,
  takeDateLine,
  takeLeadingTitle,
  takeAuthorBio,
  takeCopyrightLine,
  dropContactLines,
  dropUrlOnlyLines,
  stripInlineEmails,
];

/** Rules for a body already cut out of a page (HTML, feeds, JSONL): no guessing of masthead or title. */
const BODY_RULES: Rule[] = [
  dropNavigationLines,
  dropTagLines,
  dropKnownTitle,
  takeByline,
  takeDateLine,
  takeAuthorBio,
  takeCopyrightLine,
  dropContactLines,
  dropUrlOnlyLines,
  stripInlineEmails,
];

/**
 * Extracts body, title, author, date and publisher from a loose scraped text page; metadata in
 * `known` (e.g. from a JSONL record) wins over what the page says.
 */
export function extractFromPlainText(text: string, known: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return run(PAGE_RULES, text, known);
}

/** Removes boilerplate (bylines, bios, navigation, e-mail) from an extracted body, filling missing metadata. */
export function cleanBody(text: string, known: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return run(BODY_RULES, text, known);
}

function run(rules: Rule[], text: string, known: Partial<ExtractedArticle>): ExtractedArticle {
  const page: Page = {
    lines: String(text).slice(0, MAX_BODY_CHARS).replace(/\r\n?/g, '\n').split('\n', MAX_BODY_LINES).map((l) => l.trim()),
    meta: {
      title: known.title ?? null,
      author: known.author ?? null,
      published: known.published ?? null,
      source: known.source ?? null,
      url: known.url ?? null,
    },
  };
  for (const rule of rules) rule(page);
  return { text: page.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim(), ...page.meta };
}

/** Drops a publisher header in the first lines ("Editor in Chief: … Saturday, January 22nd, 2022"), keeping its date and outlet. */
function takeMasthead(page: Page): void {
  for (const i of contentIndexes(page.lines, 'head', 3)) {
    const line = page.lines[i];
    if (line.length > 300 || wordCount(line) > 25) continue;
    const date = findDate(line);
    const labelled = MASTHEAD_LABEL.test(line);
    const separated = date !== null && SEPARATOR.test(line);
    const weekdayDated = date !== null && WEEKDAY.test(line);
    if (!labelled && !separated && !weekdayDated) continue;
    page.meta.published ??= date;
    if (separated || /^(?:publisher|proprietor)\b/i.test(line)) page.meta.source ??= outletFromMasthead(line);
    page.lines[i] = '';
    return;
  }
}

/** A title printed twice at the top of the page (heading and article title) becomes the title. */
function takeRepeatedTitle(page: Page): void {
  const head = contentIndexes(page.lines, 'head', 6);
  for (let a = 0; a < head.length; a++) {
    const line = page.lines[head[a]];
    if (!isTitleLike(line)) continue;
    const repeats = head.slice(a + 1).filter((j) => sameText(page.lines[j], line));
    if (repeats.length === 0) continue;
    page.meta.title ??= line;
    for (const j of [head[a], ...repeats]) page.lines[j] = '';
    return;
  }
}

/** Removes copies of an already-known title from the top of the body. */
function dropKnownTitle(page: Page): void {
  const title = page.meta.title;
  if (!title) return;
  for (const i of contentIndexes(page.lines, 'head', 3)) if (sameText(page.lines[i], title)) page.lines[i] = '';
}

/** A "By Name" or "Author: Name" line at the top gives the author. */
function takeByline(page: Page): void {
  const re = new RegExp(`^(?:[Bb]y|BY|[Aa]uthor:|[Ww]ritten by)\\s+(${NAME})(?:\\s*(?:[,|•·—–-]|and\\b).*)?$`, 'u');
  for (const i of contentIndexes(page.lines, 'head', 4)) {
    const line = page.lines[i];
    if (line.length > 200 || wordCount(line) > 14) continue;
    const m = re.exec(line);
    if (!m) continue;
    page.meta.author ??= m[1];
    page.lines[i] = '';
    return;
  }
}

/** A short dated line at the top ("Published 3 March 2025", "Monday, 3 March 2025") gives the date. */
function takeDateLine(page: Page): void {
  for (const i of contentIndexes(page.lines, 'head', 4)) {
    const line = page.lines[i];
    if (line.length > 120 || wordCount(line) > 8) continue;
    const date = findDate(line);
    if (date === null) continue;
    const rest = line.replace(/\b(?:published|updated|posted|date|on)\b:?/gi, '').replace(/[\d,.:/+-]|\b(?:[ap]m|utc|gmt)\b/gi, '');
    if (rest.replace(/\b\p{L}+\b/gu, (w) => (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|st|nd|rd|th|of)/i.test(w) ? '' : w)).trim() !== '') continue;
    page.meta.published ??= date;
    page.lines[i] = '';
    return;
  }
}

/** Without a repeated title, a short unpunctuated first line followed by body text is the title. */
function takeLeadingTitle(page: Page): void {
  if (page.meta.title !== null) return;
  const [first, second] = contentIndexes(page.lines, 'head', 2);
  if (first === undefined || second === undefined) return;
  const line = page.lines[first];
  if (!isTitleLike(line) || wordCount(line) > 16) return;
  if (wordCount(page.lines[second]) < wordCount(line)) return;
  page.meta.title = line;
  page.lines[first] = '';
}

/** Drops navigation and sharing links left on their own line ("Go Top", "Print", "Share"). */
function dropNavigationLines(page: Page): void {
  page.lines = page.lines.map((line) => {
    if (line === '' || line.length > 60 || wordCount(line) > 5) return line;
    const key = line.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
    return NAVIGATION.has(key) ? '' : line;
  });
}

/** Drops "Tags: …", "Filed under: …" and similar taxonomy lines. */
function dropTagLines(page: Page): void {
  const label = /^(?:tags|topics|keywords|categories|category|filed under|related topics)\s*:/i;
  page.lines = page.lines.map((line) => (line.length <= 400 && label.test(line) && wordCount(line) <= 20 ? '' : line));
}

/** A closing "Name is the … writer of Outlet. Reach him at mail" line gives author and outlet and leaves the body. */
function takeAuthorBio(page: Page): void {
  const named = new RegExp(`^(${NAME})\\s+(?:is|was|has been|writes|reports)\\b(.{0,160}?)\\b${ROLE}`, 'u');
  const anonymous = /^(?:the\s+)?(?:writer|author|columnist|contributor)\s+is\b/i;
  for (const i of contentIndexes(page.lines, 'tail', 4)) {
    const line = page.lines[i];
    if (line.length > 1000 || wordCount(line) > 80) continue;
    const m = named.exec(line);
    if (!m && !anonymous.test(line)) continue;
    if (m) page.meta.author ??= m[1];
    page.meta.source ??= outletFromBio(line);
    page.lines[i] = '';
  }
}

/** A "© 2025 Outlet" or "All rights reserved" line leaves the body; its outlet becomes the source. */
function takeCopyrightLine(page: Page): void {
  for (const i of contentIndexes(page.lines, 'tail', 4)) {
    const line = page.lines[i];
    if (line.length > 300 || wordCount(line) > 25 || !/^(?:©|\(c\)|copyright\b)|all rights reserved/i.test(line)) continue;
    const m = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?([^.|]+?)\s*(?:[.|]|all rights reserved|$)/i.exec(line);
    if (m && m[1].trim() !== '') page.meta.source ??= m[1].trim();
    page.lines[i] = '';
  }
}

/** Drops short lines that carry an e-mail address (contact and tip lines). */
function dropContactLines(page: Page): void {
  page.lines = page.lines.map((line) => (line.length <= 300 && wordCount(line) <= 15 && hasEmail(line) ? '' : line));
}

/** Drops lines that are only a link. */
function dropUrlOnlyLines(page: Page): void {
  page.lines = page.lines.map((line) => (line.length <= 2000 && URL_ONLY.test(line) ? '' : line));
}

/** Removes e-mail addresses left inside body sentences; they are never coded. */
function stripInlineEmails(page: Page): void {
  page.lines = page.lines.map((line) => (hasEmail(line) ? line.replace(EMAIL, '').replace(/\s{2,}/g, ' ').trim() : line));
}

function hasEmail(line: string): boolean {
  if (!line.includes('@')) return false;
  EMAIL.lastIndex = 0;
  const found = EMAIL.test(line);
  EMAIL.lastIndex = 0;
  return found;
}

/** Indexes of the first (or last) `n` non-empty lines. */
function contentIndexes(lines: string[], from: 'head' | 'tail', n: number): number[] {
  const out: number[] = [];
  if (from === 'head') {
    for (let i = 0; i < lines.length && out.length < n; i++) if (lines[i] !== '') out.push(i);
  } else {
    for (let i = lines.length - 1; i >= 0 && out.length < n; i--) if (lines[i] !== '') out.push(i);
  }
  return out;
}

function isTitleLike(line: string): boolean {
  if (line.length > 200) return false;
  const words = wordCount(line);
  return words >= 2 && words <= 20 && /^[\p{Lu}\p{N}"'‘“]/u.test(line) && !/[.,;:]$/.test(line);
}

function sameText(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 20) return false;
  const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(a) !== '' && fold(a) === fold(b);
}

/** Words in a line, counted up to 200 (every rule only asks "at most N?" for small N). */
function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words <= 200; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function outletFromMasthead(line: string): string | null {
  for (const part of line.split(/\s[|•·—–-]\s/)) {
    const p = part.replace(/^(?:publisher|proprietor)\s*:\s*/i, '').trim();
    if (p !== '' && findDate(p) === null && !WEEKDAY.test(p) && !MASTHEAD_LABEL.test(p) && wordCount(p) <= 6) return p;
  }
  return null;
}

function outletFromBio(line: string): string | null {
  const re = new RegExp(`\\b${ROLE}\\s+(?:of|for|at|with)\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}\\p{N}&'-]*(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}\\p{N}&'-]*){0,6})`, 'u');
  const m = re.exec(line);
  return m ? m[1] : null;
}
