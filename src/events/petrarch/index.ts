/** PETRARCH compatibility: verb/discard/issue/ontology readers, the PETRARCH-semantics coder and validation. */
export { readPetrarchVerbs, verbForms, type VerbDictionary, type VerbPattern, type VerbEntry, type VerbBlock, type PatternItem } from './read-verbs.js';
export { readOntology, readDiscards, readIssues, codeIssues, discardMatches, type CodingOntology, type DiscardEntry, type IssueDictionary, type IssueEntry } from './read-other.js';
export { codePetrarchSentence, combineCodes, normalizeCode, type PetrarchDictionaries, type PetrarchEvent, type PetrarchOptions } from './coder.js';
export { loadPetrarch, loadPetrarchDirectory, findPetrarchFiles, type LoadedPetrarch, type PetrarchFiles } from './load.js';
export { readValidationRecords, type ValidationRecord, type ValidationFile, type ExpectedEvent } from './records.js';
export { runValidation, codeRecord, scoreRecord, summarize, type RecordResult, type ValidationSummary } from './validate.js';
export { codeWithPetrarch, toEventRecord, type PetrarchTextOptions } from './to-records.js';
