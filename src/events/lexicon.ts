import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { ROLE_CODES } from '../actors/codes.js';

/**
 * The compiled form of a lexicon entry: a plain-data pattern over a dependency parse.
 * Kept free of functions so that other loaders (PETRARCH verb patterns, issue 4) can produce the
 * same structure and the coder treats every source alike.
 */
export interface EventPattern {
  /** Entry id, `FILE:LINE` (e.g. `04-consult.txt:12`); appears in event evidence. */
  id: string;
  /** CAMEO code the pattern yields. */
  code: string;
  /** The template as written, for `dyad explain`. */
  template: string;
  /** The word the event hangs on. */
  predicate: PredicateSpec;
  /** For noun predicates used with a support verb (`X hold *talk with Y`): the verb, whose subject is the `subject` slot. */
  support: { lemmas: string[] } | null;
  /** Phrases that must be present for the pattern to match (objects and prepositional phrases). */
  requires: PhraseSpec[];
  /** Where the source actor is found, or null when the pattern has no source slot. */
  source: SlotSpec | null;
  /** Where the target actor is found, or null when the pattern has no target slot. */
  target: SlotSpec | null;
  /** Number of required words: more specific patterns win. */
  specificity: number;
  /** Global order of the entry (file order, then line): earlier wins ties. */
  order: number;
}

/** The predicate of a pattern: lemma alternatives, word class, particle and required modifiers. */
export interface PredicateSpec {
  lemmas: string[];
  pos: 'verb' | 'noun';
  /** Particle of a phrasal verb (`call_off` → `off`), or null. */
  particle: string | null;
  /** Required modifiers of a noun predicate (`joint military *exercise`), each a set of alternatives. */
  modifiers: string[][];
}

/**
 * A required phrase: direct object, oblique/nmod introduced by one of `preps`, or an infinitive
 * complement (`X urge Y to lift restriction`: `xcomp` with head `lift`).
 */
export interface PhraseSpec {
  rel: 'object' | 'oblique' | 'xcomp';
  /** Preposition alternatives for `oblique`; empty otherwise. */
  preps: string[];
  /** Head lemma alternatives. */
  head: string[];
  /** Required modifiers of the head, each a set of alternatives. */
  modifiers: string[][];
  /** Index (in `requires`) of the xcomp phrase this one hangs from; absent when it hangs from the predicate. */
  via?: number;
  /**
   * For `xcomp`: the same words read as a `to` noun phrase (`X agree to joint project`), tried when no
   * infinitive fits; phrases hanging from the xcomp are then taken as part of it.
   */
  asNoun?: PhraseSpec;
}

/** A syntactic position an actor slot is read from. */
export interface SlotSpec {
  rel: 'subject' | 'object' | 'iobj' | 'possessor' | 'oblique' | 'between' | 'phrase-possessor';
  /** Preposition alternatives for `oblique` (`to`, `with`, `by`, `of`...). */
  preps: string[];
  /** Index (in `requires`) of the xcomp phrase the slot hangs from, if not the predicate. */
  via?: number;
  /** For `phrase-possessor`: index (in `requires`) of the phrase whose possessor is the actor (`X deny Y's accusation`). */
  phrase?: number;
  /**
   * The kinds of actor the slot takes (`Y:IGO`, `X:MIL`): the pattern fits only when the slot holds an actor of one of
   * them (`actorOfKind`).
   */
  kinds?: string[];
}

/** Slot kinds beside the role codes: an international or non-governmental organisation, a state named as itself. */
const SLOT_CLASSES = new Set(['IGO', 'NGO', 'STATE']);

/**
 * Whether an actor is of a slot kind: `IGO`/`NGO` by its code's class, `STATE` a country with no role, group or place
 * ("Niger", not "Niger's army" or "Niamey"), a role code (`MIL`, `GOV` ...) among its roles.
 */
export function actorOfKind(a: { code: string; country: string | null; roles: readonly string[]; group?: string | null; entries: readonly string[] }, kind: string): boolean {
  if (kind === 'IGO' || kind === 'NGO') return a.code.startsWith(kind);
  if (kind === 'STATE') return a.country !== null && a.roles.length === 0 && !a.group && !a.entries.some((e) => e.startsWith('place:'));
  return a.roles.includes(kind);
}

