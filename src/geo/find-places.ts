import type { Location, ParsedSentence, ParsedToken } from '../model/index.js';
import { foldName } from './fold.js';
import type { Gazetteer, Place, PlaceKind } from './gazetteer.js';
import { BoundedMemo } from '../nlp/memo.js';

/** A gazetteer place considered for a mention, with its score and the reasons behind it. */
export interface Candidate {
  place: Place;
  score: number;
  reasons: string[];
}

/** The place a mention resolved to, ready to become an event `Location`. */
export interface ResolvedPlace {
  id: string;
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  precision: Location['precision'];
}

/** A place named in a sentence: token span, why it is read as a place, candidates and the choice. */
export interface PlaceMention {
  text: string;
  sentence: number;
  /** Token span [start, end) in the sentence. */
  start: number;
  end: number;
  /** Why these words are a place: `prep:in`, `dateline`, `suffix:province`, `of:city`, `conj`, `border`, `parse:obl`. */
  rule: string;
  /** Kind the words around the name ask for ("Kandahar province" → admin1), if any. */
  hint: PlaceKind | null;
  /** Candidates, best first (at most 5 kept). */
  candidates: Candidate[];
  chosen: ResolvedPlace | null;
  /** One line on why the chosen candidate won. */
  why: string;
}

/** A country named in a sentence (by name, demonym or an unambiguous place) at a token position. */
export interface NamedCountry {
  country: string;
  sentence: number;
  start: number;
}

/** What the resolver knows about the document: countries of its actors and of the places it names. */
export interface PlaceContext {
  /** Countries that always count (actor countries, the outlet's country). */
  countries: string[];
  /** Countries named in the document; a name never counts as context for itself ("Georgia"). */
  named?: NamedCountry[];
}

const LOC_PREPS = new Set(['in', 'near', 'at', 'along', 'across', 'outside', 'inside', 'into', 'around', 'from', 'to', 'toward', 'towards', 'through', 'throughout', 'within', 'over', 'between', 'across', 'on', 'off', 'via', 'outskirts', 'nearby']);
const DIRECTIONS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north eastern', 'north western', 'south eastern', 'south western', 'north east', 'north west', 'south east', 'south west', 'upper', 'lower']);
const SKIPPABLE = new Set(['the', 'war torn', 'restive', 'neighbouring', 'neighboring', 'nearby', 'volatile', 'embattled', 'besieged', 'occupied', 'rebel held', 'government held', 'southern', 'northern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
// nouns after a name that say what kind of place it is
const SUFFIX_HINT: Record<string, PlaceKind | null> = {
  province: 'admin1', governorate: 'admin1', oblast: 'admin1', state: 'admin1', region: 'admin1', provincial: 'admin1',
  city: 'city', town: 'city', village: 'city', district: 'city', port: 'city', airport: 'city', suburb: 'city', suburbs: 'city', outskirts: 'city',
  border: null, area: null, valley: null, countryside: null, crossing: null, camp: null, refugee: null, checkpoint: null,
};
// nouns before "of NAME" that make NAME a place
const OF_HINT: Record<string, PlaceKind | null> = {
  city: 'city', town: 'city', village: 'city', port: 'city', outskirts: 'city', suburbs: 'city', streets: 'city', centre: 'city', center: 'city', capital: null, coast: null, shores: null,
  fall: null, siege: null, mountains: null, hills: null, desert: null, villages: null, districts: null, neighbourhoods: null, neighborhoods: null, countryside: null, territory: null, capture: null, battle: null, liberation: null, recapture: null,
  province: 'admin1', governorate: 'admin1', state: 'admin1', region: 'admin1', oblast: 'admin1', governor: 'admin1',
  north: null, south: null, east: null, west: null, northeast: null, northwest: null, southeast: null, southwest: null, parts: null, part: null, areas: null, area: null, heart: null,
};
// "the ambassador to Afghanistan" is no place of an event
const NOT_TO = new Set(['ambassador', 'envoy', 'representative', 'delegation', 'mission', 'visit', 'aid', 'trip', 'threat', 'exports', 'imports', 'flights']);
// capitalised words that are also small towns somewhere; read as a place only with a place noun
const NOT_PLACES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'parliament', 'congress', 'police', 'president',
  'university', 'islam', 'english', 'arabic', 'reuters', 'god', 'christmas', 'ramadan', 'eid', 'government', 'army', 'senate',
  'court', 'council', 'ministry', 'office', 'state', 'city', 'province', 'border', 'media', 'times', 'post', 'washington post',
]);
// verbs whose object is a place when the object is a place name: "captured Spin Boldak", "entered Mekelle"
const PLACE_VERBS = new Set(['capture', 'recapture', 'retake', 'seize', 'enter', 'leave', 'shell', 'bomb', 'besiege', 'storm', 'overrun', 'annex', 'occupy', 'liberate', 'reach', 'evacuate', 'flee', 'visit', 'invade', 'raid', 'encircle', 'surround', 'tour', 'govern', 'control', 'hit', 'strike', 'target', 'pound', 'attack']);
// past forms the lemmatizer may miss
const IRREGULAR: Record<string, string> = { fled: 'flee', left: 'leave', struck: 'strike', overran: 'overrun', hit: 'hit' };
const DASHES = new Set(['—', '–', '--', '-', '―']);

