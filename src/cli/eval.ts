import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import { evaluateGold, loadPipeline } from '../pipeline/index.js';
import type { Prf } from '../events/index.js';

const usage = `usage: dyad eval GOLD.jsonl [--json] [--errors]

Codes each gold line {"text","date","events":[{"source","target","code"}]} and scores the coder:
precision, recall and F1 on (source country, target country, root) and on (source, target, full
code), overall, per CAMEO root and per hard case (the tags of each gold note's leading "[...]").
Negated events are not counted as events.

  --json     print one JSON object {"sentences","gold","predicted","country","full","perRoot","perTag"}
  --errors   also list each sentence where gold and coded events differ
  --models DIR  parser model directory (default: the package's data/models)`;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
const row = (name: string, p: Prf): string =>
  `${name.padEnd(22)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}   tp ${p.tp} fp ${p.fp} fn ${p.fn}`;

const command: Command = {
  name: 'eval',
  summary: 'score the coder against a gold JSONL file (P/R/F1 overall, per root and per hard case)',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, errors: { type: 'boolean', default: false }, models: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError(`expected one gold file, got ${positionals.length}`);
    let text: string;
    try {
      text = readFileSync(positionals[0], 'utf8');
    } catch (err) {
      process.stderr.write(`dyad eval: cannot read ${positionals[0]}: ${(err as Error).message}\n`);
      return 1;
    }
    loadPipeline({ modelDir: values.models });
    const r = evaluateGold(text, positionals[0]);
    for (const e of r.errors) process.stderr.write(`dyad eval: ${e}\n`);
    const s = r.summary;
    if (values.json) {
      process.stdout.write(JSON.stringify(s) + '\n');
      return 0;
    }
    const lines = [
      `sentences ${s.sentences}, gold events ${s.gold}, coded events ${s.predicted}`,
      '',
      `${''.padEnd(22)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}`,
      row('country, country, root', s.country),
      row('source, target, code', s.full),
      '',
      'per root (country, country, root):',
      ...Object.entries(s.perRoot).sort(([a], [b]) => (a < b ? -1 : 1)).map(([root, p]) => row(`  ${root}`, p)),
    ];
    if (Object.keys(s.perTag).length) {
      lines.push('', 'per hard case (country, country, root; a sentence counts for each of its tags):');
      lines.push(...Object.entries(s.perTag).map(([tag, p]) => row(`  ${tag}`, p)));
    }
    if (values.errors) {
      lines.push('', 'differences:');
      for (const c of r.sentences) {
        const g = c.gold.map((e) => `${e.source}->${e.target} ${e.code}`).sort().join(', ');
        const p = c.predicted.map((e) => `${e.source}->${e.target} ${e.code}`).sort().join(', ');
        if (g !== p) lines.push(`  ${c.id}: ${c.text}`, `    gold:  ${g || '(none)'}`, `    coded: ${p || '(none)'}`);
      }
    }
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};

export default command;
