/**
 * Single-byte code pages as lookup tables: byte -> character (decode) and
 * character -> byte (encode). Node decodes legacy pages but cannot encode
 * them, so the encode table is built by decoding bytes 0x80-0xFF, as ftfy
 * builds its character lists. The tables come from iconv-lite, kept as data
 * (tables/high-bytes.ts) so that only decoding a legacy file loads it. At
 * import a page is its 128 characters and a small map back to bytes; its 64K
 * lookup tables are made on its first use (CodePage).
 *
 * Every page is "sloppy", like ftfy's: a byte the page leaves unassigned
 * decodes to the Latin-1 character of the same value, and the Windows pages
 * also accept a C1 control for its own byte (text that went through Latin-1).
 */
import { createRequire } from 'node:module';
import type iconvLite from 'iconv-lite';
import { badness } from './badness.js';
import { highBytes } from './tables/high-bytes.js';
import { PAGE_LANGUAGES } from './tables/page-languages.js';

// CommonJS, loaded on the first legacy file (require keeps it): start-up and UTF-8 input never need it.
const require = createRequire(import.meta.url);
const iconv = (): typeof iconvLite => require('iconv-lite') as typeof iconvLite;

/**
 * A code page. Its two 64K tables are made when they are first read, not at
 * import: most texts need one or two pages, and ASCII or clean text none; the
 * fallback table only a line with C1 controls. `encodeTable` and
 * `fallbackTable` are memoised functions (the lazy values a page holds, made
 * by `memoised` below); `encode` and `fallback` read through them.
 */
export class CodePage {
  constructor(
    /** Name used in repair steps and `source.encoding`. */
    readonly name: string,
    /** Bit of this page in the masks below. */
    readonly bit: number,
    /** Characters for bytes 0x80..0xFF. */
    readonly high: string[],
    /** Each code unit that encodes on this page, with its byte (the first byte that reads as it wins). */
    readonly bytes: ReadonlyMap<number, number>,
    private readonly encodeTable: () => Uint8Array,
    private readonly fallbackTable: () => Uint8Array,
  ) {}

  /** The code units that encode on this page, so tables over them need not visit all 65,536. */
  get units(): IterableIterator<number> {
    return this.bytes.keys();
  }

  /** UTF-16 code unit -> byte 0x80..0xFF, or 0 when the page has no such character (no table holds ASCII). */
  get encode(): Uint8Array {
    return this.encodeTable();
  }

  /** Code units that only encode through the Latin-1 fallback (C1 controls on a Windows page). */
  get fallback(): Uint8Array {
    return this.fallbackTable();
  }
}

/** A function that calls `make` once, on its first call, and then returns what it made. */
function memoised<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * MacRoman has two table versions: iconv-lite gives the older readings of
 * 0xBD (Ω, U+2126 OHM SIGN) and 0xDB (¤); Apple's current table, and Python's
 * mac_roman with it, read them as Ω U+03A9 and €. Text mangled through either
 * encodes back to the same bytes.
 */
const ALTERNATES: Record<string, Array<[string, number]>> = {
  'mac-roman': [['\u03a9', 0xbd], ['\u20ac', 0xdb]],
};

function build(name: string, bit: number, decodeByte: (byte: number) => string, c1Fallback: boolean): CodePage {
  const high: string[] = [];
  const bytes = new Map<number, number>();
  const fallbackUnits: number[] = [];
  const assign = (unit: number, byte: number) => {
    if (!bytes.has(unit)) bytes.set(unit, byte);
  };
  for (let b = 0x80; b <= 0xff; b++) {
    let ch = decodeByte(b);
    if (ch === '\uFFFD' || ch.length !== 1) ch = String.fromCharCode(b);
    high.push(ch);
    assign(ch.charCodeAt(0), b);
  }
  for (const [ch, byte] of ALTERNATES[name] ?? []) assign(ch.charCodeAt(0), byte);
  if (c1Fallback) {
    for (let b = 0x80; b <= 0x9f; b++) {
      if (!bytes.has(b)) { assign(b, b); fallbackUnits.push(b); }
    }
  }
  // The map as two arrays, so a first call fills the tables with an index loop (no entry arrays to destructure).
  const units = Uint16Array.from(bytes.keys());
  const unitBytes = Uint8Array.from(bytes.values());
  // 0 for no byte: a zeroed table and no fill, so a first call writes only the memory pages of the page's units.
  const encode = memoised(() => {
    const table = new Uint8Array(0x10000);
    for (let k = 0; k < units.length; k++) table[units[k]!] = unitBytes[k]!;
    return table;
  });
  const fallback = memoised(() => {
    const table = new Uint8Array(0x10000);
    for (let k = 0; k < fallbackUnits.length; k++) table[fallbackUnits[k]!] = 1;
    return table;
  });
  return new CodePage(name, bit, high, bytes, encode, fallback);
}

/**
 * iconv-lite, not TextDecoder: Node 20's TextDecoder reads windows-1252 as
 * plain Latin-1. iconv-lite leaves MacRoman's 0xF0 undefined; Apple maps it
 * to U+F8FF (the Apple logo), which is how emoji lead bytes show up.
 */
const table = (label: string) => (byte: number) => highBytes[label]![byte - 0x80]!;

/**
 * The pages tried for repair, in ftfy's order (the first wins a tie).
 * windows-1252 stands for Latin-1 too: its unassigned bytes come out as C1
 * controls, as browsers treat them, and every C1 control encodes to its byte.
 */
