import type { ActorMention } from '../model/actor.js';
import type { ParsedSentence, ParsedToken } from '../model/parse.js';
import { decomposeCode } from './codes.js';
import { validOn, type ActorDictionary, type DictEntry, type DictForm, type EntryKind } from './dictionary.js';
import { CURRENCY_SYMBOLS, caseMatches, isPossessiveS, normalizeKey } from './normalize.js';
import { BoundedMemo } from '../nlp/memo.js';
import { datelineCredit } from '../nlp/dateline.js';

/** A dictionary match on a token span, before noun phrases are put together. */
export interface Atom {
  start: number;
  end: number;
  /** Token of the span that attaches outside it (the span's own head). */
  head: number;
  kind: EntryKind;
  forms: DictForm[];
  /** True when the match is one part of a hyphenated token ("Tajik" in "Tajik-Afghan"). */
  part: boolean;
  /** A title written right before a person's name ("defense minister" in "defense minister X"). */
  title?: DictForm[];
  /** A title atom stretched over the unknown name after it ("President Lula"). */
  named?: boolean;
  /** Of a named title: the country word before it ("Brazilian" in "Brazilian President Lula"). */
  country?: Atom;
}

/** Extra facts about a mention that carry-over needs and ActorMention does not hold. */
export interface MentionInfo {
  /** Tokens of the noun phrase that produced the mention. */
  tokens: number[];
  /** The phrase has a modifier that points away from the document's countries ("foreign forces"). */
  foreign: boolean;
  /** The mention came from a dictionary entry of this kind at its head. */
  kind: EntryKind | 'title';
  /** Dependency relation of the head token. */
  deprel: string;
  /** The phrase is a place where something happens ("in Singapore", "at the White House"), by its preposition. */
  locative: boolean;
}

// priority when one key is bound to several kinds of entry
const KIND_RANK: Record<EntryKind, number> = { person: 0, group: 1, organization: 2, country: 3, role: 4, carrier: 5 };
// relations that keep a dependent inside its head's noun phrase
const NP_RELS = new Set(['amod', 'compound', 'flat', 'nmod:poss', 'det', 'nummod', 'appos']);
const FOREIGN = new Set(['foreign', 'international', 'regional', 'western', 'global', 'overseas', 'other', 'outside', 'neighboring', 'neighbouring', 'multinational', 'coalition', 'allied']);
// words before a title that say its holder left the office
const FORMER = new Set(['former', 'ex', 'ex-']);
// prepositions of an oblique that make it the place of the event
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'across', 'throughout']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X', 'ADJ', 'SYM']);

function baseRel(deprel: string): string {
  if (deprel === 'nmod:poss') return deprel;
  const i = deprel.indexOf(':');
  return i < 0 ? deprel : deprel.slice(0, i);
}

/** Text of a token span as written, spaces restored from the tokens. */
export function spanText(tokens: ParsedToken[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    out += t.text;
    if (i < end - 1 && t.spaceAfter) out += ' ';
  }
  return out;
}

/** Picks the forms to use among those bound to one key: the highest-priority kind. */
function bestForms(forms: DictForm[], date: string | null): DictForm[] {
  const usable = forms.filter((f) => f.entry.kind === 'person' || validOn(f.entry, date));
  // (one usable form, the common case, is its own best)
  if (usable.length <= 1) return usable;
  const rank = (f: DictForm): number =>
    f.entry.kind === 'person' && !validOn(f.entry, date) ? 6 : KIND_RANK[f.entry.kind];
  const top = Math.min(...usable.map(rank));
  // an out-of-date person keeps every office so the fallback can use the latest
  return usable.filter((f) => rank(f) === top || (top === 6 && f.entry.kind === 'person'));
}

/**
 * Finds dictionary matches on token sequences, leftmost-longest and non-overlapping, so a name
 * is found even when the parse splits it badly. Hyphenated tokens ("Kabul-Moscow") are also
 * looked up part by part.
 */
