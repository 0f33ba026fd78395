/**
 * Legacy encodings: which one a file that is not UTF-8 was written in.
 *
 * Two opinions, in order:
 * 1. jschardet (a maintained port of chardet 7, pure JavaScript): it knows
 *    the multi-byte encodings (Shift-JIS, EUC-JP, EUC-KR/CP949, GB18030,
 *    Big5), the Cyrillic pages (KOI8-R, CP866, Windows-1251, MacCyrillic),
 *    ISO-8859-2 and the rest, from byte statistics of real text.
 * 2. Our own test (codepages.ts guessLegacyEncoding): each single-byte page's
 *    reading scored with the mojibake oddness measure. It decides when the
 *    detector names nothing we can decode, is unsure (a line or two of text
 *    is too little for byte statistics), or its reading holds U+FFFD or
 *    control characters where ours has none.
 * jschardet and iconv-lite are CommonJS and loaded on the first legacy file:
 * start-up and UTF-8 input never need them.
 */
import { createRequire } from 'node:module';
import type * as Jschardet from 'jschardet';
import { decodeLegacy, guessLegacyEncoding } from './codepages.js';

const require = createRequire(import.meta.url);
// Loaded on first use; require keeps it.
const jschardet = (): typeof Jschardet => require('jschardet') as typeof Jschardet;

/** Detector names spelled as `source.encoding` spells them (lower case, with the usual hyphens). */
const NAMES: Record<string, string> = {
  cp932: 'shift_jis', 'shift-jis': 'shift_jis', ibm866: 'cp866', 'utf-32-le': 'utf-32le', 'utf-32-be': 'utf-32be',
  'euc-kr': 'cp949', gb2312: 'gb18030', gbk: 'gb18030', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252',
};

/**
 * Below this confidence the detector is guessing (a line or two of text):
 * our own test decides, unless it names a multi-byte encoding, which ours cannot read.
 */
const MIN_CONFIDENCE = 0.05;
const MULTI_BYTE = new Set(['shift_jis', 'euc-jp', 'cp949', 'gb18030', 'big5', 'utf-32le', 'utf-32be']);

/** What the detector names, spelled our way, or null when it names nothing we can decode. */
function detectorOpinion(bytes: Uint8Array): string | null {
  const answer = jschardet().detect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!answer.encoding) return null;
  const lower = answer.encoding.toLowerCase().replace(/^iso8859-/, 'iso-8859-');
  const name = NAMES[lower] ?? lower;
  if (name === 'utf-8' || name.startsWith('utf-16')) return null;
  if (answer.confidence < MIN_CONFIDENCE && !MULTI_BYTE.has(name)) return null;
  return decodable(name) ? name : null;
}

function decodable(name: string): boolean {
  try {
    decodeLegacy(new Uint8Array([0x41]), name);
    return true;
  } catch {
    return false;
  }
}

/** Characters a right reading of a text file does not hold: U+FFFD and C0/C1 controls other than tab, newlines and form feed. */
function unreadable(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x80 && c <= 0x9f)) n++;
  }
  return n;
}

/** The likeliest legacy encoding of bytes that are not UTF-8, and the text read with it. */
export function readLegacy(bytes: Uint8Array): { encoding: string; text: string } {
  const ours = guessLegacyEncoding(bytes);
  const oursText = decodeLegacy(bytes, ours);
  const theirs = detectorOpinion(bytes);
  if (theirs && theirs !== ours) {
    const theirsText = decodeLegacy(bytes, theirs);
    if (unreadable(theirsText) <= unreadable(oursText)) return { encoding: theirs, text: theirsText };
  }
  return { encoding: ours, text: oursText };
}

/**
 * UTF-32 without a byte order mark: every 4-byte unit a code point, with the
 * zero bytes of one side (ASCII and most scripts sit below U+10000), so the
 * high 16 bits are zero in nearly every unit.
 */
export function utf32WithoutBom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  if (bytes.length < 8 || bytes.length % 4 !== 0) return null;
  const units = Math.min(bytes.length, 16384) >> 2;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units * 4; i += 4) {
    if (bytes[i + 2] === 0 && bytes[i + 3] === 0 && (bytes[i] !== 0 || bytes[i + 1] !== 0)) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && (bytes[i + 2] !== 0 || bytes[i + 3] !== 0)) be++;
  }
  const kind = le >= units * 0.95 ? 'utf-32le' : be >= units * 0.95 ? 'utf-32be' : null;
  if (!kind) return null;
  // Text has spaces or line breaks; 32-bit numbers that happen to fit have none.
  for (let i = 0; i < units * 4; i += 4) {
    const low = kind === 'utf-32le' ? bytes[i]! | (bytes[i + 1]! << 8) : bytes[i + 3]! | (bytes[i + 2]! << 8);
    if (low === 0x20 || low === 0x0a || low === 0x0d) return kind;
  }
  return null;
}
