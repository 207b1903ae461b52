import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import { readTextInput } from './read-input.js';
import {
  DictionaryError,
  UnknownPhraseCounter,
  dictionaryWarnings,
  loadActorDictionary,
  matchActors,
  parsePhrase,
  type ActorDictionary,
} from '../actors/index.js';

const usage = `usage: dyad actors --lookup TEXT [--date YYYY-MM-DD] [--format text|jsonl]
       dyad actors --unknown FILE... [--min N] [--format tsv|jsonl]
       dyad actors --check

Actor dictionaries (data/dictionaries, see docs/dictionaries.md).

  --lookup TEXT     the actor code(s) of a phrase, e.g. "Russian ambassador to Afghanistan";
                    the phrase is read as one noun phrase (no parse model needed)
  --date DATE       article date for people's date-bounded offices (default: their latest office)
  --unknown FILE... frequent proper-noun phrases in the files that match no dictionary entry,
                    with counts and an example sentence (uses the parse model in data/models)
  --min N           with --unknown: only phrases seen at least N times (default 2)
  --check           load the dictionaries, print counts and warnings; exit 1 on errors
  --dir DIR         read dictionaries from DIR instead of data/dictionaries
  --format FORMAT   text (lookup default), tsv (unknown default) or jsonl

Dictionary warnings (repeated blocks, a form bound to two codes) go to stderr.`;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function loadDict(dir: string | undefined): ActorDictionary {
  const dict = loadActorDictionary(dir === undefined ? {} : { dir });
  for (const w of dictionaryWarnings(dict)) process.stderr.write(`dyad actors: warning: ${w}\n`);
  return dict;
}

const command: Command = {
  name: 'actors',
  summary: 'look up actor codes, list unknown names, check dictionaries',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lookup: { type: 'string' }, unknown: { type: 'boolean' }, check: { type: 'boolean' },
        date: { type: 'string' }, min: { type: 'string' }, format: { type: 'string' }, dir: { type: 'string' },
      },
    });
    const modes = [values.lookup !== undefined, values.unknown === true, values.check === true].filter(Boolean).length;
    if (modes !== 1) throw new UsageError('give exactly one of --lookup TEXT, --unknown FILE..., --check');
    if (values.date !== undefined && (!DATE_RE.test(values.date) || Number.isNaN(Date.parse(values.date)))) {
      throw new UsageError(`--date must be YYYY-MM-DD, got '${values.date}'`);
    }
    let dict: ActorDictionary;
    try {
      dict = loadDict(values.dir);
    } catch (err) {
      if (!(err instanceof DictionaryError)) throw err;
      process.stderr.write(`dyad actors: ${err.problems.length} dictionary error(s):\n${err.problems.map((p) => `  ${p}\n`).join('')}`);
      return 1;
    }
    if (values.check) {
      if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      return check(dict);
    }
    if (values.lookup !== undefined) {
      if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (quote the phrase)`);
      return lookup(dict, values.lookup, values.date ?? null, values.format ?? 'text');
    }
    if (positionals.length === 0) throw new UsageError('--unknown needs at least one FILE');
    const min = values.min === undefined ? 2 : Number(values.min);
    if (!Number.isInteger(min) || min < 1) throw new UsageError(`--min must be a whole number >= 1, got '${values.min}'`);
    const format = values.format ?? 'tsv';
    if (!['tsv', 'jsonl'].includes(format)) throw new UsageError(`unknown format '${format}' (available: tsv, jsonl)`);
    return unknown(dict, positionals, min, format);
  },
};

function check(dict: ActorDictionary): number {
  const counts = new Map<string, number>();
  for (const e of dict.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  // per file: entries created there, forms read from there (a curated file adds forms to entries of another)
  const perFile = new Map<string, { entries: number; forms: number }>(dict.files.map((f) => [f, { entries: 0, forms: 0 }]));
  for (const e of dict.entries) {
    const rec = perFile.get(e.source.file);
    if (rec) rec.entries++;
  }
  let forms = 0;
  for (const list of dict.forms.values()) {
    forms += list.length;
    for (const f of list) {
      const rec = perFile.get(f.source.file);
      if (rec) rec.forms++;
    }
  }
  process.stdout.write(
    [...perFile].map(([f, r]) => `${basename(f).padEnd(22)} ${String(r.entries).padStart(5)} entries ${String(r.forms).padStart(6)} forms\n`).join('') +
      [...counts].map(([k, n]) => `${k.padEnd(13)} ${n}\n`).join('') +
      `forms         ${forms} (${dict.forms.size} distinct keys)\nwarnings      ${dict.warnings.length}\n`,
  );
  return 0;
}

function lookup(dict: ActorDictionary, text: string, date: string | null, format: string): number {
  if (!['text', 'jsonl'].includes(format)) throw new UsageError(`unknown format '${format}' (available: text, jsonl)`);
  if (text.trim() === '') throw new UsageError('--lookup needs a phrase');
  const mentions = matchActors(parsePhrase(text), dict, date);
  for (const m of mentions) {
    if (format === 'jsonl') {
      const { code, text: t, country, roles, group, start, end, head, entries } = m;
      process.stdout.write(`${JSON.stringify({ code, text: t, country, roles, group, start, end, head, entries })}\n`);
    } else {
      process.stdout.write(`${m.code}\t${m.text}\t${m.entries.join(', ')}\n`);
    }
  }
  if (mentions.length === 0) {
    process.stderr.write(`dyad actors: no dictionary entry matches '${text}'\n`);
    return 1;
  }
  return 0;
}

async function unknown(dict: ActorDictionary, files: string[], min: number, format: string): Promise<number> {
  const { loadNlp } = await import('../nlp/index.js');
  let nlp: ReturnType<typeof loadNlp>;
  try {
    nlp = loadNlp();
  } catch (err) {
    process.stderr.write(`dyad actors: cannot load the parse model (${(err as Error).message})\n`);
    return 1;
  }
  const counter = new UnknownPhraseCounter(dict);
  let failed = 0;
  for (const file of files) {
    try {
      const { text, name } = await readTextInput(file);
      for (const s of nlp.parse(text)) counter.add(s, name);
    } catch (err) {
      // one unreadable file does not stop the others
      failed++;
      process.stderr.write(`dyad actors: ${(err as Error).message}\n`);
    }
  }
  const rows = counter.results(min);
  if (format === 'jsonl') {
    for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  } else {
    process.stdout.write('count\tdocuments\tphrase\texample\n');
    for (const r of rows) process.stdout.write(`${r.count}\t${r.documents}\t${r.text}\t${r.example.slice(0, 200)}\n`);
  }
  process.stderr.write(`dyad actors: ${rows.length} unknown phrase(s) seen at least ${min} time(s) in ${files.length - failed} file(s)\n`);
  return failed > 0 ? 1 : 0;
}

export default command;
