import { shortId, type Actor, type EventRecord, type ParsedSentence } from '../../model/index.js';
import { loadNlp, type Nlp } from '../../nlp/index.js';
import { getCameoCode, ploverFor } from '../codebook.js';
import { codePetrarchSentence, normalizeCode, type PetrarchDictionaries, type PetrarchEvent } from './coder.js';

/** Options of {@link codeWithPetrarch}, as the pipeline's `codeText` takes them. */
export interface PetrarchTextOptions {
  docId?: string;
  date?: string | null;
  /** Keep events lacking a source or a target (PETRARCH's `require_dyad = false`). */
  keepMonadic?: boolean;
  nlp?: Nlp;
}

function toActor(code: string | null, countries: ReadonlySet<string>): Actor | null {
  if (code === null) return null;
  const head = code.slice(0, 3);
  const country = countries.has(head) ? head : null;
  const rest = country !== null ? code.slice(3) : code.startsWith('IGO') || code.startsWith('NGO') ? code.slice(3) : '';
  const roles = rest.match(/.{1,3}/g) ?? [];
  return { code, text: code, country, roles };
}

/** A PETRARCH code as a CAMEO code of dyad's codebook: itself, its ontology equivalent, or its 3-digit base. */
function cameoOf(code: string, dicts: PetrarchDictionaries): string | null {
  for (const c of [code, normalizeCode(code, dicts.ontology), code.slice(0, 3)]) if (getCameoCode(c)) return c;
  return null;
}

/** Turns one PETRARCH event into dyad's event record (CAMEO facts from the codebook). */
export function toEventRecord(e: PetrarchEvent, s: ParsedSentence, dicts: PetrarchDictionaries, docId: string, date: string | null): EventRecord | string {
  const code = cameoOf(e.code, dicts);
  if (code === null) return `sentence ${s.index}: PETRARCH code '${e.code}' (verb line ${e.verbLine}) is not a CAMEO code`;
  const info = getCameoCode(code)!;
  const id = shortId(`${docId}|${s.index}|${e.verb}|${code}|${e.source}|${e.target}|petrarch`);
  const verb = s.tokens[e.verb]!;
  return {
    id,
    docId,
    sentence: { index: s.index, text: s.text },
    date,
    source: toActor(e.source, dicts.actors.countries),
    target: toActor(e.target, dicts.actors.countries),
    code,
    root: info.root,
    name: info.name,
    quadClass: info.quadClass,
    goldstein: info.goldstein,
    plover: ploverFor(code),
    negated: false,
    location: null,
    evidence: {
      predicate: { start: e.verb, end: e.verb + 1, text: verb.text },
      source: null,
      target: null,
      lexicon: `petrarch:verbs:${e.patternLine ?? e.verbLine}`,
      dictionary: [],
      notes: e.code === code ? [] : [`PETRARCH code ${e.code} written as ${code}`],
    },
  };
}

/** Codes raw text with PETRARCH dictionaries; returns the same shape as the pipeline's `codeText`. */
export function codeWithPetrarch(text: string, dicts: PetrarchDictionaries, options: PetrarchTextOptions = {}): {
  sentences: ParsedSentence[];
  events: EventRecord[];
  diagnostics: string[];
} {
  const nlp = options.nlp ?? loadNlp();
  const docId = options.docId ?? shortId(text);
  const date = options.date ?? null;
  const diagnostics: string[] = [];
  const events: EventRecord[] = [];
  let sentences: ParsedSentence[] = [];
  try {
    sentences = nlp.parse(text);
  } catch (err) {
    diagnostics.push(`${docId}: not parsed: ${(err as Error).message}`);
  }
  for (const s of sentences) {
    for (const e of codePetrarchSentence(s, dicts, { date, requireDyad: !options.keepMonadic })) {
      const r = toEventRecord(e, s, dicts, docId, date);
      if (typeof r === 'string') diagnostics.push(`${docId}: ${r}`);
      else events.push(r);
    }
  }
  return { sentences, events, diagnostics };
}
