import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteTags } from './evaluate.js';

test('noteTags reads the leading [tag, tag] list of a gold note', () => {
  assert.deepEqual(noteTags('[passive, person-by-date] why the code'), ['passive', 'person-by-date']);
  assert.deepEqual(noteTags('no tags here [passive]'), []);
  assert.deepEqual(noteTags('[] empty'), []);
  assert.deepEqual(noteTags(undefined), []);
});
