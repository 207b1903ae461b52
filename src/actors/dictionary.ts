import { casePolicyOf, normalizeKey, type CasePolicy } from './normalize.js';

/** What a dictionary entry stands for; decides how the matcher combines it with its neighbours. */
export type EntryKind = 'country' | 'role' | 'carrier' | 'organization' | 'group' | 'person';

/** Where an entry or form was read from, for error messages and warnings. */
export interface SourceRef {
  file: string;
  line: number;
}

/**
 * One dictionary entry: a code and the facts around it. Loaders for other formats (PETRARCH
 * actors and agents) fill the same structure.
 */
export interface DictEntry {
  /** Stable id used in evidence, e.g. `countries:AFG`, `roles:GOV`, `people:Vladimir Putin#2`. */
  id: string;
  kind: EntryKind;
  /** Full actor code (`AFG`, `IGOUNO`, `RUSGOV`) or, for roles, the role code(s) (`GOV`, `GOVMIL`). */
  code: string;
  /** Human label (first name of the entry). */
  label: string;
  /** Validity range for date-bounded entries (ISO dates, inclusive); null is open. */
  from: string | null;
  to: string | null;
  /** For agents (roles) read from PETRARCH: whether the role code goes before or after the country. */
  compose?: 'prefix' | 'suffix';
  /** Free text (the office of a person). */
  note?: string;
  source: SourceRef;
}

/** A surface form of an entry as it is looked up in text. */
export interface DictForm {
  /** The form as written in the dictionary. */
  text: string;
  key: string;
  casePolicy: CasePolicy;
  entry: DictEntry;
  /** Extra role codes carried by this form only (`Kremlin=GOV`, `Pentagon=MIL`). */
  roles: string[];
  /** Weak role forms ("officials") yield to any other role in the same phrase. */
  weak: boolean;
  /** Form type as declared (`name`, `adjective`, `demonym`, `capital`, `noun`, ...). */
  type: string;
  source: SourceRef;
}

/** The loaded actor dictionary: entries, their forms indexed by key, and load warnings. */
export interface ActorDictionary {
  entries: DictEntry[];
  /** Normalised key → forms with that key (several when entries conflict or people share a name). */
  forms: Map<string, DictForm[]>;
  /** Longest form in tokens-ish (words), bounds the matcher's look-ahead. */
  maxWords: number;
  /** Country codes known to the dictionary (decides how codes decompose). */
  countries: Set<string>;
  warnings: string[];
  /** Files that were read. */
  files: string[];
}

/** Makes an empty dictionary for a loader to fill. */
export function createDictionary(): ActorDictionary {
  return { entries: [], forms: new Map(), maxWords: 1, countries: new Set(), warnings: [], files: [] };
}

/** Adds an entry to the dictionary (ids are unique; a repeated id is returned as is). */
export function addEntry(dict: ActorDictionary, entry: DictEntry): DictEntry {
  dict.entries.push(entry);
  if (entry.kind === 'country') dict.countries.add(entry.code);
  return entry;
}

/**
 * Adds a surface form. A key already bound to a different code from a different entry kind or
 * code is a conflict: it is kept (the matcher's priorities decide) and a warning is recorded.
 */
export function addForm(
  dict: ActorDictionary,
  entry: DictEntry,
  text: string,
  options: { roles?: string[]; weak?: boolean; type: string; source: SourceRef },
): void {
  const key = normalizeKey(text);
  if (key === '') return;
  const form: DictForm = {
    text,
    key,
    casePolicy: entry.kind === 'role' || entry.kind === 'carrier' ? 'any' : casePolicyOf(text),
    entry,
    roles: options.roles ?? [],
    weak: options.weak ?? false,
    type: options.type,
    source: options.source,
  };
  const list = dict.forms.get(key);
  if (list === undefined) {
    dict.forms.set(key, [form]);
  } else {
    if (list.some((f) => f.entry === entry && f.roles.join() === form.roles.join())) return;
    for (const other of list) {
      if (other.entry === entry) continue;
      if (!conflicts(other, form)) continue;
      dict.warnings.push(
        `${form.source.file}:${form.source.line}: '${text}' (${describe(form)}) also in ` +
          `${other.source.file}:${other.source.line} (${describe(other)})`,
      );
      break;
    }
    list.push(form);
  }
  const words = key.split(/[\s-]+/).length;
  if (words > dict.maxWords) dict.maxWords = words;
}

function describe(form: DictForm): string {
  const roles = form.roles.length ? `=${form.roles.join('')}` : '';
  return `${form.entry.kind} ${form.entry.code}${roles}`;
}

function conflicts(a: DictForm, b: DictForm): boolean {
  if (a.entry.code === b.entry.code && a.roles.join() === b.roles.join()) return false;
  // one person with several offices, or several people with one alias, is resolved by date; so is a party in and
  // out of government (rows of parties.tsv)
  if (a.entry.kind === 'person' && b.entry.kind === 'person') {
    if (a.entry.label === b.entry.label) return false;
    return overlaps(a.entry, b.entry);
  }
  if (a.entry.kind === 'organization' && b.entry.kind === 'organization' && a.entry.label === b.entry.label && (a.entry.from || a.entry.to) && (b.entry.from || b.entry.to)) {
    return overlaps(a.entry, b.entry);
  }
  return true;
}

function overlaps(a: DictEntry, b: DictEntry): boolean {
  const aFrom = a.from ?? '0000-00-00';
  const bFrom = b.from ?? '0000-00-00';
  const aTo = a.to ?? '9999-99-99';
  const bTo = b.to ?? '9999-99-99';
  return aFrom <= bTo && bFrom <= aTo;
}

/** True when an entry is valid on `date` (null date: every entry is valid). */
export function validOn(entry: DictEntry, date: string | null): boolean {
  if (date === null) return true;
  if (entry.from !== null && date < entry.from) return false;
  if (entry.to !== null && date > entry.to) return false;
  return true;
}
