import { shortId, type Actor, type ActorMention, type EventRecord, type ParsedSentence } from '../model/index.js';
import { ofCountry } from '../actors/index.js';
import { isPossessiveS } from '../actors/normalize.js';
import { countryOf, denials, dropRetold, mediations, namedAccusations, NAMING_VERBS, ultimatumClause, ultimatums, visitsOfReceived, VIOLENT_ROOTS, type Draft } from './derived.js';
import { matchPattern } from './match-pattern.js';
import { actorOfKind, screenPatterns, type EventPattern, type Lexicon, type SlotSpec } from './lexicon.js';
import { getCameoCode, ploverFor } from './codebook.js';
import { ALLEGATION_HEADS, composeCode, INTENT_AUXILIARIES, modalityOf, REFUSAL_HEADS, refusalCode, type Modality } from './compose.js';
import { resolveDate } from './dates.js';
import { dominates, SentenceView } from './sentence-view.js';
import { repairParse } from './repair.js';
import { massViolence } from './mass-violence.js';
import {
  actDoers, AIMING_VERBS, ATTACK_NOUNS, actorsAt, FIGHT_NOUNS, MEETING_NOUNS, MESSAGE_NOUNS, PARTITIVE, SUMMARY_NOUNS, inheritedFrom, roleOnlyAt, nounSubject, objectTokens, obliquesOf, phraseOwner, REL_PRONOUN_TAGS, seriesUnit, SPEECH_VERBS, subjectTokens, uniqueByCode, withheldState, withholds,
} from './arguments.js';

/** What the coder needs to know about the document a sentence comes from. */
export interface CodeContext {
  docId: string;
  /** Document date (ISO), the default event date and the anchor of relative dates. */
  date: string | null;
  /**
   * How `between X and Y` and conjoined subjects of two-sided events ("Russian and Tajik forces
   * held exercises") are coded: `both` directions (the default, as the gold set does) or `one` (first to second).
   */
  reciprocal?: 'one' | 'both';
  /** Record every pattern tried in the trace (for `dyad explain`; costs time). */
  trace?: boolean;
  /** The notes of `repairTree` when the caller has already applied the tree rules to the sentence (before matching actors). */
  treeRepairs?: string[];
}

/** One pattern the coder tried on a predicate and why it did or did not fit. */
export interface PatternTrial {
  pattern: string;
  template: string;
  code: string;
  matched: boolean;
  why: string;
}

/** Everything the coder considered for one predicate, for `dyad explain`. */
export interface PredicateTrace {
  token: number;
  word: string;
  lemma: string;
  pos: 'verb' | 'noun';
  tried: PatternTrial[];
  notes: string[];
  /** What came of it: the codes emitted or the reason nothing was. */
  outcome: string;
}

/** The coder's result for one sentence. */
export interface SentenceCoding {
  events: EventRecord[];
  trace: PredicateTrace[];
  /** The parser repairs applied before coding (`repairParse`), one note each. */
  repairs: string[];
  diagnostics: string[];
}

const NEGATORS = new Set(['not', "n't", 'never', 'no']);

interface Found {
  pattern: EventPattern;
  /** Tokens at the source and target positions (already expanded for relative pronouns). */
  source: number[];
  target: number[];
  between: number | null;
  /** Tokens the pattern's required phrases matched (-1 when folded into a noun reading). */
  anchors: number[];
  notes: string[];
}

interface Governed {
  /**
   * Why the predicate is not a reported fact and codes nothing, or null: the content of an accusation,
   * of a hope or fear ("hopeful that X would sign"), or what a praise or rebuke is for.
   */
  notFact: string | null;
  modality: Exclude<Modality, 'negation'> | null;
  head: number;
  negated: boolean;
  /** The refuse/decline/reject head of the predicate, or -1. */
  refusal: number;
  governors: number[];
  notes: string[];
}

/**
 * Codes one parsed sentence: every verb and event noun that a lexicon pattern fits becomes zero or
 * more events, one per (source, target) actor pair. `mentions` are the sentence's actor mentions,
 * carried-over ones included. Never throws: a predicate that fails is skipped with a diagnostic.
 */
export function codeSentence(
  sentence: ParsedSentence,
  found: ActorMention[],
  lexicon: Lexicon,
  ctx: CodeContext,
): SentenceCoding {
  const { sentence: repaired, repairs, mentions } = repairParse(sentence, found, ctx.treeRepairs);
  const v = new SentenceView(repaired);
  const trace: PredicateTrace[] = [];
  const diagnostics: string[] = [];
  const drafts: Draft[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    // a predicative adjective ("Moscow was concerned about ...") is read like a verb
    const pos = v.isVerb(i) || v.isCopularAdjective(i) ? 'verb' : v.isNoun(i) ? 'noun' : null;
    if (!pos) continue;
    const candidates = lexicon.byPredicate[pos].get(v.lemma(i));
    if (!candidates) continue;
    const t: PredicateTrace = { token: i, word: v.tokens[i].text, lemma: v.lemma(i), pos, tried: [], notes: [], outcome: '' };
    trace.push(t);
    try {
      // `dyad explain` lists every pattern tried; coding tries only those whose words are present
      const tried = ctx.trace ? candidates : screenPatterns(candidates, v.lemmaSet());
      drafts.push(...codePredicate(v, i, tried, mentions, ctx, t, lexicon));
    } catch (err) {
      t.outcome = `skipped: ${(err as Error).message}`;
      diagnostics.push(`sentence ${sentence.index}, token ${i} '${v.tokens[i].text}': ${(err as Error).message}`);
    }
  }
  // A governing word (speech verb, intent or appeal verb) whose complement was coded does not also
  // code an event of its own: "Russia pledged to send aid" is one event, 0332, not 030 and 0332.
  // ("ordered the Red Cross to leave" with a pattern "X order @aidagency to leave": the order is the event, 1663;
  // not when the complement's own pattern is the more specific: "urged X to return to the negotiating table", 026)
  const spec = (pred: number): number => Math.max(0, ...drafts.filter((d) => d.pred === pred).map((d) => d.specificity ?? 0));
  const absorbed = new Set(drafts.flatMap((d) => (d.absorbs ?? []).filter((a) => (d.specificity ?? 0) >= spec(a))));
  const governing = new Set(drafts.filter((d) => !absorbed.has(d.pred)).flatMap((d) => d.governors));
  let kept = drafts.filter((d) => !governing.has(d.pred) && !absorbed.has(d.pred));
  for (const d of drafts) {
    const tr = governing.has(d.pred) || absorbed.has(d.pred) ? trace.find((x) => x.token === d.pred) : undefined;
    if (tr) tr.notes.push(governing.has(d.pred) ? `own event ${d.code} dropped: its complement was coded` : `own event ${d.code} dropped: the pattern of the verb it completes tells it`);
  }
  // An event noun that a kept event stands for ("eased sanctions on Y", "a drone strike killed Y")
  // codes nothing of its own: one event, not a sanction beside the easing.
  const consumed = new Set(kept.flatMap((d) => d.consumed.filter((c) => c !== d.pred)));
  // An accusation or criticism that is denied or answered was still made: it stays ("denied Afghan accusations");
  // so does an act of force that is criticised ("Russia's strike on the hospital was condemned by Britain").
  // and so do talks that a third party mediates or hosts ("mediated a new round of talks between Kinshasa and the M23"):
  // the parties consult each other, the mediator mediates
  const covered = new Set(kept.flatMap((d) => d.covers.filter((c) => c !== d.pred &&
    !(d.code.startsWith('11') && kept.some((o) => o.pred === c && FORCE_ROOTS.has(o.code.slice(0, 2)))) &&
    !(MEDIATING_CODES.has(d.code) && MEETING_NOUNS.has(v.lemma(c))))));
  if (consumed.size || covered.size) {
    const drop = (d: Draft): boolean => consumed.has(d.pred) || (covered.has(d.pred) && !d.code.startsWith('11'));
    for (const d of kept) {
      if (!drop(d)) continue;
      const tr = trace.find((x) => x.token === d.pred);
      if (tr) tr.notes.push(`own event ${d.code} dropped: part of the event of another predicate`);
    }
    kept = kept.filter((d) => !drop(d));
  }
  kept = dropRetold(v, kept, trace);
  kept.push(...denials(v, kept, mentions), ...visitsOfReceived(v, kept), ...mediations(v, kept, mentions), ...ultimatums(v, mentions), ...namedAccusations(v, mentions));
  const resolved = kept.length > 0 ? resolveDate(sentence.text, ctx.date) : null;
  const date = resolved?.date ?? ctx.date;
  const events: EventRecord[] = [];
  const seen = new Set<string>();
  // One event per (source, target, code, negation) and sentence: "agreed to expand trade and build a
  // railway" is one intent, not two.
  const same = new Set<string>();
  for (const d of kept) {
    const info = getCameoCode(d.code);
    if (!info) {
      diagnostics.push(`${d.lexicon}: unknown CAMEO code '${d.code}'`);
      continue;
    }
    const id = shortId(`${ctx.docId}|${sentence.index}|${d.pred}|${d.code}|${d.source.code}|${d.target.code}|${d.negated}`);
    if (seen.has(id)) continue;
    seen.add(id);
    const key = `${d.source.code}|${d.target.code}|${d.code}|${d.negated}`;
    if (same.has(key)) continue;
    same.add(key);
    const notes = [...repairs, ...d.notes];
    if (resolved) notes.push(`date from '${resolved.text}' (${resolved.precision})`);
    events.push({
      id,
      docId: ctx.docId,
      sentence: { index: sentence.index, text: sentence.text },
      date,
      source: toActor(d.source),
      target: toActor(d.target),
      code: d.code,
      root: info.root,
      name: info.name,
      quadClass: info.quadClass,
      goldstein: info.goldstein,
      plover: ploverFor(d.code),
      negated: d.negated,
      location: null,
      evidence: {
        predicate: { start: d.pred, end: d.pred + 1, text: v.tokens[d.pred].text },
        source: { start: d.source.start, end: d.source.end, text: d.source.text },
        target: { start: d.target.start, end: d.target.end, text: d.target.text },
        lexicon: d.lexicon,
        dictionary: [...new Set([...d.source.entries, ...d.target.entries])],
        notes,
      },
    });
  }
  for (const t of trace) {
    if (t.outcome) continue;
    const mine = events.filter((e) => e.evidence.predicate.start === t.token);
    if (mine.length) t.outcome = `coded ${mine.map((e) => `${e.source?.code}->${e.target?.code} ${e.code}${e.negated ? ' (negated)' : ''}`).join(', ')}`;
    else if (!t.notes.length || !t.notes[t.notes.length - 1].startsWith('not coded')) t.outcome = 'not coded';
    else t.outcome = t.notes.pop()!;
  }
  return { events, trace, repairs, diagnostics };
}

function toActor(m: ActorMention): Actor {
  return { code: m.code, text: m.text, country: m.country, roles: [...m.roles], group: m.group ?? null };
}