export const codePages: CodePage[] = [
  ['windows-1252', table('windows-1252'), true],
  ['windows-1251', table('windows-1251'), true],
  ['windows-1250', table('windows-1250'), true],
  ['windows-1253', table('windows-1253'), true],
  ['windows-1254', table('windows-1254'), true],
  ['windows-1257', table('windows-1257'), true],
  ['iso-8859-2', table('iso-8859-2'), false],
  ['mac-roman', (byte: number) => (byte === 0xf0 ? '\uF8FF' : table('macintosh')(byte)), false],
  ['cp437', table('cp437'), false],
].map(([name, decodeByte, c1], bit) => build(name as string, bit, decodeByte as (b: number) => string, c1 as boolean));

/** Names a step may carry that are spelled differently from the page. */
const aliases: Record<string, string> = { 'latin-1': 'windows-1252', 'iso-8859-1': 'windows-1252', macintosh: 'mac-roman', ibm437: 'cp437' };

/** The code page with this name (or alias), if we have it. */
export function codePage(name: string): CodePage | undefined {
  const wanted = aliases[name] ?? name;
  return codePages.find((page) => page.name === wanted);
}

/**
 * Per code unit, the pages in which it stands for a UTF-8 lead byte
 * (0xC2-0xF4, or 0xED for CESU-8) and for a continuation byte (0x80-0xBF).
 * A line is worth a closer look only where a lead is followed by a continuation.
 */
export const leadMask = new Uint16Array(0x10000);
export const continuationMask = new Uint16Array(0x10000);
for (const page of codePages) {
  for (const [unit, byte] of page.bytes) {
    if (byte >= 0xc2 && byte <= 0xf4) leadMask[unit]! |= 1 << page.bit;
    else if (byte >= 0x80 && byte <= 0xbf) continuationMask[unit]! |= 1 << page.bit;
  }
}

/** Decode bytes that are not UTF-8 with a legacy code page. */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  const name = aliases[encoding] ?? encoding;
  if (name === 'mac-roman') return iconv().decode(Buffer.from(bytes), 'macintosh').replaceAll('\uFFFD', '\uF8FF');
  return iconv().decode(Buffer.from(bytes), name);
}

/** Legacy pages a file may be written in, likeliest first (the first wins a tie). */
export const legacyCandidates = ['windows-1252', 'windows-1251', 'windows-1250', 'iso-8859-2', 'windows-1253', 'windows-1254', 'windows-1257', 'mac-roman', 'cp437'];

/**
 * Pick the likeliest single-byte code page for bytes that are not UTF-8.
 * Each page's decoding is scored with the same oddness measure that judges
 * mojibake (badness.ts): the right page yields words in one script with
 * ordinary punctuation; a wrong one yields mixed scripts, case flips inside
 * words, controls and symbols between letters. Where some page's reading
 * writes letters that one of its languages writes together, a reading whose
 * letters no language of its page writes together costs LANGUAGE_MISFIT_COST
 * more (languageMisfit): short Czech reads as clean Latin on Windows-1252 too.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  const sample = highByteContext(bytes);
  const readings = legacyCandidates.map((name) => ({ name, text: decodeLegacy(sample, name) }));
  const judged = readings.map(({ name, text }) => languageFit(text, name));
  const someFit = judged.includes('fits');
  let best = legacyCandidates[0]!;
  let bestScore = Infinity;
  readings.forEach(({ name, text }, k) => {
    const score = badness(text) + (someFit && judged[k] === 'misfit' ? LANGUAGE_MISFIT_COST : 0);
    if (score < bestScore) { best = name; bestScore = score; }
  });
  return best;
}

/** How odd the reading of bytes on a page (any iconv name) is: the oddness guessLegacyEncoding starts from. */
export function legacyOddness(bytes: Uint8Array, encoding: string): number {
  return badness(decodeLegacy(highByteContext(bytes), encoding));
}

/** What a reading costs when no language of its page writes its letters together, and another page's does (two odd pairs' worth). */
const LANGUAGE_MISFIT_COST = 2;
/** Fewer distinct non-ASCII letters than this say too little about the language (`Málaga, Genève` has two). */
const MIN_JUDGED_LETTERS = 3;

/** Whether a reading's letters fit one language of its page, fit none, or cannot be judged (no table, or too few letters). */
function languageFit(text: string, page: string): 'fits' | 'misfit' | 'unjudged' {
  const languages = PAGE_LANGUAGES[aliases[page] ?? page];
  if (!languages) return 'unjudged';
  const letters = new Set<string>();
  for (const [ch] of text.matchAll(/[^\x00-\x7f]/gu)) {
    // The first unit of the lower case: İ lowers to i and a combining dot, the capital of an ASCII letter.
    const lower = ch.toLowerCase()[0]!;
    if (lower >= '\x80' && /\p{L}/u.test(lower)) letters.add(lower);
  }
  if (letters.size < MIN_JUDGED_LETTERS) return 'unjudged';
  return Object.values(languages).some((written) => [...letters].every((letter) => written.includes(letter))) ? 'fits' : 'misfit';
}

/**
 * Whether a reading on a page holds MIN_JUDGED_LETTERS or more distinct
 * non-ASCII letters that no one language of the page writes together
 * (tables/page-languages.ts); false for a page without such a table.
 */
export function languageMisfit(text: string, page: string): boolean {
  return languageFit(text, page) === 'misfit';
}

/** The bytes around each high byte (up to 64 KB), so long ASCII stretches do not dilute the score. */
function highByteContext(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length && out.length < 65536; i++) {
    if (bytes[i]! < 0x80) continue;
    const start = Math.max(0, i - 8);
    let end = i + 1;
    while (end < bytes.length && end < i + 64 && (bytes[end]! >= 0x80 || end < i + 8)) end++;
    for (let k = start; k < end; k++) out.push(bytes[k]!);
    out.push(0x0a);
    i = end - 1;
  }
  return Uint8Array.from(out);
}
