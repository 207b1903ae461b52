import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorOfKind, compileLexicon, compileTemplate, parseSets, screenPatterns } from './lexicon.js';
import { lexiconProblems, loadLexicon } from './index.js';

const sets = parseSets('@aid = aid assistance\n@weapon = rifle gun\n@all = @aid @weapon\n').sets;

test('sets expand, including nested sets', () => {
  assert.deepEqual(sets.get('all'), ['aid', 'assistance', 'rifle', 'gun']);
});

test('set errors name file and line', () => {
  const { errors } = parseSets('@a = x\n@b = @nope\nbad line\n@c = @c\n');
  assert.ok(errors.some((e) => e.startsWith('sets.txt:2:') && e.includes('@nope')));
  assert.ok(errors.some((e) => e.startsWith('sets.txt:3:')));
  assert.ok(errors.some((e) => e.startsWith('sets.txt:4:') && e.includes('itself')));
});

test('verb template: subject, object phrase with modifier, oblique target', () => {
  const p = compileTemplate('X provide military @aid to Y', '0332', sets);
  assert.equal(p.predicate.pos, 'verb');
  assert.deepEqual(p.predicate.lemmas, ['provide']);
  assert.deepEqual(p.requires, [{ rel: 'object', preps: [], head: ['aid', 'assistance'], modifiers: [['military']] }]);
  assert.deepEqual(p.source, { rel: 'subject', preps: [] });
  assert.deepEqual(p.target, { rel: 'oblique', preps: ['to'] });
  assert.equal(p.specificity, 3);
});

test('slots of a kind: Y:IGO, X:MIL|GOV, counted as a required word; unknown kinds are errors', () => {
  const p = compileTemplate('X:MIL|GOV leave Y:STATE', '166', sets);
  assert.deepEqual(p.source, { rel: 'subject', preps: [], kinds: ['MIL', 'GOV'] });
  assert.deepEqual(p.target, { rel: 'object', preps: [], kinds: ['STATE'] });
  assert.equal(p.specificity, compileTemplate('X leave Y', '166', sets).specificity + 2);
  assert.deepEqual(compileTemplate("X's *withdrawal from Y:IGO", '160', sets).target, { rel: 'oblique', preps: ['from'], kinds: ['IGO'] });
  assert.throws(() => compileTemplate('X leave Y:igo', '160', sets), /unknown actor kind 'igo'/);
  const actor = { code: 'FRAMIL', country: 'FRA', roles: ['MIL'], group: null, entries: ['countries:FRA', 'roles:MIL/troops'] };
  assert.ok(actorOfKind(actor, 'MIL'));
  assert.ok(!actorOfKind(actor, 'STATE'));
  assert.ok(actorOfKind({ code: 'NER', country: 'NER', roles: [], group: null, entries: ['countries:NER'] }, 'STATE'));
  assert.ok(!actorOfKind({ code: 'UKR', country: 'UKR', roles: [], group: null, entries: ['place:kherson'] }, 'STATE'));
  assert.ok(actorOfKind({ code: 'IGOECO', country: null, roles: [], group: 'ECO', entries: ['organizations:IGOECO'] }, 'IGO'));
});

test('noun templates: possessor, by/of agent, between X and Y, starred predicate with modifiers', () => {
  const a = compileTemplate("X's *visit to Y", '042', sets);
  assert.equal(a.predicate.pos, 'noun');
  assert.deepEqual(a.source, { rel: 'possessor', preps: [] });
  const b = compileTemplate('*talk between X and Y', '046', sets);
  assert.equal(b.predicate.pos, 'noun');
  assert.equal(b.source?.rel, 'between');
  assert.equal(b.target?.rel, 'between');
  const c = compileTemplate('joint military *exercise with Y', '062', sets);
  assert.deepEqual(c.predicate.modifiers, [['joint'], ['military']]);
  assert.equal(c.source, null);
  const d = compileTemplate('X hold|conduct joint *exercise with Y', '062', sets);
  assert.deepEqual(d.support, { lemmas: ['hold', 'conduct'] });
  assert.equal(d.predicate.pos, 'noun');
});

