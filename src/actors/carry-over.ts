import type { ActorMention } from '../model/actor.js';
import type { ParsedSentence, ParsedToken } from '../model/parse.js';
import type { ActorDictionary } from './dictionary.js';
import { NOT_NAMES, matchSentence, spanText, type MentionInfo } from './match.js';
import { isPartyEntryId, personOfEntryId } from './load-tsv.js';
import { isPossessiveS } from './normalize.js';

/** A mention seen earlier in the document, as carry-over remembers it. */
interface Seen {
  mention: ActorMention;
  info: MentionInfo | null;
}

/** A word or phrase that refers back to an actor, and the rule that reads it. */
interface Anaphor {
  rule: 'the-country' | 'possessor-country' | 'two-countries' | 'the-government' | 'the-group' | 'the-bloc' | 'it';
  head: number;
  start: number;
  end: number;
}

const ARG_RELS = /^(nsubj|obj|iobj|obl|conj|root|appos|nmod$|nmod:(?!poss))/;
const GROUP_AMODS = new Set(['militant', 'terrorist', 'insurgent', 'jihadist', 'extremist', 'armed', 'rebel']);
// words that look back to "the two countries" of the story
const PAIR_NOUNS = new Set([
  'countries', 'nations', 'sides', 'states', 'neighbours', 'neighbors', 'governments', 'presidents', 'leaders',
  'ministers', 'delegations', 'armies', 'militaries', 'forces', 'capitals', 'parliaments',
]);
const WINDOW = 3;
const POSSESSIVES = new Set(['its', 'their']);
const PERSON_POSSESSIVES = new Set(['his', 'her']);
/** Last words of role mentions that are bodies, not people, and so never the "his" of a later phrase. */
const INSTITUTIONS = new Set(['ministry', 'government', 'administration', 'cabinet', 'office', 'embassy', 'consulate', 'parliament', 'court',
  'army', 'military', 'force', 'police', 'council', 'committee', 'agency', 'service', 'party', 'presidency', 'regime', 'junta', 'authority']);
/** The men of an armed group. */
const MEMBERS = new Set(['fighter', 'militant', 'member', 'man', 'force', 'troop', 'soldier', 'mercenary', 'gunman', 'commander', 'unit']);
// kinds of possessor mention a later possessive "its" of the same sentence may refer to
const OWNER_KINDS = new Set(['country', 'group', 'organization']);
// nouns of attackers known only by their act: the salient country is not theirs
const UNATTRIBUTED = new Set(['gunman', 'gunmen', 'bomber', 'attacker', 'assailant', 'shooter', 'hijacker', 'assassin', 'kidnapper', 'abductor']);

/**
 * Finds the actors of every sentence of a document and completes them from context: "the
 * country", "it"/"its", "the government", "the two countries", "the group", and role-only
 * mentions ("officials") that one country in reach makes unambiguous. Conservative: when in
 * doubt it leaves the mention as it is. Rules: docs/dictionaries.md#carry-over.
 */
