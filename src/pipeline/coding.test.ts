import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, packageRoot, sharedPath } from '../paths.js';
import { needShared } from '../testing.js';
import { codeDocument, codeText, evaluateGold } from './index.js';
import { extractFromPlainText, toDocument } from '../ingest/index.js';
import { foldName } from '../geo/index.js';
import type { EventRecord } from '../model/index.js';

// End-to-end tests: raw text → parse → actors → events. They need the trained models in data/models/.
const needModels = existsSync(dataPath('models', 'parser.json')) ? false : `needs trained models in ${dataPath('models')} (run npm run train)`;
const goldFile = join(packageRoot, 'fixtures', 'gold', 'events.jsonl');
const dev2File = join(packageRoot, 'fixtures', 'gold', 'heldout-events.jsonl');
const weakFile = join(packageRoot, 'fixtures', 'gold', 'weak-roots-events.jsonl');
const hardFile = join(packageRoot, 'fixtures', 'gold', 'hard-cases-events.jsonl');
const dev5File = join(packageRoot, 'fixtures', 'gold', 'heldout2-events.jsonl');
const weak2File = join(packageRoot, 'fixtures', 'gold', 'weak-roots2-events.jsonl');
const dev7File = join(packageRoot, 'fixtures', 'gold', 'heldout3-events.jsonl');
const wireFile = join(packageRoot, 'fixtures', 'gold', 'wire-events.jsonl');
const heldoutFile = join(packageRoot, 'fixtures', 'gold', 'heldout4-events.jsonl');
const dev9File = join(packageRoot, 'fixtures', 'gold', 'heldout5-events.jsonl');
const heldout6File = join(packageRoot, 'fixtures', 'gold', 'heldout6-events.jsonl');
const dev10File = join(packageRoot, 'fixtures', 'gold', 'heldout7-events.jsonl');

test('plain sentences code end to end', { skip: needModels }, () => {
  const r = codeText('Russia attacked Ukraine on Wednesday. Afghanistan did not attack Pakistan.', { date: '2022-01-22', docId: 'e2e' });
  const fight = r.events.find((e) => e.source?.code === 'RUS' && e.target?.code === 'UKR');
  assert.ok(fight, JSON.stringify(r.events.map((e) => [e.source?.code, e.target?.code, e.code])));
  assert.equal(fight.root, '19');
  assert.equal(fight.date, '2022-01-19');
  assert.equal(fight.docId, 'e2e');
  assert.ok(fight.plover && fight.plover.type.length > 0);
  const neg = r.events.filter((e) => e.source?.code === 'AFG' && e.target?.code === 'PAK');
  assert.ok(neg.every((e) => e.negated), 'a negated attack is never coded as the positive event');
});

test('towns the actor dictionaries lack stand for their country; their country completes role-only actors', { skip: needModels }, () => {
  const codes = (text: string): string[] =>
    codeText(text, { date: '2024-01-10', docId: 'places' }).events.filter((e) => !e.negated).map((e) => `${e.source?.code}>${e.target?.code} ${e.root}`);
  // a town as the target of an attack: its country
  assert.deepEqual(codes('Russian troops shelled Kharkiv overnight.'), ['RUSMIL>UKR 19']);
  // a town of a state's own country says where, not whom
  assert.deepEqual(codes('Azerbaijani forces launched an offensive in Nagorno-Karabakh.'), []);
  // "in Kunduz": whose militants and policemen
  assert.deepEqual(codes('Militants killed five policemen in Kunduz on Monday.'), ['AFGINS>AFGCOP 19']);
});

test('a coded document lists its main places, most mentioned first', { skip: needModels }, () => {
  const r = codeText('Taliban fighters attacked a police post in Kandahar on Monday. Officials in Kandahar said the attack was repelled. Aid arrived in Herat.', { date: '2022-01-22' });
  assert.ok(r.places.length >= 2, JSON.stringify(r.places));
  // Names are the gazetteer's (GeoNames keeps the diacritics: Kandahār).
  assert.equal(foldName(r.places[0].name), foldName('Kandahar'));
  assert.equal(r.places[0].country, 'AFG');
  assert.equal(r.places[0].count, 2);
  assert.ok(r.places.some((p) => foldName(p.name) === foldName('Herat') && p.count === 1));
});

test('garbage input never throws and yields a well-formed result', { skip: needModels }, () => {
  for (const text of ['', '   ', '\u0000\u0001', '.'.repeat(5000), 'word '.repeat(3000), '<<<>>> ### @@@ !!!']) {
    const r = codeText(text, { date: null });
    assert.ok(Array.isArray(r.events) && Array.isArray(r.diagnostics));
  }
});

interface Expected {
  what: string;
  ok: (e: EventRecord) => boolean;
}
const country = (e: EventRecord, side: 'source' | 'target'): string => e[side]?.country ?? e[side]?.code ?? '';
const pair = (e: EventRecord, a: string, b: string): boolean => country(e, 'source') === a && country(e, 'target') === b;