/** A compiled lexicon: every pattern, indexed by predicate lemma. */
export interface Lexicon {
  patterns: EventPattern[];
  /** Patterns by part of speech and lemma of the predicate (`byPredicate.verb.get('provide')`), best-first. */
  byPredicate: Record<'verb' | 'noun', Map<string, EventPattern[]>>;
  /** Patterns by predicate lemma, each list sorted best-first (specificity, then order). */
  byLemma: Map<string, EventPattern[]>;
  /** Word sets from sets.txt, expanded. */
  sets: Map<string, string[]>;
}

/** A lexicon file problem, with the `file:line` where it is. */
export class LexiconError extends Error {
  override name = 'LexiconError';
}

/** Closed list of prepositions a template may use; any other word is a lemma to match. */
export const TEMPLATE_PREPOSITIONS = new Set([
  'to', 'with', 'against', 'on', 'for', 'from', 'in', 'at', 'by', 'of', 'over', 'into', 'about',
  'between', 'toward', 'towards', 'upon', 'across', 'along', 'within', 'without', 'onto', 'under',
  'through', 'after', 'during', 'among', 'amid', 'near', 'regarding', 'concerning', 'as', 'behind',
  'beyond', 'inside', 'outside', 'despite', 'around', 'alongside', 'beside', 'via', 'throughout', 'versus', 'upon',
]);

const CODE_RE = /^\d{2,4}$/;
/** Codes of force (roots 18-20), whose "at" target is also a "toward(s)" target. */
const FORCE_CODE = /^(18|19|20)/;
const WORD_RE = /^[a-z][a-z0-9'-]*$/;

/** Parses sets.txt text into expanded word sets; errors name `file:line`. */
export function parseSets(text: string, file = 'sets.txt'): { sets: Map<string, string[]>; errors: string[] } {
  const raw = new Map<string, { words: string[]; line: number }>();
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const line = stripComment(lineText).trim();
    if (!line) return;
    const m = /^@([A-Za-z][\w-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) {
      errors.push(`${file}:${i + 1}: expected '@name = word word ...', got '${line}'`);
      return;
    }
    const words = m[2].split(/\s+/).filter(Boolean);
    if (words.length === 0) errors.push(`${file}:${i + 1}: set '@${m[1]}' is empty`);
    if (raw.has(m[1])) errors.push(`${file}:${i + 1}: set '@${m[1]}' defined twice`);
    raw.set(m[1], { words, line: i + 1 });
  });
  const sets = new Map<string, string[]>();
  const expand = (name: string, stack: string[]): string[] => {
    const done = sets.get(name);
    if (done) return done;
    const entry = raw.get(name);
    if (!entry) return [];
    if (stack.includes(name)) {
      errors.push(`${file}:${entry.line}: set '@${name}' includes itself (${[...stack, name].map((s) => '@' + s).join(' -> ')})`);
      return [];
    }
    const out = new Set<string>();
    for (const w of entry.words) {
      if (w.startsWith('@')) {
        if (!raw.has(w.slice(1))) errors.push(`${file}:${entry.line}: unknown set '${w}' in '@${name}'`);
        else for (const x of expand(w.slice(1), [...stack, name])) out.add(x);
      } else if (!WORD_RE.test(w.replace(/_/g, ''))) {
        errors.push(`${file}:${entry.line}: bad word '${w}' in '@${name}' (lower-case lemmas only)`);
      } else out.add(w);
    }
    const list = [...out];
    sets.set(name, list);
    return list;
  };
  for (const name of raw.keys()) expand(name, []);
  return { sets, errors };
}

function stripComment(line: string): string {
  const i = line.indexOf('#');
  return i < 0 ? line : line.slice(0, i);
}

interface TemplateWord {
  kind: 'slot' | 'poss' | 'word' | 'prep' | 'and';
  /** `X`/`Y` for slots and possessor slots. */
  slot?: 'X' | 'Y';
  /** The actor kinds after a slot's colon (`Y:IGO`, `X:MIL|GOV`). */
  slotKinds?: string[];
  lemmas: string[];
  particle: string | null;
  starred: boolean;
  raw: string;
}

/**
 * Compiles one template into a pattern. Throws a message (without location) when the template is
 * malformed; {@link compileLexicon} adds the `file:line`.
 */
