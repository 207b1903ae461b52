// Bench section "ingest": coding alone versus coding + storing into a fresh SQLite file, same corpus,
// documents/s and sentences/s on one core; the ratio shows whether storage is the bottleneck (target >= 0.8).
// Corpus: the fixed synthetic articles of src/pipeline/ingest-corpus.ts (150 documents of 6 sentences).
// Standalone: `npx tsc -p . && node dist/scripts/bench-ingest.js [documents]`; also one entry of scripts/bench.ts.
import { pathToFileURL } from 'node:url';
import { codeDocument, loadPipeline } from '../src/pipeline/index.js';
import { benchIngest, type IngestBenchResult } from '../src/pipeline/ingest-bench.js';

/** Runs the ingest bench (model loading excluded) and returns its figures. */
export async function benchIngestSection(documents = 150): Promise<IngestBenchResult & { name: string }> {
  loadPipeline();
  return { name: 'ingest (code + store into SQLite)', ...(await benchIngest((doc) => codeDocument(doc), documents)) };
}

/** The section's figures as lines of text. */
export function formatIngestBench(r: IngestBenchResult & { name: string }): string {
  return [
    `${r.name}: ${r.documents} documents, ${r.sentences} sentences, ${r.events} events`,
    `  coding alone   ${r.coding.documentsPerSecond} documents/s, ${r.coding.sentencesPerSecond} sentences/s (${r.coding.seconds} s; ${r.coding.sentencesPerCpuSecond} sentences per CPU second)`,
    `  ingest         ${r.ingest.documentsPerSecond} documents/s, ${r.ingest.sentencesPerSecond} sentences/s (${r.ingest.seconds} s; ${r.ingest.sentencesPerCpuSecond} sentences per CPU second)`,
    `  storage only   ${r.storageOnly.documentsPerSecond} documents/s, ${r.storageOnly.sentencesPerSecond} sentences/s (${r.storageOnly.sentencesPerCpuSecond} sentences per CPU second; a coder that costs nothing: the storage ceiling)`,
    `  overhead       storing adds ${Math.round(r.storageOverhead * 100)}% to the CPU time of coding a sentence`,
    `  ratio          ${r.ratio} wall, ${r.cpuRatio} CPU (ingest / coding sentences/s; target >= 0.8; trust the CPU figure on a busy machine)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatIngestBench(await benchIngestSection(Number(process.argv[2] ?? 150))));
}
