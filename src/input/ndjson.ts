/**
 * NDJSON input: one posting a line, `{"id": "...", "content": "..."}` or
 * `{"id": "...", "contentBase64": "..."}` (raw bytes, so decoding and mojibake
 * repair still see what was scraped). Lines are read one at a time, so stdin
 * of any length streams. A bad line becomes an error entry and reading goes on.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

export type NdjsonEntry = { line: number; id: string; bytes: Uint8Array } | { line: number; error: string };

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Read entries from a byte stream, one per non-blank line, in order. */
export async function* readNdjson(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<NdjsonEntry> {
  const stream = input instanceof Readable ? input : Readable.from(input);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number++;
    const entry = parseNdjsonLine(text, number);
    if (entry) yield entry;
  }
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
