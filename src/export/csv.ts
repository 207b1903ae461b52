import type { EventRecord } from '../model/index.js';
import { delimitedTable, type Column } from './delimited.js';
import type { EventWriter, ExportFormat } from './writer.js';

/** The flat columns of an event in CSV and TSV exports. */
export const EVENT_COLUMNS: Column<EventRecord>[] = [
  ['id', (e) => e.id],
  ['doc_id', (e) => e.docId],
  ['date', (e) => e.date],
  ['sentence_index', (e) => e.sentence.index],
  ['source_code', (e) => e.source?.code],
  ['source_country', (e) => e.source?.country],
  ['source_roles', (e) => e.source?.roles.join(' ')],
  ['source_text', (e) => e.source?.text],
  ['target_code', (e) => e.target?.code],
  ['target_country', (e) => e.target?.country],
  ['target_roles', (e) => e.target?.roles.join(' ')],
  ['target_text', (e) => e.target?.text],
  ['code', (e) => e.code],
  ['root', (e) => e.root],
  ['name', (e) => e.name],
  ['quad_class', (e) => e.quadClass],
  ['goldstein', (e) => e.goldstein],
  ['plover_type', (e) => e.plover?.type],
  ['plover_mode', (e) => e.plover?.mode],
  ['negated', (e) => (e.negated ? 1 : 0)],
  ['location_name', (e) => e.location?.name],
  ['location_country', (e) => e.location?.country],
  ['lat', (e) => e.location?.lat],
  ['lon', (e) => e.location?.lon],
  ['predicate', (e) => e.evidence.predicate.text],
  ['lexicon', (e) => e.evidence.lexicon],
  ['sentence_text', (e) => e.sentence.text],
];

function delimitedFormat(name: string, description: string, delimiter: string, eol: string): ExportFormat {
  return {
    name,
    description,
    create(): EventWriter {
      const table = delimitedTable(EVENT_COLUMNS, delimiter, eol);
      return { header: () => table.header, write: (e) => table.row(e), footer: () => '' };
    },
  };
}

/** Comma-separated, RFC 4180 (quoted fields, CRLF line endings), with a header row. */
export const csv: ExportFormat = delimitedFormat('csv', 'comma-separated values, RFC 4180, header row', ',', '\r\n');

/** Tab-separated with a header row; fields holding tabs, quotes or newlines are quoted as in RFC 4180. */
export const tsv: ExportFormat = delimitedFormat('tsv', 'tab-separated values, header row', '\t', '\n');
