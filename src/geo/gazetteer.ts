import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { foldName } from './fold.js';

/** Kind of a gazetteer place, from most to least precise. */
export type PlaceKind = 'city' | 'admin1' | 'country' | 'region';

/** One place of the gazetteer (a row of data/gazetteer/places.tsv). */
export interface Place {
  id: string;
  kind: PlaceKind;
  name: string;
  /** ISO 3166 alpha-3, or null for regions spanning several countries. */
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA admin seat, ...), PCLI country, ADM1, RGN region. */
  feature: string;
  /** Member countries of a region (ISO3). */
  members: string[];
}

/** The loaded gazetteer: places and a prebuilt index from folded names to places. */
export interface Gazetteer {
  places: Place[];
  /** Folded name (see `foldName`) to the places that carry it. */
  byKey: Map<string, Place[]>;
  /** Folded demonym ("afghan", "tajik") to country ISO3. */
  demonyms: Map<string, string>;
  /** Country ISO3 to its country place. */
  countries: Map<string, Place>;
  /** Longest key length in words, to bound the n-gram lookup. */
  maxWords: number;
  /** First word of every key to the most words a key starting with it has: most tokens start none. */
  firstWords: Map<string, number>;
  /** The shorter word sequences that multi-word keys start with ("buenos" of "buenos aires"), so a match stops early. */
  prefixes: Set<string>;
}

/** Default gazetteer file: `data/gazetteer/places.tsv` of the package. */
export const defaultGazetteerPath: string = dataPath('gazetteer', 'places.tsv');

const KINDS = new Set<PlaceKind>(['city', 'admin1', 'country', 'region']);
// demonyms news uses that world-countries spells otherwise ("Tadzhik") or lacks
const EXTRA_DEMONYMS: [string, string][] = [
  ['tajik', 'TJK'], ['uzbek', 'UZB'], ['turkmen', 'TKM'], ['kyrgyz', 'KGZ'], ['kazakh', 'KAZ'], ['pakistani', 'PAK'],
  ['afghani', 'AFG'], ['iranian', 'IRN'], ['iraqi', 'IRQ'], ['syrian', 'SYR'], ['turkish', 'TUR'], ['israeli', 'ISR'],
  ['lebanese', 'LBN'], ['jordanian', 'JOR'], ['egyptian', 'EGY'], ['libyan', 'LBY'], ['sudanese', 'SDN'], ['chadian', 'TCD'],
  ['malian', 'MLI'], ['nigerien', 'NER'], ['nigerian', 'NGA'], ['somali', 'SOM'], ['ethiopian', 'ETH'], ['eritrean', 'ERI'],
  ['kenyan', 'KEN'], ['russian', 'RUS'], ['ukrainian', 'UKR'], ['belarusian', 'BLR'], ['polish', 'POL'], ['chinese', 'CHN'],
  ['indian', 'IND'], ['american', 'USA'], ['us', 'USA'], ['british', 'GBR'], ['french', 'FRA'], ['german', 'DEU'],
  ['georgian', 'GEO'], ['armenian', 'ARM'], ['azerbaijani', 'AZE'], ['azeri', 'AZE'], ['saudi', 'SAU'], ['yemeni', 'YEM'],
  ['palestinian', 'PSE'], ['korean', 'KOR'], ['north korean', 'PRK'], ['south korean', 'KOR'], ['mexican', 'MEX'],
  ['venezuelan', 'VEN'], ['colombian', 'COL'], ['burmese', 'MMR'], ['thai', 'THA'], ['bangladeshi', 'BGD'], ['nepali', 'NPL'],
];

/** Parses the gazetteer TSV; a bad row is reported through `onProblem` with file and line, and skipped. */
export function parseGazetteer(text: string, file = 'places.tsv', onProblem: (message: string) => void = () => {}): Gazetteer {
  const places: Place[] = [];
  const byKey = new Map<string, Place[]>();
  // hand-listed demonyms first: world-countries gives "Indian" to the Indian Ocean Territory too
  const demonyms = new Map<string, string>(EXTRA_DEMONYMS);
  const countries = new Map<string, Place>();
  let maxWords = 1;
  const firstWords = new Map<string, number>();
  const prefixes = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.charCodeAt(0) === 35 /* # */) continue;
    const c = line.split('\t');
    const kind = c[1] as PlaceKind;
    const lat = Number(c[5]);
    const lon = Number(c[6]);
    if (c.length < 10 || !KINDS.has(kind) || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
      onProblem(`${file}:${i + 1}: bad gazetteer row "${line.slice(0, 80)}"`);
      continue;
    }
    const place: Place = {
      id: c[0], kind, name: c[2], country: c[3] || null, admin1: c[4] || null, lat, lon,
      population: Number(c[7]) || 0, feature: c[8], members: c[10] ? c[10].split('|') : [],
    };
    places.push(place);
    for (const key of c[9].split('|')) {
      if (!key) continue;
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
      let words = 1;
      for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) === 32) words++;
      if (words > maxWords) maxWords = words;
      const space = key.indexOf(' ');
      const first = space < 0 ? key : key.slice(0, space);
      if ((firstWords.get(first) ?? 0) < words) firstWords.set(first, words);
      for (let k = key.indexOf(' '); k > 0; k = key.indexOf(' ', k + 1)) prefixes.add(key.slice(0, k));
    }
    if (kind === 'country' && place.country) {
      countries.set(place.country, place);
      if (c[11]) for (const d of c[11].split('|')) if (!demonyms.has(foldName(d))) demonyms.set(foldName(d), place.country);
    }
  }
  return { places, byKey, demonyms, countries, maxWords, firstWords, prefixes };
}

const cache = new Map<string, Gazetteer>();

/** Loads the gazetteer once per file (default `data/gazetteer/places.tsv`); synchronous and cached. */
export function loadGazetteer(path: string = defaultGazetteerPath): Gazetteer {
  let gaz = cache.get(path);
  if (!gaz) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new Error(`cannot read gazetteer ${path}: ${(err as Error).message} (run scripts/build-gazetteer)`);
    }
    gaz = parseGazetteer(text, path, (m) => process.stderr.write(`dyad geo: ${m}\n`));
    cache.set(path, gaz);
  }
  return gaz;
}
