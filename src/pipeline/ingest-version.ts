import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataPath } from '../paths.js';
import type { CodedWith } from '../store/index.js';

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * A short content hash of a folder (file names and bytes), or `none` when it is missing or empty:
 * it changes exactly when what the coder reads from there changes.
 */
export function hashFolder(dir: string): string {
  if (!existsSync(dir)) return 'none';
  const files = filesUnder(dir);
  if (files.length === 0) return 'none';
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 12);
}

let cached: CodedWith | undefined;

/** The versions of data/models, data/dictionaries and data/lexicon the coder uses now (computed once per process). */
export function currentCodedWith(): CodedWith {
  cached ??= {
    models: hashFolder(dataPath('models')),
    dictionaries: hashFolder(dataPath('dictionaries')),
    lexicon: hashFolder(dataPath('lexicon')),
  };
  return cached;
}
