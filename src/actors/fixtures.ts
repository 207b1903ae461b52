import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { ParsedSentence } from '../model/parse.js';
import { buildSentence } from './build-sentence.js';
import { loadActorDictionary } from './load.js';
import { matchActors } from './match.js';
import { parsePhrase } from './phrase.js';

/** One golden case: the input line and the mentions it must give (entry ids left out: they churn). */
export interface ActorFixtureCase {
  input: string;
  date: string | null;
  mentions: { code: string; text: string; head: number; start: number; end: number }[];
}

/** The golden files of the matcher: where they are and how to recompute them. */
export function actorFixtures(set: 'phrases' | 'sentences'): { inputPath: string; expectedPath: string; compute: () => ActorFixtureCase[] } {
  const dir = join(packageRoot, 'src', 'actors', 'fixtures');
  const inputPath = join(dir, `${set}.txt`);
  const expectedPath = join(dir, `${set}.json`);
  const compute = (): ActorFixtureCase[] => {
    const dict = loadActorDictionary();
    const cases: ActorFixtureCase[] = [];
    for (const line of readFileSync(inputPath, 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      const date = tab > 0 ? line.slice(0, tab) : null;
      const input = tab > 0 ? line.slice(tab + 1) : line;
      const sentence: ParsedSentence = set === 'phrases' ? parsePhrase(input) : buildSentence(input);
      const mentions = matchActors(sentence, dict, date).map(({ code, text, head, start, end }) => ({ code, text, head, start, end }));
      cases.push({ input, date, mentions });
    }
    return cases;
  };
  return { inputPath, expectedPath, compute };
}