export function resolveDocumentActors(
  sentences: ParsedSentence[],
  dict: ActorDictionary,
  date: string | null,
  placeCountries: (sentence: ParsedSentence) => string[] = () => [],
): ActorMention[][] {
  const history: Seen[] = [];
  const out: ActorMention[][] = [];
  for (const sentence of sentences) {
    const { mentions, info } = matchSentence(sentence, dict, date);
    for (const named of surnameMentions(sentence, mentions, history)) {
      mentions.push(named.mention);
      info.push(named.info);
    }
    const sIndex = sentence.index;
    const anaphors = findAnaphors(sentence.tokens);
    const result: ActorMention[] = [];
    const replaced = new Set<number>();
    // walk mentions and anaphors in text order so "the country" sees what came just before it
    type Item = { pos: number; mention?: number; anaphor?: Anaphor };
    const items: Item[] = [
      ...mentions.map((m, k): Item => ({ pos: m.head, mention: k })),
      ...anaphors.map((a): Item => ({ pos: a.head, anaphor: a })),
    ].sort((a, b) => a.pos - b.pos || (a.mention !== undefined ? -1 : 1));
    const recent = (): Seen[] => history.filter((h) => h.mention.sentence >= sIndex - WINDOW);
    for (const item of items) {
      if (item.mention !== undefined) {
        history.push({ mention: mentions[item.mention]!, info: info[item.mention]! });
        continue;
      }
      const a = item.anaphor!;
      // "the two governments": the role the matcher gave the phrase goes with each country
      const own = mentions.find((m) => m.head === a.head && m.country === null && m.group === null);
      const carried = resolveAnaphor(a, recent(), sentence, history, own?.roles ?? []);
      if (carried.length === 0) continue;
      mentions.forEach((m, k) => {
        if (m.head === a.head || (m.start >= a.start && m.end <= a.end)) replaced.add(k);
      });
      for (const c of carried) {
        result.push(c);
        history.push({ mention: c, info: null });
      }
    }
    mentions.forEach((m, k) => {
      if (replaced.has(k)) return;
      if (m.country === null && m.group === null && m.roles.length > 0 && !info[k]!.foreign) {
        // "Russia's defence ministry" parsed apart: the country right before "'s" owns the role
        const possessor = m.start >= 2 && isPossessiveS(sentence.tokens[m.start - 1]!.text) ? mentions.find((o) => o.end === m.start - 1 && isPlace(o)) : undefined;
        if (possessor) {
          result.push(ofCountry(m, possessor.country!, possessor.entries, false));
          return;
        }
        // "its coast guard", "their troops": the country the possessive was resolved to
        const owner = result.find((r) => r.carried && r.country && r.head !== m.head && info[k]!.tokens.includes(r.head) && POSSESSIVES.has(sentence.tokens[r.head]!.text.toLowerCase()));
        if (owner?.group || owner?.entries.some(isPartyEntryId)) {
          // (a group's fighters, members or commanders stand for the group; a party's leaders for the party)
          result.push({ ...owner, text: m.text, start: m.start, end: m.end, head: m.head, entries: [...owner.entries, ...m.entries] });
          return;
        }
        if (owner) {
          result.push(ofCountry(m, owner.country!, owner.entries, true));
          return;
        }
        // "Kim Jong Un warned that his forces would ...": the country of the person named before "his"
        const his = info[k]!.tokens.find((t) => PERSON_POSSESSIVES.has(sentence.tokens[t]!.text.toLowerCase()) && sentence.tokens[t]!.upos === 'PRON');
        // (a person or a title, not an institution: in "Prigozhin accused the defence ministry of attacking his fighters"
        // the fighters are Prigozhin's)
        const person = his === undefined ? undefined : [...mentions].reverse().find((o) => o.head < his && o.country !== null &&
          (o.entries.some((e) => personOfEntryId(e) !== null) || (o.roles.length > 0 && !INSTITUTIONS.has(sentence.tokens[o.end - 1]!.lemma.toLowerCase()))));
        if (person?.group && MEMBERS.has(sentence.tokens[m.head]!.lemma.toLowerCase())) {
          // ("Prigozhin ... his fighters": the men of a group's head are the group)
          result.push({ ...person, text: m.text, start: m.start, end: m.end, head: m.head, carried: true, entries: [...person.entries, ...m.entries, 'carry:his'] });
          return;
        }
        if (person) {
          result.push(ofCountry(m, person.country!, person.entries, true, 'carry:his'));
          return;
        }
        // "Ukrainian prisoners of war and civilians": a conjunct shares the country of the phrase it is joined to
        const joined = sentence.tokens[m.head]!.deprel === 'conj' ? mentions.find((o) => o !== m && o.country !== null && o.head === sentence.tokens[m.head]!.head) : undefined;
        if (joined) {
          result.push(ofCountry(m, joined.country!, joined.entries, true, 'carry:conjunct'));
          return;
        }
        const placed = ofPlaceAfter(sentence, m, mentions);
        if (placed.length) {
          result.push(...placed);
          return;
        }
        // (a lone attacker named by what he did, "a gunman", "a suicide bomber", is nobody's until the text says whose)
        const lone = UNATTRIBUTED.has(sentence.tokens[m.head]!.lemma.toLowerCase());
        const country = lone ? null : salientCountry(sentence.tokens, mentions, k, history, sIndex, () => placeCountries(sentence));
        if (country !== null) {
          result.push(ofCountry(m, country.code, country.entries, true, 'carry:salient-country'));
          return;
        }
      }
      result.push(m);
    });
    result.sort((x, y) => x.start - y.start || x.head - y.head);
    out.push(result);
  }
  return out;
}

