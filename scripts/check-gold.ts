// Development check of hand-written data files: the people dictionary (data/dictionaries/people.tsv) and the gold
// event sets (fixtures/gold/events.jsonl, heldout-events.jsonl, weak-roots-events.jsonl, hard-cases-events.jsonl,
// heldout2-events.jsonl, weak-roots2-events.jsonl, heldout3-events.jsonl, wire-events.jsonl and heldout5-events.jsonl, the
// development sets, and heldout4-events.jsonl and heldout6-events.jsonl, the held-out sets). It checks them against their written formats (fields, dates, terms, CAMEO codes, actor-code shape) and prints
// the coverage counts quoted in fixtures/gold/README.md.
// Run: `npx tsc -p . && node dist/scripts/check-gold.js [--markdown] [GOLD.jsonl...]` (default: the eleven gold sets).
// Exit 1 on errors.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataPath, packageRoot } from '../src/paths.js';
import { CLASS_CODES, ROLE_CODES } from '../src/actors/codes.js';

const PEOPLE_HEADER = 'name\taliases\tcode\tfrom\tto\toffice';
/**
 * Group and organisation blocks of docs/actor-codes.md: what follows the country or class block and the
 * role blocks in the codes of data/dictionaries/groups.txt and organizations.txt ("TAL" in AFGINSTAL,
 * "NATO" in IGONATO), so a gold set may use any group the dictionaries know.
 */
function dictionaryGroupBlocks(): Set<string> {
  const blocks = new Set<string>();
  for (const f of ['groups.txt', 'organizations.txt']) {
    for (const m of readFileSync(dataPath('dictionaries', f), 'utf8').matchAll(/^\[([A-Z]+)\]/gm)) {
      let rest = m[1]!.slice(3);
      while (rest.length >= 3 && ROLE_CODES.has(rest.slice(0, 3)) && rest.length !== 4) rest = rest.slice(3);
      for (let k = 0; k + 3 <= rest.length; k += 3) blocks.add(rest.length === 4 ? rest : rest.slice(k, k + 3));
    }
  }
  return blocks;
}
let groupBlocks: Set<string> | undefined;

/** Hard-case tags a gold note may carry in its leading `[...]` list (fixtures/gold/README.md explains each). */
export const GOLD_TAGS: readonly string[] = ['passive', 'negation', 'reported-speech', 'conjunction', 'apposition',
  'relative-clause', 'control', 'modality', 'nominal', 'person-by-date', 'dateline', 'no-event', 'no-predicate',
  'symmetric', 'uncoded-actor'];

/** One gold sentence as stored in the gold files (ids `g001`…, `h001`…, `k001`…, `n001`…, `w001`…, `x001`…). */
export interface GoldSentence {
  id: string;
  text: string;
  date: string;
  events: { source: string; target: string; code: string }[];
  note: string;
}

/** What a check found: error messages (file:line: what, value) and the counts it computed. */
export interface CheckResult {
  errors: string[];
  counts: Record<string, number>;
}

/** True when `s` is a real calendar date written YYYY-MM-DD. */
function isDate(s: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Returns why an actor code does not follow docs/actor-codes.md, or null when it does. */
export function actorCodeProblem(code: string): string | null {
  if (!/^[A-Z]{3,16}$/.test(code)) return 'not 3-16 capital letters';
  const groups = (groupBlocks ??= dictionaryGroupBlocks());
  const head = code.slice(0, 3);
  let rest = code.slice(3);
  if (CLASS_CODES.has(head) && rest === '') return null;
  while (rest !== '') {
    // (a four-letter group where the length left over says so, as decomposeCode reads it: IGONATO, IGONATOMIL)
    if (rest.length % 3 === 1 && groups.has(rest.slice(0, 4))) {
      rest = rest.slice(4);
      continue;
    }
    const block = rest.slice(0, 3);
    if (!ROLE_CODES.has(block) && !groups.has(block)) return `unknown block ${block}`;
    rest = rest.slice(3);
  }
  return null;
}

/** Reads the CAMEO code column of data/cameo/codes.tsv (comment lines start with #). */
export function readCameoCodes(text: string): Set<string> {
  const codes = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#') || line.startsWith('code\t')) continue;
    codes.add(line.split('\t')[0]);
  }
  return codes;
}

