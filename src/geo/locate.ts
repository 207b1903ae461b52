import type { EventRecord, Location, ParsedSentence } from '../model/index.js';
import { ContextCountries, findPlacesIn, namedCountries, sentenceCountries, type NamedCountry, type PlaceMention } from './find-places.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';

/** Options of `locateEvents`. */
export interface LocateOptions {
  /** Gazetteer to use (default: `loadGazetteer()`). */
  gazetteer?: Gazetteer;
  /** Extra context countries (ISO3), e.g. of the outlet; actor countries of the events are always added. */
  countries?: string[];
}

/** A place a document names, with how often its mentions resolved to it. */
export interface DocumentPlace {
  id: string;
  name: string;
  country: string | null;
  precision: Location['precision'];
  lat: number;
  lon: number;
  count: number;
}

/** Context countries of a document: the countries its sentences name plus the given ones (actor countries). */
export function documentCountries(sentences: ParsedSentence[], gaz: Gazetteer, extra: Iterable<string> = []): string[] {
  const out = new Set<string>(extra);
  for (const s of sentences) for (const c of sentenceCountries(s, gaz)) out.add(c);
  return [...out];
}

/** Every place mention of a document, resolved with the document's countries as context. */
export function findDocumentPlaces(sentences: ParsedSentence[], gaz: Gazetteer, countries: Iterable<string> = []): PlaceMention[][] {
  const named: NamedCountry[] = [];
  for (const s of sentences) named.push(...namedCountries(s, gaz));
  const context = new ContextCountries([...countries], named);
  return sentences.map((s) => findPlacesIn(s, gaz, context));
}

/**
 * The main places of a document, most mentioned first: what a reader would say it is "about".
 * `mentions` are the document's place mentions when the caller has them (`findDocumentPlaces`).
 */
export function documentPlaces(
  sentences: ParsedSentence[],
  gaz: Gazetteer = loadGazetteer(),
  mentions: PlaceMention[][] = findDocumentPlaces(sentences, gaz),
): DocumentPlace[] {
  const byId = new Map<string, DocumentPlace>();
  for (const m of mentions.flat()) {
    if (!m.chosen) continue;
    const old = byId.get(m.chosen.id);
    if (old) old.count++;
    else byId.set(m.chosen.id, { id: m.chosen.id, name: m.chosen.name, country: m.chosen.country, precision: m.chosen.precision, lat: m.chosen.lat, lon: m.chosen.lon, count: 1 });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function toLocation(m: PlaceMention, rule: string): Location | null {
  if (!m.chosen) return null;
  const c = m.chosen;
  return {
    name: c.name, country: c.country, admin1: c.admin1, lat: c.lat, lon: c.lon, precision: c.precision,
    evidence: { text: m.text, sentence: m.sentence, start: m.start, end: m.end, rule: `${rule} (${m.rule})`, gazetteerId: c.id },
  };
}

/** True when the mention's head token reaches the predicate span through at most 4 parse heads. */
function attachedTo(sentence: ParsedSentence, m: PlaceMention, start: number, end: number): boolean {
  const tokens = sentence.tokens;
  let h = -1;
  for (let t = m.start; t < m.end && t < tokens.length; t++) {
    const head = tokens[t].head;
    if (head < m.start || head >= m.end) {
      h = head;
      break;
    }
  }
  for (let step = 0; step < 4 && h >= 0 && h < tokens.length; step++) {
    if (h >= start && h < end) return true;
    h = tokens[h].head;
  }
  return false;
}

/**
 * Fills `location` of each event: the place attached to its predicate in the parse, else another
 * place of its sentence, else the document's dateline place, else null. Actor countries only help
 * choose between candidates; they never make a location on their own.
 */
export function locateEvents(sentences: ParsedSentence[], events: EventRecord[], options: LocateOptions = {}): EventRecord[] {
  const gaz = options.gazetteer ?? loadGazetteer();
  const actorCountries = new Set(options.countries ?? []);
  for (const e of events) {
    if (e.source?.country) actorCountries.add(e.source.country);
    if (e.target?.country) actorCountries.add(e.target.country);
  }
  const mentions = findDocumentPlaces(sentences, gaz, actorCountries);
  const dateline = mentions.slice(0, 2).flat().find((m) => m.rule === 'dateline' && m.chosen) ?? null;
  const bySentenceIndex = new Map<number, { sentence: ParsedSentence; mentions: PlaceMention[] }>();
  sentences.forEach((s, i) => bySentenceIndex.set(s.index, { sentence: s, mentions: mentions[i] }));
  return events.map((e) => {
    const entry = bySentenceIndex.get(e.sentence.index);
    let location: Location | null = null;
    if (entry) {
      const { start, end } = e.evidence.predicate;
      const usable = entry.mentions.filter((m) => m.chosen && m.rule !== 'dateline');
      const attached = usable.find((m) => attachedTo(entry.sentence, m, start, end));
      if (attached) location = toLocation(attached, 'attached to predicate');
      else {
        // a place the event came from is a weaker guess than one it happened in
        const other = usable.find((m) => !m.rule.endsWith(':from')) ?? usable[0];
        if (other) location = toLocation(other, 'elsewhere in sentence');
      }
      if (!location) {
        const own = entry.mentions.find((m) => m.rule === 'dateline' && m.chosen);
        if (own) location = toLocation(own, 'dateline');
      }
    }
    if (!location && dateline) location = toLocation(dateline, 'dateline');
    return { ...e, location };
  });
}
