import type { ParsedSentence } from '../model/index.js';
import { foldName } from './fold.js';
import { findDocumentPlaces } from './locate.js';
import type { PlaceMention } from './find-places.js';
import type { Gazetteer } from './gazetteer.js';

/** A place a gold sentence names, as a person resolved it. */
export interface GoldPlace {
  text: string;
  name: string;
  country: string | null;
  admin1?: string | null;
  precision: 'city' | 'admin1' | 'country' | 'region';
}

/** One line of a gold file (src/geo/fixtures/gold-places.jsonl). */
export interface GoldItem {
  text: string;
  date?: string;
  places: GoldPlace[];
}

/** One gold place next to what the resolver made of it. */
export interface GoldOutcome {
  line: number;
  gold: GoldPlace;
  found: PlaceMention | null;
  countryOk: boolean;
  placeOk: boolean;
}

/** Scores of the resolver on a gold set. */
export interface GeoEvalResult {
  sentences: number;
  places: number;
  found: number;
  countryAccuracy: number;
  placeAccuracy: number;
  /** Mentions the resolver made that no gold place matches. */
  spurious: number;
  outcomes: GoldOutcome[];
  spuriousMentions: { line: number; text: string }[];
}

/** Parses a gold JSONL file; a bad line becomes a problem naming file, line and value, and is skipped. */
export function readGold(text: string, file: string): { items: { line: number; item: GoldItem }[]; problems: string[] } {
  const items: { line: number; item: GoldItem }[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const item = JSON.parse(raw) as GoldItem;
      if (typeof item.text !== 'string' || !Array.isArray(item.places)) throw new Error('needs "text" and "places"');
      items.push({ line: i + 1, item });
    } catch (err) {
      problems.push(`${file}:${i + 1}: ${(err as Error).message}: ${raw.slice(0, 60)}`);
    }
  });
  return { items, problems };
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

/** Resolves the places of every gold sentence and scores country and place accuracy. */
export function evaluateGeo(items: { line: number; item: GoldItem }[], parse: (text: string) => ParsedSentence[], gaz: Gazetteer): GeoEvalResult {
  const byId = new Map(gaz.places.map((p) => [p.id, p]));
  const outcomes: GoldOutcome[] = [];
  const spuriousMentions: { line: number; text: string }[] = [];
  for (const { line, item } of items) {
    const mentions = findDocumentPlaces(parse(item.text), gaz).flat();
    const used = new Set<PlaceMention>();
    for (const gold of item.places) {
      const g = foldName(gold.text);
      const found = mentions.find((m) => !used.has(m) && overlaps(foldName(m.text), g)) ?? null;
      if (found) used.add(found);
      const chosen = found?.chosen ?? null;
      const countryOk = !!found && chosen?.country === gold.country;
      const goldName = foldName(gold.name);
      // "southern Turkey" is right when the resolver said "southern Türkiye": compare the base place's names
      const [baseId, direction] = chosen ? chosen.id.split('#') : [''];
      const base = byId.get(baseId);
      const baseName = direction && goldName.startsWith(`${foldName(direction)} `) ? goldName.slice(foldName(direction).length + 1) : goldName;
      const nameOk = !!chosen && (foldName(chosen.name) === goldName || (!!base && gaz.byKey.get(baseName)?.includes(base) === true));
      outcomes.push({ line, gold, found, countryOk, placeOk: countryOk && nameOk && chosen?.precision === gold.precision });
    }
    for (const m of mentions) if (!used.has(m)) spuriousMentions.push({ line, text: m.text });
  }
  const n = outcomes.length || 1;
  return {
    sentences: items.length,
    places: outcomes.length,
    found: outcomes.filter((o) => o.found).length,
    countryAccuracy: outcomes.filter((o) => o.countryOk).length / n,
    placeAccuracy: outcomes.filter((o) => o.placeOk).length / n,
    spurious: spuriousMentions.length,
    outcomes,
    spuriousMentions,
  };
}
