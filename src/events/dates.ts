/**
 * Resolution of the date expressions of a sentence against the document date: "on Wednesday",
 * "last March", "earlier this month", "yesterday", "three days ago", "March 5", "5 March 2021".
 * Dates with only month precision resolve to the first of the month (documented in docs/coding.md).
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_ALT = MONTHS.map((m) => (m === 'may' ? 'may' : `${m}|${m.slice(0, 3)}\\.?`)).join('|');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3,
};

/** A resolved date: ISO day, the words that gave it, and its precision. */
export interface ResolvedDate {
  date: string;
  text: string;
  precision: 'day' | 'month' | 'year';
}

function iso(d: Date): string {
  const y = d.getUTCFullYear();
  // (written out: `toISOString` took most of the time of resolving a date; it is kept for the years it writes
  // otherwise, with a sign and six digits, and for the invalid date, where it throws)
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${y}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return Number.isNaN(d.getTime()) || iso(d) !== s ? null : d;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === w || m.slice(0, 3) === w);
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

function validDay(y: number, m: number, day: number): Date | null {
  const d = new Date(Date.UTC(y, m, day));
  return d.getUTCMonth() === m && d.getUTCDate() === day ? d : null;
}

/**
 * Words some rules cannot match without (`digit`: a digit), looked up once per text: the rules' regular expressions
 * cost several times more than looking, and most texts have few of these words.
 */
const CUES = ['digit', 'ago', 'day', 'week', 'month', 'year'] as const;
type Cue = (typeof CUES)[number];

/** `cue`, when given, is in every match (lower-cased). */
type Rule = { cue?: Cue; re: RegExp; resolve: (m: RegExpExecArray, doc: Date) => { d: Date; precision: ResolvedDate['precision'] } | null };

// Ordered: the most explicit forms first, so "on March 5, 2021" is not read as "March".
const RULES: Rule[] = [
  { cue: 'digit', re: /\b(\d{4})-(\d{2})-(\d{2})\b/, resolve: (m) => { const d = validDay(+m[1], +m[2] - 1, +m[3]); return d && { d, precision: 'day' }; } },
  {
    cue: 'digit',
    re: new RegExp(`\\b(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => { const d = validDay(+m[3], monthIndex(m[1]), +m[2]); return d && { d, precision: 'day' }; },
  },
  {
    cue: 'digit',
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT}),?\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => { const d = validDay(+m[3], monthIndex(m[2]), +m[1]); return d && { d, precision: 'day' }; },
  },
  {
    cue: 'digit',
    re: new RegExp(`\\b(?:on\\s+)?(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})`, 'i'),
    resolve: (m, doc) => dayWithoutYear(monthIndex(m[1]), +m[2], doc),
  },
  {
    cue: 'digit',
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\b(?!\\s*,?\\s*\\d{4})`, 'i'),
    resolve: (m, doc) => dayWithoutYear(monthIndex(m[2]), +m[1], doc),
  },
  { re: /\byesterday\b/i, resolve: (_m, doc) => ({ d: addDays(doc, -1), precision: 'day' }) },
  { re: /\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/i, resolve: (_m, doc) => ({ d: doc, precision: 'day' }) },
  { re: /\btomorrow\b/i, resolve: (_m, doc) => ({ d: addDays(doc, 1), precision: 'day' }) },
  {
    cue: 'ago',
    re: /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(day|week|month|year)s?\s+ago\b/i,
    resolve: (m, doc) => {
      const n = /^\d+$/.test(m[1]) ? +m[1] : NUMBER_WORDS[m[1].toLowerCase()];
      const unit = m[2].toLowerCase();
      if (unit === 'day') return { d: addDays(doc, -n), precision: 'day' };
      if (unit === 'week') return { d: addDays(doc, -7 * n), precision: 'day' };
      if (unit === 'month') return { d: new Date(Date.UTC(doc.getUTCFullYear(), doc.getUTCMonth() - n, 1)), precision: 'month' };
      return { d: new Date(Date.UTC(doc.getUTCFullYear() - n, 0, 1)), precision: 'year' };
    },
  },
  {
    cue: 'day',
    re: /\b(last|on|this|past|earlier on|late on)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i,
    resolve: (m, doc) => {
      const want = WEEKDAYS.indexOf(m[2].toLowerCase());
      let back = (doc.getUTCDay() - want + 7) % 7;
      // "last Friday" said on a Friday means a week ago; "on Friday" said on a Friday means today.
      if (back === 0 && m[1].toLowerCase() === 'last') back = 7;
      return { d: addDays(doc, -back), precision: 'day' };
    },
  },
  { cue: 'week', re: /\b(earlier|later) this week\b|\bthis week\b/i, resolve: (_m, doc) => ({ d: doc, precision: 'day' }) },
  { cue: 'week', re: /\blast week\b/i, resolve: (_m, doc) => ({ d: addDays(doc, -7), precision: 'day' }) },
  { cue: 'month', re: /\b(?:earlier|later) this month\b|\bthis month\b/i, resolve: (_m, doc) => ({ d: new Date(Date.UTC(doc.getUTCFullYear(), doc.getUTCMonth(), 1)), precision: 'month' }) },
  { cue: 'month', re: /\blast month\b/i, resolve: (_m, doc) => ({ d: new Date(Date.UTC(doc.getUTCFullYear(), doc.getUTCMonth() - 1, 1)), precision: 'month' }) },
  { cue: 'year', re: /\blast year\b/i, resolve: (_m, doc) => ({ d: new Date(Date.UTC(doc.getUTCFullYear() - 1, 0, 1)), precision: 'year' }) },
  { cue: 'year', re: /\b(?:earlier|later) this year\b|\bthis year\b/i, resolve: (_m, doc) => ({ d: new Date(Date.UTC(doc.getUTCFullYear(), 0, 1)), precision: 'year' }) },
  {
    re: new RegExp(`\\b(?:in|last|since|earlier in|late|early|mid|until|by|this|during)[ -](${MONTHS.join('|')})\\b(?:\\s+(\\d{4}))?`, 'i'),
    resolve: (m, doc) => {
      const mi = monthIndex(m[1]);
      if (m[2]) return { d: new Date(Date.UTC(+m[2], mi, 1)), precision: 'month' };
      const last = /^last/i.test(m[0]);
      let y = doc.getUTCFullYear();
      // The most recent such month before the document (or this month, unless "last").
      if (mi > doc.getUTCMonth() || (last && mi === doc.getUTCMonth())) y--;
      return { d: new Date(Date.UTC(y, mi, 1)), precision: 'month' };
    },
  },
  {
    cue: 'digit',
    re: /\b(?:in|during) (\d{4})\b/i,
    resolve: (m) => ({ d: new Date(Date.UTC(+m[1], 0, 1)), precision: 'year' }),
  },
];

