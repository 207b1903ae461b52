import type { IngestProgress, IngestSummary } from './ingest.js';

/** Where progress goes: stderr, or anything with `write` and an `isTTY` flag. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

function rate(n: number, ms: number): string {
  return ms > 0 ? (n / (ms / 1000)).toFixed(1) : '0.0';
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** One progress line: documents/s, events so far, failures. */
export function formatProgress(p: IngestProgress): string {
  return `ingest: ${p.read} read, ${p.stored} stored, ${p.duplicates} already stored, ${p.failed} failed | ` +
    `${rate(p.read, p.elapsedMs)} docs/s, ${rate(p.sentences, p.elapsedMs)} sentences/s | ${p.events} events | ${seconds(p.elapsedMs)}`;
}

/** The closing summary, several lines. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `documents read     ${s.read}`,
    `new (stored)       ${s.stored}`,
    `already stored     ${s.duplicates}`,
    `near-duplicates    ${s.nearDuplicates}`,
    `failed             ${s.failed}`,
    `sentences          ${s.sentences}`,
    `events             ${s.events}`,
    `elapsed            ${seconds(s.elapsedMs)} (${rate(s.stored, s.elapsedMs)} new docs/s, ${rate(s.sentences, s.elapsedMs)} sentences/s)`,
  ];
  if (s.interrupted) lines.push('interrupted: run the same command again to ingest the rest');
  for (const f of s.failures) lines.push(`  failed: ${f.origin}: ${f.error}`);
  if (s.failed > s.failures.length) lines.push(`  ... and ${s.failed - s.failures.length} more (dyad stats; failures table)`);
  return `${lines.join('\n')}\n`;
}

/**
 * Progress on a stream: on a terminal one line redrawn with `\r`; otherwise a plain line at most
 * every `intervalMs` (0 = after every batch), so logs stay readable.
 */
export class ProgressReporter {
  private lastLine = -Infinity;
  private drawn = false;

  constructor(
    private readonly out: ProgressStream,
    private readonly intervalMs: number = 2000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Reports running counts (call after each batch). */
  update(p: IngestProgress): void {
    const line = formatProgress(p);
    if (this.out.isTTY) {
      const width = (this.out as { columns?: number }).columns ?? 120;
      // \x1b[K clears what a longer previous line left behind.
      this.out.write(`\r${line.slice(0, width - 1)}\x1b[K`);
      this.drawn = true;
      return;
    }
    const t = this.now();
    if (t - this.lastLine >= this.intervalMs) {
      this.out.write(`${line}\n`);
      this.lastLine = t;
    }
  }

  /** Ends the progress line and writes the summary. */
  finish(summary: IngestSummary): void {
    if (this.drawn) this.out.write('\n');
    this.out.write(formatSummary(summary));
  }
}
