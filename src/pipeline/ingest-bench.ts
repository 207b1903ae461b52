import { mkdtempSync, rmSync } from 'node:fs';
import type { Document } from '../model/index.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { makeEvent, makeSentences } from '../store/test-factory.js';
import { ingestDocuments, nearDuplicateCheck, type CodeDocument } from './ingest.js';
import { syntheticDocuments } from './ingest-corpus.js';
import { currentCodedWith } from './ingest-version.js';

/** Throughput of one way of processing the corpus, over wall-clock time and over this process's CPU time. */
export interface Throughput {
  seconds: number;
  documentsPerSecond: number;
  sentencesPerSecond: number;
  /** User + system CPU seconds: steadier than wall time on a machine shared with other work. */
  cpuSeconds: number;
  sentencesPerCpuSecond: number;
}

/** Figures of the ingest bench: coding alone versus coding and storing into SQLite. */
export interface IngestBenchResult {
  documents: number;
  sentences: number;
  events: number;
  coding: Throughput;
  ingest: Throughput;
  /** ingest sentences/s ÷ coding sentences/s (target ≥ 0.8: storage is not the bottleneck). */
  ratio: number;
  /** The same ratio over CPU time. */
  cpuRatio: number;
  /** Ingest with a coder that costs nothing: the ceiling set by storage and near-duplicate checks. */
  storageOnly: Throughput;
  /** CPU that storing adds per sentence, as a share of the CPU coding takes (from the two separate measurements). */
  storageOverhead: number;
}

// Output of the size a real coding has (a parse per sentence, about one event per two sentences)
// at almost no cost, so that timing it measures storage alone.
const freeCoder: CodeDocument = (doc) => {
  const sentences = makeSentences(doc);
  const events = sentences.filter((s) => s.index % 2 === 0).map((s) => makeEvent(doc, { sentence: s.index, text: s.text }));
  return { sentences, events, diagnostics: [] };
};

/** A stopwatch over wall and CPU time. */
function start(): () => { ms: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  };
}

function throughput(t: { ms: number; cpuMs: number }, documents: number, sentences: number): Throughput {
  const seconds = t.ms / 1000;
  const cpuSeconds = t.cpuMs / 1000;
  return {
    seconds: Math.round(seconds * 1000) / 1000,
    documentsPerSecond: Math.round((documents / seconds) * 10) / 10,
    sentencesPerSecond: Math.round(sentences / seconds),
    cpuSeconds: Math.round(cpuSeconds * 1000) / 1000,
    sentencesPerCpuSecond: Math.round(sentences / cpuSeconds),
  };
}

/**
 * Codes a fixed synthetic corpus of `n` documents (6 sentences each) alone, and through the full
 * ingest path (existence check, near-duplicates, batches of 50 in transactions) into a fresh SQLite
 * file, best of two passes each; then ingests it with a free coder to show the storage ceiling.
 */
export async function benchIngest(code: CodeDocument, n = 150): Promise<IngestBenchResult> {
  const docs = syntheticDocuments(n);
  for (const d of docs.slice(0, 20)) code(d); // warm-up: JIT and lazily loaded models
  let sentences = 0;
  let events = 0;
  const codeAll = (): Throughput => {
    sentences = 0;
    events = 0;
    const watch = start();
    for (const d of docs) {
      const r = code(d);
      sentences += r.sentences.length;
      events += r.events.length;
    }
    return throughput(watch(), n, sentences);
  };
  // Coding alone and ingest alternate twice and the faster pass of each counts, so neither JIT
  // warm-up nor a burst of load from other processes decides the ratio.
  const faster = (a: Throughput, b: Throughput): Throughput => (a.sentencesPerCpuSecond >= b.sentencesPerCpuSecond ? a : b);
  const coding1 = codeAll();
  const ingest1 = (await ingestInto(code, docs)).throughput;
  const coding = faster(coding1, codeAll());
  const ingest = faster(ingest1, (await ingestInto(code, docs)).throughput);
  const storageOnly = (await ingestInto(freeCoder, docs)).throughput;
  const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
  return {
    documents: n, sentences, events, coding, ingest,
    ratio: ratio(ingest.sentencesPerSecond, coding.sentencesPerSecond),
    cpuRatio: ratio(ingest.sentencesPerCpuSecond, coding.sentencesPerCpuSecond),
    storageOnly,
    storageOverhead: ratio(coding.sentencesPerCpuSecond, storageOnly.sentencesPerCpuSecond),
  };
}

/** Ingests documents into a fresh SQLite file the way `dyad ingest` does, timed. */
async function ingestInto(code: CodeDocument, docs: Document[]): Promise<{ throughput: Throughput }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  try {
    const store = await openStore(join(dir, 'bench.sqlite'));
    try {
      const codedWith = currentCodedWith();
      const watch = start();
      const summary = await ingestDocuments(docs.map((doc) => ({ ok: true as const, doc })), {
        store, code, codedWith, nearDuplicates: await nearDuplicateCheck(store),
      });
      return { throughput: throughput(watch(), summary.stored, summary.sentences) };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
