import { getCameoCode } from './codebook.js';
import { loadLexiconFrom, type Lexicon } from './lexicon.js';
import { dataPath } from '../paths.js';

export { codeSentence } from './coder.js';
export { SPEECH_VERBS } from './arguments.js';
export type { CodeContext, SentenceCoding, PredicateTrace, PatternTrial } from './coder.js';
export {
  compileLexicon, compileTemplate, loadLexiconFrom, indexPatterns, comparePatterns, parseSets, LexiconError,
} from './lexicon.js';
export type { Lexicon, EventPattern, PredicateSpec, PhraseSpec, SlotSpec, LexiconSource } from './lexicon.js';
export { composeCode, modalityOf, COMPOSE_TABLE, MODAL_HEADS } from './compose.js';
export type { Modality } from './compose.js';
export { resolveDate, isIsoDate } from './dates.js';
export type { ResolvedDate } from './dates.js';
export { getCameoCode, getCameoCodeOrThrow, listCameoCodes, ploverFor } from './codebook.js';
export type { CameoCode } from './codebook.js';
export { parseTable, parseFixture, splitActorCode } from './parse-table.js';
export type { FixtureDocument, FixtureSentence } from './parse-table.js';

let cached: { lexicon: Lexicon; errors: string[] } | undefined;

/**
 * The event lexicon under data/lexicon, compiled once per process. Bad lines are skipped (one
 * slip in the data must not stop coding); {@link lexiconProblems} lists them as `file:line: why`.
 */
export function loadLexicon(): Lexicon {
  cached ??= loadLexiconFrom(dataPath('lexicon'), (code) => getCameoCode(code) !== undefined, false);
  return cached.lexicon;
}

/** The `file:line` problems found when the lexicon was compiled (empty when clean). */
export function lexiconProblems(): string[] {
  loadLexicon();
  return cached?.errors ?? [];
}
export { scoreEvents, countryOfCode } from './score.js';
export type { ScoredEvent, Prf, EvalSummary } from './score.js';
