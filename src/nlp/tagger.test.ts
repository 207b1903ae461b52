import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModels } from './models.js';
import { defaultModelDir } from './index.js';
import { TAGGER_MAX_FEATURES, Tagger, computeWordInfo, taggerFeatures } from './tagger.js';

const SENTENCES = [
  'Russia supplied rifles to Afghan forces on Tuesday .',
  'The acting defence minister , who arrived in Moscow , said talks would continue .',
  'Taliban fighters clashed with Islamic State militants near Jalalabad , officials said .',
  'She did n\'t expect 2,000 troops to withdraw before Jan. 5 .',
  'Zorblex quangled the frobnitz ?',
];

/** Checks that the tags of `words` are those of scoring every feature of every word. */
function assertTagsOfAllFeatures(tagger: Tagger, words: string[]): void {
  const C = tagger.meta.classes.length;
  const feats = new Int32Array(TAGGER_MAX_FEATURES);
  const sums = new Int32Array(C);
  const x = computeWordInfo(words);
  const tags = tagger.tagInfo(x);
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < x.n; i++) {
    let c = tagger.meta.tagdict[x.lowerText[i]];
    if (c === undefined) {
      sums.fill(0);
      tagger.model.scoreInt(feats, taggerFeatures(x, i, p1, p2, feats), sums);
      c = sums.indexOf(Math.max(...sums));
    }
    assert.equal(tags[i], c, `word ${i} (${x.words[i]}) of ${words.join(' ')}`);
    p2 = p1;
    p1 = c;
  }
}

test('tagger: tags from cached unit scores equal tags from scoring every feature, sentence after sentence', () => {
  const { tagger } = loadModels(defaultModelDir);
  // Twice over, so that the second round reads every word's scores from the cache.
  for (const s of [...SENTENCES, ...SENTENCES]) assertTagsOfAllFeatures(tagger, s.split(' '));
});

test('tagger: tags stay those of scoring every feature once the word cache has filled up and been emptied', () => {
  const { tagger } = loadModels(defaultModelDir);
  for (const s of SENTENCES) assertTagsOfAllFeatures(tagger, s.split(' '));
  // 20,000 new word forms (more than the cache keeps), 25 to a sentence, between known words
  for (let k = 0; k < 1000; k++) {
    const words = Array.from({ length: 25 }, (_, i) => (i % 5 === 0 ? 'the' : `Zorb${k}x${i}${i % 3 === 0 ? 'ed' : 's'}`));
    assertTagsOfAllFeatures(tagger, words);
  }
  for (const s of SENTENCES) assertTagsOfAllFeatures(tagger, s.split(' '));
});

test('tagger: an all-capital word unknown to training is a proper noun, never an interjection; known ones keep their tags', () => {
  const { tagger } = loadModels(defaultModelDir);
  const upos = (s: string): string[] => Array.from(tagger.tagInfo(computeWordInfo(s.split(' '))), (c) => tagger.meta.classes[c]![0]);
  const acronym = upos('UNICEF , the UN children \'s agency , flew 40 tonnes of vaccines to Afghanistan .');
  assert.equal(acronym[0], 'PROPN');
  // "OK" was seen in training as an interjection and stays one
  assert.equal(upos('OK , we will go .')[0], 'INTJ');
});

test('tagger: a hyphened word unknown to training is never punctuation', () => {
  const { tagger } = loadModels(defaultModelDir);
  const upos = (s: string): string[] => Array.from(tagger.tagInfo(computeWordInfo(s.split(' '))), (c) => tagger.meta.classes[c]![0]);
  // (the model alone reads "pro-EU" here as a comma)
  assert.equal(upos('Georgian police used water cannon and tear gas against pro-EU demonstrators in Tbilisi .')[9], 'ADJ');
  assert.ok(upos('Russia , China and Iran met .').filter((u) => u === 'PUNCT').length === 2, 'real commas stay punctuation');
});
