// Golden cases for the readers: each input (a fixture file or the examples folder) and the JSON
// snapshot of what `readInputs` yields for it. Shared by the test and the update script.
import { join, relative } from 'node:path';
import { packageRoot } from '../paths.js';
import { readInputs } from './read-inputs.js';

/** Golden case name → input path relative to the package root. */
export const GOLDEN_CASES: Record<string, string> = {
  'broken-lines': 'src/ingest/fixtures/input/broken-lines.jsonl',
  'loose-page': 'src/ingest/fixtures/input/loose-page.txt',
  'fallback-page': 'src/ingest/fixtures/input/fallback-page.html',
  examples: 'examples',
};

/** Path of the expected JSON for a golden case. */
export function expectedPath(name: string): string {
  return join(packageRoot, 'src', 'ingest', 'fixtures', 'expected', `${name}.json`);
}

/** What the readers yield for an input, with origins relative to the package root so snapshots are portable. */
export async function snapshot(input: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of readInputs([join(packageRoot, input)])) {
    if (item.ok) {
      const { id, title, author, published, source, url, origin, text } = item.doc;
      out.push({ id, origin: portable(origin ?? ''), title, author, published, source, url, text });
    } else {
      out.push({ origin: portable(item.origin), error: item.error });
    }
  }
  return out;
}

function portable(origin: string): string {
  return origin.startsWith(packageRoot) ? relative(packageRoot, origin).split('\\').join('/') : origin;
}
