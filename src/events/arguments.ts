/**
 * The arguments of a predicate in the dependency parse and the actors at them: subject (after voice,
 * relative pronouns, control and coordination), object and oblique positions, the owner of an event
 * noun, and the actor mentions found at a position (conjuncts, appositions, partitives, pronouns of
 * reported speech, coordinated country adjectives). The event coder (coder.ts) decides which
 * positions a pattern's slots name; this module only reads the parse.
 */
import type { ActorMention } from '../model/index.js';
import { CLASS_CODES, ofCountry } from '../actors/index.js';
import { modalityOf } from './compose.js';
import { isIrregularPast, type SentenceView } from './sentence-view.js';

/** Verbs whose clausal complement is reported speech: its events belong to the clause's own actors. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'announce', 'state', 'claim', 'insist', 'add', 'note', 'report', 'suggest', 'hint', 'confirm',
  'stress', 'explain', 'declare', 'assert', 'reiterate', 'acknowledge', 'admit', 'reveal', 'indicate', 'argue',
  'believe', 'think', 'write', 'allege', 'emphasize', 'emphasise', 'warn', 'complain', 'maintain', 'signal',
]);

/** Heads of partitive phrases whose `of` dependent is the real actor ("thousands of Afghan troops"). */
export const PARTITIVE = new Set([
  'number', 'ten', 'tens', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'millions',
  'group', 'member', 'part', 'some', 'many', 'most', 'all', 'unit', 'contingent', 'delegation', 'team', 'batch', 'detachment',
  'representative', 'one', 'two', 'several', 'few', 'majority', '$', 'million', 'billion', 'worth', 'package', 'tranche',
  'shipment', 'consignment', 'batch', 'lot', 'load', 'convoy', 'column', 'patrol',
  'litre', 'liter', 'truckload', 'truck', 'lorry', 'crate', 'pallet', 'planeload', 'cargo',
  'tonne', 'ton', 'tons', 'tonnes', 'barrel', 'kilogram', 'dollar', 'euro', 'pound', 'yen', 'dose',
  'gathering', 'crowd', 'band', 'busload', 'boatload', 'family', 'families', 'list', 'set', 'series',
]);

// Means of communication: "spoke by phone with Y", "talked via video link to Y".
const CHANNELS = new Set(['phone', 'telephone', 'video', 'videoconference', 'videolink', 'link', 'call', 'line']);

// Nouns whose "with" phrase names the other country: "border with Ukraine".
const BORDER_NOUNS = new Set(['border', 'frontier', 'boundary']);

// ---------------------------------------------------------------- argument positions

/**
 * Whose offer, demand or plan: the possessor ("Y's proposal"), else a `from` phrase ("demands from Y")
 * or the agent of a participle on the noun ("the proposal put forward by Y"), which say the same,
 * else a modifier before it ("Afghan accusations", "the US proposal").
 */
export function phraseOwner(v: SentenceView, a: number): number[] {
  const poss = v.childrenBy(a, 'nmod:poss');
  if (poss.length) return poss;
  // "accusations from Kyiv", "accusations by Seoul"
  const from = v.childrenBy(a, 'nmod').filter((c) => v.prepOf(c) === 'from' || v.prepOf(c) === 'by');
  if (from.length) return from;
  const agents = participleAgents(v, a);
  if (agents.length) return agents;
  // "a US-drafted Security Council resolution": the author before the hyphen, not the body that votes on it
  const authors = v.childrenBy(a, 'amod').filter((c) => AUTHORING_PARTICIPLES.has(v.lemma(c))).flatMap((c) => v.children(c).filter((x) => x < c && v.isNoun(x)));
  if (authors.length) return authors;
  // "stormed the official residence of President Rajapaksa": a building's of-phrase is its owner
  if (PREMISES.has(v.lemma(a))) {
    const of = v.childrenBy(a, 'nmod').filter((c) => v.prepOf(c) === 'of');
    if (of.length) return of;
  }
  // "Afghan accusations", "the US proposal": an actor word modifying the noun
  return v.childrenBy(a, 'amod', 'compound').filter((c) => c < a);
}

/** Buildings and premises, owned by whoever their of-phrase names ("the residence of the president"). */
const PREMISES = new Set(['residence', 'palace', 'office', 'headquarters', 'home', 'house', 'embassy', 'consulate', 'compound', 'building', 'ministry', 'premises']);

/** Participles that name a document's author before a hyphen ("US-drafted", "French-sponsored"). */
const AUTHORING_PARTICIPLES = new Set(['draft', 'sponsor', 'propose', 'author', 'write', 'table', 'broker']);

/** Participles that name a go-between ("mediated by Qatar", "a U.S.-brokered ceasefire"). */
export const MEDIATION_VERBS = new Set(['mediate', 'broker', 'facilitate']);

/** The `by` agent of a participle on the noun: "the proposal put forward by Y", "a bomb planted by X". */
function participleAgents(v: SentenceView, a: number): number[] {
  // the parser often hangs the participle on the verb instead of the noun just before it
  const h = v.head(a);
  const acls = [...v.childrenBy(a, 'acl'), ...(h >= 0 ? v.childrenBy(h, 'acl').filter((c) => c === a + 1) : [])];
  for (const c of acls) {
    // (a go-between is no doer: "a ceasefire brokered by the United States and France")
    if (v.tokens[c].xpos !== 'VBN' || MEDIATION_VERBS.has(v.lemma(c))) continue;
    const agents = v.children(c).filter((x) => v.rel(x) === 'obl:agent' || (v.rel(x).startsWith('obl') && v.prepOf(x) === 'by'));
    if (agents.length) return agents;
  }
  return [];
}

/** The tokens at the subject position of a verb, after voice, relative pronouns and control. */
export function subjectTokens(v: SentenceView, i: number, depth = 0): number[] {
  if (i < 0 || depth > 6) return [];
  if (v.isNoun(i)) return nounSubject(v, i, depth + 1);
  if (v.isPassive(i)) {
    const agents = [...v.childrenBy(i, 'obl:agent'), ...v.childrenBy(i, 'obl').filter((c) => v.prepOf(c) === 'by')];
    if (agents.length) return agents;
    // "was detained and beaten by Dutch police": a later participle joined to it, with no subject of its own, shares its agent
    const shared = v.childrenBy(i, 'conj')
      .filter((c) => c > i && v.tokens[c].xpos === 'VBN' && v.childrenBy(c, 'nsubj', 'nsubj:pass').length === 0)
      .flatMap((c) => v.childrenBy(c, 'obl:agent'));
    if (shared.length) return shared;
    // "were delivered to Gaza by the WHO" with the by-phrase hung on the oblique before it
    const hung = v.childrenBy(i, 'obl').flatMap((o) => v.childrenBy(o, 'nmod').filter((c) => v.prepOf(c) === 'by'));
    if (hung.length) return hung;
    // "was killed in an Israeli strike on his residence": whoever carried out the attack it happened in
    const attacks = v.childrenBy(i, 'obl').filter((o) => v.prepOf(o) === 'in' && ATTACK_NOUNS.has(v.lemma(o)));
    return attacks.flatMap((a) => nounSubject(v, a, depth + 1)).filter((x) => x !== i);
  }
  let subj = v.childrenBy(i, 'nsubj', 'csubj');
  // Several subjects that are not conjuncts are a parser error ("KABUL, Jan. 5 — Taliban fighters
  // attacked", "Belarusian police arrested" with two `nsubj:pass`): keep the active subjects if some
  // are passive, then the nearest of them before the verb (a dateline is never the nearest).
  if (subj.length > 1) {
    const active = subj.filter((s) => !v.rel(s).endsWith(':pass'));
    if (active.length) subj = active;
    // "The Islamic State, which seized Mosul, executed ...": an unresolved relative pronoun is not the subject
    const named = subj.filter((s) => v.resolveRelative(i, s) !== s || !REL_PRONOUN_TAGS.has(v.tokens[s].xpos));
    if (named.length) subj = named;
    if (subj.length > 1) {
      const before = subj.filter((s) => s < i);
      subj = [before.length ? before[before.length - 1]! : subj[0]!];
    }
  }
  if (subj.length) return subj.map((s) => v.resolveRelative(i, s));
  return inheritSubject(v, i, depth);
}

