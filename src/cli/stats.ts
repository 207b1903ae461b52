import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import type { StoreStats } from '../store/index.js';
import { withStore } from './with-store.js';

const usage = `usage: dyad stats [options]

Totals of the store: documents, near-duplicates, sentences, events by CAMEO root and QuadClass,
actors, date range, coding versions, failures.

  --db PATH|URL     SQLite file or postgres:// URL (default $DYAD_DB or ./dyad.sqlite)
  --failures N      also list the first N recorded failures (text format)
  --format FORMAT   text (default) or jsonl (one JSON object)`;

function text(s: StoreStats): string {
  const lines = [
    `backend          ${s.backend} (schema version ${s.schemaVersion})`,
    `documents        ${s.documents} (${s.nearDuplicates} near-duplicates)`,
    `sentences        ${s.sentences}`,
    `events           ${s.events} (${s.negatedEvents} negated)`,
    `actors           ${s.actors}`,
    `dates            ${s.firstDate ?? '-'} to ${s.lastDate ?? '-'}`,
    `failures         ${s.failures}`,
    `by QuadClass     ${Object.entries(s.byQuadClass).map(([k, v]) => `${k}: ${v}`).join(', ') || '-'}`,
    `by root          ${Object.entries(s.byRoot).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}: ${v}`).join(', ') || '-'}`,
    `coded with       ${s.codedWith.length === 0 ? '-' : ''}`,
    ...s.codedWith.map((c) => `  ${c.documents} documents: ${c.codedWith ? `models ${c.codedWith.models}, dictionaries ${c.codedWith.dictionaries}, lexicon ${c.codedWith.lexicon}` : 'unknown'}`),
  ];
  return `${lines.join('\n')}\n`;
}

const command: Command = {
  name: 'stats',
  summary: 'totals of the store',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, format: { type: 'string', default: 'text' }, failures: { type: 'string' } },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!['jsonl', 'text'].includes(values.format)) throw new UsageError(`Unknown format '${values.format}' (available: text, jsonl)`);
    const failures = values.failures === undefined ? 0 : Number(values.failures);
    if (!Number.isInteger(failures) || failures < 0) throw new UsageError(`--failures must be a whole number, got '${values.failures}'`);
    return withStore(values.db, { mustExist: true }, async (store) => {
      const s = await store.stats();
      if (values.format === 'jsonl') {
        process.stdout.write(`${JSON.stringify(s)}\n`);
        return 0;
      }
      process.stdout.write(text(s));
      if (failures > 0) {
        for (const f of await store.listFailures(failures)) process.stdout.write(`  failed: ${f.origin} (${f.attempts}x): ${f.error}\n`);
      }
      return 0;
    });
  },
};

export default command;
