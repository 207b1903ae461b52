import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { NearDuplicateIndex, NEAR_DUPLICATE_THRESHOLD, extractFromPlainText, findNearDuplicate, signature, signatureSimilarity, similarity } from './index.js';

const dir = join(packageRoot, 'examples');
const body = (rel: string): string => extractFromPlainText(readFileSync(join(dir, rel), 'utf8')).text;
const wireA = body('near-duplicates/2025-03-18-herat-mazar-rail-wire-a.txt');
const wireB = body('near-duplicates/2025-03-18-herat-mazar-rail-wire-b.txt');
const border = body('text/2024-09-14-dushanbe-bishkek-border-talks.txt');
const aid = body('text/2025-02-03-tashkent-aid-pledge-afghanistan.txt');

test('the edited wire story is a near-duplicate of the original', () => {
  assert.notEqual(wireA, wireB);
  assert.ok(similarity(wireA, wireB) >= NEAR_DUPLICATE_THRESHOLD, `similarity ${similarity(wireA, wireB)}`);
});

test('unrelated articles are far below the threshold', () => {
  for (const [x, y] of [[wireA, border], [border, aid], [aid, wireB]]) assert.ok(similarity(x, y) < 0.2);
});

test('identical text has similarity 1 and punctuation or case changes do not matter', () => {
  assert.equal(similarity(border, border), 1);
  assert.equal(similarity('Russia sent rifles, to Kabul.', 'russia sent rifles to kabul'), 1);
});

test('NearDuplicateIndex links the edited copy to the first one and nothing else', () => {
  const index = new NearDuplicateIndex();
  index.add('border', border);
  index.add('aid', aid);
  assert.equal(index.match(wireB), undefined);
  index.add('wire-a', wireA);
  const hit = findNearDuplicate(wireB, index);
  assert.equal(hit?.id, 'wire-a');
  assert.ok(hit!.similarity >= NEAR_DUPLICATE_THRESHOLD && hit!.similarity < 1);
  assert.equal(index.size, 3);
});

test('signatures are stable hex that a database can store and compare', () => {
  const sa = signature(wireA);
  assert.match(sa, /^[0-9a-f]{1024}$/);
  assert.equal(sa, signature(wireA));
  assert.equal(signatureSimilarity(sa, signature(wireB)), similarity(wireA, wireB));
  assert.equal(signatureSimilarity(sa, 'not-a-signature'), 0);
  const index = new NearDuplicateIndex();
  assert.equal(index.addSignature('a', sa), true);
  assert.equal(index.addSignature('bad', 'zz'), false);
  assert.equal(index.matchSignature(signature(wireB))?.id, 'a');
});

test('an invalid threshold is refused with its value', () => {
  assert.throws(() => new NearDuplicateIndex(1.5), /Invalid near-duplicate threshold: 1.5/);
});
