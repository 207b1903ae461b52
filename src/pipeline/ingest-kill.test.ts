import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageRoot } from '../paths.js';
import { openStore } from '../store/index.js';
import { syntheticFiles } from './ingest-corpus.js';

const bin = join(packageRoot, 'bin', 'dyad.js');
const coderReady = existsSync(join(packageRoot, 'dist', 'src', 'pipeline', 'index.js'))
  ? false
  : "needs the coder's codeDocument (src/pipeline/index.ts), not built yet";

/** The test corpus as files in a folder. */
function writeCorpus(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (const f of syntheticFiles(n, 4)) writeFileSync(join(dir, f.name), f.content);
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `dyad ingest`; with `killAfterProgress`, sends SIGKILL once a progress line shows stored documents. */
function ingest(dir: string, db: string, killAfterProgress: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'ingest', dir, '--db', db, '--batch', '4', '--progress-interval', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (killAfterProgress && /ingest: \d+ read, [1-9]\d* stored/.test(stderr)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

async function contents(db: string): Promise<{ documents: number; ids: string[]; events: string[] }> {
  const store = await openStore(db);
  try {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.listDocuments({ limit: 1000, cursor });
      ids.push(...page.items.map((d) => d.id));
      cursor = page.next;
    } while (cursor);
    const events: string[] = [];
    cursor = null;
    do {
      const page = await store.queryEvents({ limit: 1000, cursor });
      events.push(...page.items.map((e) => e.id));
      cursor = page.next;
    } while (cursor);
    return { documents: (await store.stats()).documents, ids: ids.sort(), events: events.sort() };
  } finally {
    await store.close();
  }
}

test('ingest killed with SIGKILL mid-run and run again stores every document exactly once', { skip: coderReady, timeout: 240_000 }, async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dyad-kill-'));
  try {
    const corpus = join(tmp, 'corpus');
    const N = 60;
    writeCorpus(corpus, N);
    const killedDb = join(tmp, 'killed.sqlite');
    const first = await ingest(corpus, killedDb, true);
    assert.equal(first.signal, 'SIGKILL', `the first run should have been killed mid-run; stderr:\n${first.stderr}`);
    const partial = await contents(killedDb);
    assert.ok(partial.documents < N, `the kill came after ${partial.documents} of ${N} documents: too late to test resumption`);
    const second = await ingest(corpus, killedDb, false);
    assert.equal(second.code, 0, `the resumed run failed; stderr:\n${second.stderr}`);
    assert.match(second.stderr, new RegExp(`already stored +${partial.documents}\\b`));
    const resumed = await contents(killedDb);
    assert.equal(resumed.documents, N);
    assert.equal(new Set(resumed.ids).size, N);
    const cleanDb = join(tmp, 'clean.sqlite');
    const clean = await ingest(corpus, cleanDb, false);
    assert.equal(clean.code, 0, clean.stderr);
    assert.deepEqual(resumed, await contents(cleanDb), 'a killed-and-resumed run ends with the same documents and events as a clean one');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
