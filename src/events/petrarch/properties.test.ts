import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createDictionary } from '../../actors/index.js';
import { readPetrarchActors, readPetrarchAgents } from '../../actors/index.js';
import { readDiscards, readIssues, readOntology, readPetrarchVerbs, readValidationRecords } from './index.js';

// lines built from the characters the formats give meaning to, so the readers' branches are reached
const line = fc.stringMatching(/^[-+~&!#$%^*_{}[\]()<>:;=\t 0-9A-Za]{0,30}$/);
const text = fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\n'));

test('PETRARCH readers never throw and report problems as file:line', () => {
  fc.assert(
    fc.property(text, (t) => {
      const problems = [
        ...readPetrarchActors(t, 'f.txt', createDictionary()),
        ...readPetrarchAgents(t, 'f.txt', createDictionary()),
        ...readPetrarchVerbs(t, 'f.txt').problems,
        ...readOntology(t, 'f.txt').problems,
        ...readDiscards(t, 'f.txt').problems,
        ...readIssues(t, 'f.txt').problems,
        ...readValidationRecords(t, '/x/f.xml').problems,
      ];
      for (const p of problems) assert.match(p, /^(\/x\/)?f\.(txt|xml):\d+: /);
    }),
    { numRuns: 300 },
  );
});
