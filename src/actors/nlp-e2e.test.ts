import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { loadNlp, type Nlp } from '../nlp/index.js';
import { loadActorDictionary, resolveDocumentActors } from './index.js';

// End-to-end through the real parser: skipped, with the reason, when no usable model is present.
let nlp: Nlp | null = null;
let skip: string | false = false;
const models = dataPath('models');
if (!existsSync(models) || readdirSync(models).length === 0) {
  skip = `needs a parse model in ${models} (empty)`;
} else {
  try {
    nlp = loadNlp();
  } catch (err) {
    skip = `the parse model in ${models} does not load: ${(err as Error).message}`;
  }
}

const TEXT =
  'Russian and Tajik militaries held joint exercises near the border. ' +
  "Afghanistan's acting defense minister visited Moscow for talks with Russian officials. " +
  'The Taliban rejected the talks. The group said the government of Afghanistan had failed.';

test('parsed text: phrases get their actors and carry-over completes "the group"', { skip }, () => {
  const sentences = nlp!.parse(TEXT);
  const perSentence = resolveDocumentActors(sentences, loadActorDictionary(), '2016-01-22');
  const all = perSentence.flat().map((m) => m.code);
  for (const code of ['RUSMIL', 'TJKMIL', 'AFGGOV', 'RUS', 'RUSGOV', 'AFGINSTAL']) {
    assert.ok(all.includes(code), `${code} missing from ${all.join(' ')}`);
  }
  const last = perSentence[perSentence.length - 1] ?? [];
  assert.ok(last.some((m) => m.carried && m.code === 'AFGINSTAL'), `"The group" not carried: ${JSON.stringify(last)}`);
  // every head lies inside its span
  for (const m of perSentence.flat()) assert.ok(m.head >= m.start && m.head < m.end, `${m.text}: head ${m.head} outside ${m.start}-${m.end}`);
});
