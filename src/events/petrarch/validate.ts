import { readFileSync } from 'node:fs';
import { loadNlp, type Nlp } from '../../nlp/index.js';
import { codePetrarchSentence, type PetrarchDictionaries } from './coder.js';
import { loadPetrarch, type LoadedPetrarch } from './load.js';
import { readValidationRecords, type ExpectedEvent, type ValidationRecord } from './records.js';

/** The outcome of one validation record. */
export interface RecordResult {
  id: string;
  category: string;
  expected: ExpectedEvent[];
  coded: ExpectedEvent[];
  match: boolean;
}

/** Exact-match and tuple scores, overall and per category. */
export interface ValidationSummary {
  records: number;
  exact: number;
  exactRate: number;
  tuples: { expected: number; coded: number; correct: number; precision: number; recall: number };
  perCategory: Record<string, { records: number; exact: number }>;
  skipped: number;
}

const key = (e: ExpectedEvent): string => `${e.source}|${e.target}|${e.code}`;

/** Codes the text of one record with the dictionaries and the record's `<Config>` options. */
export function codeRecord(rec: ValidationRecord, dicts: PetrarchDictionaries, nlp: Nlp): ExpectedEvent[] {
  const rd = rec.config.get('require_dyad');
  const requireDyad = rd === undefined ? true : rd.toLowerCase() !== 'false';
  const out = new Map<string, ExpectedEvent>();
  for (const s of nlp.parse(rec.text)) {
    for (const e of codePetrarchSentence(s, dicts, { date: rec.date, requireDyad })) {
      const ev = { source: e.source ?? '---', target: e.target ?? '---', code: e.code };
      out.set(key(ev), ev);
    }
  }
  return [...out.values()];
}

/** Scores one record as PETRARCH does: right when the sets of (source, target, code) are equal. */
export function scoreRecord(rec: ValidationRecord, coded: ExpectedEvent[]): RecordResult {
  const want = new Set(rec.expected.map(key));
  const got = new Set(coded.map(key));
  const match = want.size === got.size && [...want].every((k) => got.has(k));
  return { id: rec.id, category: rec.category, expected: rec.expected, coded, match };
}

/** Sums record results into exact-match rate, tuple precision/recall and per-category counts. */
export function summarize(results: RecordResult[], skipped: number): ValidationSummary {
  let expected = 0;
  let coded = 0;
  let correct = 0;
  const perCategory: ValidationSummary['perCategory'] = {};
  for (const r of results) {
    const want = new Set(r.expected.map(key));
    const got = new Set(r.coded.map(key));
    expected += want.size;
    coded += got.size;
    for (const k of got) if (want.has(k)) correct++;
    const c = (perCategory[r.category] ??= { records: 0, exact: 0 });
    c.records++;
    if (r.match) c.exact++;
  }
  const exact = results.filter((r) => r.match).length;
  return {
    records: results.length,
    exact,
    exactRate: results.length ? exact / results.length : 0,
    tuples: { expected, coded, correct, precision: coded ? correct / coded : 0, recall: expected ? correct / expected : 0 },
    perCategory,
    skipped,
  };
}

/** Runs a whole validation file: loads the dictionaries its `<Environment>` names and codes every evaluated record. */
export function runValidation(path: string, options: { modelDir?: string; onRecord?: (r: RecordResult) => void } = {}): {
  results: RecordResult[];
  summary: ValidationSummary;
  problems: string[];
  dictionaries: LoadedPetrarch;
} {
  const file = readValidationRecords(readFileSync(path, 'utf8'), path);
  const dicts = loadPetrarch(file.files);
  const nlp = loadNlp(options.modelDir);
  const results: RecordResult[] = [];
  let skipped = 0;
  for (const rec of file.records) {
    // PETRARCH evaluates only the categories its <Include> names and records not marked evaluate="false"
    if (!rec.evaluate || (file.include !== null && !file.include.includes(rec.category))) {
      skipped++;
      continue;
    }
    const r = scoreRecord(rec, codeRecord(rec, dicts, nlp));
    results.push(r);
    options.onRecord?.(r);
  }
  return { results, summary: summarize(results, skipped), problems: [...file.problems, ...dicts.problems], dictionaries: dicts };
}