function codePredicate(
  v: SentenceView,
  i: number,
  candidates: EventPattern[],
  mentions: ActorMention[],
  ctx: CodeContext,
  t: PredicateTrace,
  lexicon: Lexicon,
): Draft[] {
  // "what it called new Israeli conditions", "called the strike a war crime": a verb of naming, not of calling someone
  if (NAMING_VERBS.has(v.lemma(i)) && v.isVerb(i) && naming(v, i)) {
    t.outcome = 'not coded: a verb of naming (it has a second object or names a "what")';
    return [];
  }
  // Most specific first; among fitting patterns, the first whose slots hold actors wins, so that
  // "X's *negotiation with Y" gives way to "*negotiation between X and Y" when only the latter has them.
  let first: Resolved | null = null;
  let chosen: Resolved | null = null;
  const particle = v.particleOf(i);
  // The weapon or attack noun that is the subject of a violent verb, looked up once when needed.
  let weaponMemo: Weapon | null | undefined;
  const weaponOf = (p: EventPattern): Weapon | null =>
    p.predicate.pos === 'verb' && VIOLENT_ROOTS.has(p.code.slice(0, 2)) ? (weaponMemo ??= instrumentOf(v, i, mentions, lexicon)) : null;
  // What governs the predicate, found once: the loop asks whether it is asked for, the coding after it needs all of it.
  let governed: Governed | undefined;
  for (const p of candidates) {
    const m = matchPattern(v, i, p, !!ctx.trace, particle);
    if (ctx.trace) t.tried.push({ pattern: p.id, template: p.template, code: p.code, matched: m.why === null, why: m.why ?? 'matched' });
    if (m.why !== null) continue;
    const r = resolveActors(v, i, slotsFor(v, i, p, m.anchors), mentions);
    if (r.sources.length === 0) r.sources = weaponOf(p)?.agents ?? [];
    // "Two car bombs exploded ..., killing at least 100 people, in an attack claimed by al-Shabaab": force with no doer
    // named is the claimant's
    if (r.sources.length === 0 && VIOLENT_ROOTS.has(p.code.slice(0, 2))) r.sources = claimants(v, mentions);
    // a slot of a given kind ("X leave Y:IGO") fits only when it holds such an actor
    const misfit = keepKinds(r);
    if (misfit) {
      if (ctx.trace) Object.assign(t.tried[t.tried.length - 1]!, { matched: false, why: misfit });
      continue;
    }
    first ??= r;
    // slots that hold actors, and not only one actor on both sides ("closed its crossings with Y")
    if (r.sources.length && r.targets.length && r.sources.some((a) => r.targets.some((b) => b.code !== a.code || ownTerritory(b)))) {
      chosen = r;
      break;
    }
    // "urged Russia and Ukraine to return to the negotiating table": what is asked for decides the
    // code and the appeal decides who asks whom, so the most specific fitting pattern is the one.
    if (first === r && isAskedFor((governed ??= governorOf(v, i)))) break;
  }
  if (!first) {
    t.notes.push('not coded: no pattern fits');
    return [];
  }
  const found = (chosen ?? first).found;
  let { sources, targets } = chosen ?? first;
  let { reciprocal } = chosen ?? first;
  const notes = [...(chosen ?? first).notes];
  if (chosen && chosen !== first) notes.push(`${first.found.pattern.id} fits too but has no actors in its slots`);
  t.notes.push(...notes);
  const gov = governed ?? governorOf(v, i);
  if (gov.notFact) {
    t.notes.push(`not coded: ${gov.notFact}`);
    return [];
  }
  // "a resolution that would have tightened sanctions": what would have happened did not (the noun
  // object of such a verb neither)
  if (counterfactual(v, i) || (v.isNoun(i) && v.rel(i) === 'obj' && counterfactual(v, v.head(i)))) {
    t.notes.push('not coded: counterfactual ("would have"), not a reported fact');
    return [];
  }
  const condition = conditionOf(v, i);
  if (condition) {
    t.notes.push(`not coded: a condition ('${condition}'), not a reported fact`);
    return [];
  }
  // The support verb of an event noun ("held talks") codes nothing of its own.
  const supporter = v.head(v.isNoun(i) ? seriesUnit(v, i) : i);
  if (found.pattern.support && supporter >= 0) gov.governors.push(supporter);
  notes.push(...gov.notes);
  let code = found.pattern.code;
  let lexiconId = found.pattern.id;
  const consumed: number[] = [];
  const covers = found.anchors.filter((a) => a >= 0 && v.isNoun(a));
  const absorbs = found.pattern.requires.map((req, r) => (req.rel === 'xcomp' ? found.anchors[r] ?? -1 : -1)).filter((a) => a >= 0 && a !== i && v.isVerb(a));
  // "blocked motorways ... to press the government for higher incomes": a protest's purpose is the protest's, no demand
  // of its own
  if (code.startsWith('14') && v.isVerb(i)) absorbs.push(...protestPurposes(v, i, found.anchors).filter((c) => v.isVerb(c) && v.childrenBy(c, 'mark').some((m) => v.lemma(m) === 'to')));
  // "rejected a UN demand to lift its ban", "vetoed an EU aid package": what is rejected is part of the
  // rejection, not an event of its own
  if (code.startsWith('12') && v.isVerb(i)) covers.push(...objectTokens(v, i).filter((o) => v.isNoun(o)));
  // A rule that changes the code says why in the notes and names itself in the lexicon id.
  const recode = (to: string, why: string, tag: string): void => {
    notes.push(`${why}: ${code} -> ${to}`);
    lexiconId += ` + ${tag}`;
    code = to;
  };
  const weapon = weaponOf(found.pattern);
  if (weapon) {
    // "A roadside bomb planted by the Taliban killed five soldiers": the weapon's code and its owner.
    consumed.push(weapon.noun);
    if (weapon.pattern.code !== code) recode(weapon.pattern.code, `instrument '${v.tokens[weapon.noun].text}' (${weapon.pattern.id})`, `instrument:${weapon.pattern.id}`);
  }
  // "Israeli warplanes struck Natanz", "Russian drones hit Kharkiv", "Nigeria's air force struck the group's hideouts":
  // force used by aircraft is aerial (195, 1952)
  const craft = code === '190' && found.pattern.predicate.pos === 'verb' ? found.source.find((x) => aircraftCode(v, x) !== undefined) : undefined;
  if (craft !== undefined) recode(aircraftCode(v, craft)!, `by aircraft '${v.tokens[craft].text}'`, 'compose:aircraft');
  // "A suicide bomber struck a mosque ..., killing at least 84 people": a suicide bombing (1831)
  const bomber = code === '190' || code === '180' ? found.source.find((x) => v.lemma(x) === 'bomber' && v.children(x).some((c) => v.lemma(c) === 'suicide')) : undefined;
  if (bomber !== undefined) recode('1831', `by a suicide bomber`, 'compose:suicide-bomber');
  // "Syrian rebels captured Damascus": capturing a place, not a person, is occupying territory (192)
  const place = (m: ActorMention): boolean => m.roles.length === 0 && !m.group && !m.entries.some((e) => e.startsWith('people:'));
  if (code === '173' && CAPTURE_VERBS.has(v.lemma(i)) && targets.length && targets.every(place)) recode('192', `'${v.tokens[i].text}' a place`, 'compose:capture-place');
  // "fired mortar rounds filled with mustard agent at ...": force by a chemical weapon is its use (2041)
  // (the munitions are the pattern's required nouns, `covers`: only a rejection (12x) adds to them)
  const agent = (code.startsWith('18') || code.startsWith('19')) ? v.tokens.findIndex((_, x) => CHEMICAL_AGENTS.has(v.lemma(x)) && covers.some((a) => dominates(v.tokens, a, x, 4))) : -1;
  if (agent >= 0) recode('2041', `chemical agent '${v.tokens[agent].text}'`, 'compose:chemical');
  // "killed more than 400 civilians in Bucha", "executed about 1,700 cadets": a mass killing (202);
  // "deported more than 270,000 Haitians": a mass expulsion (201)
  const victims = [...found.target, ...(found.pattern.requires[0]?.rel === 'object' ? [found.anchors[0] ?? -1] : [])].filter((x) => x >= 0);
  const mass = massViolence(v, i, code, victims, targets);
  if (mass) recode(mass.code, mass.why, mass.code === '202' ? 'compose:mass-killing' : 'compose:mass-expulsion');
  // "refused to hold talks", "will not lift its sanctions": CAMEO's rejection codes, not a negated event.
  const willNot = gov.modality === 'intent' && v.rel(gov.head) === 'aux' && v.hasNegation(v.head(gov.head));
  const refusalHead = gov.refusal >= 0 ? gov.refusal : willNot ? gov.head : -1;
  const refusal = refusalHead >= 0 ? refusalCode(code) : null;
  if (refusal) {
    notes.splice(0, notes.length, ...notes.filter((n) => !n.startsWith('negated: ')));
    notes.push(`refusal '${v.tokens[refusalHead].text}' + ${code} -> ${refusal}`);
    lexiconId += ' + compose:refusal';
    code = refusal;
  } else if (gov.modality) {
    const composed = composeCode(gov.modality, code);
    if (composed) {
      notes.push(`${gov.modality} '${v.tokens[gov.head].text}' + ${code} -> ${composed}`);
      lexiconId += ` + compose:${gov.modality}`;
      code = composed;
      if ((gov.modality === 'appeal' || gov.modality === 'demand') && borrowsAll(v, i, found, sources, targets, gov.head)) {
        t.notes.push(`not coded: '${v.tokens[i].text}' has no actors of its own inside the complement of '${v.tokens[gov.head].text}'`);
        return [];
      }
      if (gov.modality === 'appeal' || gov.modality === 'demand') {
        // The asker is the source; whoever is asked (object of the appeal, else the complement's actor) the target.
        let askers = subjectTokens(v, gov.head).flatMap((x) => actorsAt(v, x, mentions));
        // "renewed the group's demand for ...": the owner of a demand noun named by no actor, the one who voices it
        if (askers.length === 0 && v.isNoun(gov.head) && v.rel(gov.head) === 'obj') askers = subjectTokens(v, v.head(gov.head)).flatMap((x) => actorsAt(v, x, mentions));
        const askedTok = [...v.childrenBy(gov.head, 'obj', 'iobj'), ...obliquesOf(v, gov.head, ['to', 'on', 'upon'])];
        let asked: readonly ActorMention[] = askedTok.flatMap((x) => actorsAt(v, x, mentions));
        // "demanded that Israel and Hamas agree to a ceasefire": both sides of a two-sided complement are asked
        if (asked.length === 0) asked = reciprocal ? [...sources, ...targets] : sources.length ? sources : targets;
        if (askers.length) {
          sources = uniqueByCode(askers);
          targets = uniqueByCode(asked);
          reciprocal = false;
        }
      }
    } else notes.push(`${gov.modality} '${v.tokens[gov.head].text}': CAMEO has no composed code for ${code}, coded as is`);
  }
  const negated = !refusal && (gov.negated || v.hasNegation(i));
  if (v.hasNegation(i) && !refusal) notes.push(`negated: '${v.children(i).filter((c) => NEGATORS.has(v.lemma(c))).map((c) => v.tokens[c].text).join(' ')}'`);
  // "opened an investigation into abuses by Iranian security forces": what is investigated is the target's phrase, or
  // with no target slot the act the pattern requires ("to investigate crimes against humanity allegedly committed by
  // Myanmar's military"): the target is whoever is behind it
  if (targets.length === 0 && INVESTIGATION_ROOT.test(code) && (found.target.length || !found.pattern.target)) {
    const deeds = found.target.length ? found.target : found.anchors.filter((a) => a >= 0 && v.isNoun(a) && !INQUIRY_NOUNS.has(v.lemma(a)));
    targets = investigatedActors(v, deeds, mentions, sources).filter((m) => !sources.some((s) => s.code === m.code));
    // (the parser may hang the doer's phrase on the inquiry noun, after the deed: "an investigation into crimes ...
    // allegedly committed by Venezuelan security forces")
    const inquiry = INQUIRY_NOUNS.has(v.lemma(i)) ? i : found.anchors.find((a) => a >= 0 && INQUIRY_NOUNS.has(v.lemma(a))) ?? -1;
    if (targets.length === 0 && inquiry >= 0 && deeds.some((d) => d > inquiry)) {
      const after = v.children(inquiry).filter((c) => deeds.some((d) => d < c));
      const agents = [...after.filter((c) => v.prepOf(c) === 'by'), ...after.filter((c) => v.rel(c) === 'acl').flatMap((c) => v.childrenBy(c, 'obl:agent'))];
      targets = othersAt(v, agents, mentions, sources);
    }
    if (targets.length) notes.push(`target: the actor behind the '${v.tokens[deeds[0]!].text}' investigated`);
  }
  // (an addressee is no topic: "speaking to reporters in Tokyo" says nothing about Japan)
  if (targets.length === 0 && STATEMENT_ROOT.test(code) && found.target.length && v.prepOf(found.target[0]!) !== 'to') {
    targets = topicActors(v, found.target, mentions);
    if (targets.length) notes.push(`target: the actor named in the topic '${v.tokens[found.target[0]].text}'`);
  }
  // "told NATO allies that they must raise defence spending": telling someone what they must do is a demand (100)
  if (code === '010' && TELLING_VERBS.has(v.lemma(i)) && targets.length &&
    v.childrenBy(i, 'ccomp').some((c) => v.childrenBy(c, 'aux').some((a) => OBLIGATION_MODALS.has(v.lemma(a).toLowerCase())))) {
    recode('100', `what '${v.tokens[i].text}' says its hearer must do`, 'compose:told-must');
  }
  // "warned that Israel would face severe punishment", "warned Russia would pay a heavy price": a warning of what the
  // subject of its clause will suffer is a threat to it (130)
  if (targets.length === 0 && (code === '012' || code === '130') && WARNING_VERBS.has(v.lemma(i))) {
    const suffered = v.childrenBy(i, 'ccomp').filter((c) => SUFFERING_VERBS.has(v.lemma(c)) && v.childrenBy(c, 'obj').some((o) => CONSEQUENCE_NOUNS.has(v.lemma(o))));
    const threatened = uniqueByCode(suffered.flatMap((c) => v.childrenBy(c, 'nsubj')).flatMap((x) => actorsAt(v, x, mentions)));
    if (threatened.length) {
      targets = threatened;
      if (code !== '130') recode('130', `a warning of what '${threatened[0]!.text}' will suffer`, 'compose:warned-consequence');
    }
  }
  // "was hopeful that relations with China could improve", "hopeful that Armenia and Azerbaijan would
  // sign": the actor the subject of the clause the optimism or pessimism is about is, or names
  if (targets.length === 0 && (code.startsWith('012') || code.startsWith('013'))) {
    const about = v.childrenBy(i, 'ccomp').flatMap((c) => v.childrenBy(c, 'nsubj', 'nsubj:pass'));
    if (ATTITUDE_HEADS.has(v.lemma(i)) || v.lemma(i) === 'concerned') targets = uniqueByCode(about.flatMap((x) => actorsAt(v, x, mentions)));
    if (targets.length === 0) targets = topicActors(v, about, mentions);
    // ("Pompeo was optimistic that Washington and the Taliban could reach a deal": the speaker's own side is no target)
    const others = targets.filter((g) => g.country === null || !sources.some((s) => s.country === g.country));
    if (others.length && others.length < targets.length) targets = others;
    if (targets.length) notes.push(`target: the actor named in '${v.tokens[about[0]!].text}'`);
  }
  if (targets.length === 0 && (code.startsWith('02') || code.startsWith('10'))) {
    const asked = askedParty(v, i, mentions);
    targets = asked.targets;
    if (targets.length) notes.push(asked.note);
  }
  // "claimed responsibility for a suicide bombing that killed 12 soldiers": the claimed act's target
  // (what its relative clause did it to, or an on/against phrase; not an of-phrase: "operations of Al Jazeera")
  if (targets.length === 0 && found.pattern.predicate.pos === 'noun' && FORCE_ROOTS.has(code.slice(0, 2))) {
    const done = [...obliquesOf(v, i, ['on', 'against']), ...v.childrenBy(i, 'acl').flatMap((c) => objectTokens(v, c))];
    targets = uniqueByCode(done.flatMap((x) => actorsAt(v, x, mentions)));
    if (targets.length) notes.push(`target: the one the '${v.tokens[i].text}' was done to`);
  }
  if (targets.length === 0 && code.startsWith('015') && covers.length) {
    targets = claimedTargets(v, covers[0], mentions);
    if (targets.length) notes.push('target: the target of the attack claimed');
  }
  // "denied any role in the killing of X": the one the denied act was done to
  if (targets.length === 0 && code === '016') {
    const shares = objectTokens(v, i).filter((o) => SHARE_NOUNS.has(v.lemma(o)));
    targets = uniqueByCode(shares.flatMap((o) => claimedTargets(v, o, mentions)));
    if (targets.length) notes.push('target: the one the denied act was done to');
  }
  // "Kyiv accused Moscow of blowing up the dam, a charge the Kremlin rejected": the denial answers the accuser of
  // the sentence
  if (targets.length === 0 && code === '016') {
    const own = new Set(sources.map((m) => m.country));
    const accusers = v.tokens.map((_, x) => x).filter((x) => x !== i && v.isVerb(x) && ALLEGATION_HEADS.has(v.lemma(x)));
    targets = uniqueByCode(accusers.flatMap((x) => subjectTokens(v, x)).flatMap((x) => actorsAt(v, x, mentions)).filter((m) => !own.has(m.country)));
    if (targets.length) notes.push(`target: who made the accusation ('${v.tokens[accusers[0]!].text}')`);
  }
  if (targets.length === 0 && found.pattern.predicate.pos === 'noun' && code.startsWith('112')) {
    targets = accusedOf(v, i, mentions);
    if (targets.length) notes.push(`target: the one '${v.tokens[i].text}' is about`);
  }
  // "threatened to seize more territory unless Hamas freed the hostages": a threat is aimed at whoever
  // must meet its condition
  if (targets.length === 0 && code.startsWith('13')) {
    const conditions = [i, gov.head].filter((h) => h >= 0).flatMap((h) => v.childrenBy(h, 'advcl')).filter((c) => conditionMark(v, c) >= 0);
    targets = uniqueByCode(conditions.flatMap((c) => subjectTokens(v, c)).flatMap((x) => actorsAt(v, x, mentions)));
    if (targets.length) notes.push(`target: who must meet the condition '${v.tokens[conditions[0]!].text}'`);
  }
  if (sources.length === 0 || targets.length === 0) {
    const miss = [sources.length ? null : 'source', targets.length ? null : 'target'].filter(Boolean).join(' and ');
    t.notes.push(`not coded: ${found.pattern.id} (${code}) fits but no ${miss} actor was found`);
    return [];
  }
  // "exchanged fire along the border despite a ceasefire": fighting in spite of a truce violates it (196)
  // (the phrase may hang on one of the verb's own phrases: "along the border despite a ceasefire")
  // and "exchanged fire ..., violating the truce": a clause of the verb that breaks one
  const despite = (x: number): boolean => v.prepsOf(x).includes('despite') && dominates(v.tokens, i, x, 4);
  // (the parser may hang the clause on a clause of time: "hours after a ceasefire took effect, violating the truce")
  const broken = (x: number): boolean => v.rel(x) === 'obj' && BREAKING_VERBS.has(v.lemma(v.head(x))) && dominates(v.tokens, i, v.head(v.head(x)), 3);
  if (code.startsWith('19') && code !== '196' && v.tokens.some((t, x) => TRUCE_NOUNS.has(v.lemma(x)) && (despite(x) || broken(x)))) {
    notes.push(`fighting against a truce: ${code} -> 196`);
    code = '196';
  }
  const drafts: Draft[] = [];
  if (code.startsWith('04') && !negated) drafts.push(...purposeAppeals(v, i, sources, targets, mentions, gov.governors));
  const push = (s: ActorMention, g: ActorMention): void => {
    // Same actor, or two readings of one phrase ("Ukrainian Foreign Minister" as UKR and UKRGOV).
    // (spans that only share modifier words the parser gave both, each head outside the other, are two phrases)
    const within = (x: number, m: ActorMention): boolean => x >= m.start && x < m.end;
    const overlap = s.start < g.end && g.start < s.end && !(s.start === g.start && s.end === g.end) && (within(s.head, g) || within(g.head, s));
    // ("India imposed a curfew": a measure on one's own territory is aimed at the country itself, IND to IND)
    if ((s.code === g.code && !ownTerritory(g)) || (overlap && !s.carried && !g.carried)) return;
    // a town of a state's own country says where, not whom ("launched an offensive in Nagorno-Karabakh");
    // an armed group's attack on one is on the country
    // (and so is a rebel force's: "Myanmar rebels captured the city of Lashio")
    if (g.entries.some((e) => e.startsWith('place:')) && g.country === s.country && !s.group && !s.roles.some((r) => INSURGENT_ROLES.has(r))) return;
    const n = [...notes];
    if (s.carried) n.push(`source carried over: '${s.text}'`);
    if (g.carried) n.push(`target carried over: '${g.text}'`);
    const recoded = crowdViolence(v, code, s, g) ?? namedKilling(v, i, code, g) ?? withdrawalCode(v, i, code, s, g);
    if (recoded) n.push(recoded.note);
    drafts.push({
      pred: i, code: recoded?.code ?? code, source: s, target: g, negated, lexicon: lexiconId, notes: n, governors: gov.governors, consumed, covers, absorbs,
      specificity: found.pattern.specificity,
    });
  };
  for (const s of sources) {
    for (const g of targets) {
      push(s, g);
      if (reciprocal && ctx.reciprocal !== 'one') push(g, s);
    }
  }
  // "Japan, the Philippines and the United States agreed to hold joint patrols": every pair of parties
  if (reciprocal) {
    targets.forEach((a, j) => targets.slice(j + 1).forEach((b) => {
      push(a, b);
      if (ctx.reciprocal !== 'one') push(b, a);
    }));
  }
  if (drafts.length === 0) t.notes.push('not coded: source and target are the same actor');
  return drafts;
}