function isCapitalised(t: ParsedToken): boolean {
  // (every token is asked: an ASCII first letter is answered by its code, the rest by the Unicode class)
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}

function isUpperWord(t: ParsedToken): boolean {
  return t.text.length > 1 && /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase();
}

function baseScore(p: Place): number {
  switch (p.kind) {
    case 'country':
      return 9;
    case 'region':
      return 8.5;
    case 'admin1':
      return 5;
    default:
      return Math.log10(p.population + 10) + (p.feature === 'PPLC' ? 0.7 : p.feature === 'PPLA' ? 0.2 : 0);
  }
}

/** Scores the gazetteer places for one name; pure, so the property tests can hammer it. */
export function scoreCandidates(
  places: Place[],
  hint: PlaceKind | null,
  documentCountries: ReadonlySet<string>,
  sentenceCountries: ReadonlySet<string>,
  qualifier: Place | null,
  directional: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    let score = baseScore(p);
    const reasons: string[] = [p.kind === 'city' ? `population ${p.population}` : p.kind];
    if (p.feature === 'PPLC') reasons.push('capital');
    if (hint) {
      if (p.kind === hint) {
        score += 5;
        reasons.push(`asked for ${hint}`);
      } else score -= 1;
    }
    if (directional && p.kind !== 'city') {
      score += 3;
      reasons.push('direction of an area');
    }
    const countries = p.country ? [p.country] : p.members;
    if (countries.some((c) => documentCountries.has(c))) {
      score += 4.5;
      reasons.push(`document country ${countries.filter((c) => documentCountries.has(c)).join('/')}`);
    }
    if (countries.some((c) => sentenceCountries.has(c))) {
      score += 1;
      reasons.push('country named in the sentence');
    }
    if (qualifier && (qualifier.kind === 'country' ? p.country === qualifier.country : p.country === qualifier.country && p.admin1 === qualifier.admin1)) {
      score += 10;
      reasons.push(`qualified by ${qualifier.name}`);
    }
    out.push({ place: p, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score || b.place.population - a.place.population);
}

function toResolved(p: Place): ResolvedPlace {
  return {
    id: p.id, name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon,
    precision: p.kind === 'city' ? 'city' : p.kind,
  };
}

interface Match {
  start: number;
  end: number;
  key: string;
  places: Place[];
}

// running text repeats its words: their folded forms are remembered (the same strings, hashed once for the lookups)
const foldMemo = new BoundedMemo<string>(65_536);

/** Folded words of a sentence ('' for punctuation). */
function foldWords(tokens: ParsedToken[]): string[] {
  return tokens.map((t) => foldMemo.find(t.text) ?? foldMemo.add(t.text, foldName(t.text)));
}

/** What a sentence's tokens give against one gazetteer, found once: the named countries and both place passes
 * of a document (before and after its actors are known) ask for the same things. One record per sentence
 * holds it all (a weak map entry per sentence is not cheap). */
interface SentenceFinds {
  gaz: Gazetteer;
  /** Folded words of the sentence ('' for punctuation). */
  words: string[];
  /** Per token position, the longest name starting there (null: none; undefined: not looked up yet). */
  at: (Match | null | undefined)[];
  /** The place names of the sentence (`detectPlaces`), once found. */
  detected?: Detected[];
  /** The countries the sentence names (`namedCountries`), once found. */
  named?: NamedCountry[];
}

const findsMemo = new WeakMap<ParsedToken[], SentenceFinds>();

function findsOf(tokens: ParsedToken[], gaz: Gazetteer): SentenceFinds {
  let finds = findsMemo.get(tokens);
  if (!finds || finds.gaz !== gaz) {
    finds = { gaz, words: finds?.words ?? foldWords(tokens), at: [] };
    findsMemo.set(tokens, finds);
  }
  return finds;
}

/** Longest gazetteer name starting at token `i`, or null (remembered per sentence). */
function matchAt(finds: SentenceFinds, tokens: ParsedToken[], i: number): Match | null {
  let m = finds.at[i];
  if (m === undefined) m = finds.at[i] = computeMatchAt(finds.gaz, tokens, finds.words, i);
  return m;
}

function computeMatchAt(gaz: Gazetteer, tokens: ParsedToken[], words: string[], i: number): Match | null {
  if (!words[i] || !isCapitalised(tokens[i])) return null;
  const facts = wordFacts(gaz, words[i]);
  if (facts.most === undefined) return null;
  const limit = Math.min(tokens.length, i + facts.most + 4);
  // the longest key, grown word by word (punctuation between the words is skipped) while some key starts so
  let key = words[i];
  let best: Match | null = facts.places ? { start: i, end: i + 1, key, places: facts.places } : null;
  let grows = facts.prefix;
  for (let j = i + 1; grows && j < limit; j++) {
    if (!words[j]) continue;
    key = `${key} ${words[j]}`;
    const places = gaz.byKey.get(key);
    if (places) best = { start: i, end: j + 1, key, places };
    grows = gaz.prefixes.has(key);
  }
  if (best && best.end - i === 1 && NOT_PLACES.has(best.key)) return null;
  return best;
}

/** What a gazetteer says of one folded token, the start of a name it may be. */
interface WordFacts {
  /** Most words of a name starting with the token's first word (a token may fold to several: "Mazar-i-Sharif"); undefined when none does. */
  most: number | undefined;
  /** The places the token names on its own. */
  places: Place[] | undefined;
  /** Whether a longer name starts with the token. */
  prefix: boolean;
  /** Countries of the token's words that are demonyms ("Afghan"), in order. */
  demonyms: string[];
}

// capitalised words recur: what the gazetteer's large maps say of each is looked up once per word form
const factsMemo = new WeakMap<Gazetteer, BoundedMemo<WordFacts>>();

function wordFacts(gaz: Gazetteer, word: string): WordFacts {
  let memo = factsMemo.get(gaz);
  if (!memo) {
    memo = new BoundedMemo<WordFacts>(65_536);
    factsMemo.set(gaz, memo);
  }
  const known = memo.find(word);
  if (known) return known;
  const space = word.indexOf(' ');
  const most = gaz.firstWords.get(space < 0 ? word : word.slice(0, space));
  const demonyms: string[] = [];
  // (most words fold to one word: no split)
  for (const part of space < 0 ? [word] : word.split(' ')) {
    const d = gaz.demonyms.get(part);
    if (d) demonyms.push(d);
  }
  return memo.add(word, most === undefined ? { most, places: undefined, prefix: false, demonyms } : { most, places: gaz.byKey.get(word), prefix: gaz.prefixes.has(word), demonyms });
}

/** Country of a demonym or country name in one folded word, for "the Tajik-Afghan border". */
function countryOfWord(gaz: Gazetteer, word: string): string | null {
  const d = gaz.demonyms.get(word);
  if (d) return d;
  const c = gaz.byKey.get(word)?.find((p) => p.kind === 'country');
  return c?.country ?? null;
}

/** Countries named in a sentence, by name or demonym ("Afghan forces"): context for the resolver. */
export function sentenceCountries(sentence: ParsedSentence, gaz: Gazetteer): string[] {
  return [...new Set(namedCountries(sentence, gaz).map((n) => n.country))];
}

/** Countries named in a sentence with the token where each was named. */
export function namedCountries(sentence: ParsedSentence, gaz: Gazetteer): NamedCountry[] {
  const finds = findsOf(sentence.tokens, gaz);
  let found = finds.named;
  if (!found || found[0]?.sentence !== undefined && found[0].sentence !== sentence.index) {
    found = computeNamedCountries(sentence, finds);
    finds.named = found;
  }
  return found;
}

function computeNamedCountries(sentence: ParsedSentence, finds: SentenceFinds): NamedCountry[] {
  const { gaz, words } = finds;
  const found: NamedCountry[] = [];
  const out = { add: (country: string, start: number): void => void found.push({ country, sentence: sentence.index, start }) };
  for (let i = 0; i < words.length; i++) {
    if (!words[i] || !isCapitalised(sentence.tokens[i])) continue;
    for (const d of wordFacts(gaz, words[i]).demonyms) out.add(d, i);
    const m = matchAt(finds, sentence.tokens, i);
    if (!m) continue;
    const country = countryOfName(m.places);
    if (country !== null) out.add(country, i);
    i = m.end - 1;
  }
  return found;
}

// what country a name says depends on its places alone (the gazetteer's one array per name): found once per name
const nameCountries = new WeakMap<Place[], string | null>();

function countryOfName(places: Place[]): string | null {
  let country = nameCountries.get(places);
  if (country === undefined) {
    country = computeCountryOfName(places);
    nameCountries.set(places, country);
  }
  return country;
}

/**
 * A country name says its country ("Lebanon", not Lebanon, Pennsylvania); so does a unique first-level
 * division ("Texas") or a name whose places all lie in one big-enough country.
 */
function computeCountryOfName(places: Place[]): string | null {
  const country = places.find((p) => p.kind === 'country');
  if (country?.country) return country.country;
  const admin1 = places.filter((p) => p.kind === 'admin1');
  const bigElsewhere = (c: string | null): boolean => places.some((p) => p.country !== c && p.population >= 100000);
  if (admin1.length === 1 && admin1[0].country && !bigElsewhere(admin1[0].country)) return admin1[0].country;
  if (new Set(places.map((p) => p.country)).size === 1 && places[0].country && places.some((p) => p.population >= 100000)) return places[0].country;
  return null;
}

/** The PLACE_VERBS entry a verb token stands for, from its lemma or a crude de-inflection of its text. */
function placeVerb(t: ParsedToken): string | null {
  const w = t.text.toLowerCase();
  for (const v of [Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : '', t.lemma.toLowerCase()]) {
    if (PLACE_VERBS.has(v)) return v;
  }
  let fromText = verbForms.find(w);
  if (fromText === undefined) fromText = verbForms.add(w, placeVerbOfText(w));
  return fromText;
}

// the de-inflections of a verb form depend on the form alone: found once per form
const verbForms = new BoundedMemo<string | null>(4096);

/** The PLACE_VERBS entry a lower-case verb form is, or a crude de-inflection of it is. */
function placeVerbOfText(w: string): string | null {
  for (const v of [w, w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ied$/, 'y'), w.replace(/s$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/(.)\1ed$/, '$1')]) {
    if (PLACE_VERBS.has(v)) return v;
  }
  return null;
}

