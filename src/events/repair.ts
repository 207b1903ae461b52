import type { ParsedSentence, ParsedToken } from '../model/index.js';

/**
 * Repairs of parser mistakes that hide events, applied to a copy before coding. Each rule is small,
 * named and conservative; the input sentence is never changed.
 */
export function repairParse(sentence: ParsedSentence): { sentence: ParsedSentence; repairs: string[] } {
  let tokens: ParsedToken[] | null = null;
  const repairs: string[] = [];
  const copy = (): ParsedToken[] => (tokens ??= sentence.tokens.map((t) => ({ ...t })));
  for (const rule of RULES) {
    const note = rule.apply(tokens ?? sentence.tokens, copy);
    if (note) repairs.push(`${rule.name}: ${note}`);
  }
  return { sentence: tokens ? { ...sentence, tokens } : sentence, repairs };
}

interface RepairRule {
  name: string;
  /** Reads `tokens`; calls `copy()` to get writable tokens before changing anything; returns a note or null. */
  apply(tokens: readonly ParsedToken[], copy: () => ParsedToken[]): string | null;
}

const RULES: RepairRule[] = [
  {
    // "Russia had earlier provided thousands of rifles" parsed as have(obj: thousands(amod: provided)),
    // or with the object hung on the adverb between ("earlier"): the participle is the main verb,
    // "had" its auxiliary, the noun its object (and the adverb the verb's).
    name: 'past-perfect',
    apply(tokens, copy) {
      for (let p = 0; p < tokens.length; p++) {
        const t = tokens[p];
        if (t.upos !== 'VERB' || t.xpos !== 'VBN' || t.deprel !== 'amod') continue;
        const o = t.head;
        if (o < 0 || o <= p || tokens[o].deprel !== 'obj') continue;
        let h = tokens[o].head;
        if (h >= 0 && h < p && tokens[h].upos === 'ADV' && tokens[h].head >= 0 && tokens[h].head < h) h = tokens[h].head;
        if (h < 0 || h >= p || tokens[h].lemma.toLowerCase() !== 'have') continue;
        const w = copy();
        for (const k of w) if (k.head === h && k.index !== o && k.index !== p) k.head = p;
        w[p].head = w[h].head;
        w[p].deprel = w[h].deprel;
        w[h].head = p;
        w[h].deprel = 'aux';
        w[h].upos = 'AUX';
        w[o].head = p;
        return `'${t.text}' is the verb of '${tokens[h].text}'`;
      }
      return null;
    },
  },
  {
    // "his country had established contacts" parsed as contacts(amod: established(aux: had)), both
    // nouns objects of the verb above: a participle with a perfect auxiliary is the verb of a clause.
    name: 'perfect-participle',
    apply(tokens, copy) {
      for (let p = 0; p < tokens.length; p++) {
        const t = tokens[p];
        if (t.upos !== 'VERB' || t.xpos !== 'VBN' || t.deprel !== 'amod') continue;
        const aux = tokens.find((k) => k.head === p && k.deprel === 'aux' && k.lemma.toLowerCase() === 'have');
        const o = t.head;
        if (!aux || o < 0 || o <= p) continue;
        const g = tokens[o].head;
        const subj = tokens.find((k) => g >= 0 && k.head === g && k.deprel === 'obj' && k.index < p && k.index !== o);
        const w = copy();
        w[p].head = g;
        w[p].deprel = subj ? 'ccomp' : tokens[o].deprel;
        w[o].head = p;
        w[o].deprel = 'obj';
        if (subj) {
          w[subj.index].head = p;
          w[subj.index].deprel = 'nsubj';
        }
        return `'${t.text}' is the verb of its clause`;
      }
      return null;
    },
  },
  {
    // "MOSCOW, March 18 — Russia and Afghanistan signed ...": the parser often makes the dateline's
    // place the subject of the verb (and hangs the real subject on it). The dateline is set apart;
    // a nominal after the dash that hung on it becomes the subject if the verb has none left.
    name: 'dateline',
    apply(tokens, copy) {
      const dash = tokens.findIndex((t, k) => k > 0 && k < 12 && DASHES.has(t.text));
      if (dash < 0 || !/^[A-Z][A-Z.'-]+$/.test(tokens[0].text) || tokens[0].text.length < 3) return null;
      const inDateline = (k: number): boolean => k >= 0 && k < dash;
      const subj = tokens.findIndex((t, k) => inDateline(k) && t.deprel.startsWith('nsubj') && t.head > dash);
      if (subj < 0) return null;
      const verb = tokens[subj].head;
      const w = copy();
      w[subj].deprel = 'dep';
      if (!tokens.some((t, k) => k > dash && t.head === verb && t.deprel.startsWith('nsubj'))) {
        const lead = tokens.findIndex((t, k) => k > dash && k < verb && inDateline(t.head) && (t.upos === 'PROPN' || t.upos === 'NOUN'));
        if (lead >= 0) {
          w[lead].head = verb;
          w[lead].deprel = 'nsubj';
        }
      }
      return `'${tokens[0].text}' is a dateline, not the subject of '${tokens[verb].text}'`;
    },
  },
  {
    // "Uzbek border guards detained three Afghan nationals" parsed as guards(acl: detained(nsubj:
    // nationals)): a past form right after the root noun's phrase, with no auxiliary and no `by`
    // agent, is the sentence's verb; the noun is its subject and a "subject" after the verb its object.
    name: 'root-participle',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || (tokens[r].upos !== 'NOUN' && tokens[r].upos !== 'PROPN')) return null;
      // also "Thousands of supporters demonstrated", "Tens of thousands of protesters marched": the
      // verb hung on the root's chain of "of" phrases
      const chain = [r];
      for (let depth = 0; depth < 3; depth++) {
        const last = chain[chain.length - 1]!;
        const of = tokens.findIndex((t, k) => k > last && t.head === last && t.deprel === 'nmod' && tokens.some((c) => c.head === k && c.lemma.toLowerCase() === 'of'));
        if (of < 0) break;
        chain.push(of);
      }
      const host = (k: number): boolean => chain.includes(tokens[k]!.head);
      const p = tokens.findIndex((t, k) => k > r && host(k) && t.deprel === 'acl' && t.upos === 'VERB' && (t.xpos === 'VBN' || t.xpos === 'VBD'));
      if (p < 0 || tokens.some((t, k) => k > r && k < p && t.head === r && t.deprel !== 'punct' && !chain.includes(k))) return null;
      const kids = tokens.filter((t) => t.head === p);
      if (kids.some((t) => t.deprel.startsWith('aux') || t.deprel === 'obl:agent' || t.deprel === 'mark' || t.lemma.toLowerCase() === 'by')) return null;
      const w = copy();
      w[p].head = -1;
      w[p].deprel = 'root';
      w[r].head = p;
      w[r].deprel = 'nsubj';
      w.forEach((t, k) => {
        if (k === r || k === p) return;
        if (t.head === r && k > p) t.head = p;
        else if (t.head === p && t.deprel.startsWith('nsubj') && k > p) t.deprel = 'obj';
      });
      w[p].xpos = 'VBD';
      return `'${tokens[p].text}' is the verb of '${tokens[r].text}'`;
    },
  },
  {
    // "The European Union imposed sanctions on ..." parsed as sanctions(nsubj: Union, amod: imposed):
    // a root noun with a subject of its own and a past form between the two is the object of that verb.
    name: 'root-object',
    apply(tokens, copy) {
      const r = tokens.findIndex((t) => t.head < 0);
      if (r < 0 || (tokens[r].upos !== 'NOUN' && tokens[r].upos !== 'PROPN')) return null;
      const subj = tokens.findIndex((t, k) => k < r && t.head === r && t.deprel === 'nsubj');
      const p = tokens.findIndex((t, k) => k > subj && k < r && t.head === r && t.deprel === 'amod' && t.upos === 'VERB' && (t.xpos === 'VBN' || t.xpos === 'VBD'));
      if (subj < 0 || p < 0) return null;
      const w = copy();
      w[p].head = -1;
      w[p].deprel = 'root';
      w[p].xpos = 'VBD';
      w[r].head = p;
      w[r].deprel = 'obj';
      w[subj].head = p;
      w.forEach((t, k) => {
        if (t.head === r && (t.deprel === 'punct' || t.deprel.startsWith('aux'))) t.head = p;
        if (k < p && t.head === r && t.deprel === 'advmod') t.head = p;
      });
      return `'${tokens[p].text}' is the verb of '${tokens[subj].text}', '${tokens[r].text}' its object`;
    },
  },
];

const DASHES = new Set(['—', '–', '--', '-']);
