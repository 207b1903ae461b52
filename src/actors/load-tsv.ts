import { basename } from 'node:path';
import { addEntry, addForm, type ActorDictionary, type EntryKind } from './dictionary.js';
import { DictionaryError } from './load-dyad.js';
import { isCodeShaped } from './codes.js';

const HEADER = ['name', 'aliases', 'code', 'from', 'to', 'office'];

/**
 * What the rows of a dated TSV file are, from its name: `parties*.tsv` holds political parties (organisations
 * whose code changes as they take or lose power), any other `.tsv` people.
 */
function rowsOf(file: string): { kind: EntryKind; prefix: string } {
  return basename(file).toLowerCase().startsWith('part') ? { kind: 'organization', prefix: PARTIES } : { kind: 'person', prefix: PEOPLE };
}

/** The prefixes of the evidence ids of the rows (see `dictionaryRowId`). */
const PEOPLE = 'people';
const PARTIES = 'parties';
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads people.tsv or parties.tsv (`name, aliases, code, from, to, office`, tab-separated, `#` comments): one
 * line per person and office, or per party and time in or out of government, resolved later by the article date.
 */
export function loadDatedTsv(dict: ActorDictionary, text: string, file: string): void {
  const { kind, prefix } = rowsOf(file);
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  let sawHeader = false;
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const where = `${file}:${lineNo}`;
    const cols = line.split('\t');
    if (!sawHeader) {
      sawHeader = true;
      if (cols.map((c) => c.trim().toLowerCase()).join('\t') === HEADER.join('\t')) continue;
      problems.push(`${where}: expected header '${HEADER.join('<TAB>')}' (${line})`);
      continue;
    }
    if (cols.length < 5 || cols.length > 6) {
      problems.push(`${where}: expected 6 tab-separated columns, got ${cols.length} (${line})`);
      continue;
    }
    const [name = '', aliases = '', code = '', from = '', to = '', office = ''] = cols.map((c) => c.trim());
    if (name === '') {
      problems.push(`${where}: empty name (${line})`);
      continue;
    }
    if (!isCodeShaped(code)) {
      problems.push(`${where}: code must be 3 to 15 upper-case letters (${code})`);
      continue;
    }
    let bad = false;
    for (const [label, value] of [['from', from], ['to', to]] as const) {
      if (value !== '' && (!DATE_RE.test(value) || Number.isNaN(Date.parse(value)))) {
        problems.push(`${where}: '${label}' must be YYYY-MM-DD or empty (${value})`);
        bad = true;
      }
    }
    if (bad) continue;
    if (from !== '' && to !== '' && to < from) {
      problems.push(`${where}: 'to' is before 'from' (${from} > ${to})`);
      continue;
    }
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    const entry = addEntry(dict, {
      id: dictionaryRowId(prefix, name, n),
      kind,
      code,
      label: name,
      from: from === '' ? null : from,
      to: to === '' ? null : to,
      note: office,
      source: { file, line: lineNo },
    });
    const source = { file, line: lineNo };
    addForm(dict, entry, name, { type: 'name', source });
    for (const alias of aliases.split('|').map((a) => a.trim())) {
      if (alias !== '') addForm(dict, entry, alias, { type: 'alias', source });
    }
  }
  if (!dict.files.includes(file)) dict.files.push(file);
  if (problems.length > 0) throw new DictionaryError(problems);
}

/** The evidence id of a name's `n`th row (`people:Vladimir Putin`, `people:Vladimir Putin#2`, `parties:Likud#2`). */
function dictionaryRowId(prefix: string, name: string, n: number): string {
  return `${prefix}:${name}${n > 1 ? `#${n}` : ''}`;
}

/** The person's name in an id made for a row of people.tsv, or null for an entry of another kind. */
export function personOfEntryId(id: string): string | null {
  return id.startsWith(`${PEOPLE}:`) ? id.slice(PEOPLE.length + 1).replace(/#\d+$/, '') : null;
}

/** Whether an evidence id is that of a row of parties.tsv. */
export function isPartyEntryId(id: string): boolean {
  return id.startsWith(`${PARTIES}:`);
}
