/** An article as dyad keeps it: the coded body plus what is known about where it came from. */
export interface Document {
  /** Hash of the normalised body (see ingest); stable across re-ingestion. */
  id: string;
  /** The article body that is coded (boilerplate removed). Token offsets refer to this string. */
  text: string;
  title: string | null;
  author: string | null;
  /** Publication date, ISO `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  /** Publisher or outlet name. */
  source: string | null;
  url: string | null;
  /** Where the document was read from (file path, `stdin`, feed URL + item). */
  origin?: string;
}