/** True when a country, division or region name starts at token `i` (after "the" and directions). */
function areaFollows(finds: SentenceFinds, tokens: ParsedToken[], i: number): boolean {
  const words = finds.words;
  while (i < tokens.length && (words[i] === 'the' || DIRECTIONS.has(words[i]))) i++;
  const m = matchAt(finds, tokens, i);
  return !!m && m.places.some((p) => p.kind !== 'city');
}

/** Why the words at [start, end) are a place, from the words around them; null when they are not. */
function locativeRule(finds: SentenceFinds, tokens: ParsedToken[], start: number, end: number, previousEnd: number, previousRule: string | null):
  { rule: string; hint: PlaceKind | null; direction: string | null } | null {
  const words = finds.words;
  let k = start - 1;
  let direction: string | null = null;
  let dirEnd = -1;
  // ("the besieged city of ..." skips "besieged"; "the RSF besieged El Fasher" has it as the verb of the place)
  while (k >= 0 && ((SKIPPABLE.has(words[k]) && tokens[k].upos !== 'VERB') || DIRECTIONS.has(words[k]) || (words[k] === '' && tokens[k].text === '-' && DIRECTIONS.has(words[k - 1] ?? '')))) {
    if (DIRECTIONS.has(words[k]) && dirEnd < 0) dirEnd = k;
    // "north-east Syria": the whole run of direction words, as written
    if (dirEnd >= 0 && (DIRECTIONS.has(words[k]) || words[k] === '')) direction = tokens.slice(k, dirEnd + 1).map((t) => t.text).join('');
    else if (dirEnd >= 0) break;
    k--;
  }
  const after = words[end] ?? '';
  const suffixHint = Object.hasOwn(SUFFIX_HINT, after) ? SUFFIX_HINT[after] : undefined;
  let rule: string | null = null;
  let hint: PlaceKind | null = suffixHint ?? null;
  const before = k >= 0 ? words[k] : '';
  if (before === 'of' && k > 0 && words[k - 1] === 'out') {
    rule = 'prep:out of';
  } else if (before === 'of' && k > 0) {
    let n = k - 1;
    while (n >= 0 && DIRECTIONS.has(words[n]) && !Object.hasOwn(OF_HINT, words[n])) n--;
    const noun = words[n] ?? '';
    if (Object.hasOwn(OF_HINT, noun)) {
      rule = `of:${noun}`;
      // "the province of Kandahar" names the province; "a breakaway region of Georgia" names its container
      if (OF_HINT[noun] && (words[n - 1] === 'the' || words[n - 2] === 'the')) hint = OF_HINT[noun];
      if (DIRECTIONS.has(noun)) direction = noun;
    }
  } else if (before === 'with' && (words[k - 1] === 'border' || words[k - 1] === 'frontier')) {
    rule = 'prep:border with';
  } else if (LOC_PREPS.has(before)) {
    // "the ambassador to Afghanistan", "the gateway to Libya's oil": no place of an event
    if (!(before === 'to' && (NOT_TO.has(words[k - 1] ?? '') || tokens[end]?.text === "'s"))) rule = `prep:${before}`;
  } else if ((before === 'and' || before === 'or' || before === '') && previousRule && previousEnd === k) {
    rule = `conj:${previousRule}`;
  }
  if (!rule && start <= 1) {
    // datelines: "KABUL —", "KABUL, Afghanistan (Reuters) —", "Kabul, March 3 —"
    const upper = tokens.slice(start, end).every((t) => !/\p{L}/u.test(t.text) || isUpperWord(t));
    const looseDash = (t: ParsedToken, n: number): boolean => DASHES.has(t.text) && t.spaceAfter && tokens[n - 1]?.spaceAfter === true;
    const dashSoon = tokens.slice(end, end + 8).some((t, n) => looseDash(t, end + n));
    const next = tokens[end];
    if (next && ((upper && (looseDash(next, end) || next.text === ',' || next.text === '(')) || (dashSoon && (next.text === ',' || looseDash(next, end))))) rule = 'dateline';
  }
  if (!rule && suffixHint !== undefined) rule = `suffix:${after}`;
  // ("Russia's Black Sea Fleet in Sevastopol": the last word of a longer name is no place of its own)
  const inName = start > 0 && tokens[start - 1].upos === 'PROPN' && isCapitalised(tokens[start - 1]);
  if (!rule && !inName && (after === 'in' || after === 'near') && areaFollows(finds, tokens, end + 1)) rule = `followed-by:${after}`;
  const verb = k >= 0 && tokens[k].upos === 'VERB' ? placeVerb(tokens[k]) : null;
  if (!rule && verb) {
    // "hit the U.S. embassy": a name that modifies a following noun is no object place
    const next = tokens[end];
    if (!next || (next.upos !== 'NOUN' && next.upos !== 'PROPN')) rule = `object:${verb}`;
  }
  if (!rule) {
    // the parse may attach a preposition we did not see next to the name
    const inside = (h: number): boolean => h >= start && h < end;
    for (let t = start; t < end; t++) {
      if (inside(tokens[t].head)) continue;
      if (!/^(obl|nmod)/.test(tokens[t].deprel)) break;
      const prep = tokens.find((c) => c.head === t && c.deprel === 'case' && LOC_PREPS.has(c.text.toLowerCase()) && c.text.toLowerCase() !== 'to');
      if (prep) rule = `parse:${tokens[t].deprel}+${prep.text.toLowerCase()}`;
      break;
    }
  }
  if (!rule) return null;
  // "the eastern Donetsk region" is the whole region, which lies in the east
  if (suffixHint !== undefined) direction = null;
  return { rule, hint, direction };
}

