/**
 * Regenerates the golden CoNLL-U files of `dyad parse` (src/nlp/fixtures/parse/*.txt -> .conllu)
 * with the committed models. Run after retraining and review the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { loadNlp, writeConllu } from '../src/nlp/index.js';

const dir = join(packageRoot, 'src', 'nlp', 'fixtures', 'parse');
const nlp = loadNlp();
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const out = join(dir, name.replace(/\.txt$/, '.conllu'));
  writeFileSync(out, writeConllu(nlp.parse(readFileSync(join(dir, name), 'utf8'))));
  process.stderr.write(`wrote ${out}\n`);
}
