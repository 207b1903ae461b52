import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionaryWarnings, loadActorDictionary, matchActors, parsePhrase } from './index.js';
import { buildSentence } from './build-sentence.js';
import { actorFixtures } from './fixtures.js';

const dict = loadActorDictionary();

function codes(notationOrPhrase: string, date: string | null = '2016-01-22'): string[] {
  const s = notationOrPhrase.includes('/') ? buildSentence(notationOrPhrase) : parsePhrase(notationOrPhrase);
  return matchActors(s, dict, date).map((m) => m.code);
}

for (const set of ['phrases', 'sentences'] as const) {
  test(`golden ${set}: matcher output equals src/actors/fixtures/${set}.json`, () => {
    const { expectedPath, compute } = actorFixtures(set);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown;
    // regenerate with: node dist/scripts/update-actor-fixtures.js (and review the diff)
    assert.deepEqual(compute(), expected);
  });
}

test('the issue examples: head noun with its modifiers', () => {
  const ansf = buildSentence('Afghan/ADJ/amod/4 National/PROPN/compound/4 Security/PROPN/compound/4 Forces/PROPN/root/0');
  const [m] = matchActors(ansf, dict, null);
  assert.equal(m?.code, 'AFGMIL');
  assert.equal(m?.head, 3);
  assert.deepEqual([m?.start, m?.end], [0, 4]);

  const amb = matchActors(buildSentence('Russian/ADJ/amod/2 ambassador/NOUN/nsubj/5 to/ADP/case/4 Afghanistan/PROPN/nmod/2 said/VERB/root/0'), dict, null);
  assert.deepEqual(amb.map((x) => [x.code, x.head, x.country, x.roles]), [['RUSGOV', 1, 'RUS', ['GOV']], ['AFG', 3, 'AFG', []]]);
  assert.ok(amb[0]!.entries.includes('roles:GOV/ambassador'), amb[0]!.entries.join());

  const mil = matchActors(buildSentence('Russian/ADJ/amod/4 and/CCONJ/cc/3 Tajik/ADJ/conj/1 militaries/NOUN/nsubj/5 trained/VERB/root/0'), dict, null);
  assert.deepEqual(mil.map((x) => [x.code, x.head]), [['RUSMIL', 3], ['TJKMIL', 3]]);
});

test('a role owned by an of-phrase: a country, or an organisation when the head is a role', () => {
  // "Leaders of the Group of Seven agreed ...": the organisation's leaders are the organisation
  assert.deepEqual(codes('Leaders/NOUN/nsubj/7 of/ADP/case/4 the/DET/det/4 Group/PROPN/nmod/1 of/ADP/case/6 Seven/PROPN/nmod/4 agreed/VERB/root/0'), ['IGOGSE']);
  assert.deepEqual(codes('the/DET/det/2 government/NOUN/nsubj/5 of/ADP/case/4 Afghanistan/PROPN/nmod/2 said/VERB/root/0'), ['AFGGOV']);
  // a thing that is no role stays apart from the organisation named after it
  assert.deepEqual(codes('the/DET/det/2 headquarters/NOUN/nsubj/5 of/ADP/case/4 NATO/PROPN/nmod/2 said/VERB/root/0'), ['IGONATO']);
});

test('possessive country + role: one mention headed by the phrase head', () => {
  const s = buildSentence(
    "Afghanistan/PROPN/nmod:poss/6 's/PART/case/1 acting/ADJ/amod/6 defense/NOUN/compound/5 minister/NOUN/compound/6 Stanikzai/PROPN/nsubj/7 visited/VERB/root/0",
  );
  const ms = matchActors(s, dict, '2016-01-22');
  assert.equal(ms.length, 1);
  assert.equal(ms[0]!.code, 'AFGGOV');
  assert.equal(ms[0]!.head, 5);
  assert.equal(ms[0]!.text, "Afghanistan's acting defense minister Stanikzai");
});

test('a role with no country is coded by its role alone, with country null', () => {
  const [m] = matchActors(buildSentence('officials/NOUN/nsubj/2 said/VERB/root/0'), dict, null);
  assert.equal(m?.code, 'GOV');
  assert.equal(m?.country, null);
  assert.deepEqual(m?.roles, ['GOV']);
});