function dayWithoutYear(month: number, day: number, doc: Date): { d: Date; precision: 'day' } | null {
  if (month < 0) return null;
  let d = validDay(doc.getUTCFullYear(), month, day);
  // News reports the past: a day later than the document is last year's.
  if (d && d.getTime() > doc.getTime() + 86400000) d = validDay(doc.getUTCFullYear() - 1, month, day);
  return d && { d, precision: 'day' };
}

/** A superset of what the rules match: digits, month names and abbreviations, and "day" (weekdays, today, yesterday), week, month, year, tonight, tomorrow, morning ... */
const MAYBE_DATE = /\d|day|week|month|year|tonight|tomorrow|morning|afternoon|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * The date of the first date expression in `text`, resolved against `docDate` (ISO), or null when
 * there is none or no document date to resolve a relative one against. Explicit full dates need no
 * document date. Never throws.
 */
export function resolveDate(text: string, docDate: string | null): ResolvedDate | null {
  // every rule needs a digit, a month or a weekday, or a word of time: most sentences have none
  if (!MAYBE_DATE.test(text)) return null;
  const doc = docDate ? documentDate(docDate) : null;
  const lower = text.toLowerCase();
  const cues = new Set<Cue>(CUES.filter((c) => (c === 'digit' ? /\d/.test(text) : lower.includes(c))));
  let best: { index: number; r: ResolvedDate } | null = null;
  for (const rule of RULES) {
    if (rule.cue && !cues.has(rule.cue)) continue;
    const m = rule.re.exec(text);
    if (!m) continue;
    if (best && m.index >= best.index) continue;
    const absolute = rule === RULES[0] || rule === RULES[1] || rule === RULES[2] || /\d{4}/.test(m[0]);
    if (!doc && !absolute) continue;
    const got = rule.resolve(m, doc ?? new Date(0));
    if (!got) continue;
    best = { index: m.index, r: { date: iso(got.d), text: m[0].trim(), precision: got.precision } };
  }
  return best?.r ?? null;
}

/** The last document date parsed, and its day: a document's sentences share it. (The day is never changed.) */
let lastDocument: { text: string; day: Date | null } | null = null;

function documentDate(text: string): Date | null {
  if (lastDocument?.text !== text) lastDocument = { text, day: parseIso(text) };
  return lastDocument.day;
}

/** True when `s` is a valid ISO `YYYY-MM-DD` calendar date. */
export function isIsoDate(s: string): boolean {
  return parseIso(s) !== null;
}
