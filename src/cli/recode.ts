import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import type { EventRecord } from '../model/index.js';
import { codeDocument, loadPipeline } from '../pipeline/index.js';
import { recodeDocuments, type DocumentRecode } from '../pipeline/ingest-recode.js';
import { currentCodedWith } from '../pipeline/ingest-version.js';
import { withStore } from './with-store.js';

const usage = `usage: dyad recode [options]

Codes stored documents again with the current models, dictionaries and lexicon, replaces their
events and reports added, removed and changed events per document and in total. By default only
documents coded with other versions than the current ones are recoded.

  --db PATH|URL     SQLite file or postgres:// URL (default $DYAD_DB or ./dyad.sqlite)
  --all             recode every document (e.g. after a change to the coder's code)
  --source NAME     only documents from this outlet
  --format FORMAT   text (default: changed documents and totals) or jsonl (one line per
                    recoded document with its changes, then a totals line)`;

function brief(e: EventRecord): string {
  return `${e.code} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} (sentence ${e.sentence.index})`;
}

function short(e: EventRecord): Record<string, unknown> {
  return { id: e.id, sentence: e.sentence.index, code: e.code, source: e.source?.code ?? null, target: e.target?.code ?? null, date: e.date };
}

function textReport(r: DocumentRecode): string {
  const lines = [`${r.docId} ${r.title ?? r.origin ?? ''}: +${r.added.length} -${r.removed.length} ~${r.changed.length}`];
  for (const e of r.added) lines.push(`  + ${brief(e)}`);
  for (const e of r.removed) lines.push(`  - ${brief(e)}`);
  for (const c of r.changed) lines.push(`  ~ ${brief(c.before)} => ${brief(c.after)}`);
  return `${lines.join('\n')}\n`;
}

const command: Command = {
  name: 'recode',
  summary: 're-code stored documents after a model or dictionary change and report what changed',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, all: { type: 'boolean' }, source: { type: 'string' }, format: { type: 'string', default: 'text' } },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!['jsonl', 'text'].includes(values.format)) throw new UsageError(`Unknown format '${values.format}' (available: text, jsonl)`);
    const jsonl = values.format === 'jsonl';
    // Load models and dictionaries up front: a broken model is one clear error, not a failure per
    // document, and the loading time stays out of the documents/s figures.
    loadPipeline();
    return withStore(values.db, {}, async (store) => {
      const summary = await recodeDocuments(store, codeDocument, currentCodedWith(), {
        all: values.all,
        filter: values.source ? { source: values.source } : undefined,
        onDocument: (r) => {
          if (jsonl) {
            process.stdout.write(`${JSON.stringify({
              docId: r.docId, title: r.title, unchanged: r.unchanged,
              added: r.added.map(short), removed: r.removed.map(short),
              changed: r.changed.map((c) => ({ before: short(c.before), after: short(c.after) })),
            })}\n`);
          } else if (r.added.length + r.removed.length + r.changed.length > 0) {
            process.stdout.write(textReport(r));
          }
        },
      });
      if (jsonl) process.stdout.write(`${JSON.stringify({ total: summary })}\n`);
      process.stderr.write(
        `recode: ${summary.documents} documents, ${summary.recoded} recoded, ${summary.upToDate} up to date, ` +
        `${summary.withChanges} changed, ${summary.failed} failed; events +${summary.added} -${summary.removed} ~${summary.changed} ` +
        `(${summary.unchanged} unchanged)\n`,
      );
      return summary.failed > 0 ? 1 : 0;
    });
  },
};

export default command;
