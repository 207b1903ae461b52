// Bench section "parse": raw text -> sentences, tokens, tags, lemmas and dependency trees on one core.
// Corpus: bench/corpus/news.txt (original news-style paragraphs, blank-line separated), repeated in
// memory to about 200,000 tokens. Standalone: `npx tsc -p . && node dist/scripts/bench-parse.js`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../src/paths.js';
import { loadNlp, segment } from '../src/nlp/index.js';

/** Figures of the parse bench. */
export interface ParseBench {
  name: string;
  paragraphs: number;
  sentences: number;
  tokens: number;
  seconds: number;
  sentencesPerSecond: number;
  tokensPerSecond: number;
  /** CPU time of this process during the run: on a busy machine, tokens per CPU second is the fairer figure. */
  cpuSeconds: number;
  tokensPerCpuSecond: number;
  /** Share of the time spent in segmentation (normalising, tokenizing, sentence splitting). */
  segmentShare: number;
  modelLoadSeconds: number;
  peakRssMB: number;
}

/** Parses the corpus, repeated to at least `targetTokens` tokens, and reports speed and memory. */
export function benchParse(targetTokens = 200_000): ParseBench {
  const t0 = process.hrtime.bigint();
  const nlp = loadNlp();
  const modelLoadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const corpus = readFileSync(join(packageRoot, 'bench', 'corpus', 'news.txt'), 'utf8');
  const paragraphs = corpus.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const perPass = paragraphs.reduce((n, p) => n + segment(p).reduce((k, s) => k + s.tokens.length, 0), 0);
  const passes = Math.max(1, Math.ceil(targetTokens / perPass));
  for (const p of paragraphs.slice(0, 20)) nlp.parse(p); // warm-up
  let peak = process.memoryUsage().rss;
  let sentences = 0;
  let tokens = 0;
  let segmentNs = 0n;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < passes; pass++) {
    for (const p of paragraphs) {
      const s0 = process.hrtime.bigint();
      const segmented = segment(p);
      segmentNs += process.hrtime.bigint() - s0;
      for (const s of segmented) {
        const parsed = nlp.parseSentence(s);
        sentences++;
        tokens += parsed.tokens.length;
      }
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ns = Number(process.hrtime.bigint() - start);
  const seconds = ns / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  return {
    name: 'parse (raw text -> UD trees)',
    paragraphs: paragraphs.length * passes,
    sentences,
    tokens,
    seconds: Number(seconds.toFixed(2)),
    sentencesPerSecond: Math.round(sentences / seconds),
    tokensPerSecond: Math.round(tokens / seconds),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    tokensPerCpuSecond: Math.round(tokens / cpuSeconds),
    segmentShare: Number((Number(segmentNs) / ns).toFixed(3)),
    modelLoadSeconds: Number(modelLoadSeconds.toFixed(3)),
    peakRssMB: Math.round(peak / (1024 * 1024)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(benchParse(Number(process.argv[2] ?? 200_000))));
}
