import type { ExportFormat } from './writer.js';

/** The contract record as one JSON object per line. */
export const jsonl: ExportFormat = {
  name: 'jsonl',
  description: 'one event record (the full contract record) per line',
  create: () => ({ header: () => '', write: (e) => `${JSON.stringify(e)}\n`, footer: () => '' }),
};
