import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dataPath } from '../paths.js';
import { createDictionary, type ActorDictionary } from './dictionary.js';
import { DictionaryError, loadDyadText } from './load-dyad.js';
import { loadDatedTsv } from './load-tsv.js';

// countries first: organisation and group codes are decomposed against the known countries
const ORDER = ['countr', 'role', 'organi', 'group', 'part', 'people'];

function rank(file: string): number {
  const name = basename(file).toLowerCase();
  const i = ORDER.findIndex((p) => name.startsWith(p));
  return i < 0 ? ORDER.length : i;
}

let cached: ActorDictionary | null = null;

/**
 * Loads the actor dictionary from `data/dictionaries` (cached) or from the given folder/files.
 * Throws DictionaryError with `file:line: problem (value)` for every syntax error.
 */
export function loadActorDictionary(options: { dir?: string; files?: string[] } = {}): ActorDictionary {
  const isDefault = options.dir === undefined && options.files === undefined;
  if (isDefault && cached !== null) return cached;
  let files: string[];
  if (options.files !== undefined) {
    files = options.files;
  } else {
    const dir = options.dir ?? dataPath('dictionaries');
    if (!existsSync(dir)) throw new DictionaryError([`${dir}: dictionary folder not found`]);
    files = readdirSync(dir)
      .filter((f) => /\.(txt|tsv)$/.test(f))
      .map((f) => join(dir, f));
  }
  // generated files before their curated companions: countries.txt, then countries-extra.txt
  const stem = (f: string): string => basename(f).replace(/\.[^.]*$/, '');
  files = [...files].sort((a, b) => rank(a) - rank(b) || stem(a).localeCompare(stem(b)));
  const dict = createDictionary();
  const problems: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push(`${file}: cannot read (${(err as Error).message})`);
      continue;
    }
    try {
      if (file.endsWith('.tsv')) loadDatedTsv(dict, text, file);
      else loadDyadText(dict, text, file);
    } catch (err) {
      if (!(err instanceof DictionaryError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new DictionaryError(problems);
  if (isDefault) cached = dict;
  return dict;
}

/** Warnings collected while loading (repeated blocks, forms bound to two different codes). */
export function dictionaryWarnings(dict: ActorDictionary): string[] {
  return dict.warnings;
}