/** The first token of the subtree of `h`. */
function firstWordOf(v: SentenceView, h: number): number {
  for (let k = 0; k < h; k++) if (dominates(v.tokens, h, k, 8)) return k;
  return h;
}

/** Subordinators of a clause of time or cause: a fact beside the main clause, not its content. */
const CIRCUMSTANCE_MARKS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'once']);

/** Subordinators of a clause that states a condition, not a fact. */
const CONDITIONS = new Set(['if', 'unless', 'until', 'whether']);

/**
 * "threatened to cut gas supplies unless Kyiv paid its debts", "until Maduro frees political prisoners":
 * the subordinator when the predicate's clause (through conjuncts, and the support verb of an event
 * noun) is a condition, else null.
 */
function conditionOf(v: SentenceView, i: number): string | null {
  let cur = i;
  if (v.isNoun(cur) && v.head(cur) >= 0 && ['obj', 'nsubj:pass'].includes(v.rel(cur))) cur = v.head(cur);
  // (bounded: a malformed parse may chain conjuncts in a cycle)
  for (let steps = 0; steps < 8 && v.rel(cur) === 'conj' && v.head(cur) >= 0; steps++) cur = v.head(cur);
  // (an adverbial or subject clause; or one the parser gave another relation, such as "Whether
  // Washington and Tehran sign ..." read as `discourse`, but never the root)
  if (v.head(cur) < 0) return null;
  const mark = conditionMark(v, cur);
  return mark < 0 ? null : v.tokens[mark].text;
}

/** The subordinator (if, unless, until, whether) that makes clause `c` a condition, or -1. */
function conditionMark(v: SentenceView, c: number): number {
  return v.childrenBy(c, 'mark').find((k) => CONDITIONS.has(v.lemma(k))) ?? -1;
}


/** Head nouns of a crowd of protesters. */
const PROTESTERS = new Set(['protester', 'protestor', 'demonstrator', 'rioter', 'crowd', 'marcher', 'mob', 'supporter']);
/** Roles that police a crowd. */
const FORCE_ROLES = new Set(['COP', 'MIL', 'GOV']);

/**
 * Violence between a crowd and the forces policing it is CAMEO's protest and repression codes, not
 * war: "protesters stormed parliament" is a violent protest (145), "police fired on the crowd" violent
 * repression (175), and "clashes between police and protesters" both, one each way.
 */
function crowdViolence(v: SentenceView, code: string, s: ActorMention, g: ActorMention): { code: string; note: string } | null {
  const root = code.slice(0, 2);
  if (root !== '18' && root !== '19') return null;
  const crowd = (m: ActorMention): boolean => m.head >= 0 && m.head < v.tokens.length && PROTESTERS.has(v.lemma(m.head));
  if (crowd(s) && !crowd(g)) return { code: '145', note: `violence by a crowd ('${s.text}'): ${code} -> 145` };
  if (crowd(g) && s.roles.some((r) => FORCE_ROLES.has(r))) return { code: '175', note: `violence against a crowd ('${g.text}'): ${code} -> 175` };
  return null;
}

/**
 * "Israel killed Hamas leader Ismail Haniyeh": killing a person the dictionaries name (a leader, a minister, a
 * commander) is an assassination (186), whatever the weapon; killing soldiers or civilians stays 19x/18x.
 */
function namedKilling(v: SentenceView, i: number, code: string, g: ActorMention): { code: string; note: string } | null {
  if (!/^(190|193|194|195|1951|1952)$/.test(code) || !KILLING_VERBS.has(v.lemma(i))) return null;
  // (or named in the text after a title of leading: "al-Qaeda leader Ayman al-Zawahiri", "Hezbollah commander Fuad Shukr";
  // the title may follow the group's own mention)
  const titled = (): boolean => {
    for (let k = g.start; k <= g.end && k < v.tokens.length - 1; k++) {
      if (NAMED_TITLES.has(v.lemma(k)) && v.tokens[k + 1]!.upos === 'PROPN' && /^\p{Lu}/u.test(v.tokens[k + 1]!.text)) return true;
    }
    return false;
  };
  if (!g.entries.some((e) => e.startsWith('people:')) && !titled()) return null;
  return { code: '186', note: `killing of a named person ('${g.text}'): ${code} -> 186` };
}

/** Titles after which a capitalised name is a person's ("al-Qaeda leader Ayman al-Zawahiri"). */
const NAMED_TITLES = new Set(['leader', 'commander', 'chief', 'head', 'founder', 'spokesman', 'minister', 'general', 'cleric']);

const KILLING_VERBS = new Set(['kill', 'assassinate', 'murder', 'eliminate', 'liquidate']);

/**
 * "France withdrew its troops from Mali": withdrawing from another country ends a deployment (166), not a military
 * withdrawal (087). (Withdrawing from an international organisation is the lexicon's: `X withdraw from Y:IGO`, 160.)
 */
