import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedLabels, FIXED_LABEL_MIN_COUNT } from './fixed-labels.js';
import type { GoldSentence } from './data.js';
import type { Upos } from '../../model/index.js';

/** A two-word sentence: word 0 attached to word 1 with `rel`, word 1 the root. */
function pair(u0: Upos, x0: string, u1: Upos, x1: string, rel: string): GoldSentence {
  const heads = Int32Array.of(1, 2);
  return { words: ['a', 'b'], upos: [u0, u1], xpos: [x0, x1], lemmas: ['a', 'b'], heads, projHeads: heads, deprels: [rel, 'root'] };
}

test('fixedLabels: a tag pair and direction that always takes one relation is fixed; a mixed or rare one is not', () => {
  const classes: [Upos, string][] = [['DET', 'DT'], ['NOUN', 'NN'], ['ADJ', 'JJ'], ['PROPN', 'NNP']];
  const labels = ['root', 'det', 'amod', 'compound', 'nmod'];
  const train: GoldSentence[] = [];
  for (let i = 0; i < FIXED_LABEL_MIN_COUNT; i++) train.push(pair('DET', 'DT', 'NOUN', 'NN', 'det'));
  // ADJ before NOUN: amod 90 times, nmod 10 times, so not decided by the tags
  for (let i = 0; i < FIXED_LABEL_MIN_COUNT; i++) train.push(pair('ADJ', 'JJ', 'NOUN', 'NN', i < 90 ? 'amod' : 'nmod'));
  // PROPN before NOUN: always compound, but too rare
  for (let i = 0; i < FIXED_LABEL_MIN_COUNT - 1; i++) train.push(pair('PROPN', 'NNP', 'NOUN', 'NN', 'compound'));
  assert.deepEqual(fixedLabels(train, classes, labels), [[1, 0, 0, 1]]);
});