/** Prefixes of Arabic names that a later mention often drops ("al-Sisi", then "Sisi"). */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|ar|an|at|az)-/i;

/** A capitalised proper noun no mention covers: a word of a name the dictionary does not know. */
function isUncoveredName(t: ParsedToken | undefined, k: number, mentions: ActorMention[]): boolean {
  return t !== undefined && t.upos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !mentions.some((m) => k >= m.start && k < m.end);
}

/**
 * "Morales" after "Bolivian President Evo Morales": a capitalised proper noun standing alone that is a word of the
 * name of exactly one person the document named before is that person. News names a person in full once and then
 * by surname, and the dictionary lists a surname as an alias only when it is unambiguous on its own. A word of two
 * people's names ("Castro" after Raul and Fidel Castro), or one joined to another unknown name ("Jimmy Morales"
 * unknown to the dictionary), is left alone.
 */
function surnameMentions(sentence: ParsedSentence, mentions: ActorMention[], history: Seen[]): { mention: ActorMention; info: MentionInfo }[] {
  const tokens = sentence.tokens;
  const found: { mention: ActorMention; info: MentionInfo }[] = [];
  // (the people named so far, listed only when a word could be one of them: most sentences have none)
  let people: Seen[] | undefined;
  tokens.forEach((t, i) => {
    // (the tagger reads a name it does not know that opens a sentence as a plural noun: "Morales" as "morale")
    const name = isUncoveredName(t, i, mentions) || (i === 0 && t.upos === 'NOUN' && !mentions.some((m) => m.start === 0));
    // (a month or a day is no one's name: "May 5" after Theresa May)
    if (!name || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) || NOT_NAMES.has(t.text.toLowerCase())) return;
    if (isUncoveredName(tokens[i - 1], i - 1, mentions) || isUncoveredName(tokens[i + 1], i + 1, mentions)) return;
    people ??= history.filter((h) => !h.mention.carried && h.mention.entries.some((e) => personOfEntryId(e) !== null));
    const named = new Map<string, Seen>();
    for (const h of people) {
      const label = h.mention.entries.map(personOfEntryId).find((name) => name !== null)!;
      if (label.split(/\s+/).some((w) => w === t.text || w.replace(NAME_PARTICLE, '') === t.text)) named.set(label, h);
    }
    if (named.size !== 1) return;
    const [{ mention: person }] = named.values();
    found.push({
      mention: { ...person, text: t.text, sentence: sentence.index, start: i, end: i + 1, head: i, entries: [...person.entries, 'carry:surname'] },
      info: { tokens: [i], foreign: false, kind: 'person', deprel: t.deprel, locative: false },
    });
  });
  return found;
}

/**
 * Roles of people who live, work or fight somewhere, so that a place named right after them says whose
 * they are ("civilians in Axum", "fighters in northern Syria"; not "the opposition in Barbados", where
 * the place may be where they met).
 */
