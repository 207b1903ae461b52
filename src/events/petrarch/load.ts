import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createDictionary } from '../../actors/index.js';
import { readPetrarchActors, readPetrarchAgents } from '../../actors/index.js';
import type { PetrarchDictionaries } from './coder.js';
import { readPetrarchVerbs } from './read-verbs.js';
import { readDiscards, readIssues, readOntology, type IssueDictionary } from './read-other.js';

/** The files of a PETRARCH dictionary set (paths). */
export interface PetrarchFiles {
  verbs: string[];
  actors: string[];
  agents: string[];
  discards: string[];
  ontology: string | null;
  issues: string | null;
}

/** A loaded PETRARCH dictionary set, its issues file and every problem found while reading. */
export interface LoadedPetrarch extends PetrarchDictionaries {
  issues: IssueDictionary | null;
  problems: string[];
  files: string[];
}

/** Sorts the files of a directory into a PETRARCH set by their names, as the Phoenix set names them. */
export function findPetrarchFiles(dir: string): PetrarchFiles {
  const files: PetrarchFiles = { verbs: [], actors: [], agents: [], discards: [], ontology: null, issues: null };
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    throw new Error(`cannot read PETRARCH dictionary folder ${dir}: ${(err as Error).message}`);
  }
  for (const name of names) {
    const lower = name.toLowerCase();
    if (!lower.endsWith('.txt')) continue;
    const path = join(dir, name);
    if (lower.includes('verbs') || /^cameo.*\.txt$/.test(lower)) files.verbs.push(path);
    else if (lower.includes('actors')) files.actors.push(path);
    else if (lower.includes('agents')) files.agents.push(path);
    else if (lower.includes('discard')) files.discards.push(path);
    else if (lower.includes('ontology')) files.ontology = path;
    else if (lower.includes('issue')) files.issues = path;
  }
  return files;
}

/** Reads a PETRARCH dictionary set; problems name `file:line`, and a missing verb or actor file is an error. */
export function loadPetrarch(files: PetrarchFiles): LoadedPetrarch {
  const problems: string[] = [];
  const read = (path: string): string | null => {
    try {
      return readFileSync(path, 'utf8');
    } catch (err) {
      problems.push(`${path}: cannot read (${(err as Error).message})`);
      return null;
    }
  };
  if (files.verbs.length === 0) problems.push('no verb dictionary (a file named *verbs*.txt or CAMEO*.txt)');
  if (files.actors.length === 0) problems.push('no actor dictionary (a file named *actors*.txt)');
  const actors = createDictionary();
  for (const f of files.actors) {
    const t = read(f);
    if (t !== null) problems.push(...readPetrarchActors(t, basename(f), actors));
  }
  for (const f of files.agents) {
    const t = read(f);
    if (t !== null) problems.push(...readPetrarchAgents(t, basename(f), actors));
  }
  let verbs: PetrarchDictionaries['verbs'] = { byForm: new Map(), synsets: new Map(), blocks: [], patternCount: 0 };
  for (const f of files.verbs) {
    const t = read(f);
    if (t === null) continue;
    const r = readPetrarchVerbs(t, basename(f));
    problems.push(...r.problems);
    if (verbs.blocks.length === 0) verbs = r.verbs;
    else {
      for (const [k, v] of r.verbs.byForm) verbs.byForm.set(k, [...(verbs.byForm.get(k) ?? []), ...v]);
      verbs.blocks.push(...r.verbs.blocks);
      verbs.patternCount += r.verbs.patternCount;
    }
  }
  const discards = files.discards.flatMap((f) => {
    const t = read(f);
    if (t === null) return [];
    const r = readDiscards(t, basename(f));
    problems.push(...r.problems);
    return r.discards;
  });
  let ontology: PetrarchDictionaries['ontology'] = null;
  if (files.ontology !== null) {
    const t = read(files.ontology);
    if (t !== null) {
      const r = readOntology(t, basename(files.ontology));
      problems.push(...r.problems);
      ontology = r.ontology;
    }
  }
  let issues: IssueDictionary | null = null;
  if (files.issues !== null) {
    const t = read(files.issues);
    if (t !== null) {
      const r = readIssues(t, basename(files.issues));
      problems.push(...r.problems);
      issues = r.issues;
    }
  }
  const all = [...files.verbs, ...files.actors, ...files.agents, ...files.discards, ...(files.ontology ? [files.ontology] : []), ...(files.issues ? [files.issues] : [])];
  return { actors, verbs, ontology, discards, issues, problems, files: all };
}

/** Loads every PETRARCH dictionary found in a directory. */
export function loadPetrarchDirectory(dir: string): LoadedPetrarch {
  return loadPetrarch(findPetrarchFiles(dir));
}
