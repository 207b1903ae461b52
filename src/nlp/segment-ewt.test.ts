import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { needShared } from '../testing.js';

// Regression floor for the figures in docs/text-processing.md: runs the evaluation script on the
// EWT test set and fails if sentence splitting or tokenization gets worse.
test('EWT test set: token and sentence-boundary F1 stay above their floors', { skip: needShared('ud-english-ewt', 'en_ewt-ud-test.conllu') }, () => {
  const script = join(packageRoot, 'dist', 'scripts', 'eval-segmentation.js');
  const res = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8' });
  assert.equal(res.status, 0, res.stderr);
  const r = JSON.parse(res.stdout) as {
    goldSentences: number;
    unalignedGoldWords: number;
    tokens: { f1: number };
    sentenceBoundaries: { f1: number; precision: number };
  };
  assert.equal(r.goldSentences, 2077);
  assert.equal(r.unalignedGoldWords, 0);
  assert.ok(r.tokens.f1 >= 0.985, `token F1 ${r.tokens.f1}`);
  assert.ok(r.sentenceBoundaries.f1 >= 0.91, `sentence boundary F1 ${r.sentenceBoundaries.f1}`);
  assert.ok(r.sentenceBoundaries.precision >= 0.98, `sentence boundary precision ${r.sentenceBoundaries.precision}`);
});
