import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, packageRoot } from '../paths.js';
import { loadNlp } from '../nlp/index.js';
import type { Upos } from '../model/index.js';
import { repairParse, repairTree, untriggeredRepairs } from './repair.js';

const needModels = existsSync(dataPath('models', 'parser.json')) ? false : `needs trained models in ${dataPath('models')} (run npm run train)`;

/** The development gold sets (the held-out ones are not run here). */
const DEV_SETS = ['events', 'heldout-events', 'weak-roots-events', 'hard-cases-events', 'heldout2-events', 'weak-roots2-events', 'heldout3-events', 'wire-events', 'heldout5-events', 'heldout7-events'];

let parses: ReturnType<ReturnType<typeof loadNlp>['parse']> | null = null;

/** The parses of the development gold sets' sentences (parsed once for the tests of this file). */
function goldParses(): ReturnType<ReturnType<typeof loadNlp>['parse']> {
  if (parses) return parses;
  const nlp = loadNlp();
  const lines = DEV_SETS.flatMap((f) => readFileSync(join(packageRoot, 'fixtures', 'gold', `${f}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()));
  return (parses = lines.flatMap((l) => nlp.parse((JSON.parse(l) as { text: string }).text)));
}

// The pipeline repairs the tree before matching actors and the coder may run the rules again: a repaired tree must
// be a fixed point of the rules, or a note would repeat and a rule would undo or redo its own work.
test('the tree repairs are a fixed point: repairing a repaired tree changes nothing', { skip: needModels }, () => {
  let repaired = 0;
  for (const s of goldParses()) {
    const once = repairTree(s);
    if (once.repairs.length === 0) continue;
    repaired++;
    const twice = repairTree(once.sentence);
    assert.deepEqual(twice.repairs, [], `${s.text}\n  first: ${once.repairs.join(' | ')}`);
    assert.equal(twice.sentence, once.sentence);
  }
  assert.ok(repaired >= 150, `only ${repaired} sentences repaired`);
});

// Per-token rules look only at the tokens their trigger admits (a tag, relation, word or lemma the rule needs there):
// a trigger narrower than its rule would silently drop repairs.
test('no per-token rule would repair at a token its trigger skips', { skip: needModels }, () => {
  let trees = 0;
  for (const s of goldParses()) {
    const repaired = repairTree(s).sentence;
    for (const tree of repaired === s ? [s] : [s, repaired]) {
      assert.deepEqual(untriggeredRepairs(tree.tokens), [], tree.text);
      trees++;
    }
  }
  assert.ok(trees > 1000, `only ${trees} trees`);
});

test('the coder keeps the notes of the rules the pipeline applied and does not apply them again', { skip: needModels }, () => {
  const [s] = loadNlp().parse('Cuban police detained dozens of protesters on Sunday.');
  const tree = repairTree(s!);
  assert.ok(tree.repairs.some((r) => r.startsWith('root-modifier-verb')), tree.repairs.join(' | '));
  const coded = repairParse(tree.sentence, [], tree.repairs);
  assert.deepEqual(coded.repairs, tree.repairs);
  assert.equal(coded.sentence, tree.sentence);
});

test('intent-noun reads every regular past form of a verb of intent, doubled consonants included', () => {
  // "Pakistan's military planned to retaliate" with "planned" tagged a noun and the root, "military" hung on it
  const rows: [string, string, number, string][] = [
    ['Pakistan', 'PROPN', 2, 'nmod:poss'], ["'s", 'PART', 0, 'case'], ['military', 'ADJ', 3, 'amod'], ['FORM', 'NOUN', -1, 'root'],
    ['to', 'PART', 5, 'mark'], ['retaliate', 'VERB', 3, 'acl'], ['.', 'PUNCT', 3, 'punct'],
  ];
  for (const [form, lemma] of [['planned', 'plan'], ['committed', 'commit'], ['vowed', 'vow'], ['pledged', 'pledge']]) {
    let start = 0;
    const tokens = rows.map(([text, upos, head, deprel], index) => {
      const t = text === 'FORM' ? form : text;
      const tok = { index, text: t, start, end: start + t.length, spaceAfter: true, upos: upos as Upos, xpos: '_', lemma: t.toLowerCase(), head, deprel };
      start += t.length + 1;
      return tok;
    });
    const text = tokens.map((t) => t.text).join(' ');
    const tree = repairTree({ index: 0, text, start: 0, end: text.length, tokens });
    assert.ok(tree.repairs.some((r) => r.startsWith('intent-noun')), `${form}: ${tree.repairs.join(' | ')}`);
    const verb = tree.sentence.tokens[3];
    assert.deepEqual([verb.upos, verb.lemma, tree.sentence.tokens[2].deprel], ['VERB', lemma, 'nsubj'], form);
  }
});
