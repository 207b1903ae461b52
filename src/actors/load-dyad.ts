import { basename } from 'node:path';
import { addEntry, addForm, type ActorDictionary, type DictEntry, type EntryKind } from './dictionary.js';
import { isCodeShaped, ROLE_CODES } from './codes.js';
import { pluralizePhrase } from './normalize.js';

/** A dictionary file that cannot be read: every problem as `file:line: problem (value)`. */
export class DictionaryError extends Error {
  override name = 'DictionaryError';
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`);
  }
}

/** Which keys each kind of block accepts; the value says whether a plural is generated. */
const KEYS: Record<EntryKind, Record<string, 'plural' | 'as-is'>> = {
  country: {
    name: 'as-is', short: 'as-is', historical: 'as-is', alias: 'as-is', capital: 'as-is',
    seat: 'as-is', adjective: 'as-is', demonym: 'plural',
  },
  role: { noun: 'plural', weak: 'plural', phrase: 'as-is' },
  carrier: { carrier: 'plural' },
  organization: { name: 'as-is', alias: 'as-is', acronym: 'as-is', member: 'plural' },
  group: { name: 'as-is', alias: 'as-is', acronym: 'as-is', member: 'plural' },
  person: { name: 'as-is', alias: 'as-is' },
};

const ID_PREFIX: Record<EntryKind, string> = {
  country: 'countries', role: 'roles', carrier: 'roles', organization: 'organizations', group: 'groups', person: 'people',
};

/** The kind of entries a file holds, from an `@kind` line or else from its name. */
export function kindOfFile(file: string): EntryKind | null {
  const name = basename(file).toLowerCase();
  if (name.startsWith('countr')) return 'country';
  if (name.startsWith('role') || name.startsWith('agent')) return 'role';
  if (name.startsWith('organi') || name.startsWith('igo')) return 'organization';
  if (name.startsWith('group')) return 'group';
  return null;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
// plurals never generated for demonyms that are their own plural
const NO_PLURAL_DEMONYM = /(ese|sh|ch|ss|x|s|z)$/i;

/**
 * Reads one file in dyad's block format into the dictionary. Throws a DictionaryError listing
 * every syntax problem with file and line; conflicts become warnings on the dictionary.
 */
export function loadDyadText(dict: ActorDictionary, text: string, file: string): void {
  const problems: string[] = [];
  let kind = kindOfFile(file);
  let current: { entry: DictEntry | null; kind: EntryKind; line: number } | null = null;
  const seenBlocks = new Map<string, number>();
  const byKey = new Map<string, DictEntry>();
  for (const e of dict.entries) byKey.set(`${e.kind} ${e.code}`, e);
  // after a bad header, the block's lines are skipped instead of each reported again
  const skipBlock = { entry: null, kind: 'country' as EntryKind, line: 0 };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const line = stripComment(raw).trim();
    if (line === '') continue;
    const where = `${file}:${lineNo}`;
    if (line.startsWith('@')) {
      const m = line.match(/^@kind\s+(country|role|organization|group)$/);
      if (!m) problems.push(`${where}: unknown directive, expected '@kind country|role|organization|group' (${line})`);
      else kind = m[1] as EntryKind;
      continue;
    }
    if (line.startsWith('[')) {
      const m = line.match(/^\[([^\]]*)\]\s*(.*)$/);
      if (!m) {
        problems.push(`${where}: block header must look like '[CODE] label' (${line})`);
        current = skipBlock;
        continue;
      }
      if (kind === null) {
        problems.push(`${where}: file kind unknown: name the file countries/roles/organizations/groups*.txt or add '@kind ...' (${basename(file)})`);
        current = skipBlock;
        continue;
      }
      const code = m[1]!.trim();
      const label = m[2]!.trim();
      if (code === '-' && kind === 'role') {
        current = { entry: upsert('carrier', '-', label || 'carrier nouns', where, lineNo), kind: 'carrier', line: lineNo };
        continue;
      }
      if (!isCodeShaped(code)) {
        problems.push(`${where}: code must be 3 to 15 upper-case letters (${code})`);
        current = skipBlock;
        continue;
      }
      if (kind === 'country' && code.length !== 3) {
        problems.push(`${where}: a country code is three letters, ISO 3166 alpha-3 (${code})`);
        current = skipBlock;
        continue;
      }
      if (kind === 'role' && !splitRoles(code)) {
        problems.push(`${where}: unknown role code, see docs/actor-codes.md (${code})`);
        current = skipBlock;
        continue;
      }
      const blockKey = `${kind} ${code}`;
      const firstLine = seenBlocks.get(blockKey);
      if (firstLine !== undefined) {
        dict.warnings.push(`${where}: block [${code}] repeats line ${firstLine}; forms merged`);
      } else {
        seenBlocks.set(blockKey, lineNo);
      }
      current = { entry: upsert(kind, code, label || code, where, lineNo), kind, line: lineNo };
      continue;
    }
    const m = line.match(/^([a-z]+)\s*:\s*(.*)$/);
    if (!m) {
      problems.push(`${where}: expected '[CODE] label', 'key: form | form', or '# comment' (${line})`);
      continue;
    }
    if (current === null || current.entry === null) {
      if (current === null) problems.push(`${where}: '${m[1]}:' line outside a block; start one with '[CODE]' (${line})`);
      continue;
    }
    const key = m[1]!;
    const value = m[2]!.trim();
    const entry = current.entry;
    if (key === 'from' || key === 'to') {
      if (!DATE_RE.test(value) || Number.isNaN(Date.parse(value))) {
        problems.push(`${where}: '${key}' must be a date YYYY-MM-DD (${value})`);
      } else {
        entry[key] = value;
      }
      continue;
    }
    const plural = KEYS[current.kind][key];
    if (plural === undefined) {
      problems.push(`${where}: unknown key '${key}' in a ${current.kind} block; allowed: ${Object.keys(KEYS[current.kind]).join(', ')}, from, to (${line})`);
      continue;
    }
    if (value === '') {
      problems.push(`${where}: '${key}:' has no forms (${line})`);
      continue;
    }
    for (const item of value.split('|')) {
      const problem = addItem(dict, entry, item.trim(), key, plural, { file, line: lineNo });
      if (problem !== null) problems.push(`${where}: ${problem}`);
    }
  }
  if (!dict.files.includes(file)) dict.files.push(file);
  if (problems.length > 0) throw new DictionaryError(problems);

  function upsert(k: EntryKind, code: string, label: string, _where: string, lineNo: number): DictEntry {
    const found = byKey.get(`${k} ${code}`);
    if (found !== undefined) return found;
    const entry = addEntry(dict, {
      id: `${ID_PREFIX[k]}:${code}`,
      kind: k,
      code,
      label,
      from: null,
      to: null,
      source: { file, line: lineNo },
    });
    byKey.set(`${k} ${code}`, entry);
    return entry;
  }
}

function stripComment(line: string): string {
  // '#' starts a comment unless escaped as '\#'
  const at = line.search(/(^|[^\\])#/);
  const cut = at < 0 ? line : line.slice(0, line[at] === '#' ? at : at + 1);
  return cut.replace(/\\#/g, '#');
}

/** Splits `GOVMIL` into `['GOV', 'MIL']`, or null when a block is not a role code. */
export function splitRoles(code: string): string[] | null {
  if (code.length % 3 !== 0) return null;
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 3) {
    const r = code.slice(i, i + 3);
    if (!ROLE_CODES.has(r)) return null;
    out.push(r);
  }
  return out;
}

function addItem(
  dict: ActorDictionary,
  entry: DictEntry,
  item: string,
  type: string,
  plural: 'plural' | 'as-is',
  source: { file: string; line: number },
): string | null {
  if (item === '') return `empty form between '|' separators (${type})`;
  let form = item;
  let roles: string[] = [];
  const eq = form.lastIndexOf('=');
  if (eq >= 0) {
    const code = form.slice(eq + 1).trim();
    const split = splitRoles(code);
    if (split === null || split.length === 0) return `unknown role code after '=' (${item})`;
    if (entry.kind === 'role' || entry.kind === 'carrier') return `'=ROLE' is for country, organization and group forms (${item})`;
    roles = split;
    form = form.slice(0, eq).trim();
  }
  let plurals: string[] = [];
  const slash = form.indexOf('/');
  if (slash >= 0) {
    if (plural === 'as-is') return `'/' gives a plural and '${type}' forms have none (${item})`;
    const pl = form.slice(slash + 1).trim();
    form = form.slice(0, slash).trim();
    if (pl !== '-' && pl !== '') plurals = [pl];
  } else if (plural === 'plural') {
    if (!(type === 'demonym' && NO_PLURAL_DEMONYM.test(form))) plurals = [pluralizePhrase(form)];
  }
  if (form === '' || /[[\]|=]/.test(form)) return `malformed form (${item})`;
  const weak = type === 'weak';
  const formType = type === 'weak' ? 'noun' : type;
  addForm(dict, entry, form, { roles, weak, type: formType, source });
  for (const p of plurals) addForm(dict, entry, p, { roles, weak, type: formType, source });
  return null;
}
