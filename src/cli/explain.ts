import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import { codeText, loadPipeline } from '../pipeline/index.js';
import { isIsoDate, type PredicateTrace } from '../events/index.js';
import type { ActorMention, ParsedSentence } from '../model/index.js';

const usage = `usage: dyad explain "SENTENCE..." [--date YYYY-MM-DD] [--all] [--json]

Shows how dyad codes a sentence (or a short text): the parse as a CoNLL-U-like table, the actors
found (with carried-over ones), each predicate the lexicon knows with the patterns tried and why
each did or did not fit, and the events coded.

  --date YYYY-MM-DD   document date (default: none, so relative dates stay unresolved)
  --all               list every pattern tried, not only the first 6 per predicate
  --json              print {sentences, mentions, traces, repairs, events, diagnostics} as JSON
  --models DIR        parser model directory (default: the package's data/models)`;

function table(s: ParsedSentence): string {
  const rows = s.tokens.map((t) =>
    [String(t.index + 1), t.text, t.lemma, t.upos, t.xpos, String(t.head + 1), t.deprel].map((c, i) => c.padEnd([3, 16, 14, 6, 5, 4, 12][i])).join(' '),
  );
  return ['ID  FORM             LEMMA          UPOS   XPOS  HEAD DEPREL', ...rows].join('\n');
}

function actorLines(ms: ActorMention[]): string[] {
  if (ms.length === 0) return ['  (none)'];
  return ms.map(
    (m) =>
      `  ${m.code.padEnd(12)} "${m.text}" tokens ${m.start + 1}-${m.end} head ${m.head + 1}${m.carried ? ' (carried over)' : ''}  [${m.entries.join(', ')}]`,
  );
}

function traceLines(ts: PredicateTrace[], all: boolean): string[] {
  if (ts.length === 0) return ['  (no verb or noun of the sentence is in the lexicon)'];
  const out: string[] = [];
  for (const t of ts) {
    out.push(`  ${t.token + 1} ${t.word} (${t.pos} '${t.lemma}'): ${t.outcome}`);
    const shown = all ? t.tried : t.tried.slice(0, 6);
    for (const p of shown) out.push(`      ${p.matched ? '+' : '-'} ${p.pattern.padEnd(28)} ${p.code.padEnd(5)} ${p.template}   ${p.matched ? '' : `(${p.why})`}`);
    if (shown.length < t.tried.length) out.push(`      ... ${t.tried.length - shown.length} more (--all)`);
    for (const n of t.notes) out.push(`      note: ${n}`);
  }
  return out;
}

const command: Command = {
  name: 'explain',
  summary: 'show the parse, actors, predicates and why each event was or was not coded',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        all: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        models: { type: 'string' },
      },
    });
    const text = positionals.join(' ').trim();
    if (!text) throw new UsageError('give the sentence to explain');
    if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be a calendar date YYYY-MM-DD, got '${values.date}'`);
    loadPipeline({ modelDir: values.models });
    const r = codeText(text, { date: values.date ?? null, docId: 'explain', trace: true });
    if (values.json) {
      process.stdout.write(JSON.stringify({ sentences: r.sentences, mentions: r.mentions, traces: r.traces, repairs: r.repairs, events: r.events, diagnostics: r.diagnostics }) + '\n');
      return 0;
    }
    const out: string[] = [];
    r.sentences.forEach((s, k) => {
      out.push(`# sentence ${s.index + 1}: ${s.text}`, '', table(s), '');
      const fixed = r.repairs?.[k] ?? [];
      if (fixed.length) out.push('repairs of the parse before coding:', ...fixed.map((x) => `  ${x}`), '');
      out.push('actors:', ...actorLines(r.mentions?.[k] ?? []));
      out.push('', 'predicates:', ...traceLines(r.traces?.[k] ?? [], values.all));
      const evs = r.events.filter((e) => e.sentence.index === s.index);
      out.push('', 'events:');
      if (evs.length === 0) out.push('  (none)');
      for (const e of evs) {
        out.push(
          `  ${e.source?.code} -> ${e.target?.code}  ${e.code} ${e.name}${e.negated ? '  [NEGATED: not counted as the event]' : ''}`,
          `      date ${e.date ?? '-'}, QuadClass ${e.quadClass}, Goldstein ${e.goldstein}, PLOVER ${e.plover ? `${e.plover.type}${e.plover.mode ? '/' + e.plover.mode : ''}` : '-'}, lexicon ${e.evidence.lexicon}`,
        );
      }
      out.push('');
    });
    for (const d of r.diagnostics) out.push(`diagnostic: ${d}`);
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  },
};

export default command;
