import { dirname, resolve } from 'node:path';
import type { PetrarchFiles } from './load.js';

/** One expected event of a validation record. */
export interface ExpectedEvent {
  source: string;
  target: string;
  code: string;
}

/** One `<Sentence>` of a PETRARCH validation records file. */
export interface ValidationRecord {
  id: string;
  category: string;
  /** ISO date, or null when the record has none or it is unreadable. */
  date: string | null;
  evaluate: boolean;
  expected: ExpectedEvent[];
  /** The record expects no event (`noevents`) or an error (`error`). */
  noEvents: boolean;
  config: Map<string, string>;
  text: string;
  line: number;
}

/** A validation records file: its environment and its records. */
export interface ValidationFile {
  files: PetrarchFiles;
  include: string[] | null;
  records: ValidationRecord[];
  problems: string[];
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Reads a PETRARCH validation records file tolerantly: comments are blanked first, tags are
 * found by pattern, and an unreadable record is reported and skipped rather than stopping the file.
 */
export function readValidationRecords(text: string, path: string): ValidationFile {
  const problems: string[] = [];
  // blank comments but keep their newlines so line numbers stay right
  const body = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const base = dirname(path);
  const tagText = (name: string): string[] => [...body.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'gi'))].map((m) => m[1]!.trim());
  const files: PetrarchFiles = {
    verbs: tagText('Verbfile').map((f) => resolve(base, f)),
    actors: tagText('Actorfile').flatMap((f) => f.split(/[,\s]+/).filter((x) => x !== '')).map((f) => resolve(base, f)),
    agents: tagText('Agentfile').map((f) => resolve(base, f)),
    discards: tagText('Discardfile').map((f) => resolve(base, f)),
    ontology: tagText('PICOfile').map((f) => resolve(base, f))[0] ?? null,
    issues: tagText('Issuefile').map((f) => resolve(base, f))[0] ?? null,
  };
  const inc = tagText('Include')[0];
  const include = inc === undefined ? null : inc.split(/\s+/).filter((x) => x !== '').map((x) => x.toUpperCase());
  const records: ValidationRecord[] = [];
  for (const m of body.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/gi)) {
    const line = lineOf(body, m.index);
    const head = m[1]!;
    const inner = m[2]!;
    const id = attr(head, 'id') ?? `line-${line}`;
    const textMatch = /<Text>([\s\S]*?)<\/Text>/i.exec(inner);
    if (!textMatch) {
      problems.push(`${path}:${line}: record without <Text> (${id})`);
      continue;
    }
    const rawDate = attr(head, 'date') ?? '';
    const date = /^\d{8}$/.test(rawDate) ? `${rawDate.slice(0, 4)}-${rawDate.slice(4, 6)}-${rawDate.slice(6, 8)}` : null;
    if (rawDate !== '' && date === null) problems.push(`${path}:${line}: unreadable date (${rawDate})`);
    const expected: ExpectedEvent[] = [];
    let noEvents = false;
    for (const ev of inner.matchAll(/<EventCoding\b([^>]*)>/gi)) {
      const a = ev[1]!;
      if (attr(a, 'noevents') !== undefined || attr(a, 'error') !== undefined) {
        noEvents = true;
        continue;
      }
      const source = attr(a, 'sourcecode');
      const target = attr(a, 'targetcode');
      const code = attr(a, 'eventcode');
      if (source === undefined || target === undefined || code === undefined) {
        problems.push(`${path}:${lineOf(body, m.index + m[0].indexOf(ev[0]))}: incomplete EventCoding (${ev[0].trim()})`);
        continue;
      }
      expected.push({ source, target, code });
    }
    const config = new Map<string, string>();
    for (const c of inner.matchAll(/<Config\b([^>]*)>/gi)) {
      const opt = attr(c[1]!, 'option');
      const val = attr(c[1]!, 'value');
      if (opt !== undefined && val !== undefined) config.set(opt, val);
    }
    records.push({
      id,
      category: (attr(head, 'category') ?? '').toUpperCase(),
      date,
      evaluate: (attr(head, 'evaluate') ?? 'true').toLowerCase() !== 'false',
      expected,
      noEvents,
      config,
      text: decode(textMatch[1]!).replace(/\s+/g, ' ').trim(),
      line,
    });
  }
  if (records.length === 0) problems.push(`${path}:1: no <Sentence> records found`);
  return { files, include, records, problems };
}