/** Tags of relative pronouns ("which", "who"). */
export const REL_PRONOUN_TAGS = new Set(['WDT', 'WP']);

/** Where a subjectless clause gets its subject: control, raising, coordination, participles. */
function inheritSubject(v: SentenceView, i: number, depth: number): number[] {
  const h = v.head(i);
  if (h < 0) return [];
  const rel = v.rel(i);
  const base = v.baseRel(i);
  if (rel === 'xcomp') {
    // Object control ("urged Russia to send troops") unless the head is a subject-control verb.
    const obj = v.childrenBy(h, 'obj', 'iobj');
    if (obj.length && !SUBJECT_CONTROL.has(v.lemma(h))) return obj;
    return subjectTokens(v, h, depth + 1);
  }
  if (rel === 'conj') return compatibleConjunct(v, i, h) ? subjectTokens(v, h, depth + 1) : [];
  // "said, thanking Washington": a bare gerund the parser took for the verb's complement is a participle
  const bareGerund = base === 'ccomp' && v.tokens[i].xpos === 'VBG' && v.childrenBy(i, 'mark').length === 0;
  // "Israel recalled its negotiators, halting talks with Hamas, the office said": a participle the parser
  // hung on the report verb belongs to the reported clause before it
  if ((base === 'advcl' || bareGerund) && i < h && SPEECH_VERBS.has(v.lemma(h))) {
    const reported = v.childrenBy(h, 'ccomp', 'parataxis').filter((c) => c < i && v.isVerb(c));
    if (reported.length) return subjectTokens(v, reported[reported.length - 1]!, depth + 1);
  }
  if (base === 'advcl' || bareGerund || ((base === 'acl' || base === 'obl') && !v.isNoun(h))) {
    // "praised Russia for supplying", "accused Iran of supplying": the object is the doer.
    const mark = v.prepOf(i);
    const obj = v.childrenBy(h, 'obj');
    if ((mark === 'for' || mark === 'of') && obj.length) return obj;
    // "prompted Mexico to break off relations" with the infinitive read as an adverbial clause: a verb of causing
    // controls its object, as in the complement it is
    if (obj.length && CAUSING_VERBS.has(v.lemma(h)) && v.childrenBy(i, 'mark').some((m) => v.lemma(m) === 'to')) return obj;
    const reaction = reactionClause(v, i, h);
    if (reaction >= 0) return subjectTokens(v, reaction, depth + 1);
    // "approved new sanctions against Russia, targeting 200 companies": the measure aims, not its imposer
    if (AIMING_VERBS.has(v.lemma(i)) && obj.some((o) => MEASURE_NOUNS.has(v.lemma(o)))) return obj;
    return subjectTokens(v, h, depth + 1);
  }
  if (base === 'acl' || base === 'nmod' || base === 'obl') {
    // ("dispersed protesters in Belgrade, drawing criticism from the EU" with the participle on "protesters")
    const reaction = base === 'acl' ? reactionClause(v, i, h) : -1;
    if (reaction >= 0) return subjectTokens(v, reaction, depth + 1);
    // "interest in expanding ties": the subject is whoever holds the interest; "forces operating in X": the noun.
    if (v.isNoun(h) && modalityOf(v.lemma(h))) return nounSubject(v, h, depth + 1);
    // "filed a case at the World Court accusing Israel of genocide": a document accuses for whoever filed it
    if (rel === 'acl' && v.isNoun(h) && DOCUMENT_NOUNS.has(v.lemma(h)) && v.tokens[i].xpos === 'VBG') return nounSubject(v, h, depth + 1);
    if (rel === 'acl' && v.isNoun(h)) return [h];
    if (rel === 'acl:relcl' && v.isNoun(h)) return [h];
  }
  return [];
}

/**
 * "banned women from attending universities, drawing condemnation from the UN": a participle of reaction after a comma
 * answers the whole sentence, whatever clause or phrase the parser hung it on (`h`): the verb whose subject is its
 * subject, or -1. So does any such participle the parser hung on an infinitive ("ordered the mission to leave, accusing
 * it of ...").
 */
function reactionClause(v: SentenceView, i: number, h: number): number {
  const onInfinitive = v.childrenBy(h, 'mark').some((m) => v.lemma(m) === 'to');
  if (!(REACTION_VERBS.has(v.lemma(i)) || onInfinitive) || i === 0 || v.tokens[i - 1]!.text !== ',' || v.tokens[i]!.xpos !== 'VBG') return -1;
  // (up through the clauses and phrases it is embedded in, modifiers too, to the last verb before it: "pounded the grid
  // with missiles and drones overnight, drawing ..." with "overnight" an adjective of "missiles")
  let top = -1;
  for (let x = h, n = 0; n < 6 && x >= 0 && /^(advcl|acl|xcomp|obj|obl|nmod|amod|conj)/.test(v.rel(x)); n++) {
    x = v.head(x);
    if (x >= 0 && x < i && v.isVerb(x)) top = x;
  }
  return top;
}

/**
 * Coordinated verbs share a subject only when they look alike: "visited Moscow and met officials"
 * (both past) does, "visited ... for help in training and equipping" (a gerund hung on the wrong
 * verb by the parser) does not.
 */
function compatibleConjunct(v: SentenceView, i: number, h: number): boolean {
  if (!v.isVerb(h)) return false;
  const a = v.tokens[i].xpos;
  const b = v.tokens[h].xpos;
  if (a === b) return true;
  const finite = (x: string): boolean => x === 'VBD' || x === 'VBZ' || x === 'VBP';
  // "stormed and set fire to": a past form spelt like the base form, tagged VB with no auxiliary or "to" (and "..., and
  // froze Venezuela's access" with an irregular past form the tagger read as a base form)
  const text = v.tokens[i].text.toLowerCase();
  const invariantPast = (a === 'VB' || a === 'VBP') && (INVARIANT_PAST.has(text) || isIrregularPast(text)) && v.childrenBy(i, 'aux', 'mark').length === 0;
  return (finite(a) || invariantPast) && finite(b);
}

/** Verbs whose past tense is spelt like the base form. */
const INVARIANT_PAST = new Set(['set', 'put', 'cut', 'hit', 'let', 'shut', 'spread', 'cast', 'quit', 'hurt', 'burst', 'upset', 'beset', 'thrust', 'bid']);