test('case matters for names and acronyms, not for role nouns', () => {
  assert.deepEqual(codes('us/PRON/obj/0'), []);
  assert.deepEqual(codes('US/PROPN/root/0'), ['USA']);
  assert.deepEqual(codes('turkey/NOUN/root/0'), []);
  assert.deepEqual(codes('Turkey/PROPN/root/0'), ['TUR']);
  assert.deepEqual(codes('AFGHANISTAN/PROPN/root/0'), ['AFG']);
  assert.deepEqual(codes('Officials/NOUN/root/0'), ['GOV']);
});

test('longest match wins and generic nouns do not become actors', () => {
  assert.deepEqual(codes('Islamic State Khorasan Province'), ['AFGIMGISK']);
  assert.deepEqual(codes('the Islamic State'), ['IMGMUSISI']);
  assert.deepEqual(codes('Pakistani Taliban'), ['PAKINSTTP']);
  // "military support" is no actor; Russia stands on its own with its own head
  const ms = matchActors(buildSentence("Russia/PROPN/nmod:poss/4 's/PART/case/1 military/ADJ/amod/4 support/NOUN/root/0"), dict, null);
  assert.deepEqual(ms.map((m) => [m.code, m.head]), [['RUS', 0]]);
});

test('a mis-parsed name is still found by its token sequence', () => {
  // "Islamic" attached as a verb's object, "State" elsewhere: the sequence still matches
  const s = buildSentence('Islamic/ADJ/obj/3 State/PROPN/nsubj/3 attacked/VERB/root/0');
  assert.deepEqual(matchActors(s, dict, null).map((m) => m.code), ['IMGMUSISI']);
});

test('people resolve by the article date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-people-'));
  writeFileSync(
    join(dir, 'countries.txt'),
    '[RUS] Russia\nname: Russia\nadjective: Russian\n[UKR] Ukraine\nname: Ukraine\n',
  );
  writeFileSync(join(dir, 'roles.txt'), '[GOV]\nnoun: president | minister\n');
  writeFileSync(
    join(dir, 'people.tsv'),
    'name\taliases\tcode\tfrom\tto\toffice\n' +
      'Ivan Testov\tTestov\tRUSMIL\t2001-01-01\t2009-12-31\tgeneral\n' +
      'Ivan Testov\tTestov\tRUSGOV\t2010-01-01\t2015-06-30\tdefence minister\n' +
      'Olga Probna\t\tUKRGOV\t2012-01-01\t\tpresident\n',
  );
  const small = loadActorDictionary({ dir });
  const at = (text: string, date: string | null): string[] => matchActors(parsePhrase(text), small, date).map((m) => m.code);
  assert.deepEqual(at('Testov', '2005-05-05'), ['RUSMIL']);
  assert.deepEqual(at('Ivan Testov', '2012-03-01'), ['RUSGOV']);
  assert.deepEqual(at('Testov', '2015-06-30'), ['RUSGOV'], 'ranges are inclusive');
  // no date: the latest office
  assert.deepEqual(at('Testov', null), ['RUSGOV']);
  // outside every term: the country as an elite
  assert.deepEqual(at('Testov', '2020-01-01'), ['RUSELI']);
  assert.deepEqual(at('Olga Probna', '2030-01-01'), ['UKRGOV'], 'an open end stays valid');
  // out of office with a title: the title's role, the person's country
  assert.deepEqual(at('President Testov', '2020-01-01'), ['RUSGOV']);
});

test('parties resolve by the article date to government or opposition, and are nothing outside their rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-parties-'));
  writeFileSync(join(dir, 'countries.txt'), '[GEO] Georgia\nname: Georgia\nadjective: Georgian\n');
  writeFileSync(
    join(dir, 'parties.tsv'),
    'name\taliases\tcode\tfrom\tto\toffice\n' +
      'Test Dream\tTD\tGEOOPP\t2012-04-21\t2012-10-24\topposition\n' +
      'Test Dream\tTD\tGEOGOV\t2012-10-25\t\truling party\n',
  );
  const small = loadActorDictionary({ dir });
  assert.deepEqual(dictionaryWarnings(small), [], 'rows of one party in turn are no conflict');
  assert.deepEqual(small.entries.filter((e) => e.kind === 'organization').map((e) => e.id), ['parties:Test Dream', 'parties:Test Dream#2']);
  const at = (text: string, date: string | null): string[] => matchActors(parsePhrase(text), small, date).map((m) => m.code);
  assert.deepEqual(at('Test Dream', '2012-06-01'), ['GEOOPP']);
  assert.deepEqual(at('TD', '2024-05-11'), ['GEOGOV']);
  // before the party existed: no actor (a party is no person, who would fall back to an elite)
  assert.deepEqual(at('Test Dream', '2005-01-01'), []);
  // two rows of one party that overlap are a conflict
  writeFileSync(
    join(dir, 'parties.tsv'),
    'name\taliases\tcode\tfrom\tto\toffice\n' + 'Test Dream\t\tGEOOPP\t2012-04-21\t2013-01-01\t\n' + 'Test Dream\t\tGEOGOV\t2012-10-25\t\t\n',
  );
  assert.match(dictionaryWarnings(loadActorDictionary({ dir })).join('\n'), /'Test Dream' \(organization GEOGOV\) also in/);
});

