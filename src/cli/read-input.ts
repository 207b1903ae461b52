import { readFile } from 'node:fs/promises';

/** How many leading bytes are inspected to tell text from binary data. */
const SNIFF_BYTES = 8192;

/** Share of control bytes in the sniffed prefix above which the input is taken as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Input that cannot be read as text (missing file, binary data): the message names the input. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Why `bytes` does not look like text, or null when it does: a NUL byte or a high share of
 * control characters in the first 8 KB (UTF-16 with a BOM is text and handled by the caller).
 */
export function detectBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return `NUL byte at offset ${i}`;
    // Tab, line feed, form feed, carriage return and ESC (ANSI colours in logs) are text.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    return `${control} control bytes in the first ${n} bytes`;
  }
  return null;
}

/**
 * Decodes bytes as text: UTF-8 by default, leniently (invalid sequences become U+FFFD), BOM
 * stripped; UTF-16 when it starts with a UTF-16 BOM. Throws InputError naming `name` on binary data.
 */
export function decodeTextInput(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return new TextDecoder(encoding).decode(bytes);
  }
  const why = detectBinary(bytes);
  if (why) throw new InputError(`${name}: not a text file (${why})`);
  return new TextDecoder('utf-8').decode(bytes);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Reads the text input of a CLI command: a file, or stdin for `-` or no argument. `label` names
 * stdin in messages and results (default `stdin`). Invalid UTF-8 becomes U+FFFD; binary input
 * and unreadable files throw an InputError whose message names the file.
 */
export async function readTextInput(pathOrDash: string | undefined, label?: string): Promise<{ text: string; name: string }> {
  const fromStdin = pathOrDash === undefined || pathOrDash === '-';
  const name = fromStdin ? (label ?? 'stdin') : (pathOrDash as string);
  let bytes: Uint8Array;
  try {
    bytes = fromStdin ? await readStdin() : await readFile(pathOrDash as string);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new InputError(`${name}: cannot read input (${reason})`);
  }
  return { text: decodeTextInput(bytes, name), name };
}