export function compileTemplate(
  template: string,
  code: string,
  sets: Map<string, string[]>,
  id = 'inline:1',
  order = 0,
): EventPattern {
  const words = template.split(/\s+/).filter(Boolean).map((w) => readWord(w, sets));
  if (words.length === 0) throw new Error('empty template');
  for (const s of ['X', 'Y'] as const) {
    if (words.filter((w) => w.slot === s).length > 1) throw new Error(`slot ${s} used more than once`);
  }
  if (words.filter((w) => w.starred).length > 1) throw new Error('more than one word marked with *');
  let p = words.findIndex((w) => w.starred);
  const firstWord = words.findIndex((w) => w.kind === 'word');
  if (p < 0) p = firstWord;
  if (p < 0) throw new Error('no predicate word (only slots and prepositions)');
  if (words[p].kind !== 'word') throw new Error(`'${words[p].raw}' cannot be the predicate`);
  const pred = words[p];

  // Words before the predicate: [slot|poss] [support-verb] modifiers...
  const before = words.slice(0, p);
  let subjectSlot: 'X' | 'Y' | null = null;
  let possSlot: 'X' | 'Y' | null = null;
  let k = 0;
  if (before[k]?.kind === 'slot') subjectSlot = before[k++].slot ?? null;
  let support: TemplateWord | null = null;
  if (subjectSlot && before[k]?.kind === 'word' && p > k + 0 && pred.starred) support = before[k++];
  if (before[k]?.kind === 'poss') possSlot = before[k++].slot ?? null;
  const modifiers: string[][] = [];
  for (; k < before.length; k++) {
    if (before[k].kind !== 'word') throw new Error(`unexpected '${before[k].raw}' before the predicate`);
    modifiers.push(before[k].lemmas);
  }
  const after = words.slice(p + 1);
  const isNoun =
    support !== null || possSlot !== null || modifiers.length > 0 ||
    (after[0]?.kind === 'prep' && ['by', 'of', 'between'].some((x) => after[0].lemmas.includes(x)) && after.slice(1).some((w) => w.kind === 'slot') && !subjectSlot);
  if (!isNoun && possSlot) throw new Error('possessor slot before a verb');

  const pattern: EventPattern = {
    id,
    code,
    template,
    predicate: { lemmas: pred.lemmas, pos: isNoun ? 'noun' : 'verb', particle: pred.particle, modifiers },
    support: support ? { lemmas: support.lemmas } : null,
    requires: [],
    source: null,
    target: null,
    specificity: 0,
    order,
  };
  const setSlot = (slot: 'X' | 'Y', spec: SlotSpec): void => {
    if (slot === 'X') pattern.source = spec;
    else pattern.target = spec;
  };
  if (subjectSlot) setSlot(subjectSlot, { rel: 'subject', preps: [] });
  if (possSlot) setSlot(possSlot, { rel: 'possessor', preps: [] });

  let i = 0;
  const readWords = (): string[][] => {
    const phrase: string[][] = [];
    while (after[i]?.kind === 'word') phrase.push(after[i++].lemmas);
    return phrase;
  };
  // Reads an object phrase (slot, `Y's words`, or words) right after a verb; `via` is its anchor.
  const readObject = (via: number | undefined): void => {
    const w = after[i];
    if (w?.kind === 'slot') {
      const slot = after[i++].slot!;
      const phrase = readWords();
      setSlot(slot, { rel: phrase.length ? 'iobj' : 'object', preps: [], ...viaOf(via) });
      if (phrase.length) pattern.requires.push(phraseOf('object', [], phrase, via));
    } else if (w?.kind === 'poss') {
      i++;
      const phrase = readWords();
      if (phrase.length === 0) throw new Error(`'${w.raw}' must be followed by words`);
      pattern.requires.push(phraseOf('object', [], phrase, via));
      setSlot(w.slot!, { rel: 'phrase-possessor', preps: [], phrase: pattern.requires.length - 1 });
    } else if (w?.kind === 'word') {
      pattern.requires.push(phraseOf('object', [], readWords(), via));
    }
  };
  if (!isNoun) readObject(undefined);
  let anchor: number | undefined;
  while (i < after.length) {
    const w = after[i];
    if (w.kind !== 'prep') throw new Error(`expected a preposition or the end after the predicate, got '${w.raw}'`);
    i++;
    if (w.lemmas.includes('between') && after[i]?.kind === 'slot' && after[i + 1]?.kind === 'and') {
      const a = after[i++];
      if (after[i]?.kind !== 'and' || after[i + 1]?.kind !== 'slot') throw new Error("'between' must be followed by 'X and Y'");
      i++;
      const b = after[i++];
      setSlot(a.slot!, { rel: 'between', preps: ['between'] });
      setSlot(b.slot!, { rel: 'between', preps: ['between'] });
      continue;
    }
    if (after[i]?.kind === 'slot') {
      // (force aimed "at" a target is also aimed "toward" it: "fired about 100 drones towards Israel")
      const preps = FORCE_CODE.test(code) && w.lemmas.includes('at') ? [...new Set([...w.lemmas, 'toward', 'towards'])] : w.lemmas;
      setSlot(after[i++].slot!, { rel: 'oblique', preps, ...viaOf(anchor) });
      continue;
    }
    if (after[i]?.kind === 'poss') {
      const poss = after[i++];
      const phrase = readWords();
      if (phrase.length === 0) throw new Error(`'${poss.raw}' must be followed by words`);
      pattern.requires.push(phraseOf('oblique', w.lemmas, phrase, anchor));
      setSlot(poss.slot!, { rel: 'phrase-possessor', preps: [], phrase: pattern.requires.length - 1 });
      continue;
    }
    // "to VERB ..." after a verb is an infinitive complement when a slot or more words follow the verb, or when it
    // ends the template ("X order @aidagency to leave"); either way the same words read as a "to" phrase are tried
    // when no infinitive fits ("X agree to ceasefire").
    const next = after[i + 1];
    if (!isNoun && anchor === undefined && w.lemmas.length === 1 && w.lemmas[0] === 'to' && after[i]?.kind === 'word' &&
        (next === undefined || next.kind === 'slot' || next.kind === 'poss' || next.kind === 'word')) {
      const verb = after[i++];
      const start = i;
      const rest = readWords();
      i = start;
      const xcomp: PhraseSpec = phraseOf('xcomp', [], [verb.lemmas], undefined);
      xcomp.asNoun = phraseOf('oblique', ['to'], [verb.lemmas, ...rest], undefined);
      pattern.requires.push(xcomp);
      anchor = pattern.requires.length - 1;
      readObject(anchor);
      continue;
    }
    const phrase = readWords();
    if (phrase.length === 0) throw new Error(`preposition '${w.raw}' is not followed by a slot or words`);
    pattern.requires.push(phraseOf('oblique', w.lemmas, phrase, anchor));
  }
  // (a slot of a given kind counts as a required word: "X leave Y:IGO" goes before "X leave Y")
  let kinds = 0;
  for (const w of words) {
    if (!w.slotKinds) continue;
    const spec = w.slot === 'X' ? pattern.source : pattern.target;
    if (!spec) throw new Error(`slot '${w.raw}' has no place in the template`);
    spec.kinds = w.slotKinds;
    kinds++;
  }
  pattern.specificity =
    1 + (pred.particle ? 1 : 0) + modifiers.length + (support ? 1 : 0) + kinds +
    pattern.requires.reduce((n, r) => n + 1 + r.modifiers.length, 0);
  return pattern;
}

