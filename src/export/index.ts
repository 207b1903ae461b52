import type { Writable } from 'node:stream';
import type { EventRecord } from '../model/index.js';
import { csv, tsv } from './csv.js';
import { jsonl } from './jsonl.js';
import { plover } from './plover.js';
import { phoenix } from './phoenix.js';
import { gdelt } from './gdelt.js';
import type { EventWriter, ExportFormat } from './writer.js';

export type { EventWriter, ExportFormat } from './writer.js';
export { delimitedTable, quoteField, type Column } from './delimited.js';
export { EVENT_COLUMNS } from './csv.js';
export { toPloverRecord } from './plover.js';

/** Every export format by name. Adding one is a file exporting an `ExportFormat` plus one line here. */
export const formats: Record<string, ExportFormat> = {
  jsonl,
  csv,
  tsv,
  plover,
  phoenix,
  gdelt,
};

/** Raised for a `--format` value that is not registered; the message lists the known ones. */
export class UnknownFormatError extends Error {
  override name = 'UnknownFormatError';
}

/** The writer for a format name, or an UnknownFormatError naming the value and the choices. */
export function createWriter(format: string): EventWriter {
  const f = Object.prototype.hasOwnProperty.call(formats, format) ? formats[format] : undefined;
  if (!f) throw new UnknownFormatError(`Unknown format '${format}' (available: ${Object.keys(formats).join(', ')})`);
  return f.create();
}

/** Writes text to a stream, waiting when it asks the writer to slow down. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (chunk === '') return;
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** Streams events in a format to `out`; resolves to the number of records written. */
export async function writeEvents(events: AsyncIterable<EventRecord> | Iterable<EventRecord>, format: string, out: Writable): Promise<number> {
  const writer = createWriter(format);
  let n = 0;
  await writeChunk(out, writer.header());
  for await (const e of events) {
    const text = writer.write(e);
    if (text !== '') n++;
    await writeChunk(out, text);
  }
  await writeChunk(out, writer.footer());
  return n;
}