// (an instrument used "to" do something does not do it: "police used tear gas to disperse protesters")
const SUBJECT_CONTROL = new Set(['promise', 'pledge', 'vow', 'threaten', 'agree', 'offer', 'refuse', 'decline', 'use', 'employ']);

/** Verbs of a reaction drawn by the act before them ("..., drawing condemnation from the UN", "..., sparking protests"). */
const REACTION_VERBS = new Set(['draw', 'earn', 'attract', 'spark', 'provoke', 'trigger', 'prompt', 'anger', 'infuriate', 'invite', 'fuel']);

/** Verbs that make their object do something ("prompted Mexico to break off ties", "forced Kyiv to withdraw"). */
const CAUSING_VERBS = new Set(['prompt', 'force', 'compel', 'lead', 'push', 'drive', 'spur', 'cause', 'pressure', 'persuade', 'convince', 'oblige', 'allow', 'enable', 'encourage', 'provoke', 'trigger']);

/** The trace note saying where a subjectless verb's subject comes from (control, coordination ...), or null. */
export function inheritedFrom(v: SentenceView, i: number): string | null {
  if (!v.isVerb(i) || v.childrenBy(i, 'nsubj', 'nsubj:pass', 'csubj').length) return null;
  const rel = v.rel(i);
  if (rel === 'xcomp') return `subject from '${v.tokens[v.head(i)].text}' (control)`;
  if (rel === 'conj') return `subject from coordinated '${v.tokens[v.head(i)].text}'`;
  if (rel.startsWith('acl')) return `subject from modified noun '${v.tokens[v.head(i)].text}'`;
  if (rel.startsWith('advcl')) return `subject from '${v.tokens[v.head(i)].text}' (participle)`;
  return null;
}

/** The actor an event noun belongs to: possessor, `by`/`of` phrase, then the verb it is the object of. */
/** Nouns of one who leads a body, who stands for it in an apposition ("X, the head of the Ennahda party"). */
const LEADER_NOUNS = new Set(['head', 'leader', 'chief', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'commander']);

/** Possessive pronouns that refer back to the clause's subject ("announced their withdrawal"). */
const OWN_POSSESSIVES = new Set(['their', 'its']);

/** Verbs whose subject announces or carries out its own act named by the object ("announced its withdrawal"). */
const ANNOUNCING_VERBS = new Set(['announce', 'declare', 'confirm', 'complete', 'begin', 'start', 'finish', 'launch', 'continue', 'resume']);

export function nounSubject(v: SentenceView, n: number, depth = 0, notOf: number[] = []): number[] {
  // ("Friday's suicide bombing", "last week's attack": a possessive date says when, not who)
  const poss = v.childrenBy(n, 'nmod:poss').filter((c) => !TIME_WORDS.has(v.lemma(c)));
  // "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS": "their" act, announced or begun by its
  // subject, is the subject's
  const owner = v.head(n);
  if (poss.length === 1 && OWN_POSSESSIVES.has(v.lemma(poss[0]!).toLowerCase()) && v.rel(n) === 'obj' && owner >= 0 && v.isVerb(owner) &&
    ANNOUNCING_VERBS.has(v.lemma(owner)) && depth < 6) {
    const subject = subjectTokens(v, owner, depth + 1);
    if (subject.length) return [...poss, ...subject];
  }
  if (poss.length) return poss;
  const by = v.childrenBy(n, 'nmod', 'acl').filter((c) => v.prepOf(c) === 'by');
  if (by.length) return by;
  // "accusations from Kyiv", "calls from opposition parties": who a message comes from
  if (MESSAGE_NOUNS.has(v.lemma(n))) {
    const from = v.childrenBy(n, 'nmod').filter((c) => v.prepOf(c) === 'from');
    if (from.length) return from;
  }
  // "claimed responsibility for a suicide bombing": the claimant
  const share = v.head(n);
  if (v.prepOf(n) === 'for' && share >= 0 && ['responsibility', 'credit'].includes(v.lemma(share)) && v.rel(share) === 'obj' && depth < 6) {
    return subjectTokens(v, v.head(share), depth + 1);
  }
  // (the for-phrase hung on the verb: "claimed responsibility on Saturday for a suicide bombing")
  if (v.prepOf(n) === 'for' && share >= 0 && v.isVerb(share) && v.rel(n) === 'obl' && depth < 6 &&
    v.childrenBy(share, 'obj').some((o) => ['responsibility', 'credit'].includes(v.lemma(o)))) {
    return subjectTokens(v, share, depth + 1);
  }
  // "sent a carrier in a show of force against North Korea", "in retaliation for ...": the act of the verb's subject
  const h = v.head(n);
  // (also as one of several: "rallied in one of the largest demonstrations against ...")
  const one = v.rel(n) === 'nmod' && v.prepOf(n) === 'of' && h >= 0 && PARTITIVE.has(v.lemma(h)) ? h : n;
  const oneHead = v.head(one);
  if (MANNER_NOUNS.has(v.lemma(n)) && v.rel(one) === 'obl' && v.prepOf(one) === 'in' && oneHead >= 0 && v.isVerb(oneHead) && depth < 6) return subjectTokens(v, oneHead, depth + 1);
  // "Twenty Indian soldiers were killed in a clash with Chinese troops": a fight with a named other side that the
  // clause's subject took part in (as the victims of a passive too)
  if (FIGHT_NOUNS.has(v.lemma(n)) && ['in', 'during'].includes(v.prepOf(n) ?? '') && h >= 0 && v.isVerb(h) && depth < 6 &&
    v.childrenBy(n, 'nmod').some((c) => v.prepOf(c) === 'with')) {
    const sides = v.isPassive(h) ? v.childrenBy(h, 'nsubj:pass') : subjectTokens(v, h, depth + 1);
    if (sides.length) return sides;
  }
  // "the bomb planted by the Taliban", "the attack carried out by X"
  const agents = participleAgents(v, n);
  if (agents.length) return agents;
  // "the visit of X"; not when the of-phrase is the event's target ("ordered a siege of Gaza")
  const of = v.childrenBy(n, 'nmod').filter((c) => v.prepOf(c) === 'of' && !notOf.includes(c));
  if (of.length) return of;
  // "Russian aid": an actor word modifying the noun. Lower-case words ("the suicide attack", "air
  // strikes") name no actor, so the verb's subject still counts: "IS claimed the suicide attack".
  const mods = v.childrenBy(n, 'amod', 'compound').filter((c) => c < n);
  // (not through a verb that keeps the act from happening: "holding up a package of aid to Ukraine")
  // (nor through a verb that judges or looks into an act: "condemned the attack on Ukraine", "defended the strike")
  // ("launched waves of air strikes": an act under a noun of quantity takes the quantity's verb)
  const unit = seriesUnit(v, n);
  const hv = unit === n ? h : v.head(unit);
  const verbal = hv >= 0 && depth < 6 && v.rel(unit) === 'obj' && !withholds(v, hv) && !JUDGING_VERBS.has(v.lemma(hv));
  const named = (c: number): boolean => v.tokens[c].upos === 'PROPN' || /^\p{Lu}/u.test(v.tokens[c].text) || v.childrenBy(c, 'nmod:poss').length > 0;
  if (!mods.some(named) && ((TRAVEL_NOUNS.has(v.lemma(n)) && ['during', 'on'].includes(v.prepOf(n) ?? '')) ||
    (MEETING_NOUNS.has(v.lemma(n)) && ['during', 'after', 'following', 'at'].includes(v.prepOf(n) ?? '') && v.childrenBy(n, 'nmod').some((c) => v.prepOf(c) === 'with')))) {
    return travellers(v, n, depth);
  }
  if (mods.length && (!verbal || mods.some(named))) return mods;
  if (verbal) return subjectTokens(v, hv, depth + 1);
  return mods;
}

