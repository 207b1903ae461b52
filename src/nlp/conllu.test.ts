import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu, writeConllu } from './conllu.js';
import type { ParsedSentence } from '../model/index.js';

const sample = [
  '# newdoc id = doc-1',
  '# newpar',
  '# sent_id = doc-1-s1',
  '# text = Kabul didn\'t reply.',
  '1\tKabul\tKabul\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t4:nsubj\t_',
  '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_',
  '3.1\tghost\tghost\tNOUN\tNN\t_\t_\t_\t4:obj\t_',
  '4\treply\treply\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '# sent_id = doc-1-s2',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_',
  '',
].join('\n');

test('readConllu keeps comments, ids, multiword tokens and skips empty nodes', () => {
  const [s1, s2] = readConllu(sample, 'sample.conllu');
  assert.equal(s1.newdoc, 'doc-1');
  assert.equal(s1.newpar, '');
  assert.equal(s1.sentId, 'doc-1-s1');
  assert.equal(s1.text, "Kabul didn't reply.");
  assert.deepEqual(s1.multiword, [{ start: 2, end: 3, form: "didn't" }]);
  assert.deepEqual(s1.tokens.map((t) => t.form), ['Kabul', 'did', "n't", 'reply', '.']);
  assert.equal(s1.tokens[3].head, 0);
  assert.equal(s1.tokens[3].misc, 'SpaceAfter=No');
  assert.equal(s1.line, 1);
  assert.equal(s2.sentId, 'doc-1-s2');
  assert.equal(s2.line, 13);
  assert.equal(s2.tokens[0].deprel, 'root');
});

test('readConllu records bad lines with file and line instead of throwing', () => {
  const bad = '1\tA\ta\tDET\tDT\t_\tx\tdet\t_\t_\nfoo\tbar\n2\tB\tb\tNOUN\n';
  const [s] = readConllu(bad, 'bad.conllu');
  assert.equal(s.tokens.length, 2);
  assert.equal(s.tokens[0].head, -1);
  assert.equal(s.tokens[1].lemma, 'b');
  assert.equal(s.tokens[1].head, -1);
  const messages = s.problems.map((p) => p.message);
  assert.ok(messages.some((m) => m.startsWith('bad.conllu:1:') && m.includes('"x"')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('bad.conllu:2:') && m.includes('"foo"')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('bad.conllu:3:') && m.includes('found 4')), messages.join('\n'));
});

test('readConllu accepts CRLF, missing final blank line and garbage without throwing', () => {
  assert.equal(readConllu('1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\r\n').length, 1);
  assert.deepEqual(readConllu(''), []);
  assert.deepEqual(readConllu('\n\n# only a comment\n\n'), []);
  assert.doesNotThrow(() => readConllu('\u0000\t\t\t\n1-\n.5\t\n'));
});

test('writeConllu output reads back to the same tokens, heads, offsets and spacing', () => {
  const sentence: ParsedSentence = {
    index: 0,
    text: 'NATO met\nin Brussels.',
    start: 10,
    end: 31,
    tokens: [
      { index: 0, text: 'NATO', start: 10, end: 14, spaceAfter: true, upos: 'PROPN', xpos: 'NNP', lemma: 'NATO', head: 1, deprel: 'nsubj' },
      { index: 1, text: 'met', start: 15, end: 18, spaceAfter: true, upos: 'VERB', xpos: 'VBD', lemma: 'meet', head: -1, deprel: 'root' },
      { index: 2, text: 'in', start: 19, end: 21, spaceAfter: true, upos: 'ADP', xpos: 'IN', lemma: 'in', head: 3, deprel: 'case' },
      { index: 3, text: 'Brussels', start: 22, end: 30, spaceAfter: false, upos: 'PROPN', xpos: 'NNP', lemma: 'Brussels', head: 1, deprel: 'obl' },
      { index: 4, text: '.', start: 30, end: 31, spaceAfter: true, upos: 'PUNCT', xpos: '.', lemma: '.', head: 1, deprel: 'punct' },
    ],
  };
  const text = writeConllu([sentence], { sentIdPrefix: 'doc', newdoc: 'd1' });
  assert.match(text, /^# newdoc id = d1\n# sent_id = doc-1\n# text = NATO met in Brussels\.\n1\tNATO\t/);
  const [back] = readConllu(text, 'written.conllu');
  assert.deepEqual(back.problems, []);
  assert.equal(back.text, 'NATO met in Brussels.');
  assert.deepEqual(back.tokens.map((t) => t.head - 1), sentence.tokens.map((t) => t.head));
  assert.deepEqual(back.tokens.map((t) => t.deprel), sentence.tokens.map((t) => t.deprel));
  assert.deepEqual(back.tokens.map((t) => t.lemma), sentence.tokens.map((t) => t.lemma));
  assert.equal(back.tokens[3].misc, 'SpaceAfter=No|TokenRange=22:30');
  assert.equal(back.tokens[4].misc, 'TokenRange=30:31');
});
