import { parseArgs } from 'node:util';
import { positiveIntOption, UsageError, type Command } from './command.js';
import { iterateDocuments, type DocumentFilter, type DocumentSummary } from '../store/index.js';
import { withStore } from './with-store.js';
import { writeChunk } from '../export/index.js';

const usage = `usage: dyad documents [ID] [options]

Lists stored documents in the order they were stored; with an ID, prints that document in full
(metadata, text and counts) as JSON.

  --db PATH|URL     SQLite file or postgres:// URL (default $DYAD_DB or ./dyad.sqlite)
  --source NAME     outlet
  --from DATE       first publication date, YYYY-MM-DD
  --to DATE         last publication date, inclusive
  --text WORDS      title contains (case-insensitive)
  --duplicates      only near-duplicates; --originals: only documents that repeat none
  --limit N         at most N documents
  --format FORMAT   jsonl (id, title, author, published, source, url, sentences, events, ...) or
                    table (default)`;

function row(d: DocumentSummary): string {
  const title = (d.title ?? '').replace(/\s+/g, ' ').slice(0, 60);
  return `${d.id}\t${d.published ?? '-'}\t${d.sentences}\t${d.events}\t${d.source ?? '-'}\t${title}${d.duplicateOf ? `\t(near-duplicate of ${d.duplicateOf})` : ''}\n`;
}

const command: Command = {
  name: 'documents',
  summary: 'list stored documents, or show one',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' }, source: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
        text: { type: 'string' }, duplicates: { type: 'boolean' }, originals: { type: 'boolean' },
        limit: { type: 'string' }, format: { type: 'string', default: 'table' },
      },
    });
    if (positionals.length > 1) throw new UsageError(`expected at most one document id, got ${positionals.length} arguments`);
    if (!['jsonl', 'table'].includes(values.format)) throw new UsageError(`Unknown format '${values.format}' (available: jsonl, table)`);
    if (values.duplicates && values.originals) throw new UsageError('--duplicates and --originals exclude each other');
    const limit = positiveIntOption('limit', values.limit);
    return withStore(values.db, { mustExist: true }, async (store) => {
      if (positionals.length === 1) {
        const found = await store.findDocument(positionals[0]);
        if (!found) {
          process.stderr.write(`documents: no stored document with id '${positionals[0]}'\n`);
          return 1;
        }
        const { parsed: _parsed, signature: _signature, doc, ...summary } = found;
        process.stdout.write(`${JSON.stringify({ ...summary, text: doc.text })}\n`);
        return 0;
      }
      const filter: DocumentFilter = {
        source: values.source, from: values.from, to: values.to, text: values.text,
        duplicates: values.duplicates ? true : values.originals ? false : undefined,
        limit,
      };
      const jsonl = values.format === 'jsonl';
      if (!jsonl) await writeChunk(process.stdout, 'id\tpublished\tsentences\tevents\tsource\ttitle\n');
      let n = 0;
      for await (const d of iterateDocuments(store, filter)) {
        await writeChunk(process.stdout, jsonl ? `${JSON.stringify(d)}\n` : row(d));
        n++;
      }
      process.stderr.write(`documents: ${n} listed\n`);
      return 0;
    });
  },
};

export default command;
