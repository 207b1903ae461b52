import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinearModel, PerceptronTrainer, f1, f2, hashString } from './linear.js';
import { Lemmatizer, lemmaRule } from './lemmatizer.js';

function trainToy(nClasses: number): PerceptronTrainer {
  // Class c is signalled by feature f1(1, c); the perceptron must learn to separate them.
  const p = new PerceptronTrainer(nClasses);
  const ids = new Int32Array(2);
  const scores = new Float32Array(nClasses);
  for (let it = 0; it < 20; it++) {
    for (let c = 0; c < nClasses; c++) {
      ids[0] = f1(1, c);
      ids[1] = f1(0, 0);
      scores.fill(0);
      p.score(ids, 2, scores);
      let guess = 0;
      for (let k = 1; k < nClasses; k++) if (scores[k] > scores[guess]) guess = k;
      p.update(ids, 2, c, guess);
      p.t++;
    }
  }
  return p;
}

for (const nClasses of [3, 40]) {
  test(`averaged perceptron with ${nClasses} classes learns, serialises and reads back`, () => {
    const model = trainToy(nClasses).toModel();
    assert.equal(model.dense, nClasses <= 3);
    const back = LinearModel.fromBytes(model.toBytes(), 'toy.bin');
    for (const m of [model, back]) {
      for (let c = 0; c < nClasses; c++) {
        const scores = new Float32Array(nClasses);
        m.score(Int32Array.of(f1(1, c), f2(9, 9, 9)), 2, scores);
        let best = 0;
        for (let k = 1; k < nClasses; k++) if (scores[k] > scores[best]) best = k;
        assert.equal(best, c);
      }
    }
    assert.equal(back.featureCount, model.featureCount);
  });
}

test('LinearModel.fromBytes rejects foreign and truncated files naming them', () => {
  assert.throws(() => LinearModel.fromBytes(new Uint8Array(10), 'x.bin'), /x\.bin: model file too short/);
  assert.throws(() => LinearModel.fromBytes(new Uint8Array(64), 'y.bin'), /y\.bin: not a dyad linear model/);
  const good = trainToy(3).toModel().toBytes();
  assert.throws(() => LinearModel.fromBytes(good.subarray(0, good.length - 4), 'z.bin'), /z\.bin: expected \d+ bytes/);
});

test('hashString is stable (models depend on it)', () => {
  assert.equal(hashString(''), 0x811c9dc5 | 0);
  assert.equal(hashString('a'), 0xe40c292c | 0);
});

test('lemmatizer applies exceptions, suffix rules and case rules', () => {
  assert.equal(lemmaRule('rifles', 'rifle'), '1:');
  assert.equal(lemmaRule('went', 'go'), '4:go');
  const lem = new Lemmatizer({
    exceptions: { 'went\tVBD': 'go' },
    rules: { 'NNS\ts': '1:', 'NNS\tes': '2:', 'NNS\tses': '1:', 'NNS\tles': '1:', 'VBD\ted': '2:' },
    maxSuffix: 5,
  });
  assert.equal(lem.lemmatize('Went', 'VBD'), 'go');
  assert.equal(lem.lemmatize('Rifles', 'NNS'), 'rifle');
  assert.equal(lem.lemmatize('boxes', 'NNS'), 'box');
  assert.equal(lem.lemmatize('courses', 'NNS'), 'course');
  assert.equal(lem.lemmatize('attacked', 'VBD'), 'attack');
  assert.equal(lem.lemmatize('Kabul', 'NNP'), 'Kabul');
  assert.equal(lem.lemmatize('2,000', 'CD'), '2,000');
  assert.equal(lem.lemmatize('The', 'DT'), 'the');
});
