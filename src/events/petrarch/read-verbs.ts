import { pluralOf, type ReadProblem } from '../../actors/index.js';

/** One element of a verb pattern, matched in order against the words around the verb. */
export type PatternItem =
  | { kind: 'words'; alts: string[][] }
  | { kind: 'prep'; prep: string; noun: string[][] | null; actor?: 'source' | 'target' | 'skip' }
  | { kind: 'source' }
  | { kind: 'target' }
  | { kind: 'compound' }
  | { kind: 'skip' };

/** A PETRARCH verb pattern: items before and after the verb (`*`) and the code it gives. */
export interface VerbPattern {
  pre: PatternItem[];
  post: PatternItem[];
  code: string;
  line: number;
}

/** A verb (possibly multi-word) of a verb block: its forms and its own code. */
export interface VerbEntry {
  /** Lower-case surface forms of the verb word ("tap", "taps", "tapped"). */
  forms: string[];
  /** Words that must come right before / after the verb word (`WIRE_+TAP`, `+CORDON_OFF`). */
  before: string[];
  after: string[];
  code: string;
  block: VerbBlock;
  line: number;
}

/** A verb block: its description, bare code and patterns, shared by all its verbs. */
export interface VerbBlock {
  name: string;
  code: string;
  patterns: VerbPattern[];
  line: number;
}

/** The loaded verb dictionary: verbs by lower-case form, and the synsets. */
export interface VerbDictionary {
  byForm: Map<string, VerbEntry[]>;
  synsets: Map<string, string[][]>;
  blocks: VerbBlock[];
  patternCount: number;
}

/** Marks, inside a pattern phrase, a place where a few other words may stand (`{IMPROVED RELATIONS}`). */
export const GAP = '\u2026';

function strip(line: string): string {
  const i = line.indexOf('#');
  return i < 0 ? line : line.slice(0, i);
}

/** Regular forms of a verb: base, -s, -ed, -ing (with the usual spelling changes). */
export function verbForms(base: string): string[] {
  const b = base.toLowerCase();
  const out = [b];
  if (/[^aeiou]y$/.test(b)) out.push(b.slice(0, -1) + 'ies', b.slice(0, -1) + 'ied', b + 'ing');
  else if (b.endsWith('e')) out.push(b + 's', b + 'd', b.slice(0, -1) + 'ing');
  else if (/(s|x|z|ch|sh)$/.test(b)) out.push(b + 'es', b + 'ed', b + 'ing');
  else {
    out.push(b + 's', b + 'ed', b + 'ing');
    // short closed syllable doubles its consonant (stop, stopped)
    if (/^[^aeiou]*[aeiou][bdgkmnprt]$/.test(b)) out.push(b + b.slice(-1) + 'ed', b + b.slice(-1) + 'ing');
  }
  return out;
}

function lowerWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[_\s]+/)
    .filter((w) => w !== '');
}

/**
 * Reads a PETRARCH-2 verb dictionary: synsets (`&NAME` then `+word` lines), verb blocks
 * (`--- NAME [CODE] ---`), verbs with `{irregular forms}` and `[code]`, and `-` patterns.
 */
