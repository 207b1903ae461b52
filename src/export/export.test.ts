import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { UnknownFormatError, createWriter, formats, quoteField } from './index.js';
import { fixturesDir, goldenFiles, readFixtureEvents, renderFixture } from './fixtures.js';

for (const [format, file] of Object.entries(goldenFiles)) {
  test(`export ${format} matches fixtures/${file} (regenerate: node dist/scripts/update-export-fixtures.js)`, async () => {
    assert.equal(await renderFixture(format), readFileSync(join(fixturesDir, file), 'utf8'));
  });
}

test('every registered format has a golden file', () => {
  assert.deepEqual(Object.keys(formats).sort(), Object.keys(goldenFiles).sort());
});

test('jsonl round-trips the contract record', async () => {
  const lines = (await renderFixture('jsonl')).trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => JSON.parse(l)), readFixtureEvents());
});

test('plover leaves out events without a PLOVER mapping', async () => {
  const lines = (await renderFixture('plover')).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; event_type: string });
  assert.deepEqual(lines.map((l) => [l.id, l.event_type]), [['e1', 'CONSULT'], ['e2', 'AGREE']]);
});

test('unknown formats are refused with the list of known ones', () => {
  assert.throws(() => createWriter('phoenix-ish'), (err: unknown) => err instanceof UnknownFormatError && /phoenix-ish/.test(err.message) && /jsonl, csv/.test(err.message));
  assert.throws(() => createWriter('toString'), UnknownFormatError);
});

/** A minimal RFC 4180 reader, to check that quoting round-trips. */
function parseCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { s += '"'; i += 2; } else if (line[i] === '"') { i++; break; } else { s += line[i++]; }
      }
      out.push(s);
      i++;
    } else {
      const j = line.indexOf(delimiter, i);
      const end = j === -1 ? line.length : j;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

test('quoted fields round-trip through an RFC 4180 reader', () => {
  fc.assert(fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', '\t'), (fields, d) => {
    const line = fields.map((f) => quoteField(f, d)).join(d);
    assert.deepEqual(parseCsvLine(line, d), fields);
  }));
});
