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
const MASS_KILLING_VICTIMS = 20;

/** The number of people a victim phrase names ("more than 400 civilians", "hundreds of men"), or 0. */
function victimCount(v: SentenceView, tok: number): number {
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

/** Codes of an expulsion that become 201 when the people expelled are many. */
const EXPULSION_CODES = new Set(['166', '174']);
/** The fewest people of a mass expulsion. */
const MASS_EXPULSION_PEOPLE = 1000;

/**
 * The mass-violence code of a killing or expulsion event (`code`) of predicate `i`, with the victims at
 * `victims` (tokens) and `targets` (their actors), and why; null when it is not one. A mass killing (202):
 * at least twenty victims, executed or massacred, or defenceless (civilians, or a people named by nationality), and not
 * told as an attack. A mass expulsion (201): a thousand people or more.
 */
export function massViolence(v: SentenceView, i: number, code: string, victims: number[], targets: readonly ActorMention[]): { code: string; why: string } | null {
  if ((!KILLING_CODES.has(code) && !EXPULSION_CODES.has(code)) || victims.length === 0) return null;
  const count = Math.max(...victims.map((x) => victimCount(v, x)));
  if (EXPULSION_CODES.has(code)) return count >= MASS_EXPULSION_PEOPLE ? { code: '201', why: `mass expulsion (${count} people)` } : null;
  if (count < MASS_KILLING_VICTIMS) return null;
  // the killing is told as an attack: "in attacks on ...", "gunmen who stormed the hall killed ..."
  // (the parser may hang "in attacks" on the victims)
  const around = [
    ...v.childrenBy(i, 'obl', 'advcl'), ...victims.flatMap((x) => v.childrenBy(x, 'nmod')),
    ...v.children(i).filter((c) => v.rel(c).startsWith('nsubj')).flatMap((s) => v.childrenBy(s, 'acl')),
  ];
  if (around.some((x) => ATTACK_WORDS.has(v.lemma(x)))) return null;
  // (a people named by its nationality alone, "killed more than 140 Russians", are civilians)
  const defenceless = SLAUGHTER_VERBS.has(v.lemma(i)) || targets.some((m) => m.roles.some((r) => DEFENCELESS_ROLES.has(r)) || (m.roles.length === 0 && !m.group && m.country !== null)) ||
    victims.some((x) => DEFENCELESS_WORDS.has(v.lemma(x)));
  return defenceless ? { code: '202', why: `mass killing (${count} victims)` } : null;
}