/** Finds "the Tajik-Afghan border" style mentions: two countries by name or demonym, then "border". */
function borderAt(gaz: Gazetteer, tokens: ParsedToken[], words: string[], i: number): { end: number; countries: [string, string] } | null {
  if (!words[i] || !isCapitalised(tokens[i])) return null;
  let j = i;
  while (j < tokens.length && j < i + 5 && words[j] !== 'border' && words[j] !== 'frontier') {
    if (!words[j] && tokens[j].text !== '-' && tokens[j].text !== '–') return null;
    j++;
  }
  if (j >= tokens.length || (words[j] !== 'border' && words[j] !== 'frontier')) return null;
  // (the words split only before a border: the scan above runs at every capitalised word)
  const parts: string[] = [];
  for (let k = i; k < j; k++) if (words[k]) parts.push(...words[k].split(' '));
  if (parts.length !== 2) return null;
  const a = countryOfWord(gaz, parts[0]);
  const b = countryOfWord(gaz, parts[1]);
  return a && b && a !== b ? { end: j + 1, countries: [a, b] } : null;
}

const MAX_CANDIDATES = 5;

/**
 * Finds the places named in a parsed sentence (names in locative contexts, datelines, borders,
 * directional phrases) and resolves each against the gazetteer using population, the countries
 * of the document (`context.countries`, e.g. actor countries) and the countries of the sentence.
 */
