// Development check of the event lexicon in data/lexicon/: every line parses, every CODE is a CAMEO code of the
// file's root, every @set is defined, no template is given twice; prints entry counts per root and the codes
// that have no entry. Run: `npx tsc -p . && node dist/scripts/check-lexicon.js [--markdown]`. Exit 1 on errors.
// Its own checks are independent of the coder's loader in src/events/ on purpose: they check the data against the written
// format; the loader's own complaints about lines the format allows are then added to its errors.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { listCameoCodes } from '../src/events/codebook.js';
import { loadLexiconFrom } from '../src/events/lexicon.js';
import { dataPath } from '../src/paths.js';

const WORD = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(_[a-z]+)*$/;
const SET_NAME = /^@[a-z][a-z0-9]*$/;
const FILE_RE = /^(\d\d)-[a-z][a-z-]*\.txt$/;
// Prepositions as the coder reads them: a template may not end in one, and they split required phrases.
const PREPOSITIONS = new Set(('about above across after against along among around as at before behind between by ' +
  'during for from in inside into near of off on onto out over per since than through to toward towards under ' +
  'until upon via with within without amid regarding concerning beyond alongside beside throughout versus').split(' '));

/** One lexicon line that passed the checks. */
export interface LexiconEntry {
  file: string;
  line: number;
  code: string;
  template: string;
}

/** What the check found: problems, per-root counts and the codes left without entries. */
export interface LexiconReport {
  errors: string[];
  warnings: string[];
  entries: LexiconEntry[];
  files: number;
  sets: number;
  rows: { root: string; name: string; entries: number; covered: number; total: number }[];
  /** 3- and 4-digit codes with no entry (roots are coded through their x0 code). */
  missing: string[];
  codable: number;
}

/** Reads sets.txt: `@name = member member ...`, members are words or other @sets. */
function readSets(file: string, errors: string[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const where = `sets.txt:${i + 1}`;
    const body = raw.replace(/#.*$/, '').trim();
    if (body === '') return;
    const m = /^(\S+)\s*=\s*(.*)$/.exec(body);
    if (!m || !SET_NAME.test(m[1])) return void errors.push(`${where}: not "@name = words": ${JSON.stringify(raw)}`);
    const members = m[2].split(/\s+/).filter(Boolean);
    if (members.length === 0) errors.push(`${where}: set ${m[1]} is empty`);
    for (const w of members) {
      if (!WORD.test(w) && !SET_NAME.test(w)) errors.push(`${where}: bad member ${JSON.stringify(w)} of ${m[1]}`);
    }
    if (sets.has(m[1])) errors.push(`${where}: set ${m[1]} defined twice`);
    sets.set(m[1], members);
  });
  // Included sets must exist and must not include themselves, directly or not.
  const visit = (name: string, path: string[]): void => {
    if (path.includes(name)) return void errors.push(`sets.txt: set ${name} includes itself via ${path.join(' > ')}`);
    for (const w of sets.get(name) ?? []) {
      if (!w.startsWith('@')) continue;
      if (!sets.has(w)) errors.push(`sets.txt: set ${name} uses undefined set ${w}`);
      else visit(w, [...path, name]);
    }
  };
  for (const name of sets.keys()) visit(name, []);
  return sets;
}

/** Checks one template's tokens; returns an error message or null. */
function checkTemplate(tokens: string[], sets: Map<string, string[]>): string | null {
  let x = 0;
  let y = 0;
  let stars = 0;
  let words = 0;
  for (const raw of tokens) {
    // (a slot may name the kinds of actor it takes, "Y:IGO"; the lexicon compiler checks the kinds)
    const tok = (raw.startsWith('*') ? raw.slice(1) : raw).replace(/^(X|Y|X's|Y's):.*$/, '$1');
    if (raw.startsWith('*')) stars++;
    if (tok === 'X' || tok === "X's") {
      x++;
      if (raw.startsWith('*')) return `the predicate mark * cannot be on a slot (${raw})`;
      continue;
    }
    if (tok === 'Y' || tok === "Y's") {
      y++;
      if (raw.startsWith('*')) return `the predicate mark * cannot be on a slot (${raw})`;
      continue;
    }
    words++;
    for (const alt of tok.split('|')) {
      if (alt.startsWith('@')) {
        if (!SET_NAME.test(alt)) return `bad set name ${JSON.stringify(alt)}`;
        if (!sets.has(alt)) return `undefined set ${alt}`;
      } else if (!WORD.test(alt)) {
        return `bad word ${JSON.stringify(alt)} (lower-case lemmas, a|b alternatives, particles joined with _)`;
      }
    }
  }
  if (x > 1) return 'slot X used more than once';
  if (y > 1) return 'slot Y used more than once';
  if (stars > 1) return 'more than one word marked * as the predicate';
  const starred = tokens.find((t) => t.startsWith('*'));
  if (starred && starred.slice(1).split('|').some((a) => PREPOSITIONS.has(a))) return `a preposition cannot be the predicate (${starred})`;
  if (words === 0) return 'no predicate word';
  const last = tokens[tokens.length - 1];
  if (PREPOSITIONS.has(last)) return `ends with the preposition "${last}"`;
  if (tokens.includes('that')) return '"that" clauses are not part of the format';
  const betweenAt = tokens.indexOf('between');
  if (betweenAt >= 0 && tokens[betweenAt + 1] === 'X' && !(tokens[betweenAt + 2] === 'and' && tokens[betweenAt + 3] === 'Y')) {
    return '"between" must be written "between X and Y"';
  }
  return null;
}

