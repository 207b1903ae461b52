import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root (the folder holding package.json), from the compiled file's location dist/src/. */
export const packageRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/** Path of a file under the repository's data/ folder (models, dictionaries, lexicon, gazetteer). */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}

/** Path of a file under ../shared (development and CI only), or null when it is absent. */
export function sharedPath(...parts: string[]): string {
  return join(packageRoot, '..', 'shared', ...parts);
}
