import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { EventRecord } from '../model/index.js';
import { packageRoot } from '../paths.js';
import { writeEvents } from './index.js';

/** The golden-file folder of the export writers (in the source tree, not dist/). */
export const fixturesDir: string = join(packageRoot, 'src', 'export', 'fixtures');

/** The formats with a golden file, and the file each is compared with. */
export const goldenFiles: Record<string, string> = {
  jsonl: 'events.out.jsonl',
  csv: 'events.csv',
  tsv: 'events.tsv',
  plover: 'events.plover.jsonl',
  phoenix: 'events.phoenix.tsv',
  gdelt: 'events.gdelt.tsv',
};

/** The fixture input events. */
export function readFixtureEvents(): EventRecord[] {
  return readFileSync(join(fixturesDir, 'events.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as EventRecord);
}

/** Renders the fixture events in a format, as a string. */
export async function renderFixture(format: string): Promise<string> {
  let text = '';
  const sink = { write: (chunk: string) => { text += chunk; return true; }, once: () => sink } as unknown as Writable;
  await writeEvents(readFixtureEvents(), format, sink);
  return text;
}

/** Rewrites every golden file from the current writers (review the diff before committing). */
export async function updateFixtures(): Promise<string[]> {
  const written: string[] = [];
  for (const [format, file] of Object.entries(goldenFiles)) {
    writeFileSync(join(fixturesDir, file), await renderFixture(format));
    written.push(join(fixturesDir, file));
  }
  return written;
}