/** Checks people.tsv text: header, six fields, non-empty name/code/office, real dates, from <= to. */
export function checkPeople(text: string, file: string): CheckResult {
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  if (lines[0] !== PEOPLE_HEADER) errors.push(`${file}:1: header must be ${JSON.stringify(PEOPLE_HEADER)}, got ${JSON.stringify(lines[0])}`);
  let rows = 0;
  let open = 0;
  let approx = 0;
  lines.slice(1).forEach((line, i) => {
    const where = `${file}:${i + 2}`;
    if (line.startsWith('#')) return;
    if (line.trim() === '') {
      if (i + 2 < lines.length) errors.push(`${where}: blank line`);
      return;
    }
    const f = line.split('\t');
    if (f.length !== 6) return void errors.push(`${where}: ${f.length} fields, expected 6: ${JSON.stringify(line)}`);
    const [name, aliases, code, from, to, office] = f;
    rows++;
    if (name.trim() === '' || office.trim() === '') errors.push(`${where}: empty name or office`);
    if (aliases !== '' && aliases.split('|').some((a) => a.trim() === '' || a !== a.trim())) {
      errors.push(`${where}: empty or padded alias in ${JSON.stringify(aliases)}`);
    }
    if (aliases.split('|').includes(name)) errors.push(`${where}: alias repeats the name ${JSON.stringify(name)}`);
    const problem = actorCodeProblem(code);
    if (problem) errors.push(`${where}: bad code ${JSON.stringify(code)} (${problem})`);
    for (const d of [from, to]) if (d !== '' && !isDate(d)) errors.push(`${where}: bad date ${JSON.stringify(d)}`);
    if (from !== '' && to !== '' && from > to) errors.push(`${where}: from ${from} is after to ${to}`);
    if (to === '') open++;
    if (office.includes('(approx. date)')) approx++;
  });
  return { errors, counts: { rows, open, approx } };
}

/** Parses a gold JSONL text and checks every record; bad lines are reported and skipped. */
export function checkGold(text: string, file: string, cameo: Set<string>): CheckResult & { sentences: GoldSentence[] } {
  const errors: string[] = [];
  const sentences: GoldSentence[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === '') return;
    let rec: GoldSentence;
    try {
      rec = JSON.parse(line) as GoldSentence;
    } catch (err) {
      return void errors.push(`${where}: not JSON (${(err as Error).message})`);
    }
    if (typeof rec.id !== 'string' || !/^[ghkmnpqrvwxy]\d{3,}$/.test(rec.id)) errors.push(`${where}: bad id ${JSON.stringify(rec.id)}`);
    else if (ids.has(rec.id)) errors.push(`${where}: duplicate id ${rec.id}`);
    ids.add(rec.id);
    if (typeof rec.text !== 'string' || rec.text.trim() === '') errors.push(`${where}: empty text`);
    if (typeof rec.date !== 'string' || !isDate(rec.date)) errors.push(`${where}: bad date ${JSON.stringify(rec.date)}`);
    if (typeof rec.note !== 'string' || rec.note.trim() === '') errors.push(`${where}: empty note`);
    if (!Array.isArray(rec.events)) return void errors.push(`${where}: events is not an array`);
    for (const e of rec.events) {
      if (!cameo.has(e.code)) errors.push(`${where}: unknown CAMEO code ${JSON.stringify(e.code)}`);
      for (const a of [e.source, e.target]) {
        const problem = typeof a === 'string' ? actorCodeProblem(a) : 'not a string';
        if (problem) errors.push(`${where}: bad actor code ${JSON.stringify(a)} (${problem})`);
      }
    }
    for (const tag of goldTags(rec)) if (!GOLD_TAGS.includes(tag)) errors.push(`${where}: unknown tag ${JSON.stringify(tag)}`);
    sentences.push(rec);
  });
  return { errors, sentences, counts: countGold(sentences) };
}

/** The hard-case tags of a gold sentence: the comma-separated list in the leading `[...]` of its note. */
export function goldTags(s: GoldSentence): string[] {
  const m = /^\[([^\]]*)\]/.exec(s.note ?? '');
  return m ? m[1].split(',').map((t) => t.trim()).filter(Boolean) : [];
}

