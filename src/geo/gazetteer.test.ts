import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { foldName, dropArticle } from './fold.js';
import { loadGazetteer, parseGazetteer } from './gazetteer.js';

const gaz = loadGazetteer();
const lookup = (name: string) => gaz.byKey.get(foldName(name)) ?? [];

test('foldName removes accents, case, apostrophes and hyphens', () => {
  assert.equal(foldName('Kandahār'), 'kandahar');
  assert.equal(foldName('MAZAR-I-SHARIF'), 'mazar i sharif');
  assert.equal(foldName('Ta‘izz'), 'taizz');
  assert.equal(foldName('St. Petersburg'), 'st petersburg');
  assert.equal(foldName('Łódź'), 'lodz');
  assert.equal(dropArticle('al hasakah'), 'hasakah');
  assert.equal(dropArticle('kabul'), null);
});

test('every row has a known kind, valid coordinates and at least one key', () => {
  assert.ok(gaz.places.length > 20000, `only ${gaz.places.length} places`);
  for (const p of gaz.places) {
    assert.ok(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, `${p.id} at ${p.lat},${p.lon}`);
    assert.ok(['city', 'admin1', 'country', 'region'].includes(p.kind), p.id);
  }
  const keyed = new Set([...gaz.byKey.values()].flat());
  assert.equal(keyed.size, gaz.places.length);
});

test('exonyms and transliterations meet on the same place', () => {
  const same = (a: string, b: string, country: string) => {
    const pa = lookup(a).find((p) => p.country === country && p.kind === 'city');
    const pb = lookup(b).find((p) => p.country === country && p.kind === 'city');
    assert.ok(pa && pb, `${a} / ${b} missing`);
    assert.equal(pa.id, pb.id, `${a} and ${b}`);
  };
  same('Kyiv', 'Kiev', 'UKR');
  same('Odesa', 'Odessa', 'UKR');
  same('Mazar-i-Sharif', 'Mazar-e Sharif', 'AFG');
  same('Gaza City', 'Gaza', 'PSE');
  same('Herat', 'Herāt', 'AFG');
  same('Bombay', 'Mumbai', 'IND');
  same('Sanaa', "Sana'a", 'YEM');
});

test('ambiguous names keep every reading', () => {
  const countries = (name: string) => new Set(lookup(name).map((p) => p.country));
  for (const c of ['LBY', 'LBN']) assert.ok(countries('Tripoli').has(c), `Tripoli ${c}`);
  for (const c of ['GEO', 'USA']) assert.ok(countries('Georgia').has(c), `Georgia ${c}`);
  for (const c of ['IND', 'PAK']) assert.ok(countries('Hyderabad').has(c), `Hyderabad ${c}`);
  const kandahar = lookup('Kandahar').map((p) => p.kind);
  assert.ok(kandahar.includes('city') && kandahar.includes('admin1'));
});

test('capitals of every country and every place of 15,000 or more people are kept', () => {
  for (const name of ['Kabul', 'Dushanbe', 'Moscow', 'Tripoli', 'Mogadishu', 'Bamako', 'Washington']) {
    assert.ok(lookup(name).some((p) => p.feature === 'PPLC'), `${name} as a capital`);
  }
  assert.ok(gaz.places.filter((p) => p.kind === 'city' && p.population >= 15000).length > 24000);
});

test('hand-written tables: >= 150 aliases, regions with members, admin1 with points', () => {
  const aliases = readFileSync(dataPath('gazetteer', 'aliases.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.ok(aliases.flatMap((l) => l.split('\t')[3].split('|')).length >= 150);
  const centralAsia = lookup('Central Asia')[0];
  assert.equal(centralAsia.kind, 'region');
  assert.ok(centralAsia.members.includes('TJK'));
  assert.equal(lookup('Donbas')[0].country, 'UKR');
  const helmand = lookup('Helmand').find((p) => p.kind === 'admin1');
  assert.ok(helmand && helmand.lat > 29 && helmand.lat < 33, 'Helmand point in Helmand');
  assert.ok(gaz.places.filter((p) => p.kind === 'admin1').length >= 250);
});

test('demonyms map to countries, hand-listed ones first', () => {
  assert.equal(gaz.demonyms.get('tajik'), 'TJK');
  assert.equal(gaz.demonyms.get('afghan'), 'AFG');
  assert.equal(gaz.demonyms.get('indian'), 'IND');
});

test('parseGazetteer skips a bad row and names file and line', () => {
  const problems: string[] = [];
  const g = parseGazetteer('#id\tkind\nx:1\tcity\tA\tAAA\t\t10\t20\t5\tPPL\ta\t\t\nx:2\tplanet\tB\tBBB\t\t1\t2\t0\tPPL\tb\t\t\nx:3\tcity\tC\tCCC\t\t95\t2\t0\tPPL\tc\t\t\n', 'test.tsv', (m) => problems.push(m));
  assert.equal(g.places.length, 1);
  assert.deepEqual(problems.map((p) => p.split(':').slice(0, 2).join(':')), ['test.tsv:3', 'test.tsv:4']);
  assert.equal(g.byKey.get('a')?.[0].name, 'A');
});
