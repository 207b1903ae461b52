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
    assert.throws(() => back.toBytes(), /read from a file keeps only its repacked cells/);
  });
}

test('the dense layout keeps weights to 16 bits and tells present from absent features', () => {
  // A hand-built 3-class table of 16 slots with two features at their home slots.
  const table = new Int32Array(16 * 4);
  const tf = new Float32Array(table.buffer);
  const a = f1(1, 1), b = f2(2, 3, 4);
  for (const [key, ws] of [[a, [1.5, -2, 0.25]], [b, [-0.5, 0, 3]]] as [number, number[]][]) {
    let i = (key << 2) & (table.length - 1);
    while (table[i] !== 0) i = (i + 4) & (table.length - 1);
    table[i] = key;
    ws.forEach((w, c) => { tf[i + 1 + c] = w; });
  }
  const model = new LinearModel(3, true, table, new Int32Array(0), 1);
  const scores = new Float32Array(3);
  model.score(Int32Array.of(a, b), 2, scores);
  const expected = [1, -2, 3.25];
  expected.forEach((e, c) => assert.ok(Math.abs(scores[c] - e) <= 2 * (3 / 32767), `class ${c}: ${scores[c]} vs ${e}`));
  scores.fill(0);
  model.score(Int32Array.of(f1(1, 2), f1(7, 7)), 2, scores);
  assert.deepEqual([...scores], [0, 0, 0]);
  assert.equal(LinearModel.fromBytes(model.toBytes(), 'hand.bin').featureCount, 2);
});

test('LinearModel.fromBytes rejects foreign and truncated files naming them', () => {
  assert.throws(() => LinearModel.fromBytes(new Uint8Array(10), 'x.bin'), /x\.bin: model file too short/);
  assert.throws(() => LinearModel.fromBytes(new Uint8Array(64), 'y.bin'), /y\.bin: not a dyad linear model/);
  const good = trainToy(3).toModel().toBytes();
  assert.throws(() => LinearModel.fromBytes(good.subarray(0, good.length - 4), 'z.bin'), /z\.bin: expected \d+ bytes/);
});

test('lemmatizer prefers a known lemma over a rule that makes an unseen word', () => {
  // The most specific rule strips "ed" (right for "killed"); "controlled" and "shelled" need the
  // shorter or undoubled form, which the known lemmas confirm.
  const data = { exceptions: {}, rules: { 'VBD\ted': '2:', 'VBD\telled': '3:' }, maxSuffix: 5 };
  const plain = new Lemmatizer(data);
  const known = new Lemmatizer({ ...data, known: ['control', 'kill', 'shell', 'travel'] });
  assert.equal(plain.lemmatize('controlled', 'VBD'), 'controll');
  assert.equal(known.lemmatize('controlled', 'VBD'), 'control');
  assert.equal(plain.lemmatize('shelled', 'VBD'), 'shel');
  assert.equal(known.lemmatize('shelled', 'VBD'), 'shell');
  assert.equal(known.lemmatize('travelled', 'VBD'), 'travel');
  assert.equal(known.lemmatize('killed', 'VBD'), 'kill');
  assert.equal(new Lemmatizer({ ...data, known: ['blame'] }).lemmatize('blamed', 'VBD'), 'blame');
  // Neither form known: the most specific rule stands.
  assert.equal(known.lemmatize('zorbed', 'VBD'), 'zorb');
});

test('a rule that writes one whole capitalised word leaves other words their own form', () => {
  // learnt from "Indian" -> "Indian" under the suffix "dian": "Cambodian" is no "camIndian"
  const lem = new Lemmatizer({ exceptions: {}, rules: { 'JJ\tdian': '6:Indian', 'JJ\t': '0:' }, maxSuffix: 4, known: ['indian'] });
  assert.equal(lem.lemmatize('Indian', 'JJ'), 'Indian');
  assert.equal(lem.lemmatize('Cambodian', 'JJ'), 'Cambodian');
  assert.equal(lem.lemmatize('indian', 'JJ'), 'Indian');
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
