import { shortId, type Actor, type Document, type EventRecord, type Location, type ParsedSentence } from '../model/index.js';
import type { BatchItem, CodedWith } from './types.js';

// Synthetic documents and events for store tests, built to be valid contract records.

/** The coding versions used by test items. */
export const TEST_CODED_WITH: CodedWith = { models: 'm1', dictionaries: 'd1', lexicon: 'l1' };

/** An actor from a code like `RUSGOV` (country = first three letters unless the code starts with IGO/IMG). */
export function actor(code: string, text = code): Actor {
  const country = /^(IGO|IMG|NGO|MNC)/.test(code) ? null : code.slice(0, 3);
  const roles = country ? (code.slice(3).match(/.{3}/g) ?? []) : [];
  return { code, text, country, roles };
}

/** A document with `sentences` one-line sentences; its id derives from `key`. */
export function makeDocument(key: string, overrides: Partial<Document> = {}): Document {
  const text = overrides.text ?? `Body of ${key}. Second sentence of ${key}.`;
  return {
    id: shortId(`doc:${key}`),
    text,
    title: `Title ${key}`,
    author: 'A. Writer',
    published: '2024-03-05',
    source: 'Test Wire',
    url: `https://example.org/${key}`,
    origin: `test/${key}.txt`,
    ...overrides,
  };
}

/** Parsed sentences for a document: its text split at '. ', each with one token per word. */
export function makeSentences(doc: Document): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  let start = 0;
  for (const [index, text] of doc.text.split(/(?<=\.) /).entries()) {
    let pos = start;
    const tokens = text.split(' ').map((w, i) => {
      const t = { index: i, text: w, start: pos, end: pos + w.length, spaceAfter: true, upos: 'X' as const, xpos: 'XX', lemma: w.toLowerCase(), head: -1, deprel: 'dep' };
      pos += w.length + 1;
      return t;
    });
    out.push({ index, text, start, end: start + text.length, tokens });
    start += text.length + 1;
  }
  return out;
}

/** Options for a synthetic event. */
export interface EventSpec {
  sentence?: number;
  date?: string | null;
  source?: string | null;
  target?: string | null;
  code?: string;
  quadClass?: 1 | 2 | 3 | 4;
  goldstein?: number;
  negated?: boolean;
  text?: string;
  predicate?: number;
  /** The event's location; by default Moscow for code 042 and none otherwise. */
  location?: Location | null;
}

/** A city location for test events. */
export function place(name: string, country: string | null, lat = 0, lon = 0): Location {
  return { name, country, admin1: null, lat, lon, precision: 'city', evidence: { text: name, sentence: 0, start: 3, end: 4, rule: 'in-place' } };
}

/** A contract-valid event of `doc`; the id hashes what the coder's id would. */
export function makeEvent(doc: Document, spec: EventSpec = {}): EventRecord {
  const code = spec.code ?? '042';
  const sentence = spec.sentence ?? 0;
  const source = spec.source === undefined ? 'RUSGOV' : spec.source;
  const target = spec.target === undefined ? 'AFGGOV' : spec.target;
  const predicate = spec.predicate ?? 1;
  return {
    id: shortId(`${doc.id}|${sentence}|${code}|${source}|${target}|${predicate}`),
    docId: doc.id,
    sentence: { index: sentence, text: spec.text ?? `Sentence ${sentence} of ${doc.id}` },
    date: spec.date === undefined ? doc.published : spec.date,
    source: source ? actor(source) : null,
    target: target ? actor(target) : null,
    code,
    root: code.slice(0, 2),
    name: `Code ${code}`,
    quadClass: spec.quadClass ?? 1,
    goldstein: spec.goldstein ?? 1.9,
    plover: { type: 'CONSULT', mode: 'visit' },
    negated: spec.negated ?? false,
    location: spec.location !== undefined
      ? spec.location
      : code === '042'
        ? { name: 'Moscow', country: 'RUS', admin1: null, lat: 55.75, lon: 37.62, precision: 'city', evidence: { text: 'Moscow', sentence, start: 3, end: 4, rule: 'in-place' } }
        : null,
    evidence: {
      predicate: { start: predicate, end: predicate + 1, text: 'visited' },
      source: source ? { start: 0, end: 1, text: source } : null,
      target: target ? { start: 2, end: 3, text: target } : null,
      lexicon: `lexicon:${code}`,
      dictionary: [source, target].filter((x): x is string => !!x).map((c) => `test:${c}`),
    },
  };
}

/** A batch item for a document and event specs. */
export function makeItem(doc: Document, specs: EventSpec[] = [{}], meta: Partial<BatchItem['meta']> = {}): BatchItem {
  return { doc, sentences: makeSentences(doc), events: specs.map((s) => makeEvent(doc, s)), meta: { codedWith: TEST_CODED_WITH, ...meta } };
}