function withdrawalCode(v: SentenceView, i: number, code: string, s: ActorMention, g: ActorMention): { code: string; note: string } | null {
  if (code !== '087' || !['withdrawal', 'withdraw', 'exit', 'pull'].includes(v.lemma(i))) return null;
  // "France withdrew its troops from Mali": a state taking its troops out of another country, named as a country (not a
  // town or front its forces retreat from: "Russian forces withdrew from Ukraine's Snake Island"), ends a deployment (166)
  const from = v.isVerb(i) && v.childrenBy(i, 'obj').length > 0 ? v.childrenBy(i, 'obl').filter((c) => v.prepOf(c) === 'from') : [];
  if (from.some((c) => c === g.head && v.childrenBy(c, 'nmod:poss').length === 0) && g.country !== null && s.country !== null && g.country !== s.country &&
    g.roles.length === 0 && !g.entries.some((e) => e.startsWith('place:'))) {
    return { code: '166', note: `troops leaving another country ('${g.text}'): 087 -> 166` };
  }
  return null;
}

/** What is claimed when an attack is: responsibility for it ("claimed responsibility", "claimed credit"). */
const CLAIMED_NOUNS = new Set(['responsibility', 'credit']);

/** Who claimed an attack or a bomb the sentence names ("an attack claimed by al-Shabaab", "a car bomb claimed by"), as actors. */
function claimants(v: SentenceView, mentions: ActorMention[]): ActorMention[] {
  const claims = v.tokens.flatMap((_, x) => (v.isNoun(x) ? v.childrenBy(x, 'acl').filter((c) => v.lemma(c) === 'claim') : []));
  // (the phrase right after "claimed by", wherever the parser hung it)
  const agents = claims.flatMap((c) => (v.tokens[c + 1]?.text === 'by' && v.head(c + 1) > c + 1 ? [v.head(c + 1)] : []));
  // "..., and Islamic State claimed the attack", "a Pakistani Taliban commander claimed responsibility": who claims it
  for (let c = 0; c < v.tokens.length; c++) {
    if (v.lemma(c) !== 'claim' || !v.isVerb(c) || v.rel(c) === 'acl') continue;
    if (v.childrenBy(c, 'obj').some((o) => CLAIMED_NOUNS.has(v.lemma(o)) || ATTACK_NOUNS.has(v.lemma(o)))) agents.push(...v.childrenBy(c, 'nsubj'));
  }
  return uniqueByCode(agents.flatMap((x) => actorsAt(v, x, mentions)));
}

/** The attack or weapon noun a violent verb's subject names, its most specific pattern and its owners. */
interface Weapon {
  noun: number;
  pattern: EventPattern;
  agents: ActorMention[];
}

/**
 * "A US drone strike killed ...", "the bombing that killed ...": an attack or weapon noun that is
 * the subject of a violent verb gives the event its code (the more specific one) and, if the verb has
 * no actor for a subject, its source (the noun's owner or agent). Null when the subject is no such noun.
 */
function instrumentOf(v: SentenceView, i: number, mentions: ActorMention[], lexicon: Lexicon): Weapon | null {
  for (const s of subjectTokens(v, i)) {
    if (!v.isNoun(s) || mentions.some((m) => m.start <= s && s < m.end)) continue;
    const cands = lexicon.byPredicate.noun.get(v.lemma(s));
    if (!cands) continue;
    const particle = v.particleOf(s);
    for (const p of cands) {
      if (VIOLENT_ROOTS.has(p.code.slice(0, 2)) && !p.support && matchPattern(v, s, p, false, particle).why === null) {
        return { noun: s, pattern: p, agents: uniqueByCode(nounSubject(v, s).flatMap((x) => actorsAt(v, x, mentions))) };
      }
    }
  }
  return null;
}

/**
 * "claimed the attack that killed 13 US soldiers", "claimed responsibility for the bombing of the
 * embassy": the target of a claim of responsibility is the target of the attack claimed.
 */
function claimedTargets(v: SentenceView, anchor: number, mentions: ActorMention[]): ActorMention[] {
  // (also a denied share: "denied any role in the killing of a Syrian rebel commander")
  const attacks = SHARE_NOUNS.has(v.lemma(anchor)) ? obliquesOf(v, anchor, ['for', 'in']) : [anchor];
  const out: ActorMention[] = [];
  for (const a of attacks) {
    for (const x of [...obliquesOf(v, a, ['on', 'against', 'of']), ...v.childrenBy(a, 'acl').flatMap((c) => objectTokens(v, c))]) {
      out.push(...actorsAt(v, x, mentions));
    }
  }
  return uniqueByCode(out);
}

/**
 * Whom an appeal or demand with no object is made to: the subject of what it asks for ("demanding that
 * the Taliban respect their rights"), or, for one a clause went against ("refused to hand over the
 * recorders despite repeated requests from Ukraine"), the nearest subject up the tree that is an actor.
 */
function askedParty(v: SentenceView, i: number, mentions: ActorMention[]): { targets: ActorMention[]; note: string } {
  if (v.isNoun(i) && v.prepOf(i) === 'despite') {
    for (const h of v.verbsAbove(i, 5)) {
      const got = uniqueByCode(subjectTokens(v, h).flatMap((x) => actorsAt(v, x, mentions)));
      if (got.length) return { targets: got, note: 'target: who acted despite it' };
    }
  }
  const asked = v.childrenBy(i, 'ccomp').flatMap((c) => v.childrenBy(c, 'nsubj', 'nsubj:pass'));
  const got = uniqueByCode(asked.flatMap((x) => actorsAt(v, x, mentions)));
  return { targets: got, note: got.length ? `target: who is asked, '${v.tokens[asked[0]!].text}'` : '' };
}

/** Nouns for a share in an act, claimed or denied ("responsibility for", "a role in"). */
const SHARE_NOUNS = new Set(['responsibility', 'credit', 'role', 'involvement', 'part', 'hand', 'complicity', 'participation']);

const DENIALS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebuff']);
// ("claims" is an accusation only with its content: "claims that its fighters had carried out the bombing")

/**
 * Whom an accusation noun with no `against` phrase is about: the subject of its content clause
 * ("accusations that its army shelled villages"; the parser may hang the clause on the verb), else
 * whoever denies it ("Pakistan denied Afghan accusations").
 */
function accusedOf(v: SentenceView, n: number, mentions: ActorMention[]): ActorMention[] {
  const h = v.head(n);
  const clauses = v.children(n).filter((c) => v.baseRel(c) === 'acl' || v.baseRel(c) === 'ccomp');
  if (h >= 0) clauses.push(...v.childrenBy(h, 'ccomp').filter((c) => v.childrenBy(c, 'mark').includes(n + 1)));
  for (const c of clauses) {
    if (!v.childrenBy(c, 'mark').some((k) => v.lemma(k) === 'that')) continue;
    const got = subjectTokens(v, c).flatMap((x) => actorsAt(v, x, mentions));
    if (got.length) return uniqueByCode(got);
  }
  if (h >= 0 && v.rel(n) === 'obj' && DENIALS.has(v.lemma(h)) && v.lemma(n) !== 'claim') return uniqueByCode(subjectTokens(v, h).flatMap((x) => actorsAt(v, x, mentions)));
  return [];
}

const JOINT = new Set(['joint', 'mutual', 'bilateral', 'together', 'jointly']);

/** "joint exercises", "held talks together": a two-sided event even without a target slot. */
function isJoint(v: SentenceView, i: number): boolean {
  const near = [...v.children(i), ...(v.head(i) >= 0 ? v.children(v.head(i)) : [])];
  // ("Russian and Tajik forces began their exercises": the event of the conjoined subject together)
  // ("Iranian and Pakistani officials traded accusations": a verb of give and take)
  return near.some((c) => JOINT.has(v.lemma(c))) || (v.isNoun(i) && v.childrenBy(i, 'nmod:poss').some((c) => v.lemma(c) === 'their' || v.lemma(c) === 'they')) ||
    (v.isVerb(i) && EXCHANGE_VERBS.has(v.lemma(i)));
}

/** Roles of armed forces that fight their own state (rebels, insurgents, unidentified armed groups). */
const INSURGENT_ROLES = new Set(['REB', 'INS', 'UAF']);

/** Verbs of give and take: a conjoined subject does the act to each other ("traded accusations", "exchanged fire"). */
const EXCHANGE_VERBS = new Set(['trade', 'exchange', 'swap']);

const STATEMENT_ROOT = /^01/;
// Prepositions that tie an actor to the topic of a statement: "the situation in Afghanistan",
// "its contacts with the Taliban", "the talks between X and Y".
const TOPIC_PREPS = ['in', 'with', 'of', 'between', 'over', 'about', 'on', 'against', 'to'];

/**
 * "concerned about the security situation in northern Afghanistan", "declined to comment on its
 * contacts with the Taliban": a statement whose topic is not an actor is about the actors the topic
 * names (one level down).
 */
function topicActors(v: SentenceView, topics: number[], mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const t of topics) {
    if (actorsAt(v, t, mentions).length) continue;
    // ("talks with Boko Haram" with "talks" read as a verb; "about reviving the Iran nuclear deal": its object)
    for (const c of v.childrenBy(t, 'nmod', 'obl')) if (v.prepsOf(c).some((p) => TOPIC_PREPS.includes(p))) out.push(...actorsAt(v, c, mentions));
    // ("optimistic about restoring diplomatic ties with Iran": the phrase on the object)
    if (v.isVerb(t)) {
      for (const o of objectTokens(v, t)) {
        out.push(...actorsAt(v, o, mentions));
        for (const c of v.childrenBy(o, 'nmod')) if (v.prepsOf(c).some((p) => TOPIC_PREPS.includes(p))) out.push(...actorsAt(v, c, mentions));
      }
    }
  }
  return uniqueByCode(out);
}

/**
 * "called on Israel and Hamas to de-escalate the fighting": an event noun nested in the complement
 * of an appeal, with no actor of its own, would take every actor from the appeal and repeat it.
 * Nouns the appeal governs directly and support-verb nouns ("urged X to hold talks") are kept.
 */
function borrowsAll(v: SentenceView, i: number, found: Found, sources: readonly ActorMention[], targets: readonly ActorMention[], head: number): boolean {
  return found.pattern.predicate.pos === 'noun' && !found.pattern.support && sources.length === 0 && targets.length === 0 && v.head(i) !== head;
}

/**
 * The modality of a governing word. A phrasal verb is another verb: "set up a commission to
 * investigate" is not "set to", "call off" is not an appeal; "rule out" is the negation it names.
 */
function modalityAt(v: SentenceView, h: number): Modality | null {
  const m = modalityOf(v.lemma(h));
  return m !== null && m !== 'negation' && v.particleOf(h) !== null ? null : m;
}

const INVESTIGATION_ROOT = /^09/;

/**
 * "investigated reports of killings of civilians by Ethiopian soldiers", "a probe into the
 * shelling by Russian forces", "investigate Israel's conduct of the war": an investigation of a
 * deed is aimed at whoever did it. Searched through the deed's of/into phrases (three levels): its
 * agent (`by`), owner or actor modifier first; else the place it happened ("war crimes committed
 * in Ukraine") when that is not the investigators' own country.
 */
function investigatedActors(v: SentenceView, deeds: number[], mentions: ActorMention[], investigators: readonly ActorMention[]): ActorMention[] {
  const doers: number[] = [];
  const places: number[] = [];
  let level = deeds.filter((d) => actorsAt(v, d, mentions).length === 0);
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: number[] = [];
    for (const d of level) {
      for (const c of v.children(d)) {
        const r = v.rel(c);
        const prep = v.prepOf(c);
        if (r === 'nmod:poss' || ((r === 'amod' || r === 'compound') && c < d) || r === 'obl:agent' || prep === 'by') doers.push(c);
        else if (prep === 'in' || prep === 'against') {
          places.push(c);
          // ("crimes against humanity allegedly committed by Myanmar's military" with the participle on "humanity")
          if (prep === 'against') next.push(c);
        } else if (prep === 'of' || prep === 'into' || ((r === 'acl' || r === 'acl:relcl') && v.isVerb(c))) next.push(c);
      }
    }
    level = next;
  }
  const got = doers.flatMap((x) => actorsAt(v, x, mentions));
  if (got.length) return uniqueByCode(got);
  // a place at home ("the bombing in Ankara" for Turkish police) says nothing about whom it concerns
  const home = new Set(investigators.map((m) => m.country));
  return uniqueByCode(places.flatMap((x) => actorsAt(v, x, mentions)).filter((m) => !home.has(m.country)));
}

/** Whether the predicate, governed by `gov`, is what an appeal or demand asks for (its actors then come from the appeal). */
function isAskedFor(gov: Governed): boolean {
  return gov.modality === 'appeal' || gov.modality === 'demand';
}