export function findPlaces(sentence: ParsedSentence, gaz: Gazetteer, context: PlaceContext = { countries: [] }): PlaceMention[] {
  return findPlacesIn(sentence, gaz, new ContextCountries(context.countries, context.named ?? []));
}

/** `findPlaces` with the document's context countries indexed once for all its sentences (`findDocumentPlaces`). */
export function findPlacesIn(sentence: ParsedSentence, gaz: Gazetteer, context: ContextCountries): PlaceMention[] {
  const tokens = sentence.tokens;
  // the countries a mention may lean on, leaving out what the mention itself names (the sentence's part depends on
  // the sentence alone: both passes of a document share it)
  const contextFor = (d: Detected): { doc: ReadonlySet<string>; sent: ReadonlySet<string> } => ({
    doc: context.without(sentence.index, d.start),
    sent: (d.besides ??= new Set(namedCountries(sentence, gaz).filter((n) => n.start !== d.start).map((n) => n.country))),
  });
  const out: PlaceMention[] = [];
  for (const d of detectPlaces(tokens, gaz)) {
    if (d.border) {
      const [a, b] = d.border;
      out.push({
        text: d.text, sentence: sentence.index, start: d.start, end: d.end, rule: 'border', hint: 'region',
        candidates: [{ place: a, score: 0, reasons: ['first country of the border'] }, { place: b, score: 0, reasons: ['second country of the border'] }],
        chosen: { id: `border:${a.country}-${b.country}`, name: d.text, country: a.country, admin1: null, lat: (a.lat + b.lat) / 2, lon: (a.lon + b.lon) / 2, precision: 'region' },
        why: `border of ${a.name} and ${b.name}: first-named country, point halfway between the two countries' points`,
      });
      continue;
    }
    const { doc, sent } = contextFor(d);
    const candidates = scoreCandidates(d.places, d.hint, doc, sent, d.qualifier, d.direction !== null);
    const best = candidates[0];
    const chosen = best ? toResolved(best.place) : null;
    let text = d.text;
    if (chosen && d.direction && chosen.precision !== 'city') {
      // "northern Afghanistan": the country or province, marked as a region at its representative point
      chosen.name = `${d.direction} ${chosen.name}`;
      chosen.precision = 'region';
      chosen.id = `${chosen.id}#${d.direction}`;
      text = `${d.direction} ${text}`;
    }
    const runnerUp = candidates[1];
    const why = best
      ? `${d.rule}; ${best.reasons.join(', ')}` + (runnerUp ? `; beat ${runnerUp.place.name} (${runnerUp.place.kind}, ${runnerUp.place.country ?? '-'}) ${best.score.toFixed(1)} to ${runnerUp.score.toFixed(1)}` : '; only candidate')
      : d.rule;
    out.push({ text, sentence: sentence.index, start: d.start, end: d.end, rule: d.rule, hint: d.hint, candidates: candidates.slice(0, MAX_CANDIDATES), chosen, why });
  }
  return out;
}