/** Nouns of a fight between two sides ("a clash with Chinese troops"). */
export const FIGHT_NOUNS = new Set(['clash', 'fighting', 'battle', 'gunfight', 'firefight', 'skirmish', 'confrontation', 'shootout', 'gunbattle']);

/** Nouns of quantity or sequence an act noun may hang under as their of-phrase ("waves of strikes", "a series of attacks"). */
export const SERIES_NOUNS = new Set(['wave', 'series', 'barrage', 'volley', 'salvo', 'string', 'spate', 'flurry', 'round', 'hail', 'burst', 'succession']);

/**
 * "launched waves of air strikes", "did not attend the final round of talks": the noun of quantity an act noun hangs
 * under as the object of a verb, which stands in the act's place towards that verb; else the act noun itself.
 */
export function seriesUnit(v: SentenceView, n: number): number {
  const h = v.head(n);
  return v.rel(n) === 'nmod' && h >= 0 && SERIES_NOUNS.has(v.lemma(h)) && v.rel(h) === 'obj' && v.prepOf(n) === 'of' ? h : n;
}

/**
 * Who an act noun names as its doer: possessor, "by" phrase, participle agent ("Russia's strike", "the strike
 * by Russia", "the bomb planted by X"), or a "by" phrase hung on its of-object ("the kidnapping of two Japanese
 * nationals by Islamic State fighters").
 */
export function actDoers(v: SentenceView, n: number): number[] {
  return [
    ...v.childrenBy(n, 'nmod:poss'), ...v.childrenBy(n, 'nmod', 'acl').filter((c) => v.prepOf(c) === 'by'), ...participleAgents(v, n),
    ...v.childrenBy(n, 'nmod').filter((c) => v.prepOf(c) === 'of').flatMap((c) => v.childrenBy(c, 'nmod').filter((b) => v.prepOf(b) === 'by')),
    // ("the attack, which Afghan forces carried out": the subject of a relative clause whose object is the act)
    ...v.childrenBy(n, 'acl:relcl').filter((r) => v.childrenBy(r, 'obj').some((o) => /^(which|that)$/i.test(v.tokens[o].text))).flatMap((r) => v.childrenBy(r, 'nsubj')),
  ];
}

/** Nouns of an attack in which something happens to a passive verb's subject ("killed in an Israeli strike"). */
export const ATTACK_NOUNS = new Set(['strike', 'airstrike', 'attack', 'raid', 'bombing', 'shelling', 'ambush', 'assault', 'offensive', 'operation', 'bombardment']);

/** Nouns of the manner or purpose of an act, in an "in" phrase of its verb ("in a show of force"). */
const MANNER_NOUNS = new Set(['show', 'display', 'demonstration', 'retaliation', 'response', 'protest', 'solidarity', 'defiance']);

/** Words of time that can be possessors ("Friday's bombing", "last year's offensive"). */
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'week', 'month', 'year', 'weekend', 'day', 'night', 'morning', 'evening', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'decade', 'century']);

/** Verbs whose object act does not happen by their subject's doing ("blocked the aid", "held up the deal"). */
const WITHHOLDING_VERBS = new Set(['block', 'delay', 'withhold', 'halt', 'freeze', 'suspend', 'stop', 'veto', 'cancel', 'obstruct',
  'hinder', 'prevent', 'postpone', 'scrap', 'reject', 'oppose', 'thwart', 'derail']);

/** Verbs that judge, answer or look into an act their subject did not do ("condemned the attack", "investigated the strike"). */
const JUDGING_VERBS = new Set(['condemn', 'denounce', 'criticize', 'criticise', 'praise', 'hail', 'welcome', 'defend', 'justify', 'deny', 'blame',
  'investigate', 'probe', 'mourn', 'decry', 'slam', 'deplore', 'applaud', 'commend', 'lament', 'regret', 'protest', 'condone', 'celebrate',
  'describe', 'call', 'report', 'confirm', 'discuss', 'dismiss', 'downplay', 'question', 'fear', 'expect', 'predict', 'warn']);

/** Past participles of the withholding verbs, which the tagger often reads as adjectives after "was" ("talks were postponed"). */
const WITHHELD_FORMS = new Set(['blocked', 'delayed', 'withheld', 'halted', 'frozen', 'suspended', 'stopped', 'vetoed', 'cancelled', 'canceled',
  'obstructed', 'hindered', 'prevented', 'postponed', 'scrapped', 'rejected', 'opposed', 'thwarted', 'derailed']);

/** Whether `h`, with a copula, is a withholding verb's participle read as an adjective ("cooperation was suspended"). */
export function withheldState(v: SentenceView, h: number): boolean {
  return WITHHELD_FORMS.has(v.tokens[h].text.toLowerCase()) && v.childrenBy(h, 'cop').length > 0;
}

/** Whether verb `h` keeps the act its object names from happening ("blocked the aid", "held up the deal"). */
export function withholds(v: SentenceView, h: number): boolean {
  const particle = v.particleOf(h);
  return WITHHOLDING_VERBS.has(v.lemma(h)) || (['hold', 'slow'].includes(v.lemma(h)) && (particle === 'up' || particle === 'down'));
}

/** Nouns of a message, whose sender a "from" phrase names. */
export const MESSAGE_NOUNS = new Set(['accusation', 'allegation', 'claim', 'charge', 'criticism', 'condemnation', 'call', 'appeal', 'request', 'plea', 'demand',
  'threat', 'warning', 'offer', 'proposal', 'invitation', 'protest', 'complaint', 'pressure', 'ultimatum']);

/** Nouns of a journey whose traveller, when unnamed, is the subject of the clause ("pledged aid during a trip to Kyiv"). */
const TRAVEL_NOUNS = new Set(['visit', 'trip', 'tour', 'journey', 'stopover']);

/** Nouns of a meeting whose unnamed party, when the other is named by "with", is the subject of the clause ("agreed to free them after talks with a US envoy"). */
export const MEETING_NOUNS = new Set(['talk', 'negotiation', 'meeting', 'consultation', 'discussion']);

/** The subject of the verb that a "during/on a visit" phrase belongs to, through the words it hangs on. */
function travellers(v: SentenceView, n: number, depth: number): number[] {
  // (not a verb that modifies a noun: "backed Sweden's bid to join NATO after talks with ..." is about "backed")
  const verb = v.verbsAbove(n, 6).find((x) => v.baseRel(x) !== 'acl');
  return verb === undefined ? [] : subjectTokens(v, verb, depth + 1);
}