/** Verbs whose complement, when coded (as negated), is a denial of responsibility toward its target. */
/**
 * "visited Moscow for talks ... for the country's help": a meeting held to obtain help is also an
 * appeal for it (02x). The asked party is the possessor of the help if it is an actor, else the
 * meeting's target. Kept to consultations (root 04) so "fought for independence" stays one event.
 */
function purposeAppeals(
  v: SentenceView,
  i: number,
  sources: readonly ActorMention[],
  targets: readonly ActorMention[],
  mentions: ActorMention[],
  governors: number[],
): Draft[] {
  const out: Draft[] = [];
  const fors = obliquesOf(v, i, ['for']);
  for (const f of [...fors]) fors.push(...obliquesOf(v, f, ['for']));
  for (const f of fors) {
    const code = PURPOSE_APPEALS[v.lemma(f)];
    if (!code) continue;
    const mods = v.children(f).map((c) => v.lemma(c));
    const specific = mods.includes('military') || mods.includes('security') ? code.military : mods.includes('economic') || mods.includes('financial') ? code.economic : code.plain;
    const owners = v.childrenBy(f, 'nmod:poss').flatMap((x) => actorsAt(v, x, mentions));
    const asked = uniqueByCode(owners.length ? owners : targets);
    for (const s of sources) {
      for (const g of asked) {
        if (s.code === g.code) continue;
        out.push({
          pred: i, code: specific, source: s, target: g, negated: false, lexicon: `compose:purpose '${v.tokens[f].text}'`,
          notes: [`purpose: '${v.tokens[i].text} ... for ${v.tokens[f].text}' is an appeal`], governors, consumed: [], covers: [],
        });
      }
    }
  }
  return out;
}

/** Mediating (045) and offering to (039): the talks mediated stay an event of their parties. */
const MEDIATING_CODES = new Set(['045', '039']);

/** Verbs of meeting someone in person, whose object a pledge or statement in the same breath is aimed at. */
const MEETING_VERBS = new Set(['meet', 'host', 'receive', 'visit', 'welcome']);

// Purpose nouns after "for" that make a consultation an appeal: plain, military and economic codes.
const PURPOSE_APPEALS: Record<string, { plain: string; military: string; economic: string }> = {
  help: { plain: '023', military: '0232', economic: '0231' },
  aid: { plain: '023', military: '0232', economic: '0231' },
  assistance: { plain: '023', military: '0232', economic: '0231' },
  support: { plain: '023', military: '0232', economic: '0231' },
  cooperation: { plain: '021', military: '0212', economic: '0211' },
};

/** The actors at `tokens`, one per code, other than the event's `sources`. */
function othersAt(v: SentenceView, tokens: number[], mentions: ActorMention[], sources: readonly ActorMention[]): ActorMention[] {
  const own = new Set(sources.map((m) => m.code));
  return uniqueByCode(tokens.flatMap((x) => actorsAt(v, x, mentions)).filter((m) => !own.has(m.code)));
}

/** Keeps the actors of the kinds the pattern's slots ask for (`Y:IGO`); says why the pattern does not fit when a slot then has none. */
function keepKinds(r: Resolved): string | null {
  const { source, target } = r.found.pattern;
  if (source?.kinds) r.sources = r.sources.filter((a) => source.kinds!.some((k) => actorOfKind(a, k)));
  if (target?.kinds) r.targets = r.targets.filter((a) => target.kinds!.some((k) => actorOfKind(a, k)));
  if (source?.kinds && r.sources.length === 0) return `no ${source.kinds.join('|')} actor as the source`;
  if (target?.kinds && r.targets.length === 0) return `no ${target.kinds.join('|')} actor as the target`;
  return null;
}

interface Resolved {
  found: Found;
  sources: readonly ActorMention[];
  targets: readonly ActorMention[];
  reciprocal: boolean;
  notes: string[];
}

/** The actors in a pattern's slots, with `between X and Y` and conjoined two-sided subjects split. */
function resolveActors(v: SentenceView, i: number, found: Found, mentions: ActorMention[]): Resolved {
  let sources: readonly ActorMention[] = found.source.flatMap((x) => actorsAt(v, x, mentions));
  let targets: readonly ActorMention[] = found.target.flatMap((x) => actorsAt(v, x, mentions));
  if (found.between !== null) {
    const all = actorsAt(v, found.between, mentions);
    const bs = found.pattern.source?.rel === 'between';
    const bt = found.pattern.target?.rel === 'between';
    if (bs && bt) {
      sources = all.slice(0, 1);
      targets = all.slice(1);
    } else if (bt) targets = all;
    else if (bs) sources = all;
  }
  // "Taliban's stance against IS and its campaign against the group": a conjoined event noun shares the possessor.
  if (sources.length === 0 && found.pattern.predicate.pos === 'noun' && v.rel(i) === 'conj' && v.head(i) >= 0 && v.isNoun(v.head(i))) {
    sources = nounSubject(v, v.head(i)).flatMap((x) => actorsAt(v, x, mentions));
  }
  const notes: string[] = [...found.notes];
  // "X kill soldier", "X arrest journalist", "X attack convoy": in coercion and violence the required
  // object is the victim, so with no target slot the actor it names is the target; so is what is expelled or cut
  // off (root 16: "ordered the Red Cross to leave"), unless it is the source's own ("recalled its ambassadors")
  const p = found.pattern;
  const cutOff = p.code.startsWith('16');
  if (!p.target && targets.length === 0 && p.predicate.pos === 'verb' && p.requires[0]?.rel === 'object' && (found.anchors[0] ?? -1) >= 0 && (FORCE_ROOTS.has(p.code.slice(0, 2)) || cutOff)) {
    const own = new Set(sources.map((m) => m.country));
    targets = actorsAt(v, found.anchors[0]!, mentions).filter((m) => !cutOff || !own.has(m.country));
    if (targets.length) notes.push(`target: the object '${v.tokens[found.anchors[0]!].text}'`);
  }
  // "Russia freed two Americans, a move Washington welcomed": a required act that sums up the sentence's act stands for
  // its doer
  if (!p.target && targets.length === 0 && p.requires[0]?.rel === 'object' && (found.anchors[0] ?? -1) >= 0 && SUMMARY_NOUNS.has(v.lemma(found.anchors[0]!))) {
    targets = actorsAt(v, found.anchors[0]!, mentions);
    if (targets.length) notes.push(`target: who made the '${v.tokens[found.anchors[0]!].text}'`);
  }
  // "protesters stormed parliament", "set fire to parliament": a protest's required institution is its target
  if (!p.target && targets.length === 0 && p.predicate.pos === 'verb' && p.code.startsWith('14')) {
    p.requires.forEach((req, r) => {
      const a = found.anchors[r] ?? -1;
      if (targets.length || a < 0 || (req.rel === 'xcomp' && v.isVerb(a))) return;
      targets = actorsAt(v, a, mentions);
      if (targets.length) notes.push(`target: the institution '${v.tokens[a].text}'`);
    });
  }
  // "walked out in protest against President Macron's plan", "rallied against the government's bill": a protest against
  // a measure is aimed at its owner (what is protested: the target's phrase, or a verb's against-phrase and the phrase of
  // its "in protest at")
  if (targets.length === 0 && p.code.startsWith('14')) {
    const protests = v.isVerb(i) ? v.childrenBy(i, 'obl').filter((c) => v.lemma(c) === 'protest') : [];
    const against = found.target.length ? found.target
      : v.isVerb(i) ? [...obliquesOf(v, i, ['against']), ...protests.flatMap((c) => v.childrenBy(c, 'nmod').filter((x) => ['against', 'at', 'over'].includes(v.prepOf(x) ?? '')))] : [];
    targets = othersAt(v, against.flatMap((x) => [x, ...nounSubject(v, x)]), mentions, sources);
    if (targets.length) notes.push(`target: the owner of '${v.tokens[against[0]!].text}'`);
  }
  // "blocked roads to protest against EU farm policy", "began a strike to press the government for
  // higher wages": a protest's target is named in the purpose clause
  if (targets.length === 0 && p.code.startsWith('14')) {
    for (const c of protestPurposes(v, i, found.anchors)) {
      // ("demanding that the Taliban respect their rights": who is asked)
      const protested = [...obliquesOf(v, c, ['against']), ...v.childrenBy(c, 'obj'), ...v.childrenBy(c, 'ccomp').flatMap((x) => v.childrenBy(x, 'nsubj', 'nsubj:pass'))];
      let named = protested.flatMap((x) => actorsAt(v, x, mentions));
      // "to protest a fuel tax imposed by the government", "against Macron's pension reform": the owner
      if (named.length === 0) named = protested.flatMap((x) => nounSubject(v, x)).flatMap((x) => actorsAt(v, x, mentions));
      if (named.length) {
        targets = named;
        notes.push(`target: from the purpose '${v.tokens[c].text}'`);
        break;
      }
    }
  }
  // "imposed new sanctions targeting Iran's oil exports", "a campaign aimed at Hamas": the measure's aim
  if (targets.length === 0) {
    const hosts = [i, ...found.anchors.filter((a) => a >= 0)];
    for (const c of hosts.flatMap((h) => v.childrenBy(h, 'acl')).filter((c) => AIMING_VERBS.has(v.lemma(c)))) {
      targets = uniqueByCode([...v.childrenBy(c, 'obj'), ...obliquesOf(v, c, ['at'])].flatMap((x) => actorsAt(v, x, mentions)));
      if (targets.length) {
        notes.push(`target: what '${v.tokens[c].text}' aims at`);
        break;
      }
    }
  }
  // "A suicide bomber struck a mosque ..., killing at least 84 people, most of them policemen, and a Pakistani Taliban
  // commander claimed responsibility": a claim of an attack the clause before names is aimed at that attack's victims
  if (targets.length === 0 && p.code === '015' && v.isVerb(i) && v.rel(i) === 'conj' && v.isVerb(v.head(i))) {
    const act = v.head(i);
    const victims = [act, ...v.childrenBy(act, 'advcl').filter((c) => v.tokens[c].xpos === 'VBG')].flatMap((x) => v.childrenBy(x, 'obj'));
    targets = othersAt(v, victims, mentions, sources);
    if (targets.length) notes.push(`target: the victims of the attack '${v.tokens[act].text}'`);
  }
  // "India revoked Kashmir's special status, and Pakistan condemned the move": an act summed up ("the move", "the
  // decision") with no doer named is the act of the clause the verb is joined to
  if (targets.length === 0 && v.isVerb(i) && v.rel(i) === 'conj' && v.isVerb(v.head(i))) {
    const summary = found.anchors.find((a) => a >= 0 && SUMMARY_NOUNS.has(v.lemma(a)) && v.childrenBy(a, 'nmod:poss').length === 0);
    if (summary !== undefined) {
      targets = othersAt(v, subjectTokens(v, v.head(i)).flatMap((x) => v.withConjuncts(x)), mentions, sources);
      if (targets.length) notes.push(`target: the doer of what '${v.tokens[summary].text}' sums up`);
    }
  }
  // "Boris Johnson met Volodymyr Zelensky in Kyiv and promised more weapons": what a host or visitor pledges, announces
  // or asks in the same breath, with no target of its own, is aimed at whom it met (not a plain statement: "and said")
  if (targets.length === 0 && p.predicate.pos === 'verb' && p.code !== '010' && !FORCE_ROOTS.has(p.code.slice(0, 2)) && v.rel(i) === 'conj' && v.childrenBy(i, 'nsubj', 'nsubj:pass').length === 0) {
    const met = v.head(i);
    if (met >= 0 && v.isVerb(met) && MEETING_VERBS.has(v.lemma(met))) {
      const own = new Set(sources.map((m) => m.country));
      targets = uniqueByCode(objectTokens(v, met).flatMap((x) => actorsAt(v, x, mentions)).filter((m) => !own.has(m.country)));
      if (targets.length) notes.push(`target: whom '${v.tokens[met].text}' names`);
    }
  }
  // "Belarus freed 14 political prisoners", "arrested journalists": people a state holds or frees, named without a
  // country of their own, are its own
  const holder = targets.length === 0 && HOLDING_CODES.some((c) => p.code.startsWith(c)) ? uniqueByCode(sources).find((m) => m.country && !m.group) : undefined;
  if (holder) {
    const held = found.target.length ? found.target : p.requires[0]?.rel === 'object' && (found.anchors[0] ?? -1) >= 0 ? [found.anchors[0]!] : [];
    targets = held.flatMap((x) => roleOnlyAt(v, x, mentions)).filter((m) => m.roles.every((r) => HELD_ROLES.has(r))).map((m) => ofCountry(m, holder.country!, [], false, 'rule:held-by-source'));
    if (targets.length) notes.push(`target: '${v.tokens[held[0]!].text}', held by the source's own state`);
  }
  // "Poland put its air force on high alert after Russian missiles struck targets", "as China launched drills": a
  // show of readiness is aimed at whoever did what it answers
  if (targets.length === 0 && p.code.startsWith('15')) {
    const own = new Set(sources.map((m) => m.country));
    // (the parser may hang the clause on the verb's phrase: "on high alert after ...")
    const answered = [i, ...v.children(i).filter((c) => v.isNoun(c))].flatMap((h) => v.childrenBy(h, 'advcl')).filter((c) => v.childrenBy(c, 'mark').some((k) => PROVOCATION_MARKS.has(v.lemma(k))));
    targets = uniqueByCode(answered.flatMap((c) => subjectTokens(v, c)).flatMap((x) => actorsAt(v, x, mentions)).filter((m) => !own.has(m.country)));
    if (targets.length) notes.push(`target: who did what '${v.tokens[answered[0]!].text}' tells`);
  }
  // "declared a state of emergency", "imposed a nationwide curfew": a measure on the source's own
  // territory targets its own country
  if (!p.target && targets.length === 0 && OWN_TERRITORY_CODES.has(p.code)) {
    targets = uniqueByCode(sources).flatMap((m) => (m.country ? [countryOf(v, i, m, m.country, 'own-territory')] : []));
    if (targets.length) notes.push("target: the source's own country (a measure on its territory)");
  }
  // "Russia's missile strike on a hospital was condemned by Britain": a criticism of an act is aimed at its
  // doer when the act names one, not at those it was done to
  // (the target's phrase hangs on the act: "condemned the strike on X", with the doer "Russia's" beside it)
  const act = p.code.startsWith('11') && p.target?.rel === 'oblique' ? found.anchors.find((a) => a >= 0 && found.target.some((x) => v.head(x) === a)) ?? -1 : -1;
  if (act >= 0) {
    const doers = actDoers(v, act).flatMap((x) => actorsAt(v, x, mentions));
    if (doers.length) {
      targets = doers;
      notes.push(`target: the doer of '${v.tokens[act].text}'`);
    }
  }
  // "demanded the release of 49 of its soldiers arrested by Malian authorities": who is asked to free captives is
  // whoever holds them, named by the participle that says how they were taken
  if (RELEASE_REQUESTS.has(p.code) && targets.length) {
    const holders = found.target.flatMap((x) => captorsOf(v, x)).flatMap((x) => actorsAt(v, x, mentions));
    if (holders.length) {
      targets = holders;
      notes.push(`target: who holds '${v.tokens[found.target[0]!].text}'`);
    }
  }
  sources = uniqueByCode(sources);
  targets = uniqueByCode(targets);
  let reciprocal = found.between !== null && found.pattern.source?.rel === 'between';
  // A two-sided event with a conjoined subject and no target: the conjuncts act on each other.
  // "India and Pakistan accused each other": the same, whatever the event
  const eachOther = found.target.some((x) => isEachOther(v, x));
  // "the UAE and Bahrain signed agreements normalising relations with Israel": a with-phrase inside the object names
  // the other party of a two-sided event, whatever the parse hung it on
  if (targets.length === 0 && sources.length >= 2 && !eachOther && isSymmetricCode(found.pattern.code) && v.isVerb(i)) {
    const partners = othersAt(v, v.childrenBy(i, 'obj').flatMap((o) => withPartners(v, o, 3)), mentions, sources);
    if (partners.length) {
      targets = partners;
      notes.push(`target: the partner named with 'with' in the object '${v.tokens[v.childrenBy(i, 'obj')[0]!].text}'`);
    }
  }
  // (a joint demand, appeal, criticism, rejection, threat or protest is made together at a third party, not at each
  // other: "jointly demanded a halt to ..."; a symbolic act done together is each other's: "planted a tree together")
  // (the joint test last: it looks through the tree, and most predicates have a target or one source)
  if (targets.length === 0 && sources.length >= 2 && (eachOther || (isMutualSlot(found.pattern.target) && found.target.length === 0 && isSymmetricCode(found.pattern.code)) ||
    (isJoint(v, i) && (!DIRECTED_ROOTS.has(found.pattern.code.slice(0, 2)) || EXCHANGE_VERBS.has(v.lemma(i)) || v.isNoun(i))))) {
    targets = sources.slice(1);
    sources = sources.slice(0, 1);
    reciprocal = true;
    notes.push('reciprocal: conjoined actors of a two-sided event');
  }
  // "a clash with Chinese troops" in which Indian soldiers were killed: a fight named by a noun is both sides' (as
  // "clashes between X and Y")
  if (!reciprocal && v.isNoun(i) && FIGHT_NOUNS.has(v.lemma(i)) && isSymmetricCode(found.pattern.code) && sources.length && targets.length) {
    reciprocal = true;
    notes.push('reciprocal: a fight named by a noun');
  }
  return { found, sources, targets, reciprocal, notes };
}

