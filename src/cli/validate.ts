import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { UsageError, type Command } from './command.js';
import { runValidation, type RecordResult } from '../events/petrarch/index.js';

const usage = `usage: dyad validate RECORDS.xml [--json] [--failures] [--models DIR]

Runs a PETRARCH validation records file: loads the dictionaries named in its <Environment>
(relative to the file), parses and codes each record's <Text> (any <Parse> is ignored), applies
per-record <Config> options (require_dyad), skips evaluate="false" records and categories not in
<Include>, and prints one line per record, then exact-match, tuple precision/recall and per-category
results.

  --json       one JSON object per record {"id","category","expected","coded","match"}, then
               one summary object {"summary":{...}}
  --failures   print only the records that do not match (text output)
  --models DIR parser model directory (default: the package's data/models)`;

const fmt = (evs: { source: string; target: string; code: string }[]): string =>
  evs.map((e) => `${e.source} ${e.target} ${e.code}`).sort().join('; ') || '(none)';

const command: Command = {
  name: 'validate',
  summary: 'run a PETRARCH validation records file and report exact-match and tuple scores',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, failures: { type: 'boolean', default: false }, models: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError(`expected one records file, got ${positionals.length}`);
    const path = positionals[0]!;
    if (!existsSync(path)) {
      process.stderr.write(`dyad validate: no such file: ${path}\n`);
      return 1;
    }
    const print = (r: RecordResult): void => {
      if (values.json) process.stdout.write(JSON.stringify({ id: r.id, category: r.category, expected: r.expected, coded: r.coded, match: r.match }) + '\n');
      else if (!values.failures || !r.match)
        process.stdout.write(`${r.match ? 'ok  ' : 'FAIL'} ${r.id.padEnd(14)} expected ${fmt(r.expected)}${r.match ? '' : ` | coded ${fmt(r.coded)}`}\n`);
    };
    const { summary: s, problems } = runValidation(path, { modelDir: values.models, onRecord: print });
    for (const p of problems) process.stderr.write(`dyad validate: ${p}\n`);
    if (values.json) {
      process.stdout.write(JSON.stringify({ summary: s }) + '\n');
      return 0;
    }
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
    const lines = [
      '',
      `records evaluated ${s.records} (skipped ${s.skipped}), exactly right ${s.exact} = ${pct(s.exactRate)}`,
      `tuples: expected ${s.tuples.expected}, coded ${s.tuples.coded}, correct ${s.tuples.correct}; precision ${pct(s.tuples.precision)}, recall ${pct(s.tuples.recall)}`,
      'per category:',
      ...Object.entries(s.perCategory)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([c, v]) => `  ${c.padEnd(10)} ${String(v.exact).padStart(3)} / ${String(v.records).padEnd(3)} ${pct(v.exact / v.records)}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};

export default command;
