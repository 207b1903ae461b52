/** A CLI command: one file per command under src/cli/, registered in commands.ts. */
export interface Command {
  name: string;
  /** One line for `dyad help`. */
  summary: string;
  /** Usage text printed by `dyad help NAME` and on argument errors. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** An argument error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Reads an optional positive-integer option (`--limit 20`), or throws a UsageError naming it. */
export function positiveIntOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got '${value}'`);
  return n;
}
