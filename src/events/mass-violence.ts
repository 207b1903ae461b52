/**
 * Violence on a mass scale. Killings: "killed more than 400 civilians in Bucha", "executed about 1,700
 * cadets", "massacred hundreds of Yazidi men" are CAMEO 202 (engage in mass killings), not a single
 * assault or an act of war. Expulsions: "deported more than 270,000 Haitians" is 201 (mass expulsion),
 * not the expulsion of individuals (174).
 */
import type { ActorMention } from '../model/index.js';
import type { SentenceView } from './sentence-view.js';

/** Codes of a killing that become 202 when the victims are many (bombings and strikes keep their own). */
const KILLING_CODES = new Set(['180', '190', '193', '1823']);
/** Verbs that kill people already in the killer's power or defenceless: any many victims make it mass killing. */
const SLAUGHTER_VERBS = new Set(['execute', 'massacre', 'slaughter', 'exterminate']);
/** Victim roles of a mass killing by other verbs ("killed 400 civilians"): people who do not fight. */
const DEFENCELESS_ROLES = new Set(['CVL', 'REF', 'EDU', 'HLH', 'REL', 'MED', 'LAB', 'AGR']);
const DEFENCELESS_WORDS = new Set([
  'civilian', 'people', 'villager', 'resident', 'worshipper', 'refugee', 'prisoner', 'patient', 'man', 'woman', 'child',
  'family', 'inhabitant', 'detainee', 'captive', 'demonstrator', 'protester', 'student', 'pilgrim', 'migrant',
]);
/** An attack that kills many is an attack ("killed hundreds of civilians in attacks on border communities"). */
const ATTACK_WORDS = new Set(['attack', 'assault', 'raid', 'bombing', 'strike', 'shooting', 'ambush', 'storm', 'rampage']);
/** Counts named by words: "dozens of", "hundreds of". */
const COUNT_WORDS = new Map(Object.entries({ dozen: 24, score: 40, hundred: 200, thousand: 2000, million: 2_000_000 }));
/** The fewest victims of a mass killing. */
export const MASS_KILLING_VICTIMS = 20;

/** The number of people a victim phrase names ("more than 400 civilians", "hundreds of men"), or 0. */
export function victimCount(v: SentenceView, tok: number): number {
  let best = 0;
  const consider = (x: number): void => {
    const w = v.tokens[x]!;
    if (w.upos === 'NUM') best = Math.max(best, numberOf(w.text));
    const word = COUNT_WORDS.get(v.lemma(x).replace(/s$/, ''));
    if (word !== undefined && (w.upos === 'NOUN' || w.upos === 'NUM')) best = Math.max(best, word);
  };
  consider(tok);
  for (const c of v.childrenBy(tok, 'nummod', 'amod', 'det', 'nmod')) {
    // "hundreds of men" read with "men" as the head and "hundreds" its modifier, or the other way round
    if (v.rel(c) === 'nmod' && v.prepOf(c) !== 'of') continue;
    consider(c);
  }
  const h = v.head(tok);
  if (h >= 0 && v.rel(tok) === 'nmod' && v.prepOf(tok) === 'of') consider(h);
  return best;
}

function numberOf(text: string): number {
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : 0;
}

/**
 * Whether a killing event (`code`) of predicate `i` with victims at `victims` (tokens) and `targets`
 * (their actors) is a mass killing: at least twenty victims, executed or massacred, or defenceless.
 */
export function isMassKilling(v: SentenceView, i: number, code: string, victims: number[], targets: readonly ActorMention[]): boolean {
  if (!KILLING_CODES.has(code) || victims.length === 0) return false;
  if (Math.max(...victims.map((x) => victimCount(v, x))) < MASS_KILLING_VICTIMS) return false;
  // the killing is told as an attack: "in attacks on ...", "gunmen who stormed the hall killed ..."
  // (the parser may hang "in attacks" on the victims)
  const around = [
    ...v.childrenBy(i, 'obl', 'advcl'), ...victims.flatMap((x) => v.childrenBy(x, 'nmod')),
    ...v.children(i).filter((c) => v.rel(c).startsWith('nsubj')).flatMap((s) => v.childrenBy(s, 'acl')),
  ];
  if (around.some((x) => ATTACK_WORDS.has(v.lemma(x)))) return false;
  if (SLAUGHTER_VERBS.has(v.lemma(i))) return true;
  return targets.some((m) => m.roles.some((r) => DEFENCELESS_ROLES.has(r))) || victims.some((x) => DEFENCELESS_WORDS.has(v.lemma(x)));
}

/** Codes of an expulsion that become 201 when the people expelled are many. */
const EXPULSION_CODES = new Set(['166', '174']);
/** The fewest people of a mass expulsion. */
export const MASS_EXPULSION_PEOPLE = 1000;

/** Whether an expulsion event (`code`) of the people at `victims` (tokens) is a mass expulsion: a thousand or more. */
export function isMassExpulsion(v: SentenceView, code: string, victims: number[]): boolean {
  return EXPULSION_CODES.has(code) && victims.some((x) => victimCount(v, x) >= MASS_EXPULSION_PEOPLE);
}
