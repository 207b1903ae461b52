import { scoreEvents, type EvalSummary, type ScoredEvent } from '../events/index.js';
import { codeText } from './index.js';

/** One gold sentence with what the coder produced for it. */
export interface GoldComparison {
  id: string;
  text: string;
  gold: ScoredEvent[];
  predicted: ScoredEvent[];
  /** Hard-case tags of the gold note's leading `[...]` list. */
  tags: string[];
}

/** The result of scoring a gold file: the summary, each sentence, and the lines that were skipped. */
export interface GoldEvaluation {
  summary: EvalSummary;
  sentences: GoldComparison[];
  errors: string[];
}

/**
 * Codes every line `{"text","date","events":[{"source","target","code"}]}` of a gold JSONL text and
 * scores the non-negated events. Bad lines are reported as `file:line: why` and skipped.
 */
export function evaluateGold(text: string, file = 'gold.jsonl'): GoldEvaluation {
  const errors: string[] = [];
  const sentences: GoldComparison[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let rec: { id?: unknown; text?: unknown; date?: unknown; events?: unknown; note?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch (err) {
      errors.push(`${where}: invalid JSON (${(err as Error).message})`);
      return;
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string') {
      errors.push(`${where}: "text" must be a string`);
      return;
    }
    if (!Array.isArray(rec.events)) {
      errors.push(`${where}: "events" must be an array, got ${JSON.stringify(rec.events ?? null)}`);
      return;
    }
    const gold: ScoredEvent[] = [];
    for (const e of rec.events as unknown[]) {
      const ev = e as Record<string, unknown>;
      if (typeof ev?.code !== 'string' || !/^\d{2,4}$/.test(ev.code)) {
        errors.push(`${where}: event without a CAMEO "code": ${JSON.stringify(e)}`);
        continue;
      }
      gold.push({ source: typeof ev.source === 'string' ? ev.source : null, target: typeof ev.target === 'string' ? ev.target : null, code: ev.code });
    }
    const date = typeof rec.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(rec.date) ? rec.date.slice(0, 10) : null;
    const id = typeof rec.id === 'string' ? rec.id : where;
    const r = codeText(rec.text, { date, docId: id });
    const predicted = r.events
      .filter((e) => !e.negated)
      .map((e) => ({ source: e.source?.code ?? null, target: e.target?.code ?? null, code: e.code }));
    sentences.push({ id, text: rec.text, gold, predicted, tags: noteTags(rec.note) });
  });
  return { summary: scoreEvents(sentences), sentences, errors };
}

/** The tags of a gold note's leading `[tag, tag]` list ("[passive, negation] why ..."). */
export function noteTags(note: unknown): string[] {
  if (typeof note !== 'string') return [];
  const m = /^\s*\[([^\]]*)\]/.exec(note);
  return m ? m[1]!.split(',').map((t) => t.trim()).filter((t) => t.length > 0) : [];
}
