import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAP } from './read-verbs.js';
import { codeIssues, combineCodes, discardMatches, readDiscards, readIssues, readOntology, readPetrarchVerbs, readValidationRecords } from './index.js';

const VERBS = [
  '&CURRENCY',
  '+DOLLAR',
  '+CASH_',
  '&TOWNS_',
  '+CITY',
  '####### VERB PATTERNS #######',
  '--- AGREE  [050] ---',
  'AGREE',
  'SHOOT {SHOOTS SHOT SHOOTING} [190]',
  '+CORDON_OFF {+CORDONED_OFF}',
  'WIRE_+TAP',
  '- % *  [050]',
  '- * (TO {FINANCIAL &CURRENCY})  [0331]',
  '- + * (FROM $)  [080]',
  '- * &NOPE [010]',
  'NOT A VERB LINE *',
].join('\n');

test('verbs: synsets with plurals, blocks, irregular and multi-word verbs, patterns', () => {
  const { verbs, problems } = readPetrarchVerbs(VERBS, 'v.txt');
  assert.deepEqual(verbs.synsets.get('&CURRENCY'), [['dollar'], ['dollars'], ['cash']]);
  assert.deepEqual(verbs.synsets.get('&TOWNS'), [['city']]);
  assert.equal(verbs.byForm.get('shot')?.[0]?.code, '190');
  assert.equal(verbs.byForm.get('agreed')?.[0]?.code, '050');
  assert.deepEqual(verbs.byForm.get('cordoned')?.[0]?.after, ['off']);
  assert.deepEqual(verbs.byForm.get('tapped')?.[0]?.before, ['wire']);
  const block = verbs.blocks[0]!;
  assert.equal(block.patterns.length, 3);
  assert.deepEqual(block.patterns[0]!.pre, [{ kind: 'compound' }]);
  const prep = block.patterns[1]!.post[0]!;
  assert.ok(prep.kind === 'prep' && prep.prep === 'to' && prep.noun?.some((a) => a.join(' ') === `financial ${GAP} dollars`));
  assert.deepEqual(block.patterns[2]!.post, [{ kind: 'prep', prep: 'from', noun: null, actor: 'source' }]);
  assert.deepEqual(problems, ['v.txt:15: synset used before it is defined (&NOPE)', 'v.txt:16: unknown verb syntax (NOT A VERB LINE *)']);
});

test('ontology: codes combine by adding their values ("will" over "help" is 033)', () => {
  const { ontology, problems } = readOntology('030:0x3000#Intend\n033:0x3040\n070:0x0040\n120:-0xFFFF#Reject\n121:-0xFFFF+0x0070\n073:0x0070\nbad line\n', 'o.txt');
  assert.deepEqual(problems, ['o.txt:7: unknown ontology syntax (bad line)']);
  assert.equal(combineCodes('030', '070', ontology), '033');
  assert.equal(combineCodes('120', '073', ontology), '121');
});

test('discards: sentence and story level, stems and whole words', () => {
  const { discards } = readDiscards('+TYPHOON # x\nBASEBALL_\nMONTHS LATER\n', 'd.txt');
  assert.deepEqual(discards.map((d) => [d.words.join(' '), d.story, d.exact]), [['typhoon', true, false], ['baseball', false, true], ['months later', false, false]]);
  assert.equal(discardMatches(discards[0]!, ['the', 'typhoons', 'hit']), true);
  assert.equal(discardMatches(discards[1]!, ['baseballs']), false);
});

test('issues: n: and + expansions, ~ cancels, CODE count output', () => {
  const { issues, problems } = readIssues('<ISSUE CATEGORY="EDU">\nn:school [SCHOOLS]\npre+n:school [EARLY]\n~a head start\nhead start [EARLY]\n</ISSUE>\nstray [X]\n', 'i.txt');
  assert.deepEqual(problems, ['i.txt:7: unknown issue syntax (stray [X])']);
  const counts = codeIssues(issues, 'Two schools and a pre-school; a head start and another head start.');
  assert.deepEqual(Object.fromEntries(counts.map((c) => [c.code, c.count])), { SCHOOLS: 1, EARLY: 2 });
});

test('validation records: environment, config, evaluate flag, comments and loose XML', () => {
  const xml = `<Validation><!-- <Sentence id="X"> inside a comment -->
<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Include>DEMO</Include></Environment>
<Sentence category="DEMO" date="19950101" id="D-1" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Config option="require_dyad" value="false" />
<Text>Arnor &amp; Gondor
 met.</Text>
</Sentence>
<Sentence category="DEMO" id="D-2" evaluate="false"><EventCoding noevents="True" /><Text>x</Text></Sentence>
<Sentence id="D-3"></Sentence>`;
  const f = readValidationRecords(xml, '/tmp/r/records.xml');
  assert.deepEqual(f.files.verbs, ['/tmp/r/v.txt']);
  assert.deepEqual(f.include, ['DEMO']);
  assert.equal(f.records.length, 2);
  const r = f.records[0]!;
  assert.deepEqual([r.id, r.date, r.text, r.config.get('require_dyad'), r.expected], ['D-1', '1995-01-01', 'Arnor & Gondor met.', 'false', [{ source: 'ARN', target: 'GON', code: '050' }]]);
  assert.deepEqual([f.records[1]!.evaluate, f.records[1]!.noEvents], [false, true]);
  assert.ok(f.problems.some((p) => p.includes('records.xml:10') && p.includes('D-3')), f.problems.join('\n'));
});