export function scanAtoms(sentence: ParsedSentence, dict: ActorDictionary, date: string | null): Atom[] {
  const tokens = sentence.tokens;
  const atoms: Atom[] = [];
  const maxSpan = Math.min(16, dict.maxWords * 3);
  const prefixes = prefixesOf(dict);
  const known = tokens.map((t) => prefixes.word(t.text));
  const keys = known.map((w) => w.key);
  // ("KABUL, Jan 5 (Reuters) - ...": the agency credited in a dateline is no actor of the story)
  const credit = datelineCredit(tokens);
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.upos === 'PUNCT') {
      i = i === credit?.start ? credit.end : i + 1;
      continue;
    }
    let found = longestAt(i);
    // "the UN refugee agency": a match starting after "the" that reaches further wins over "the UN"
    if (found !== null && tokens[i]!.text.toLowerCase() === 'the' && i + 1 < tokens.length) {
      const next = longestAt(i + 1);
      if (next !== null && next.end > found.end) found = null;
    }
    // "President Xi Jinping" with "President Xi" a form of the person: a longer form of the same person
    // starting inside the match stretches it ("Jinping" is not left over)
    if (found !== null && found.kind === 'person') {
      for (let k = found.start + 1; k < found.end; k++) {
        const longer = longestAt(k);
        if (longer !== null && longer.kind === 'person' && longer.end > found.end && longer.forms.some((f) => found!.forms.some((g) => g.entry.label === f.entry.label))) {
          found = { ...found, end: longer.end, head: spanHead(tokens, found.start, longer.end) };
          break;
        }
      }
    }
    // "Egyptian intelligence chief Abbas Kamel": a one-word form of a person followed by another name is a namesake's
    // first name, not that person ("Abbas" is Mahmoud Abbas only alone)
    if (found !== null && found.kind === 'person' && found.end === found.start + 1 && isFurtherName(tokens[found.end])) found = null;
    if (found !== null) {
      atoms.push(found);
      i = found.end;
      continue;
    }
    const t = tokens[i]!;
    if (t.text.length > 2 && (t.text.includes('-') || t.text.includes('/'))) {
      const pieces = t.text.split(/[-/]/);
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p]!;
        // "pro-Russian separatists", "anti-American protesters": a stance, not the actor's country
        if (p > 0 && STANCE_PREFIXES.has(pieces[p - 1]!.toLowerCase())) continue;
        const forms = dict.forms.get(normalizeKey(piece));
        if (forms === undefined || piece === '') continue;
        const ok = bestForms(
          forms.filter((f) => f.entry.kind !== 'role' && f.entry.kind !== 'carrier' && caseMatches(f.casePolicy, f.text, piece)),
          date,
        );
        if (ok.length > 0) atoms.push({ start: i, end: i + 1, head: i, kind: ok[0]!.entry.kind, forms: ok, part: true });
      }
    }
    i++;
  }
  return mergeTitles(atoms.filter((a) => !inFixedPhrase(a, tokens) && !isCurrencyPrefix(a, tokens)), tokens);

  function longestAt(i: number): Atom | null {
    // (most words start no key: known from the word's own record, with no set lookup)
    const first = known[i]!.starts;
    if (first === null) return null;
    // reached[c]: the key prefix of the span [i, i + c + 1)
    const reached: PrefixNode[] = [first];
    for (let j = i + 1, node: PrefixNode | null = first; j < tokens.length && j < i + maxSpan; j++) {
      node = prefixes.step(node, tokens[j - 1]!.spaceAfter, keys[j]!);
      // no dictionary key starts this way: longer spans cannot match either
      if (node === null) break;
      reached.push(node);
    }
    for (let c = reached.length - 1; c >= 0; c--) {
      const end = i + c + 1;
      if (tokens[end - 1]!.upos === 'PUNCT' && end - 1 > i && !/[.]$/.test(tokens[end - 1]!.text)) continue;
      const forms = reached[c]!.forms;
      if (forms === undefined) continue;
      const span = spanText(tokens, i, end);
      const ok = bestForms(forms.filter((f) => caseMatches(f.casePolicy, f.text, span)), date);
      if (ok.length === 0) continue;
      return { start: i, end, head: spanHead(tokens, i, end), kind: ok[0]!.entry.kind, forms: ok, part: false };
    }
    return null;
  }
}

// "a state of emergency", "state of war": "state" is no government there
const STATE_OF = new Set(['emergency', 'siege', 'war', 'alert', 'disaster', 'mourning', 'readiness', 'play', 'affairs']);

/** A capitalised proper noun that continues a person's name (not a day or month: "Netanyahu Monday"). */
function isFurtherName(t: ParsedToken | undefined): boolean {
  return t !== undefined && t.upos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAMES.has(t.text.toLowerCase());
}

/** A name written onto a currency sign ("lent US$3 billion to Egypt", "HK$", tokenized "US" "$" as in UD) names the currency, not an actor. */
function isCurrencyPrefix(a: Atom, tokens: ParsedToken[]): boolean {
  return !tokens[a.end - 1]!.spaceAfter && CURRENCY_SYMBOLS.has(tokens[a.end]?.text ?? '');
}

/** A role word that is part of a fixed phrase naming no actor ("declared a state of emergency"). */
function inFixedPhrase(a: Atom, tokens: ParsedToken[]): boolean {
  if (a.kind !== 'role' || a.end - a.start !== 1 || tokens[a.start]!.text.toLowerCase() !== 'state') return false;
  return tokens[a.end]?.text.toLowerCase() === 'of' && STATE_OF.has(tokens[a.end + 1]?.text.toLowerCase() ?? '');
}

/**
 * A role written right before a person's name is their title, whatever the parse says:
 * "defense minister Massoum Stanikzai" becomes one person match spanning both. A country word
 * right before such a titled name, naming a country the person holds an office of, belongs to
 * it too ("Uzbek President Shavkat Mirziyoyev" is one mention, not UZB beside UZBGOV).
 */
