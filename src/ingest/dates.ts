// Date recognition for mastheads, meta tags and feeds. Everything ends as ISO `YYYY-MM-DD`.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

// Each pattern knows which capture holds year, month and day; order matters (ISO first).
const PATTERNS: { re: RegExp; y: number; m: number; d: number; named: boolean }[] = [
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/, y: 1, m: 2, d: 3, named: false },
  // "January 22nd, 2022", "Jan. 22 2022"
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), y: 3, m: 1, d: 2, named: true },
  // "22 Jan 2022", "22nd of January, 2022", RFC 822 "Sat, 22 Jan 2022 10:00:00 +0000"
  { re: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'i'), y: 3, m: 2, d: 1, named: true },
];

/** Finds the first calendar date written anywhere in `text` and returns it as `YYYY-MM-DD`, or null. */
export function findDate(text: string): string | null {
  const head = text.slice(0, 2000);
  let best: { index: number; iso: string } | null = null;
  for (const p of PATTERNS) {
    const m = p.re.exec(head);
    if (!m) continue;
    const iso = toIso(m[p.y], m[p.m], m[p.d], p.named);
    if (iso !== null && (best === null || m.index < best.index)) best = { index: m.index, iso };
  }
  return best?.iso ?? null;
}

/**
 * Normalises one date value (ISO, "Saturday, January 22nd, 2022", "22 Jan 2022", RFC 822) to
 * `YYYY-MM-DD`, or null when it holds no valid date. Time zones are ignored: the written calendar
 * day is the publication day.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  return findDate(value.trim());
}

function toIso(year: string, month: string, day: string, named: boolean): string | null {
  const y = Number(year);
  const m = named ? MONTHS[month.toLowerCase().replace('.', '')] : Number(month);
  const d = Number(day);
  if (!m || y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
