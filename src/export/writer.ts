import type { EventRecord } from '../model/index.js';

/** An output format for event records: a header, one chunk per record, a footer. */
export interface EventWriter {
  /** Text written before the first record (a header line), or ''. */
  header(): string;
  /** The text of one record including its line ending, or '' to leave the record out. */
  write(event: EventRecord): string;
  /** Text written after the last record, or ''. */
  footer(): string;
}

/** A registered format: its name for `--format`, one line of description, and a writer factory. */
export interface ExportFormat {
  name: string;
  description: string;
  create(): EventWriter;
}