function mergeTitles(atoms: Atom[], tokens: ParsedToken[]): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    if (a.kind === 'person' && prev !== undefined && prev.kind === 'role' && prev.end === a.start && !prev.part && !a.part) {
      const titled: Atom = { ...a, start: prev.start, head: spanHead(tokens, prev.start, a.end), title: prev.forms };
      const before = out[out.length - 2];
      if (before !== undefined && before.kind === 'country' && before.end === prev.start && !before.part && holdsOfficeOf(a, before)) {
        out.splice(out.length - 2, 2, { ...titled, start: before.start, head: spanHead(tokens, before.start, a.end) });
      } else out[out.length - 1] = titled;
      continue;
    }
    // "Brazilian President Lula" with "President Lula" a form of the person: the country adjective joins it
    if (a.kind === 'person' && prev !== undefined && prev.kind === 'country' && prev.end === a.start && !prev.part && !a.part &&
      prev.forms.some((f) => f.type === 'adjective' || f.type === 'demonym') && holdsOfficeOf(a, prev)) {
      out[out.length - 1] = { ...a, start: prev.start, head: spanHead(tokens, prev.start, a.end) };
      continue;
    }
    // "UN Secretary-General Antonio Guterres": an office named as an organisation entry, held by the person
    if (a.kind === 'person' && prev !== undefined && prev.kind === 'organization' && prev.end === a.start && !prev.part && !a.part && officeOf(a, prev)) {
      out[out.length - 1] = { ...a, start: prev.start, head: spanHead(tokens, prev.start, a.end) };
      continue;
    }
    out.push(a);
  }
  return nameTitles(out, tokens);
}

/** Prefixes of a hyphenated word that make a country word a stance ("pro-Russian", "anti-Western"). */
const STANCE_PREFIXES = new Set(['pro', 'anti', 'non']);

/** Capitalised words that are no one's name (days, months, "I"): not after a title, not as a surname. */
export const NOT_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i']);

/**
 * A singular title right before a capitalised name the dictionary does not know is that
 * person's office, whatever the parse says: "Brazilian President Lula" (or "Brazil's President
 * Lula") is BRAGOV and "Defence Minister Zorbek Tanaev" is GOV (carry-over may add the country).
 * The title's atom is stretched over the name and takes the country word right before it along;
 * its head is the name's, unless the parse attaches the title itself outside the span.
 */
function nameTitles(atoms: Atom[], tokens: ParsedToken[]): Atom[] {
  const covered = new Uint8Array(tokens.length);
  for (const a of atoms) for (let k = a.start; k < a.end; k++) covered[k] = 1;
  const out: Atom[] = [];
  for (const a of atoms) {
    const last = tokens[a.end - 1]!;
    if (a.kind !== 'role' || a.part || a.title !== undefined || last.xpos === 'NNS' || last.xpos === 'NNPS' || last.upos === 'PUNCT') {
      out.push(a);
      continue;
    }
    let end = a.end;
    while (end < tokens.length && end < a.end + 4 && !covered[end] && tokens[end]!.upos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text) &&
      !NOT_NAMES.has(tokens[end]!.text.toLowerCase())) end++;
    if (end === a.end) {
      out.push(a);
      continue;
    }
    const prev = out[out.length - 1];
    // "International Criminal Court prosecutor Karim Khan", "Hamas leader Yahya Sinwar": the title of an organisation
    // or group named right before it stays a role of that owner's phrase (the phrase takes the owner's code)
    if (prev !== undefined && (prev.kind === 'organization' || prev.kind === 'group') && !prev.part && prev.end === a.start) {
      out.push(a);
      continue;
    }
    // "Brazilian President Lula", "Indonesia's President Joko Widodo"
    const gap = a.start > 0 && isPossessiveS(tokens[a.start - 1]!.text) ? 1 : 0;
    const country = prev !== undefined && prev.kind === 'country' && !prev.part && prev.end === a.start - gap ? prev : undefined;
    if (country) out.pop();
    const start = country?.start ?? a.start;
    // the parse's head: the title when it attaches outside ("found journalist Evan G. guilty"), else the name's
    const th = tokens[a.head]!.head;
    const head = th < start || th >= end ? a.head : spanHead(tokens, start, end);
    out.push({ ...a, start, end, head, named: true, ...(country ? { country } : {}) });
  }
  return out;
}

/** Whether one of the person's offices is the organisation entry's code or a part of it (IGOUNO in IGOUNOELI). */
function officeOf(person: Atom, org: Atom): boolean {
  return person.forms.some((f) => f.entry.kind === 'person' && org.forms.some((o) => o.entry.code.startsWith(f.entry.code)));
}

/** Whether one of the person's offices belongs to the country the atom names. */
function holdsOfficeOf(person: Atom, country: Atom): boolean {
  const codes = new Set(country.forms.map((f) => f.entry.code));
  return person.forms.some((f) => f.entry.kind === 'person' && codes.has(f.entry.code.slice(0, 3)));
}

/**
 * A key prefix the scan has reached (`key` is in the prefix set). Where the next token takes it is
 * remembered per token key: the scan then looks up short token keys, whose hashes the engine keeps,
 * instead of hashing a freshly concatenated span key at every step.
 */
interface PrefixNode {
  key: string;
  /** The forms bound to the prefix as a whole key, if any (forms of a key join one array; a new key makes new prefixes). */
  forms: DictForm[] | undefined;
  /** The prefix grown by a token written right after it: the node reached, or null when no key starts so. */
  joined: Map<string, PrefixNode | null>;
  /** The same for a token after a space. */
  spaced: Map<string, PrefixNode | null>;
}

/** Steps remembered across all nodes before they are forgotten (running text repeats its frequent words). */
const STEP_LIMIT = 65_536;

