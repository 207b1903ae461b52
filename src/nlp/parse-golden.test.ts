import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { packageRoot } from '../paths.js';

// Golden files of `dyad parse`: regenerate with `node dist/scripts/update-parse-fixtures.js` and review the diff.
const dir = join(packageRoot, 'src', 'nlp', 'fixtures', 'parse');
const inputs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

test('there are golden parse fixtures', () => {
  assert.ok(inputs.length >= 2, `found ${inputs.length} in ${dir}`);
});

for (const name of inputs) {
  test(`dyad parse ${name} matches ${name.replace(/\.txt$/, '.conllu')}`, () => {
    const res = spawnSync(process.execPath, [join(packageRoot, 'bin', 'dyad.js'), 'parse', join(dir, name)], { encoding: 'utf8' });
    assert.equal(res.status, 0, res.stderr);
    const expected = readFileSync(join(dir, name.replace(/\.txt$/, '.conllu')), 'utf8');
    assert.equal(res.stdout, expected);
  });
}

test('dyad parse reads stdin and rejects bad arguments with usage', () => {
  const bin = join(packageRoot, 'bin', 'dyad.js');
  const ok = spawnSync(process.execPath, [bin, 'parse', '-'], { input: 'Kabul thanked Moscow.', encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^# sent_id = s-1\n# text = Kabul thanked Moscow\.\n1\tKabul\t/);
  assert.match(ok.stdout, /\tSpaceAfter=No\|TokenRange=14:20\n/);
  const bad = spawnSync(process.execPath, [bin, 'parse', '--json'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--json needs --eval/);
});
