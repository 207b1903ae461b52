import { addEntry, addForm, type ActorDictionary, type DictEntry, type EntryKind } from '../dictionary.js';

/** A problem found while reading a PETRARCH file, already formatted as `file:line: problem (value)`. */
export type ReadProblem = string;

/** Removes a `#` comment (and, in actor files, a `;` attribution) from a line. */
function stripComment(line: string, semicolon: boolean): string {
  let out = line;
  const hash = out.indexOf('#');
  if (hash >= 0) out = out.slice(0, hash);
  if (semicolon) {
    const semi = out.indexOf(';');
    if (semi >= 0) out = out.slice(0, semi);
  }
  return out;
}

/** Words of a PETRARCH phrase: `_` and blanks both separate words; a trailing `_` is dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter((w) => w !== '');
}

/** Regular English plural of a phrase's last word (S; Y→IES; S, X, CH, SH → ES). */
export function pluralOf(phrase: string): string {
  if (/[^aeiou]y$/i.test(phrase)) return phrase.slice(0, -1) + 'IES';
  if (/(s|x|z|ch|sh)$/i.test(phrase)) return phrase + 'ES';
  return phrase + 'S';
}

/** Converts a PETRARCH date (YYYYMMDD or YYMMDD, two-digit years 00–29 read as 20xx) to ISO. */
export function isoDate(raw: string): string | null {
  let y: string;
  let rest: string;
  if (/^\d{8}$/.test(raw)) {
    y = raw.slice(0, 4);
    rest = raw.slice(4);
  } else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = String(yy < 30 ? 2000 + yy : 1900 + yy);
    rest = raw.slice(2);
  } else return null;
  const m = rest.slice(0, 2);
  const d = rest.slice(2, 4);
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${m}-${d}`;
}

function dayBefore(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function dayAfter(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function kindOfCode(code: string): EntryKind {
  if (/^[A-Z]{3}$/.test(code)) return 'country';
  if (code.startsWith('IGO') || code.startsWith('NGO')) return 'organization';
  return 'group';
}

interface PendingActor {
  phrases: { text: string; line: number }[];
  defaultCode: string | null;
  dated: { code: string; from: string | null; to: string | null; line: number }[];
  line: number;
}

/**
 * Reads a PETRARCH actor dictionary (primary phrases, `+` synonyms, tab-indented date
 * restrictions) into `dict`. Returns problems; unknown lines are reported, never dropped silently.
 */
export function readPetrarchActors(text: string, file: string, dict: ActorDictionary): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const lines = text.split(/\r?\n/);
  let current: PendingActor | null = null;
  let inComment = false;
  let count = 0;
  const flush = (): void => {
    if (current === null) return;
    const rec = current;
    current = null;
    if (rec.defaultCode === null && rec.dated.length === 0) {
      problems.push(`${file}:${rec.line}: actor without a code (${rec.phrases[0]?.text ?? ''})`);
      return;
    }
    const label = phraseWords(rec.phrases[0]!.text).join(' ');
    const entries: DictEntry[] = [];
    const mk = (code: string, from: string | null, to: string | null, line: number, note: string): DictEntry =>
      addEntry(dict, {
        id: `petrarch:${file}:${line}:${code}`,
        kind: kindOfCode(code),
        code,
        label,
        from,
        to,
        note,
        source: { file, line },
      });
    for (const d of rec.dated) entries.push(mk(d.code, d.from, d.to, d.line, 'dated'));
    if (rec.defaultCode !== null) entries.push(mk(rec.defaultCode, null, null, rec.line, 'default'));
    for (const p of rec.phrases) {
      const words = phraseWords(p.text);
      if (words.length === 0) continue;
      const form = words.join(' ');
      for (const e of entries) {
        addForm(dict, e, form, { type: 'petrarch', source: { file, line: p.line } });
        count++;
      }
    }
  };
  const addRestriction = (rec: PendingActor, bracket: string, lineNo: number): void => {
    const m = /^\[\s*([^\s\]]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*\]$/.exec(bracket.trim());
    if (!m) {
      problems.push(`${file}:${lineNo}: unreadable date restriction (${bracket.trim()})`);
      return;
    }
    const code = m[1]!.toUpperCase();
    if (m[2] !== undefined) {
      const d = isoDate(m[3]!);
      if (d === null) {
        problems.push(`${file}:${lineNo}: bad date (${m[3]})`);
        return;
      }
      // `<D` is strictly before D, `>D` strictly after it
      if (m[2] === '<') rec.dated.push({ code, from: null, to: dayBefore(d), line: lineNo });
      else rec.dated.push({ code, from: dayAfter(d), to: null, line: lineNo });
    } else if (m[4] !== undefined) {
      const from = isoDate(m[4]);
      const to = isoDate(m[5]!);
      if (from === null || to === null) {
        problems.push(`${file}:${lineNo}: bad date range (${m[4]}-${m[5]})`);
        return;
      }
      rec.dated.push({ code, from, to, line: lineNo });
    } else rec.defaultCode = code;
  };
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    // the validation files wrap notes in XML-style comments
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      continue;
    }
    const trimmedRaw = raw.trim();
    if (trimmedRaw.startsWith('<!--')) {
      if (!trimmedRaw.includes('-->')) inComment = true;
      continue;
    }
    const body = stripComment(raw, true);
    if (body.trim() === '') continue;
    if (/^\s/.test(raw) && body.trim().startsWith('[')) {
      if (current === null) {
        problems.push(`${file}:${lineNo}: date restriction outside an actor (${body.trim()})`);
        continue;
      }
      for (const b of body.trim().match(/\[[^\]]*\]/g) ?? [`[${body.trim()}]`]) addRestriction(current, b, lineNo);
      continue;
    }
    const t = body.trim();
    if (t.startsWith('+')) {
      if (current === null) {
        problems.push(`${file}:${lineNo}: synonym outside an actor (${t})`);
        continue;
      }
      const syn = t.slice(1).replace(/\[[^\]]*\]/g, '').trim();
      if (syn !== '') current.phrases.push({ text: syn, line: lineNo });
      continue;
    }
    const m = /^([^[\]]+?)\s*((?:\[[^\]]*\]\s*)*)$/.exec(t);
    if (!m) {
      problems.push(`${file}:${lineNo}: unknown actor syntax (${t})`);
      continue;
    }
    const brackets = (m[2]!.match(/\[[^\]]*\]/g) ?? []).filter((b) => b.replace(/[[\]\s]/g, '') !== '');
    // uncoded phrases in a row share the codes that follow them (a list of names of one person)
    if (current === null || current.defaultCode !== null || current.dated.length > 0) {
      flush();
      current = { phrases: [], defaultCode: null, dated: [], line: lineNo };
    }
    current.phrases.push({ text: m[1]!, line: lineNo });
    for (const b of brackets) addRestriction(current, b, lineNo);
  }
  flush();
  dict.files.push(file);
  if (count === 0) problems.push(`${file}:1: no actors read (${file})`);
  return problems;
}

/**
 * Reads a PETRARCH agent dictionary (`PHRASE {plural} [~CODE]`, `!SET! = A, B` substitution
 * sets) into `dict` as role entries with `compose` telling where the code goes.
 */
export function readPetrarchAgents(text: string, file: string, dict: ActorDictionary): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const sets = new Map<string, string[]>();
  const lines = text.split(/\r?\n/);
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      continue;
    }
    if (raw.trim().startsWith('<!--')) {
      if (!raw.includes('-->')) inComment = true;
      continue;
    }
    const t = stripComment(raw, false).trim();
    if (t === '') continue;
    const set = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i.exec(t);
    if (set) {
      sets.set(set[1]!.toUpperCase(), set[2]!.split(',').map((s) => s.trim()).filter((s) => s !== ''));
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(t);
    if (!m) {
      problems.push(`${file}:${lineNo}: unknown agent syntax (${t})`);
      continue;
    }
    const codeRaw = m[3]!.toUpperCase();
    let compose: 'prefix' | 'suffix';
    let code: string;
    if (codeRaw.startsWith('~')) {
      compose = 'suffix';
      code = codeRaw.slice(1);
    } else if (codeRaw.endsWith('~')) {
      compose = 'prefix';
      code = codeRaw.slice(0, -1);
    } else {
      problems.push(`${file}:${lineNo}: agent code without '~' (${codeRaw}), read as a suffix`);
      compose = 'suffix';
      code = codeRaw;
    }
    if (!/^[A-Z0-9]+$/.test(code)) {
      problems.push(`${file}:${lineNo}: bad agent code (${codeRaw})`);
      continue;
    }
    const phrase = m[1]!.trim();
    const forms: string[] = [];
    const marker = /!([A-Z0-9_]+)!/i.exec(phrase);
    if (marker) {
      const members = sets.get(marker[1]!.toUpperCase());
      if (members === undefined) {
        problems.push(`${file}:${lineNo}: undefined substitution set (!${marker[1]}!)`);
        continue;
      }
      for (const mem of members) forms.push(phrase.replace(marker[0], mem));
    } else {
      forms.push(phrase);
      const plural = m[2];
      if (plural === undefined) forms.push(pluralOf(phrase.replace(/_+$/, '')));
      else if (plural.trim() !== '') for (const p of plural.trim().split(/\s+/)) forms.push(p);
    }
    const entry = addEntry(dict, {
      id: `petrarch:${file}:${lineNo}:${code}`,
      kind: 'role',
      code,
      label: phraseWords(phrase).join(' '),
      from: null,
      to: null,
      compose,
      source: { file, line: lineNo },
    });
    for (const f of forms) {
      const words = phraseWords(f);
      if (words.length > 0) addForm(dict, entry, words.join(' '), { type: 'petrarch-agent', source: { file, line: lineNo } });
    }
  }
  dict.files.push(file);
  return problems;
}
