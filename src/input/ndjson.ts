/**
 * NDJSON input: one posting a line, `{"id": "...", "content": "..."}` or
 * `{"id": "...", "contentBase64": "..."}` (raw bytes, so decoding and mojibake
 * repair still see what was scraped). Lines are read one at a time, so stdin
 * of any length streams, and no line is held past a byte cap. A bad line
 * becomes an error entry and reading goes on.
 */
import { Readable } from 'node:stream';

export type NdjsonEntry = { line: number; id: string; bytes: Uint8Array } | { line: number; error: string };

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * The longest line worth reading for a content limit of `maxBytes`: base64
 * makes content 4/3 as long, and the id and keys need a little more.
 */
export function ndjsonLineLimit(maxBytes: number): number {
  return Math.ceil((maxBytes * 4) / 3) + 1024;
}

/**
 * Read entries from a byte stream, one per non-blank line, in order. A line
 * longer than `maxLineBytes` is never held whole: its rest is skipped and it
 * becomes an error entry, and reading goes on with the next line.
 */
export async function* readNdjson(input: AsyncIterable<Uint8Array | string>, maxLineBytes = Infinity): AsyncGenerator<NdjsonEntry> {
  const stream = input instanceof Readable ? input : Readable.from(input);
  let number = 0;
  for await (const read of splitLines(stream, maxLineBytes)) {
    number++;
    // A byte order mark before the first line (Windows tools write one) is not part of the JSON.
    const line = number === 1 && typeof read === 'string' && read.startsWith('\uFEFF') ? read.slice(1) : read;
    const entry = line === TOO_LONG ? { line: number, error: `line is longer than ${maxLineBytes} bytes (the --max-bytes limit, as base64)` } : parseNdjsonLine(line, number);
    if (entry) yield entry;
  }
}

const TOO_LONG = Symbol('line too long');

/** Split bytes at "\n" (dropping a "\r" before it), keeping at most `maxLineBytes` of any one line. */
async function* splitLines(stream: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<string | typeof TOO_LONG> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const finish = () => {
    const line = tooLong ? TOO_LONG : lineText(Buffer.concat(parts, length));
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  const keep = (part: Buffer) => {
    if (tooLong || part.length === 0) return;
    if (length + part.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(part);
    length += part.length;
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(bytes.subarray(start));
  }
  if (tooLong || length > 0) yield finish();
}

/** A line's bytes as text, without the "\r" of a CRLF line end. */
function lineText(bytes: Buffer): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  return bytes.toString('utf8', 0, end);
}

/** One line to an entry; null for a blank line. */
export function parseNdjsonLine(text: string, line: number): NdjsonEntry | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: `not JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, error: 'not a JSON object' };
  const { id, content, contentBase64 } = value as Record<string, unknown>;
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    return { line, error: '"id" must be a non-empty string or a number' };
  }
  if ((content === undefined) === (contentBase64 === undefined)) {
    return { line, error: 'give exactly one of "content" and "contentBase64"' };
  }
  if (content !== undefined) {
    if (typeof content !== 'string') return { line, error: '"content" must be a string' };
    return { line, id: String(id), bytes: Buffer.from(content, 'utf8') };
  }
  if (typeof contentBase64 !== 'string' || !BASE64.test(contentBase64.replace(/\s+/g, ''))) {
    return { line, error: '"contentBase64" must be a base64 string' };
  }
  return { line, id: String(id), bytes: Buffer.from(contentBase64, 'base64') };
}
