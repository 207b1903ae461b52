/**
 * Prints a coder fixture block (src/events/fixtures/*.txt) for sentences, from the trained parser and
 * the pipeline's actors (dictionaries, carry-over, gazetteer places), so that a new golden case starts from
 * what the pipeline really sees. Mentions that name no country, group or class ("officials") are left out:
 * a fixture reads the first three letters of a code as its country.
 *
 *   node dist/scripts/fixture-block.js --date 2024-03-01 "Sentence one." ["Sentence two." ...]
 *
 * Review the parse and the actor lines before committing a block: the fixture pins the coder's
 * behaviour on exactly this input.
 */
import { parseArgs } from 'node:util';
import { codeText } from '../src/pipeline/index.js';
import { splitActorCode } from '../src/events/parse-table.js';

const { values, positionals } = parseArgs({ options: { date: { type: 'string' } }, allowPositionals: true });
if (positionals.length === 0) {
  process.stderr.write('usage: fixture-block [--date YYYY-MM-DD] "sentence" ...\n');
  process.exit(2);
}
for (const text of positionals) {
  const { sentences, mentions } = codeText(text, { date: values.date ?? null });
  sentences.forEach((s, k) => {
    const lines = [`# ${s.text}`];
    for (const m of mentions?.[k] ?? []) {
      const fixture = splitActorCode(m.code);
      if (m.country === null && !m.group && fixture.country !== null) continue;
      lines.push(`# actor: ${m.start + 1}-${m.end}${m.head === m.end - 1 ? '' : `@${m.head + 1}`} ${m.code}${m.carried ? ' carried' : ''}`);
    }
    for (const t of s.tokens) lines.push(`${t.index + 1} ${t.text} ${t.lemma} ${t.upos} ${t.head + 1} ${t.deprel} ${t.xpos}`);
    process.stdout.write(`${lines.join('\n')}\n\n`);
  });
}
