/**
 * decode: bytes -> text. Reads BOMs (UTF-8, UTF-16 and UTF-32 LE/BE), UTF-32
 * and UTF-16 without a BOM (Latin and CJK scripts), valid UTF-8, UTF-8 with a
 * few stray bytes (U+FFFD and a warning, never a legacy page), and otherwise
 * the likeliest legacy encoding (repair/legacy.ts: jschardet, then our own test;
 * Western bytes that read alike on the Latin pages skip jschardet: legacy-latin.ts).
 * Binary files are refused here, before any text stage sees them.
 */
import type { PostingDoc } from '../document.js';
import { message } from '../document.js';
import { MULTI_BYTE_LEGACY, readLegacy, utf32WithoutBom } from '../repair/legacy.js';
import { westernWithoutDetector } from './legacy-latin.js';

const BINARY_MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['ZIP archive', [0x50, 0x4b, 0x07, 0x08]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['Office document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['RIFF media (WebP, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['Mach-O executable', [0xcf, 0xfa, 0xed, 0xfe]],
  ['Windows executable', [0x4d, 0x5a, 0x90, 0x00]],
];

/** Share of control bytes (other than tab, newlines, form feed, escape) above which a file is data, not text. */
const MAX_CONTROL_SHARE = 0.1;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Loose = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(doc: PostingDoc): PostingDoc {
  const bytes = doc.bytes;
  if (bytes.length === 0) {
    message(doc, 'empty-file', { fatal: true });
    return doc;
  }
  const utf32 = utf32Bom(bytes) ?? utf32WithoutBom(bytes);
  if (utf32) {
    const text = decodeUtf32(bytes, utf32);
    if (text !== null) {
      doc.encoding = utf32;
      doc.text = text;
      return doc;
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(doc, bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    doc.encoding = 'utf-16le';
    doc.text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return doc;
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    doc.encoding = 'utf-16be';
    doc.text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return doc;
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    doc.encoding = utf16.encoding;
    doc.text = utf16.text;
    return doc;
  }
  const binary = binaryKind(bytes);
  if (binary) {
    message(doc, 'binary-file', { fatal: true, args: { kind: binary } });
    return doc;
  }
  return decodeUtf8(doc, bytes, 'utf-8');
}

function decodeUtf8(doc: PostingDoc, bytes: Uint8Array, label: string): PostingDoc {
  try {
    doc.text = utf8Strict.decode(bytes);
    doc.encoding = label;
    return doc;
  } catch {
    // Not valid UTF-8: either a legacy code page, or UTF-8 with a few bad bytes.
  }
  const { valid, invalid, firstInvalid } = scanUtf8(bytes);
  // Stray bytes in UTF-8 (a pasted 0x96, a cut sequence) are no reason to read the rest with a legacy page.
  if (valid > 0 && invalid <= valid) {
    doc.text = utf8Loose.decode(bytes);
    doc.encoding = label;
    // Placed from the bytes: a U+FFFD of the text may be one the file holds as text (EF BF BD).
    message(doc, 'invalid-bytes', { ...placeAfter(utf8Loose.decode(bytes.subarray(0, firstInvalid))), args: { count: invalid } });
    return doc;
  }
  // Western text on a Windows page needs no detector and its 23 MB model (legacy-latin.ts).
  const { encoding, text } = westernWithoutDetector(bytes) ?? readLegacy(bytes);
  doc.text = text;
  doc.encoding = encoding;
  message(doc, 'decode-fallback', { args: { encoding } });
  return doc;
}

/**
 * The bytes `doc.text` was decoded from, where every ASCII byte is one code
 * unit of the text and every other byte part of a non-ASCII character: UTF-8
 * after its byte-order mark, and 8-bit legacy pages (one code unit a byte).
 * Null for UTF-16, UTF-32 and multi-byte legacy encodings. Repair's pre-scan
 * reads these bytes instead of the text (repair/byte-lines.ts).
 */
export function textBytes(doc: PostingDoc): Uint8Array | null {
  const text = doc.text;
  if (text === undefined) return null;
  if (doc.encoding === 'utf-8') return doc.bytes;
  if (doc.encoding === 'utf-8-bom') return doc.bytes.subarray(3);
  const encoding = doc.encoding ?? '';
  if (encoding.startsWith('utf-') || MULTI_BYTE_LEGACY.has(encoding)) return null;
  return text.length === doc.bytes.length ? doc.bytes : null;
}

/**
 * UTF-16 saved without a byte order mark (some Windows tools do): text in a
 * Latin script then has a zero byte in every other position, on one side
 * only, which no UTF-8 or legacy text has. Chinese, Japanese or Korean text
 * has fewer zeros (its spaces, newlines and Markdown are the ASCII in it), so
 * there one zero-byte side is enough if the bytes are not UTF-8 and the text
 * reads mostly as those scripts. The decoded text must still read as text
 * (valid surrogates, few control characters).
 */
function utf16WithoutBom(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; text: string } | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  // A few zeros on the other side are characters such as U+0100 or U+2000.
  const few = pairs * 0.05;
  const latin = oddZeros >= pairs * 0.3 && evenZeros <= few ? 'utf-16le' : evenZeros >= pairs * 0.3 && oddZeros <= few ? 'utf-16be' : null;
  // Bytes of 8-bit text are never zero: a newline a line is enough to tell UTF-16 of other scripts.
  // Zeros on the other side are characters such as U+3000, the ideographic space.
  const someZeros = Math.max(2, pairs * 0.01);
  const other = latin ? null
    : oddZeros >= someZeros && evenZeros <= few && oddZeros > 2 * evenZeros ? 'utf-16le'
    : evenZeros >= someZeros && oddZeros <= few && evenZeros > 2 * oddZeros ? 'utf-16be'
    : null;
  const encoding = latin ?? other;
  if (!encoding) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (other && (magicKind(bytes) || isUtf8(bytes) || !readsAsCjk(text.slice(0, 4096)))) return null;
  let controls = 0;
  const head = text.slice(0, 4096);
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1b) controls++;
  }
  return controls > head.length * MAX_CONTROL_SHARE ? null : { encoding, text };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Mostly Chinese, Japanese or Korean, with ASCII between: what a posting in those scripts is made of. */
function readsAsCjk(text: string): boolean {
  let cjk = 0;
  let ascii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) ascii++;
    else if ((code >= 0x3000 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff00 && code <= 0xffef)) cjk++;
  }
  return cjk >= text.length * 0.3 && cjk + ascii >= text.length * 0.9;
}

