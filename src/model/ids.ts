import { hash } from 'node:crypto';

/**
 * The short stable id of a text: the first 16 hex digits of its SHA-1. Document ids made from a text and
 * event ids made from `docId|sentence|predicate|code|source|target|negated` are such ids, so the same input
 * always gets the same id (the store's upserts rely on it). One-shot `hash` (Node >= 20.12) costs a fraction
 * of a `createHash` object, and an id is made for every event.
 */
export function shortId(text: string): string {
  return hash('sha1', text, 'hex').slice(0, 16);
}
