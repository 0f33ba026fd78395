/**
 * The skill aliases a text may name, found fast: each alias is keyed by its
 * first word, and a text's words are hashed once, lower-cased unit by unit as
 * they are read, then looked up. skills.ts checks the candidates' boundaries.
 */
import { skillAliases } from '../tables/skills.js';
import { FirstWordIndex, firstWord } from '../text.js';

/** A skill alias as searched for: lower-cased unless it is matched case-sensitively, with what its boundary checks need to know. */
export interface Needle {
  canonical: string;
  needle: string;
  caseSensitive: boolean;
  startsAlnum: boolean;
  endsAlnum: boolean;
  startsLetter: boolean;
  endsPlusOrHash: boolean;
  isGo: boolean;
  hasDot: boolean;
}
// Lower-cased and classified once here, not per line.
export const needles: Needle[] = skillAliases.map(({ canonical, alias, caseSensitive }) => {
  const needle = caseSensitive ? alias : alias.toLowerCase();
  return {
    canonical,
    needle,
    caseSensitive,
    startsAlnum: /[\p{L}\p{N}]/u.test(needle[0]!),
    endsAlnum: /[\p{L}\p{N}]/u.test(needle[needle.length - 1]!),
    startsLetter: /^[\p{L}]/u.test(needle),
    endsPlusOrHash: /[+#]$/.test(needle),
    isGo: /^go$/i.test(needle),
    hasDot: /[.]/.test(needle),
  };
});

// What a UTF-16 unit is, computed on first sight: letter, number, and its
// lower-case unit (bits 16-31) as String#toLowerCase gives it, so that the
// words of a text and of its lower-cased form are found in one pass without
// lower-casing it. A surrogate half is neither letter nor number, as in text.ts.
const KNOWN = 1;
const LETTER = 2;
const NUMBER = 4;
/** Lower-cased, the unit is not one unit, or not the same kind (letter or number, or neither). */
const LOWER_CHANGES_WORDS = 8;
/** Lower-cased, the unit depends on its neighbours (Σ). */
const LOWER_IN_CONTEXT = 16;
const WORD = LETTER | NUMBER;
const UNSCANNABLE = LOWER_CHANGES_WORDS | LOWER_IN_CONTEXT;
/** A letter or number that the scan reads lower-cased (not UNSCANNABLE): one bit to test per unit. */
const SCANNED_WORD = 32;
// Signed, so that every entry reads as a small integer (a lower-case unit from U+8000 sets bit 31).
const unitInfos = new Int32Array(0x10000);
function kindOf(unit: string): number {
  return (/\p{L}/u.test(unit) ? LETTER : 0) | (/\p{N}/u.test(unit) ? NUMBER : 0);
}
function unitInfo(code: number): number {
  let info = unitInfos[code]!;
  if (info === 0) {
    const unit = String.fromCharCode(code);
    const lower = unit.toLowerCase();
    const kind = kindOf(unit);
    info = KNOWN | kind;
    if (lower.length !== 1 || (kindOf(lower) === 0) !== (kind === 0)) info |= LOWER_CHANGES_WORDS;
    else {
      info |= lower.charCodeAt(0) << 16;
      // Beside letters (Σ lower-cases by them), and in a two-byte string (lower-cased by other code than a Latin-1 one).
      const contexts: Array<[before: string, after: string]> = [['a', ''], ['a', 'a'], ['', 'a'], ['', '\u0100'], ['\u0100', '']];
      if (contexts.some(([before, after]) => `${before}${unit}${after}`.toLowerCase() !== `${before.toLowerCase()}${lower}${after.toLowerCase()}`)) info |= LOWER_IN_CONTEXT;
    }
    if (info & WORD && !(info & UNSCANNABLE)) info |= SCANNED_WORD;
    unitInfos[code] = info;
  }
  return info;
}
/** The unit at i, a space outside the text (as text[i] ?? ' ' reads it). */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 32;
}
export function isAlnum(code: number): boolean {
  return (unitInfo(code) & WORD) !== 0;
}
export function isLetter(code: number): boolean {
  return (unitInfo(code) & LETTER) !== 0;
}

/** The hash of a word lower-cased unit by unit (wordHash of its lower-cased form), or null when lower-casing changes its words. */
function lowerWordHash(word: string): number | null {
  let hash = 0;
  for (let i = 0; i < word.length; i++) {
    const info = unitInfo(word.charCodeAt(i));
    if (info & UNSCANNABLE) return null;
    hash = (Math.imul(hash, 31) + (info >>> 16)) | 0;
  }
  return hash;
}

/** A first word of aliases, as a text must have it: as written (case-sensitive aliases) or lower-cased. */
interface FirstWordKey { word: string; caseSensitive: boolean; indexes: number[] }

/**
 * Aliases by their first word (words as text.ts splits them), keyed by the
 * hash of the word lower-cased: a text's words are hashed once, lower-cased
 * unit by unit as they are read, and a case-sensitive key is then compared
 * as written. A text is only searched for the aliases whose first word it has.
 */
