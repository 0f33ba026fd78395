/**
 * The reference's code pages (repair-reference.ts): what iconv-lite reads a byte as on a page, and the byte a
 * character stands for there, written plainly with iconv-lite. Each reference repairer keeps its own answers
 * (pageCodec): both are plain functions of their arguments, and iconv-lite's look-up of its codec on every call was
 * a third of the differential test's CPU (the same character on the same page, again and again).
 */
import iconv from 'iconv-lite';

/** The pages, in the engine's order (the first wins a tie), with their iconv-lite names. */
export const PAGES: Array<[name: string, label: string]> = [
  ['windows-1252', 'windows-1252'], ['windows-1251', 'windows-1251'], ['windows-1250', 'windows-1250'],
  ['windows-1253', 'windows-1253'], ['windows-1254', 'windows-1254'], ['windows-1257', 'windows-1257'],
  ['iso-8859-2', 'iso-8859-2'], ['mac-roman', 'macintosh'], ['cp437', 'cp437'],
];
export const isWindows = (name: string) => name.startsWith('windows-');

export interface PageCodec {
  /** What iconv-lite reads one byte as on a page, or null when the page leaves it unassigned (MacRoman's 0xF0 is the Apple logo). */
  readByte: (label: string, byte: number) => string | null;
  /** The byte a character stands for on a page, or -1 (byteOnPage), each answer kept. */
  byteOn: (page: string, ch: string) => number;
  /** The same, worked out afresh (the byte readings kept): for a check that asks for each character once. */
  byteOnNow: (page: string, ch: string) => number;
}

/** A codec with caches of its own, for one reference repairer. */
export function pageCodec(): PageCodec {
  const byteReadings = new Map<string, string | null>();
  const charBytes = new Map<string, number>();
  const readByte = (label: string, byte: number): string | null => {
    const key = `${label} ${byte}`;
    let reading = byteReadings.get(key);
    if (reading === undefined) byteReadings.set(key, (reading = readByteNow(label, byte)));
    return reading;
  };
  const byteOnNow = (page: string, ch: string): number => byteOnPage(readByte, page, ch);
  const byteOn = (page: string, ch: string): number => {
    const key = `${page} ${ch}`;
    let byte = charBytes.get(key);
    if (byte === undefined) charBytes.set(key, (byte = byteOnNow(page, ch)));
    return byte;
  };
  return { readByte, byteOn, byteOnNow };
}

function readByteNow(label: string, byte: number): string | null {
  if (label === 'macintosh' && byte === 0xf0) return '\uF8FF';
  const ch = iconv.decode(Buffer.from([byte]), label);
  return ch === '\uFFFD' || ch.length !== 1 ? null : ch;
}

/**
 * The byte a character stands for on a page, or -1. Besides the page's own
 * characters: a byte the page leaves unassigned is read as the Latin-1
 * character of the same value, a Windows page also takes a C1 control for its
 * own byte, and MacRoman takes Apple's current readings (Ω U+03A9, €, and
 * the Apple logo U+F8FF for 0xF0) besides iconv-lite's older ones.
 */
function byteOnPage(readByte: PageCodec['readByte'], page: string, ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  const label = PAGES.find(([name]) => name === page)![1];
  const encoded = iconv.encode(ch, label);
  if (page === 'mac-roman' && ch === '\uF8FF') return 0xf0;
  if (encoded.length === 1 && encoded[0]! >= 0x80 && readByte(label, encoded[0]!) === ch) return encoded[0]!;
  if (code <= 0xff && readByte(label, code) === null) return code;
  if (page === 'mac-roman' && ch === '\u03a9') return 0xbd;
  if (page === 'mac-roman' && ch === '\u20ac') return 0xdb;
  if (isWindows(page) && code <= 0x9f) return code;
  return -1;
}
