import type { ParsedSentence, ParsedToken } from '../../model/index.js';
import { normalizeKey, validOn, type ActorDictionary, type DictForm } from '../../actors/index.js';
import { GAP, type PatternItem, type VerbDictionary, type VerbEntry, type VerbPattern } from './read-verbs.js';
import { discardMatches, type CodingOntology, type DiscardEntry } from './read-other.js';

/** Everything read from a PETRARCH dictionary set. */
export interface PetrarchDictionaries {
  actors: ActorDictionary;
  verbs: VerbDictionary;
  ontology: CodingOntology | null;
  discards: DiscardEntry[];
}

/** Per-sentence coding options (PETRARCH `<Config>` options that dyad honours). */
export interface PetrarchOptions {
  /** ISO date of the text; date-restricted actor codes are chosen by it. */
  date: string | null;
  /** Drop events that lack a source or a target (PETRARCH's `require_dyad`, default true). */
  requireDyad: boolean;
}

/** One coded event: codes plus the tokens that produced it, for evidence. */
export interface PetrarchEvent {
  source: string | null;
  target: string | null;
  code: string;
  /** Index of the verb token. */
  verb: number;
  /** `file:line` of the verb and of the pattern used, if any. */
  verbLine: number;
  patternLine: number | null;
}

interface Atom {
  start: number;
  end: number;
  /** Actor code (null for `[---]`), or undefined when the atom is an agent. */
  actor?: string | null;
  agent?: { code: string; compose: 'prefix' | 'suffix' };
}

const LOCAL_RELS = new Set(['nmod:desc', 'compound', 'flat', 'amod', 'det', 'nummod', 'nmod:poss', 'case', 'fixed', 'goeswith', 'compound:prt', 'nmod:npmod', 'obl:npmod']);
const CLAUSE_BREAK = new Set(['conj', 'ccomp', 'advcl', 'parataxis', 'acl:relcl', 'csubj', 'list', 'reparandum']);

function pickForms(forms: DictForm[], date: string | null): DictForm[] {
  const dated = forms.filter((f) => f.entry.note === 'dated' && validOn(f.entry, date));
  if (dated.length) return dated;
  return forms.filter((f) => f.entry.note !== 'dated');
}

/** Finds actor and agent atoms: longest dictionary phrase at each position, left to right. */
function findAtoms(tokens: ParsedToken[], dict: ActorDictionary, date: string | null): Atom[] {
  const atoms: Atom[] = [];
  const words = tokens.map((t) => t.text);
  for (let i = 0; i < tokens.length; ) {
    let found: Atom | null = null;
    for (let len = Math.min(dict.maxWords, tokens.length - i); len >= 1 && found === null; len--) {
      const span = words.slice(i, i + len);
      const keys = [normalizeKey(span.join(' '))];
      // hyphenated and possessive variants are written without spaces in the dictionaries
      if (len > 1) keys.push(normalizeKey(span.join('')));
      for (const key of keys) {
        const all = dict.forms.get(key);
        if (all === undefined) continue;
        const actors = pickForms(all.filter((f) => f.entry.kind !== 'role'), date);
        if (actors.length) {
          const code = actors[0]!.entry.code;
          found = { start: i, end: i + len, actor: code === '---' ? null : code };
          break;
        }
        const agents = all.filter((f) => f.entry.kind === 'role');
        if (agents.length) {
          found = { start: i, end: i + len, agent: { code: agents[0]!.entry.code, compose: agents[0]!.entry.compose ?? 'suffix' } };
          break;
        }
      }
    }
    if (found) {
      atoms.push(found);
      i = found.end;
    } else i++;
  }
  return atoms;
}

/** Structure over one parsed sentence that the coder queries. */
class View {
  readonly children: number[][];
  readonly atomAt: (Atom | undefined)[];
  constructor(readonly tokens: ParsedToken[], readonly atoms: Atom[]) {
    this.children = tokens.map(() => []);
    tokens.forEach((t, i) => {
      if (t.head >= 0 && t.head < tokens.length && t.head !== i) this.children[t.head]!.push(i);
    });
    this.atomAt = tokens.map(() => undefined);
    for (const a of atoms) for (let k = a.start; k < a.end; k++) this.atomAt[k] = a;
  }

  kids(i: number, rel: (r: string) => boolean): number[] {
    return this.children[i]!.filter((c) => rel(this.tokens[c]!.deprel));
  }

