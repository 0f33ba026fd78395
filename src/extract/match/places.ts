/**
 * The gazetteer places a text may name, found fast: only the places whose
 * first word the text has (a scan that hashes each word as it reads it,
 * jumping between units that start a first word) and, in a text with a CJK
 * character, the CJK names. placeCandidatesPlain() is the reading it stands
 * for (the text's words looked up in a FirstWordIndex); the two are held to
 * the same answers by tests/extract-matchers.property.test.ts.
 */
import { places } from '../tables/places.js';
import { FirstWordIndex, firstWord, isLetterOrDigit, wordHash } from '../text.js';

// CJK characters, as a class body for CJK and FIRST_WORD_START_OR_CJK (isCjkUnit() tests the same range by number).
const CJK_RANGES = '\\u3000-\\u9fff\\uac00-\\ud7af';
const CJK = new RegExp(`[${CJK_RANGES}]`, 'u');

// Only the places whose first word the text has are searched. CJK names have no word boundaries:
// they are searched in every text with a CJK character.
export const placeIsCjk = places.map((place) => CJK.test(place.name));
const cjkPlaces = places.flatMap((_, index) => (placeIsCjk[index] ? [index] : []));
const wordlessPlaces: number[] = [];
// The other places by the wordHash() of their first word: a text's words are hashed as they are read, none is cut out.
const placesByFirstWordHash = new Map<number, Array<{ word: string; indexes: number[] }>>();
places.forEach((place, index) => {
  if (placeIsCjk[index]) return;
  const word = firstWord(place.name);
  if (word === null) { wordlessPlaces.push(index); return; }
  const hash = wordHash(word);
  const entries = placesByFirstWordHash.get(hash) ?? [];
  placesByFirstWordHash.set(hash, entries);
  const entry = entries.find((e) => e.word === word);
  if (entry) entry.indexes.push(index);
  else entries.push({ word, indexes: [index] });
});
// Per code unit that starts a first word, the lengths of those words (bit n: length n, bit 31: 31 or more): most
// capitalized words ("We", "The") are ruled out without looking them up.
const firstWordLengths = new Uint32Array(0x10000);
const firstUnitCodes = new Set<number>();
for (const entries of placesByFirstWordHash.values()) {
  for (const { word } of entries) {
    firstWordLengths[word.charCodeAt(0)]! |= 1 << Math.min(word.length, 31);
    firstUnitCodes.add(word.charCodeAt(0));
  }
}
// The scan below jumps from one such unit to the next (and to the first CJK character, if any). The units in code
// order, from the set rather than a pass over all 65,536 lengths (which cost 17-29 ms at import, run cold).
const firstUnits = [...firstUnitCodes].sort((a, b) => a - b).map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
const FIRST_WORD_START = new RegExp(`[${firstUnits}]`, 'g');
const FIRST_WORD_START_OR_CJK = new RegExp(`[${firstUnits}${CJK_RANGES}]`, 'g');
// "ABOUT US" is not the United States: short all-capital names are skipped in shouted text.
export const placeIsShortCapitals = places.map((place) => place.name.length <= 3 && /^[A-Z.]+$/.test(place.name));

/** Is this UTF-16 unit one the CJK pattern matches? */
function isCjkUnit(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

/** Indexes of the places whose first word is a word of the text (or that are searched in it anyway), in table order. */
export function placeCandidates(text: string): number[] {
  const seen = new Set<number>();
  const candidates: number[] = [];
  const addCandidates = (list: readonly number[]): void => {
    for (const index of list) {
      if (seen.has(index)) continue;
      seen.add(index);
      candidates.push(index);
    }
  };
  addCandidates(wordlessPlaces);
  const length = text.length;
  let cjkSeen = false;
  let jump = FIRST_WORD_START_OR_CJK;
  jump.lastIndex = 0;
  while (jump.test(text)) {
    const start = jump.lastIndex - 1;
    const code = text.charCodeAt(start);
    let end = start + 1;
    if (!cjkSeen && isCjkUnit(code)) {
      cjkSeen = true;
      addCandidates(cjkPlaces);
      // From here on only first words are looked for (this character too, should it start one).
      if (!firstWordLengths[code]) { jump = FIRST_WORD_START; jump.lastIndex = end; continue; }
    }
    let hash = code;
    for (; end < length; end++) {
      const next = text.charCodeAt(end);
      if (!isLetterOrDigit(next)) break;
      // CJK characters are letters: the jump to the word's end must not pass over the first one.
      if (!cjkSeen && next >= 0x3000 && isCjkUnit(next)) { cjkSeen = true; addCandidates(cjkPlaces); }
      hash = (Math.imul(hash, 31) + next) | 0;
    }
    jump = cjkSeen ? FIRST_WORD_START : FIRST_WORD_START_OR_CJK;
    jump.lastIndex = end;
    // Inside a word, not at its start (the rest of the word starts none either).
    if (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))) continue;
    if (!((firstWordLengths[code]! >>> Math.min(end - start, 31)) & 1)) continue;
    const entries = placesByFirstWordHash.get(hash);
    if (entries) for (const { word, indexes } of entries) if (word.length === end - start && text.startsWith(word, start)) addCandidates(indexes);
  }
  return candidates.length > 1 ? candidates.sort((a, b) => a - b) : candidates;
}

const placesByFirstWord = new FirstWordIndex(places.map((place, index) => (placeIsCjk[index] ? undefined : firstWord(place.name))));

/** placeCandidates() the plain way: the wordless places, the CJK ones when the text has a CJK character, those whose first word is a word of the text. */
export function placeCandidatesPlain(text: string): number[] {
  const found = new Set<number>(wordlessPlaces);
  if (CJK.test(text)) for (const index of cjkPlaces) found.add(index);
  placesByFirstWord.candidates(text, found);
  return FirstWordIndex.ordered(found);
}
