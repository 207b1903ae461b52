import type { Command } from './command.js';

type Loader = () => Promise<{ default: Command }>;

/** Every command, in the order `dyad help` lists them. Each lives in its own file and loads lazily. */
const loaders: Loader[] = [
  () => import('./code.js'),
  () => import('./explain.js'),
  () => import('./eval.js'),
  () => import('./actors.js'),
  () => import('./ingest.js'),
  () => import('./documents.js'),
  () => import('./events.js'),
  () => import('./stats.js'),
  () => import('./recode.js'),
  () => import('./parse.js'),
  () => import('./geocode.js'),
  () => import('./validate.js'),
  () => import('./serve.js'),
];

export async function loadCommands(): Promise<Command[]> {
  const modules = await Promise.all(loaders.map((load) => load()));
  return modules.map((m) => m.default);
}
