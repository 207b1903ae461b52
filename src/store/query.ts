import type { DocumentFilter, EventFilter } from './types.js';

/** A SQL fragment with `?` placeholders and its parameters; the PostgreSQL driver renumbers them. */
export interface Sql {
  sql: string;
  params: unknown[];
}

/** Raised for filter values the store cannot use (bad date, bad cursor, bad limit). */
export class StoreQueryError extends Error {
  override name = 'StoreQueryError';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LIMIT = 10_000;

/** Checks a `YYYY-MM-DD` bound; a shorter `YYYY` or `YYYY-MM` is widened to its first or last day. */
export function normaliseDate(value: string, bound: 'from' | 'to'): string {
  const v = value.trim();
  if (DATE.test(v)) return v;
  if (/^\d{4}$/.test(v)) return bound === 'from' ? `${v}-01-01` : `${v}-12-31`;
  if (/^\d{4}-\d{2}$/.test(v)) return bound === 'from' ? `${v}-01` : `${v}-31`;
  throw new StoreQueryError(`Invalid ${bound} date: '${value}' (expected YYYY-MM-DD)`);
}

/** Checks a page size: 1..10000, default `fallback`. */
export function normaliseLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new StoreQueryError(`Invalid limit: ${limit} (expected an integer from 1 to ${MAX_LIMIT})`);
  }
  return limit;
}

/** The smallest string greater than every string starting with `prefix` (for index-friendly prefix ranges). */
function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** `col = v`, or a range `col >= p AND col < p'` when `v` ends in `*` (uses the column's index, unlike LIKE). */
export function matchCode(column: string, value: string): Sql {
  if (value.endsWith('*')) {
    const prefix = value.slice(0, -1);
    if (prefix === '') return { sql: `${column} IS NOT NULL`, params: [] };
    return { sql: `(${column} >= ? AND ${column} < ?)`, params: [prefix, prefixEnd(prefix)] };
  }
  return { sql: `${column} = ?`, params: [value] };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive substring test portable across SQLite and PostgreSQL. */
export function containsText(column: string, value: string): Sql {
  return { sql: `lower(${column}) LIKE ? ESCAPE '\\'`, params: [`%${escapeLike(value.toLowerCase())}%`] };
}

/** Joins conditions with AND into a WHERE clause ('' when there are none). */
export function where(conditions: Sql[]): Sql {
  if (conditions.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`, params: conditions.flatMap((c) => c.params) };
}

/**
 * Lower-cases ASCII letters only, as SQLite's and PostgreSQL's (C collation) `lower()` do, so a
 * value folded here compares equal to `lower(column)` on both backends.
 */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** `(source matches OR target matches)` for an actor code (prefix with `*`). */
export function actorCondition(value: string, source = 'e.source_code', target = 'e.target_code'): Sql {
  const s = matchCode(source, value);
  const t = matchCode(target, value);
  return { sql: `(${s.sql} OR ${t.sql})`, params: [...s.params, ...t.params] };
}

/** Conditions on the `events` table (alias `e`) for a filter, without the cursor. */
export function eventConditions(f: EventFilter): Sql[] {
  const c: Sql[] = [];
  if (f.actor) c.push(actorCondition(f.actor));
  if (f.source) c.push(matchCode('e.source_code', f.source));
  if (f.target) c.push(matchCode('e.target_code', f.target));
  if (f.code) c.push(matchCode('e.code', f.code));
  // The root is the code's first two digits: a range on the code index serves it.
  if (f.root) c.push(matchCode('e.code', `${f.root}*`));
  if (f.quadClass !== undefined) {
    if (![1, 2, 3, 4].includes(f.quadClass)) throw new StoreQueryError(`Invalid quadClass: ${f.quadClass} (expected 1-4)`);
    c.push({ sql: 'e.quad_class = ?', params: [f.quadClass] });
  }
  if (f.from) c.push({ sql: "e.day <> '' AND e.day >= ?", params: [normaliseDate(f.from, 'from')] });
  if (f.to) c.push({ sql: "e.day <> '' AND e.day <= ?", params: [normaliseDate(f.to, 'to')] });
  if (f.country) {
    const cc = f.country.toUpperCase();
    c.push({ sql: '(e.source_country = ? OR e.target_country = ?)', params: [cc, cc] });
  }
  // Partial indexes on lower(location_name) and location_country (migration 3): the match repeats
  // their expression and their IS NOT NULL condition so that both databases use them.
  if (f.place) {
    const m = matchCode('lower(e.location_name)', asciiLower(f.place));
    c.push({ sql: `e.location_name IS NOT NULL AND ${m.sql}`, params: m.params });
  }
  if (f.placeCountry) c.push({ sql: 'e.location_country IS NOT NULL AND e.location_country = ?', params: [f.placeCountry.toUpperCase()] });
  if (f.text) c.push(containsText('e.sentence_text', f.text));
  if (f.docId) c.push({ sql: 'e.doc_id = ?', params: [f.docId] });
  if (f.negated !== undefined) c.push({ sql: 'e.negated = ?', params: [f.negated ? 1 : 0] });
  return c;
}

/** Conditions on the `documents` table (alias `d`) for a filter, without the cursor. */
export function documentConditions(f: DocumentFilter): Sql[] {
  const c: Sql[] = [];
  if (f.source) c.push({ sql: 'd.source = ?', params: [f.source] });
  if (f.from) c.push({ sql: 'd.published >= ?', params: [normaliseDate(f.from, 'from')] });
  if (f.to) c.push({ sql: 'd.published <= ?', params: [normaliseDate(f.to, 'to')] });
  if (f.text) c.push(containsText("coalesce(d.title, '')", f.text));
  if (f.duplicates === true) c.push({ sql: 'd.duplicate_of IS NOT NULL', params: [] });
  if (f.duplicates === false) c.push({ sql: 'd.duplicate_of IS NULL', params: [] });
  return c;
}

/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`, checking it has `arity` string/number parts. */
export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new StoreQueryError(`Invalid cursor: '${cursor}'`);
}