test('phrasal verbs, passive-style source, infinitive complements and possessor slots', () => {
  const a = compileTemplate('X call_off talk with Y', '164', sets);
  assert.equal(a.predicate.particle, 'off');
  const b = compileTemplate('Y receive @aid from X', '070', sets);
  assert.deepEqual(b.target, { rel: 'subject', preps: [] });
  assert.deepEqual(b.source, { rel: 'oblique', preps: ['from'] });
  const c = compileTemplate('X urge Y to exercise|show restraint', '0256', sets);
  assert.equal(c.requires[0].rel, 'xcomp');
  assert.deepEqual(c.requires[1], { rel: 'object', preps: [], head: ['restraint'], modifiers: [], via: 0 });
  const d = compileTemplate("X deny Y's accusation", '016', sets);
  assert.deepEqual(d.target, { rel: 'phrase-possessor', preps: [], phrase: 0 });
});

test('bad lines are skipped and reported with file:line and the value', () => {
  const { lexicon, errors } = compileLexicon(
    [{ file: '04-consult.txt', text: '040 X meet Y\n\n999x X meet Y\n040 X X meet\n040 X meet @nothing\n040 X meet Y # ok\n' }],
    '',
    (c) => c === '040',
  );
  assert.equal(lexicon.patterns.length, 2);
  assert.deepEqual(lexicon.patterns.map((p) => p.id), ['04-consult.txt:1', '04-consult.txt:6']);
  assert.ok(errors[0].startsWith("04-consult.txt:3: unknown CAMEO code '999x'"));
  assert.ok(errors[1].startsWith('04-consult.txt:4:'));
  assert.ok(errors[2].includes('@nothing'));
});

test('more specific patterns come first; ties keep file order', () => {
  const { lexicon } = compileLexicon([{ file: '07-aid.txt', text: '070 X provide Y\n072 X provide @weapon to Y\n071 X provide Y\n' }], '@weapon = rifle');
  assert.deepEqual(lexicon.byLemma.get('provide')?.map((p) => p.id), ['07-aid.txt:2', '07-aid.txt:1', '07-aid.txt:3']);
});

test('data/lexicon compiles without problems', (t) => {
  const lex = loadLexicon();
  const problems = lexiconProblems();
  for (const p of problems) t.diagnostic(p);
  assert.ok(lex.patterns.length > 500, `only ${lex.patterns.length} patterns`);
  assert.deepEqual(problems, []);
});

test('screening keeps, in order, exactly the patterns whose required phrases and modifiers can occur in the sentence', () => {
  const list = loadLexicon().byPredicate.verb.get('demand')!;
  assert.ok(list.length > 100, 'a verb with many patterns');
  const words = new Set(['russia', 'demand', 'withdrawal', 'of', 'troops', 'from', 'ukraine']);
  const fits = (p: (typeof list)[number]): boolean =>
    p.requires.every((r) => [...r.head, ...(r.asNoun?.head ?? [])].some((w) => words.has(w))) && p.predicate.modifiers.every((m) => m.some((w) => words.has(w)));
  const screened = screenPatterns(list, words);
  assert.deepEqual(screened, list.filter(fits));
  assert.ok(screened.length < list.length / 2, `${screened.length} of ${list.length} kept`);
  assert.ok(screened.some((p) => p.requires[0]?.head.includes('withdrawal')));
  const short = list.slice(0, 3);
  assert.equal(screenPatterns(short, words), short, 'short lists are tried whole');
  // (a noun's patterns name modifiers of the predicate: "joint military *exercise")
  const nouns = loadLexicon().byPredicate.noun.get('exercise')!;
  const drill = new Set(['china', 'hold', 'military', 'exercise', 'near', 'taiwan']);
  const fitsDrill = (p: (typeof list)[number]): boolean =>
    p.requires.every((r) => [...r.head, ...(r.asNoun?.head ?? [])].some((w) => drill.has(w))) && p.predicate.modifiers.every((m) => m.some((w) => drill.has(w)));
  const kept = screenPatterns(nouns, drill);
  assert.deepEqual(kept, nouns.filter(fitsDrill));
  assert.ok(kept.length > 0 && kept.length < nouns.length, `${kept.length} of ${nouns.length} kept`);
});
