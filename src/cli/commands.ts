import type { Command } from './command.js';

type Loader = () => Promise<{ default: Command }>;

/**
 * Every command by name, in the order `dyad help` lists them. Each lives in its own file and is
 * imported only when it runs (or for `dyad help`), so one command's start-up cost or failure never
 * reaches another.
 */
const registry: ReadonlyArray<readonly [string, Loader]> = [
  ['code', () => import('./code.js')],
  ['explain', () => import('./explain.js')],
  ['eval', () => import('./eval.js')],
  ['actors', () => import('./actors.js')],
  ['geocode', () => import('./geocode.js')],
  ['parse', () => import('./parse.js')],
  ['ingest', () => import('./ingest.js')],
  ['documents', () => import('./documents.js')],
  ['events', () => import('./events.js')],
  ['stats', () => import('./stats.js')],
  ['recode', () => import('./recode.js')],
  ['validate', () => import('./validate.js')],
  ['serve', () => import('./serve.js')],
];

/** Loads one command by name, or returns undefined for an unknown name. */
export async function findCommand(name: string): Promise<Command | undefined> {
  const entry = registry.find(([n]) => n === name);
  return entry ? (await entry[1]()).default : undefined;
}

/** Loads every command (for `dyad help`). */
export async function loadCommands(): Promise<Command[]> {
  const modules = await Promise.all(registry.map(([, load]) => load()));
  return modules.map((m) => m.default);
}