/** The object position: `obj`, or for a passive the passive subject or the noun a participle modifies. */
export function objectTokens(v: SentenceView, i: number): number[] {
  if (i < 0 || i >= v.tokens.length) return computeObjects(v, i);
  const memo = v.memoTable<number[]>('objects');
  return (memo[i] ??= computeObjects(v, i));
}

function computeObjects(v: SentenceView, i: number): number[] {
  if (v.isPassive(i)) {
    const s = v.childrenBy(i, 'nsubj:pass');
    if (s.length) return s.map((x) => v.resolveRelative(i, x));
    if (v.rel(i).startsWith('acl') && v.head(i) >= 0) return [v.head(i)];
    return [];
  }
  // ("the exercises, which North Korea denounced": the relative pronoun stands for its noun)
  const obj = v.childrenBy(i, 'obj');
  if (obj.length) return obj.map((x) => v.resolveRelative(i, x));
  // an indirect object with no direct one is the object mislabelled ("urged Ethiopia and Egypt to resolve ...")
  const iobj = v.childrenBy(i, 'iobj');
  if (iobj.length) return iobj;
  // "met US envoy Zalmay Khalilzad" parsed as a bare (unmarked) oblique: the object
  const bare = v.childrenBy(i, 'obl:unmarked');
  if (bare.length) return bare;
  // "a decision Israel denounced", "the deal Iran signed": a relative clause with a subject of its own and no
  // object or relative pronoun has its noun as the object
  if (v.rel(i) === 'acl:relcl' && v.head(i) >= 0 && v.childrenBy(i, 'nsubj').length && !v.children(i).some((c) => REL_PRONOUN_TAGS.has(v.tokens[c].xpos))) return [v.head(i)];
  // "charged three Russians with murder" parsed with the noun as a secondary predicate (xcomp)
  return v.childrenBy(i, 'xcomp').filter((x) => v.isNoun(x) && !v.childrenBy(x, 'mark', 'cop').length);
}

/**
 * Nominals attached to the predicate with one of `preps`. For verbs also those attached to the object
 * ("held talks with Y"); for nouns also those of the verb governing it ("talks were held with Y").
 */
export function obliquesOf(v: SentenceView, i: number, preps: string[], passive = false): number[] {
  const memo = v.memoTable<number[]>(passive ? 'oblique candidates, passive' : 'oblique candidates');
  const cands = i >= 0 && i < memo.length ? (memo[i] ??= obliqueCandidates(v, i, passive)) : obliqueCandidates(v, i, passive);
  return cands.filter((c) => v.prepsOf(c).some((x) => preps.includes(x)));
}

/** Every nominal that may be an oblique of `i` (before filtering by preposition); see {@link obliquesOf}. */
function obliqueCandidates(v: SentenceView, i: number, passive: boolean): number[] {
  const pick = (x: number): number[] =>
    v.children(x).filter((c) => {
      const r = v.rel(c);
      if (!(r.startsWith('obl') || r.startsWith('nmod') || r.startsWith('advcl') || r.startsWith('acl'))) return false;
      if (r === 'nmod:poss' || r.endsWith(':tmod') || r.endsWith(':npmod')) return false;
      if (passive && r === 'obl:agent') return false;
      return v.prepsOf(c).length > 0;
    });
  const out = pick(i);
  if (v.isVerb(i)) {
    // each conjunct of the object: "sent relief teams and tonnes of medical supplies to Nepal"
    for (const o of v.childrenBy(i, 'obj').flatMap((x) => v.withConjuncts(x))) {
      out.push(...pick(o));
      const partitive = PARTITIVE.has(v.lemma(o)) || v.tokens[o].upos === 'NUM' || v.tokens[o].upos === 'SYM';
      for (const n of v.childrenBy(o, 'nmod')) {
        // "sent 50,000 tonnes of grain to Somalia": phrases hung on the quantity's of-phrase;
        // "passed information on an IS cell to Belgian investigators": a recipient hung on the phrase before
        if (partitive && v.prepOf(n) === 'of') out.push(...pick(n));
        else if (!partitive && v.prepOf(n) !== 'of') out.push(...pick(n).filter((x) => x > n && v.prepOf(x) === 'to'));
      }
    }
    // "spoke by telephone with Y": the partner hung on the channel of the talk
    for (const o of v.childrenBy(i, 'obl')) if (CHANNELS.has(v.lemma(o))) out.push(...pick(o));
  } else {
    const h = v.head(i);
    const r = v.rel(i);
    // "talks were held with Y", "negotiations are under way between X and Y" (copular head).
    if (h >= 0 && (((r === 'obj' || r === 'nsubj:pass') && !v.isNoun(h)) || r === 'nsubj')) out.push(...pick(h).filter((x) => x !== i));
    // "the visit of X to Y" with "to Y" hung on X by the parser.
    for (const c of v.childrenBy(i, 'nmod')) if (v.prepOf(c) === 'of' || v.prepOf(c) === 'by') out.push(...pick(c).filter((x) => x !== i));
  }
  return [...new Set(out)];
}

// ---------------------------------------------------------------- actors

/** Actor mentions at an argument position, following conjunctions, appositions and partitives. */
/** Documents that say or ask something on their author's behalf ("a resolution condemning ..."). */
const DOCUMENT_NOUNS = new Set(['case', 'complaint', 'lawsuit', 'suit', 'petition', 'motion', 'letter', 'statement', 'report', 'note', 'communique', 'declaration', 'order', 'decree', 'directive', 'ordinance', 'edict', 'law', 'bill', 'resolution', 'treaty', 'agreement', 'accord', 'pact', 'deal']);

/** Participles that say whom a measure is for or against ("sanctions targeting X", "aimed at X"). */
export const AIMING_VERBS = new Set(['target', 'aim', 'direct']);

/** Measures a state imposes, which target whom they are aimed at ("sanctions targeting 200 companies"). */
const MEASURE_NOUNS = new Set(['sanction', 'tariff', 'measure', 'restriction', 'ban', 'embargo', 'penalty', 'package', 'curb', 'control', 'duty', 'levy']);

/** Nouns that sum up an act told before them ("..., a move Kyiv dismissed as a ploy"): they stand for its doer. */
export const SUMMARY_NOUNS = new Set(['move', 'decision', 'step', 'act', 'action', 'measure', 'announcement', 'development', 'charge', 'accusation', 'allegation', 'claim']);

/** Unnamed things attacked somewhere ("targets in western Ukraine"): the place says whose. */
export const LOCATED_NOUNS = new Set(['target', 'position', 'facility', 'installation', 'infrastructure', 'site', 'village', 'town', 'area', 'base', 'zone', 'side', 'suburb', 'neighbourhood', 'neighborhood', 'district',
  'post', 'outpost', 'checkpoint', 'station', 'camp', 'convoy', 'compound', 'headquarters', 'depot', 'plant', 'refinery', 'factory', 'airfield',
  'port', 'bridge', 'warehouse', 'centre', 'center', 'outskirts', 'heart', 'city', 'hospital', 'airport', 'building', 'school', 'market',
  'prison', 'jail', 'mosque', 'church', 'temple', 'shrine', 'hotel', 'mine', 'dam', 'pipeline', 'hideout', 'stronghold', 'hideaway', 'bunker', 'tunnel']);

