import type { ReadProblem } from '../../actors/index.js';

/** The internal coding ontology: CAMEO code ↔ additive integer code (PICO). */
export interface CodingOntology {
  toValue: Map<string, number>;
  /** Value → CAMEO code; the first code listed wins when several share a value. */
  toCode: Map<number, string>;
}

function evalHex(expr: string): number | null {
  const terms = expr.replace(/\s+/g, '').match(/[+-]?[^+-]+/g);
  if (terms === null) return null;
  let v = 0;
  for (const t of terms) {
    const sign = t.startsWith('-') ? -1 : 1;
    const n = Number(t.replace(/^[+-]/, ''));
    if (!Number.isFinite(n)) return null;
    v += sign * n;
  }
  return v;
}

/** Reads a PETRARCH internal coding ontology file (`CODE:0xVALUE[+-0xVALUE...]#comment`). */
export function readOntology(text: string, file: string): { ontology: CodingOntology; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const toValue = new Map<string, number>();
  const toCode = new Map<number, string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) return;
    const m = /^([0-9A-Za-z-]+)\s*:\s*([^#]+)/.exec(t);
    if (!m) {
      problems.push(`${file}:${i + 1}: unknown ontology syntax (${t})`);
      return;
    }
    const v = evalHex(m[2]!);
    if (v === null) {
      problems.push(`${file}:${i + 1}: bad ontology value (${m[2]!.trim()})`);
      return;
    }
    toValue.set(m[1]!, v);
    if (!toCode.has(v)) toCode.set(v, m[1]!);
  });
  return { ontology: { toValue, toCode }, problems };
}

/** A discard phrase: sentence- or story-level, whole words (`_`) or a stem. */
export interface DiscardEntry {
  words: string[];
  story: boolean;
  /** The last word must end at a word boundary (trailing `_`); otherwise it is a stem. */
  exact: boolean;
  line: number;
}

/** Reads a PETRARCH discard list (`+` marks story-level discards). */
export function readDiscards(text: string, file: string): { discards: DiscardEntry[]; problems: ReadProblem[] } {
  const discards: DiscardEntry[] = [];
  const problems: ReadProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    let t = raw.replace(/#.*$/, '').replace(/;.*$/, '').trim();
    if (t === '') return;
    const story = t.startsWith('+');
    if (story) t = t.slice(1).trim();
    const exact = t.endsWith('_');
    const words = t.replace(/_+$/, '').toLowerCase().split(/[_\s]+/).filter((w) => w !== '');
    if (words.length === 0) {
      problems.push(`${file}:${i + 1}: empty discard (${raw.trim()})`);
      return;
    }
    discards.push({ words, story, exact, line: i + 1 });
  });
  return { discards, problems };
}

/** True when a discard entry occurs in the lower-case words of a sentence. */
export function discardMatches(d: DiscardEntry, words: string[]): boolean {
  outer: for (let i = 0; i + d.words.length <= words.length; i++) {
    for (let j = 0; j < d.words.length; j++) {
      const w = words[i + j]!;
      const want = d.words[j]!;
      const last = j === d.words.length - 1;
      if (last && !d.exact ? !w.startsWith(want) : w !== want) continue outer;
    }
    return true;
  }
  return false;
}

/** One issue phrase with its category and code. */
export interface IssueEntry {
  category: string;
  code: string;
  /** Lower-case words; each may list alternatives. */
  words: string[][];
  line: number;
}

/** The issues file: coding phrases and cancelling (`~`) phrases. */
export interface IssueDictionary {
  issues: IssueEntry[];
  cancels: string[][][];
}

function nounVariants(w: string): string[] {
  if (/[^aeiou]y$/.test(w)) return [w, w.slice(0, -1) + 'ies'];
  if (/(s|x|z|ch|sh)$/.test(w)) return [w, w + 'es'];
  return [w, w + 's'];
}

function verbVariants(w: string): string[] {
  if (w.endsWith('e')) return [w, w + 's', w + 'd', w.slice(0, -1) + 'ing'];
  return [w, w + 's', w + 'ed', w + 'ing'];
}

function issueWords(phrase: string): string[][] {
  const out: string[][] = [];
  for (const tok of phrase.toLowerCase().split(/\s+/).filter((x) => x !== '')) {
    // `a+b`: "a b", "a-b" and "ab"; `n:`/`v:` expand the word after the marker
    const expand = (w: string): string[] =>
      w.startsWith('n:') ? nounVariants(w.slice(2)) : w.startsWith('v:') ? verbVariants(w.slice(2)) : [w];
    if (tok.includes('+')) {
      const [a, b] = tok.split('+', 2) as [string, string];
      const bs = expand(b);
      out.push([...bs.map((x) => `${a}-${x}`), ...bs.map((x) => `${a}${x}`), `${a} ${bs[0]}`]);
    } else out.push(expand(tok));
  }
  return out;
}

/** Reads a PETRARCH issues file (`<ISSUE CATEGORY=...>` blocks of `phrase [CODE]` lines). */
export function readIssues(text: string, file: string): { issues: IssueDictionary; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const issues: IssueEntry[] = [];
  const cancels: string[][][] = [];
  let category: string | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.replace(/#.*$/, '').trim();
    if (t === '') return;
    const open = /^<ISSUE\s+CATEGORY="([^"]*)"/i.exec(t);
    if (open) {
      category = open[1]!;
      return;
    }
    if (/^<\/ISSUE>/i.test(t)) {
      category = null;
      return;
    }
    if (t.startsWith('~')) {
      cancels.push(issueWords(t.slice(1)));
      return;
    }
    const m = /^(.+?)\s*\[\s*([^\]]+?)\s*\]$/.exec(t);
    if (!m || category === null) {
      problems.push(`${file}:${i + 1}: unknown issue syntax (${t})`);
      return;
    }
    issues.push({ category, code: m[2]!, words: issueWords(m[1]!), line: i + 1 });
  });
  return { issues: { issues, cancels }, problems };
}

function phraseAt(words: string[], phrase: string[][], at: number): number {
  let i = at;
  for (const alts of phrase) {
    let matched = false;
    for (const alt of alts) {
      const parts = alt.split(' ');
      if (parts.every((p, k) => words[i + k] === p)) {
        i += parts.length;
        matched = true;
        break;
      }
    }
    if (!matched) return -1;
  }
  return i;
}

/** Counts issue codes in a text, as PETRARCH's `CODE count` list; cancelled phrases do not count. */
export function codeIssues(dict: IssueDictionary, text: string): { code: string; count: number }[] {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
  const blocked = new Set<number>();
  for (const c of dict.cancels) for (let i = 0; i < words.length; i++) {
    const end = phraseAt(words, c, i);
    if (end > 0) for (let k = i; k < end; k++) blocked.add(k);
  }
  const counts = new Map<string, number>();
  for (const e of dict.issues) for (let i = 0; i < words.length; i++) {
    if (blocked.has(i)) continue;
    if (phraseAt(words, e.words, i) > 0) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  }
  return [...counts].map(([code, count]) => ({ code, count }));
}
