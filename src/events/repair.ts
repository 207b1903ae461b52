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
    // "Russia had earlier provided thousands of rifles" parsed as have(obj: thousands(amod: provided)):
    // the participle is the main verb, "had" its auxiliary, the noun its object.
    name: 'past-perfect',
    apply(tokens, copy) {
      for (let p = 0; p < tokens.length; p++) {
        const t = tokens[p];
        if (t.upos !== 'VERB' || t.xpos !== 'VBN' || t.deprel !== 'amod') continue;
        const o = t.head;
        if (o < 0 || o <= p || tokens[o].deprel !== 'obj') continue;
        const h = tokens[o].head;
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
];