const PEOPLE_ROLES = new Set(['CVL', 'REF', 'EDU', 'LAB', 'HLH', 'REB', 'INS', 'UAF']);
/** Institutions that are always those of the place they sit in ("a court in Moscow", "police in Dakar"). */
const SEATED_ROLES = new Set(['JUD', 'COP', 'LEG']);
/** Seats of international courts: "the tribunal in The Hague" is no Dutch court. */
const INTERNATIONAL_COURT_SEATS = new Set(['the hague', 'hague', 'luxembourg', 'strasbourg', 'arusha']);

/** Nouns that name an international organisation already mentioned ("the bloc", "the alliance", "the UN agency", "the watchdog"). */
const BLOC_NOUNS = new Set(['bloc', 'alliance', 'agency', 'watchdog', 'body', 'organisation', 'organization']);

/** Every noun an anaphor rule below reads: the other words need no look at their dependents. */
const ANAPHOR_NOUNS = new Set([...PAIR_NOUNS, 'country', 'nation', 'government', ...BLOC_NOUNS, 'group', 'outfit', 'movement']);

function findAnaphors(tokens: ParsedToken[]): Anaphor[] {
  const out: Anaphor[] = [];
  // (built at the first anaphor noun: most sentences have none)
  let children: number[][] | undefined;
  tokens.forEach((t, h) => {
    if (t.upos === 'PRON') {
      const word = t.text.toLowerCase();
      if ((word === 'it' || word === 'its') && t.deprel !== 'expl') out.push({ rule: 'it', head: h, start: h, end: h + 1 });
      return;
    }
    if (t.upos !== 'NOUN' && t.upos !== 'PROPN') return;
    const word = t.text.toLowerCase();
    if (!ANAPHOR_NOUNS.has(word)) return;
    children ??= childrenOf(tokens);
    const kids = children[h]!.map((k) => ({ k, t: tokens[k]!, rel: tokens[k]!.deprel }));
    const dets = kids.filter((c) => c.rel === 'det' || c.rel === 'det:predet');
    const detWords = dets.map((c) => c.t.text.toLowerCase());
    const mods = kids.filter((c) => /^(amod|compound|nummod|nmod:poss|flat)/.test(c.rel));
    const span = (extra: number[]): { start: number; end: number } => {
      const ks = [h, ...extra];
      return { start: Math.min(...ks), end: Math.max(...ks) + 1 };
    };
    // "the two country's" (sic) is the pair too
    if (PAIR_NOUNS.has(word) || word === 'country' || word === 'nation') {
      const two = kids.find((c) => c.rel === 'nummod' && /^(two|2)$/i.test(c.t.text));
      const both = kids.find((c) => /^det/.test(c.rel) && c.t.text.toLowerCase() === 'both');
      const others = mods.filter((c) => c !== two);
      if ((two !== undefined || both !== undefined) && others.length === 0) {
        out.push({ rule: 'two-countries', head: h, ...span(kids.filter((c) => c === two || /^det/.test(c.rel)).map((c) => c.k)) });
        return;
      }
      if (PAIR_NOUNS.has(word)) return;
    }
    if ((word === 'country' || word === 'nation') && mods.length === 0 && detWords.some((d) => d === 'the' || d === 'this')) {
      out.push({ rule: 'the-country', head: h, ...span(dets.map((c) => c.k)) });
      return;
    }
    if (word === 'country' && mods.length === 1 && mods[0]!.rel === 'nmod:poss' && /^(his|her|their)$/i.test(mods[0]!.t.text)) {
      out.push({ rule: 'possessor-country', head: h, ...span([mods[0]!.k]) });
      return;
    }
    if (word === 'government' && mods.length === 0 && detWords.includes('the')) {
      out.push({ rule: 'the-government', head: h, ...span(dets.map((c) => c.k)) });
      return;
    }
    if (BLOC_NOUNS.has(word) && detWords.includes('the') && mods.every((c) => c.rel !== 'nmod:poss' && c.rel !== 'flat')) {
      // "the bloc", "the 27-nation bloc", "the Western alliance": the organisation just named
      out.push({ rule: 'the-bloc', head: h, ...span([...dets, ...mods].map((c) => c.k)) });
      return;
    }
    if ((word === 'group' || word === 'outfit' || word === 'movement') && detWords.includes('the')) {
      // "the militant group", "the jihadist group" (amod or compound), "the Syria-born jihadist group":
      // origin words ("-born", "-based") describe the group already named rather than a new one
      const ok = mods.every((c) =>
        ((c.rel === 'amod' || c.rel === 'compound') && GROUP_AMODS.has(c.t.lemma.toLowerCase())) ||
        (c.rel === 'amod' && isOriginWord(tokens, c.k)));
      if (ok) out.push({ rule: 'the-group', head: h, ...span([...dets, ...mods].map((c) => c.k)) });
    }
  });
  return out;
}

