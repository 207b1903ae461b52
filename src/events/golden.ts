import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { codeSentence } from './coder.js';
import { getCameoCode } from './codebook.js';
import { loadLexiconFrom, type Lexicon } from './lexicon.js';
import { parseFixture } from './parse-table.js';

/** The coder's golden fixtures folder (in the source tree: fixtures are not compiled). */
export const coderFixtureDir: string = join(packageRoot, 'src', 'events', 'fixtures');

/** The part of an event a golden file pins down: who, what, whom, when, and why. */
export interface GoldenEvent {
  sentence: number;
  predicate: string;
  source: string | null;
  target: string | null;
  code: string;
  negated: boolean;
  date: string | null;
  lexicon: string;
  notes: string[];
}

let lexicon: Lexicon | undefined;

/** The small fixture lexicon under fixtures/lexicon, so golden tests follow the coder and not the data. */
export function loadFixtureLexicon(): Lexicon {
  if (!lexicon) {
    const { lexicon: lex, errors } = loadLexiconFrom(join(coderFixtureDir, 'lexicon'), (c) => getCameoCode(c) !== undefined, false);
    if (errors.length) throw new Error(`fixture lexicon: ${errors.join('; ')}`);
    lexicon = lex;
  }
  return lexicon;
}

/** Names of the coder fixtures (`passive`, `negation`, ...): every `.txt` file of the folder. */
export function listCoderFixtures(): string[] {
  return readdirSync(coderFixtureDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

/** Codes one fixture document with the fixture lexicon and returns its golden view. */
export function runCoderFixture(name: string): GoldenEvent[] {
  const file = join(coderFixtureDir, `${name}.txt`);
  const doc = parseFixture(readFileSync(file, 'utf8'), file);
  const lex = loadFixtureLexicon();
  const out: GoldenEvent[] = [];
  for (const s of doc.sentences) {
    const { events, diagnostics } = codeSentence(s.parsed, s.mentions, lex, { docId: name, date: doc.date, trace: true });
    if (diagnostics.length) throw new Error(`${file}: sentence ${s.parsed.index + 1}: ${diagnostics.join('; ')}`);
    for (const e of events) {
      out.push({
        sentence: e.sentence.index,
        predicate: e.evidence.predicate.text,
        source: e.source?.code ?? null,
        target: e.target?.code ?? null,
        code: e.code,
        negated: e.negated,
        date: e.date,
        lexicon: e.evidence.lexicon,
        notes: e.evidence.notes ?? [],
      });
    }
  }
  return out;
}