// The eight principal events of the seed article (docs/coding.md, "Seed article").
const SEED_EVENTS: Expected[] = [
  { what: 'AFGGOV -> RUS 042 visit', ok: (e) => e.source?.code === 'AFGGOV' && country(e, 'target') === 'RUS' && e.code === '042' },
  { what: 'AFG -> RUS 02x appeal for support', ok: (e) => pair(e, 'AFG', 'RUS') && e.root === '02' },
  { what: 'RUS -> AFG 03x/06x interest in cooperation', ok: (e) => pair(e, 'RUS', 'AFG') && (e.root === '03' || e.root === '06') },
  { what: 'AFG <-> RUS 046 negotiations', ok: (e) => (pair(e, 'AFG', 'RUS') || pair(e, 'RUS', 'AFG')) && e.code === '046' },
  { what: 'RUS -> AFGMIL 07x rifles', ok: (e) => country(e, 'source') === 'RUS' && e.target?.code === 'AFGMIL' && e.root === '07' },
  {
    what: 'RUSMIL <-> TJKMIL 06x exercises',
    ok: (e) => ['RUSMIL|TJKMIL', 'TJKMIL|RUSMIL'].includes(`${e.source?.code}|${e.target?.code}`) && e.root === '06',
  },
  { what: 'RUS -> AFGINSTAL 04x contacts', ok: (e) => country(e, 'source') === 'RUS' && e.target?.code === 'AFGINSTAL' && e.root === '04' },
  { what: 'AFGINSTAL -> IMGMUSISI 19x fight', ok: (e) => e.source?.code === 'AFGINSTAL' && e.target?.code === 'IMGMUSISI' && e.root === '19' },
];
// Events beyond the principal ones that are still right (reciprocal directions, restatements) are
// fine; this bounds everything that matches none of the principal events.
const MAX_OTHER_EVENTS = 10;


function codeSeed(t: { diagnostic(message: string): void }): EventRecord[] {
  const raw = readFileSync(sharedPath('seed', '000_2b20c19e62ffadbc.txt'), 'utf8');
  const doc = toDocument(extractFromPlainText(raw), 'seed');
  const r = codeDocument(doc, { date: '2022-01-22' });
  const events = r.events.filter((e) => !e.negated);
  for (const e of events) t.diagnostic(`${e.source?.code} -> ${e.target?.code} ${e.code} | ${e.sentence.text.slice(0, 90)}`);
  return events;
}

