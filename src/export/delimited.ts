/** One column of a delimited table: header name and how to get the value from a row. */
export type Column<T> = [name: string, value: (row: T) => string | number | boolean | null | undefined];

/** Quotes a field RFC 4180-style when it holds the delimiter, a quote, CR or LF (quotes doubled). */
export function quoteField(value: string | number | boolean | null | undefined, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  if (s.includes(delimiter) || /["\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** Builds the header and row functions of a delimited table over `columns`. */
export function delimitedTable<T>(columns: Column<T>[], delimiter: string, eol: string): { header: string; row(r: T): string } {
  return {
    header: columns.map(([name]) => quoteField(name, delimiter)).join(delimiter) + eol,
    row: (r: T) => columns.map(([, value]) => quoteField(value(r), delimiter)).join(delimiter) + eol,
  };
}
