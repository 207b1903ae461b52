// Readers: files, directories, stdin and gzip, dispatched by detected format. I/O lives here;
// everything it calls is a pure function of the text.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { detectFormat, isGzip } from './detect.js';
import { parseFeed } from './feed.js';
import { extractArticle } from './html.js';
import { parseJsonlRecord } from './jsonl.js';
import { toDocument } from './normalize.js';
import { extractFromPlainText } from './plain-text.js';
import type { ExtractedArticle, IngestItem, ReadOptions } from './types.js';

const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;
/** Gzip inside gzip is unwrapped at most this many times. */
const MAX_GZIP_LAYERS = 2;

/**
 * Reads documents from files, directories (recursive, sorted, hidden names skipped), `-` (stdin)
 * and gzip, in any supported format. Never throws for a bad input: it yields an error item and
 * goes on.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncIterable<IngestItem> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  for (const path of paths) {
    if (path === '-') {
      yield* readStream(options.stdin ?? process.stdin, 'stdin', '', maxBytes);
      continue;
    }
    yield* readPath(path, maxBytes);
  }
}

async function* readPath(path: string, maxBytes: number): AsyncIterable<IngestItem> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield failure(path, fsMessage(err));
    return;
  }
  if (info.isDirectory()) {
    yield* readDirectory(path, maxBytes);
  } else if (info.isFile()) {
    yield* readStream(createReadStream(path), path, path, maxBytes);
  } else {
    yield failure(path, 'not a regular file or directory');
  }
}

async function* readDirectory(dir: string, maxBytes: number): AsyncIterable<IngestItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield failure(dir, fsMessage(err));
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* readDirectory(path, maxBytes);
    else if (entry.isFile()) yield* readStream(createReadStream(path), path, path, maxBytes);
    else if (entry.isSymbolicLink()) yield* readLinkedFile(path, maxBytes);
  }
}

/** Symlinked files are read; symlinked directories are skipped so a link cycle cannot loop. */
async function* readLinkedFile(path: string, maxBytes: number): AsyncIterable<IngestItem> {
  try {
    if (!(await stat(path)).isFile()) return;
  } catch (err) {
    yield failure(path, fsMessage(err));
    return;
  }
  yield* readStream(createReadStream(path), path, path, maxBytes);
}

async function* readStream(stream: NodeJS.ReadableStream, origin: string, name: string, maxBytes: number): AsyncIterable<IngestItem> {
  let input = new PeekableStream(stream);
  try {
    for (let layer = 0; layer < MAX_GZIP_LAYERS && isGzip(await input.peek(2)); layer++) {
      input = new PeekableStream(Readable.from(input).pipe(createGunzip()));
    }
    const head = await input.peek(HEAD_BYTES);
    const format = detectFormat(head, name);
    if (format === 'unsupported') {
      yield failure(origin, 'binary or unsupported file');
      input.close();
      return;
    }
    if (format === 'jsonl') {
      yield* readJsonl(input, origin, maxBytes);
      return;
    }
    const text = await input.readAll(maxBytes);
    if (text === null) {
      yield failure(origin, `file larger than ${maxBytes} bytes (only JSONL is streamed)`);
      return;
    }
    if (format === 'rss' || format === 'atom') {
      yield* feedItems(text, origin);
      return;
    }
    const article = format === 'html' ? extractArticle(text) : extractFromPlainText(text);
    yield toItem(article, origin);
  } catch (err) {
    // Read errors (permissions, truncated or corrupt gzip) end this input only.
    yield failure(origin, readMessage(err));
    input.close();
  }
}

async function* readJsonl(input: PeekableStream, origin: string, maxLineBytes: number): AsyncIterable<IngestItem> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNo = 0;
  let overlong = false;
  const handle = (line: string): IngestItem | null => {
    lineNo++;
    if (line.trim() === '') return null;
    const result = parseJsonlRecord(line.replace(/^\uFEFF/, ''));
    const where = `${origin}:${lineNo}`;
    if (!result.ok) return failure(where, result.error);
    return toItem(result.article, result.recordId ? `${where}#${result.recordId}` : where);
  };
  for await (const chunk of input) {
    const text = pending + decoder.write(chunk);
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      const line = text.slice(start, nl);
      start = nl + 1;
      if (overlong || Buffer.byteLength(line) > maxLineBytes) {
        lineNo++;
        yield failure(`${origin}:${lineNo}`, `line longer than ${maxLineBytes} bytes`);
        overlong = false;
        continue;
      }
      const item = handle(line);
      if (item) yield item;
    }
    pending = text.slice(start);
    // A line without end beyond the limit is dropped as it streams instead of filling memory.
    if (pending.length > maxLineBytes) {
      overlong = true;
      pending = '';
    }
  }
  pending += decoder.end();
  if (overlong || Buffer.byteLength(pending) > maxLineBytes) yield failure(`${origin}:${lineNo + 1}`, `line longer than ${maxLineBytes} bytes`);
  else {
    const item = handle(pending);
    if (item) yield item;
  }
}

function* feedItems(xml: string, origin: string): Iterable<IngestItem> {
  const feed = parseFeed(xml);
  if (!feed.ok) {
    yield failure(origin, feed.error);
    return;
  }
  if (feed.entries.length === 0) yield failure(origin, 'feed has no items');
  for (const entry of feed.entries) yield toItem(entry.article, `${origin}#item-${entry.index}`);
}

function toItem(article: ExtractedArticle, origin: string): IngestItem {
  const doc = toDocument(article, origin);
  if (doc.text === '') return failure(origin, 'no article text found');
  return { ok: true, doc };
}

function failure(origin: string, error: string): IngestItem {
  return { ok: false, origin, error };
}

function fsMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return readMessage(err);
}

function readMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && e.code.startsWith('Z_')) return `corrupt gzip data (${e.message})`;
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(err);
}

/** A byte stream whose first bytes can be inspected before it is consumed. */
class PeekableStream implements AsyncIterable<Buffer> {
  private readonly source: AsyncIterator<unknown>;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private done = false;

  constructor(private readonly stream: NodeJS.ReadableStream) {
    this.source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  }

  /** Up to `n` bytes from the start, without consuming them. */
  async peek(n: number): Promise<Buffer> {
    while (this.bufferedBytes < n && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else this.push(toBuffer(next.value));
    }
    const all = Buffer.concat(this.buffered);
    this.buffered = [all];
    return all.subarray(0, n);
  }

  /** The whole stream as UTF-8 text, or null when it exceeds `maxBytes`. */
  async readAll(maxBytes: number): Promise<string | null> {
    const parts: Buffer[] = [];
    let total = 0;
    for await (const chunk of this) {
      total += chunk.length;
      if (total > maxBytes) {
        this.close();
        return null;
      }
      parts.push(chunk);
    }
    return new TextDecoder('utf-8').decode(Buffer.concat(parts));
  }

  close(): void {
    const s = this.stream as Partial<Readable>;
    if (typeof s.destroy === 'function' && this.stream !== process.stdin) s.destroy();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Buffer> {
    while (this.buffered.length > 0) {
      const b = this.buffered.shift()!;
      this.bufferedBytes -= b.length;
      if (b.length > 0) yield b;
    }
    while (!this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else yield toBuffer(next.value);
    }
  }

  private push(b: Buffer): void {
    this.buffered.push(b);
    this.bufferedBytes += b.length;
  }
}

function toBuffer(v: unknown): Buffer {
  return Buffer.isBuffer(v) ? v : typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v as Uint8Array);
}
