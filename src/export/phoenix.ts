import type { Actor, EventRecord } from '../model/index.js';
import { delimitedTable, type Column } from './delimited.js';
import type { EventWriter, ExportFormat } from './writer.js';

const ymd = (e: EventRecord): string[] => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(e.date ?? '');
  return m ? [`${m[1]}${m[2]}${m[3]}`, m[1]!, m[2]!, m[3]!] : ['', '', '', ''];
};

/** The entity part of an actor code: its country, else its leading three letters (`IGO`, `NGO`). */
const entity = (a: Actor | null): string => (a === null ? '' : (a.country ?? a.code.slice(0, 3)));
const role = (a: Actor | null): string => a?.roles[0] ?? '';
const attribute = (a: Actor | null): string => a?.roles.slice(1).join(';') ?? '';
const url = (e: EventRecord): string => (/^https?:\/\//.test(e.docId) ? e.docId : '');

/** The 26 columns of the Phoenix event dataset, in its order (tab-separated, no header row). */
export const PHOENIX_COLUMNS: Column<EventRecord>[] = [
  ['EventID', (e) => e.id],
  ['Date', (e) => ymd(e)[0]],
  ['Year', (e) => ymd(e)[1]],
  ['Month', (e) => ymd(e)[2]],
  ['Day', (e) => ymd(e)[3]],
  ['SourceActorFull', (e) => e.source?.code],
  ['SourceActorEntity', (e) => entity(e.source)],
  ['SourceActorRole', (e) => role(e.source)],
  ['SourceActorAttribute', (e) => attribute(e.source)],
  ['TargetActorFull', (e) => e.target?.code],
  ['TargetActorEntity', (e) => entity(e.target)],
  ['TargetActorRole', (e) => role(e.target)],
  ['TargetActorAttribute', (e) => attribute(e.target)],
  ['EventCode', (e) => e.code],
  ['EventRootCode', (e) => e.root],
  ['QuadClass', (e) => e.quadClass],
  ['GoldsteinScore', (e) => e.goldstein],
  // dyad records carry no issue coding yet
  ['Issues', () => ''],
  ['Lat', (e) => e.location?.lat],
  ['Lon', (e) => e.location?.lon],
  ['LocationName', (e) => e.location?.name],
  ['StateName', (e) => e.location?.admin1],
  ['CountryCode', (e) => e.location?.country],
  ['SentenceID', (e) => `${e.docId}_${e.sentence.index}`],
  ['URLs', (e) => url(e)],
  ['NewsSources', () => ''],
];

/** Phoenix dataset rows: 26 tab-separated columns, no header, as the Phoenix daily files. */
export const phoenix: ExportFormat = {
  name: 'phoenix',
  description: 'Phoenix event dataset: 26 tab-separated columns, no header',
  create(): EventWriter {
    const table = delimitedTable(PHOENIX_COLUMNS, '\t', '\n');
    return { header: () => '', write: (e) => table.row(e), footer: () => '' };
  },
};
