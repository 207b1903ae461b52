import { shortId, type Actor, type EventRecord, type Location } from '../model/index.js';
import { delimitedTable, type Column } from './delimited.js';
import type { EventWriter, ExportFormat } from './writer.js';

/** GDELT's GlobalEventID is an integer: 52 bits of a hash of dyad's event id, stable across runs. */
export function gdeltEventId(id: string): number {
  return Number.parseInt(shortId(id).slice(0, 13), 16);
}

const day = (e: EventRecord): string => (e.date ?? '').replace(/-/g, '').slice(0, 8);

function fractionDate(e: EventRecord): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(e.date ?? '');
  if (!m) return '';
  const y = Number(m[1]);
  const start = Date.UTC(y, 0, 1);
  const doy = Math.floor((Date.UTC(y, Number(m[2]) - 1, Number(m[3])) - start) / 86_400_000) + 1;
  return (y + doy / 365).toFixed(4);
}

function actorColumns(n: 1 | 2, pick: (e: EventRecord) => Actor | null): Column<EventRecord>[] {
  return [
    [`Actor${n}Code`, (e) => pick(e)?.code],
    [`Actor${n}Name`, (e) => pick(e)?.text.toUpperCase()],
    [`Actor${n}CountryCode`, (e) => pick(e)?.country],
    [`Actor${n}KnownGroupCode`, (e) => pick(e)?.group ?? ''],
    [`Actor${n}EthnicCode`, () => ''],
    [`Actor${n}Religion1Code`, () => ''],
    [`Actor${n}Religion2Code`, () => ''],
    [`Actor${n}Type1Code`, (e) => pick(e)?.roles[0]],
    [`Actor${n}Type2Code`, (e) => pick(e)?.roles[1]],
    [`Actor${n}Type3Code`, (e) => pick(e)?.roles[2]],
  ];
}

/** GDELT geographic resolution: 1 country, 4 world city, 5 world state (dyad has no US-specific types). */
const geoType = (l: Location | null): number | '' =>
  l === null ? '' : l.precision === 'country' || l.precision === 'region' ? 1 : l.precision === 'city' ? 4 : 5;

function geoColumns(prefix: string, pick: (e: EventRecord) => Location | null): Column<EventRecord>[] {
  return [
    [`${prefix}_Type`, (e) => geoType(pick(e))],
    [`${prefix}_FullName`, (e) => pick(e)?.name],
    [`${prefix}_CountryCode`, (e) => pick(e)?.country],
    [`${prefix}_ADM1Code`, (e) => pick(e)?.admin1],
    [`${prefix}_ADM2Code`, () => ''],
    [`${prefix}_Lat`, (e) => pick(e)?.lat],
    [`${prefix}_Long`, (e) => pick(e)?.lon],
    [`${prefix}_FeatureID`, (e) => pick(e)?.evidence.gazetteerId ?? ''],
  ];
}

/** The 61 columns of a GDELT 2.0 event record, filled where dyad knows the value, else empty. */
export const GDELT_COLUMNS: Column<EventRecord>[] = [
  ['GlobalEventID', (e) => gdeltEventId(e.id)],
  ['Day', (e) => day(e)],
  ['MonthYear', (e) => day(e).slice(0, 6)],
  ['Year', (e) => day(e).slice(0, 4)],
  ['FractionDate', (e) => fractionDate(e)],
  ...actorColumns(1, (e) => e.source),
  ...actorColumns(2, (e) => e.target),
  // dyad codes every sentence, not only the lead: the first sentence stands for GDELT's "root" paragraph
  ['IsRootEvent', (e) => (e.sentence.index === 0 ? 1 : 0)],
  ['EventCode', (e) => e.code],
  ['EventBaseCode', (e) => e.code.slice(0, 3)],
  ['EventRootCode', (e) => e.root],
  ['QuadClass', (e) => e.quadClass],
  ['GoldsteinScale', (e) => e.goldstein],
  ['NumMentions', () => 1],
  ['NumSources', () => 1],
  ['NumArticles', () => 1],
  ['AvgTone', () => ''],
  // dyad locates the event, not each actor: actor geography stays empty
  ...geoColumns('Actor1Geo', () => null),
  ...geoColumns('Actor2Geo', () => null),
  ...geoColumns('ActionGeo', (e) => e.location),
  ['DATEADDED', () => ''],
  ['SOURCEURL', (e) => (/^https?:\/\//.test(e.docId) ? e.docId : '')],
];

/** GDELT 2.0 event export: 61 tab-separated columns, no header, as GDELT's `.export.CSV` files. */
export const gdelt: ExportFormat = {
  name: 'gdelt',
  description: 'GDELT 2.0 events: 61 tab-separated columns, no header (unknown fields empty)',
  create(): EventWriter {
    const table = delimitedTable(GDELT_COLUMNS, '\t', '\n');
    return { header: () => '', write: (e) => table.row(e), footer: () => '' };
  },
};
