import type { ParsedSentence } from '../model/parse.js';
import type { ActorDictionary } from './dictionary.js';
import { scanAtoms, spanText } from './match.js';
import { normalizeKey } from './normalize.js';

/** A proper-noun phrase no dictionary entry matched, for dictionary upkeep. */
export interface UnknownPhrase {
  text: string;
  count: number;
  /** Number of distinct documents it appeared in. */
  documents: number;
  /** One sentence it appeared in. */
  example: string;
  /** Where that sentence came from (file name), when known. */
  origin: string | null;
}

// calendar words are capitalised but name no actor
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
// inner words a name may contain ("Islamic Movement of Uzbekistan", "al-Qaeda")
const INNER = new Set(['of', 'the', 'al', 'for', 'and', '-', "'", 'de', 'e', 'i', 'ul', 'ud', 'bin', 'ibn']);

/**
 * Counts proper-noun chains (PROPN runs, allowing inner "of"/"al"/hyphens) that no dictionary
 * entry covers. Feed it sentences document by document, then read the frequent ones.
 */
export class UnknownPhraseCounter {
  private readonly seen = new Map<string, UnknownPhrase & { docs: Set<string> }>();

  constructor(private readonly dict: ActorDictionary) {}

  /** Adds the unmatched proper-noun phrases of one sentence of document `doc`. */
  add(sentence: ParsedSentence, doc: string): void {
    const tokens = sentence.tokens;
    const covered = new Array<boolean>(tokens.length).fill(false);
    for (const a of scanAtoms(sentence, this.dict, null)) for (let k = a.start; k < a.end; k++) covered[k] = true;
    let i = 0;
    const skip = (k: number): boolean => {
      const t = tokens[k]!;
      return t.upos !== 'PROPN' || covered[k] === true || CALENDAR.has(t.text.toLowerCase()) || /[@/:]/.test(t.text);
    };
    while (i < tokens.length) {
      if (skip(i)) {
        i++;
        continue;
      }
      let j = i + 1;
      let last = i;
      while (j < tokens.length && !covered[j]) {
        const t = tokens[j]!;
        if (t.upos === 'PROPN' && !skip(j)) last = j;
        else if (t.upos === 'PROPN') break;
        else if (!INNER.has(t.text.toLowerCase())) break;
        j++;
      }
      const text = spanText(tokens, i, last + 1);
      i = last + 1;
      // single capitalised letters and numbers-with-letters are noise, not names
      if (text.replace(/[^\p{L}]/gu, '').length < 2) continue;
      const key = normalizeKey(text);
      let rec = this.seen.get(key);
      if (rec === undefined) {
        rec = { text, count: 0, documents: 0, example: sentence.text.replace(/\s+/g, ' ').trim(), origin: doc, docs: new Set() };
        this.seen.set(key, rec);
      }
      rec.count++;
      rec.docs.add(doc);
      rec.documents = rec.docs.size;
    }
  }

  /** Phrases seen at least `min` times, most frequent first. */
  results(min = 2): UnknownPhrase[] {
    return [...this.seen.values()]
      .filter((r) => r.count >= min)
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .map(({ text, count, documents, example, origin }) => ({ text, count, documents, example, origin }));
  }
}

/** Unmatched proper-noun phrases of a set of parsed documents, most frequent first. */
export function findUnknownPhrases(documents: { name: string; sentences: ParsedSentence[] }[], dict: ActorDictionary, min = 2): UnknownPhrase[] {
  const counter = new UnknownPhraseCounter(dict);
  for (const d of documents) for (const s of d.sentences) counter.add(s, d.name);
  return counter.results(min);
}
