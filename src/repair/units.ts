/**
 * Code-unit buffer helpers for the whole-line path: decoding a line's bytes on
 * a page (from the page's encode table, with no intermediate bytes), comparing
 * and counting, and turning a reading into a string.
 */
import { codePages, type CodePage } from './codepages.js';

/** Per code unit, the pages on which it is the same byte (0x80 or more) as on Windows-1252. */
export const sameByteAsWindows1252 = new Uint16Array(0x10000);
for (const [unit, byte] of codePages[0]!.bytes) {
  for (const page of codePages) if (page.bytes.get(unit) === byte) sameByteAsWindows1252[unit]! |= 1 << page.bit;
}

/** What decodeOnPage notes about the reading it wrote. */
export interface DecodedFacts {
  c1: boolean;
  codePoints: number;
}

/**
 * The line's bytes on this page, from its encode table, read as UTF-8 and
 * written as UTF-16 code units into `units`: their count (its C1 controls and
 * code points noted in `facts`), or -1 when a
 * character does not encode or the bytes are not valid UTF-8 (one pass, no
 * intermediate bytes).
 */
export function decodeOnPage(line: Uint16Array, length: number, page: CodePage, units: Uint16Array, facts: DecodedFacts): number {
  const encode = page.encode;
  let out = 0;
  let c1 = 0;
  let codePoints = 0;
  for (let i = 0; i < length; i++) {
    const unit = line[i]!;
    if (unit < 0x80) { units[out++] = unit; codePoints++; continue; }
    const lead = encode[unit]!;
    if (lead < 0xc2 || lead > 0xf4) return -1;
    const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    if (i + need >= length) return -1;
    let cp = need === 1 ? lead & 0x1f : need === 2 ? lead & 0x0f : lead & 0x07;
    for (let j = 1; j <= need; j++) {
      const next = line[i + j]!;
      const byte = next < 0x80 ? -1 : encode[next]!;
      if ((byte & 0xc0) !== 0x80) return -1;
      cp = (cp << 6) | (byte & 0x3f);
    }
    // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8.
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return -1;
    if (cp >= 0x10000) {
      units[out++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[out++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      codePoints++;
    } else if (cp !== 0xfeff || i > 0) {
      // A byte order mark at the start of the line is dropped (as the UTF-16 decoder this replaced did).
      units[out++] = cp;
      codePoints++;
      c1 |= +((cp & 0xffe0) === 0x80);
    }
    i += need;
  }
  facts.c1 = c1 === 1;
  facts.codePoints = codePoints;
  return out;
}

export function fallbackCount(units: Uint16Array, length: number, page: CodePage): number {
  let n = 0;
  for (let i = 0; i < length; i++) n += page.fallback[units[i]!]!;
  return n;
}

export function sameUnits(a: Uint16Array, aLength: number, b: Uint16Array, bLength: number): boolean {
  if (aLength !== bLength) return false;
  for (let i = 0; i < aLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a Uint16Array holds its code units little-endian (so its bytes are UTF-16LE). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The code units as a string: Node's UTF-16LE buffer decoding is the cheapest way (no BOM handling, no argument limit). */
export function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 4096)));
  return out;
}