/** Checks every lexicon file in `dir` against the format and the CAMEO table. */
export function checkLexicon(dir: string): LexiconReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const codes = listCameoCodes();
  const known = new Map(codes.map((c) => [c.code, c]));
  const sets = readSets(`${dir}/sets.txt`, errors);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && f !== 'sets.txt').sort();
  const entries: LexiconEntry[] = [];
  const roots = new Set<string>();
  for (const file of files) {
    const fm = FILE_RE.exec(file);
    if (!fm) {
      errors.push(`${file}: file name is not NN-root-slug.txt`);
      continue;
    }
    if (roots.has(fm[1])) errors.push(`${file}: a second file for root ${fm[1]}`);
    roots.add(fm[1]);
    readFileSync(`${dir}/${file}`, 'utf8').split(/\r?\n/).forEach((raw, i) => {
      const where = `${file}:${i + 1}`;
      const body = raw.replace(/#.*$/, '').trim();
      if (body === '') return;
      const [code, ...tokens] = body.split(/\s+/);
      if (!/^\d{2,4}$/.test(code)) return void errors.push(`${where}: CODE ${JSON.stringify(code)} is not 2-4 digits`);
      if (!known.has(code)) return void errors.push(`${where}: ${code} is not in the CAMEO table`);
      if (code.slice(0, 2) !== fm[1]) return void errors.push(`${where}: ${code} does not belong to root ${fm[1]}`);
      if (tokens.length === 0) return void errors.push(`${where}: no template after ${code}`);
      const problem = checkTemplate(tokens, sets);
      if (problem) return void errors.push(`${where}: ${problem}: ${JSON.stringify(tokens.join(' '))}`);
      entries.push({ file, line: i + 1, code, template: tokens.join(' ') });
    });
  }
  for (const r of known.keys()) if (r.length === 2 && !roots.has(r)) errors.push(`no lexicon file for root ${r}`);
  // The format allows lines the coder's compiler still rejects ("X cut off Y": the compiler wants a preposition
  // after the predicate, and "off" is its particle), and the coder skips those lines: they are errors too.
  const reported = new Set(errors.map((e) => e.split(': ')[0]));
  for (const problem of loadLexiconFrom(dir, (code) => known.has(code), false).errors) {
    if (!reported.has(problem.split(': ')[0])) errors.push(`${problem} (the coder's lexicon compiler)`);
  }

  const byTemplate = new Map<string, LexiconEntry>();
  for (const e of entries) {
    const prev = byTemplate.get(e.template);
    if (!prev) byTemplate.set(e.template, e);
    else if (prev.code === e.code) warnings.push(`${e.file}:${e.line}: repeats ${prev.file}:${prev.line} (${e.template})`);
    else errors.push(`${e.file}:${e.line}: template "${e.template}" is already ${prev.code} at ${prev.file}:${prev.line}`);
  }

  const perCode = new Map<string, number>();
  for (const e of entries) perCode.set(e.code, (perCode.get(e.code) ?? 0) + 1);
  const rows = [...known.values()].filter((c) => c.code.length === 2).map((r) => {
    const own = codes.filter((c) => c.root === r.code);
    const n = entries.filter((e) => e.code.startsWith(r.code)).length;
    const codable = own.filter((c) => c.code.length > 2);
    const covered = codable.filter((c) => perCode.has(c.code)).length;
    return { root: r.code, name: r.name, entries: n, covered, total: codable.length };
  });
  // Roots are coded through their x0 code (010, 190): a root itself never needs an entry.
  const missing = codes.filter((c) => c.code.length > 2 && !perCode.has(c.code)).map((c) => c.code);
  for (const e of entries) {
    if (e.code.length === 2) warnings.push(`${e.file}:${e.line}: root code ${e.code}; use ${e.code}0`);
  }
  const used = new Set<string>();
  const markUsed = (name: string): void => {
    if (used.has(name)) return;
    used.add(name);
    for (const w of sets.get(name) ?? []) if (w.startsWith('@')) markUsed(w);
  };
  for (const e of entries) for (const m of e.template.matchAll(/@[a-z0-9]+/g)) markUsed(m[0]);
  for (const name of sets.keys()) if (!used.has(name)) warnings.push(`sets.txt: set ${name} is never used`);

  const codable = codes.filter((c) => c.code.length > 2).length;
  return { errors, warnings, entries, files: files.length, sets: sets.size, rows, missing, codable };
}

function main(): void {
  const r = checkLexicon(dataPath('lexicon'));
  if (process.argv.includes('--markdown')) {
    console.log('| root | name | entries | codes with entries |');
    console.log('| --- | --- | ---: | ---: |');
    for (const row of r.rows) console.log(`| ${row.root} | ${row.name} | ${row.entries} | ${row.covered} / ${row.total} |`);
    console.log(`| | **total** | **${r.entries.length}** | **${r.codable - r.missing.length} / ${r.codable}** |`);
  } else {
    for (const row of r.rows) console.log(`${row.root}  ${String(row.entries).padStart(4)} entries  ${row.covered}/${row.total} codes  ${row.name}`);
    console.log(`total ${r.entries.length} entries in ${r.files} files, ${r.sets} sets; ${r.codable - r.missing.length}/${r.codable} 3- and 4-digit codes have entries`);
    console.log(`codes without entries (${r.missing.length}): ${r.missing.join(' ')}`);
  }
  for (const w of r.warnings) console.error(`warning: ${w}`);
  for (const e of r.errors) console.error(`error: ${e}`);
  if (r.errors.length) {
    console.error(`check-lexicon: ${r.errors.length} error(s)`);
    process.exitCode = 1;
  }
}

// Run only as a program, not when a test imports checkLexicon.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