function viaOf(via: number | undefined): { via?: number } {
  return via === undefined ? {} : { via };
}

function phraseOf(rel: PhraseSpec['rel'], preps: string[], words: string[][], via: number | undefined): PhraseSpec {
  return { rel, preps, head: words[words.length - 1], modifiers: words.slice(0, -1), ...viaOf(via) };
}

function readWord(raw: string, sets: Map<string, string[]>): TemplateWord {
  const base = { particle: null, starred: false, raw };
  const typed = /^(X|Y|X's|Y's):(.+)$/.exec(raw);
  if (typed) {
    const kinds = typed[2]!.split('|');
    const bad = kinds.find((k) => !SLOT_CLASSES.has(k) && !ROLE_CODES.has(k));
    if (bad !== undefined) throw new Error(`unknown actor kind '${bad}' in '${raw}' (a role code such as MIL or GOV, or IGO, NGO, STATE)`);
    return { ...readWord(typed[1]!, sets), raw, slotKinds: kinds };
  }
  if (raw === 'X' || raw === 'Y') return { ...base, kind: 'slot', slot: raw, lemmas: [] };
  if (raw === "X's" || raw === "Y's") return { ...base, kind: 'poss', slot: raw[0] as 'X' | 'Y', lemmas: [] };
  if (raw === 'and') return { ...base, kind: 'and', lemmas: ['and'] };
  let text = raw;
  let starred = false;
  if (text.startsWith('*')) {
    starred = true;
    text = text.slice(1);
  }
  const lemmas: string[] = [];
  let particle: string | null = null;
  for (const alt of text.split('|')) {
    if (alt.startsWith('@')) {
      const set = sets.get(alt.slice(1));
      if (!set) throw new Error(`unknown set '${alt}'`);
      for (const w of set) lemmas.push(w);
      continue;
    }
    const [lemma, part, extra] = alt.split('_');
    if (extra !== undefined || !lemma || !WORD_RE.test(lemma) || (part !== undefined && !WORD_RE.test(part))) {
      throw new Error(`bad word '${alt}' (lower-case lemma, optional _particle)`);
    }
    if (part !== undefined) {
      if (particle !== null && particle !== part) throw new Error(`alternatives with different particles in '${raw}'`);
      particle = part;
    }
    lemmas.push(lemma);
  }
  // Set members may carry particles too (`set_up`): split them here.
  const clean: string[] = [];
  for (const l of lemmas) {
    const [lemma, part] = l.split('_');
    if (part) particle = part;
    clean.push(lemma);
  }
  if (!starred && clean.every((l) => TEMPLATE_PREPOSITIONS.has(l))) return { ...base, kind: 'prep', lemmas: clean };
  return { kind: 'word', lemmas: [...new Set(clean)], particle, starred, raw };
}

