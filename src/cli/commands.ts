import type { Command } from './command.js';

type Loader = () => Promise<{ default: Command }>;

/** Every command, in the order `dyad help` lists them. Each lives in its own file and loads lazily. */
const loaders: Loader[] = [
];

export async function loadCommands(): Promise<Command[]> {
  const modules = await Promise.all(loaders.map((load) => load()));
  return modules.map((m) => m.default);
}