  /** Tokens of the head's own noun phrase (no nmod, conj or clauses). */
  local(h: number): number[] {
    const out = [h];
    for (const c of this.children[h]!) if (LOCAL_RELS.has(this.tokens[c]!.deprel)) out.push(...this.local(c));
    return out;
  }

  /** Actor codes a noun phrase stands for; several for compounds ("A and B"). */
  actorsOf(h: number, seen = new Set<number>()): string[] {
    if (seen.has(h)) return [];
    seen.add(h);
    const local = new Set(this.local(h));
    const atoms = [...new Set([...local].map((k) => this.atomAt[k]).filter((a): a is Atom => a !== undefined))];
    // an atom spanning beyond the phrase still counts when it contains the head
    const headAtom = this.atomAt[h];
    if (headAtom && !atoms.includes(headAtom)) atoms.push(headAtom);
    const actorAtoms = atoms.filter((a) => a.actor !== undefined).sort((a, b) => a.start - b.start);
    const agents = atoms.filter((a) => a.agent !== undefined).sort((a, b) => a.start - b.start);
    let bases: (string | null)[] = [];
    if (actorAtoms.length) {
      // the atom at the head names the actor; a possessor or modifier supplies the country
      const own = actorAtoms.find((a) => a === headAtom) ?? actorAtoms[actorAtoms.length - 1]!;
      const country = actorAtoms.find((a) => a !== own && a.actor !== null && /^[A-Z]{3}$/.test(a.actor!));
      let base = own.actor ?? null;
      if (base !== null && country && !base.startsWith(country.actor!) && own !== actorAtoms[0]) base = country.actor + base;
      else if (base !== null && country && own === headAtom && /^[A-Z]{3}$/.test(base) === false && !base.startsWith(country.actor!)) base = country.actor + base;
      bases = [base];
    } else {
      for (const c of this.kids(h, (r) => r === 'nmod' || r.startsWith('nmod:') && r !== 'nmod:poss')) {
        const inner = this.actorsOf(c, seen);
        if (inner.length) {
          bases = inner;
          break;
        }
      }
      if (bases.length === 0 && agents.length) bases = ['---'];
    }
    const out: string[] = [];
    for (const b of bases) {
      if (b === null) continue;
      let code = b;
      for (const ag of agents) {
        const a = ag.agent!;
        if (a.compose === 'suffix') {
          if (code === '---' || !code.endsWith(a.code)) code = code === '---' ? `---${a.code}` : code + a.code;
        } else code = a.code + code;
      }
      if (code.startsWith('------')) code = code.slice(3);
      out.push(code);
    }
    for (const c of this.kids(h, (r) => r === 'conj')) {
      const more = this.actorsOf(c, seen);
      // "A and B leaders": the agent of the phrase applies to each member
      out.push(...more.map((m) => (agents.length && /^[A-Z]{3}$/.test(m) ? agents.reduce((s, a) => (a.agent!.compose === 'suffix' ? s + a.agent!.code : a.agent!.code + s), m) : m)));
    }
    return [...new Set(out)];
  }

  /** Tokens of the verb's clause, in order (its subtree without other clauses). */
  clause(v: number): number[] {
    const out: number[] = [];
    const walk = (i: number): void => {
      out.push(i);
      for (const c of this.children[i]!) {
        if (i === v && CLAUSE_BREAK.has(this.tokens[c]!.deprel)) continue;
        if (i !== v && this.tokens[c]!.deprel === 'conj' && this.tokens[c]!.upos === 'VERB') continue;
        walk(c);
      }
    };
    walk(v);
    return out.sort((a, b) => a - b);
  }
}

function wordAt(t: ParsedToken): string[] {
  return [t.text.toLowerCase(), t.lemma.toLowerCase()];
}

interface MatchState {
  ok: boolean;
  score: number;
  source: number | null;
  target: number | null;
  compound: boolean;
}

