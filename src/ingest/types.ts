import type { Document } from '../model/index.js';

/** One result of reading inputs: a document, or the reason an input (file, line, item) was skipped. */
export type IngestItem =
  | { ok: true; doc: Document }
  | { ok: false; origin: string; error: string };

/** Article text and metadata as extracted from one page, before normalisation and hashing. */
export interface ExtractedArticle {
  text: string;
  title: string | null;
  author: string | null;
  /** ISO `YYYY-MM-DD` or null. */
  published: string | null;
  source: string | null;
  url: string | null;
}

/** Formats the readers recognise; `unsupported` (binary or unknown) means the input is reported and skipped. */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'atom' | 'unsupported';

/** Options for `readInputs`. */
export interface ReadOptions {
  /** Stream read for the path `-` (defaults to process.stdin); tests pass their own. */
  stdin?: NodeJS.ReadableStream;
  /** Largest single text, HTML or feed input read into memory, in bytes (default 32 MB); JSONL is streamed and has no limit. */
  maxFileBytes?: number;
}
