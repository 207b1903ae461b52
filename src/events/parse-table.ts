import type { ActorMention, ParsedSentence, ParsedToken, Upos } from '../model/index.js';

const UPOS = new Set<string>([
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
]);
const CLASSES = new Set(['IGO', 'IMG', 'NGO', 'MNC']);
const ROLES = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SPY', 'BUS', 'MED', 'CVL', 'REF', 'EDU', 'HLH', 'LAB', 'ELI', 'CRM',
  'UAF', 'RAD', 'MOD', 'REL', 'ENV', 'HRI', 'AGR', 'DEV', 'MUS',
]);

/**
 * Builds a ParsedSentence from compact CoNLL-U-like rows `ID FORM LEMMA UPOS HEAD DEPREL [XPOS]`
 * (1-based ids, head 0 = root), so coder tests and `dyad explain --table` need no trained parser.
 * Throws with the row number and value on a malformed row: tables are written by hand.
 */
export function parseTable(rows: string[], index = 0, offset = 0): ParsedSentence {
  const tokens: ParsedToken[] = [];
  let pos = offset;
  rows.forEach((row, n) => {
    const f = row.trim().split(/\s+/);
    if (f.length < 6) throw new Error(`row ${n + 1}: expected 'ID FORM LEMMA UPOS HEAD DEPREL [XPOS]', got '${row}'`);
    const [id, form, lemma, upos, head, deprel, xpos] = f;
    if (Number(id) !== n + 1) throw new Error(`row ${n + 1}: id ${id} out of order`);
    if (!UPOS.has(upos)) throw new Error(`row ${n + 1}: unknown UPOS '${upos}'`);
    if (!/^\d+$/.test(head) || Number(head) > rows.length) throw new Error(`row ${n + 1}: bad head '${head}'`);
    tokens.push({
      index: n,
      text: form,
      start: pos,
      end: pos + form.length,
      spaceAfter: true,
      upos: upos as Upos,
      xpos: xpos ?? '_',
      lemma,
      head: Number(head) - 1,
      deprel,
    });
    pos += form.length + 1;
  });
  const text = tokens.map((t) => t.text).join(' ');
  return { index, text, start: offset, end: offset + text.length, tokens };
}

/** Splits a CAMEO-style actor code into country, roles and group (`AFGINSTAL` → AFG, [INS], TAL). */
export function splitActorCode(code: string): { country: string | null; roles: string[]; group: string | null } {
  const blocks = code.match(/.{1,3}/g) ?? [];
  const first = blocks[0] ?? '';
  const country = CLASSES.has(first) ? null : first || null;
  const roles: string[] = [];
  let group: string | null = null;
  for (const b of blocks.slice(1)) {
    if (ROLES.has(b)) roles.push(b);
    else group = (group ?? '') + b;
  }
  return { country, roles, group };
}

/** One sentence of a coder fixture: the parse and the actor mentions given by hand. */
export interface FixtureSentence {
  parsed: ParsedSentence;
  mentions: ActorMention[];
}

/** A coder fixture document: its date and sentences. */
export interface FixtureDocument {
  date: string | null;
  sentences: FixtureSentence[];
}

/**
 * Reads a coder fixture: `# date: YYYY-MM-DD`, then sentences separated by blank lines, each with
 * `# actor: START-END[@HEAD] CODE [carried]` lines (1-based inclusive token ids; head defaults to
 * END) and table rows. Actors are given by hand so the fixture tests the coder alone.
 */
export function parseFixture(text: string, file = 'fixture'): FixtureDocument {
  let date: string | null = null;
  const sentences: FixtureSentence[] = [];
  const blocks = text.split(/\r?\n\s*\r?\n/);
  let offset = 0;
  for (const block of blocks) {
    const lines = block.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const rows: string[] = [];
    const actors: { start: number; end: number; head: number; code: string; carried: boolean; line: string }[] = [];
    for (const line of lines) {
      const d = /^#\s*date:\s*(\S+)/.exec(line);
      if (d) {
        date = d[1];
        continue;
      }
      const a = /^#\s*actor:\s*(\d+)-(\d+)(?:@(\d+))?\s+([A-Z]{3,})(\s+carried)?\s*$/.exec(line);
      if (a) {
        actors.push({ start: +a[1] - 1, end: +a[2], head: (a[3] ? +a[3] : +a[2]) - 1, code: a[4], carried: !!a[5], line });
        continue;
      }
      if (line.startsWith('#')) continue;
      rows.push(line);
    }
    if (rows.length === 0) continue;
    let parsed: ParsedSentence;
    try {
      parsed = parseTable(rows, sentences.length, offset);
    } catch (err) {
      throw new Error(`${file}: sentence ${sentences.length + 1}: ${(err as Error).message}`);
    }
    offset = parsed.end + 1;
    const mentions: ActorMention[] = actors.map((x) => {
      if (x.end > parsed.tokens.length || x.start < 0 || x.start >= x.end) throw new Error(`${file}: bad actor span in '${x.line}'`);
      return {
        code: x.code,
        ...splitActorCode(x.code),
        text: parsed.tokens.slice(x.start, x.end).map((t) => t.text).join(' '),
        sentence: parsed.index,
        start: x.start,
        end: x.end,
        head: x.head,
        entries: [`fixture:${x.code}`],
        ...(x.carried ? { carried: true } : {}),
      };
    });
    sentences.push({ parsed, mentions });
  }
  return { date, sentences };
}
