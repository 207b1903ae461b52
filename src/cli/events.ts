import { parseArgs } from 'node:util';
import { positiveIntOption, UsageError, type Command } from './command.js';
import { iterateAggregates, iterateEvents, type EventFilter } from '../store/index.js';
import { withStore } from './with-store.js';
import { createWriter, delimitedTable, formats, UnknownFormatError, writeChunk, writeEvents, type Column } from '../export/index.js';
import type { AggregateEvent } from '../store/index.js';

const usage = `usage: dyad events [options]

Prints stored events, oldest first (events without a date first).

  --db PATH|URL        SQLite file or postgres:// URL (default $DYAD_DB or ./dyad.sqlite)
  --actor CODE         source or target; a trailing * matches a prefix (RUS*)
  --source CODE        source actor (RUSGOV, AFG*)
  --target CODE        target actor
  --code CODE          CAMEO code, exact (042) or prefix (04*)
  --root RR            CAMEO root (04)
  --quad N             QuadClass 1-4
  --from DATE          first event date, YYYY-MM-DD (or YYYY, YYYY-MM)
  --to DATE            last event date, inclusive
  --country ISO3       source or target country
  --place NAME         name of the event's location, case-insensitive (Kabul; Kab* for a prefix)
  --place-country ISO3 country of the event's location
  --text WORDS         sentence contains (case-insensitive)
  --doc ID             events of one document
  --negated            only negated events; --affirmed: only affirmed ones
  --limit N            at most N records
  --aggregate          one record per (date, source, target, code) with mention, article and source
                       counts (GDELT-style; negated events left out); formats jsonl, csv, tsv
  --format NAME        ${Object.keys(formats).join(', ')} (default jsonl)`;

const AGGREGATE_COLUMNS: Column<AggregateEvent>[] = [
  ['date', (a) => a.date], ['source', (a) => a.source], ['target', (a) => a.target], ['code', (a) => a.code],
  ['root', (a) => a.root], ['name', (a) => a.name], ['quad_class', (a) => a.quadClass], ['goldstein', (a) => a.goldstein],
  ['mentions', (a) => a.mentions], ['articles', (a) => a.articles], ['sources', (a) => a.sources],
  ['first_mention', (a) => a.firstMention],
];

const command: Command = {
  name: 'events',
  summary: 'list, filter, aggregate and export stored events',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        actor: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' },
        code: { type: 'string' }, root: { type: 'string' }, quad: { type: 'string' },
        from: { type: 'string' }, to: { type: 'string' }, country: { type: 'string' }, text: { type: 'string' },
        place: { type: 'string' }, 'place-country': { type: 'string' },
        doc: { type: 'string' }, negated: { type: 'boolean' }, affirmed: { type: 'boolean' },
        limit: { type: 'string' }, aggregate: { type: 'boolean' }, format: { type: 'string', default: 'jsonl' },
      },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (values.negated && values.affirmed) throw new UsageError('--negated and --affirmed exclude each other');
    const placeCountry = values['place-country'];
    if (placeCountry !== undefined && !/^[A-Za-z]{3}$/.test(placeCountry)) {
      throw new UsageError(`--place-country must be an ISO alpha-3 code such as AFG, got '${placeCountry}'`);
    }
    const quad = values.quad === undefined ? undefined : Number(values.quad);
    if (quad !== undefined && ![1, 2, 3, 4].includes(quad)) throw new UsageError(`--quad must be 1, 2, 3 or 4, got '${values.quad}'`);
    const filter: EventFilter = {
      actor: values.actor, source: values.source, target: values.target, code: values.code, root: values.root,
      quadClass: quad, from: values.from, to: values.to, country: values.country, text: values.text, docId: values.doc,
      place: values.place, placeCountry,
      negated: values.negated ? true : values.affirmed ? false : undefined,
      limit: positiveIntOption('limit', values.limit),
    };
    const format = values.format;
    if (values.aggregate) {
      if (!['jsonl', 'csv', 'tsv'].includes(format)) throw new UsageError(`--aggregate supports --format jsonl, csv or tsv, got '${format}'`);
    } else {
      try {
        createWriter(format);
      } catch (err) {
        if (err instanceof UnknownFormatError) throw new UsageError(err.message);
        throw err;
      }
    }
    return withStore(values.db, { mustExist: true }, async (store) => {
      let n = 0;
      if (values.aggregate) {
        const table = format === 'jsonl' ? null : delimitedTable(AGGREGATE_COLUMNS, format === 'csv' ? ',' : '\t', format === 'csv' ? '\r\n' : '\n');
        if (table) await writeChunk(process.stdout, table.header);
        for await (const a of iterateAggregates(store, filter)) {
          await writeChunk(process.stdout, table ? table.row(a) : `${JSON.stringify(a)}\n`);
          n++;
        }
      } else {
        n = await writeEvents(iterateEvents(store, filter), format, process.stdout);
      }
      process.stderr.write(`events: ${n} ${values.aggregate ? 'aggregated events' : 'records'}\n`);
      return 0;
    });
  },
};

export default command;
