/**
 * Single-byte code pages as two tables each: byte -> char (decode) and
 * char -> byte (encode). Node decodes legacy pages but cannot encode them, so
 * the encode table is built by decoding bytes 0x80-0xFF, as ftfy does.
 * CP437 is not in WHATWG's list, so iconv-lite supplies it.
 */
import iconv from 'iconv-lite';

export interface CodePage {
  /** Name used in repair steps and `source.encoding`. */
  name: string;
  /** Characters for bytes 0x80..0xFF. */
  high: string[];
  /** Character -> byte, for all 256 bytes (ASCII included). */
  encode: Map<string, number>;
}

function build(name: string, decodeByte: (bytes: Uint8Array) => string, extra: Array<[string, number]> = []): CodePage {
  const high: string[] = [];
  const encode = new Map<string, number>();
  for (let b = 0; b < 0x80; b++) encode.set(String.fromCharCode(b), b);
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decodeByte(Uint8Array.of(b));
    high.push(ch);
    if (ch !== '\uFFFD' && !encode.has(ch)) encode.set(ch, b);
  }
  for (const [ch, b] of extra) if (!encode.has(ch)) encode.set(ch, b);
  return { name, high, encode };
}

const whatwg = (label: string) => {
  const decoder = new TextDecoder(label);
  return (bytes: Uint8Array) => decoder.decode(bytes);
};

/** C1 controls map to their own byte, so Latin-1 mojibake encodes with this page too. */
const c1Controls: Array<[string, number]> = Array.from({ length: 32 }, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i]);

/**
 * The pages tried for repair, in order. windows-1252 is "sloppy": the five
 * unassigned bytes come out as C1 controls, as browsers treat them, and every
 * C1 control encodes to its byte (Latin-1).
 */
export const codePages: CodePage[] = [
  build('windows-1252', whatwg('windows-1252'), c1Controls),
  build('mac-roman', whatwg('macintosh')),
  build('windows-1250', whatwg('windows-1250'), c1Controls),
  build('iso-8859-2', whatwg('iso-8859-2')),
  build('windows-1251', whatwg('windows-1251'), c1Controls),
  build('cp437', (bytes) => iconv.decode(Buffer.from(bytes), 'cp437')),
];

export function codePage(name: string): CodePage | undefined {
  return codePages.find((page) => page.name === name);
}

/** Decode bytes that are not UTF-8 with a legacy code page. */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'cp437' || encoding === 'ibm437') return iconv.decode(Buffer.from(bytes), 'cp437');
  const label = encoding === 'mac-roman' ? 'macintosh' : encoding;
  return new TextDecoder(label).decode(bytes);
}

/**
 * Pick the likeliest single-byte code page for bytes that are not UTF-8.
 * Each candidate is scored by how many of its high characters are letters
 * and common punctuation; windows-1252 wins ties, as it is by far the most common.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  const candidates = ['windows-1252', 'windows-1251', 'windows-1250', 'mac-roman'];
  let best = 'windows-1252';
  let bestScore = -Infinity;
  for (const name of candidates) {
    const text = decodeLegacy(bytes, name);
    let score = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x80) continue;
      if (/\p{L}/u.test(ch)) score += 1;
      else if (/[\u2018-\u201e\u2013\u2014\u2026\u20ac\u00a0-\u00bf]/u.test(ch)) score += 0.5;
      else score -= 2;
    }
    // Mixed-case runs inside words are typical of a wrong Cyrillic guess.
    if (name !== 'windows-1252') score -= 0.5;
    if (score > bestScore) { best = name; bestScore = score; }
  }
  return best;
}