test('metonyms carry their own role', () => {
  assert.deepEqual(codes('the Kremlin'), ['RUSGOV']);
  assert.deepEqual(codes('the Pentagon'), ['USAMIL']);
  assert.deepEqual(codes('Kabul'), ['AFG']);
  assert.deepEqual(codes('Moscow'), ['RUS']);
  // a seat right after another country is that country's ("Congress" alone is the US one)
  assert.deepEqual(codes('Brazil\'s Congress'), ['BRALEG']);
  assert.deepEqual(codes('the Brazilian Congress'), ['BRALEG']);
  assert.deepEqual(codes('the US Congress'), ['USALEG']);
});

test('spans never overlap except names inside a hyphenated token', () => {
  const s = buildSentence(
    'Russian/ADJ/amod/2 officials/NOUN/nsubj/3 met/VERB/root/0 Afghan/ADJ/amod/6 and/CCONJ/cc/6 Taliban/PROPN/conj/4 representatives/NOUN/obj/3 in/ADP/case/9 the/DET/det/9 Kremlin/PROPN/obl/3',
  );
  const ms = matchActors(s, dict, null);
  for (let a = 0; a < ms.length; a++) {
    for (let b = a + 1; b < ms.length; b++) {
      const x = ms[a]!;
      const y = ms[b]!;
      const same = x.start === y.start && x.end === y.end && x.head === y.head;
      assert.ok(same || x.end <= y.start || y.end <= x.start, `${x.text} overlaps ${y.text}`);
    }
  }
  assert.ok(ms.some((m) => m.code === 'RUSGOV' && m.head === 1));
  assert.ok(ms.some((m) => m.code === 'RUSGOV' && m.head === 9));
});

test('a title before a name the dictionary lacks is that person\'s office, whatever the parse says', () => {
  const at = (notation: string): [string, number, number, number][] =>
    matchActors(buildSentence(notation), dict, '2023-03-01').map((m) => [m.code, m.start, m.end, m.head]);
  // parsed badly: "Brazilian" on the verb, "President" as nmod of the name
  assert.deepEqual(at('Brazilian/ADJ/amod/4 President/PROPN/nmod/3 Zorbek/PROPN/nsubj/4 criticized/VERB/root/0 Venezuela/PROPN/obj/4'), [
    ['BRAGOV', 0, 3, 2],
    ['VEN', 4, 5, 4],
  ]);
  // parsed well, same answer; the title alone has no country
  assert.deepEqual(at('Brazilian/ADJ/amod/3 President/PROPN/compound/3 Zorbek/PROPN/nsubj/4 spoke/VERB/root/0')[0], ['BRAGOV', 0, 3, 2]);
  // a person the dictionary knows with a titled form ("President Lula"): the country adjective joins it too
  assert.deepEqual(at('Brazilian/ADJ/amod/4 President/PROPN/nmod/3 Lula/PROPN/nsubj/4 criticized/VERB/root/0 Venezuela/PROPN/obj/4').map((m) => m.slice(0, 3)), [
    ['BRAGOV', 0, 3],
    ['VEN', 4, 5],
  ]);
  assert.deepEqual(at('President/PROPN/compound/2 Zorbek/PROPN/nsubj/4 Tanaev/PROPN/flat/2 spoke/VERB/root/0'), [['GOV', 0, 3, 1]]);
  // the title heads the phrase when the parse attaches it outside: the mention keeps its place
  assert.deepEqual(at('court/NOUN/nsubj/2 found/VERB/root/0 American/ADJ/amod/4 journalist/NOUN/obj/2 Evan/PROPN/compound/7 Gershkovich/PROPN/flat/5 guilty/ADJ/xcomp/2')[1], [
    'USAMED', 2, 6, 3,
  ]);
  // a possessive country
  assert.deepEqual(at("Indonesia/PROPN/nmod:poss/5 's/PART/case/1 President/PROPN/compound/4 Joko/PROPN/compound/5 Widodo/PROPN/nsubj/6 apologised/VERB/root/0")[0], [
    'IDNGOV', 0, 5, 4,
  ]);
  // the parse hangs the whole titled name on a noun after it: still one mention, on its own
  assert.deepEqual(at('met/VERB/root/0 Kosovo/PROPN/compound/6 Prime/ADJ/amod/4 Minister/PROPN/nmod:desc/5 Kurti/PROPN/conj/2 face/NOUN/obj/1')[0], [
    'XKXGOV', 1, 5, 1,
  ]);
  // not names: a weekday
  assert.deepEqual(at('the/DET/det/3 Defense/PROPN/compound/3 Ministry/PROPN/nsubj/4 said/VERB/root/0 Monday/PROPN/obl/4').map((m) => m[0]), ['GOV']);
  assert.deepEqual(at('the/DET/det/3 Defense/PROPN/compound/3 Ministry/PROPN/nsubj/4 said/VERB/root/0 Monday/PROPN/obl/4')[0]!.slice(1), [0, 3, 2]);
});