/** Nouns of a place named in an of-phrase ("the city of Goma"). */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'region', 'district', 'port', 'capital', 'state', 'island', 'enclave', 'territory']);

/** Acts and texts whose of-phrase names their author ("a resolution of the European Parliament"). */
const AUTHORED_NOUNS = new Set(['resolution', 'decision', 'statement', 'ruling', 'verdict', 'declaration', 'decree', 'order', 'vote', 'proposal', 'demand', 'request', 'call', 'move']);

/** Participles of a hyphened owner ("Greek-flagged", "Russian-owned", "Turkish-operated", "the Saudi-led coalition"). */
export const OWNING_PARTICIPLES = new Set(['flag', 'flagged', 'own', 'owned', 'run', 'register', 'registered', 'operate', 'operated', 'lead', 'led', 'hold', 'held', 'control', 'controlled']);

/** Owning participles of territory ("rebel-held", "Houthi-controlled"). */
const HOLDING_PARTICIPLES = new Set(['hold', 'held', 'control', 'controlled']);

/** Participles whose to- or by-phrase names a thing's owner ("a ship linked to Israel", "a tanker owned by Iran"). */
const OWNED_BY_PARTICIPLES = new Set([...OWNING_PARTICIPLES, 'link', 'linked']);

/** The countries before an owning participle of the noun ("Greek-flagged", "Saudi-led") or in its phrase ("owned by Iran"). */
function owningCountries(v: SentenceView, tok: number, mentions: ActorMention[]): ActorMention[] {
  // (or of its compound: "a British-owned cargo ship" with "owned" on "cargo")
  const owning = [tok, ...v.childrenBy(tok, 'compound')].flatMap((x) => v.childrenBy(x, 'amod')).filter((c) => OWNING_PARTICIPLES.has(v.lemma(c).toLowerCase()));
  for (const a of owning) {
    // ("rebel-held villages": who holds a place may be a role of a country)
    const holding = HOLDING_PARTICIPLES.has(v.lemma(a).toLowerCase());
    const owner = v.children(a).filter((c) => c < a).flatMap((c) => mentionsAt(c, mentions)).filter((m) => m.country !== null && (holding || m.roles.length === 0));
    if (owner.length) return owner;
  }
  // "a container ship linked to Israel", "a tanker owned by Iran": the country of the participle's phrase
  for (const a of v.childrenBy(tok, 'acl')) {
    if (!OWNED_BY_PARTICIPLES.has(v.lemma(a).toLowerCase())) continue;
    const owner = v.childrenBy(a, 'obl').filter((c) => /^(to|by)$/.test(v.prepOf(c) ?? '')).flatMap((c) => mentionsAt(c, mentions)).filter((m) => m.country !== null && m.roles.length === 0);
    if (owner.length) return owner;
  }
  return [];
}

/** Who owns a compound modifier: its possessor or its country adjective ("Iran's Natanz site", "a Chinese surveillance balloon"). */
function compoundOwners(v: SentenceView, c: number, mentions: ActorMention[]): ActorMention[] {
  return [...v.childrenBy(c, 'nmod:poss').flatMap((x) => mentionsAt(x, mentions)), ...v.childrenBy(c, 'amod').flatMap((x) => mentionsAt(x, mentions)).filter(isBareCountry)];
}

/** Nouns for the followers of a person or party, who stand for it ("supporters of X"). */
const FOLLOWER_NOUNS = new Set(['supporter', 'follower', 'loyalist', 'partisan']);

/** Nouns for the people of an armed group ("fighters from X" are X). */
const MEMBER_NOUNS = new Set(['fighter', 'militant', 'member', 'separatist', 'gunman', 'insurgent', 'rebel', 'jihadist', 'commander', 'operative', 'bomber']);
/** Verbs of a job: in "journalists working for Al Jazeera" the employer gives the role its country. */
const WORK_VERBS = new Set(['work', 'write', 'report']);

/** The mentions with the first of each code. */
export function uniqueByCode(list: readonly ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.code) ? false : (seen.add(m.code), true)));
}

/**
 * The codable actors at an argument position, through its conjuncts. Remembered per token and mention list (the
 * view's memo table under the list): the coder asks again for the same positions for each pattern that fits a
 * predicate and in the rules after it. Shared, so read-only.
 */
export function actorsAt(v: SentenceView, tok: number, mentions: ActorMention[]): readonly ActorMention[] {
  if (tok < 0 || tok >= v.tokens.length) return findActorsAt(v, tok, mentions);
  const memo = v.memoTable<readonly ActorMention[]>(mentions);
  return (memo[tok] ??= findActorsAt(v, tok, mentions));
}

function findActorsAt(v: SentenceView, tok: number, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const c of v.withConjuncts(tok)) out.push(...actorsOfWord(v, c, mentions, 0));
  return out.filter(isCodable);
}

/** A bare role ("officials" → `GOV`) with no country, group or class says too little to code an event. */
function isCodable(m: ActorMention): boolean {
  return m.country !== null || !!m.group || CLASS_CODES.has(m.code.slice(0, 3));
}