/** The kind of file its first bytes name (PNG, ZIP…), if any. */
function magicKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of BINARY_MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return kind;
  }
  return null;
}

function binaryKind(bytes: Uint8Array): string | null {
  const magic = magicKind(bytes);
  if (magic) return magic;
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return 'contains NUL bytes';
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls++;
  }
  if (controls > sample.length * MAX_CONTROL_SHARE) return 'mostly control bytes';
  return null;
}

/**
 * Well-formed multi-byte UTF-8 sequences (Unicode table 3-7: no overlongs,
 * surrogates or code points past U+10FFFF), invalid ones counted as the
 * decoder replaces them (one U+FFFD for each maximal subpart, as WHATWG
 * decodes), and the byte offset of the first invalid one (-1: none).
 */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) { i++; continue; }
    const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    // The second byte's range depends on the lead; the others are 80-BF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let next = i + 1;
    let got = 0;
    while (got < need && next < bytes.length) {
      const byte = bytes[next]!;
      if (byte < (got === 0 ? low : 0x80) || byte > (got === 0 ? high : 0xbf)) break;
      got++;
      next++;
    }
    if (need > 0 && got === need) valid++;
    else {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
    }
    i = next;
  }
  return { valid, invalid, firstInvalid };
}

function utf32Bom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  return null;
}

/** UTF-32 to text, without a leading byte order mark; null when a unit is no code point (then it is not UTF-32). */
function decodeUtf32(bytes: Uint8Array, encoding: 'utf-32le' | 'utf-32be'): string | null {
  if (bytes.length % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chars: string[] = [];
  let controls = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const cp = view.getUint32(i, encoding === 'utf-32le');
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c && cp !== 0x1b) controls++;
    if (i === 0 && cp === 0xfeff) continue;
    chars.push(String.fromCodePoint(cp));
  }
  // Numbers that happen to fit (a table of 32-bit integers) read as control characters: data, not text.
  return controls > chars.length * MAX_CONTROL_SHARE ? null : chars.join('');
}

/** Line and column (1-based, in code points) of the character that follows `before`, the text up to it. */
function placeAfter(before: string): { line: number; column: number } {
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: before.split(/\r\n|\n|\r/).length, column: Array.from(before.slice(lineStart)).length + 1 };
}
