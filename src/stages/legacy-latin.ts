/**
 * Legacy bytes that need no detector (#18, peak memory).
 *
 * jschardet's first detection inflates a model of 23 MB of ArrayBuffers
 * (about 40 MB of peak RSS with the garbage of inflating it), kept to the end
 * of the run. Most legacy postings are Western text saved as Windows-1252:
 * English with curly quotes and dashes, a German ü, a French é or ç. When
 * every byte above 0x7F is one that Windows-1252, Windows-1250 and
 * Windows-1254 read as the same character, the text is the same whichever of
 * those pages is right, so the detector cannot change it; and where our own
 * test (codepages.ts) also names Windows-1252, the file is read as that
 * without loading the detector. Anything else (Central European, Cyrillic,
 * Greek, Baltic, MacRoman, CJK, or a byte the three pages read apart) asks
 * jschardet as before. tests/legacy-latin.test.ts holds this shortcut to the
 * detector's answer.
 */
import { decodeLegacy, guessLegacyEncoding } from '../repair/codepages.js';

/**
 * The characters Windows-1252, Windows-1250 and Windows-1254 put on the same
 * byte: typographic punctuation, Latin-1 symbols and the accented letters the
 * three pages share. (Latin-1's other letters, such as è, ñ or ø, are other
 * letters on 1250: č, ń, ř.)
 */
const SHARED_LATIN = '€‚„…†‡‰Š‹‘’“”•–—™š›\u00a0¤¦§¨©«¬\u00ad®°±´µ¶·¸»ÁÂÄÇÉËÍÎÓÔÖ×ÚÜßáâäçéëíîóôö÷úü';

/** Byte 0x80 + i is one of SHARED_LATIN; built from the page itself, so the table cannot drift from it. */
const sharedBytes: () => Uint8Array = (() => {
  let made: Uint8Array | undefined;
  return () => {
    if (made) return made;
    const high = decodeLegacy(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i), 'windows-1252');
    const table = new Uint8Array(128);
    for (let i = 0; i < 128; i++) table[i] = SHARED_LATIN.includes(high[i]!) ? 1 : 0;
    return (made = table);
  };
})();

/** Whether every byte above 0x7F reads alike on Windows-1252, 1250 and 1254. */
export function readsAlikeOnLatinPages(bytes: Uint8Array): boolean {
  const shared = sharedBytes();
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80 && !shared[byte - 0x80]) return false;
  }
  return true;
}

/** Windows-1252 text, when the bytes read alike on the Latin pages and our own test names 1252; else null (ask the detector). */
export function westernWithoutDetector(bytes: Uint8Array): { encoding: string; text: string } | null {
  if (!readsAlikeOnLatinPages(bytes) || guessLegacyEncoding(bytes) !== 'windows-1252') return null;
  return { encoding: 'windows-1252', text: decodeLegacy(bytes, 'windows-1252') };
}