const KEY_BUCKETS = 1024;
interface KeyIndex {
  buckets: Array<FirstWordKey[] | undefined>;
  /** One bit per hash value modulo 8192, set for the keys: most words of a text are no key, and this small table says so at once. */
  bits: Int32Array;
  longest: number;
  /** Aliases that every text is searched for (no first word, or one the scan cannot hash); never sorted or changed once built. */
  always: readonly number[];
}
/** The needles' first words as hashed keys, built once from the table. */
function keyIndexOf(list: readonly Needle[]): KeyIndex {
  const buckets: Array<FirstWordKey[] | undefined> = new Array(KEY_BUCKETS);
  const bits = new Int32Array(256);
  const always: number[] = [];
  let longest = 0;
  const keys = new Map<string, FirstWordKey>();
  list.forEach((n, index) => {
    const word = firstWord(n.needle);
    const hash = word === null ? null : lowerWordHash(word);
    if (word === null || hash === null) {
      always.push(index);
      return;
    }
    const id = `${n.caseSensitive ? '!' : ''}${word}`;
    const known = keys.get(id);
    if (known) {
      known.indexes.push(index);
      return;
    }
    const key: FirstWordKey = { word, caseSensitive: n.caseSensitive, indexes: [index] };
    keys.set(id, key);
    (buckets[hash & (KEY_BUCKETS - 1)] ??= []).push(key);
    bits[(hash >>> 5) & 255]! |= 1 << (hash & 31);
    longest = Math.max(longest, word.length);
  });
  return { buckets, bits, longest, always: Object.freeze(always) };
}
const keyIndex = keyIndexOf(needles);
const alwaysCandidates = keyIndex.always;
// For the texts that the scan cannot read: the same keys, looked up by the words of the text and of its lower-cased form.
const exactKeys = new FirstWordIndex(needles.map((n) => (n.caseSensitive ? firstWord(n.needle) : undefined)));
const lowerKeys = new FirstWordIndex(needles.map((n) => (n.caseSensitive ? undefined : firstWord(n.needle))));

/** Does the text at start, lower-cased unit by unit, read word? */
function isLowerCasedAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (unitInfos[text.charCodeAt(start + i)]! >>> 16 !== word.charCodeAt(i)) return false;
  return true;
}

const NO_CANDIDATES: readonly number[] = Object.freeze([]);

/**
 * The aliases whose first word text[from, to) has, as written or lower-cased
 * (the words text.ts would find in it and in its lower-cased form), in table
 * order. Null when it has a unit that lower-casing changes in length or kind
 * or by its neighbours: then its words are split apart.
 */
export function scanText(text: string, from: number, to: number): readonly number[] | null {
  let candidates: number[] | null = null;
  // Which needles this text has listed: a set made only for a text with a key (most have none).
  let listed: Set<number> | null = null;
  const { buckets, bits, longest } = keyIndex;
  for (let i = from; i < to;) {
    const code = text.charCodeAt(i);
    let info = unitInfos[code]!;
    if (info === 0) info = unitInfo(code);
    if (!(info & SCANNED_WORD)) {
      if (info & UNSCANNABLE) return null;
      i++;
      continue;
    }
    // A word: its units lower-cased are hashed up to the first unit that is no scanned letter or number (read again above).
    const start = i;
    let hash = 0;
    do {
      hash = (Math.imul(hash, 31) + (info >>> 16)) | 0;
      if (++i === to) break;
      const next = text.charCodeAt(i);
      info = unitInfos[next]!;
      if (info === 0) info = unitInfo(next);
    } while (info & SCANNED_WORD);
    if (!(bits[(hash >>> 5) & 255]! & (1 << (hash & 31))) || i - start > longest) continue;
    const bucket = buckets[hash & (KEY_BUCKETS - 1)];
    if (!bucket) continue;
    for (const key of bucket) {
      const word = key.word;
      if (word.length !== i - start || !(key.caseSensitive ? text.startsWith(word, start) : isLowerCasedAt(text, start, word))) continue;
      if (candidates === null || listed === null) { candidates = alwaysCandidates.slice(); listed = new Set(candidates); }
      for (const index of key.indexes) if (!listed.has(index)) { listed.add(index); candidates.push(index); }
    }
  }
  return candidates === null ? (alwaysCandidates.length ? alwaysCandidates : NO_CANDIDATES) : sortIndexes(candidates);
}

/** Sort a short list of indexes in place (an insertion sort: lists hold a few, and Array#sort costs more per call). */
function sortIndexes(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const value = list[i]!;
    let j = i - 1;
    for (; j >= 0 && list[j]! > value; j--) list[j + 1] = list[j]!;
    list[j + 1] = value;
  }
  return list;
}

/** The candidates of a text as text.ts splits it and its lower-cased form. */
export function candidatesBySplitting(text: string, lower: string): number[] {
  const found = exactKeys.candidates(text);
  lowerKeys.candidates(lower, found);
  for (const index of alwaysCandidates) found.add(index);
  return FirstWordIndex.ordered(found);
}