export function readPetrarchVerbs(text: string, file: string): { verbs: VerbDictionary; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const synsets = new Map<string, string[][]>();
  const byForm = new Map<string, VerbEntry[]>();
  const blocks: VerbBlock[] = [];
  let synset: string[][] | null = null;
  let synNoPlural = false;
  let block: VerbBlock | null = null;
  let patternCount = 0;
  const lines = text.split(/\r?\n/);

  const readNoun = (raw: string, lineNo: number): string[][] | null => {
    // `{A B}` is a multi-word noun (head last); `&SET` a synset; otherwise one word
    const r = raw.trim();
    if (r.startsWith('{')) {
      const inner = r.replace(/^\{|\}$/g, '').trim().split(/\s+/);
      let alts: string[][] = [[]];
      for (const w of inner) {
        const next = readNoun(w, lineNo);
        if (next === null) return null;
        const combined: string[][] = [];
        // words of a braced noun may have other modifiers between them: GAP marks that
        for (const a of alts) for (const n of next) combined.push(a.length ? [...a, GAP, ...n] : [...n]);
        alts = combined;
      }
      return alts;
    }
    if (r.startsWith('&')) {
      const s = synsets.get(r.toUpperCase());
      if (s === undefined) {
        problems.push(`${file}:${lineNo}: synset used before it is defined (${r})`);
        return null;
      }
      return s;
    }
    return [lowerWords(r)];
  };

  const readItems = (part: string, lineNo: number): PatternItem[] | null => {
    const items: PatternItem[] = [];
    const re = /\(([^)]*)\)|\{[^}]*\}|\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(part)) !== null) {
      const tok = m[0];
      if (m[1] !== undefined) {
        const inner = m[1].trim();
        const sp = inner.search(/\s/);
        const prep = (sp < 0 ? inner : inner.slice(0, sp)).toLowerCase();
        const rest = sp < 0 ? '' : inner.slice(sp + 1).trim();
        // `(FROM $)`: the object of the preposition is the source (or `+` the target)
        if (rest === '$' || rest === '+' || rest === '^') {
          items.push({ kind: 'prep', prep, noun: null, actor: rest === '$' ? 'source' : rest === '+' ? 'target' : 'skip' });
          continue;
        }
        const noun = rest === '' ? null : readNoun(rest, lineNo);
        if (rest !== '' && noun === null) return null;
        items.push({ kind: 'prep', prep, noun });
      } else if (tok === '$') items.push({ kind: 'source' });
      else if (tok === '+') items.push({ kind: 'target' });
      else if (tok === '%') items.push({ kind: 'compound' });
      else if (tok === '^') items.push({ kind: 'skip' });
      else if (tok.startsWith('$') || tok.startsWith('+')) {
        // `$WORD`/`+WORD`: marker attached to a noun
        items.push({ kind: tok.startsWith('$') ? 'source' : 'target' });
        const n = readNoun(tok.slice(1), lineNo);
        if (n === null) return null;
        items.push({ kind: 'words', alts: n });
      } else {
        const n = readNoun(tok, lineNo);
        if (n === null) return null;
        items.push({ kind: 'words', alts: n });
      }
    }
    return items;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const t = strip(raw).trim();
    if (t === '') continue;
    if (t.startsWith('&')) {
      const label = t.split(/\s+/)[0]!.toUpperCase();
      synNoPlural = label.endsWith('_');
      const name = synNoPlural ? label.slice(0, -1) : label;
      synset = [];
      synsets.set(name, synset);
      block = null;
      continue;
    }
    if (t.startsWith('---')) {
      const m = /^---\s*(.*?)\s*\[\s*([^\]]*?)\s*\].*$/.exec(t);
      synset = null;
      if (!m) {
        problems.push(`${file}:${lineNo}: unreadable verb block header (${t})`);
        block = null;
        continue;
      }
      block = { name: m[1]!, code: m[2]!, patterns: [], line: lineNo };
      blocks.push(block);
      continue;
    }
    if (t.startsWith('+') && synset !== null) {
      const phrase = t.slice(1).trim();
      const noPlural = synNoPlural || phrase.endsWith('_');
      const bare = phrase.replace(/_+$/, '');
      synset.push(lowerWords(bare));
      if (!noPlural) synset.push(lowerWords(pluralOf(bare)));
      continue;
    }
    if (t.startsWith('~')) continue; // transformations: read by readTransformations
    if (t.startsWith('-')) {
      if (block === null) {
        problems.push(`${file}:${lineNo}: pattern outside a verb block (${t})`);
        continue;
      }
      const m = /^-\s*(.*?)\[\s*([^\]]*?)\s*\]\s*(.*)$/.exec(t);
      if (!m || !m[1]!.includes('*')) {
        problems.push(`${file}:${lineNo}: unreadable pattern (${t})`);
        continue;
      }
      const star = m[1]!.indexOf('*');
      const pre = readItems(m[1]!.slice(0, star), lineNo);
      const post = readItems(m[1]!.slice(star + 1), lineNo);
      if (pre === null || post === null) continue;
      block.patterns.push({ pre, post, code: m[2]!, line: lineNo });
      patternCount++;
      continue;
    }
    if (block === null) {
      problems.push(`${file}:${lineNo}: unknown syntax outside a verb block (${t})`);
      continue;
    }
    const vm = /^([^{[*]+?)\s*(?:\{([^}]*)\})?\s*(?:\[\s*([^\]]*?)\s*\])?\s*$/.exec(t);
    if (!vm) {
      problems.push(`${file}:${lineNo}: unknown verb syntax (${t})`);
      continue;
    }
    const verb = vm[1]!.trim();
    const code = vm[3] ?? block.code;
    const addVerb = (written: string, forms: string[] | null): void => {
      const parts = written.split('_').filter((p) => p !== '');
      let vi = parts.findIndex((p) => p.startsWith('+'));
      if (vi < 0) vi = 0;
      const head = parts[vi]!.replace(/^\+/, '').toLowerCase();
      const entry: VerbEntry = {
        forms: forms ?? verbForms(head),
        before: parts.slice(0, vi).map((p) => p.toLowerCase()),
        after: parts.slice(vi + 1).map((p) => p.toLowerCase()),
        code,
        block: block!,
        line: lineNo,
      };
      for (const f of entry.forms) {
        const list = byForm.get(f);
        if (list === undefined) byForm.set(f, [entry]);
        else list.push(entry);
      }
    };
    addVerb(verb, null);
    if (vm[2] !== undefined) {
      for (const irr of vm[2].trim().split(/\s+/).filter((x) => x !== '')) {
        const parts = irr.split('_').filter((p) => p !== '');
        let vi = parts.findIndex((p) => p.startsWith('+'));
        if (vi < 0) vi = 0;
        addVerb(irr, [parts[vi]!.replace(/^\+/, '').toLowerCase()]);
      }
    }
  }
  return { verbs: { byForm, synsets, blocks, patternCount }, problems };
}