/** Matches pattern items in order against `window` (token indexes), gaps allowed. */
function matchItems(items: PatternItem[], window: number[], view: View, st: MatchState): boolean {
  let pos = 0;
  // end position in the window of `alt` matched from `at`, or -1; GAP lets up to 3 words pass
  const phraseEnd = (alt: string[], at: number, k = 0): number => {
    if (k === alt.length) return at;
    if (alt[k] === GAP) {
      for (let skip = 0; skip <= 3; skip++) {
        const next = at + skip;
        if (skip > 0 && (window[next - 1] === undefined || (next - 1 > 0 && window[next - 1]! !== window[next - 2]! + 1))) break;
        const end = phraseEnd(alt, next, k + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    const idx = window[at];
    if (idx === undefined) return -1;
    if (k > 0 && idx !== window[at - 1]! + 1) return -1;
    return wordAt(view.tokens[idx]!).includes(alt[k]!) ? phraseEnd(alt, at + 1, k + 1) : -1;
  };
  let matchedWords = 0;
  const findPhrase = (alts: string[][], from: number, limit: number): number => {
    for (let p = from; p < Math.min(window.length, limit); p++) {
      // the longest alternative at the first place any matches
      const ends = alts.map((alt) => phraseEnd(alt, p)).filter((e) => e >= 0);
      if (ends.length === 0) continue;
      const end = Math.max(...ends);
      matchedWords = alts.filter((alt) => phraseEnd(alt, p) === end).reduce((m, a) => Math.max(m, a.filter((w) => w !== GAP).length), 0);
      return end;
    }
    return -1;
  };
  for (const item of items) {
    if (item.kind === 'compound') {
      st.compound = true;
      st.score += 1;
      continue;
    }
    if (item.kind === 'words') {
      const end = findPhrase(item.alts, pos, Infinity);
      if (end < 0) return false;
      st.score += 2 * matchedWords;
      pos = end;
      continue;
    }
    if (item.kind === 'prep') {
      let found = -1;
      for (let p = pos; p < window.length && found < 0; p++) {
        if (view.tokens[window[p]!]!.text.toLowerCase() !== item.prep) continue;
        if (item.noun === null) found = p + 1;
        else {
          const end = findPhrase(item.noun, p + 1, p + 8);
          if (end >= 0) found = end;
        }
      }
      if (found < 0) return false;
      st.score += item.noun === null ? 2 : 4;
      pos = found;
      if (item.actor === undefined) continue;
    }
    let p = pos;
    while (p < window.length && view.atomAt[window[p]!]?.actor == null) p++;
    if (p >= window.length) return false;
    const atom = view.atomAt[window[p]!]!;
    // the phrase head is the atom token whose head lies outside the atom
    let head = atom.start;
    for (let k = atom.start; k < atom.end; k++) {
      const hd = view.tokens[k]!.head;
      if (hd < atom.start || hd >= atom.end) head = k;
    }
    // `^` consumes an actor that is neither source nor target
    if (item.kind === 'source' || item.kind === 'prep' && item.actor === 'source') st.source = head;
    else if (item.kind === 'target' || item.kind === 'prep' && item.actor === 'target') st.target = head;
    st.score += 1;
    while (p < window.length && view.atomAt[window[p]!] === atom) p++;
    pos = p;
  }
  return true;
}

interface VerbHit {
  entry: VerbEntry;
  pattern: VerbPattern | null;
  code: string;
  state: MatchState;
}

function findVerb(v: number, view: View, verbs: VerbDictionary): VerbHit | null {
  const t = view.tokens[v]!;
  if (t.upos !== 'VERB' && t.upos !== 'AUX' && !(t.upos === 'NOUN' && /ed$/i.test(t.text))) return null;
  const entries = verbs.byForm.get(t.text.toLowerCase()) ?? verbs.byForm.get(t.lemma.toLowerCase()) ?? [];
  let best: VerbEntry | null = null;
  let bestLen = -1;
  for (const e of entries) {
    const before = e.before.every((w, k) => view.tokens[v - e.before.length + k]?.text.toLowerCase() === w);
    let after = true;
    if (e.after.length) {
      // a particle may be separated from its verb ("cordoned the roads off")
      const rest = view.tokens.slice(v + 1, v + 5).map((x) => x.text.toLowerCase());
      after = e.after.every((w) => rest.includes(w));
    }
    if (!before || !after) continue;
    const len = e.before.length + e.after.length;
    if (len > bestLen) {
      best = e;
      bestLen = len;
    }
  }
  if (best === null) return null;
  const clause = view.clause(v);
  const preWin = clause.filter((i) => i < v - best.before.length);
  const postWin = clause.filter((i) => i > v);
  let hit: VerbHit = { entry: best, pattern: null, code: best.code, state: { ok: true, score: 0, source: null, target: null, compound: false } };
  for (const p of best.block.patterns) {
    const st: MatchState = { ok: true, score: 0, source: null, target: null, compound: false };
    if (!matchItems(p.pre, preWin, view, st)) continue;
    if (!matchItems(p.post, postWin, view, st)) continue;
    if (hit.pattern === null || st.score > hit.state.score) hit = { entry: best, pattern: p, code: p.code, state: st };
  }
  return hit;
}

function subjectOf(v: number, view: View): number[] {
  const found = subjectUp(v, view);
  if (found.length) return found;
  // a parser that misses the subject still attaches the phrase before the verb to it
  const before = view.children[v]!.filter((c) => c < v && view.tokens[c]!.deprel !== 'advcl' && view.actorsOf(c).length > 0);
  return before.length ? [before[before.length - 1]!] : [];
}

function subjectUp(v: number, view: View): number[] {
  let cur = v;
  for (let guard = 0; guard < 6; guard++) {
    // the passive subject of a governing verb is the subject of its complement ("X was seen to break")
    const subj = view.kids(cur, (r) => r === 'nsubj' || r === 'csubj' || (cur !== v && r === 'nsubj:pass'));
    // parsers sometimes split one subject phrase into several: the one nearest the verb with an actor wins
    const withActor = subj.filter((x) => view.actorsOf(x).length > 0).sort((a, b) => Math.abs(cur - a) - Math.abs(cur - b));
    if (withActor.length) return [withActor[0]!];
    // a pronoun subject ("it would act") refers back to the governing clause's subject
    const agent = view.kids(cur, (r) => r === 'obl:agent');
    if (agent.length) return agent;
    if (subj.some((x) => view.tokens[x]!.upos !== 'PRON')) return [];
    const t = view.tokens[cur]!;
    if (t.head < 0 || !['xcomp', 'conj', 'advcl', 'acl', 'ccomp'].includes(t.deprel)) return [];
    cur = t.head;
  }
  return [];
}

function targetOf(v: number, view: View): number[] {
  const passive = view.kids(v, (r) => r === 'nsubj:pass');
  const hasAgent = view.kids(v, (r) => r === 'obl:agent').length > 0;
  const order = [
    ...(hasAgent || passive.length ? passive : []),
    ...view.kids(v, (r) => r === 'obj' || r === 'iobj'),
    ...view.kids(v, (r) => r === 'obl' || r.startsWith('obl:') && r !== 'obl:agent' || r === 'nmod'),
  ];
  for (const x of order) if (view.actorsOf(x).length) return [x];
  for (const c of view.kids(v, (r) => r === 'xcomp')) {
    const inner = targetOf(c, view);
    if (inner.length) return inner;
  }
  if (passive.length) return passive;
  // as PETRARCH reads the words after the verb: the first actor further down the verb's phrase
  const below: number[] = [];
  const walk = (i: number): void => {
    for (const c of view.children[i]!) {
      if (['parataxis', 'conj', 'advcl', 'punct'].includes(view.tokens[c]!.deprel)) continue;
      if (c > v) below.push(c);
      walk(c);
    }
  };
  walk(v);
  below.sort((a, b) => a - b);
  for (const x of below) {
    if (!view.atomAt[x]?.actor) continue;
    // the phrase the actor belongs to ("the Mordor police"), not the bare name
    let h = x;
    while (view.tokens[h]!.head >= 0 && LOCAL_RELS.has(view.tokens[h]!.deprel) && view.tokens[h]!.deprel !== 'nmod:poss') h = view.tokens[h]!.head;
    return [h];
  }
  return [];
}

/** Combines a governing verb's code with the governed verb's code through the ontology. */
export function combineCodes(up: string, down: string, ontology: CodingOntology | null): string {
  if (ontology === null) return down;
  const a = ontology.toValue.get(up);
  const b = ontology.toValue.get(down);
  if (a === undefined || b === undefined) return down;
  const catA = a < 0 ? -1 : (a >> 12) & 0xf;
  const catB = b < 0 ? -1 : (b >> 12) & 0xf;
  let v: number;
  if (catA === 1) v = b; // "say" yields to anything it governs
  else if (catA === -1 || catB === 0 || catB === -1 && catA === 0) v = a + (b < 0 ? b + 0xffff : b);
  else if (catA === 3 && catB === 0xb) v = b; // "intend" yields to "consult"
  else v = (a & 0xf000) + (b & 0x0fff);
  return valueToCode(v, ontology) ?? down;
}

function valueToCode(v: number, ontology: CodingOntology): string | null {
  const exact = ontology.toCode.get(v);
  if (exact !== undefined) return exact;
  const base = v < 0 ? -0xffff : 0;
  const off = v - base;
  for (const mask of [0xfff0, 0xf000, 0]) {
    const c = ontology.toCode.get(base + (off & mask));
    if (c !== undefined) return c;
  }
  return null;
}

/** Brings a dictionary code to CAMEO through the ontology (e.g. a code outside CAMEO to its root). */
export function normalizeCode(code: string, ontology: CodingOntology | null): string {
  if (ontology === null) return code;
  const v = ontology.toValue.get(code);
  if (v === undefined) return code;
  return valueToCode(v, ontology) ?? code;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no']);

/**
 * The code of a negated verb: the ontology's value minus 0xFFFF ("not clash" 110 becomes 050);
 * kept as is when the ontology has no code for the negated value.
 */
export function negateCode(code: string, ontology: CodingOntology | null): string {
  if (ontology === null) return code;
  const v = ontology.toValue.get(code);
  if (v === undefined) return code;
  return ontology.toCode.get(v - 0xffff) ?? code;
}

function isNegated(v: number, view: View): boolean {
  return view.children[v]!.some((c) => {
    const t = view.tokens[c]!;
    return (t.deprel === 'advmod' || t.deprel === 'neg') && NEGATORS.has(t.text.toLowerCase());
  });
}

/** Codes one parsed sentence with PETRARCH dictionaries. */
export function codePetrarchSentence(s: ParsedSentence, dicts: PetrarchDictionaries, opts: PetrarchOptions): PetrarchEvent[] {
  const words = s.tokens.map((t) => t.text.toLowerCase());
  if (dicts.discards.some((d) => discardMatches(d, words))) return [];
  const view = new View(s.tokens, findAtoms(s.tokens, dicts.actors, opts.date));
  const hits = new Map<number, VerbHit>();
  s.tokens.forEach((_, v) => {
    const h = findVerb(v, view, dicts.verbs);
    if (h) hits.set(v, h);
  });
  const events: PetrarchEvent[] = [];
  const consumed = new Set<number>();
  const emit = (v: number, code: string, hit: VerbHit, tokenForTarget: number): void => {
    if (code === '---' || code === '') return;
    const st = hit.state;
    const sources = st.source !== null ? view.actorsOf(st.source) : subjectOf(v, view).flatMap((x) => view.actorsOf(x));
    const targets = st.target !== null ? view.actorsOf(st.target) : targetOf(tokenForTarget, view).flatMap((x) => view.actorsOf(x));
    const negated = isNegated(v, view);
    const [fwd, back] = code.split(':').map((c) => (negated ? negateCode(c, dicts.ontology) : c)) as [string, string | undefined];
    const pairs: [string | null, string | null][] = [];
    if ((st.compound || back !== undefined) && sources.length > 1 && targets.length === 0) {
      for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    } else {
      const ss = sources.length ? sources : [null];
      const ts = targets.length ? targets : [null];
      for (const a of ss) for (const b of ts) if (a === null || a !== b) pairs.push([a, b]);
    }
    for (const [a, b] of pairs) {
      if (opts.requireDyad && (a === null || b === null)) continue;
      const base = { verb: v, verbLine: hit.entry.line, patternLine: hit.pattern?.line ?? null };
      if (fwd !== '---' && fwd !== '') events.push({ source: a, target: b, code: normalizeCode(fwd, dicts.ontology), ...base });
      if (back !== undefined && back !== '---' && back !== '') events.push({ source: b, target: a, code: normalizeCode(back, dicts.ontology), ...base });
    }
  };
  for (const [v, hit] of hits) {
    if (consumed.has(v)) continue;
    // a coded verb governing another coded verb: one combined event ("agreed to meet")
    const down = view.kids(v, (r) => r === 'xcomp').find((c) => hits.has(c));
    if (down !== undefined && hit.code !== '---') {
      const inner = hits.get(down)!;
      consumed.add(down);
      if (inner.code === '---') {
        emit(v, hit.code, hit, v);
        continue;
      }
      const code = combineCodes(hit.code.split(':')[0]!, inner.code.split(':')[0]!, dicts.ontology);
      // "A urged B to do X": the governing verb's object is the target when it has one
      const upObject = view.kids(v, (r) => r === 'obj' || r === 'iobj').some((x) => view.actorsOf(x).length > 0);
      emit(v, code, { ...inner, state: { ...inner.state, source: hit.state.source ?? inner.state.source } }, upObject ? v : down);
      continue;
    }
    emit(v, hit.code, hit, v);
  }
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = `${e.source}|${e.target}|${e.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