/** The key prefixes of a dictionary and, per word form seen, its key and the node of the prefix it starts. */
class Prefixes {
  // every token of every sentence is looked up: word forms are remembered
  private readonly words = new BoundedMemo<{ key: string; starts: PrefixNode | null }>(65_536);
  private readonly nodes = new Map<string, PrefixNode>();
  private steps = 0;

  constructor(readonly size: number, private readonly set: Set<string>, private readonly forms: Map<string, DictForm[]>) {}

  /** The key of a word form and the node of the prefix it starts (null when no key starts with it). */
  word(text: string): { key: string; starts: PrefixNode | null } {
    const known = this.words.find(text);
    if (known !== undefined) return known;
    const key = normalizeKey(text);
    return this.words.add(text, { key, starts: this.set.has(key) ? this.node(key) : null });
  }

  /** The node of a prefix in the set. */
  node(key: string): PrefixNode {
    let node = this.nodes.get(key);
    if (node === undefined) {
      node = { key, forms: this.forms.get(key), joined: new Map(), spaced: new Map() };
      this.nodes.set(key, node);
    }
    return node;
  }

  /** The prefix `node` grows into with the next token's key (after a space or not), or null when no key starts so. */
  step(node: PrefixNode, space: boolean, tokenKey: string): PrefixNode | null {
    const memo = space ? node.spaced : node.joined;
    const hit = memo.get(tokenKey);
    if (hit !== undefined) return hit;
    if (this.steps >= STEP_LIMIT) this.forgetSteps();
    this.steps++;
    const key = node.key + (space ? ' ' : '') + tokenKey;
    const next = this.set.has(key) ? this.node(key) : null;
    memo.set(tokenKey, next);
    return next;
  }

  private forgetSteps(): void {
    for (const node of this.nodes.values()) {
      node.joined.clear();
      node.spaced.clear();
    }
    this.steps = 0;
  }
}

const prefixCache = new WeakMap<ActorDictionary, Prefixes>();

/**
 * The prefixes of every key that can end where a token ends, so the scan stops as soon as no entry can
 * match: the tokenizer splits at spaces and punctuation ("al-qaeda" as "al", "-", "qaeda"; "sudan's" as
 * "sudan", "'s") and between a number and a letter, never inside a run of letters, so the prefix "in" of
 * "india" is not one. Keeping character prefixes instead would let nearly every short word start a scan.
 */
function prefixesOf(dict: ActorDictionary): Prefixes {
  const hit = prefixCache.get(dict);
  if (hit !== undefined && hit.size === dict.forms.size) return hit;
  const set = new Set<string>();
  for (const key of dict.forms.keys()) {
    for (let n = 1; n <= key.length; n++) if (n === key.length || tokenBoundary(key.charAt(n - 1), key.charAt(n))) set.add(key.slice(0, n));
  }
  const made = new Prefixes(dict.forms.size, set, dict.forms);
  prefixCache.set(dict, made);
  return made;
}

const WORD_CHAR = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;

/** Whether a token may end between two characters of a key: unless both are letters, or both digits. */
function tokenBoundary(before: string, after: string): boolean {
  if (WORD_CHAR.test(before)) return !WORD_CHAR.test(after);
  if (DIGIT.test(before)) return !DIGIT.test(after);
  return true;
}

function spanHead(tokens: ParsedToken[], start: number, end: number): number {
  let best = end - 1;
  for (let k = end - 1; k >= start; k--) {
    const h = tokens[k]!.head;
    if (h < start || h >= end) {
      best = k;
      if (tokens[k]!.upos === 'NOUN' || tokens[k]!.upos === 'PROPN') return k;
    }
  }
  return best;
}

/** The code a person has on `date`: the office whose range holds it, else null. */
export function resolvePerson(forms: DictForm[], date: string | null): { code: string; entry: DictEntry } | null {
  const people = forms.filter((f) => f.entry.kind === 'person').map((f) => f.entry);
  const valid = people.filter((e) => validOn(e, date));
  if (valid.length === 0) return null;
  // several valid offices: the most recent one (with no date, the latest term overall)
  valid.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? '') || (a.to === null ? -1 : b.to === null ? 1 : b.to.localeCompare(a.to)));
  return { code: valid[0]!.code, entry: valid[0]! };
}

/** Country fallback for a person outside all their terms: country + ELI from the latest office. */
function personFallback(forms: DictForm[], dict: ActorDictionary): { code: string; entry: DictEntry } | null {
  const people = forms.filter((f) => f.entry.kind === 'person').map((f) => f.entry);
  people.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  const latest = people[0];
  if (latest === undefined) return null;
  const country = latest.code.slice(0, 3);
  if (!dict.countries.has(country)) return null;
  return { code: `${country}ELI`, entry: latest };
}

interface Parts {
  countries: { code: string; entry: string }[];
  roles: string[];
  roleEntries: string[];
}

function formId(f: DictForm): string {
  return f.entry.kind === 'role' ? `${f.entry.id}/${f.text}` : f.entry.id;
}

/**
 * Finds the actors of one parsed sentence: noun phrases (head noun plus modifiers) whose words
 * match country, role, organisation, group and person entries, coded on the article `date`.
 */
export function matchActors(sentence: ParsedSentence, dict: ActorDictionary, date: string | null): ActorMention[] {
  return matchSentence(sentence, dict, date).mentions;
}