function actorsOfWord(v: SentenceView, tok: number, mentions: ActorMention[], depth: number): ActorMention[] {
  const direct = mentionsAt(tok, mentions);
  // "fighters from Islamic State West Africa Province", "militants of the Pakistani Taliban": the group
  // (with or without a role-only mention of the word itself)
  if (direct.length <= 1 && !direct[0]?.group && MEMBER_NOUNS.has(v.lemma(tok))) {
    const groups = v.childrenBy(tok, 'nmod').filter((c) => v.prepOf(c) === 'from' || v.prepOf(c) === 'of')
      .flatMap((c) => mentionsAt(c, mentions)).filter((m) => m.group);
    if (groups.length) return groups;
    // "Rapid Support Forces fighters" matched apart (the parser split the name): the group right before them
    const before = direct.length ? mentions.filter((m) => m.group && !m.carried && m.end === direct[0]!.start) : [];
    if (before.length) return before;
  }
  if (direct.length) {
    // "Afghanistan's acting defence minister, Masoom Stanekzai,": a bare title, and the name beside it says whose
    if (direct.every((m) => !isCodable(m))) {
      const named = v.childrenBy(tok, 'appos').flatMap((c) => mentionsAt(c, mentions)).filter(isCodable);
      if (named.length) return named;
      // "negotiators from Israel and Hamas", "negotiators for Ethiopia's government": the role of each country it
      // comes from or speaks for, or the group itself
      // ("journalists working for Al Jazeera": the employer named by a participle of working)
      const employers = v.childrenBy(tok, 'acl').filter((c) => WORK_VERBS.has(v.lemma(c))).flatMap((c) => v.childrenBy(c, 'obl'));
      const from = [...v.childrenBy(tok, 'nmod'), ...employers].filter((c) => v.prepOf(c) === 'from' || v.prepOf(c) === 'for').flatMap((c) => v.withConjuncts(c)).flatMap((c) => depth < 2 ? actorsOfWord(v, c, mentions, depth + 1) : mentionsAt(c, mentions)).filter(isCodable);
      if (from.length) {
        return from.flatMap((f) => f.group || !f.country ? [f] : direct.map((m) => ofCountry(m, f.country!, f.entries, false)));
      }
      // "Saudi-led coalition warplanes": the role takes the country that leads or owns it; "Thai F-16 fighter jets":
      // the country of its compound
      const owner = owningCountries(v, tok, mentions)[0] ?? v.childrenBy(tok, 'compound').flatMap((c) => compoundOwners(v, c, mentions)).find((m) => m.country);
      if (owner?.country) {
        return direct.map((m) => ofCountry(m, owner.country!, owner.entries, false));
      }
    }
    const shared = direct.length === 1 ? distributedModifiers(v, tok, direct[0], mentions) : [];
    return [...shared, ...direct];
  }
  if (depth > 2) return [];
  if (BORDER_NOUNS.has(v.lemma(tok))) {
    // "troops near its border with Ukraine": the neighbour named after "with" is the one concerned
    // (not the owner of "its"), whether the parser hangs "with Ukraine" on the noun or on the verb
    const w = tok + 1 < v.tokens.length && v.lemma(tok + 1) === 'with' ? v.head(tok + 1) : -1;
    if (w > tok) {
      const got = v.withConjuncts(w).flatMap((x) => actorsOfWord(v, x, mentions, depth + 1));
      if (got.length) return got;
    }
  }
  for (const c of v.childrenBy(tok, 'appos', 'flat', 'compound', 'nmod:poss', 'amod')) {
    const m = mentionsAt(c, mentions);
    // "Evan Gershkovich, a reporter for The Wall Street Journal": a bare title in apposition is read as a subject would be
    if (m.length && v.rel(c) === 'appos' && !m.some(isCodable)) {
      const titled = actorsOfWord(v, c, mentions, depth + 1).filter(isCodable);
      if (titled.length) return titled;
    }
    if (m.length) return m;
    // "struck Iran's Natanz site and missile factories" parsed with "site" a compound of "factories": its owner;
    // "released Olivier Grondeau, a French tourist", "Paul Whelan, a former US Marine": the country word of an apposition
    // ("a Chinese surveillance balloon": the country adjective of the compound)
    const owner = v.rel(c) === 'compound' ? compoundOwners(v, c, mentions)
      : v.rel(c) === 'appos' ? v.childrenBy(c, 'amod', 'compound').flatMap((x) => mentionsAt(x, mentions)).filter(isBareCountry) : [];
    if (owner.length) return owner;
    // "arrested Rached Ghannouchi, the head of the main opposition Ennahda party": a leader stands for what he leads
    if (v.rel(c) === 'appos' && LEADER_NOUNS.has(v.lemma(c))) {
      const led = v.childrenBy(c, 'nmod').filter((x) => v.prepOf(x) === 'of').flatMap((x) => mentionsAt(x, mentions)).filter(isCodable);
      if (led.length) return led;
    }
    // "soldiers were killed when their post was attacked": the group the plural possessive goes back to
    if (v.rel(c) === 'nmod:poss' && v.lemma(c).toLowerCase() === 'their') {
      const fits = (x: ActorMention): boolean => x.roles.length > 0 || !!x.group;
      const owner = nearestSubjectMention(v, c, mentions, fits);
      // ("South Korean and U.S. forces ... their exercises": every actor of that phrase)
      if (owner) return mentions.filter((x) => x.start === owner.start && x.end === owner.end && fits(x));
    }
  }
  // "condemned a vote by Israel's parliament", "rejected the demands presented by Saudi Arabia",
  // "condemned a resolution of the European Parliament": an act named by who did it stands for them
  if (depth <= 1 && v.isNoun(tok) && v.tokens[tok].upos === 'NOUN') {
    const doers = [...actDoers(v, tok), ...(AUTHORED_NOUNS.has(v.lemma(tok)) || TRAVEL_NOUNS.has(v.lemma(tok)) ? v.childrenBy(tok, 'nmod').filter((c) => v.prepOf(c) === 'of') : [])];
    const by = doers.flatMap((c) => v.withConjuncts(c)).flatMap((c) => mentionsAt(c, mentions));
    if (by.length) return by;
  }
  // "Greek-flagged tankers", "Russian-owned companies": the country that flags or owns the thing
  const owners = owningCountries(v, tok, mentions);
  if (owners.length) return owners;
  // "Australian economist Sean Turnell": a name the dictionaries lack, described by a country's
  // adjective, is that country's (a private person stands for the country, as in the gold sets)
  if (v.tokens[tok].upos === 'PROPN') {
    for (const d of v.children(tok).filter((c) => v.rel(c) === 'nmod:desc' && v.isNoun(c))) {
      // ("U.S. basketball star Brittney Griner": or the country noun before it)
      const m = v.childrenBy(d, 'amod', 'compound').flatMap((a) => mentionsAt(a, mentions)).filter(isBareCountry);
      if (m.length) return m;
    }
  }
  // "William Ruto, the chairman of the East African Community, telephoned ...": an apposition is
  // the actor it stands beside
  if (v.rel(tok) === 'appos' && v.head(tok) >= 0) {
    const m = mentionsAt(v.head(tok), mentions);
    if (m.length) return m;
  }
  // "Armenia recognised Palestine, a decision Israel denounced": the act's doer
  if (SUMMARY_NOUNS.has(v.lemma(tok)) && v.rel(tok) === 'appos' && v.head(tok) >= 0 && v.isVerb(v.head(tok)) && depth < 2) {
    // (every conjunct: "Spain, Ireland and Norway recognised ..., a move Israel condemned")
    const doers = subjectTokens(v, v.head(tok)).flatMap((x) => v.withConjuncts(x)).flatMap((x) => actorsOfWord(v, x, mentions, depth + 1));
    if (doers.length) return doers;
  }
  // "expelled seven UN officials, accusing them of meddling": "them", the object of a participle, is the object of the
  // verb the participle hangs on
  if (v.tokens[tok].text.toLowerCase() === 'them' && v.rel(tok) === 'obj' && depth < 2) {
    const g = v.head(tok);
    const h = g >= 0 ? v.head(g) : -1;
    if (h >= 0 && v.rel(g) === 'advcl' && v.tokens[g].xpos === 'VBG' && v.isVerb(h)) {
      const got = v.childrenBy(h, 'obj').flatMap((o) => v.withConjuncts(o)).flatMap((o) => actorsOfWord(v, o, mentions, depth + 1));
      if (got.length) return got;
    }
  }
  if (PERSONAL.has(v.lemma(tok)) && v.tokens[tok].upos === 'PRON') {
    const speaker = speakerOf(v, tok);
    // "Japan and South Korea said they agreed": every conjunct of the speaker
    if (speaker >= 0) return subjectTokens(v, speaker).flatMap((x) => v.withConjuncts(x)).flatMap((x) => actorsOfWord(v, x, mentions, depth + 1));
  }
  // "al-Sharaa made his first trip to Riyadh, where he met ...": "he", "his", "she", "her" is the
  // nearest person or office holder before it that is the subject of a clause
  if (PERSON_PRONOUNS.has(v.lemma(tok).toLowerCase()) && v.tokens[tok].upos === 'PRON') {
    // (one person: not "Azerbaijani authorities" for the "he" of "as he tried to cross")
    const one = (m: ActorMention): boolean => !/^NNP?S$/.test(v.tokens[m.head]?.xpos ?? '');
    const best = nearestSubjectMention(v, tok, mentions, (m) => (m.roles.length > 0 && one(m)) || m.entries.some((e) => e.startsWith('people:')));
    if (best) return [best];
  }
  // "thousands of Afghan troops"; "the city of Goma", "the town of Avdiivka": the place named; "struck
  // targets in western Ukraine": where unnamed targets are
  const located = LOCATED_NOUNS.has(v.lemma(tok));
  // "supporters of opposition leader Ousmane Sonko": the camp of the one they follow
  // ("the release of 49 of its soldiers": a number with an of-phrase, too)
  // "supporters of President Donald Trump", "loyalists of the ousted president": a camp, the opposition of the country of
  // the one it follows, whatever office that one holds (the gold sets code Trump's supporters USAOPP, not USAGOV)
  if (FOLLOWER_NOUNS.has(v.lemma(tok))) {
    for (const c of v.childrenBy(tok, 'nmod')) {
      if (v.prepOf(c) !== 'of') continue;
      const got = v.withConjuncts(c).flatMap((x) => actorsOfWord(v, x, mentions, depth + 1));
      if (got.length) return uniqueByCode(got.map((m) => (m.country ? { ...m, code: `${m.country}OPP`, roles: ['OPP'], group: null, entries: [...m.entries, 'follower:OPP'] } : m)));
    }
  }
  if (PARTITIVE.has(v.lemma(tok)) || v.tokens[tok].upos === 'NUM' || PLACE_NOUNS.has(v.lemma(tok)) || located) {
    for (const c of v.childrenBy(tok, 'nmod')) {
      if (v.prepOf(c) === 'of' || (located && (v.prepOf(c) === 'in' || v.prepOf(c) === 'on'))) {
        const got = v.withConjuncts(c).flatMap((x) => actorsOfWord(v, x, mentions, depth + 1));
        if (got.length) return got;
      }
    }
  }
  // "captured the town of Rubaya in eastern Congo" with "in eastern Congo" hung on the verb: the country the verb's
  // first in-phrase after its object names is where the object is (not for a convoy, which is whoever sent it)
  if (located && v.rel(tok) === 'obj' && v.lemma(tok) !== 'convoy') {
    const place = v.childrenBy(v.head(tok), 'obl').find((c) => c > tok && v.prepOf(c) === 'in');
    if (place !== undefined) {
      const got = actorsOfWord(v, place, mentions, depth + 1).filter(isBareCountry);
      if (got.length) return got;
    }
  }
  return [];
}

