// Format detection from the first bytes of an input (after gunzip) and its file name.
import type { InputFormat } from './types.js';

/** File signatures of common binary formats that are never articles. */
const BINARY_MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX, EPUB
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];

/** True when the bytes start with the gzip signature. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Decides how to read an input from its first bytes (up to 64 KB, decompressed) and its name:
 * binary signatures, NUL bytes or undecodable text → `unsupported`; then JSONL, RSS, Atom, HTML, text.
 */
export function detectFormat(head: Uint8Array, name = ''): InputFormat {
  if (BINARY_MAGIC.some((sig) => sig.every((b, i) => head[i] === b))) return 'unsupported';
  if (isGzip(head)) return 'unsupported';
  const sample = head.subarray(0, 8192);
  if (sample.includes(0)) return 'unsupported';
  // A multi-byte character cut at the end of the sample must not count as garbage.
  const text = new TextDecoder('utf-8').decode(sample.subarray(0, Math.max(0, sample.length - (head.length > sample.length ? 3 : 0))));
  if (looksBinary(text)) return 'unsupported';
  const ext = extension(name);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (ext === 'jsonl' || ext === 'ndjson' || start.startsWith('{')) return 'jsonl';
  const lower = start.slice(0, 4096).toLowerCase();
  const markup = lower.replace(/^(?:<\?xml[^>]*>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*>|\s+)*/, '');
  if (/^<rss\b/.test(markup) || /^<rdf:rdf\b/.test(markup)) return 'rss';
  if (/^<feed\b/.test(markup)) return 'atom';
  if (ext === 'rss') return 'rss';
  if (ext === 'atom') return 'atom';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (/^<(?:!doctype\s+html|html|head|body|article|div|main|p|section|meta|title|h[1-6])\b/.test(markup)) return 'html';
  if (/^<\?xml\b/.test(lower) || ext === 'xml') return 'unsupported';
  return 'text';
}

/** True when more than 5% of the characters are control characters or decoding failures. */
function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return bad / text.length > 0.05;
}

function extension(name: string): string {
  const base = name.replace(/\.gz$/i, '');
  const dot = base.lastIndexOf('.');
  const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  return dot > slash + 1 ? base.slice(dot + 1).toLowerCase() : '';
}
