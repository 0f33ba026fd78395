/**
 * Reading UTF-8 back out of mojibake: at a position in a line, encode the
 * characters with one code page and see whether the bytes form one complete
 * UTF-8 sequence. Besides strict UTF-8 this accepts what ftfy accepts:
 * - CESU-8 (a surrogate pair written as two 3-byte sequences, Java's way);
 * - a space standing for byte 0xA0 (a non-breaking space that some program
 *   turned into a plain space), in the places ftfy's `restore_byte_a0` allows;
 * - "lossy" sequences, where U+FFFD (or, for Windows-1252, whose encoders
 *   write `?` for its five unassigned bytes, a `?`) stands for a byte that was
 *   lost: the whole sequence becomes one U+FFFD.
 * The caller decides, on evidence, whether to use such a reading.
 */
import type { CodePage } from './codepages.js';

/** One UTF-8 sequence found in a line. */
export interface Sequence {
  /** UTF-16 offsets of the characters that spelled the bytes. */
  start: number;
  end: number;
  /** The decoded character (U+FFFD for a lossy sequence). */
  text: string;
  /** A lost byte was involved. */
  lossy: boolean;
  /** A plain space stood for byte 0xA0. */
  altered: boolean;
  /** Characters that only encode through the Latin-1 fallback. */
  fallback: number;
  /** Characters from 0x80-0x9F (C1) among the ones read. */
  c1: number;
}

/** 2-byte lead bytes after which a plain space may stand for 0xA0 (Â Ã Å Î Ð Ù in windows-1252). */
const A0_LEADS = new Set([0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9]);

/** The byte a code unit stands for on this page, or -1 (ASCII is never part of a sequence). */
export function byteOf(page: CodePage, unit: number): number {
  // (The table's 0 is no byte.)
  return unit < 0x80 ? -1 : page.encode[unit]! || -1;
}

/** Whether the page writes 0xA0 as a non-breaking space, so a space may stand for it. */
function spaceMayBeA0(page: CodePage): boolean {
  return page.high[0x20] === '\u00a0';
}

/** The UTF-8 sequence that starts at `start` in `line` on this page, or null. */
export function sequenceAt(line: string, start: number, page: CodePage): Sequence | null {
  const first = line.charCodeAt(start);
  const lead = byteOf(page, first);
  if (lead < 0xc2 || lead > 0xf4) return null;
  const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  if (start + need >= line.length) return null;
  let cp = need === 1 ? lead & 0x1f : need === 2 ? lead & 0x0f : lead & 0x07;
  let second = 0;
  let lossy = false;
  let altered = false;
  let fallback = page.fallback[first]!;
  let c1 = isC1(first) ? 1 : 0;
  for (let j = 1; j <= need; j++) {
    const unit = line.charCodeAt(start + j);
    let byte = byteOf(page, unit);
    if (byte >= 0x80 && byte <= 0xbf) {
      fallback += page.fallback[unit]!;
      if (isC1(unit)) c1++;
    } else if (unit === 0x20 && spaceMayBeA0(page) && spaceAllowedAt(line, start, j, need, lead, page)) {
      byte = 0xa0;
      altered = true;
    } else if (unit === 0xfffd || (unit === 0x3f && page.name === 'windows-1252')) {
      byte = 0x80;
      lossy = true;
    } else {
      return null;
    }
    if (j === 1) second = byte;
    cp = (cp << 6) | (byte & 0x3f);
  }
  const end = start + need + 1;
  if (lossy) return { start, end, text: '\uFFFD', lossy, altered, fallback, c1 };
  // Overlong forms and code points above U+10FFFF are not UTF-8.
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return null;
  if (lead === 0xed && second >= 0xa0) return cesuPairAt(line, start, page, { start, end, lossy, altered, fallback, c1 });
  if (!isDecodable(cp)) return null;
  return { start, end, text: String.fromCodePoint(cp), lossy, altered, fallback, c1 };
}

/** A CESU-8 surrogate pair: ED A0-AF xx ED B0-BF xx. */
function cesuPairAt(line: string, start: number, page: CodePage, base: Omit<Sequence, 'text'>): Sequence | null {
  const bytes: number[] = [];
  let fallback = 0;
  let c1 = 0;
  for (let j = 0; j < 6; j++) {
    const unit = line.charCodeAt(start + j);
    if (Number.isNaN(unit)) return null;
    let byte = byteOf(page, unit);
    if (byte < 0 && unit === 0x20 && spaceMayBeA0(page) && (j === 1 || j === 4)) byte = 0xa0;
    if (byte < 0) return null;
    fallback += page.fallback[unit]!;
    if (isC1(unit)) c1++;
    bytes.push(byte);
  }
  const [b0, b1, b2, b3, b4, b5] = bytes as [number, number, number, number, number, number];
  if (b0 !== 0xed || b1 < 0xa0 || b1 > 0xaf || (b2 & 0xc0) !== 0x80) return null;
  if (b3 !== 0xed || b4 < 0xb0 || b4 > 0xbf || (b5 & 0xc0) !== 0x80) return null;
  const high = 0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  const low = 0xd000 | ((b4 & 0x3f) << 6) | (b5 & 0x3f);
  const altered = line.charCodeAt(start + 1) === 0x20 || line.charCodeAt(start + 4) === 0x20;
  // Spelled out in sequenceAt's order, so every Sequence has one shape.
  return { start: base.start, end: start + 6, text: String.fromCharCode(high, low), lossy: base.lossy, altered, fallback, c1 };
}

/**
 * Where a space may stand for 0xA0 (ftfy's ALTERED_UTF8_RE): after the 2-byte
 * leads above, as the last byte of a 3-byte sequence, or as the middle byte
 * after E2/E3 when a continuation other than 0x85 or 0xA0 follows.
 */
function spaceAllowedAt(line: string, start: number, j: number, need: number, lead: number, page: CodePage): boolean {
  if (need === 1) return A0_LEADS.has(lead);
  if (j >= 2) return true;
  if (need !== 2 || (lead !== 0xe2 && lead !== 0xe3)) return false;
  const next = byteOf(page, line.charCodeAt(start + 2));
  return next >= 0x80 && next <= 0xbf && next !== 0x85 && next !== 0xa0;
}

/** Decoded characters we never produce: noncharacters. (A C1 control may be a step on the way, as in doubly encoded ”.) */
function isDecodable(cp: number): boolean {
  if (cp >= 0xfdd0 && cp <= 0xfdef) return false;
  if ((cp & 0xfffe) === 0xfffe) return false;
  return true;
}

function isC1(unit: number): boolean {
  return unit >= 0x80 && unit <= 0x9f;
}
