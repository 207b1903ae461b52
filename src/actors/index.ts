/** Actors stage: dictionaries (dyad format, people.tsv), the noun-phrase matcher and carry-over. */
export type { ActorDictionary, DictEntry, DictForm, EntryKind, SourceRef } from './dictionary.js';
export { createDictionary, addEntry, addForm, validOn } from './dictionary.js';
export { loadActorDictionary, dictionaryWarnings } from './load.js';
export { DictionaryError, loadDyadText } from './load-dyad.js';
export { loadDatedTsv } from './load-tsv.js';
export { decomposeCode, ROLE_CODES, CLASS_CODES } from './codes.js';
export { normalizeKey } from './normalize.js';
export { matchActors } from './match.js';
export { ofCountry, ofPlaceAfter, resolveDocumentActors } from './carry-over.js';
export { findUnknownPhrases, UnknownPhraseCounter, type UnknownPhrase } from './unknown.js';
export type { Atom } from './match.js';
export { parsePhrase } from './phrase.js';
export { readPetrarchActors, readPetrarchAgents, pluralOf, phraseWords, isoDate, type ReadProblem } from './petrarch/index.js';
