import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from './index.js';
import { openStore, type Store } from '../store/index.js';
import { makeDocument, makeItem } from '../store/test-factory.js';
import { packageRoot } from '../paths.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `needs Debian's chromium at ${CHROMIUM} (apt-get install -y chromium)`;

let store: Store;
let app: FastifyInstance;
let browser: Browser;
let base: string;

const hostile = 'Afghanistan accused Russia of <script>window.__xss=1</script> lies <img src=x onerror="window.__xss=2">.';

before(async () => {
  if (skip) return;
  store = await openStore(':memory:');
  const items = [];
  // Twelve months of a Russia-Afghanistan dyad plus some background pairs.
  for (let m = 1; m <= 12; m++) {
    const month = String(m).padStart(2, '0');
    const doc = makeDocument(`m${m}`, { published: `2024-${month}-10`, text: `Russia visited Afghanistan today. ${hostile}` });
    items.push(makeItem(doc, [
      { sentence: 0, source: 'RUSGOV', target: 'AFGGOV', code: '042', quadClass: 1, goldstein: 1.9, text: 'Russia visited Afghanistan today.' },
      { sentence: 1, source: 'AFGGOV', target: 'RUSGOV', code: '112', quadClass: 3, goldstein: -2, text: hostile, predicate: 1 },
      ...(m % 3 === 0 ? [{ sentence: 0, source: 'USAGOV', target: 'CHNGOV', code: '036', quadClass: 1 as const, goldstein: 4 }] : []),
    ]));
  }
  await store.saveBatch(items);
  app = await buildApp({ store });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
});

test('dashboard: pick a dyad, click a bar, open a sentence with its highlights', { skip, timeout: 60_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(await page.textContent('#stats') ?? '', /28 events in 12 documents/);
  await page.fill('#actor-a', 'RUSGOV');
  await page.fill('#actor-b', 'AFGGOV');
  await page.selectOption('#interval', 'month');
  await page.click('#show-dyad');
  await page.waitForSelector('#timeline g[data-period="2024-03"]');
  assert.equal(await page.locator('#timeline g[data-period]').count(), 12);
  await page.click('#timeline g[data-period="2024-03"] rect:last-of-type');
  await page.waitForFunction(() => document.querySelector('#events-caption')?.textContent?.includes('2024-03-01'));
  const rows = page.locator('#events tbody tr');
  assert.equal(await rows.count(), 2);
  // Keyboard path: focus the conflict row and press Enter.
  const conflictRow = rows.filter({ hasText: '112' });
  await conflictRow.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#event-sentence mark.pred');
  assert.equal(await page.textContent('#event-sentence mark.src'), 'Afghanistan');
  assert.equal(await page.textContent('#event-sentence mark.pred'), 'accused');
  assert.equal(await page.textContent('#event-sentence mark.tgt'), 'Russia');
  // Hostile article text shows as text: no element was created and nothing ran.
  const sentence = await page.textContent('#event-sentence');
  assert.ok(sentence?.includes('<script>window.__xss=1</script>'));
  assert.ok(sentence?.includes('onerror='));
  assert.equal(await page.locator('#document script, #document img').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
  // The map drew the located events (the factory puts 042 events in Moscow).
  assert.ok(await page.locator('#map circle.dot').count() >= 1);
  assert.deepEqual(errors, []);
  const dir = join(packageRoot, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'dashboard.png'), fullPage: true });
  await page.close();
});

test('dashboard: clicking a network node filters the table to that actor', { skip, timeout: 60_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#network g.node[data-actor="USAGOV"] circle');
  await page.waitForFunction(() => document.querySelector('#events-caption')?.textContent?.includes('USAGOV'));
  const codes = await page.locator('#events tbody tr td:nth-child(2)').allTextContents();
  assert.deepEqual(codes, ['USAGOV', 'USAGOV', 'USAGOV', 'USAGOV']);
  await page.close();
});

test('dashboard: a map dot lists every stored event at that place; the form filters by place', { skip, timeout: 60_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#map circle.dot');
  await page.click('#map circle.dot');
  await page.waitForFunction(() => document.querySelector('#events-caption')?.textContent?.includes('located in Moscow, RUS'));
  const codes = await page.locator('#events tbody tr td:nth-child(3)').allTextContents();
  assert.equal(codes.length, 12, 'the twelve visits located in Moscow');
  assert.ok(codes.every((c) => c.includes('042')), codes.join(' | '));
  assert.equal(await page.inputValue('#filter-form input[name="place"]'), 'Moscow');
  await page.fill('#filter-form input[name="place"]', 'moscow');
  await page.fill('#filter-form input[name="placeCountry"]', 'usa');
  await page.click('#filter-form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#events-caption')?.textContent?.startsWith('0 events'));
  await page.close();
});
