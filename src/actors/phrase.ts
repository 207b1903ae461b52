import type { ParsedSentence, ParsedToken, Upos } from '../model/parse.js';

const ADP = new Set(['of', 'to', 'in', 'for', 'from', 'with', 'at', 'on', 'by', 'near', 'against', 'inside', 'within']);
const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'both', 'its', 'his', 'her', 'their']);
const CCONJ = new Set(['and', 'or', '&']);

/**
 * Reads a short phrase ("Russian ambassador to Afghanistan") as one noun phrase without the
 * statistical parser: the head is the last word before the first preposition, words before it
 * modify it, "X's" is a possessor and "to/of Y" a prepositional modifier. Used by
 * `dyad actors --lookup` so a lookup does not depend on a parse model.
 */
export function parsePhrase(text: string): ParsedSentence {
  const words: { text: string; start: number; spaceAfter: boolean }[] = [];
  const re = /'s\b|[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[^\s\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let w = m[0];
    let start = m.index;
    // "Afghanistan's" → "Afghanistan" + "'s"
    const poss = w.match(/^(.+?)(['’]s)$/);
    if (poss && poss[1]!.length > 0) {
      words.push({ text: poss[1]!, start, spaceAfter: false });
      start += poss[1]!.length;
      w = poss[2]!;
    }
    // a sentence-final period is punctuation, an abbreviation's ("U.S.") is not
    if (w.length > 1 && w.endsWith('.') && !/\.\p{L}\.$/u.test(w)) {
      words.push({ text: w.slice(0, -1), start, spaceAfter: false });
      words.push({ text: '.', start: start + w.length - 1, spaceAfter: true });
      continue;
    }
    words.push({ text: w, start, spaceAfter: true });
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    w.spaceAfter = next === undefined ? false : next.start > w.start + w.text.length;
  }
  const upos: Upos[] = words.map((w) => {
    const lower = w.text.toLowerCase();
    if (/^['’]s$/.test(w.text)) return 'PART';
    if (!/[\p{L}\p{N}]/u.test(w.text)) return 'PUNCT';
    if (ADP.has(lower)) return 'ADP';
    if (DET.has(lower)) return 'DET';
    if (CCONJ.has(lower)) return 'CCONJ';
    if (/^\d/.test(w.text)) return 'NUM';
    return /^\p{Lu}/u.test(w.text) ? 'PROPN' : 'NOUN';
  });
  const head = new Array<number>(words.length).fill(-1);
  const deprel = new Array<string>(words.length).fill('dep');
  // segments: main phrase, then one per preposition
  const segments: { adp: number; from: number; to: number }[] = [];
  let from = 0;
  let adp = -1;
  for (let i = 0; i <= words.length; i++) {
    if (i === words.length || upos[i] === 'ADP') {
      segments.push({ adp, from, to: i });
      adp = i;
      from = i + 1;
    }
  }
  let root = -1;
  for (const seg of segments) {
    const segHead = lastContent(seg.from, seg.to);
    if (segHead < 0) continue;
    if (root < 0) {
      root = segHead;
      deprel[segHead] = 'root';
    } else {
      head[segHead] = root;
      deprel[segHead] = 'nmod';
    }
    if (seg.adp >= 0) {
      head[seg.adp] = segHead;
      deprel[seg.adp] = 'case';
    }
    attachModifiers(seg.from, segHead, segHead);
  }
  if (root < 0) root = 0;
  for (let i = 0; i < words.length; i++) {
    if (deprel[i] === 'dep' && i !== root) {
      head[i] = root;
      deprel[i] = upos[i] === 'PUNCT' ? 'punct' : 'dep';
    }
  }
  const tokens: ParsedToken[] = words.map((w, i) => ({
    index: i,
    text: w.text,
    start: w.start,
    end: w.start + w.text.length,
    spaceAfter: w.spaceAfter,
    upos: upos[i]!,
    xpos: '',
    lemma: w.text.toLowerCase(),
    head: head[i]!,
    deprel: deprel[i]!,
  }));
  return { index: 0, text, start: 0, end: text.length, tokens };

  function lastContent(a: number, b: number): number {
    for (let i = b - 1; i >= a; i--) if (upos[i] === 'NOUN' || upos[i] === 'PROPN' || upos[i] === 'NUM') return i;
    return -1;
  }

  // words before the head: "X 's" makes X a possessor, "A and B" a conjunction of modifiers
  function attachModifiers(a: number, b: number, h: number): void {
    const possAt = findPoss(a, b);
    if (possAt >= 0) {
      const owner = lastContent(a, possAt);
      if (owner >= 0) {
        head[owner] = h;
        deprel[owner] = 'nmod:poss';
        head[possAt] = owner;
        deprel[possAt] = 'case';
        attachModifiers(a, owner, owner);
      }
      attachModifiers(possAt + 1, b, h);
      return;
    }
    for (let i = a; i < b; i++) {
      if (upos[i] === 'DET') {
        head[i] = h;
        deprel[i] = 'det';
      } else if (upos[i] === 'CCONJ') {
        const next = i + 1 < b ? i + 1 : -1;
        if (next >= 0 && i > a) {
          head[i] = next;
          deprel[i] = 'cc';
        }
      } else if (upos[i] === 'NOUN' || upos[i] === 'PROPN' || upos[i] === 'NUM') {
        if (i > a + 1 && upos[i - 1] === 'CCONJ' && deprel[i - 2] !== 'dep') {
          head[i] = i - 2;
          deprel[i] = 'conj';
        } else {
          head[i] = h;
          deprel[i] = upos[i] === 'NUM' ? 'nummod' : upos[i] === 'PROPN' ? 'compound' : 'amod';
        }
      }
    }
  }

  function findPoss(a: number, b: number): number {
    for (let i = b - 1; i >= a; i--) if (upos[i] === 'PART') return i;
    return -1;
  }
}
