import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import type { EventRecord } from '../model/index.js';
import { codeDocument, codeText, loadPipeline } from '../pipeline/index.js';
import { isIsoDate, lexiconProblems } from '../events/index.js';
import { readInputs } from '../ingest/index.js';
import { createWriter, writeChunk } from '../export/index.js';
import { codeWithPetrarch, loadPetrarchDirectory, type LoadedPetrarch } from '../events/petrarch/index.js';

const usage = `usage: dyad code [FILE...|-] [--date YYYY-MM-DD] [--format jsonl|tsv|phoenix|gdelt] [--input jsonl] [--dictionaries DIR]

Codes news text into events (who did what to whom, when) in CAMEO and PLOVER. Inputs are files,
folders or - (stdin, the default): plain text or HTML pages (the article is extracted first).
Events go to stdout, one per line; diagnostics (skipped inputs and sentences) go to stderr.

  --date YYYY-MM-DD    document date: the default event date and the anchor of "on Wednesday",
                       "last March" (overrides the date found in the page)
  --format jsonl|tsv   jsonl (default): one event record per line; tsv: a header and one row per event
  --input jsonl        each input line is {"id","text","date"}; events carry the line's id as docId
  --one-way            code two-sided events ("talks between X and Y") in one direction only
  --quiet              do not print diagnostics
  --models DIR         parser model directory (default: the package's data/models)
  --dictionaries DIR   code with the PETRARCH-format dictionaries in DIR (verbs, actors, agents,
                       discards) instead of dyad's own; see docs/petrarch.md
  --format phoenix|gdelt  Phoenix (26 columns) or GDELT 2.0 event (61 columns) rows, no header`;

const TSV_HEADER = [
  'id', 'docId', 'sentence', 'date', 'source', 'target', 'code', 'root', 'name', 'quadClass', 'goldstein',
  'ploverType', 'ploverMode', 'negated', 'lexicon', 'text',
];

/** One event as a TSV row (tabs and newlines in text replaced by spaces). */
export function eventToTsv(e: EventRecord): string {
  const clean = (s: string | null | undefined): string => (s ?? '').replace(/[\t\r\n]+/g, ' ');
  return [
    e.id, e.docId, String(e.sentence.index), e.date, e.source?.code, e.target?.code, e.code, e.root, e.name,
    String(e.quadClass), String(e.goldstein), e.plover?.type, e.plover?.mode, String(e.negated), e.evidence.lexicon,
    e.sentence.text,
  ].map(clean).join('\t');
}

const command: Command = {
  name: 'code',
  summary: 'code text, HTML pages or JSONL documents into CAMEO/PLOVER events',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
        input: { type: 'string' },
        'one-way': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        models: { type: 'string' },
        dictionaries: { type: 'string' },
      },
    });
    if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be a calendar date YYYY-MM-DD, got '${values.date}'`);
    if (!['jsonl', 'tsv', 'phoenix', 'gdelt'].includes(values.format!)) throw new UsageError(`--format must be jsonl, tsv, phoenix or gdelt, got '${values.format}'`);
    if (values.input !== undefined && values.input !== 'jsonl') throw new UsageError(`--input must be jsonl, got '${values.input}'`);
    const paths = positionals.length ? positionals : ['-'];
    const warn = (msg: string): void => {
      if (!values.quiet) process.stderr.write(`dyad code: ${msg}\n`);
    };
    loadPipeline({ modelDir: values.models });
    const problems = lexiconProblems();
    if (problems.length) warn(`${problems.length} lexicon line(s) skipped, first: ${problems[0]}`);
    const reciprocal = values['one-way'] ? 'one' : 'both';
    const out: string[] = [];
    // Waits for a slow reader of stdout (a pipe into gzip, say): without that, a long run piped onward keeps the unwritten
    // output in memory (1.5 GB after 190,000 sentences into `| wc -l`).
    const flush = async (force = false): Promise<void> => {
      if (out.length && (force || out.length >= 256)) {
        const chunk = out.join('\n') + '\n';
        out.length = 0;
        await writeChunk(process.stdout, chunk);
      }
    };
    if (values.format === 'tsv') out.push(TSV_HEADER.join('\t'));
    const table = values.format === 'phoenix' || values.format === 'gdelt' ? createWriter(values.format) : null;
    let petrarch: LoadedPetrarch | null = null;
    if (values.dictionaries !== undefined) {
      petrarch = loadPetrarchDirectory(values.dictionaries);
      if (petrarch.problems.length) warn(`${petrarch.problems.length} PETRARCH dictionary problem(s), first: ${petrarch.problems[0]}`);
    }
    const emit = async (events: EventRecord[]): Promise<void> => {
      for (const e of events) out.push(table ? table.write(e).replace(/\n$/, '') : values.format === 'tsv' ? eventToTsv(e) : JSON.stringify(e));
      await flush();
    };
    let coded = 0;
    let failed = 0;
    if (values.input === 'jsonl') {
      for (const path of paths) {
        const stream = path === '-' ? process.stdin : createReadStream(path);
        const name = path === '-' ? 'stdin' : path;
        let lineNo = 0;
        try {
          for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
            lineNo++;
            if (!line.trim()) continue;
            const doc = parseJsonlLine(line, `${name}:${lineNo}`);
            if (typeof doc === 'string') {
              warn(doc);
              failed++;
              continue;
            }
            const r = petrarch ? codeWithPetrarch(doc.text, petrarch, { docId: doc.id ?? `${name}:${lineNo}`, date: values.date ?? doc.date }) : codeText(doc.text, { docId: doc.id ?? `${name}:${lineNo}`, date: values.date ?? doc.date, reciprocal });
            r.diagnostics.forEach(warn);
            await emit(r.events);
            coded++;
          }
        } catch (err) {
          warn(`${name}: ${(err as Error).message}`);
          failed++;
        }
      }
    } else {
      for await (const item of readInputs(paths)) {
        if (!item.ok) {
          warn(`${item.origin}: ${item.error}`);
          failed++;
          continue;
        }
        const r = petrarch
          ? codeWithPetrarch(item.doc.text, petrarch, { docId: item.doc.id, date: values.date ?? item.doc.published })
          : codeDocument(item.doc, { date: values.date ?? item.doc.published, reciprocal });
        r.diagnostics.forEach(warn);
        await emit(r.events);
        coded++;
      }
    }
    await flush(true);
    return coded === 0 && failed > 0 ? 1 : 0;
  },
};

/** A JSONL input line `{"id","text","date"}`, or the reason it is skipped (naming `where` and the value). */
export function parseJsonlLine(line: string, where: string): { id: string | null; text: string; date: string | null } | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return `${where}: invalid JSON (${(err as Error).message})`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${where}: expected a JSON object, got ${line.slice(0, 60)}`;
  const rec = v as Record<string, unknown>;
  if (typeof rec.text !== 'string') return `${where}: "text" must be a string, got ${JSON.stringify(rec.text ?? null)}`;
  let date: string | null = null;
  if (rec.date !== undefined && rec.date !== null) {
    if (typeof rec.date !== 'string' || !isIsoDate(rec.date.slice(0, 10))) return `${where}: "date" must be YYYY-MM-DD, got ${JSON.stringify(rec.date)}`;
    date = rec.date.slice(0, 10);
  }
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : null;
  return { id, text: rec.text, date };
}

export default command;