/** matchActors plus the phrase facts carry-over uses. */
export function matchSentence(
  sentence: ParsedSentence,
  dict: ActorDictionary,
  date: string | null,
): { mentions: ActorMention[]; info: MentionInfo[]; atoms: Atom[] } {
  const tokens = sentence.tokens;
  const atoms = scanAtoms(sentence, dict, date);
  const atomAt: (Atom[] | undefined)[] = new Array(tokens.length);
  for (const a of atoms) for (let k = a.start; k < a.end; k++) (atomAt[k] ??= []).push(a);
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((t, k) => {
    if (t.head >= 0 && t.head < tokens.length && t.head !== k) children[t.head]!.push(k);
  });
  const isCountry = (c: string): boolean => dict.countries.has(c);
  const consumed = new Set<Atom>();
  const mentions: ActorMention[] = [];
  const info: MentionInfo[] = [];

  const isModifierOf = (k: number, depth = 0): boolean => {
    const t = tokens[k]!;
    if (t.head < 0 || t.head >= tokens.length || depth > tokens.length) return false;
    const rel = baseRel(t.deprel);
    if (NP_RELS.has(rel)) return !(rel === 'appos' && tokens[k]!.upos !== 'PROPN');
    if (rel === 'conj') return isModifierOf(t.head, depth + 1);
    return false;
  };

  const collect = (h: number): number[] => {
    const out = [h];
    const stack = [h];
    const seen = new Set(out);
    // "Egypt hosted negotiators" parsed with "hosted" a modifier of "negotiators" and "Egypt" its compound: a verb
    // form right after a noun (no hyphen between them) is a clause's verb, and the phrase starts after it
    let cut = -1;
    for (const c of children[h]!) {
      if (c > 0 && c < h && tokens[c]!.upos === 'VERB' && baseRel(tokens[c]!.deprel) === 'amod' && (tokens[c - 1]!.upos === 'NOUN' || tokens[c - 1]!.upos === 'PROPN')) cut = Math.max(cut, c);
    }
    while (stack.length) {
      const x = stack.pop()!;
      for (const c of children[x]!) {
        if (seen.has(c) || c <= cut) continue;
        const rel = baseRel(tokens[c]!.deprel);
        let take = false;
        if (NP_RELS.has(rel)) take = !(rel === 'appos' && tokens[c]!.upos !== 'PROPN');
        // (a conjunct of a modifier, "Russian and Tajik militaries"; never of a word of a person's name, which does not
        // coordinate: "President Kassym-Jomart Tokayev and Uzbek President ...")
        else if ((rel === 'conj' || rel === 'cc') && x !== h && !(atomAt[x] ?? []).some((a) => a.kind === 'person')) take = true;
        else if (rel === 'case' && x !== h && tokens[x]!.deprel === 'nmod:poss') take = true;
        else if (rel === 'nmod' && x === h && ownerNmod(c)) take = true;
        else if (rel === 'case' && x !== h && tokens[x]!.deprel === 'nmod' && tokens[x]!.head === h) take = true;
        if (take) {
          seen.add(c);
          out.push(c);
          stack.push(c);
        }
      }
    }
    return out;
  };

  // is k inside an apposition of h that punctuation sets apart ("Forces (ANSF)", "X, Y")?
  const appositionApart = (k: number, h: number, np: number[]): boolean => {
    let x = k;
    // bounded walk: a malformed parse may have cycles or heads out of range
    for (let steps = 0; x !== h && x >= 0 && x < tokens.length && steps < tokens.length; steps++) {
      if (tokens[x]!.deprel === 'appos' && tokens[x]!.head === h) {
        const lo = Math.min(x, h);
        const hi = Math.max(x, h);
        for (let y = lo + 1; y < hi; y++) if (tokens[y]!.upos === 'PUNCT' && !np.includes(y)) return true;
        return false;
      }
      x = tokens[x]!.head;
    }
    return false;
  };

  // "the government of Afghanistan", "leaders of the Group of Seven": an of-phrase naming a country or an
  // organisation owns the head (a role's head only for an organisation: "the Secretary-General of the UN")
  const ownerNmod = (c: number): boolean => {
    const hasOf = children[c]!.some((k) => baseRel(tokens[k]!.deprel) === 'case' && tokens[k]!.text.toLowerCase() === 'of');
    if (!hasOf) return false;
    const h = tokens[c]!.head;
    const roleHead = h >= 0 && (atomAt[h] ?? []).some((a) => a.kind === 'role' && !a.part);
    if ((atomAt[c] ?? []).some((a) => a.kind === 'country' || (roleHead && a.kind === 'organization'))) return true;
    // ("leaders of the BRICS group": the organisation named in a compound before a carrier noun)
    return roleHead && (atomAt[c] ?? []).some((a) => a.kind === 'carrier') &&
      children[c]!.some((k) => baseRel(tokens[k]!.deprel) === 'compound' && (atomAt[k] ?? []).some((a) => a.kind === 'organization'));
  };

  const locative = (h: number): boolean =>
    baseRel(tokens[h]!.deprel) === 'obl' && children[h]!.some((c) => baseRel(tokens[c]!.deprel) === 'case' && LOCATIVE.has(tokens[c]!.text.toLowerCase()));

  // tokens an actor phrase already took ("of Afghanistan" in "the government of Afghanistan")
  const absorbed = new Set<number>();
  // role and title heads first (each in text order), so "Russian" parsed on its own can still join "Tajik militaries"
  const roleFirst = (k: number): number => {
    const a = (atomAt[k] ?? []).find((x) => !x.part);
    return a === undefined || a.kind === 'role' || a.kind === 'carrier' ? 0 : 1;
  };
  // a phrase is made of its head's dependents, so a head with no match in its subtree has none in its phrase
  const atomBelow = new Uint8Array(tokens.length);
  for (const a of atoms) {
    for (let k = a.start; k < a.end; k++) {
      // bounded walk up: a malformed parse may have cycles or heads out of range
      for (let x = k, steps = 0; x >= 0 && x < tokens.length && !atomBelow[x] && steps <= tokens.length; x = tokens[x]!.head, steps++) atomBelow[x] = 1;
    }
  }
  const heads: number[] = [];
  const otherHeads: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (atomBelow[k]) (roleFirst(k) === 0 ? heads : otherHeads).push(k);
  heads.push(...otherHeads);
  for (const h of heads) {
    const t = tokens[h]!;
    if (!NOMINAL.has(t.upos) || isModifierOf(h) || absorbed.has(h)) continue;
    const np = collect(h);
    const npSet = new Set(np);
    const npAtoms = atoms.filter((a) => {
      if (consumed.has(a)) return false;
      for (let k = a.start; k < a.end; k++) if (npSet.has(k)) return true;
      return false;
    });
    if (npAtoms.length === 0) continue;
    // a name that an earlier phrase already took ("Uzbekistan" in "Islamic Movement of Uzbekistan")
    if ((atomAt[h] ?? []).some((a) => consumed.has(a))) continue;
    const headAtom = (atomAt[h] ?? []).find((a) => !a.part) ?? (atomAt[h] ?? [])[0];
    // a title stretched over a name: the phrase is the name's, not the title word's
    if (headAtom?.named && h !== headAtom.head) continue;
    // "Russian and Tajik militaries" parsed with "Russian" elsewhere: coordinated country
    // adjectives right before the phrase join it
    if (headAtom === undefined || headAtom.kind === 'role' || headAtom.kind === 'carrier') {
      let left = Math.min(...np, ...npAtoms.map((a) => a.start));
      while (left >= 2 && /^(and|or|,)$/i.test(tokens[left - 1]!.text)) {
        const prev = (atomAt[left - 2] ?? []).find((a) => !consumed.has(a) && !npAtoms.includes(a) && a.kind === 'country' && a.end === left - 1 &&
          a.forms.some((f) => f.type === 'adjective' || f.type === 'demonym'));
        if (prev === undefined || !npAtoms.some((a) => a.kind === 'country' && a.start === left)) break;
        npAtoms.push(prev);
        for (let k = prev.start; k < left; k++) if (!npSet.has(k)) {
          np.push(k);
          npSet.add(k);
        }
        left = prev.start;
      }
    }
    const mods = npAtoms.filter((a) => a !== headAtom);
    const built = buildNp(h, headAtom, mods);
    if (built === null) continue;
    const keepPeople = headAtom !== undefined && ['country', 'group', 'organization'].includes(headAtom.kind);
    for (const a of npAtoms) if (!(keepPeople && a.kind === 'person')) consumed.add(a);
    for (const k of np) absorbed.add(k);
    // a parenthesised or comma-separated apposition codes the phrase but stays out of its span
    const kept = new Set<number>();
    for (const a of npAtoms) if (!consumed.has(a)) for (let k = a.start; k < a.end; k++) kept.add(k);
    const spanTokens = np.filter((k) => !appositionApart(k, h, np) && !kept.has(k));
    const spanAtoms = npAtoms.filter((a) => consumed.has(a) && spanTokens.some((k) => k >= a.start && k < a.end));
    let start = Math.min(...spanTokens, ...spanAtoms.map((a) => a.start));
    let end = Math.max(...spanTokens, ...spanAtoms.map((a) => a.end - 1)) + 1;
    while (start < h && (tokens[start]!.upos === 'PUNCT' || tokens[start]!.upos === 'CCONJ')) start++;
    while (end - 1 > h && tokens[end - 1]!.upos === 'PUNCT') end--;
    // ("foreign" in the role's own name, "foreign ministry", says nothing of whose it is)
    const inHeadAtom = (k: number): boolean => headAtom !== undefined && k >= headAtom.start && k < headAtom.end;
    const foreign = np.some((k) => k !== h && !inHeadAtom(k) && FOREIGN.has(tokens[k]!.lemma.toLowerCase()) && baseRel(tokens[k]!.deprel) === 'amod');
    for (const b of built.codes) {
      mentions.push(makeMention(b.code, b.entries, start, end, h));
      info.push({ tokens: np.sort((x, y) => x - y), foreign, kind: built.kind, deprel: t.deprel, locative: locative(h) });
    }
  }

  // matches no actor phrase took: names stand on their own (head = their own head token)
  for (const a of atoms) {
    if (consumed.has(a)) continue;
    // a title stretched over a name stands on its own even when the parse hangs the name as a modifier
    if ((a.kind === 'role' || a.kind === 'carrier') && !a.named) continue;
    const codes = codeStandalone(a);
    for (const c of codes) {
      mentions.push(makeMention(c.code, c.entries, a.start, a.end, a.head));
      info.push({ tokens: range(a.start, a.end), foreign: false, kind: a.kind, deprel: tokens[a.head]!.deprel, locative: locative(a.head) });
    }
  }
  // "Russia's Gazprom", "China's Huawei": a name no entry knows, owned by a country named right before
  // it, is of that country
  let covered: Set<number> | undefined;
  for (const o of [...mentions]) {
    if (o.country === null || o.roles.length > 0 || o.group || o.end + 1 >= tokens.length) continue;
    if (!isPossessiveS(tokens[o.end]!.text)) continue;
    covered ??= new Set(mentions.flatMap((m) => range(m.start, m.end)));
    let end = o.end + 1;
    while (end < tokens.length && tokens[end]!.upos === 'PROPN' && /^\p{Lu}/u.test(tokens[end]!.text) && !covered.has(end) && !NOT_NAMES.has(tokens[end]!.text.toLowerCase())) end++;
    if (end === o.end + 1) continue;
    const head = spanHead(tokens, o.end + 1, end);
    mentions.push(makeMention(o.country, [...o.entries, 'owner:country'], o.end + 1, end, head));
    info.push({ tokens: range(o.end + 1, end), foreign: false, kind: 'country', deprel: tokens[head]!.deprel, locative: locative(head) });
  }
  const order = mentions.map((m, k) => k).sort((x, y) => mentions[x]!.start - mentions[y]!.start || mentions[x]!.head - mentions[y]!.head);
  return { mentions: order.map((k) => mentions[k]!), info: order.map((k) => info[k]!), atoms };

  function makeMention(code: string, entries: string[], start: number, end: number, head: number): ActorMention {
    const d = decomposeCode(code, isCountry);
    return {
      code,
      text: spanText(tokens, start, end),
      country: d.country,
      roles: d.roles,
      group: d.group,
      sentence: sentence.index,
      start,
      end,
      head,
      // (most mentions have one entry: nothing to deduplicate)
      entries: entries.length < 2 ? [...entries] : [...new Set(entries)],
    };
  }

  function codeStandalone(a: Atom): { code: string; entries: string[] }[] {
    if (a.named) {
      const f = a.forms.find((x) => !x.weak) ?? a.forms[0]!;
      const c = a.country?.forms[0];
      return [{ code: (c?.entry.code ?? '') + rolesOf(f).join(''), entries: [...(c ? [formId(c)] : []), formId(f)] }];
    }
    if (a.kind === 'person') {
      const p = resolvePerson(a.forms, date) ?? personFallback(a.forms, dict);
      return p ? [{ code: p.code, entries: [p.entry.id] }] : [];
    }
    const f = a.forms[0]!;
    return [{ code: f.entry.code + f.roles.join(''), entries: [formId(f)] }];
  }

  function buildNp(h: number, headAtom: Atom | undefined, mods: Atom[]): { codes: { code: string; entries: string[] }[]; kind: MentionInfo['kind'] } | null {
    const modRoles = mods.filter((m) => m.kind === 'role');
    const headKind = headAtom?.kind;
    // a person at the head, or named in apposition to a title
    const titleHead = headKind === undefined || headKind === 'role' || headKind === 'carrier';
    const personAtom =
      headKind === 'person' ? headAtom : titleHead ? mods.find((m) => m.kind === 'person' && tokens[m.head]!.deprel !== 'nmod:poss') : undefined;
    if (personAtom !== undefined) {
      const p = resolvePerson(personAtom.forms, date);
      if (p !== null) return { codes: [{ code: p.code, entries: [p.entry.id] }], kind: 'person' };
      if (headKind === 'person' && personAtom.title !== undefined) {
        // out of office but titled: the title's role, the person's country
        const fb = personFallback(personAtom.forms, dict);
        const f = personAtom.title[0]!;
        const countries = countryParts(mods.filter((m) => m.kind === 'country'));
        const country = countries.countries[0]?.code ?? fb?.code.slice(0, 3);
        // "former defence minister X", "Former Afghan President X": no longer in office, an elite
        const roles = FORMER.has(tokens[personAtom.start - 1]?.text.toLowerCase() ?? '') ? ['ELI'] : rolesOf(f);
        if (country !== undefined) return { codes: [{ code: country + roles.join(''), entries: [formId(f), ...(fb ? [fb.entry.id] : [])] }], kind: 'person' };
      }
      if (headKind === 'person' && modRoles.length === 0) {
        const fb = personFallback(personAtom.forms, dict);
        return fb ? { codes: [{ code: fb.code, entries: [fb.entry.id] }], kind: 'person' } : null;
      }
    }
    if (headKind === 'group' || headKind === 'organization') {
      const f = headAtom!.forms[0]!;
      return { codes: [{ code: f.entry.code + f.roles.join(''), entries: [formId(f)] }], kind: headKind };
    }
    if (headKind === 'country') {
      const parts = countryParts(mods.filter((m) => m.kind === 'country').concat(headAtom!));
      const roles = headAtom!.forms[0]!.roles;
      return compose(parts, roles.length ? roles : [], roles.length ? [formId(headAtom!.forms[0]!)] : [], 'country');
    }
    const title = headKind === undefined || headKind === 'person';
    const hasOwner = mods.some((m) => (m.kind === 'group' || m.kind === 'organization') && !m.part);
    if (title && (tokens[h]!.upos !== 'PROPN' || (modRoles.length === 0 && !hasOwner))) return null;
    if (headKind === 'carrier' && mods.length === 0) return null;
    // the organisation or group a role noun belongs to ("Taliban fighters", "NATO spokesman")
    const owner = mods.find((m) => (m.kind === 'group' || m.kind === 'organization') && !m.part);
    if (owner !== undefined) {
      const f = owner.forms[0]!;
      return { codes: [{ code: f.entry.code + f.roles.join(''), entries: [formId(f)] }], kind: owner.kind };
    }
    let roles: string[] = [];
    let roleEntries: string[] = [];
    const headForms = headKind === 'role' ? headAtom!.forms : [];
    const strong = headForms.filter((f) => !f.weak);
    if (strong.length > 0) {
      roles = rolesOf(strong[0]!);
      roleEntries = [formId(strong[0]!)];
    } else if (modRoles.length > 0) {
      // nearest role word before the head, preferring strong ones ("army officers" → MIL)
      const sorted = [...modRoles].sort((a, b) => Math.abs(a.head - h) - Math.abs(b.head - h));
      const pick = sorted.find((m) => m.forms.some((f) => !f.weak)) ?? sorted[0]!;
      const f = pick.forms.find((x) => !x.weak) ?? pick.forms[0]!;
      roles = rolesOf(f);
      roleEntries = [formId(f)];
    } else if (headForms.length > 0) {
      roles = rolesOf(headForms[0]!);
      roleEntries = [formId(headForms[0]!)];
    }
    const countryAtoms = mods.filter((m) => m.kind === 'country' || (m.kind === 'person' && tokens[m.head]!.deprel === 'nmod:poss'));
    for (const m of [headAtom, ...mods]) if (m?.country !== undefined) countryAtoms.push(m.country);
    // a named person out of office still tells whose country the title is
    if (personAtom !== undefined && countryAtoms.every((m) => m.kind !== 'country')) countryAtoms.push(personAtom);
    const parts = countryParts(countryAtoms);
    if (parts.countries.length === 0 && roles.length === 0) return null;
    return compose(parts, roles, roleEntries, title ? 'title' : (headKind ?? 'title'));
  }

  function rolesOf(f: DictForm): string[] {
    const out: string[] = [];
    for (let k = 0; k + 3 <= f.entry.code.length; k += 3) out.push(f.entry.code.slice(k, k + 3));
    return out;
  }

  function countryParts(countryAtoms: Atom[]): Parts {
    const parts: Parts = { countries: [], roles: [], roleEntries: [] };
    // ("Brazil's Congress", "Brazilian Congress": a seat of one country right after another country is that country's, its
    // role kept; "Egypt, Jordan and the Palestinian Authority" are three)
    const plain = countryAtoms.find((a) => a.kind === 'country' && a.forms[0]!.roles.length === 0);
    const isSeat = (a: Atom): boolean => a.kind === 'country' && a.forms[0]!.roles.length > 0;
    for (const a of countryAtoms.sort((x, y) => x.start - y.start)) {
      const owned = plain !== undefined && (a.start === plain.end || (a.start === plain.end + 1 && isPossessiveS(tokens[plain.end]!.text)));
      if (owned && isSeat(a) && a.forms[0]!.entry.code !== plain!.forms[0]!.entry.code) {
        for (const r of a.forms[0]!.roles) {
          if (!parts.roles.includes(r)) parts.roles.push(r);
          parts.roleEntries.push(formId(a.forms[0]!));
        }
        continue;
      }
      let code: string | null = null;
      let entry = '';
      if (a.kind === 'person') {
        const p = resolvePerson(a.forms, date) ?? personFallback(a.forms, dict);
        if (p && dict.countries.has(p.code.slice(0, 3))) {
          code = p.code.slice(0, 3);
          entry = p.entry.id;
        }
      } else {
        const f = a.forms[0]!;
        code = f.entry.code;
        entry = formId(f);
        for (const r of f.roles) {
          if (!parts.roles.includes(r)) parts.roles.push(r);
          parts.roleEntries.push(entry);
        }
      }
      if (code !== null && !parts.countries.some((c) => c.code === code)) parts.countries.push({ code, entry });
    }
    return parts;
  }

  function compose(parts: Parts, roles: string[], roleEntries: string[], kind: MentionInfo['kind']): { codes: { code: string; entries: string[] }[]; kind: MentionInfo['kind'] } | null {
    const allRoles = roles.length > 0 ? roles : parts.roles;
    const entries = roles.length > 0 ? roleEntries : parts.roleEntries;
    if (parts.countries.length === 0) {
      if (allRoles.length === 0) return null;
      return { codes: [{ code: allRoles.join(''), entries }], kind };
    }
    return {
      codes: parts.countries.map((c) => ({ code: c.code + allRoles.join(''), entries: [c.entry, ...entries] })),
      kind,
    };
  }
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}