/** The dependents of every token (heads out of range and self-loops left out). */
function childrenOf(tokens: ParsedToken[]): number[][] {
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((t, k) => {
    if (t.head >= 0 && t.head < tokens.length && t.head !== k) children[t.head]!.push(k);
  });
  return children;
}

/** "Syria-born", "Pakistan-based": a hyphenated origin participle (or one word with the hyphen kept). */
function isOriginWord(tokens: ParsedToken[], k: number): boolean {
  const word = tokens[k]!.text.toLowerCase();
  if (/^[a-z]+-(born|based)$/.test(word)) return true;
  if (word !== 'born' && word !== 'based') return false;
  const prev = tokens[k - 1];
  return prev !== undefined && prev.xpos === 'HYPH';
}

function resolveAnaphor(a: Anaphor, recent: Seen[], sentence: ParsedSentence, history: Seen[], roles: string[]): ActorMention[] {
  const tokens = sentence.tokens;
  const make = (country: string, roles: string[], from: ActorMention, rule: string, group: string | null = null, code?: string): ActorMention => ({
    code: code ?? country + roles.join(''),
    text: spanText(tokens, a.start, a.end),
    country: code !== undefined ? from.country : country,
    roles: code !== undefined ? from.roles : roles,
    group,
    sentence: sentence.index,
    start: a.start,
    end: a.end,
    head: a.head,
    entries: [...from.entries, `carry:${rule}`],
    carried: true,
  });
  // (only the country rules read it: "it", the commonest anaphor, does not)
  const withCountry = (): Seen[] => [...recent].reverse().filter((h) => h.mention.country !== null);
  switch (a.rule) {
    case 'the-country': {
      const last = withCountry()[0];
      return last ? [make(last.mention.country!, [], last.mention, a.rule)] : [];
    }
    case 'the-government': {
      const last = withCountry()[0];
      return last ? [make(last.mention.country!, ['GOV'], last.mention, a.rule)] : [];
    }
    case 'possessor-country': {
      // "a top Russian diplomat ... his country": the country of the person or official just named
      const last = [...recent].reverse().find((h) => h.mention.sentence === sentence.index || h.mention.sentence === sentence.index - 1);
      if (!last || last.mention.country === null || last.mention.roles.length === 0 && last.info?.kind !== 'person') return [];
      return [make(last.mention.country, [], last.mention, a.rule)];
    }
    case 'two-countries': {
      // the two parties rather than the place they met in ("met in Singapore for the first summit
      // between the two countries"), unless places are all there is
      const ordered = withCountry();
      const parties = ordered.filter((h) => !h.info?.locative);
      const pool = new Set(parties.map((h) => h.mention.country)).size >= 2 ? parties : ordered;
      const picked: Seen[] = [];
      for (const h of pool) {
        if (!picked.some((p) => p.mention.country === h.mention.country)) picked.push(h);
        if (picked.length === 2) break;
      }
      if (picked.length < 2) return [];
      return picked.reverse().map((p) => make(p.mention.country!, roles, p.mention, a.rule));
    }
    case 'the-group':
    case 'the-bloc': {
      // the armed group, or the international organisation, named last
      const named = (h: Seen): boolean => (a.rule === 'the-group' ? h.info?.kind === 'group' : h.mention.code.startsWith('IGO'));
      const last = [...recent].reverse().find(named);
      if (!last) return [];
      const m = last.mention;
      return [make(m.country ?? '', m.roles, m, a.rule, m.group ?? null, m.code)];
    }
    case 'it': {
      const its = tokens[a.head]!.text.toLowerCase() === 'its';
      // nearest earlier actor that is an argument (not "Afghanistan's" inside another phrase)
      const before = [...history].reverse().filter((h) => !h.mention.carried || h.info === null);
      // "Taliban's stance against IS and its campaign against the group": a possessive "its" after a
      // possessor of the same sentence is that possessor (parallel possessives), be it a group
      if (its && tokens[a.head]!.deprel === 'nmod:poss') {
        let owner = before.find((h) => h.mention.sentence === sentence.index && h.mention.head < a.head && h.info?.deprel === 'nmod:poss' && OWNER_KINDS.has(h.info.kind));
        // (unless a party, organisation or group is a verb's subject or object in between: in "Thailand's court dissolved
        // the Move Forward Party ... and banned its leaders" they are the party's; "the Taliban's stance against IS and its
        // campaign" stays the Taliban's)
        if (owner) {
          const from = owner.mention.head;
          owner = before.find((h) => h.mention.sentence === sentence.index && h.mention.head > from && h.mention.head < a.head && h.info !== null &&
            /^(nsubj|obj|iobj)/.test(h.info.deprel) && (h.info.kind === 'organization' || h.info.kind === 'group')) ?? owner;
        }
        if (owner) return [make(owner.mention.country ?? '', owner.mention.roles, owner.mention, 'its', owner.mention.group ?? null, owner.mention.code)];
      }
      const candidates = before.filter((h) =>
        (h.mention.sentence === sentence.index && h.mention.head < a.head) || (its && h.mention.sentence === sentence.index - 1),
      );
      // (a subject "it" is the nearest subject before it: "Iran launched drones at Israel in retaliation for a strike
      // on its consulate in Damascus that it blamed on Israel" is Iran's blame, not Damascus's)
      const subject = !its && tokens[a.head]!.deprel.startsWith('nsubj') ? candidates.find((h) => h.info !== null && h.info.deprel.startsWith('nsubj')) : undefined;
      const nearest = subject ?? candidates.find((h) => h.info === null || ARG_RELS.test(h.info.deprel));
      if (!nearest) return [];
      const m = nearest.mention;
      // "The Balochistan Liberation Army said its fighters planted the bomb": a group's own people are the group
      if (its && m.group && nearest.info?.kind === 'group' && m.sentence === sentence.index) return [make(m.country ?? '', m.roles, m, 'its', m.group, m.code)];
      if (m.country === null || m.roles.length > 0 || (nearest.info !== null && nearest.info.kind !== 'country')) return [];
      return [make(m.country, [], m, its ? 'its' : 'it')];
    }
  }
}

