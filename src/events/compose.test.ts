import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeCode, modalityOf } from './compose.js';
import { getCameoCode } from './codebook.js';
import { COMPOSE_TABLE } from './compose.js';

test('intent, threat, appeal and demand compose from the complement code', () => {
  assert.equal(composeCode('intent', '042'), '036');
  assert.equal(composeCode('intent', '062'), '0312');
  // CAMEO's own intent codes: to mediate is 039; there is no intent to protest, only a threat (133)
  assert.equal(composeCode('intent', '045'), '039');
  assert.equal(composeCode('intent', '143'), '133');
  assert.equal(composeCode('intent', '0721'), '0332');
  assert.equal(composeCode('intent', '0312'), '0312');
  assert.equal(composeCode('intent', '111'), null);
  assert.equal(composeCode('threat', '163'), '1312');
  assert.equal(composeCode('threat', '190'), '1384');
  assert.equal(composeCode('threat', '111'), '130');
  assert.equal(composeCode('appeal', '072'), '0232');
  assert.equal(composeCode('demand', '046'), '106');
  // asking someone to agree to X asks for X; asking to mediate is 028
  assert.equal(composeCode('demand', '0356'), '1056');
  assert.equal(composeCode('appeal', '0344'), '0244');
  assert.equal(composeCode('appeal', '045'), '028');
  assert.equal(composeCode('consider', '0331'), '014');
  assert.equal(composeCode('consider', '163'), '014');
});

test('every composed code is a CAMEO code', () => {
  for (const table of Object.values(COMPOSE_TABLE)) {
    for (const [from, to] of Object.entries(table)) {
      if (to === 'same') continue;
      assert.ok(getCameoCode(to), `${from} -> ${to}`);
      if (from !== '*') assert.ok(getCameoCode(from), `key ${from}`);
    }
  }
});

test('negation heads win over intent', () => {
  assert.equal(modalityOf('refuse'), 'negation');
  assert.equal(modalityOf('pledge'), 'intent');
  assert.equal(modalityOf('urge'), 'appeal');
  assert.equal(modalityOf('weigh'), 'consider');
  assert.equal(modalityOf('eat'), null);
});
