// Measures sentence splitting and tokenization against a UD treebank's raw text (default: the
// EWT test set in ../shared). Rebuilds each document from its `# text` lines (sentences of a
// paragraph joined by a space, paragraphs by a blank line), runs `segment`, and scores sentence
// boundaries and token spans (precision, recall, F1).
// Run: npx tsc -p . && node dist/scripts/eval-segmentation.js [--file PATH] [--errors N] [--json] [--repeat N]
// --repeat N segments the whole set N more times and reports the best speed (a benchmark, not a test).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sharedPath } from '../src/paths.js';
import { readConllu, type ConlluSentence } from '../src/nlp/conllu.js';
import { segment } from '../src/nlp/segment.js';

interface Doc {
  id: string;
  text: string;
  /** Gold sentence spans. */
  sentences: Array<[number, number]>;
  /** Offsets where a paragraph ends (always a boundary, given away by the blank line). */
  paragraphEnds: Set<number>;
  /** Gold word spans as `start:end` keys. */
  words: Set<string>;
  /** Words whose form could not be found in the text. */
  unaligned: number;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function prf(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Gold word spans of one sentence whose text starts at `offset`. */
function goldWords(s: ConlluSentence, text: string, offset: number, into: Set<string>): number {
  let p = 0;
  let unaligned = 0;
  const mwtAt = new Map(s.multiword.map((m) => [m.start, m]));
  const find = (form: string): number => {
    while (p < text.length && text[p] === ' ') p++;
    if (text.startsWith(form, p)) return p;
    const q = text.indexOf(form, p);
    return q >= 0 && q - p < 20 ? q : -1;
  };
  for (let k = 0; k < s.tokens.length; k++) {
    const tok = s.tokens[k];
    const mwt = mwtAt.get(tok.id);
    if (mwt) {
      const at = find(mwt.form);
      const words = s.tokens.filter((t) => t.id >= mwt.start && t.id <= mwt.end);
      k += words.length - 1;
      if (at < 0) {
        unaligned += words.length;
        continue;
      }
      if (words.map((w) => w.form).join('') === mwt.form) {
        let q = at;
        for (const w of words) {
          into.add(`${offset + q}:${offset + q + w.form.length}`);
          q += w.form.length;
        }
      } else {
        // Words that do not spell the surface form: the surface token is the gold unit.
        into.add(`${offset + at}:${offset + at + mwt.form.length}`);
      }
      p = at + mwt.form.length;
      continue;
    }
    const at = find(tok.form);
    if (at < 0) {
      unaligned++;
      continue;
    }
    into.add(`${offset + at}:${offset + at + tok.form.length}`);
    p = at + tok.form.length;
  }
  return unaligned;
}

function buildDocs(sentences: ConlluSentence[]): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let inParagraph = false;
  for (const s of sentences) {
    if (s.newdoc !== undefined || !doc) {
      doc = { id: s.newdoc ?? `doc${docs.length}`, text: '', sentences: [], paragraphEnds: new Set(), words: new Set(), unaligned: 0 };
      docs.push(doc);
      inParagraph = false;
    }
    const text = s.text ?? s.tokens.map((t) => t.form).join(' ');
    if (doc.text.length > 0) {
      if (s.newpar !== undefined || !inParagraph) {
        doc.paragraphEnds.add(doc.text.length);
        doc.text += '\n\n';
      } else {
        doc.text += ' ';
      }
    }
    inParagraph = true;
    const start = doc.text.length;
    doc.text += text;
    doc.sentences.push([start, start + text.length]);
    doc.unaligned += goldWords(s, text, start, doc.words);
  }
  for (const d of docs) d.paragraphEnds.add(d.text.length);
  return docs;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      errors: { type: 'string' },
      json: { type: 'boolean' },
      repeat: { type: 'string' },
    },
  });
  const file = values.file ?? sharedPath('ud-english-ewt', 'en_ewt-ud-test.conllu');
  const showErrors = values.errors ? Number(values.errors) : 0;
  const docs = buildDocs(readConllu(readFileSync(file, 'utf8'), file));
  const bound: Score = { tp: 0, fp: 0, fn: 0 };
  const inner: Score = { tp: 0, fp: 0, fn: 0 };
  const sent: Score = { tp: 0, fp: 0, fn: 0 };
  const tok: Score = { tp: 0, fp: 0, fn: 0 };
  let unaligned = 0;
  let goldSentences = 0;
  let predictedTokens = 0;
  const errors: string[] = [];
  const started = process.hrtime.bigint();
  const predicted = docs.map((d) => segment(d.text));
  let seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const repeat = values.repeat ? Number(values.repeat) : 0;
  if (!Number.isInteger(repeat) || repeat < 0) throw new Error(`eval-segmentation: invalid --repeat value: ${values.repeat}`);
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    for (const d of docs) segment(d.text);
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  docs.forEach((d, di) => {
    const pred = predicted[di];
    unaligned += d.unaligned;
    goldSentences += d.sentences.length;
    const goldEnds = new Set(d.sentences.map(([, e]) => e));
    const predEnds = new Set(pred.map((s) => s.end));
    const goldSpans = new Set(d.sentences.map(([a, b]) => `${a}:${b}`));
    const predSpans = new Set(pred.map((s) => `${s.start}:${s.end}`));
    for (const e of predEnds) {
      const hit = goldEnds.has(e);
      if (hit) bound.tp++;
      else bound.fp++;
      if (!d.paragraphEnds.has(e)) {
        if (hit) inner.tp++;
        else inner.fp++;
      }
      if (!hit && errors.length < showErrors) errors.push(`FP sentence end: ${JSON.stringify(d.text.slice(Math.max(0, e - 60), e))} | ${JSON.stringify(d.text.slice(e, e + 30))}`);
    }
    for (const e of goldEnds) {
      if (predEnds.has(e)) continue;
      bound.fn++;
      if (!d.paragraphEnds.has(e)) inner.fn++;
      if (errors.length < showErrors) errors.push(`FN sentence end: ${JSON.stringify(d.text.slice(Math.max(0, e - 60), e))} | ${JSON.stringify(d.text.slice(e, e + 30))}`);
    }
    for (const sp of predSpans) if (goldSpans.has(sp)) sent.tp++; else sent.fp++;
    for (const sp of goldSpans) if (!predSpans.has(sp)) sent.fn++;
    const predWords = new Set<string>();
    for (const s of pred) for (const t of s.tokens) predWords.add(`${t.start}:${t.end}`);
    predictedTokens += predWords.size;
    for (const w of predWords) {
      if (d.words.has(w)) tok.tp++;
      else {
        tok.fp++;
        if (errors.length < showErrors) {
          const [a, b] = w.split(':').map(Number);
          errors.push(`FP token: ${JSON.stringify(d.text.slice(a, b))} in ${JSON.stringify(d.text.slice(Math.max(0, a - 25), b + 25))}`);
        }
      }
    }
    for (const w of d.words) if (!predWords.has(w)) tok.fn++;
  });
  const result = {
    file,
    documents: docs.length,
    goldSentences,
    predictedSentences: predicted.reduce((n, p) => n + p.length, 0),
    goldWords: docs.reduce((n, d) => n + d.words.size, 0),
    unalignedGoldWords: unaligned,
    sentenceBoundaries: prf(bound),
    sentenceBoundariesInsideParagraphs: prf(inner),
    sentencesExact: prf(sent),
    tokens: prf(tok),
    seconds,
    tokensPerSecond: Math.round(predictedTokens / seconds),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const pct = (x: number): string => (100 * x).toFixed(2);
    const line = (name: string, s: { precision: number; recall: number; f1: number }): string =>
      `${name.padEnd(36)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;
    process.stdout.write(
      [
        `${file}: ${result.documents} documents, ${goldSentences} gold sentences (${result.predictedSentences} predicted), ${result.goldWords} gold words (${unaligned} unaligned)`,
        line('sentence boundaries (all)', result.sentenceBoundaries),
        line('sentence boundaries (in paragraphs)', result.sentenceBoundariesInsideParagraphs),
        line('sentences (exact span)', result.sentencesExact),
        line('tokens (exact span)', result.tokens),
        `segment: ${seconds.toFixed(3)} s, ${result.tokensPerSecond} tokens/s, ${(docs.reduce((n, d) => n + d.text.length, 0) / seconds / 1e6).toFixed(2)} M chars/s (best of ${repeat + 1} runs)`,
        ...errors,
      ].join('\n') + '\n',
    );
  }
}

main();