/** The one country in the sentence (else the previous one) that a role-only mention belongs to. */
function salientCountry(
  tokens: readonly ParsedToken[],
  mentions: ActorMention[],
  self: number,
  history: Seen[],
  sIndex: number,
  places: () => string[],
): { code: string; entries: string[] } | null {
  const here = new Map<string, string[]>();
  mentions.forEach((m, k) => {
    if (k !== self && m.country !== null) here.set(m.country, m.entries);
  });
  if (here.size === 1) {
    const [code, entries] = [...here][0]!;
    return { code, entries };
  }
  // "President Yoon declared martial law, accusing the opposition of ...", "Maduro's government signed an agreement
  // with the opposition": the opposition is that of the country whose actor is the subject of its clause
  if (here.size > 1 && mentions[self]!.roles.includes('OPP')) {
    const ruler = clauseSubject(tokens, mentions, mentions[self]!);
    return ruler ? { code: ruler.country!, entries: ruler.entries } : null;
  }
  if (here.size > 1) return null;
  // "a suicide bombing of a Shiite mosque in Kunduz": the one country the sentence's places lie in
  const named = new Set(places());
  if (named.size === 1) return { code: [...named][0]!, entries: ['carry:place-country'] };
  if (named.size > 1) return null;
  const prev = new Map<string, string[]>();
  for (const h of history) if (h.mention.sentence === sIndex - 1 && h.mention.country !== null) prev.set(h.mention.country, h.mention.entries);
  if (prev.size === 1) {
    const [code, entries] = [...prev][0]!;
    return { code, entries };
  }
  return null;
}