/**
 * Countries that count as context (`fixed` ones and those of `named` entries), indexed so that a mention can
 * leave out the countries only it names ("Georgia" is no context for Georgia) without rebuilding the set:
 * most mentions share the whole set.
 */
export class ContextCountries {
  private readonly fixed: ReadonlySet<string>;
  private readonly all: Set<string>;
  /** How many named entries name each country. */
  private readonly counts = new Map<string, number>();
  /** The named entries of each sentence. */
  private readonly bySentence = new Map<number, NamedCountry[]>();

  constructor(fixed: readonly string[], named: readonly NamedCountry[]) {
    this.fixed = new Set(fixed);
    this.all = new Set(fixed);
    for (const n of named) {
      this.all.add(n.country);
      this.counts.set(n.country, (this.counts.get(n.country) ?? 0) + 1);
      const list = this.bySentence.get(n.sentence);
      if (list) list.push(n);
      else this.bySentence.set(n.sentence, [n]);
    }
  }

  /** The countries without those that only the entries at token `start` of sentence `sentence` name. */
  without(sentence: number, start: number): ReadonlySet<string> {
    const own = this.bySentence.get(sentence)?.filter((n) => n.start === start) ?? [];
    let out: Set<string> | undefined;
    for (const n of own) {
      if (this.fixed.has(n.country) || own.filter((o) => o.country === n.country).length < this.counts.get(n.country)!) continue;
      (out ??= new Set(this.all)).delete(n.country);
    }
    return out ?? this.all;
  }
}

