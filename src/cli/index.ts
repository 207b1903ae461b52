import { parseArgs } from 'node:util';
import { findCommand, loadCommands } from './commands.js';
import { UsageError } from './command.js';

/** Dispatches `dyad COMMAND ...` and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const which = name === 'help' && rest[0] ? await findCommand(rest[0]) : undefined;
    if (which) {
      process.stdout.write(`${which.usage}\n`);
      return 0;
    }
    const commands = await loadCommands();
    process.stdout.write(
      'usage: dyad COMMAND [options]\n\ncommands:\n' +
        commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n') +
        '\n\nRun `dyad help COMMAND` for a command\'s options.\n',
    );
    return name ? 0 : 2;
  }
  if (name === '--version' || name === 'version') {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const command = await findCommand(name);
  if (!command) {
    process.stderr.write(`dyad: unknown command '${name}'. Run 'dyad help' for the list.\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String((err as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`dyad ${name}: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}

export { parseArgs };