test('a country word after "pro-" or "anti-" is a stance, not the actor\'s country; other hyphenated pairs still name both', () => {
  const codes = (notation: string): string[] => matchActors(buildSentence(notation), dict, '2020-01-01').map((m) => m.code);
  assert.deepEqual(codes('pro-Russian/ADJ/amod/2 separatists/NOUN/nsubj/3 attacked/VERB/root/0'), ['REB']);
  assert.deepEqual(codes('anti-American/ADJ/amod/2 protesters/NOUN/nsubj/3 marched/VERB/root/0'), ['OPP']);
  assert.deepEqual(codes('Russian-Ukrainian/ADJ/amod/2 talks/NOUN/nsubj/3 resumed/VERB/root/0'), ['RUS', 'UKR']);
});

test('a country abbreviation written onto a currency sign names the currency ("US$3 billion"), one apart from it still counts', () => {
  const glued = buildSentence('lent/VERB/root/0 US/PROPN/compound/3 $/SYM/obj/1 3/NUM/nummod/3 to/ADP/case/6 Egypt/PROPN/obl/1');
  glued.tokens[1]!.spaceAfter = false;
  assert.deepEqual(matchActors(glued, dict, '2020-01-01').map((m) => m.code), ['EGY']);
  const apart = buildSentence('the/DET/det/2 US/PROPN/nsubj/3 paid/VERB/root/0 $/SYM/obj/3 3/NUM/nummod/4');
  assert.deepEqual(matchActors(apart, dict, '2020-01-01').map((m) => m.code), ['USA']);
});

test('a name no entry knows, right after "<country>\'s", is of that country', () => {
  // "Russia's Gazprom threatened ...", with the possessive hung on the verb
  const s = buildSentence("Russia/PROPN/nmod:poss/4 's/PART/case/1 Gazprom/PROPN/nsubj/4 threatened/VERB/root/0 Ukraine/PROPN/obj/4");
  const got = matchActors(s, dict, '2014-06-10').map((m) => [m.code, m.text]);
  assert.deepEqual(got, [['RUS', 'Russia'], ['RUS', 'Gazprom'], ['UKR', 'Ukraine']]);
  // a known entity keeps its own code
  assert.deepEqual(codes("Afghanistan/PROPN/nmod:poss/3 's/PART/case/1 Taliban/PROPN/nsubj/4 attacked/VERB/root/0"), ['AFGINSTAL']);
});

test('a longer form of the same person starting inside a match stretches it ("President Xi" + "Jinping")', () => {
  const s = buildSentence('Chinese/ADJ/amod/3 President/PROPN/nmod:desc/3 Xi/PROPN/nsubj/5 Jinping/PROPN/flat/3 met/VERB/root/0 Putin/PROPN/obj/5');
  const got = matchActors(s, dict, '2021-06-20').map((m) => [m.code, m.text]);
  assert.deepEqual(got, [['CHNGOV', 'Chinese President Xi Jinping'], ['RUSGOV', 'Putin']]);
});
