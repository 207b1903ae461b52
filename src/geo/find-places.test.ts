import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNlp } from '../nlp/index.js';
import type { EventRecord, ParsedSentence } from '../model/index.js';
import { findDocumentPlaces, findPlaces, loadGazetteer, locateEvents, documentPlaces } from './index.js';

const gaz = loadGazetteer();
const nlp = loadNlp();
const places = (text: string) => findDocumentPlaces(nlp.parse(text), gaz).flat();

test('datelines, locative names, borders and directions are found', () => {
  const found = places('KABUL — Fighters attacked a post in Kandahar province and clashed along the Tajik-Afghan border and in northern Afghanistan.');
  const by = new Map(found.map((m) => [m.text, m]));
  assert.equal(by.get('KABUL')?.rule, 'dateline');
  assert.equal(by.get('KABUL')?.chosen?.precision, 'city');
  assert.equal(by.get('Kandahar')?.chosen?.precision, 'admin1');
  assert.equal(by.get('Tajik-Afghan border')?.chosen?.country, 'TJK');
  assert.equal(by.get('Tajik-Afghan border')?.chosen?.precision, 'region');
  assert.equal(by.get('northern Afghanistan')?.chosen?.precision, 'region');
  assert.equal(by.get('northern Afghanistan')?.chosen?.country, 'AFG');
});

test('names used as actors are not places', () => {
  assert.deepEqual(places('Russia warned Washington on Monday.').map((m) => m.text), []);
  assert.deepEqual(places('The Russian ambassador to Afghanistan spoke.').map((m) => m.text), []);
  // the last word of a longer name before "in PLACE" is no place of its own (Fleet is also a town in England)
  assert.ok(!places('Ukrainian drones attacked the Black Sea Fleet in Sevastopol.').some((m) => m.text === 'Fleet'));
  // "besieged" before a name is skipped as an adjective ("the besieged city of ..."), not when it is the verb
  assert.deepEqual(places('The RSF besieged El Fasher.').map((m) => m.text), ['El Fasher']);
});

test('the document decides between readings of an ambiguous name', () => {
  assert.equal(places('Jets struck Hezbollah positions in Lebanon. Later, gunmen clashed in Tripoli.').at(-1)?.chosen?.country, 'LBN');
  assert.equal(places('Libyan militias mobilised in Tripoli.')[0].chosen?.country, 'LBY');
  assert.equal(places('A tornado hit Paris, Texas, on Monday.')[0].chosen?.admin1, 'Texas');
  assert.equal(places('Police made arrests in Paris on Monday.')[0].chosen?.country, 'FRA');
});

test('actor countries passed as context sway the choice', () => {
  const s = nlp.parse('Rangers raided a hideout in Hyderabad.')[0];
  assert.equal(findPlaces(s, gaz, { countries: [] })[0].chosen?.country, 'IND');
  assert.equal(findPlaces(s, gaz, { countries: ['PAK'] })[0].chosen?.country, 'PAK');
});

function event(sentence: ParsedSentence, predicate: number): EventRecord {
  return {
    id: `e${sentence.index}-${predicate}`, docId: 'd', sentence: { index: sentence.index, text: sentence.text }, date: null,
    source: null, target: null, code: '190', root: '19', name: 'test', quadClass: 4, goldstein: -10, plover: null, negated: false, location: null,
    evidence: { predicate: { start: predicate, end: predicate + 1, text: sentence.tokens[predicate].text }, source: null, target: null, lexicon: 'test', dictionary: [] },
  };
}

test('locateEvents: attached place, then sentence place, then dateline, else null', () => {
  const sentences = nlp.parse('HERAT — Police said on Monday that fighters attacked a checkpoint in Kunduz. Officials met. Negotiators will talk.');
  const attackedAt = sentences[0].tokens.findIndex((t) => t.text === 'attacked');
  const saidAt = sentences[0].tokens.findIndex((t) => t.text === 'said');
  const [a, b, c] = locateEvents(sentences, [event(sentences[0], attackedAt), event(sentences[0], saidAt), event(sentences[1], 1)], { gazetteer: gaz });
  assert.equal(a.location?.name, 'Kunduz');
  assert.match(a.location?.evidence.rule ?? '', /attached to predicate/);
  assert.equal(b.location?.name, 'Kunduz');
  assert.equal(c.location?.name, 'Herāt');
  assert.match(c.location?.evidence.rule ?? '', /dateline/);
  const none = nlp.parse('Officials met on Monday. Negotiators will talk.');
  assert.equal(locateEvents(none, [event(none[1], 0)], { gazetteer: gaz })[0].location, null);
});

test('locateEvents never invents a location from actor countries alone', () => {
  const s = nlp.parse('Russian officials criticised the plan.');
  const e = { ...event(s[0], 2), source: { code: 'RUSGOV', text: 'Russian officials', country: 'RUS', roles: ['GOV'] } };
  assert.equal(locateEvents(s, [e], { gazetteer: gaz })[0].location, null);
});

test('documentPlaces counts places, most mentioned first', () => {
  const r = documentPlaces(nlp.parse('Fighting raged in Kunduz. Refugees fled Kunduz to Kabul. More arrived in Kunduz.'), gaz);
  assert.equal(r[0].name, 'Kunduz');
  assert.equal(r[0].count, 3);
  assert.equal(r[0].country, 'AFG');
  assert.ok(r.some((p) => p.name === 'Kabul' && p.count === 1));
});
