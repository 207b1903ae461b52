import type { EventRecord } from '../model/index.js';
import type { CodedWith, DocumentFilter, Store } from '../store/index.js';
import type { CodeDocument } from './ingest.js';

/** How one document's events changed between its stored coding and a new one. */
export interface EventDiff {
  added: EventRecord[];
  removed: EventRecord[];
  /** Same sentence and predicate, different record (code, actors, date, location, ...). */
  changed: { before: EventRecord; after: EventRecord }[];
  unchanged: number;
}

/** The outcome of recoding one document. */
export interface DocumentRecode extends EventDiff {
  docId: string;
  origin: string | null;
  title: string | null;
}

/** Totals of a recode run. */
export interface RecodeSummary {
  /** Documents looked at. */
  documents: number;
  /** Documents coded again. */
  recoded: number;
  /** Documents skipped because they were coded with the current versions (without `all`). */
  upToDate: number;
  /** Recoded documents whose events changed. */
  withChanges: number;
  failed: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** JSON with sorted keys and without null or undefined members, so equivalent records compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && x !== undefined) sorted[k] = x;
      }
      return sorted;
    }
    return v;
  });
}

function predicateKey(e: EventRecord): string {
  return `${e.sentence.index}:${e.evidence.predicate.start}-${e.evidence.predicate.end}`;
}

/** Compares two codings of one document, pairing events by sentence and predicate span. */
export function diffEvents(before: EventRecord[], after: EventRecord[]): EventDiff {
  const diff: EventDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const groups = new Map<string, { before: EventRecord[]; after: EventRecord[] }>();
  const group = (k: string): { before: EventRecord[]; after: EventRecord[] } => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { before: [], after: [] }));
    return g;
  };
  for (const e of before) group(predicateKey(e)).before.push(e);
  for (const e of after) group(predicateKey(e)).after.push(e);
  for (const g of groups.values()) {
    const left = [...g.before];
    const right: EventRecord[] = [];
    for (const e of g.after) {
      const c = canonical(e);
      const i = left.findIndex((b) => canonical(b) === c);
      if (i >= 0) {
        left.splice(i, 1);
        diff.unchanged++;
      } else {
        right.push(e);
      }
    }
    const pairs = Math.min(left.length, right.length);
    for (let i = 0; i < pairs; i++) diff.changed.push({ before: left[i], after: right[i] });
    diff.removed.push(...left.slice(pairs));
    diff.added.push(...right.slice(pairs));
  }
  return diff;
}

/** Options of `recodeDocuments`. */
export interface RecodeOptions {
  /** Recode every document, not only those coded with other versions than `codedWith`. */
  all?: boolean;
  filter?: Omit<DocumentFilter, 'limit' | 'cursor'>;
  /** Called for every recoded document. */
  onDocument?: (r: DocumentRecode) => void;
}

function sameVersions(a: CodedWith | null, b: CodedWith): boolean {
  return !!a && a.models === b.models && a.dictionaries === b.dictionaries && a.lexicon === b.lexicon;
}

/**
 * Codes stored documents again with the current coder and replaces their events, one transaction
 * per document, reporting what changed. A document that fails is recorded and the run goes on.
 */
export async function recodeDocuments(store: Store, code: CodeDocument, codedWith: CodedWith, options: RecodeOptions = {}): Promise<RecodeSummary> {
  const s: RecodeSummary = { documents: 0, recoded: 0, upToDate: 0, withChanges: 0, failed: 0, added: 0, removed: 0, changed: 0, unchanged: 0 };
  let cursor: string | null = null;
  do {
    const page = await store.listDocuments({ ...options.filter, limit: 200, cursor });
    for (const summary of page.items) {
      s.documents++;
      if (!options.all && sameVersions(summary.codedWith, codedWith)) {
        s.upToDate++;
        continue;
      }
      try {
        const stored = await store.findDocument(summary.id);
        if (!stored) continue; // deleted meanwhile
        const before: EventRecord[] = [];
        let next: string | null = null;
        do {
          const events = await store.queryEvents({ docId: summary.id, limit: 10_000, cursor: next });
          before.push(...events.items);
          next = events.next;
        } while (next);
        const coded = code(stored.doc);
        const diff = diffEvents(before, coded.events);
        await store.replaceCoding(summary.id, coded.sentences, coded.events, codedWith);
        s.recoded++;
        s.added += diff.added.length;
        s.removed += diff.removed.length;
        s.changed += diff.changed.length;
        s.unchanged += diff.unchanged;
        if (diff.added.length + diff.removed.length + diff.changed.length > 0) s.withChanges++;
        options.onDocument?.({ docId: summary.id, origin: summary.origin, title: summary.title, ...diff });
      } catch (err) {
        s.failed++;
        await store.recordFailure(summary.origin ?? summary.id, `recode failed: ${err instanceof Error ? err.message : String(err)}`, summary.id);
      }
    }
    cursor = page.next;
  } while (cursor);
  return s;
}