// The issue's target: all eight principal events ("its fierce campaign" is the Taliban's: a
// possessive "its" after a possessor of the same sentence refers to it), and few others.
test('seed article: all eight principal events, and few others', { skip: needModels || needShared('seed') }, (t) => {
  const events = codeSeed(t);
  const missing = SEED_EVENTS.filter((x) => !events.some(x.ok)).map((x) => x.what);
  assert.deepEqual(missing, [], `missing principal events: ${missing.join('; ')}`);
  const other = events.filter((e) => !SEED_EVENTS.some((x) => x.ok(e)));
  assert.ok(other.length <= MAX_OTHER_EVENTS, `${other.length} other events: ${other.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`).join(', ')}`);
});

// The issue's target: F1 >= 0.75 on (source country, target country, root) over the gold set.
const GOLD_F1_TARGET = 0.75;

const needGold = needModels || (existsSync(goldFile) ? false : `needs ${goldFile}`);

/** Scores the coder on a gold file, reporting the figures as a test diagnostic. */
function scoreGold(file: string, t: { diagnostic(message: string): void }): ReturnType<typeof evaluateGold>['summary'] {
  const r = evaluateGold(readFileSync(file, 'utf8'), file);
  assert.deepEqual(r.errors, []);
  const s = r.summary;
  t.diagnostic(`sentences ${s.sentences}; country P ${s.country.precision.toFixed(3)} R ${s.country.recall.toFixed(3)} F1 ${s.country.f1.toFixed(3)}; full F1 ${s.full.f1.toFixed(3)}`);
  return s;
}

test(`gold set: F1 on (source country, target country, root) >= ${GOLD_F1_TARGET} (issue target)`, { skip: needGold }, (t) => {
  const s = scoreGold(goldFile, t);
  assert.ok(s.sentences >= 150, `only ${s.sentences} gold sentences`);
  assert.ok(s.country.f1 >= GOLD_F1_TARGET, `F1 ${s.country.f1.toFixed(3)} < ${GOLD_F1_TARGET}`);
});

// The other development sets: regression guards just below the figures of the committed coder
// (session 10: heldout-events.jsonl, held out until session 3: F1 0.794; weak-roots-events.jsonl: 0.862;
// hard-cases-events.jsonl, tuned on since session 4: 0.818; heldout2-events.jsonl, held out until session 5: 0.814;
// weak-roots2-events.jsonl, written in session 6 and tuned on from the start: 0.776, 0.540 when first scored;
// heldout3-events.jsonl, held out until session 7: 0.799, 0.667 at the end of session 6; wire-events.jsonl, written in
// session 8 and tuned on from the start: 0.817, 0.675 with the session-7 coder; heldout5-events.jsonl, held out until
// session 10: 0.774, 0.680 at the end of session 9; heldout7-events.jsonl, written blind at the start of session 11 and
// tuned on since: 0.695 at the end of session 13, 0.639 at the end of session 12, 0.544 at the end of session 11, 0.473 when first
// scored).
const DEV_F1_REACHED: [file: string, f1: number][] = [[dev2File, 0.77], [weakFile, 0.83], [hardFile, 0.79], [dev5File, 0.79], [weak2File, 0.75], [dev7File, 0.77],
  [wireFile, 0.79], [dev9File, 0.74], [dev10File, 0.66]];

for (const [file, reached] of DEV_F1_REACHED) {
  test(`${file.split(/[\\/]/).pop()}: F1 on (source country, target country, root) >= ${reached} (no regression)`, { skip: needModels || (existsSync(file) ? false : `needs ${file}`) }, (t) => {
    const s = scoreGold(file, t);
    assert.ok(s.country.f1 >= reached, `F1 ${s.country.f1.toFixed(3)} < ${reached}`);
  });
}

// The held-out set (heldout4-events.jsonl, written in session 7) is never tuned on (fixtures/gold/README.md);
// this only catches regressions below the committed coder's figure (F1 0.758 at the end of session 11, 0.737 at the end of
// session 10, 0.715 at the end of session 9, 0.717 at the end of session 8, 0.703 at the end of session 7; 0.680 with the
// session-6 coder it was first scored with).
const HELDOUT_F1_REACHED = 0.74;

test(`held-out gold set: F1 on (source country, target country, root) >= ${HELDOUT_F1_REACHED} (no regression)`, { skip: needModels || (existsSync(heldoutFile) ? false : `needs ${heldoutFile}`) }, (t) => {
  const s = scoreGold(heldoutFile, t);
  assert.ok(s.country.f1 >= HELDOUT_F1_REACHED, `F1 ${s.country.f1.toFixed(3)} < ${HELDOUT_F1_REACHED}`);
});

// The second held-out set (heldout6-events.jsonl, written at the start of session 10 by a helper that saw no coder output):
// F1 0.563 with the session-9 coder, 0.594 at the end of session 10, 0.597 at the end of session 11, 0.602 at the end of session 12,
// 0.615 at the end of session 13 (only its aggregates read).
const HELDOUT6_F1_REACHED = 0.6;

test(`second held-out gold set: F1 on (source country, target country, root) >= ${HELDOUT6_F1_REACHED} (no regression)`, { skip: needModels || (existsSync(heldout6File) ? false : `needs ${heldout6File}`) }, (t) => {
  const s = scoreGold(heldout6File, t);
  assert.ok(s.country.f1 >= HELDOUT6_F1_REACHED, `F1 ${s.country.f1.toFixed(3)} < ${HELDOUT6_F1_REACHED}`);
});

// Sentences written for this test (not in the gold sets), one per lexicon or coder addition:
// each must give its event, checked on (source country, target country, code).
const ADDITIONS: [text: string, source: string, target: string, code: string][] = [
  // (session 13: a stated intent to sanction or coerce is a threat; war vowed is threatened; warnings defied were made)
  ['The European Union said it would impose new sanctions on Belarus.', 'IGOEUR', 'BLR', '1312'],
  ['Ethiopia vowed war against Eritrea.', 'ETH', 'ERI', '138'],
  ['Hungary pressed ahead with the vote, defying stern warnings from Washington.', 'USA', 'HUN', '130'],
  ['North Korea fired two ballistic missiles into the sea near Japan.', 'PRK', 'JPN', '150'],
  ['Intelligence sharing between Washington and Canberra has expanded.', 'USA', 'AUS', '064'],
  ['Hamas rejected accusations by Israel that its fighters had used a hospital as a base.', 'PSE', 'ISR', '016'],
  ['Hamas rejected accusations by Israel that its fighters had used a hospital as a base.', 'ISR', 'PSE', '112'],
  ['Sri Lanka imposed a curfew across the island on Sunday.', 'LKA', 'LKA', '1723'],
  ["Ethiopia's prime minister ordered a military offensive against the Tigray People's Liberation Front.", 'ETH', 'ETH', '190'],
  ['Rebel fighters swept into Goma on Sunday.', 'COD', 'COD', '192'],
  ['North Korea put its troops on a war footing against South Korea.', 'PRK', 'KOR', '152'],
  ['Russia held naval drills in waters near Japan.', 'RUS', 'JPN', '150'],
  ["European Union foreign ministers agreed on Monday to lift the bloc's remaining economic sanctions on Belarus.", 'IGOEUR', 'BLR', '0354'],
  ['Russia will build the reactor and lend Hungary most of the money for it.', 'RUS', 'HUN', '0331'],
  ['Japan and the Philippines pledged to deepen defence ties.', 'JPN', 'PHL', '0312'],
  ['Russian forces withdrew from Ukraine\'s Snake Island.', 'RUS', 'UKR', '087'],
  ['Niger expelled two Belgian diplomats, whom it accused of spying.', 'NER', 'BEL', '112'],
  ['Mali expelled three UN officials, accusing them of spying for France.', 'MLI', 'IGOUNO', '1125'],
  ['Russia put the Lithuanian culture minister on its wanted list.', 'RUS', 'LTU', '173'],
  ["Russia blocked access to Ukraine's government websites.", 'RUS', 'UKR', '1721'],
  // (session 13: the destination of a long sent cargo is the verb's)
  ['Japan sent a team of rescue workers and ten tonnes of tents to Turkey on Monday to help survivors of the earthquake.', 'JPN', 'TUR', '073'],
  ['Kenya pledged 1,000 police officers to a U.N.-backed security mission in Haiti.', 'KEN', 'HTI', '0334'],
  ['Germany extradited a suspected smuggler to Poland.', 'DEU', 'POL', '063'],
  // (session 8: killing a person the dictionaries name is an assassination)
  ['Israel killed Hamas leader Ismail Haniyeh.', 'ISR', 'PSE', '186'],
  // (session 9: courts, police and legislatures are of the place they sit in)
  ['A court in Moscow sentenced a U.S. journalist to six years in prison on espionage charges.', 'RUS', 'USA', '116'],
  ['Pakistan and Saudi Arabia signed a mutual defence pact in Riyadh on Wednesday.', 'PAK', 'SAU', '057'],
  ["Kuwait deposited $2 billion in Egypt's central bank.", 'KWT', 'EGY', '071'],
  ['Kenya hosted a summit of the African Union on the drought.', 'KEN', 'IGOAFU', '043'],
  ['The Turkish foreign minister called for the Taliban to form an inclusive government.', 'TUR', 'AFG', '0244'],
  ['Prime Minister Nikol Pashinyan met Iranian officials in Yerevan.', 'ARM', 'IRN', '040'],
  ['Germany was worried about the situation in Sudan, officials said.', 'DEU', 'SDN', '012'],
  ['Chinese President Xi Jinping spoke by phone with French President Emmanuel Macron.', 'CHN', 'FRA', '041'],
  ['India promised to send 10,000 tonnes of wheat to Afghanistan.', 'IND', 'AFG', '0333'],
  ['Iran denied sending drones to Russia.', 'IRN', 'RUS', '016'],
  ['Canada would consider sending troops to Haiti.', 'CAN', 'HTI', '014'],
  ['Japan and Australia said they agreed on the need to deepen defence ties.', 'AUS', 'JPN', '019'],
  ['The Security Council demanded that India and Pakistan agree to a ceasefire.', 'IGOUNOGOV', 'PAK', '1056'],
  ['Dutch prosecutors opened an investigation into the downing of the airliner by Russian forces.', 'NLD', 'RUS', '090'],
  ['Norway recognised the Taliban government last year.', 'NOR', 'AFG', '054'],
  ['Egypt, which hosted the talks, asked Washington to mediate with Tehran.', 'EGY', 'USA', '028'],
  ['Belarus placed its troops on high alert along the border with Lithuania.', 'BLR', 'LTU', '152'],
  ['Egypt and Sudan kicked off their joint air force drills on Sunday.', 'EGY', 'SDN', '062'],
  ['Britain returned looted bronzes to Ghana.', 'GBR', 'GHA', '0842'],
  ['Romanian farmers blocked border crossings with Ukraine.', 'ROU', 'UKR', '144'],
  ['Israeli families pleaded with Hamas to free the hostages.', 'ISR', 'PSE', '0253'],
  // (session 10: letting aid into a place, pausing aid, warning of what the other side will suffer)
  ['Egypt allowed food and medicine into Gaza on Sunday.', 'EGY', 'PSE', '0863'],
  ['Japan paused development funding for Myanmar after the coup.', 'JPN', 'MMR', '1621'],
  ['Iran warned that Israel would face a crushing response.', 'IRN', 'ISR', '130'],
  // (session 11: a pledge in the same breath as a meeting is aimed at whom was met; a phrase the pattern requires is not
  // also its target's phrase)
  ['Kenyan President William Ruto met his Somali counterpart in Nairobi and promised more troops.', 'KEN', 'SOM', '0334'],
  ['Russia took control of the local factories of German carmaker Volkswagen.', 'RUS', 'DEU', '1711'],
  // (slots of a kind: leaving an organisation, troops leaving a country; a relative clause the parser made the root)
  ['Armenia said it was leaving the CSTO.', 'ARM', 'IGOCST', '160'],
  ['The last American soldiers left Niger on Sunday.', 'USA', 'NER', '166'],
  ['Mali and Niger, whose rulers took power in coups, announced their exit from ECOWAS.', 'MLI', 'IGOECO', '160'],
  // (a verb the parser made a passive auxiliary of the participle before it)
  ['A roadside bomb planted by al-Shabaab fighters killed four Kenyan soldiers near Lamu, police said.', 'SOM', 'KEN', '1833'],
  // (a protest against a measure is aimed at its owner)
  ['Nurses in Spain walked out on Monday in protest against Prime Minister Pedro Sanchez\'s health reform.', 'ESP', 'ESP', '140'],
  // (security forces storming an institution's premises seize property: a slot of a kind, X:COP|MIL|SPY)
  ['Bolivian police stormed the Argentine embassy in La Paz on Saturday.', 'BOL', 'ARG', '171'],
  // (a pattern's required noun under a noun of series; talks a third party mediates stay the parties' event)
  ['Egypt mediated a fresh round of talks between Ethiopia and Sudan in Cairo.', 'EGY', 'ETH', '045'],
  ['Egypt mediated a fresh round of talks between Ethiopia and Sudan in Cairo.', 'ETH', 'SDN', '040'],
  // (a list the parser broke after its first name; every doer of an act summed up by "a move")
  ['Iran rejected the conditions set by France, the United Kingdom, Germany and Italy.', 'IRN', 'ITA', '120'],
  ['Chile, Peru and Ecuador expelled Venezuelan diplomats on Monday, a move Bolivia criticised.', 'BOL', 'ECU', '111'],
  // (what is investigated is whoever is behind the act, even with the doer's phrase hung on the inquiry noun)
  ['The UN opened an inquiry into abuses by Nicaraguan security forces.', 'IGOUNO', 'NIC', '092'],
  // (session 11, from the tenth development set: reactions, summed-up acts, each other's, fights named by a noun)
  ['Serbian police dispersed protesters in Belgrade on Sunday, drawing sharp criticism from the European Union.', 'IGOEUR', 'SRB', '111'],
  ['Ethiopia closed its border with Eritrea on Monday, and Eritrea condemned the decision.', 'ERI', 'ETH', '111'],
  ['Thai and Cambodian troops shelled each other\'s positions near the temple on Thursday.', 'KHM', 'THA', '194'],
  ['Three Kyrgyz soldiers were killed in a clash with Tajik troops on the border.', 'TJK', 'KGZ', '190'],
  // (claims of responsibility: the claimant did the attack, and the claim is aimed at its victims)
  ['A roadside bomb exploded near a market in Maiduguri on Friday, killing nine Nigerian soldiers, in an attack claimed by Boko Haram.', 'NGA', 'NGA', '1833'],
  ['Gunmen killed twelve Pakistani policemen in Quetta on Monday, and the Pakistani Taliban claimed the attack.', 'PAK', 'PAK', '015'],
  // (summoning an envoy is an official complaint; a building's of-phrase is its owner)
  ['Lithuania summoned the Chinese charge d\'affaires on Monday.', 'LTU', 'CHN', '114'],
  ['Angry protesters stormed the residence of Peruvian President Dina Boluarte in Lima.', 'PER', 'PER', '1451'],
  // (an ultimatum: a time limit given with a demand)
  ['The African Union gave Mali\'s junta two weeks to set an election date or face sanctions.', 'IGOAFU', 'MLI', '139'],
  // (the subject of a joined clause with an apposition)
  ['Minsk rejected the OSCE report as fabricated, and Russia, its main ally, accused the OSCE of bowing to Western pressure.', 'RUS', 'IGOOSC', '112'],
  // (doses are a quantity: the recipient may hang on the vaccine)
  ['Japan shipped three million doses of COVID-19 vaccine to Vietnam on Friday.', 'JPN', 'VNM', '073'],
  // (a protest's purpose gives its target and codes nothing of its own)
  ['Dutch farmers blocked motorways near The Hague on Tuesday to press Prime Minister Mark Rutte\'s government over nitrogen rules.', 'NLD', 'NLD', '144'],
  // ("shot" tagged a noun and made the root)
  ['Iran\'s Revolutionary Guards shot down a U.S. surveillance drone over the Strait of Hormuz on Thursday.', 'IRN', 'USA', '190'],
  // (session 12: a hyphen-split event noun is the lexicon's word)
  ['Armenia and Azerbaijan agreed to a cease-fire on Monday.', 'ARM', 'AZE', '0356'],
  ['Analysts noted a build-up of Chinese warships near Taiwan\'s coast.', 'CHN', 'TWN', '154'],
  // (a gerund after a possessive modifies the noun after it)
  ['Egypt\'s ruling military council freed dozens of jailed activists on Monday.', 'EGY', 'EGY', '0841'],
  // (the subject between ", and" and a conjunct verb)
  ['Japan pledged rice to Laos on Friday, and Laotian Prime Minister Sonexay Siphandone thanked Tokyo for its help.', 'LAO', 'JPN', '051'],
  // (a gerund after a demand is the demanding party's act)
  ['Turkey demanded on Monday that Sweden immediately extradite the suspects, summoning the Swedish ambassador for the second time in a month.', 'TUR', 'SWE', '114'],
  // (an arrest warrant is 173)
  ['A Moscow court issued an arrest warrant for the Estonian prime minister.', 'RUS', 'EST', '173'],
  // (a people named by nationality, killed in the hundreds, is a mass killing)
  ['Russian troops killed more than 300 Ukrainians in Bucha.', 'RUS', 'UKR', '202'],
  // (a subject "it" is the nearest subject, not the city before it)
  ['Iran fired missiles at Israel in response to a strike on its embassy in Beirut that it blamed on Israeli jets.', 'IRN', 'ISR', '112'],
  // (a one-word form of a person followed by another name is someone else)
  ['Israeli Defence Minister Benny Gantz met Egyptian intelligence chief Abbas Kamel in Cairo.', 'ISR', 'EGY', '040'],
  // (a demand asked of another party: the asking is the event)
  ['Ukraine asked the United Nations to order Russia to leave the plant.', 'UKR', 'IGOUNO', '020'],
  ['Russian troops blew up a dam in Kherson.', 'RUS', 'UKR', '1712'],
  ['House Speaker Nancy Pelosi arrived in Taipei on Tuesday.', 'USA', 'TWN', '042'],
  // (blocking an organisation's aid package is a veto; the aid is not given)
  ['Slovakia blocked an EU aid package for Ukraine on Thursday.', 'SVK', 'IGOEUR', '129'],
  ['Egypt and Qatar demanded an immediate halt to Israel\'s bombardment of Rafah.', 'EGY', 'ISR', '1056'],
  // (an irregular past form read as a base form is still a conjunct of the past verb before it)
  ['Washington gave Caracas a month to free the prisoners or face new sanctions, and froze Venezuela\'s access to U.S. banks.', 'USA', 'VEN', '163'],
  // ("the agency", "the watchdog": the international organisation named last)
  ['Norway praised the International Atomic Energy Agency, and Iran accused the watchdog of spying.', 'IRN', 'IGOUNOENV', '112'],
  // ("allied" before its noun; "hacked to death" before the victims)
  ['Syrian government forces and allied militias killed about 300 villagers in Hama province.', 'SYR', 'SYR', '202'],
  ['Germany\'s extradition of the suspect to Poland angered Russia.', 'DEU', 'POL', '063'],
  // ("imposing" read as an adjective of the sanctions; a past participle opening the sentence before a name)
  ['Canada would consider imposing new sanctions on Iran, the foreign minister said.', 'CAN', 'IRN', '014'],
  ['Ousted Afghan President Ashraf Ghani and his aides have been granted asylum by the United Arab Emirates, state media reported.', 'ARE', 'AFG', '075'],
  // ("fighters" tagged a verb before the verb it is the subject of; police sent to lead a mission)
  ['A U.N. commission said on Monday that fighters of the Rapid Support Forces had raped Sudanese women in Darfur.', 'SDN', 'SDN', '1821'],
  ['Benin deployed its first 200 police officers to Haiti on Friday to lead a U.N.-backed mission against the gangs.', 'BEN', 'HTI', '074'],
  ['Chad deployed 1,000 soldiers and police to Niger\'s Diffa province to help fight Boko Haram insurgents.', 'TCD', 'NER', '074'],
  // (session 14: a noun after a modal is a verb; a surname carried from the full name; a name written onto a currency sign)
  ['The European Union will ease sanctions on Syria.', 'IGOEUR', 'SYR', '0354'],
  ['Bolivian President Evo Morales met Brazilian President Jair Bolsonaro on Monday. Morales later accused the United States of plotting a coup.', 'BOL', 'USA', '112'],
  ['The World Bank lent US$3 billion to Egypt.', 'IGOBUSWBK', 'EGY', '071'],
  ['Sudan\'s army and the Rapid Support Forces exchanged artillery fire in Khartoum.', 'SDN', 'SDN', '194'],
  // (a passive joined to a later one shares its agent; a crackdown on protesters is violent repression)
  ['A Russian diplomat was detained and beaten by Dutch police in The Hague.', 'NLD', 'RUS', '173'],
  ['The crackdown by Iranian authorities on protesters continued on Sunday.', 'IRN', 'IRN', '175'],
  // (session 15: named news outlets are their country's media; a journalist's employer gives the country; the agency
  // credited in a dateline is no actor, so the protesters still take the one country of the sentence)
  ['Russia banned the BBC and blocked access to its website on Friday.', 'RUS', 'GBR', '172'],
  ['Egypt arrested three journalists working for Al Jazeera.', 'EGY', 'QAT', '173'],
  ['A Moscow court sentenced Evan Gershkovich, a reporter for The Wall Street Journal, to 16 years in prison.', 'RUS', 'USA', '116'],
  ['BELGRADE, March 15 (Reuters) - Tens of thousands of protesters rallied in Belgrade against the government.', 'SRB', 'SRB', '141'],
  // (people and groups added: the head of Wagner, the RSF's commander, the Polisario Front)
  ['Prigozhin accused Russia\'s defence ministry of attacking his fighters.', 'RUS', 'RUS', '112'],
  ['Hemedti accused the army of attacking RSF positions in Khartoum.', 'SDN', 'SDN', '1123'],
  ['The Polisario Front accused Morocco of violating the ceasefire.', 'ESH', 'MAR', '1123'],
  // (armed men marching on a capital show force; protesters marching on a parliament protest)
  ['Tigrayan forces were marching on Addis Ababa.', 'ETH', 'ETH', '152'],
  ['Thousands of protesters marched on parliament in Tbilisi.', 'GEO', 'GEO', '141'],
  // (repair infinitive-subject-list: the names after the object's comma are objects, not the infinitive's subjects)
  ['BRICS leaders invited Saudi Arabia, Iran and Egypt to join the bloc.', 'IGOBRC', 'EGY', '050'],
  // (repair hyphen-participle-object: "US-made" is an adjective of the missiles, which are what was fired)
  ['Ukraine fired US-made ATACMS missiles into Russian territory for the first time.', 'UKR', 'RUS', '195'],
  // (the Black Sea Fleet is Russia's navy, and "Fleet" before "in Sevastopol" no English town)
  ['Ukrainian naval drones attacked Russia\'s Black Sea Fleet in Sevastopol.', 'UKR', 'RUS', '1952'],
  // (a required modifier is not a word of a phrase someone owns: strikes on Iran's nuclear sites are no nuclear strikes)
  ['Israel launched strikes on Iran\'s nuclear facilities and killed senior military commanders.', 'ISR', 'IRN', '190'],
  // (the separatist "people's republics" of eastern Ukraine are groups, not the word "people")
  ['Putin recognised the independence of the Donetsk People\'s Republic.', 'RUS', 'UKR', '054'],
  // (root-participle: a past form with an object, hung on the noun of the root's prepositional phrase, is the verb)
  ['An Israeli air strike on Beirut\'s southern suburbs killed Hezbollah leader Hassan Nasrallah.', 'ISR', 'LBN', '186'],
  // (leaders of an organisation named before a carrier noun are the organisation's; retaliation with tariffs is no force;
  // candidate status granted is diplomatic cooperation)
  ['Putin hosted leaders of the BRICS group in Kazan.', 'RUS', 'IGOBRC', '043'],
  ['China retaliated against the United States with tariffs on soybeans.', 'CHN', 'USA', '163'],
  ['The European Union granted candidate status to Ukraine and Moldova.', 'IGOEUR', 'MDA', '050'],
  ['The Rapid Support Forces besieged El Fasher, the last army stronghold in Darfur.', 'SDN', 'SDN', '191'],
  // (repairs time-phrase-object, apposition-clause and relative-object on a misplaced clause; a relative clause whose
  // object is the act names its doer)
  ['Russia attacked Ukraine last March.', 'RUS', 'UKR', '190'],
  ['Abdullah Abdullah, Afghanistan\'s top negotiator, met the Taliban in Doha.', 'AFG', 'AFG', '040'],
  ['Pakistan condemned the attack, which Afghan forces carried out on Tuesday.', 'PAK', 'AFG', '111'],
];

// Session 15: "his" goes back to a person or a title, never to an institution; the men of a group's head are the group.
test('the fighters of a group\'s head are the group', { skip: needModels }, () => {
  const got = codeText('Prigozhin accused Russia\'s defence ministry of attacking his fighters.', { date: '2023-06-20' }).events.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`);
  assert.ok(got.includes('RUSGOV->RUSMILWAG 190'), `got ${got.join(', ')}`);
});