/** One lexicon source file: its name (for ids) and text. */
export interface LexiconSource {
  file: string;
  text: string;
}

/**
 * Compiles lexicon files into patterns. Never throws: every problem is returned as
 * `file:line: message (value)` and the bad line is skipped.
 */
export function compileLexicon(
  files: LexiconSource[],
  setsText = '',
  isKnownCode: (code: string) => boolean = () => true,
): { lexicon: Lexicon; errors: string[] } {
  const { sets, errors } = parseSets(setsText);
  const patterns: EventPattern[] = [];
  let order = 0;
  for (const { file, text } of files) {
    text.split(/\r?\n/).forEach((lineText, i) => {
      const line = stripComment(lineText).trim();
      if (!line) return;
      const id = `${file}:${i + 1}`;
      const m = /^(\S+)\s+(.+)$/.exec(line);
      if (!m) {
        errors.push(`${id}: expected 'CODE TEMPLATE', got '${line}'`);
        return;
      }
      const [, code, template] = m;
      if (!CODE_RE.test(code) || !isKnownCode(code)) {
        errors.push(`${id}: unknown CAMEO code '${code}'`);
        return;
      }
      try {
        patterns.push(compileTemplate(template.trim(), code, sets, id, order++));
      } catch (err) {
        errors.push(`${id}: ${(err as Error).message} in '${template.trim()}'`);
      }
    });
  }
  return { lexicon: indexPatterns(patterns, sets), errors };
}

/** Word index over one predicate's patterns: which need which words (see `screenPatterns`). */
interface Screen {
  /** Patterns that need no word: always candidates. */
  open: number[];
  /** Word -> patterns whose first needed group holds it. */
  byWord: Map<string, number[]>;
  /** Per pattern, the groups it needs besides the first. */
  rest: ReadonlySet<string>[][];
}

const SCREENS = new WeakMap<EventPattern[], Screen>();
/** Lists shorter than this are tried whole: screening them costs more than it saves. */
const SCREEN_MIN = 12;

/**
 * The word groups a pattern needs, each a set of alternatives one of which must be a lemma of the sentence: the
 * heads of each required phrase (with those of its noun reading) and each modifier of the predicate. The coder's
 * cheap rejection tests the phrases; a modifier is a word below the predicate, so it is in the sentence too.
 */
function neededGroups(p: EventPattern): ReadonlySet<string>[] {
  return [...p.requires.map((req) => new Set([...req.head, ...(req.asNoun?.head ?? [])])), ...p.predicate.modifiers.map((m) => new Set(m))];
}

