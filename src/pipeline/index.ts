/**
 * The pipeline: raw text or a Document → sentences → parses → actors (with carry-over) → events.
 * Models, dictionaries and the lexicon load once per process. One bad sentence never stops a document:
 * it is skipped with a diagnostic.
 */
import { shortId, type ActorMention, type Document, type EventRecord, type ParsedSentence } from '../model/index.js';
import { loadNlp, segment, type Nlp } from '../nlp/index.js';
import { loadActorDictionary, matchActors, ofPlaceAfter, resolveDocumentActors, type ActorDictionary } from '../actors/index.js';
import { repairTree } from '../events/repair.js';
import { codeSentence, loadLexicon, type Lexicon, type PredicateTrace } from '../events/index.js';
import {
  documentPlaces, findDocumentPlaces, loadGazetteer, locateEvents, sentenceCountries, type DocumentPlace, type Gazetteer, type PlaceMention,
} from '../geo/index.js';

/** What coding a text produces: its parsed sentences, the events, and what went wrong on the way. */
export interface CodingResult {
  sentences: ParsedSentence[];
  events: EventRecord[];
  diagnostics: string[];
  /** The document's main places, most mentioned first. */
  places: DocumentPlace[];
  /** Actor mentions per sentence (carried-over ones included), for explain and debugging. */
  mentions?: ActorMention[][];
  /** Per sentence, what the coder considered (only with `trace: true`). */
  traces?: PredicateTrace[][];
  /** Per sentence, the parser repairs made before coding (only with `trace: true`). */
  repairs?: string[][];
}

/** Options of {@link codeText}. */
export interface CodeTextOptions {
  /** Document date (ISO): the default event date and the anchor of "on Wednesday". */
  date?: string | null;
  /** Document id put on every event; defaults to a hash of the text. */
  docId?: string;
  /** Keep the coder's per-predicate trace (for `dyad explain`). */
  trace?: boolean;
  /** Code two-sided events in one direction (default) or both. */
  reciprocal?: 'one' | 'both';
  /** When given, the milliseconds spent in each stage are added to it (for `npm run bench`). */
  timings?: StageTimings;
}

/** Milliseconds spent per pipeline stage: segmenting and parsing, actors (places included), the coder, geocoding. */
export interface StageTimings {
  nlp: number;
  actors: number;
  coder: number;
  geo: number;
}

/** The loaded models, dictionaries and lexicon the pipeline runs with. */
export interface PipelineResources {
  nlp: Nlp;
  dictionary: ActorDictionary;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
}

let resources: PipelineResources | undefined;

/**
 * Loads (once) the parser models, the actor dictionary and the event lexicon from data/. The first
 * call decides: `modelDir` (e.g. from a `--models` option) replaces data/models/.
 */
export function loadPipeline(options: { modelDir?: string } = {}): PipelineResources {
  resources ??= {
    nlp: loadNlp(options.modelDir),
    dictionary: loadActorDictionary(),
    lexicon: loadLexicon(),
    gazetteer: loadGazetteer(),
  };
  return resources;
}

// Longer "sentences" are almost always tables or run-on boilerplate; parsing them costs much and codes little.
const MAX_TOKENS = 150;

/** Codes plain text (an article body): every event of every sentence, with the diagnostics of what was skipped. */
export function codeText(text: string, options: CodeTextOptions = {}): CodingResult {
  const { nlp } = loadPipeline();
  const date = options.date ?? null;
  const docId = options.docId ?? shortId(text);
  const diagnostics: string[] = [];
  const sentences: ParsedSentence[] = [];
  const timings = options.timings;
  let mark = timings ? performance.now() : 0;
  const lap = (stage: keyof StageTimings): void => {
    if (!timings) return;
    const now = performance.now();
    timings[stage] += now - mark;
    mark = now;
  };
  for (const s of safeSegment(text, docId, diagnostics)) {
    if (s.tokens.length > MAX_TOKENS) {
      diagnostics.push(`${docId}: sentence ${s.index} skipped: ${s.tokens.length} tokens (more than ${MAX_TOKENS})`);
      continue;
    }
    try {
      sentences.push(nlp.parseSentence(s));
    } catch (err) {
      diagnostics.push(`${docId}: sentence ${s.index} skipped: parser failed (${(err as Error).message})`);
    }
  }
  lap('nlp');
  const coded = codeParsed(sentences, { ...options, docId, date }, lap);
  return { ...coded, diagnostics: [...diagnostics, ...coded.diagnostics] };
}

/**
 * Codes sentences already parsed (the second half of {@link codeText}): actors with carry-over and places,
 * the coder, geolocation. `lap` is told when each stage ends (for the timings).
 */