// Session 15: a named party is its country's government or opposition on the article's date (parties.tsv).
test('a named party is in government or opposition by the date', { skip: needModels }, () => {
  for (const [text, date, want] of [
    ['Georgian Dream accused the government of rigging the vote.', '2012-06-01', 'GEOOPP->GEOGOV 112'],
    ['The Awami League accused the Bangladesh Nationalist Party of plotting violence.', '2020-05-12', 'BGDGOV->BGDOPP 112'],
    ['Bangladesh\'s interim government banned the Awami League.', '2025-05-12', 'BGDGOV->BGDOPP 172'],
  ]) {
    const got = codeText(text!, { date }).events.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`);
    assert.ok(got.includes(want!), `${text} (${date})\n  want ${want}, got ${got.join(', ') || 'nothing'}`);
  }
  // "its leaders" after the party named between them and an earlier possessor are the party's, not the country's government
  const thai = codeText('Thailand\'s Constitutional Court dissolved the opposition Move Forward party and banned its leaders from politics.', { date: '2024-08-07' });
  assert.deepEqual(thai.events.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`), ['THAJUD->THAOPP 1722']);
});

// Session 12: an act named by the object of a verb that stops it, hoped for in a purpose clause, or that troops are sent
// to do, is not done.
test('blocked, postponed or hoped-for acts are not coded as done', { skip: needModels }, () => {
  for (const [text, root] of [['Slovakia blocked an EU aid package for Ukraine on Thursday.', '07'], ['The United States postponed talks with China.', '04'],
    ['Hungary stepped aside so that the European Union could open membership talks with Kyiv.', '04'],
    ['Chad deployed 1,000 soldiers and police to Niger\'s Diffa province to help fight Boko Haram insurgents.', '19'],
    ['Poland vetoed a European Union statement criticising Israel\'s settlement policy.', '11'],
    // (session 13: the subject of a passive withholding verb, or of its participle read as an adjective)
    ['Talks between Russia and Ukraine were postponed.', '04'], ['Military cooperation between Russia and Iran was suspended.', '06'],
    ['Russia barred 500 Americans from entering the country.', '19']]) {
    const got = codeText(text, { date: '2024-03-01' }).events.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`);
    assert.ok(!got.some((e) => e.endsWith(` ${root}`) || e.split(' ')[1]!.startsWith(root)), `${text}\n  no ${root} event wanted, got ${got.join(', ')}`);
  }
});

// Session 10: actors are matched on the repaired tree, so a phrase the parse had split keeps its role.
test('actor phrases are read on the repaired parse', { skip: needModels }, () => {
  for (const [text, source, code] of [['Cuban police detained dozens of protesters on Sunday.', 'CUBCOP', '173'], ["Myanmar's military arrested dozens of protesters on Sunday.", 'MMRMIL', '173'],
    // (session 12: two adjacent subjects are one phrase headed by the second)
    ['Myanmar security forces killed more than 100 protesters on Saturday.', 'MMRMIL', '175']]) {
    const events = codeText(text, { date: '2024-03-01' }).events;
    assert.ok(events.some((e) => e.source?.code === source && e.code === code), `${text}\n  want ${source} ${code}, got ${events.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`).join(', ')}`);
  }
});

