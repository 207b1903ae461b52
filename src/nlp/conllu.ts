import type { ParsedSentence } from '../model/index.js';

/** One word line of a CoNLL-U file (the 10 columns; `head` is the 1-based head id, 0 for the root, -1 when unknown). */
export interface ConlluToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token line `N-M` (e.g. `don't` over the words `do` and `n't`). */
export interface ConlluMultiword {
  start: number;
  end: number;
  form: string;
}

/** A problem met while reading, kept so that callers can report it without the read failing. */
export interface ConlluProblem {
  file: string;
  line: number;
  message: string;
}

/** A sentence of a CoNLL-U file with its comments, as read by `readConllu`. */
export interface ConlluSentence {
  /** Every comment line of the sentence, without the leading `#` and one space. */
  comments: string[];
  sentId?: string;
  text?: string;
  /** Value of `# newdoc` (`''` when given without an id), when present. */
  newdoc?: string;
  /** Value of `# newpar` (`''` when given without an id), when present. */
  newpar?: string;
  tokens: ConlluToken[];
  multiword: ConlluMultiword[];
  /** 1-based line number of the sentence's first line in the input. */
  line: number;
  /** Lines that could not be read cleanly (the sentence is still returned). */
  problems: ConlluProblem[];
}

function parseComment(sentence: ConlluSentence, body: string): void {
  sentence.comments.push(body);
  const m = /^(sent_id|text|newdoc|newpar)(?:\s+id)?\s*(?:=\s?(.*))?$/.exec(body);
  if (!m) return;
  const value = m[2] ?? '';
  if (m[1] === 'sent_id') sentence.sentId = value.trim();
  else if (m[1] === 'text') sentence.text = value;
  else if (m[1] === 'newdoc') sentence.newdoc = value.trim();
  else sentence.newpar = value.trim();
}

function column(cols: string[], i: number): string {
  const v = cols[i];
  return v === undefined || v === '' ? '_' : v;
}

/**
 * Reads CoNLL-U text into sentences. Tolerant: malformed lines are recorded in `problems`
 * (naming file and line) instead of throwing; empty nodes `N.M` are skipped.
 */
export function readConllu(text: string, file = '<input>'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  const lines = text.split(/\r?\n/);
  let cur: ConlluSentence | null = null;
  const start = (lineNo: number): ConlluSentence => {
    cur = { comments: [], tokens: [], multiword: [], line: lineNo, problems: [] };
    return cur;
  };
  const flush = (): void => {
    if (cur && (cur.tokens.length > 0 || cur.comments.length > 0)) {
      if (cur.tokens.length > 0) out.push(cur);
    }
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineNo = i + 1;
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const s: ConlluSentence = cur ?? start(lineNo);
    if (raw.startsWith('#')) {
      parseComment(s, raw.replace(/^#\s?/, ''));
      continue;
    }
    const cols = raw.split('\t');
    const id = cols[0];
    if (/^\d+\.\d+$/.test(id)) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      s.multiword.push({ start: Number(range[1]), end: Number(range[2]), form: column(cols, 1) });
      continue;
    }
    if (!/^\d+$/.test(id)) {
      s.problems.push({ file, line: lineNo, message: `${file}:${lineNo}: bad token id ${JSON.stringify(id)}` });
      continue;
    }
    if (cols.length !== 10) {
      s.problems.push({ file, line: lineNo, message: `${file}:${lineNo}: expected 10 columns, found ${cols.length}` });
    }
    const headText = column(cols, 6);
    let head = -1;
    if (/^\d+$/.test(headText)) head = Number(headText);
    else if (headText !== '_') {
      s.problems.push({ file, line: lineNo, message: `${file}:${lineNo}: bad head ${JSON.stringify(headText)}` });
    }
    s.tokens.push({
      id: Number(id),
      form: column(cols, 1),
      lemma: column(cols, 2),
      upos: column(cols, 3),
      xpos: column(cols, 4),
      feats: column(cols, 5),
      head,
      deprel: column(cols, 7),
      deps: column(cols, 8),
      misc: column(cols, 9),
    });
  }
  flush();
  return out;
}

/** Options of `writeConllu`. */
export interface WriteConlluOptions {
  /** Prefix of the generated `# sent_id` values (default `s`); ids are `PREFIX-N`, N 1-based. */
  sentIdPrefix?: string;
  /** Write `# newdoc` before the first sentence, with this id when non-empty. */
  newdoc?: string;
}

function clean(value: string): string {
  // CoNLL-U columns cannot hold tabs, newlines or be empty.
  const v = value.replace(/[\t\r\n]/g, ' ');
  return v === '' ? '_' : v;
}

/**
 * Writes parsed sentences as CoNLL-U: `# sent_id`, `# text`, 10 columns, and MISC with
 * `SpaceAfter=No` and `TokenRange=START:END` (character offsets into the document).
 */
export function writeConllu(sentences: ParsedSentence[], opts: WriteConlluOptions = {}): string {
  const prefix = opts.sentIdPrefix ?? 's';
  const parts: string[] = [];
  if (opts.newdoc !== undefined) parts.push(opts.newdoc ? `# newdoc id = ${opts.newdoc}\n` : '# newdoc\n');
  sentences.forEach((s, n) => {
    parts.push(`# sent_id = ${prefix}-${n + 1}\n# text = ${s.text.replace(/\s+/g, ' ').trim()}\n`);
    for (const t of s.tokens) {
      const misc = (t.spaceAfter ? '' : 'SpaceAfter=No|') + `TokenRange=${t.start}:${t.end}`;
      parts.push(
        [
          String(t.index + 1),
          clean(t.text),
          clean(t.lemma),
          t.upos,
          clean(t.xpos),
          '_',
          String(t.head + 1),
          clean(t.deprel),
          '_',
          misc,
        ].join('\t') + '\n',
      );
    }
    parts.push('\n');
  });
  return parts.join('');
}