/** The with-phrases within `depth` levels below `n` ("agreements normalising relations with Israel"), conjuncts included. */
function withPartners(v: SentenceView, n: number, depth: number): number[] {
  if (depth === 0) return [];
  return v.children(n).flatMap((c) =>
    v.prepOf(c) === 'with' && /^(nmod|obl)/.test(v.rel(c)) ? v.withConjuncts(c) : /^(nmod|obj|acl|amod)/.test(v.rel(c)) ? withPartners(v, c, depth - 1) : []);
}

/** Appeals and demands to free people or property (0253, 1053): their target is whoever holds them. */
const RELEASE_REQUESTS = new Set(['0253', '1053']);
/** Verbs of taking and holding people ("soldiers arrested by Malian authorities", "hostages held by Hamas"). */
const CAPTIVITY_VERBS = new Set(['hold', 'detain', 'arrest', 'capture', 'seize', 'abduct', 'kidnap', 'jail', 'imprison', 'take']);

/** The agents of a participle of captivity on `x` (or on the people a number before them counts: "49 of its soldiers"). */
function captorsOf(v: SentenceView, x: number): number[] {
  const held = [x, ...(v.tokens[x].upos === 'NUM' || PARTITIVE.has(v.lemma(x)) ? v.childrenBy(x, 'nmod').filter((c) => v.prepOf(c) === 'of') : [])];
  return held.flatMap((y) => v.childrenBy(y, 'acl').filter((c) => CAPTIVITY_VERBS.has(v.lemma(c)) && v.tokens[c].xpos === 'VBN'))
    .flatMap((c) => [...v.childrenBy(c, 'obl:agent'), ...v.childrenBy(c, 'obl').filter((o) => v.prepOf(o) === 'by')]);
}

/** The reciprocal pronouns, first word to second ("each other", "one another"). */
const RECIPROCAL = new Map([['each', 'other'], ['one', 'another']]);

/** "each other", "one another": a reciprocal pronoun in an argument slot. */
function isEachOther(v: SentenceView, x: number): boolean {
  // the parser heads the pair on either word ("each" with "other" fixed to it, or "other" with "each" its det)
  // (the two lemmas compared as they are: no string is built for each word tested)
  const pair = (a: number): boolean => a + 1 < v.tokens.length && RECIPROCAL.get(v.lemma(a)) === v.lemma(a + 1);
  if (pair(x) || (x > 0 && pair(x - 1))) return true;
  // (or what each other owns: "shelled each other's positions", the pair a determiner of the noun)
  return v.isNoun(x) && v.children(x).some((c) => c < x && pair(c) && v.children(c).some((k) => isPossessiveS(v.tokens[k].text)));
}

/**
 * The purpose clauses of protest `i` ("blocked roads to protest against ...", "began a strike to press the government"):
 * on the verb or on its required phrases, up to three levels down ("blocked roads ... in Brussels with tractors to
 * protest ..." with the clause two phrases down), in order.
 */
function protestPurposes(v: SentenceView, i: number, anchors: number[]): number[] {
  // (the words below are marked, not listed: a mark per token gives them once each and in order, with no set or sort)
  const below = new Uint8Array(v.tokens.length);
  const mark = (h: number, depth: number): void => {
    for (const c of v.children(h)) {
      below[c] = 1;
      if (depth > 1) mark(c, depth - 1);
    }
  };
  mark(i, 3);
  for (const a of anchors) if (a >= 0) mark(a, 3);
  const out: number[] = [];
  for (let c = 0; c < below.length; c++) if (below[c] && PURPOSE_RELATIONS.has(v.baseRel(c)) && PROTEST_PURPOSE.has(v.lemma(c))) out.push(c);
  return out;
}

/** Relations of a purpose clause. */
const PURPOSE_RELATIONS = new Set(['advcl', 'xcomp', 'acl']);

// verbs of a protest's purpose clause whose object, "against" phrase or asked party is the protest's target
const PROTEST_PURPOSE = new Set(['protest', 'press', 'oppose', 'denounce', 'demonstrate', 'pressure', 'challenge', 'defy', 'demand', 'urge']);

/** Verbs of capture, whose object is a person (173) or a place (192). */
const CAPTURE_VERBS = new Set(['capture', 'seize', 'take', 'retake', 'recapture', 'overrun']);

/** Chemical warfare agents: force used with them is the use of chemical weapons (2041). */
const CHEMICAL_AGENTS = new Set(['sarin', 'chlorine', 'mustard', 'chloropicrin', 'phosgene', 'vx', 'tabun', 'soman', 'novichok']);

/** Words that open the clause a show of force answers ("after Russian missiles struck", "as China launched drills"). */
const PROVOCATION_MARKS = new Set(['after', 'as', 'amid', 'following', 'when']);

/** Freeing, arresting, detaining, abducting people (0841, 173, 181) and the people they are done to. */
const HOLDING_CODES = ['0841', '173', '181'];
const HELD_ROLES = new Set(['OPP', 'CVL', 'MED', 'REF', 'LAB', 'EDU', 'REL', 'HRI', 'ELI', 'NGO']);

/** Measures taken on one's own territory: impose or ease a curfew, a state of emergency or martial law; deploy police. */
const OWN_TERRITORY_CODES = new Set(['1723', '1724', '0813', '0814', '153']);

/** Whether the target is the source's own country, made so by a measure on its territory. */
function ownTerritory(m: ActorMention): boolean {
  return m.entries.includes('rule:own-territory');
}

/**
 * A target slot two conjoined actors can fill for each other ("Kyrgyz and Tajik guards fought": each
 * fought the other); not a companion's ("fought alongside Y" names a third party on their side).
 */
function isMutualSlot(slot: SlotSpec | null): boolean {
  if (!slot) return false;
  return slot.rel !== 'oblique' || !slot.preps.every((p) => COMPANION_PREPS.has(p));
}

const COMPANION_PREPS = new Set(['alongside', 'beside', 'behind']);

/**
 * Events two parties do to each other when both are the subject ("Russia and China met", "Kyrgyz and
 * Tajik guards fought"): consultation, cooperation, reducing relations, fighting, agreeing, prisoner
 * swaps, truces. Not demands, criticism or threats: "Britain and France demanded ..." names no target.
 */
function isSymmetricCode(code: string): boolean {
  // (mediating is done between others: "Qatar and Egypt, which mediated the truce" do not mediate for each other; nor
  // are visits and hosting: "Mali, Burkina Faso and Niger said they were leaving ..." visit no one)
  if (code.startsWith('045') || code.startsWith('042') || code.startsWith('043')) return false;
  return SYMMETRIC_ROOTS.has(code.slice(0, 2)) || SYMMETRIC_PREFIXES.some((p) => code.startsWith(p));
}

const SYMMETRIC_ROOTS = new Set(['04', '05', '06', '16']);

/** Roots of acts aimed at someone else: appeals, demands, disapproval, rejection, threats, protests. */
const DIRECTED_ROOTS = new Set(['02', '10', '11', '12', '13', '14']);
// agreeing with each other, swapping prisoners, truces (and agreeing to swap or to a truce: 0353, 0356), settling a
// dispute (037); fighting,
// but not a blockade or an occupation (191, 192)
const SYMMETRIC_PREFIXES = ['019', '0353', '0356', '037', '084', '087', '190', '193', '194', '195', '196'];

// ---------------------------------------------------------------- argument positions

