import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryOfCode, scoreEvents } from './score.js';

test('country keys: first block, whole code for IGO/IMG actors', () => {
  assert.equal(countryOfCode('AFGINSTAL'), 'AFG');
  assert.equal(countryOfCode('IMGMUSISI'), 'IMGMUSISI');
  // an organisation's sub-bodies count as the organisation, as a state's roles count as the state
  assert.equal(countryOfCode('IGOUNOGOV'), 'IGOUNO');
  assert.equal(countryOfCode('IGONAT'), 'IGONAT');
  assert.equal(countryOfCode('NGOIRC'), 'NGO');
  assert.equal(countryOfCode('NGO'), 'NGO');
  assert.equal(countryOfCode(null), '-');
});

test('P/R/F1 on country keys and full codes, per root, matched within a sentence', () => {
  const s = scoreEvents([
    {
      gold: [{ source: 'RUSGOV', target: 'AFG', code: '042' }, { source: 'RUS', target: 'AFGMIL', code: '072' }],
      predicted: [{ source: 'RUS', target: 'AFG', code: '043' }, { source: 'RUS', target: 'UKR', code: '190' }],
    },
    { gold: [], predicted: [{ source: 'RUS', target: 'AFGMIL', code: '072' }] },
  ]);
  assert.deepEqual([s.country.tp, s.country.fp, s.country.fn], [1, 2, 1]);
  assert.deepEqual([s.full.tp, s.full.fp, s.full.fn], [0, 3, 2]);
  assert.equal(s.country.precision, 1 / 3);
  assert.equal(s.country.recall, 0.5);
  assert.equal(s.perRoot['04'].tp, 1);
  assert.equal(s.perRoot['07'].fn, 1);
  assert.equal(s.perRoot['07'].fp, 1);
  assert.equal(s.perRoot['19'].fp, 1);
});

test('per hard case: each event of a sentence counts for every tag of the sentence', () => {
  const ev = (source: string, target: string, code: string): { source: string; target: string; code: string } => ({ source, target, code });
  const s = scoreEvents([
    { gold: [ev('RUS', 'UKR', '190')], predicted: [ev('RUS', 'UKR', '190')], tags: ['passive', 'negation'] },
    { gold: [ev('USA', 'IRN', '111')], predicted: [], tags: ['passive'] },
    { gold: [], predicted: [ev('FRA', 'DEU', '040')] },
  ]);
  assert.deepEqual([s.perTag.passive!.tp, s.perTag.passive!.fn, s.perTag.passive!.fp], [1, 1, 0]);
  assert.deepEqual([s.perTag.negation!.tp, s.perTag.negation!.fn], [1, 0]);
  assert.deepEqual(Object.keys(s.perTag), ['negation', 'passive']);
});