/** The last mention before `tok` that `fits` and holds a clause's subject: what a pronoun goes back to. */
function nearestSubjectMention(v: SentenceView, tok: number, mentions: ActorMention[], fits: (m: ActorMention) => boolean): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (const m of mentions) {
    if (m.end > tok || !fits(m)) continue;
    let subject = false;
    for (let k = m.start; k < m.end; k++) if (v.rel(k).startsWith('nsubj')) subject = true;
    if (subject && (!best || m.start > best.start)) best = m;
  }
  return best;
}

// "it" too: "the Pentagon said it was investigating" (an expletive "it" heads no event of its own)
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

/**
 * "Erdogan said he was ready to meet Assad": an unresolved personal pronoun subject of reported
 * speech is the speaker. Returns the speech verb, or -1.
 */
function speakerOf(v: SentenceView, pron: number): number {
  if (!v.rel(pron).startsWith('nsubj')) return -1;
  let c = v.head(pron);
  for (let n = 0; n < 4 && c >= 0; n++) {
    const h = v.head(c);
    if (h < 0) return -1;
    if (v.baseRel(c) === 'ccomp' && SPEECH_VERBS.has(v.lemma(h))) return h;
    if (v.baseRel(c) !== 'conj' && v.baseRel(c) !== 'xcomp') return -1;
    c = h;
  }
  return -1;
}

/** Role-only mentions ("14 political prisoners", "journalists") at a token and its conjuncts: no country, no group. */
export function roleOnlyAt(v: SentenceView, tok: number, mentions: ActorMention[]): ActorMention[] {
  return v.withConjuncts(tok).flatMap((c) => mentionsAt(c, mentions)).filter((m) => m.roles.length > 0 && m.country === null && !m.group);
}

/** A mention of a country alone: no role, no group ("French" in "a French tourist"). */
function isBareCountry(m: ActorMention): boolean {
  return m.roles.length === 0 && !m.group && m.country !== null;
}

/** Mentions headed by the token ("the two countries" may carry two), else the smallest one containing it. */
function mentionsAt(tok: number, mentions: ActorMention[]): ActorMention[] {
  const byHead = mentions.filter((m) => m.head === tok);
  // "Uzbek President Shavkat Mirziyoyev": the person mention contains the country one; keep the largest.
  if (byHead.length) return byHead.filter((m) => !byHead.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  let best: ActorMention | undefined;
  for (const m of mentions) {
    if (m.start <= tok && tok < m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best ? [best] : [];
}

/**
 * "Russian and Tajik forces": the matcher codes "Tajik forces" TJKMIL; the coordinated country
 * adjective "Russian" shares the head noun, so it becomes RUSMIL.
 */
function distributedModifiers(v: SentenceView, tok: number, head: ActorMention, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const a of v.childrenBy(tok, 'amod', 'compound')) {
    const conjs = v.childrenBy(a, 'conj');
    const group = [a, ...conjs];
    if (conjs.length === 0 && !group.some((g) => v.childrenBy(g, 'conj').length)) {
      // The adjective may itself be a conjunct of another one already inside the head mention.
      continue;
    }
    for (const g of group) {
      const m = mentions.find((x) => x !== head && x.start <= g && g < x.end && !(x.start <= tok && tok < x.end));
      if (!m || !m.country || m.roles.length || !head.roles.length) continue;
      out.push({
        ...m,
        code: m.country + head.roles.join(''),
        roles: [...head.roles],
        text: `${m.text} … ${v.tokens[tok].text}`,
        entries: [...m.entries, ...head.entries.filter((e) => !e.startsWith('countries:'))],
      });
    }
  }
  if (out.length === 0 && head.country === null && !head.group && head.roles.length) out.push(...adjacentCountries(v, head, mentions));
  return out;
}

/**
 * "Earlier in March, Russian and Tajik militaries conducted": country adjectives written right before
 * a bare role noun belong to it even when the parser hangs them elsewhere (here under "March").
 */
function adjacentCountries(v: SentenceView, head: ActorMention, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let k = head.start - 1;
  while (k >= 0) {
    const m = mentions.find((x) => x.end - 1 === k && isBareCountry(x));
    if (m) {
      out.unshift({
        ...m,
        code: m.country + head.roles.join(''),
        roles: [...head.roles],
        text: `${m.text} … ${head.text}`,
        entries: [...m.entries, ...head.entries.filter((e) => !e.startsWith('countries:'))],
      });
      k = m.start - 1;
      continue;
    }
    // only a coordinated list of adjectives: "Russian and Tajik", "Uzbek, Tajik and Kyrgyz"
    if (out.length && (v.lemma(k) === 'and' || v.lemma(k) === ',')) {
      k--;
      continue;
    }
    break;
  }
  return out;
}
