import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import { buildApp } from '../api/index.js';
import { openStore, defaultDatabase } from '../store/index.js';

const usage = `usage: dyad serve [options]

Serves the HTTP API (/api/..., described at /api/openapi.json) and the dashboard (/) over a store.
Reads are open; POST /api/documents needs the token in $DYAD_TOKEN (posting is off without it).

  --db PATH|URL     SQLite file or postgres:// URL (default $DYAD_DB or ./dyad.sqlite)
  --port N          port (default 8080; 0 picks a free one)
  --host HOST       address to listen on (default 127.0.0.1; 0.0.0.0 exposes it to the network)
  --ingest PATH     before serving, ingest PATH (file or folder; repeatable), skipping documents already stored
  --log             log every request`;

const command: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the dashboard',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        ingest: { type: 'string', multiple: true },
        log: { type: 'boolean' },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, got '${values.port}'`);
    const db = values.db ?? defaultDatabase();
    if (values.ingest?.length) {
      const ingest = (await import('./ingest.js')).default;
      const code = await ingest.run([...values.ingest, '--db', db, '--quiet']);
      if (code !== 0) process.stderr.write('dyad serve: some inputs failed to ingest (see above); serving what was stored\n');
    }
    const store = await openStore(db);
    const app = await buildApp({ store, token: process.env.DYAD_TOKEN || undefined, logger: values.log ?? false });
    const address = await app.listen({ port, host: values.host });
    const shown = address.replace('://127.0.0.1', '://localhost');
    process.stdout.write(`dyad: dashboard at ${shown}/  (API: ${shown}/api/openapi.json; database ${db})\n`);
    if (!process.env.DYAD_TOKEN) process.stdout.write('dyad: POST /api/documents is off (set DYAD_TOKEN to enable it)\n');
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await app.close();
    await store.close();
    return 0;
  },
};

export default command;