/** The mention with a country that is the subject of the nearest verb above `m` that has one (up to six steps). */
function clauseSubject(tokens: readonly ParsedToken[], mentions: readonly ActorMention[], m: ActorMention): ActorMention | undefined {
  let x = tokens[m.head]!.head;
  for (let steps = 0; x >= 0 && x < tokens.length && steps < 6; steps++, x = tokens[x]!.head) {
    if (tokens[x]!.upos !== 'VERB') continue;
    const subject = tokens.findIndex((t) => t.head === x && t.deprel.startsWith('nsubj'));
    if (subject >= 0) return mentions.find((o) => o !== m && o.country !== null && o.start <= subject && subject < o.end);
  }
  return undefined;
}

/**
 * "civilians in the Ethiopian city of Axum", "students from Pakistani universities", "migrants from Niger
 * and Mali": people are of the country (or countries, conjoined) the place right after them names; so are
 * courts, police and legislatures ("a court in Moscow"). The mention once per country, or none.
 */
export function ofPlaceAfter(sentence: ParsedSentence, m: ActorMention, mentions: readonly ActorMention[]): ActorMention[] {
  const prep = sentence.tokens[m.end]?.text.toLowerCase();
  if ((prep !== 'in' && prep !== 'from') || m.country !== null || m.group || m.roles.length === 0 || !m.roles.every((r) => PEOPLE_ROLES.has(r) || SEATED_ROLES.has(r))) return [];
  const first = mentions.find((o) => o.start > m.end && o.start <= m.end + 3 && isPlace(o));
  if (!first || (m.roles.includes('JUD') && INTERNATIONAL_COURT_SEATS.has(first.text.toLowerCase()))) return [];
  const places = [first];
  for (let last = first; ;) {
    const joint = sentence.tokens[last.end]?.text.toLowerCase();
    const next = mentions.find((o) => o.start === last.end + 1 && isPlace(o) && !places.some((p) => p.country === o.country));
    if (!next || (joint !== 'and' && joint !== ',' && joint !== 'or')) break;
    places.push(next);
    last = next;
  }
  // (a gazetteer place's own entry stays with the place: the people are no place)
  return places.map((place) => ofCountry(m, place.country!, place.entries.filter((e) => !e.startsWith('place:')), true, 'carry:place-after'));
}

/** A mention of a country or place alone: no role, no group. */
function isPlace(o: ActorMention): boolean {
  return o.country !== null && o.roles.length === 0 && o.group === null;
}

/**
 * A role-only mention as a country's ("troops" as RUSMIL): the evidence of the country before its own
 * entries, and the rule that gave it after them; `carried` when the country came from elsewhere.
 */
/** The mention with the given country before its roles (entries of where the country came from first). */
export function ofCountry(m: ActorMention, country: string, from: readonly string[], carried: boolean, rule?: string): ActorMention {
  return { ...m, code: country + m.roles.join(''), country, ...(carried ? { carried: true } : {}), entries: [...from, ...m.entries, ...(rule ? [rule] : [])] };
}