/** A place name found in a sentence, before the document's countries choose among its gazetteer places. */
interface Detected {
  start: number;
  end: number;
  /** The name as written (without the qualifier of "Alexandria, Virginia"). */
  text: string;
  rule: string;
  hint: PlaceKind | null;
  direction: string | null;
  places: Place[];
  qualifier: Place | null;
  /** The two countries of "the Tajik-Afghan border". */
  border?: [Place, Place];
  /** The countries the rest of the sentence names, once found. */
  besides?: ReadonlySet<string>;
}

/** The place names of a sentence and why each is a place; depends on the sentence alone, so it is found once. */
function detectPlaces(tokens: ParsedToken[], gaz: Gazetteer): Detected[] {
  const finds = findsOf(tokens, gaz);
  return (finds.detected ??= computeDetected(tokens, finds));
}

function computeDetected(tokens: ParsedToken[], finds: SentenceFinds): Detected[] {
  const { gaz, words } = finds;
  const spanText = (start: number, end: number): string => tokens.slice(start, end).map((t, n) => t.text + (t.spaceAfter && n < end - start - 1 ? ' ' : '')).join('');
  const found: Detected[] = [];
  let previousEnd = -2;
  let previousRule: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const border = borderAt(gaz, tokens, words, i);
    if (border) {
      const [a, b] = border.countries.map((c) => gaz.countries.get(c));
      if (a && b) {
        found.push({ start: i, end: border.end, text: spanText(i, border.end), rule: 'border', hint: 'region', direction: null, places: [], qualifier: null, border: [a, b] });
        i = border.end - 1;
        continue;
      }
    }
    const m = matchAt(finds, tokens, i);
    if (!m) continue;
    const ctx = locativeRule(finds, tokens, m.start, m.end, previousEnd, previousRule);
    // "to Central Asian states", "in Washington Post": the name is the start of a longer proper name
    const next = tokens[m.end];
    const longerName = !!next && isCapitalised(next) && /\p{L}/u.test(next.text) && !Object.hasOwn(SUFFIX_HINT, words[m.end] ?? '');
    if (!ctx || (longerName && ctx.rule !== 'dateline')) {
      i = m.end - 1;
      continue;
    }
    // "Alexandria, Virginia": the second name qualifies the first and is no mention of its own
    let qualifier: Place | null = null;
    let end = m.end;
    if (tokens[m.end]?.text === ',') {
      const q = matchAt(finds, tokens, m.end + 1);
      const qp = q?.places.find((p) => p.kind === 'admin1' || p.kind === 'country');
      if (q && qp && m.places.some((p) => p.kind === 'city' && p.country === qp.country)) {
        qualifier = qp;
        end = q.end;
      }
    }
    found.push({ start: m.start, end, text: spanText(m.start, m.end), rule: ctx.rule, hint: ctx.hint, direction: ctx.direction, places: m.places, qualifier });
    previousEnd = end;
    previousRule = ctx.rule.replace(/^conj:/, '');
    i = end - 1;
  }
  return found;
}