export function codeParsed(
  sentences: ParsedSentence[],
  options: Omit<CodeTextOptions, 'timings' | 'docId'> & { docId: string },
  lap: (stage: keyof StageTimings) => void = () => {},
): CodingResult {
  const { dictionary, lexicon, gazetteer } = loadPipeline();
  const { docId } = options;
  const date = options.date ?? null;
  // the parser's trees, returned as they are; the stages below read them with the parse repairs made
  const parsed = sentences;
  const trees = sentences.map((s) => repairTree(s));
  sentences = trees.map((t) => t.sentence);
  const diagnostics: string[] = [];
  const mentions = findMentions(sentences, dictionary, gazetteer, date, docId, diagnostics);
  let places: PlaceMention[][] = [];
  try {
    places = findDocumentPlaces(sentences, gazetteer);
  } catch (err) {
    // A place the resolver cannot handle must not cost the document its events.
    diagnostics.push(`${docId}: places not found: ${(err as Error).message}`);
  }
  addPlaceActors(sentences, mentions, places);
  lap('actors');
  const events: EventRecord[] = [];
  const traces: PredicateTrace[][] = [];
  const repairs: string[][] = [];
  sentences.forEach((s, k) => {
    const coded = codeSentence(s, mentions[k] ?? [], lexicon, { docId, date, reciprocal: options.reciprocal, trace: options.trace, treeRepairs: trees[k]!.repairs });
    events.push(...coded.events);
    diagnostics.push(...coded.diagnostics.map((d) => `${docId}: ${d}`));
    if (options.trace) {
      traces.push(coded.trace);
      repairs.push(coded.repairs);
    }
  });
  lap('coder');
  let located = events;
  let main: DocumentPlace[] = [];
  try {
    located = locateEvents(sentences, events, { gazetteer });
    main = documentPlaces(sentences, gazetteer, places);
  } catch (err) {
    // A place the resolver cannot handle must not cost the document its events.
    diagnostics.push(`${docId}: events not geolocated: ${(err as Error).message}`);
  }
  lap('geo');
  return { sentences: parsed, events: located, diagnostics, places: main, mentions, ...(options.trace ? { traces, repairs } : {}) };
}

/** Codes a Document (as ingest produces it): its body, its date, its id on every event. */
export function codeDocument(doc: Document, options: Omit<CodeTextOptions, 'docId'> = {}): CodingResult {
  return codeText(doc.text, { ...options, docId: doc.id, date: options.date ?? doc.published });
}

function safeSegment(text: string, docId: string, diagnostics: string[]): ReturnType<typeof segment> {
  try {
    return segment(text);
  } catch (err) {
    diagnostics.push(`${docId}: not segmented: ${(err as Error).message}`);
    return [];
  }
}

/**
 * Towns and provinces the actor dictionaries do not know stand for their country where an actor is
 * needed ("shelled Kharkiv" → UKR): a place the geocoder resolves, in a country, that no actor
 * mention covers. Datelines are not actors.
 */
function addPlaceActors(sentences: ParsedSentence[], mentions: ActorMention[][], places: PlaceMention[][]): void {
  sentences.forEach((s, k) => {
    const own = mentions[k] ?? (mentions[k] = []);
    for (const p of places[k] ?? []) {
      const c = p.chosen;
      if (!c?.country || p.rule === 'dateline' || p.rule === 'border' || own.some((m) => m.start < p.end && p.start < m.end)) continue;
      let head = p.end - 1;
      for (let t = p.start; t < p.end; t++) if (s.tokens[t]!.head < p.start || s.tokens[t]!.head >= p.end) head = t;
      own.push({ code: c.country, text: p.text, country: c.country, roles: [], group: null, sentence: s.index, start: p.start, end: p.end, head, entries: [`place:${c.id}`], carried: false });
    }
    own.sort((a, b) => a.start - b.start || a.head - b.head);
    // "400 civilians in Bucha": people take the country of the place after them, a gazetteer place too (over
    // the document's salient country that carry-over gave them for want of one)
    for (let i = own.length - 1; i >= 0; i--) {
      const m = own[i]!;
      const guessed = m.entries.includes('carry:salient-country');
      const placed = ofPlaceAfter(s, guessed ? { ...m, code: m.roles.join(''), country: null, entries: m.entries.filter((e) => e !== 'carry:salient-country') } : m, own);
      if (placed.length) own.splice(i, 1, ...placed);
    }
  });
}

function findMentions(
  sentences: ParsedSentence[],
  dict: ActorDictionary,
  gazetteer: Gazetteer,
  date: string | null,
  docId: string,
  diagnostics: string[],
): ActorMention[][] {
  try {
    // places the actor dictionaries do not know ("in Kunduz") still say whose officials or civilians are meant
    return resolveDocumentActors(sentences, dict, date, (s) => sentenceCountries(s, gazetteer));
  } catch (err) {
    // Carry-over failed on this document: fall back to plain per-sentence matching.
    diagnostics.push(`${docId}: actor carry-over failed (${(err as Error).message}); matching sentence by sentence`);
    return sentences.map((s) => {
      try {
        return matchActors(s, dict, date);
      } catch (e) {
        diagnostics.push(`${docId}: sentence ${s.index}: actor matching failed (${(e as Error).message})`);
        return [];
      }
    });
  }
}

export { evaluateGold } from './evaluate.js';
export type { GoldEvaluation, GoldComparison } from './evaluate.js';