// Session 11: "..., White House officials said" with "White House" hung on the last noun as its conjunct or apposition.
test("the words before a trailing speaker's noun stay the speaker's", { skip: needModels }, () => {
  for (const text of ['Germany delivered tanks to Poland, Pentagon officials said.', 'Germany delivered tanks to Poland, White House officials said.']) {
    const got = codeText(text, { date: '2024-03-01' }).events.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`);
    assert.deepEqual(got, ['DEU->POL 072'], text);
  }
});

// Session 13: a name given to an act accuses whom it points at or the act's doer; followers are their country's opposition.
test('naming an act a crime or an aggression is an accusation; supporters of a leader are the opposition', { skip: needModels }, () => {
  for (const [date, text, want] of [
    ['2024-03-01', "Greece's coast guard called the ramming of its patrol boat an act of Turkish aggression.", 'GRCMIL->TUR 1123'],
    ['2024-03-01', 'Poland expelled a Russian diplomat, a move the Kremlin dismissed as baseless.', 'RUSGOV->POL 120'],
    ['2023-05-10', 'Hundreds of supporters of Imran Khan clashed with police in Lahore.', 'PAKOPP->PAKCOP 190'],
    ['2021-01-07', 'Thousands of supporters of President Donald Trump stormed the Capitol.', 'USAOPP->USALEG 1454'],
  ]) {
    const got = codeText(text!, { date }).events.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`);
    assert.ok(got.includes(want!), `${text}\n  want ${want}, got ${got.join(', ') || 'nothing'}`);
  }
  // the name is no act of its own, and with no doer to point at there is no accusation
  const named = codeText('Ukraine called the strike on the hospital a war crime.', { date: '2024-03-01' }).events;
  assert.deepEqual(named.map((e) => e.code), [], 'a war crime named, not committed');
  // an alias that is an English word once its accent goes ("Ísland") names no country
  const island = codeText("Russian forces withdrew from Ukraine's Snake Island.", { date: '2024-03-01' }).events;
  assert.deepEqual(island.map((e) => `${e.source?.code}->${e.target?.code}`), ['RUSMIL->UKR']);
});

test('lexicon and coder additions code end to end', { skip: needModels }, () => {
  for (const [text, source, target, code] of ADDITIONS) {
    const events = codeText(text, { date: '2024-03-01' }).events.filter((e) => !e.negated);
    const got = events.map((e) => `${country(e, 'source')}->${country(e, 'target')} ${e.code}`);
    assert.ok(events.some((e) => pair(e, source, target) && e.code === code), `${text}\n  want ${source}->${target} ${code}, got ${got.join(', ') || 'nothing'}`);
  }
});