/** Counts sentences, events, events and sentences per CAMEO root, and sentences per hard-case tag. */
export function countGold(sentences: GoldSentence[]): Record<string, number> {
  const c: Record<string, number> = { sentences: sentences.length, events: 0, 'no-event sentences': 0, '4-digit events': 0 };
  const bump = (k: string): void => void (c[k] = (c[k] ?? 0) + 1);
  for (const s of sentences) {
    if (s.events.length === 0) bump('no-event sentences');
    const roots = new Set<string>();
    for (const e of s.events) {
      bump('events');
      bump(`root ${e.code.slice(0, 2)} events`);
      roots.add(e.code.slice(0, 2));
      if (e.code.length === 4) bump('4-digit events');
    }
    for (const r of roots) bump(`root ${r} sentences`);
    for (const t of goldTags(s)) bump(`tag ${t}`);
  }
  return c;
}

/** Prints the people counts, then each gold file's counts, as Markdown tables (for fixtures/gold/README.md) or as plain lines. */
function report(people: CheckResult, golds: { file: string; result: CheckResult }[], markdown: boolean): void {
  if (!markdown) {
    for (const [k, v] of Object.entries(people.counts)) console.log(`people ${k}: ${v}`);
    for (const { file, result } of golds) {
      for (const [k, v] of Object.entries(result.counts).sort()) console.log(`${basename(file)} ${k}: ${v}`);
    }
    return;
  }
  console.log(`people.tsv: ${people.counts.rows} rows, ${people.counts.open} still in office, ${people.counts.approx} with approximate dates`);
  for (const { file, result } of golds) {
    const g = result.counts;
    console.log(`\n${basename(file)}: ${g.sentences} sentences, ${g.events} events, ${g['no-event sentences']} sentences with no event, ${g['4-digit events']} events with a 4-digit code\n`);
    console.log('| root | events | sentences |\n| --- | ---: | ---: |');
    for (let r = 1; r <= 20; r++) {
      const k = String(r).padStart(2, '0');
      console.log(`| ${k} | ${g[`root ${k} events`] ?? 0} | ${g[`root ${k} sentences`] ?? 0} |`);
    }
    console.log('\n| hard case (note tag) | sentences |\n| --- | ---: |');
    for (const t of GOLD_TAGS) console.log(`| ${t} | ${g[`tag ${t}`] ?? 0} |`);
  }
}

/** The gold files checked when none is named, relative to the package root: the development sets and the held-out sets. */
export const GOLD_FILES: readonly string[] = ['events.jsonl', 'heldout-events.jsonl', 'weak-roots-events.jsonl', 'hard-cases-events.jsonl', 'heldout2-events.jsonl', 'weak-roots2-events.jsonl', 'heldout3-events.jsonl', 'wire-events.jsonl', 'heldout4-events.jsonl', 'heldout5-events.jsonl', 'heldout6-events.jsonl', 'heldout7-events.jsonl'].map((f) => join('fixtures', 'gold', f));

function main(): void {
  const args = process.argv.slice(2);
  const named = args.filter((a) => !a.startsWith('--'));
  // Named files are relative to the working directory, the defaults to the package root.
  const goldFiles = named.length > 0 ? named.map((f) => ({ file: f, path: resolve(f) }))
    : GOLD_FILES.map((f) => ({ file: f, path: join(packageRoot, f) }));
  const cameo = readCameoCodes(readFileSync(dataPath('cameo', 'codes.tsv'), 'utf8'));
  const people = checkPeople(readFileSync(dataPath('dictionaries', 'people.tsv'), 'utf8'), 'data/dictionaries/people.tsv');
  const golds: { file: string; result: CheckResult }[] = [];
  const errors = [...people.errors];
  for (const { file, path } of goldFiles) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      errors.push(`${file}: cannot read (${(err as Error).message})`);
      continue;
    }
    const result = checkGold(text, file, cameo);
    golds.push({ file, result });
    errors.push(...result.errors);
  }
  report(people, golds, args.includes('--markdown'));
  for (const e of errors) console.error(e);
  if (errors.length > 0) {
    console.error(`check-gold: ${errors.length} error(s)`);
    process.exit(1);
  }
}

// Run only when executed directly, so the test can import the checks.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) main();
