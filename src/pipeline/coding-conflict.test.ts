import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { codeText } from './index.js';

// End to end, roots 11-20 (disapprove ... mass violence): sentences written for these tests (not
// from the gold set) whose events need the lexicon, the dictionaries and the coder's rules together.
const needModels = existsSync(dataPath('models', 'parser.json')) ? false : `needs trained models in ${dataPath('models')} (run npm run train)`;

const CASES: { text: string; events: string[]; why: string }[] = [
  { text: 'Russia held naval drills around Japan on Monday.', events: ['RUS->JPN 150'], why: 'drills near|along|around Y' },
  { text: 'South Korea put its troops on high alert against North Korea.', events: ['KOR->PRK 152'], why: '"against Y" hung on "alert"' },
  { text: 'Armenia deployed 5,000 reservists to its border with Azerbaijan.', events: ['ARM->AZE 154'], why: 'reservists are armed forces; the border names Y' },
  { text: 'Nigerian truck drivers went on strike against the government over fuel costs.', events: ['NGALAB->NGAGOV 143'], why: 'truck drivers are labour' },
  { text: 'Kazakh police detained four Tajik nationals at the border.', events: ['KAZCOP->TJKCVL 173'], why: '"nationals" are civilians' },
  { text: 'Boko Haram gunmen kidnapped 80 schoolgirls from a school in Nigeria.', events: ['NGAINSBKH->NGAEDU 181'], why: 'schoolgirls are education' },
  { text: 'Gunmen kidnapped 80 schoolgirls from a school in Nigeria.', events: [], why: 'attackers known only by their act are nobody\'s (the gold sets code no event)' },
  { text: 'Russian warplanes struck Ukrainian positions near Bakhmut.', events: ['RUSMIL->UKR 195'], why: 'warplanes are military, and force used by aircraft is aerial' },
  { text: 'Militants killed hundreds of villagers in northern Nigeria.', events: ['NGAINS->NGACVL 202'], why: 'hundreds of civilians killed: a mass killing, the victims are the target' },
  { text: 'Militants killed hundreds of villagers in attacks on northern Nigeria.', events: ['NGAINS->NGACVL 180'], why: 'a killing told as attacks stays 180' },
  { text: 'Militants killed 12 villagers in northern Nigeria.', events: ['NGAINS->NGACVL 180'], why: 'twelve victims: no mass killing' },
  { text: 'Sudanese troops killed thousands of civilians in Darfur.', events: ['SDNMIL->SDNCVL 202'], why: 'thousands: mass killing' },
  { text: 'A Turkish drone strike killed three PKK fighters in northern Iraq.', events: ['TUR->TURREBPKK 1952'], why: 'the weapon gives the code' },
  { text: 'Moscow will not release the detained American journalist.', events: ['RUS->USAMED 1243'], why: '"will not" + release: decline to release' },
  { text: 'Venezuela refused to allow UN inspectors into the country.', events: ['VEN->IGOUNO 1245'], why: 'refuse + allow involvement' },
];

test('roots 11-20: lexicon, dictionaries and coder rules end to end', { skip: needModels }, () => {
  const wrong: string[] = [];
  for (const c of CASES) {
    const got = codeText(c.text, { date: '2023-05-10' }).events.filter((e) => !e.negated).map((e) => `${e.source?.code}->${e.target?.code} ${e.code}`);
    if (JSON.stringify(got) !== JSON.stringify(c.events)) wrong.push(`${c.text} (${c.why}): expected ${c.events.join(', ')}, got ${got.join(', ') || 'nothing'}`);
  }
  assert.deepEqual(wrong, []);
});
