import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import { readInputs } from '../ingest/index.js';
import { codeDocument, loadPipeline } from '../pipeline/index.js';
import { ingestDocuments, nearDuplicateCheck } from '../pipeline/ingest.js';
import { ProgressReporter } from '../pipeline/ingest-progress.js';
import { currentCodedWith } from '../pipeline/ingest-version.js';
import { openStore } from '../store/index.js';

const usage = `usage: dyad ingest PATHS... [options]

Reads files, folders, - (stdin), JSONL, RSS/Atom and HTML pages, codes every new document and
stores it with its events. Documents already stored are skipped, so an interrupted run can simply
be started again; Ctrl-C stores what was read and stops (exit 130). Exit code 1 when any input
failed (each failure is recorded in the store).

  --db PATH|URL             SQLite file or postgres:// URL (default $DYAD_DB or ./dyad.sqlite)
  --batch N                 documents per transaction (default 50)
  --no-near-duplicates      do not look for near-duplicates
  --progress-interval SEC   seconds between progress lines when stderr is not a terminal (default 2)
  --quiet                   no progress, only the summary`;

const command: Command = {
  name: 'ingest',
  summary: 'read, code and store documents (resumable)',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        batch: { type: 'string', default: '50' },
        'no-near-duplicates': { type: 'boolean' },
        'progress-interval': { type: 'string', default: '2' },
        quiet: { type: 'boolean' },
      },
    });
    if (positionals.length === 0) throw new UsageError('give at least one path (a file, a folder, or - for stdin)');
    const batchSize = Number(values.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new UsageError(`--batch must be an integer from 1 to 10000, got '${values.batch}'`);
    const interval = Number(values['progress-interval']);
    if (!Number.isFinite(interval) || interval < 0) throw new UsageError(`--progress-interval must be a number of seconds, got '${values['progress-interval']}'`);
    // Load models and dictionaries up front: a broken model is one clear error, not a failure per
    // document, and the loading time stays out of the documents/s figures.
    loadPipeline();
    const store = await openStore(values.db);
    try {
      const reporter = new ProgressReporter(process.stderr, interval * 1000);
      // First Ctrl-C: store what was read and print the summary; a second one kills as usual.
      const stop = new AbortController();
      const onInterrupt = (): void => {
        stop.abort();
        process.removeListener('SIGINT', onInterrupt);
      };
      process.on('SIGINT', onInterrupt);
      const summary = await ingestDocuments(readInputs(positionals), {
        signal: stop.signal,
        store,
        code: codeDocument,
        codedWith: currentCodedWith(),
        batchSize,
        nearDuplicates: values['no-near-duplicates'] ? null : await nearDuplicateCheck(store),
        onProgress: values.quiet ? undefined : (p) => reporter.update(p),
      });
      process.removeListener('SIGINT', onInterrupt);
      reporter.finish(summary);
      if (summary.interrupted) return 130;
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

export default command;
