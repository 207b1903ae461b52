import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import { readTextInput } from './read-input.js';
import { evaluateNlp, loadNlp, readConllu, writeConllu } from '../nlp/index.js';

const usage = `usage: dyad parse [options] [FILE|-]
       dyad parse --eval GOLD.conllu [--json]

Tags, lemmatizes and parses raw text (a file, or stdin for - or no argument) and prints CoNLL-U
with # sent_id, # text, and SpaceAfter=No / TokenRange=START:END (character offsets) in MISC.

With --eval, parses the sentences of a gold CoNLL-U file from their gold tokens with predicted
tags and prints UPOS accuracy, UAS, LAS (all tokens, punctuation included), token count and
tokens/s.

  --eval GOLD.conllu   score against a gold file instead of parsing text
  --json               with --eval: print one JSON object
                       {"sentences","tokens","upos","uas","las","tokensPerSecond"}
  --models DIR         model directory (default: the package's data/models)`;

const command: Command = {
  name: 'parse',
  summary: 'tag and parse text into CoNLL-U (UD), or score the parser on a gold file',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { eval: { type: 'string' }, json: { type: 'boolean', default: false }, models: { type: 'string' } },
    });
    if (positionals.length > 1) throw new UsageError(`expected at most one input file, got ${positionals.length}: ${positionals.join(' ')}`);
    if (values.json && values.eval === undefined) throw new UsageError('--json needs --eval GOLD.conllu');
    if (values.eval !== undefined && positionals.length > 0) throw new UsageError(`--eval takes no input file (got ${positionals[0]})`);
    const nlp = loadNlp(values.models);
    if (values.eval !== undefined) {
      let text: string;
      try {
        text = readFileSync(values.eval, 'utf8');
      } catch (err) {
        process.stderr.write(`dyad parse: cannot read ${values.eval}: ${(err as Error).message}\n`);
        return 1;
      }
      const gold = readConllu(text, values.eval);
      for (const p of gold.flatMap((s) => s.problems).slice(0, 10)) process.stderr.write(`dyad parse: ${p.message}\n`);
      const r = evaluateNlp(nlp, gold);
      if (values.json) {
        const { sentences, tokens, upos, uas, las, tokensPerSecond } = r;
        process.stdout.write(JSON.stringify({ sentences, tokens, upos, uas, las, tokensPerSecond }) + '\n');
      } else {
        const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
        process.stdout.write(
          `sentences  ${r.sentences}\ntokens     ${r.tokens}\nUPOS       ${pct(r.upos)}\nXPOS       ${pct(r.xpos)}\n` +
            `lemma      ${pct(r.lemma)}\nUAS        ${pct(r.uas)}\nLAS        ${pct(r.las)}\ntokens/s   ${r.tokensPerSecond}\n`,
        );
      }
      return 0;
    }
    const input = await readTextInput(positionals[0]);
    process.stdout.write(writeConllu(nlp.parse(input.text)));
    return 0;
  },
};

export default command;