function buildScreen(list: EventPattern[]): Screen {
  const open: number[] = [];
  const byWord = new Map<string, number[]>();
  const rest = list.map((p, i) => {
    const [first, ...others] = neededGroups(p);
    if (!first) open.push(i);
    for (const w of first ?? []) {
      let at = byWord.get(w);
      if (!at) byWord.set(w, (at = []));
      at.push(i);
    }
    return others;
  });
  return { open, byWord, rest };
}

/** Whether one of `group`'s words is in `words` (from the smaller side: a group may name hundreds of words). */
function meets(group: ReadonlySet<string>, words: Set<string>): boolean {
  if (group.size > words.size) {
    for (const w of words) if (group.has(w)) return true;
  } else {
    for (const w of group) if (words.has(w)) return true;
  }
  return false;
}

/**
 * The patterns of `list` (one predicate's, best-first) that can fit a sentence whose lemmas are
 * `words`, in the same order: a pattern that needs a word group (`neededGroups`) with no word in the
 * sentence cannot fit. The coder's cheap rejection does the same test pattern by pattern; common
 * verbs ("demand", "call") have hundreds of patterns, so the index does it once per sentence for
 * the first group, and only the patterns it keeps are tested for the others.
 */
export function screenPatterns(list: EventPattern[], words: Set<string>): EventPattern[] {
  if (list.length < SCREEN_MIN) return list;
  let screen = SCREENS.get(list);
  if (!screen) SCREENS.set(list, (screen = buildScreen(list)));
  const keep = new Uint8Array(list.length);
  for (const i of screen.open) keep[i] = 1;
  for (const w of words) {
    const at = screen.byWord.get(w);
    if (at) for (const i of at) keep[i] = 1;
  }
  const out: EventPattern[] = [];
  for (let i = 0; i < list.length; i++) if (keep[i] && meetsAll(screen.rest[i], words)) out.push(list[i]);
  return out;
}

/** Whether each of `groups` has a word in `words`. */
function meetsAll(groups: readonly ReadonlySet<string>[], words: Set<string>): boolean {
  for (const g of groups) if (!meets(g, words)) return false;
  return true;
}

/** Builds the lemma index over patterns (also used by other pattern loaders). */
export function indexPatterns(patterns: EventPattern[], sets: Map<string, string[]> = new Map()): Lexicon {
  const byLemma = new Map<string, EventPattern[]>();
  for (const p of patterns) {
    for (const l of p.predicate.lemmas) {
      let list = byLemma.get(l);
      if (!list) byLemma.set(l, (list = []));
      list.push(p);
    }
  }
  for (const list of byLemma.values()) list.sort(comparePatterns);
  const byPredicate = { verb: new Map<string, EventPattern[]>(), noun: new Map<string, EventPattern[]>() };
  for (const [lemma, list] of byLemma) {
    for (const pos of ['verb', 'noun'] as const) {
      const own = list.filter((p) => p.predicate.pos === pos);
      if (own.length) byPredicate[pos].set(lemma, own);
    }
  }
  return { patterns, byLemma, byPredicate, sets };
}

/** Best-first order: more required words, then earlier entry. */
export function comparePatterns(a: EventPattern, b: EventPattern): number {
  return b.specificity - a.specificity || a.order - b.order;
}

/**
 * Reads every `NN-*.txt` file and `sets.txt` under a lexicon folder and compiles them.
 * Throws a {@link LexiconError} listing every `file:line` problem when `strict` (the default).
 */
export function loadLexiconFrom(
  dir: string,
  isKnownCode: (code: string) => boolean = () => true,
  strict = true,
): { lexicon: Lexicon; errors: string[] } {
  if (!existsSync(dir)) throw new LexiconError(`lexicon folder not found: ${dir}`);
  const names = readdirSync(dir).filter((n) => /^\d\d-.*\.txt$/.test(n)).sort();
  const files = names.map((n) => ({ file: basename(n), text: readFileSync(join(dir, n), 'utf8') }));
  const setsFile = join(dir, 'sets.txt');
  const setsText = existsSync(setsFile) ? readFileSync(setsFile, 'utf8') : '';
  const result = compileLexicon(files, setsText, isKnownCode);
  if (strict && result.errors.length) {
    const shown = result.errors.slice(0, 30).join('\n  ');
    const more = result.errors.length > 30 ? `\n  ... and ${result.errors.length - 30} more` : '';
    throw new LexiconError(`${result.errors.length} problem(s) in the lexicon at ${dir}:\n  ${shown}${more}`);
  }
  return result;
}
