import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeTextInput, detectBinary, InputError, readTextInput } from './read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-read-input-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

test('reads a UTF-8 file and names it', async () => {
  const p = file('a.txt', 'KABUL, Jan. 5 \u2014 Russia\u2019s rifles.\n');
  assert.deepEqual(await readTextInput(p), { text: 'KABUL, Jan. 5 \u2014 Russia\u2019s rifles.\n', name: p });
});

test('strips a UTF-8 byte order mark', async () => {
  const p = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kabul')]));
  assert.equal((await readTextInput(p)).text, 'Kabul');
});

test('invalid UTF-8 bytes become U+FFFD instead of failing', async () => {
  const p = file('bad.txt', Buffer.from([0x4b, 0x61, 0xff, 0x62, 0x75, 0xc3, 0x6c]));
  assert.equal((await readTextInput(p)).text, 'Ka\uFFFDbu\uFFFDl');
});

test('UTF-16 with a byte order mark is decoded', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Moscow', 'utf16le')]);
  assert.equal(decodeTextInput(bytes, 'x'), 'Moscow');
});

test('binary input is rejected with an error naming the file', async () => {
  const p = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  await assert.rejects(readTextInput(p), (err: Error) => err instanceof InputError && err.message.includes(p) && /NUL byte at offset 8/.test(err.message));
  const controls = file('ctl.bin', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
  await assert.rejects(readTextInput(controls), /ctl\.bin: not a text file \(34 control bytes in the first 100 bytes\)/);
});

test('a few control characters in text are accepted', () => {
  assert.equal(detectBinary(Buffer.from('line one\tok\r\nline \u001b[1mtwo\u0007\n')), null);
  assert.equal(detectBinary(new Uint8Array(0)), null);
});

test('a missing file gives an error naming it', async () => {
  const p = join(dir, 'missing.txt');
  await assert.rejects(readTextInput(p), (err: Error) => err instanceof InputError && err.message === `${p}: cannot read input (no such file)`);
  await assert.rejects(readTextInput(dir), /is a directory/);
});
