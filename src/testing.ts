import { existsSync } from 'node:fs';
import { sharedPath } from './paths.js';

/**
 * For tests that need ../shared: returns `false` when present, or a skip reason naming the path.
 * Use as `test('x', { skip: needShared('ud-english-ewt') }, ...)`.
 */
export function needShared(...parts: string[]): false | string {
  const p = sharedPath(...parts);
  return existsSync(p) ? false : `needs ${p} (../shared is present in development and CI only)`;
}