function slotsFor(v: SentenceView, i: number, p: EventPattern, anchors: number[]): Found {
  const notes: string[] = [];
  const passive = p.predicate.pos === 'verb' && v.isPassive(i);
  if (passive) notes.push('passive');
  let between: number | null = null;
  const at = (slot: SlotSpec | null): number[] => {
    if (!slot) return [];
    const base = slot.via !== undefined ? anchors[slot.via] : i;
    if (base === undefined || base < 0) return [];
    const pass = base === i ? passive : v.isVerb(base) && v.isPassive(base);
    switch (slot.rel) {
      case 'subject':
        if (p.support) return subjectTokens(v, v.head(seriesUnit(v, i)));
        return p.predicate.pos === 'noun' ? nounSubject(v, i) : subjectTokens(v, i);
      case 'object':
        return v.isVerb(base) || base === i ? objectTokens(v, base) : [];
      case 'iobj':
        return pass ? objectTokens(v, base) : v.childrenBy(base, 'iobj').length ? v.childrenBy(base, 'iobj') : v.childrenBy(base, 'obj');
      case 'possessor':
        return v.childrenBy(i, 'nmod:poss');
      case 'phrase-possessor': {
        const a = slot.phrase !== undefined ? anchors[slot.phrase] : -1;
        return a >= 0 ? phraseOwner(v, a) : [];
      }
      case 'oblique': {
        // (not a phrase the pattern requires: "seized control of the local assets of Carlsberg" with "of the local assets"
        // taken for the verb's of-phrase)
        const got = obliquesOf(v, base, slot.preps, pass).filter((x) => !anchors.includes(x));
        // "arrived in Ankara ... for talks on the war in Syria": of several places, the first is the
        // one visited; the later ones belong to phrases the parser hung on the verb
        if (got.length > 1 && slot.preps.every((x) => x === 'in' || x === 'at')) return [Math.min(...got)];
        if (got.length || base !== i) return got;
        // "went on strike against the government", "put units on combat alert against Y", "demonstrated
        // in Minsk against the president": the parser hangs the target's phrase on the required noun or
        // the oblique before it instead of on the verb
        const hosts = [...anchors.filter((a) => a >= 0 && v.isNoun(a)), ...(v.isVerb(i) ? v.childrenBy(i, 'obl').filter((c) => v.isNoun(c) && !anchors.includes(c)) : [])];
        return hosts.flatMap((a) => v.childrenBy(a, 'nmod').filter((c) => slot.preps.includes(v.prepOf(c) ?? '')));
      }
      case 'between': {
        let b = obliquesOf(v, i, ['between']);
        // "Fighting broke out in Khartoum between the army and the RSF": the phrase hung on the noun's verb
        if (b.length === 0 && p.predicate.pos === 'noun' && v.rel(i).startsWith('nsubj') && v.head(i) >= 0) b = obliquesOf(v, v.head(i), ['between']);
        if (b.length) between = b[0];
        return [];
      }
      default:
        return [];
    }
  };
  let source = at(p.source);
  const target = at(p.target);
  if (p.predicate.pos === 'noun' && source.length === 0 && p.source?.rel !== 'between') {
    // "the bombing of a mosque", "the arrest of journalists": in coercion and violence the of-phrase is the victim
    const victims = FORCE_ROOTS.has(p.code.slice(0, 2)) ? v.childrenBy(i, 'nmod').filter((c) => v.prepOf(c) === 'of') : [];
    source = nounSubject(v, i, 0, [...target, ...victims]);
    if (source.length) notes.push("source from the event noun's possessor, agent or verb");
  }
  const inherited = inheritedFrom(v, i);
  if (inherited && p.source?.rel === 'subject') notes.push(inherited);
  return { pattern: p, source, target, between, anchors, notes };
}

// ---------------------------------------------------------------- modality, negation, reported speech

/** "what it called Y" (a relative on "what" with an object of its own), "called it Y" (a second object or a predicate noun). */
function naming(v: SentenceView, i: number): boolean {
  const objs = v.childrenBy(i, 'obj');
  const h = v.head(i);
  if (objs.length && v.baseRel(i) === 'acl' && h >= 0 && v.lemma(h).toLowerCase() === 'what') return true;
  return objs.length >= 2 || (objs.length === 1 && v.childrenBy(i, 'xcomp').some((x) => v.isNoun(x) || v.tokens[x].upos === 'ADJ'));
}

/** Verbs of waiting for an act ("braced for strikes", "feared an offensive"): their act is expected, not done. */
const BRACING_VERBS = new Set(['brace', 'prepare', 'gear', 'wait']);
const EXPECTING_VERBS = new Set(['fear', 'expect', 'anticipate', 'await', 'dread', 'predict', 'forecast']);

/** Modals of supposition ("an offensive would cause a catastrophe"). */
const SUPPOSING_MODALS = new Set(['would', 'could', 'might']);

/** Verbs of helping, which as the purpose of another act ("to help it fight") add nothing to it. */
const HELPING_VERBS = new Set(['help', 'assist', 'support', 'aid']);

/** Verbs that end the act of the gerund after them ("stopped shelling", "ceased releasing"). */
const CESSATION_VERBS = new Set(['stop', 'cease', 'quit', 'halt', 'end', 'suspend', 'discontinue']);

/** Verbs of telling a hearer, and the modals of obligation that make what is told a demand ("told X they must ..."). */
const TELLING_VERBS = new Set(['tell', 'inform', 'remind', 'notify']);
const OBLIGATION_MODALS = new Set(['must', 'should']);

/** Verbs of warning, and what the warned party is told it will suffer ("would face severe punishment", "pay a heavy price"). */
const WARNING_VERBS = new Set(['warn', 'caution', 'threaten', 'vow']);
const SUFFERING_VERBS = new Set(['face', 'pay', 'suffer', 'bear', 'incur']);
const CONSEQUENCE_NOUNS = new Set(['consequence', 'repercussion', 'retaliation', 'punishment', 'reprisal', 'response', 'revenge', 'price', 'cost', 'wrath', 'retribution']);

/** Modals that with "have" and a participle say what did not happen ("would have condemned"). */
const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'might', 'should']);

function counterfactual(v: SentenceView, i: number): boolean {
  if (i < 0 || !v.isVerb(i)) return false;
  const auxes = v.childrenBy(i, 'aux').map((a) => v.lemma(a).toLowerCase());
  return auxes.includes('have') && auxes.some((a) => COUNTERFACTUAL_MODALS.has(a));
}

/** Verbs of praise or rebuke whose "for" clause gives the reason ("criticised X for doing Y"). */
const JUDGEMENT_HEADS = new Set(['praise', 'commend', 'thank', 'applaud', 'hail', 'criticise', 'criticize', 'condemn', 'denounce', 'rebuke', 'fault', 'slam', 'castigate', 'reprimand']);

/** Aircraft that, as the subject of an attack, make it aerial: CAMEO 195, drones 1952. */
/** The code of force used by aircraft `x` names ("warplanes", "drones", "the air force"), or undefined (a "suicide bomber" is none). */
function aircraftCode(v: SentenceView, x: number): string | undefined {
  if (v.children(x).some((c) => v.lemma(c) === 'suicide')) return undefined;
  if (v.lemma(x) === 'force' && v.children(x).some((c) => v.lemma(c) === 'air' && c < x)) return '195';
  return AIRCRAFT.get(v.lemma(x));
}

const AIRCRAFT = new Map(Object.entries({
  warplane: '195', jet: '195', aircraft: '195', bomber: '195', helicopter: '195', gunship: '195', 'fighter-bomber': '195',
  drone: '1952', uav: '1952',
}));

/**
 * Roots of material conflict (coerce, assault, fight, mass violence): their required object is the victim, and
 * the act happened whoever criticises it.
 */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['17', '18', '19', '20']);

/** Inquiries: what they look into is alleged, not a reported fact ("an inquiry into the shelling of a school"). */
const INQUIRY_NOUNS = new Set(['investigation', 'inquiry', 'enquiry', 'probe']);

/** Verbs of breaking a truce, in a clause of the fighting verb ("..., violating the truce"). */
const BREAKING_VERBS = new Set(['violate', 'breach', 'break', 'flout', 'defy', 'shatter']);

/** Nouns of a truce ("despite a ceasefire"). */
const TRUCE_NOUNS = new Set(['ceasefire', 'truce', 'armistice', 'cease-fire']);

/** Heads of a hope, fear or doubt whose content clause is not a reported fact. */
const ATTITUDE_HEADS = new Set(['hopeful', 'optimistic', 'pessimistic', 'confident', 'doubtful', 'skeptical', 'sceptical', 'worried', 'afraid', 'fearful']);

/** Prepositions of a phrase of time ("during a visit", "after talks"). */
const TIME_PREPOSITIONS = new Set(['during', 'after', 'before', 'following', 'amid', 'since']);

/** Verbs whose subject is an event that happens ("talks will resume", "the summit will take place"). */
const HAPPENING_VERBS = new Set(['resume', 'begin', 'start', 'continue', 'open', 'take', 'happen', 'go', 'convene', 'restart']);

/**
 * Whether the phrase at `at` is the object (or passive subject) of a verb that keeps it from happening ("blocked the aid package", "vetoed a
 * statement"); a message named by `noun` ("rejected accusations that ...") was sent all the same.
 */
function stopped(v: SentenceView, at: number, noun: number): boolean {
  const h = v.head(at);
  if (h < 0 || MESSAGE_NOUNS.has(v.lemma(noun))) return false;
  // ("talks were postponed", "cooperation was suspended": the subject of the passive, or of the participle read as an adjective)
  return ((v.rel(at) === 'obj' || v.rel(at) === 'nsubj:pass') && v.isVerb(h) && withholds(v, h)) || (v.rel(at) === 'nsubj' && withheldState(v, h));
}

/** Verbs that keep someone from doing what their "from" clause says ("barred X from entering"). */
const PREVENTING_VERBS = new Set(['bar', 'ban', 'prevent', 'stop', 'block', 'prohibit', 'forbid', 'keep', 'deter', 'restrict', 'exclude']);

/** Verbs of sending people somewhere, whose purpose clause says what they are to do there. */
const SENDING_VERBS = new Set(['send', 'deploy', 'dispatch']);

/** Verbs of attempt: negated, so is what they attempt ("did not try to block", "never managed to reach"). */
const ATTEMPT_VERBS = new Set(['try', 'attempt', 'manage', 'seek', 'dare', 'bother', 'begin', 'start', 'continue', 'resume']);

/** Verbs of aspect whose complement is the act itself ("would continue to target", "will resume supplying"). */
const ASPECT_VERBS = new Set(['continue', 'keep', 'resume', 'begin', 'start']);

/** Nouns of an order that its signer enacts, and the verbs that enact it. */
const ENACTED_NOUNS = new Set(['order', 'decree', 'directive', 'ordinance', 'edict']);
const ENACTING_VERBS = new Set(['sign', 'issue', 'pass', 'adopt', 'approve', 'enact', 'publish']);

