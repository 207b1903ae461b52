import type { EventRecord } from '../model/index.js';
import type { ExportFormat } from './writer.js';

/** An event as a PLOVER-style record: PLOVER type and mode, actors with countries, the sentence. */
export function toPloverRecord(e: EventRecord): Record<string, unknown> | null {
  if (!e.plover) return null;
  return {
    id: e.id,
    date: e.date,
    event_type: e.plover.type,
    mode: e.plover.mode,
    context: e.plover.context ?? null,
    actor1: e.source?.code ?? null,
    actor1_country: e.source?.country ?? null,
    actor1_text: e.source?.text ?? null,
    actor2: e.target?.code ?? null,
    actor2_country: e.target?.country ?? null,
    actor2_text: e.target?.text ?? null,
    negated: e.negated,
    location: e.location ? { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon } : null,
    cameo: e.code,
    doc_id: e.docId,
    text: e.sentence.text,
  };
}

/** PLOVER-style JSON lines; events whose CAMEO code has no PLOVER mapping are left out. */
export const plover: ExportFormat = {
  name: 'plover',
  description: 'PLOVER-style JSON lines (events without a PLOVER mapping are left out)',
  create: () => ({
    header: () => '',
    write: (e) => {
      const r = toPloverRecord(e);
      return r ? `${JSON.stringify(r)}\n` : '';
    },
    footer: () => '',
  }),
};
