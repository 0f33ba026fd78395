/**
 * Is a decoded character something real text contains? Used to accept a
 * re-decoded span only when it yields a character from a common block.
 * Rare blocks (Latin Extended-B, IPA, combining marks, Armenian, NKo, private
 * use, controls) are where wrong re-decodings of correct text land.
 */
const plausibleRanges: Array<[number, number, string]> = [
  [0x00a0, 0x00ff, 'latin'],
  [0x0100, 0x017f, 'latin'],
  [0x0218, 0x021b, 'latin'], // Romanian comma-below letters
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x045f, 'cyrillic'],
  [0x0490, 0x0491, 'cyrillic'],
  [0x05d0, 0x05ea, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x1e00, 0x1eff, 'latin'], // Vietnamese
  [0x2000, 0x206f, 'symbol'],
  [0x20a0, 0x20cf, 'symbol'],
  [0x2100, 0x21ff, 'symbol'],
  [0x2200, 0x22ff, 'symbol'],
  [0x2300, 0x23ff, 'symbol'],
  [0x2460, 0x24ff, 'symbol'],
  [0x2500, 0x27bf, 'symbol'],
  [0x2b00, 0x2bff, 'symbol'],
  [0x3000, 0x30ff, 'cjk'],
  [0x3100, 0x9fff, 'cjk'],
  [0xac00, 0xd7af, 'hangul'],
  [0xfe0f, 0xfe0f, 'symbol'],
  [0xff00, 0xffef, 'cjk'],
  [0x1f000, 0x1faff, 'emoji'],
];

/** The script class of a plausible character, or null when it is rare. */
export function plausibleClass(cp: number): string | null {
  for (const [lo, hi, cls] of plausibleRanges) if (cp >= lo && cp <= hi) return cls;
  return null;
}
