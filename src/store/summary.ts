import type { EventRecord } from '../model/index.js';
import { matchCode, type Sql } from './query.js';
import type { Driver } from './sql-store.js';
import type { EventFilter } from './types.js';

// The `event_summary` table (migration 3): event counts and Goldstein sums per (source, target,
// their countries, root, QuadClass, negated). SqlStore applies a delta to it in the same
// transaction as every insert and deletion of events, so it always equals a GROUP BY over
// `events`; top actors, the network and the stats read it instead of scanning the events.
// A missing actor or country is '' in the key (key columns cannot be NULL).

/** Key columns of `event_summary`, in the order of `SummaryKey`. */
export const SUMMARY_KEY_COLUMNS = [
  'source_code', 'target_code', 'source_country', 'target_country', 'root', 'code_root', 'quad_class', 'negated',
] as const;

type SummaryKey = [string, string, string, string, string, string, number, number];

/** Net change of one summary row. */
interface SummaryDelta {
  key: SummaryKey;
  events: number;
  goldstein: number;
}

/** Changes to apply to `event_summary`, collected while events are inserted or deleted. */
export class SummaryChanges {
  private readonly rows = new Map<string, SummaryDelta>();

  private add(key: SummaryKey, events: number, goldstein: number): void {
    const k = JSON.stringify(key);
    const row = this.rows.get(k);
    if (row) {
      row.events += events;
      row.goldstein += goldstein;
    } else {
      this.rows.set(k, { key, events, goldstein });
    }
  }

  /** Counts one stored event. */
  insert(e: EventRecord): void {
    this.add([
      e.source?.code ?? '', e.target?.code ?? '', e.source?.country ?? '', e.target?.country ?? '',
      e.root, e.code.slice(0, 2), e.quadClass, e.negated ? 1 : 0,
    ], 1, e.goldstein);
  }

  /** Subtracts the events of a document that are about to be deleted (read from the store before the DELETE). */
  async removeDocument(tx: Driver, docId: string): Promise<void> {
    const rows = await tx.all<{ sc: string; tc: string; scc: string; tcc: string; r: string; cr: string; q: number; neg: number; n: number; g: number }>(
      `SELECT coalesce(source_code, '') AS sc, coalesce(target_code, '') AS tc, coalesce(source_country, '') AS scc,
              coalesce(target_country, '') AS tcc, root AS r, substr(code, 1, 2) AS cr, quad_class AS q, negated AS neg,
              count(*) AS n, sum(goldstein) AS g
       FROM events WHERE doc_id = ? GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
      [docId],
    );
    for (const r of rows) this.add([r.sc, r.tc, r.scc, r.tcc, r.r, r.cr, Number(r.q), Number(r.neg)], -Number(r.n), -Number(r.g));
  }

  /**
   * Writes the net changes: upserts in key order (so two PostgreSQL writers lock rows in the same
   * order and cannot deadlock), then drops the rows that reached zero events.
   */
  async apply(tx: Driver): Promise<void> {
    const rows = [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
    const keyMatch = SUMMARY_KEY_COLUMNS.map((c) => `${c} = ?`).join(' AND ');
    for (const r of rows) {
      if (r.events === 0 && r.goldstein === 0) continue;
      await tx.run(
        `INSERT INTO event_summary (${SUMMARY_KEY_COLUMNS.join(', ')}, events, goldstein_sum) VALUES (${SUMMARY_KEY_COLUMNS.map(() => '?').join(', ')}, ?, ?)
         ON CONFLICT (${SUMMARY_KEY_COLUMNS.join(', ')}) DO UPDATE SET events = event_summary.events + excluded.events,
           goldstein_sum = event_summary.goldstein_sum + excluded.goldstein_sum`,
        [...r.key, r.events, r.goldstein],
      );
      if (r.events < 0) await tx.run(`DELETE FROM event_summary WHERE ${keyMatch} AND events <= 0`, r.key);
    }
    this.rows.clear();
  }
}

/** Filters the summary can answer; any other filter (dates, code, text, place, document) needs the events. */
const SUMMARY_FILTERS = new Set<string>(['actor', 'source', 'target', 'root', 'quadClass', 'country', 'negated', 'limit', 'cursor']);

/** An actor code match on a summary column, where '' (no actor) never matches. */
function summaryCode(column: string, value: string): Sql {
  return value === '*' ? { sql: `${column} <> ''`, params: [] } : matchCode(column, value);
}

/**
 * Conditions on `event_summary` (alias `s`) equivalent to `eventConditions(f)` on `events`, or null
 * when the filter uses something the summary does not keep.
 */
export function summaryConditions(f: EventFilter): Sql[] | null {
  for (const [key, value] of Object.entries(f)) {
    if (value !== undefined && value !== null && value !== '' && !SUMMARY_FILTERS.has(key)) return null;
  }
  const c: Sql[] = [];
  if (f.actor) {
    const s = summaryCode('s.source_code', f.actor);
    const t = summaryCode('s.target_code', f.actor);
    c.push({ sql: `(${s.sql} OR ${t.sql})`, params: [...s.params, ...t.params] });
  }
  if (f.source) c.push(summaryCode('s.source_code', f.source));
  if (f.target) c.push(summaryCode('s.target_code', f.target));
  if (f.root) {
    // `root` matches codes starting with it; code_root holds a code's first two characters.
    if (f.root.length > 2) return null;
    c.push(matchCode('s.code_root', `${f.root}*`));
  }
  if (f.quadClass !== undefined) {
    if (![1, 2, 3, 4].includes(f.quadClass)) return null; // eventConditions reports it
    c.push({ sql: 's.quad_class = ?', params: [f.quadClass] });
  }
  if (f.country) {
    const cc = f.country.toUpperCase();
    c.push({ sql: '(s.source_country = ? OR s.target_country = ?)', params: [cc, cc] });
  }
  if (f.negated !== undefined) c.push({ sql: 's.negated = ?', params: [f.negated ? 1 : 0] });
  return c;
}
