import type { Document } from '../model/index.js';
import { toDocument } from '../ingest/index.js';

// A deterministic synthetic news corpus for the ingest bench and the kill test: the same input
// every run, varied enough that documents are distinct and not near-duplicates of each other.

const ACTORS = [
  'Russian officials', 'The Afghan government', 'Tajik border guards', 'The United Nations', 'Kabul', 'Moscow',
  'The Taliban', 'Afghan forces', 'The Russian ambassador', 'Pakistani troops', 'Iranian diplomats', 'NATO',
];
const VERBS = ['met', 'criticized', 'praised', 'attacked', 'visited', 'thanked', 'accused', 'supported', 'warned', 'condemned'];
const TOPICS = ['rifles', 'training', 'the border', 'refugees', 'drugs', 'elections', 'trade', 'water', 'security', 'aid'];

/** Article `i` of the corpus: a title line, a blank line, then `sentences` sentences. */
export function syntheticArticle(i: number, sentences = 6): { title: string; text: string } {
  const pick = <T>(xs: T[], k: number): T => xs[(i * 7 + k * 5 + Math.floor(i / xs.length) + k * k) % xs.length];
  // A different actor from `a`, so nobody acts on itself.
  const other = (a: string, k: number): string => ACTORS[(ACTORS.indexOf(a) + 1 + ((i + k) % (ACTORS.length - 1))) % ACTORS.length];
  const body: string[] = [];
  for (let k = 0; k < sentences; k++) {
    switch (k % 3) {
      case 0: {
        const a = pick(ACTORS, k);
        body.push(`${a} ${pick(VERBS, k + 1)} ${other(a, k)} on Tuesday over ${pick(TOPICS, k + 3)}, report ${i}-${k}.`);
        break;
      }
      case 1: {
        const a = pick(ACTORS, k + 1);
        body.push(`${a} said it ${pick(VERBS, k + 4)} ${other(a, k + 2)} during talks number ${i * 13 + k} about ${pick(TOPICS, k + 6)}.`);
        break;
      }
      default:
        body.push(`Officials expect a reply about case ${i * 31 + k} within ${((i + k) % 9) + 2} weeks, a spokesman for ${pick(ACTORS, k + 7)} said.`);
    }
  }
  return { title: `Report ${i} on ${pick(TOPICS, 1)}`, text: body.join(' ') };
}

/** The first `n` articles as plain-text files' contents (title, blank line, body). */
export function syntheticFiles(n: number, sentences = 6): { name: string; content: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const a = syntheticArticle(i, sentences);
    return { name: `doc-${String(i).padStart(5, '0')}.txt`, content: `${a.title}\n\n${a.text}\n` };
  });
}

/** The first `n` articles as Documents, dated and attributed to one of three outlets. */
export function syntheticDocuments(n: number, sentences = 6): Document[] {
  return Array.from({ length: n }, (_, i) => {
    const a = syntheticArticle(i, sentences);
    const day = String((i % 28) + 1).padStart(2, '0');
    return toDocument(
      { text: a.text, title: a.title, author: null, published: `2016-04-${day}`, source: ['Wire A', 'Wire B', 'Wire C'][i % 3], url: null },
      `synthetic/${i}`,
    );
  });
}