/** What governs the predicate: intent/threat/appeal heads, negation, reported speech. */
function governorOf(v: SentenceView, i: number): Governed {
  const g: Governed = { notFact: null, modality: null, head: -1, negated: false, refusal: -1, governors: [], notes: [] };
  // "called the strike a war crime": the name given to an act is no act of its own (the naming is an accusation:
  // `namedAccusations`)
  const namer = v.head(i);
  if (v.isNoun(i) && namer >= 0 && NAMING_VERBS.has(v.lemma(namer)) && v.isVerb(namer) && naming(v, namer) && ['obj', 'xcomp'].includes(v.rel(i)) &&
    v.childrenBy(namer, 'obj')[0] !== i) {
    g.notFact = `the name '${v.tokens[namer].text}' gives, not an act`;
    return g;
  }
  // ("Russia will build the plant and lend Cairo the money": a conjoined verb with no subject or auxiliary of its own
  // shares the first verb's "will")
  const conjoined = v.isVerb(i) && v.rel(i) === 'conj' && v.isVerb(v.head(i)) && !v.children(i).some((c) => v.rel(c).startsWith('nsubj') || v.rel(c).startsWith('aux'));
  const intentAux = v.isVerb(i) ? v.childrenBy(conjoined ? v.head(i) : i, 'aux').find((a) => INTENT_AUXILIARIES.has(v.lemma(a))) : undefined;
  if (intentAux !== undefined) {
    g.modality = 'intent';
    g.head = intentAux;
  }
  // (an act noun under a noun of quantity is governed through it: "did not attend the final round of talks")
  const unit = v.isNoun(i) ? seriesUnit(v, i) : i;
  const sup = v.head(unit);
  // "said it would continue to target ships": the intent of the aspect verb the predicate completes
  if (!g.modality && v.isVerb(i) && v.rel(i) === 'xcomp' && sup >= 0 && ASPECT_VERBS.has(v.lemma(sup))) {
    const aux = v.childrenBy(sup, 'aux').find((a) => INTENT_AUXILIARIES.has(v.lemma(a)));
    if (aux !== undefined) {
      g.modality = 'intent';
      g.head = aux;
    }
  }
  // "warning that an Israeli offensive on Rafah would cause a catastrophe": an act named as the subject of what would
  // or could happen is a supposition
  if (v.isNoun(i) && sup >= 0 && v.rel(unit) === 'nsubj' && v.isVerb(sup) && !HAPPENING_VERBS.has(v.lemma(sup)) &&
    v.childrenBy(sup, 'aux').some((a) => SUPPOSING_MODALS.has(v.lemma(a).toLowerCase()))) {
    g.notFact = `the subject of what '${v.tokens[sup].text}' would do, a supposition`;
    return g;
  }
  // "barred 500 Americans from entering the country", "prevented inspectors from reaching the site": what is prevented is
  // not done
  // (the parser may hang the clause on the object: "barred 500 Americans from entering")
  const preventer = sup >= 0 && !v.isVerb(sup) && v.rel(sup) === 'obj' ? v.head(sup) : sup;
  if (v.isVerb(i) && v.tokens[i].xpos === 'VBG' && preventer >= 0 && v.isVerb(preventer) && PREVENTING_VERBS.has(v.lemma(preventer)) &&
    v.children(i).some((c) => v.lemma(c) === 'from' && (v.rel(c) === 'mark' || v.rel(c) === 'case'))) {
    g.notFact = `what '${v.tokens[preventer].text}' prevents, not a reported act`;
    return g;
  }
  // "blocked a 50 billion euro EU aid package for Ukraine", "postponed the talks": an act whose noun is stopped is not done
  // (a message was sent all the same: "rejected accusations by Congo that ..." codes the accusation)
  if (v.isNoun(i) && stopped(v, unit, i)) {
    g.notFact = `what '${v.tokens[sup].text}' stops, not a reported act`;
    return g;
  }
  let cur = i;
  // An event noun under a support verb ("did not hold talks", "will conduct exercises") takes the verb's modality.
  // ("talks will resume in Muscat": an event noun that is the subject of a verb of happening, too)
  if (v.isNoun(i) && sup >= 0 && (['obj', 'nsubj:pass'].includes(v.rel(unit)) || (v.rel(unit) === 'nsubj' && HAPPENING_VERBS.has(v.lemma(sup)))) && !v.isNoun(sup)) {
    if (v.childrenBy(sup, 'aux').some((a) => INTENT_AUXILIARIES.has(v.lemma(a))) && !g.modality) {
      g.modality = 'intent';
      g.head = v.childrenBy(sup, 'aux').find((a) => INTENT_AUXILIARIES.has(v.lemma(a)))!;
    }
    if (v.hasNegation(sup)) {
      g.negated = true;
      g.notes.push(`negated: '${v.tokens[sup].text}' is negated`);
    }
    cur = sup;
  }
  for (let depth = 0; depth < 5; depth++) {
    const h = v.head(cur);
    if (h < 0) break;
    const rel = v.rel(cur);
    const base = v.baseRel(cur);
    const hl = v.lemma(h);
    if (rel === 'conj') {
      cur = h;
      continue;
    }
    // "as Kyiv braced for Russian strikes", "fearing an Israeli offensive": an act expected is not a reported one
    if (cur === i && v.isNoun(i) && ((base === 'obl' && v.prepOf(i) === 'for' && BRACING_VERBS.has(hl)) || (base === 'obj' && EXPECTING_VERBS.has(hl)))) {
      g.notFact = `what '${v.tokens[h].text}' expects, not a reported act`;
      break;
    }
    // "sent supplies to Italy to help it fight the outbreak": helping as the purpose of an act is that act's, no event of its own
    // (and "had sent 1,500 troops to Russia to fight against Ukraine", "deployed soldiers to help fight insurgents": what
    // troops are sent to do is not done yet)
    if (base === 'advcl' && ((cur === i && HELPING_VERBS.has(v.lemma(i))) || SENDING_VERBS.has(hl)) && v.isVerb(h) && v.childrenBy(cur, 'mark').some((m) => v.lemma(m) === 'to') && modalityAt(v, h) === null) {
      g.notFact = `the purpose of '${v.tokens[h].text}', not a reported act`;
      break;
    }
    // "vetoed a European Union statement criticising China": what a stopped statement or plan would do is not done
    if (base === 'acl' && v.isNoun(h) && stopped(v, h, h)) {
      g.notFact = `what the '${v.tokens[h].text}' '${v.tokens[v.head(h)].text}' stops would do, not a reported act`;
      break;
    }
    // "stepped out so that the bloc could open membership talks": what a purpose clause hopes for is not done
    if (base === 'advcl' && v.childrenBy(cur, 'mark').some((m) => v.lemma(m) === 'so' || (v.lemma(m) === 'that' && v.tokens[m - 1]?.text.toLowerCase() === 'so')) &&
      v.childrenBy(cur, 'aux').some((a) => SUPPOSING_MODALS.has(v.lemma(a)) || v.lemma(a) === 'can' || v.lemma(a) === 'may')) {
      g.notFact = `the purpose of '${v.tokens[h].text}', not a reported act`;
      break;
    }
    // "gave the coup leaders one week to reinstate President Bazoum or face the use of force": an ultimatum's demand
    if (ultimatumClause(v, h) === cur) {
      g.notFact = `what the ultimatum '${v.tokens[h].text}' demands, not a reported act`;
      break;
    }
    // "told the Security Council that the peacekeeping mission must leave": what a hearer is told must be done is a demand
    // (coded on the telling verb), not a reported act
    if (cur === i && base === 'ccomp' && TELLING_VERBS.has(hl) && v.childrenBy(i, 'aux').some((a) => OBLIGATION_MODALS.has(v.lemma(a).toLowerCase()))) {
      g.notFact = `what '${v.tokens[h].text}' says must be done, a demand`;
      break;
    }
    // "Russia stopped shelling Kharkiv", "demanded that Japan stop releasing the water": what is stopped is not done
    if (cur === i && base === 'xcomp' && v.tokens[i].xpos === 'VBG' && CESSATION_VERBS.has(hl)) {
      g.notFact = `what '${v.tokens[h].text}' ends, not a reported act`;
      break;
    }
    // "accused Britain of spreading lies after they imposed sanctions": a clause of time or cause is no content
    // (the parser may hang "after" on the clause's subject: its first word decides)
    const circumstance = base === 'advcl' && CIRCUMSTANCE_MARKS.has(v.lemma(firstWordOf(v, cur)));
    // ("a charge the Kremlin denied": a relative clause on the allegation says what became of it, not what it alleges)
    // (with the noun as its object: "accusations that Tehran had supplied Russia with drones" is a content clause)
    const aboutIt = rel === 'acl:relcl' && v.isNoun(h) && v.childrenBy(cur, 'obj').every((o) => REL_PRONOUN_TAGS.has(v.tokens[o].xpos));
    if (ALLEGATION_HEADS.has(hl) && ['ccomp', 'advcl', 'acl', 'obl', 'nmod', 'xcomp'].includes(base) && !circumstance && !aboutIt) {
      g.notFact = `the content of an allegation ('${v.tokens[h].text}'), not a reported fact`;
      break;
    }
    // (the parser may hang "into the shelling" on the verb that opened the inquiry)
    const inquiry = INQUIRY_NOUNS.has(hl) && base === 'nmod' && ['into', 'of'].includes(v.prepOf(cur) ?? '') ? h
      : base === 'obl' && v.prepOf(cur) === 'into' ? v.childrenBy(h, 'obj').find((o) => INQUIRY_NOUNS.has(v.lemma(o))) ?? -1 : -1;
    if (inquiry >= 0) {
      g.notFact = `what an inquiry ('${v.tokens[inquiry].text}') looks into, not a reported fact`;
      break;
    }
    // "hopeful that Armenia and Azerbaijan would soon sign a peace treaty": the hope is the event (013)
    // (and "optimistic about restoring ties with Iran": a clause of the attitude)
    if (ATTITUDE_HEADS.has(hl) && (base === 'ccomp' || base === 'advcl' || (base === 'acl' && v.prepsOf(cur).includes('about')))) {
      g.notFact = `the content of a hope or fear ('${v.tokens[h].text}'), not a reported fact`;
      break;
    }
    // "criticised Beijing and Moscow for vetoing a resolution", "praised Poland for spending ...": the
    // reason is part of the praise or rebuke, as the gold conventions code it
    if (JUDGEMENT_HEADS.has(hl) && (base === 'advcl' || base === 'acl') && v.childrenBy(cur, 'mark').some((k) => v.lemma(k) === 'for')) {
      g.notFact = `what '${v.tokens[h].text}' is for, part of that event`;
      break;
    }
    // "accused Pakistan's army of plotting to kill him" with "plotting" hung on the accused
    const hh = v.head(h);
    if (rel === 'acl' && hh >= 0 && v.rel(h) === 'obj' && ALLEGATION_HEADS.has(v.lemma(hh)) && v.childrenBy(cur, 'mark').some((k) => v.lemma(k) === 'of')) {
      g.notFact = `the content of an allegation ('${v.tokens[hh].text}'), not a reported fact`;
      break;
    }
    if (base === 'ccomp' || (base === 'parataxis' && SPEECH_VERBS.has(hl))) {
      const m = modalityOf(hl);
      if (m === 'negation' && hl === 'deny') {
        g.negated = true;
        g.notes.push(`negated: denied by '${v.tokens[h].text}'`);
        g.governors.push(h);
      } else if ((m === 'demand' || m === 'appeal') && hl !== 'insist') {
        // "demanded that Russia withdraw its troops"
        g.modality ??= m;
        if (g.head < 0) g.head = h;
        g.governors.push(h);
      } else if (m === 'threat' && (hl !== 'warn' || g.modality === 'intent')) {
        // "threatened that it would impose sanctions", "warned that it would cut gas supplies": a
        // threat, not an intent; a bare "warned that ..." stays reported speech
        if (g.modality === null || g.modality === 'intent') {
          g.modality = 'threat';
          g.head = h;
        }
        g.governors.push(h);
      } else if (SPEECH_VERBS.has(hl)) {
        g.notes.push(`reported speech: '${v.tokens[h].text}'; the speaker is not the source`);
        g.governors.push(h);
      }
      break;
    }
    // "signed an agreement during a visit to Kyiv": a phrase of time is a fact beside its head, never its content
    if ((base === 'nmod' || base === 'obl') && TIME_PREPOSITIONS.has(v.prepOf(cur) ?? '')) break;
    const hm = modalityAt(v, h);
    // "signed an executive order lifting sanctions on Syria", "issued a decree placing ... under state control": an
    // order enacted by its signer is the act itself, no demand made of anyone
    if (hm === 'demand' && v.isNoun(h) && ENACTED_NOUNS.has(hl) && v.head(h) >= 0 && ENACTING_VERBS.has(v.lemma(v.head(h)))) break;
    // "the demands presented by Saudi Arabia": a past participle on the noun says how it came about, not what it asks
    if (base === 'acl' && v.isNoun(h) && v.tokens[cur].xpos === 'VBN') break;
    const complement =
      base === 'xcomp' ||
      (base === 'advcl' && hm !== null && v.childrenBy(cur, 'mark').some((k) => v.lemma(k) === 'to')) ||
      ((base === 'acl' || base === 'nmod' || base === 'obl' || base === 'advcl') && hm !== null &&
        (v.isNoun(h) || v.tokens[h].upos === 'ADJ' || (base === 'obl' && ['for', 'to'].includes(v.prepOf(cur) ?? ''))));
    if (!complement) break;
    const m = hm;
    if (!m) {
      // "did not try to block the mission": a verb of attempt that is negated negates what it attempts
      if (base === 'xcomp' && ATTEMPT_VERBS.has(hl) && v.hasNegation(h)) {
        g.negated = true;
        g.notes.push(`negated: '${v.tokens[h].text}' is negated`);
      }
      // "urged Biden to help secure a ceasefire": helping to do something is that act, which codes in its place
      if (base === 'xcomp' && HELPING_VERBS.has(hl)) g.governors.push(h);
      // "would not hesitate to use nuclear weapons": a stated readiness, an intent (a threat, for force)
      if (base === 'xcomp' && hl === 'hesitate' && v.hasNegation(h) && !g.modality) {
        g.modality = 'intent';
        g.head = h;
        g.governors.push(h);
      }
      cur = h;
      continue;
    }
    // "asked the court to order Israel to halt its offensive": a demand asked of another party is not made yet; the
    // asking verb codes its own appeal
    if ((m === 'appeal' || m === 'demand') && (g.modality === 'appeal' || g.modality === 'demand') && g.head !== h) {
      g.notFact = `what '${v.tokens[h].text}' asks another party to ask for, not a request made`;
      break;
    }
    g.governors.push(h);
    if (m === 'negation') {
      g.negated = true;
      g.notes.push(`negated: '${v.tokens[h].text}'`);
      if (REFUSAL_HEADS.has(hl) && g.refusal < 0) g.refusal = h;
    } else if (!g.modality) {
      g.modality = m;
      g.head = h;
    }
    if (v.hasNegation(h)) {
      g.negated = true;
      g.notes.push(`negated: '${v.tokens[h].text}' is negated`);
    }
    cur = h;
  }
  return g;
}
