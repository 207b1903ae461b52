import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, sharedPath } from '../paths.js';
import { needShared } from '../testing.js';
import { extractFromPlainText, readInputs } from './index.js';

test('seed page: title, author, date, and a body without masthead, bio, e-mail or "Go Top"', { skip: needShared('seed', '000_2b20c19e62ffadbc.txt') }, async () => {
  const items = [];
  for await (const item of readInputs([sharedPath('seed', '000_2b20c19e62ffadbc.txt')])) items.push(item);
  assert.equal(items.length, 1);
  const item = items[0];
  assert.ok(item.ok);
  const doc = item.doc;
  assert.equal(doc.title, 'Kabul-Moscow Growing Security Cooperation');
  assert.equal(doc.author, 'Abdul Ahad Bahrami');
  assert.equal(doc.published, '2022-01-22');
  assert.equal(doc.source, 'Daily Outlook Afghanistan');
  for (const banned of ['Editor in Chief', 'Go Top', '@', 'permanent writer', 'Kabul-Moscow Growing Security Cooperation']) {
    assert.ok(!doc.text.includes(banned), `body contains ${JSON.stringify(banned)}`);
  }
  assert.match(doc.text, /^With intensification of war and violence in Afghanistan/);
  assert.match(doc.text, /strengthen the Afghan security forces\.$/);
});

test('own loose page: labelled masthead, repeated title, bio with e-mail, "Go Top"', () => {
  const page = readFileSync(join(packageRoot, 'examples', 'text', '2024-09-14-dushanbe-bishkek-border-talks.txt'), 'utf8');
  const a = extractFromPlainText(page);
  assert.equal(a.title, 'Dushanbe and Bishkek Return to the Border Table');
  assert.equal(a.author, 'Rustam Saidov');
  assert.equal(a.published, '2024-09-14');
  assert.equal(a.source, 'Pamir Daily Review');
  assert.match(a.text, /^Tajik and Kyrgyz officials resumed talks/);
  for (const banned of ['Editor in Chief', 'Go Top', '@', 'permanent writer']) assert.ok(!a.text.includes(banned), banned);
});

test('own loose page: "Outlet | date" masthead, "Print", columnist bio, "Back to top"', () => {
  const page = readFileSync(join(packageRoot, 'examples', 'text', '2025-02-03-tashkent-aid-pledge-afghanistan.txt'), 'utf8');
  const a = extractFromPlainText(page);
  assert.equal(a.title, 'Uzbekistan Pledges Power and Wheat as Winter Bites');
  assert.equal(a.author, 'Malalai Hashimi');
  assert.equal(a.published, '2025-02-03');
  assert.equal(a.source, 'The Kabul Review');
  assert.match(a.text, /^Uzbekistan pledged 50,000 tonnes/);
  for (const banned of ['Print', 'Back to top', '@', 'columnist', 'The Kabul Review |']) assert.ok(!a.text.includes(banned), banned);
});

test('byline and date line under a single title', () => {
  const a = extractFromPlainText('Border Post Attacked in Khatlon\nBy Anvar Rahimov\nPublished: 3 November 2024\n\nGunmen attacked a Tajik border post in Khatlon on Saturday, officials said.\nTwo guards were wounded.');
  assert.equal(a.title, 'Border Post Attacked in Khatlon');
  assert.equal(a.author, 'Anvar Rahimov');
  assert.equal(a.published, '2024-11-03');
  assert.equal(a.text, 'Gunmen attacked a Tajik border post in Khatlon on Saturday, officials said.\nTwo guards were wounded.');
});

test('a body that starts with a sentence keeps it and gets no invented title', () => {
  const text = 'Russia delivered helicopters to Afghanistan on Monday, the defence ministry said.\nThe handover took place in Kabul.';
  const a = extractFromPlainText(text);
  assert.equal(a.title, null);
  assert.equal(a.author, null);
  assert.equal(a.text, text);
});

test('a dated sentence in the first line is not taken for a masthead', () => {
  const text = 'On 3 March 2025 Kazakh and Kyrgyz officials met in Almaty to discuss water quotas for the summer.\nThey agreed to meet again.';
  const a = extractFromPlainText(text);
  assert.equal(a.published, null);
  assert.equal(a.text, text);
});

test('known metadata wins over the page and a repeated known title leaves the body', () => {
  const a = extractFromPlainText('Aid Arrives in Kabul\n\nA convoy of aid from Uzbekistan arrived in Kabul on Sunday, carrying flour and fuel.', { title: 'Aid Arrives in Kabul', published: '2025-01-05' });
  assert.equal(a.title, 'Aid Arrives in Kabul');
  assert.equal(a.published, '2025-01-05');
  assert.match(a.text, /^A convoy/);
});

test('e-mail addresses inside body sentences are removed', () => {
  const a = extractFromPlainText('Officials met in Tashkent on Monday to discuss the railway, and questions went to info@ministry.example for a reply from the ministry.');
  assert.ok(!a.text.includes('@'));
  assert.match(a.text, /questions went to for a reply/);
});
