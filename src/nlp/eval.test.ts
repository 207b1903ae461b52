import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../paths.js';
import { needShared } from '../testing.js';
import { evaluateNlp, loadNlp, readConllu } from './index.js';

// Thresholds sit just under what the committed models reach on EWT dev (see docs/nlp-models.md).
const MIN = { upos: 0.948, lemma: 0.965, uas: 0.838, las: 0.8 };

test('committed models score above the thresholds on en_ewt-ud-dev', { skip: needShared('ud-english-ewt', 'en_ewt-ud-dev.conllu') }, () => {
  const file = sharedPath('ud-english-ewt', 'en_ewt-ud-dev.conllu');
  const gold = readConllu(readFileSync(file, 'utf8'), file);
  const r = evaluateNlp(loadNlp(), gold);
  assert.equal(r.tokens, 25147);
  assert.ok(r.upos >= MIN.upos, `UPOS ${r.upos} < ${MIN.upos}`);
  assert.ok(r.lemma >= MIN.lemma, `lemma ${r.lemma} < ${MIN.lemma}`);
  assert.ok(r.uas >= MIN.uas, `UAS ${r.uas} < ${MIN.uas}`);
  assert.ok(r.las >= MIN.las, `LAS ${r.las} < ${MIN.las}`);
});
