import { readFileSync } from 'node:fs';
import type { Plover } from '../model/index.js';
import { dataPath } from '../paths.js';

/** A CAMEO event code with the facts every event record carries (name, Goldstein score, QuadClass). */
export interface CameoCode {
  /** Two to four digits, e.g. `042`; two-digit codes are the roots. */
  code: string;
  /** The two-digit root, e.g. `04`. */
  root: string;
  name: string;
  /** Goldstein conflict–cooperation score, -10 to +10. */
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
}

/** A data file of the codebook that does not parse; the message names the file, the line and the value. */
export class CodebookError extends Error {
  override name = 'CodebookError';
}

const CODE_RE = /^\d{2,4}$/;

/** Splits a TSV file into numbered data lines, skipping `#` comments, blank lines and the header row. */
function dataLines(text: string, header: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#') || raw === header) return;
    out.push({ line: i + 1, fields: raw.split('\t') });
  });
  return out;
}

/** Parses the text of data/cameo/codes.tsv; `file` is used in error messages. Exported for tests and tools. */
export function parseCodesTsv(text: string, file: string): CameoCode[] {
  const codes: CameoCode[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of dataLines(text, 'code\troot\tname\tgoldstein\tquadClass')) {
    const where = `${file}:${line}`;
    if (fields.length !== 5) throw new CodebookError(`${where}: expected 5 tab-separated fields, got ${fields.length}`);
    const [code, root, name, gs, qc] = fields;
    if (!CODE_RE.test(code)) throw new CodebookError(`${where}: bad code ${JSON.stringify(code)}`);
    if (root !== code.slice(0, 2)) throw new CodebookError(`${where}: root ${JSON.stringify(root)} does not match code ${code}`);
    if (name.trim() === '') throw new CodebookError(`${where}: empty name for code ${code}`);
    const goldstein = Number(gs);
    if (gs.trim() === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new CodebookError(`${where}: bad Goldstein value ${JSON.stringify(gs)} for code ${code}`);
    }
    const quadClass = Number(qc);
    if (quadClass !== 1 && quadClass !== 2 && quadClass !== 3 && quadClass !== 4) {
      throw new CodebookError(`${where}: bad QuadClass ${JSON.stringify(qc)} for code ${code}`);
    }
    if (seen.has(code)) throw new CodebookError(`${where}: duplicate code ${code}`);
    if (code.length > 2 && !seen.has(root)) throw new CodebookError(`${where}: code ${code} comes before its root ${root}`);
    seen.add(code);
    codes.push({ code, root, name, goldstein, quadClass });
  }
  if (codes.length === 0) throw new CodebookError(`${file}: no codes`);
  return codes;
}

/** Parses the text of data/cameo/plover.tsv, checking every code against `known`. Exported for tests and tools. */
export function parsePloverTsv(text: string, file: string, known: ReadonlySet<string>): Map<string, Plover> {
  const out = new Map<string, Plover>();
  for (const { line, fields } of dataLines(text, 'code\ttype\tmode\tcontext')) {
    const where = `${file}:${line}`;
    if (fields.length !== 4) throw new CodebookError(`${where}: expected 4 tab-separated fields, got ${fields.length}`);
    const [code, type, mode, context] = fields;
    if (!known.has(code)) throw new CodebookError(`${where}: code ${JSON.stringify(code)} is not a CAMEO code`);
    if (!/^[A-Z]+$/.test(type)) throw new CodebookError(`${where}: bad PLOVER type ${JSON.stringify(type)} for code ${code}`);
    if (out.has(code)) throw new CodebookError(`${where}: duplicate code ${code}`);
    out.set(code, { type, mode: mode.trim() || null, context: context.trim() || null });
  }
  return out;
}

interface Codebook {
  list: CameoCode[];
  byCode: Map<string, CameoCode>;
  plover: Map<string, Plover>;
}

let cached: Codebook | undefined;

/** Loads both data files once; later calls reuse them (the files do not change while dyad runs). */
function load(): Codebook {
  if (cached) return cached;
  const codesFile = dataPath('cameo', 'codes.tsv');
  const ploverFile = dataPath('cameo', 'plover.tsv');
  const list = parseCodesTsv(readFileSync(codesFile, 'utf8'), codesFile);
  const byCode = new Map(list.map((c) => [c.code, c]));
  const plover = parsePloverTsv(readFileSync(ploverFile, 'utf8'), ploverFile, new Set(byCode.keys()));
  cached = { list, byCode, plover };
  return cached;
}

/** The CAMEO code with its name, Goldstein score and QuadClass, or undefined when the code is unknown. */
export function getCameoCode(code: string): CameoCode | undefined {
  return load().byCode.get(code);
}

/** Like getCameoCode, for callers that hold a code from validated data: an unknown code is a bug, so it throws. */
export function getCameoCodeOrThrow(code: string): CameoCode {
  const found = getCameoCode(code);
  if (!found) throw new CodebookError(`Unknown CAMEO code: ${JSON.stringify(code)}`);
  return found;
}

/** Every CAMEO code in codebook order (root, then its 3- and 4-digit codes). */
export function listCameoCodes(): readonly CameoCode[] {
  return load().list;
}

/**
 * The PLOVER type, mode and context of a CAMEO code. A code the CAMEO-to-PLOVER table does not list takes its
 * nearest listed parent (1951 → 195); null when neither it nor a parent is listed (roots 01 and 02, which PLOVER
 * does not code as events) or the code is unknown.
 */
export function ploverFor(code: string): Plover | null {
  const book = load();
  if (!book.byCode.has(code)) return null;
  for (let len = code.length; len >= 2; len--) {
    const hit = book.plover.get(code.slice(0, len));
    if (hit) return { ...hit };
  }
  return null;
}
