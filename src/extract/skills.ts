/**
 * Skills: every technology from the table (tables/skills.ts) that the posting
 * names, under its canonical name ("K8s" -> Kubernetes, "GCP" -> Google
 * Cloud, "Postgres" -> PostgreSQL). Matching is a plain substring search with
 * letter boundaries checked by hand: no pattern, no backtracking. Front
 * matter tags/techno keys count too.
 */
import { cite, type ExtractContext } from './context.js';
import { skillAliases } from './tables/skills.js';
import { FirstWordIndex, firstWord } from './text.js';

const SKILL_KEYS = /^(?:tags|skills|techno|technologies|tech|stack|keywords|techStack|tech_stack)$/i;

/** A skill alias as searched for: lower-cased unless it is matched case-sensitively, with what its boundary checks need to know. */
interface Needle {
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
const needles: Needle[] = skillAliases.map(({ canonical, alias, caseSensitive }) => {
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
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 32;
}
function isAlnum(code: number): boolean {
  return (unitInfo(code) & WORD) !== 0;
}
function isLetter(code: number): boolean {
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
const keyBuckets: Array<FirstWordKey[] | undefined> = new Array(KEY_BUCKETS);
/** One bit per hash value modulo 8192, set for the keys: most words of a text are no key, and this small table says so at once. */
const keyBits = new Int32Array(256);
let longestKey = 0;
/** Aliases that every text is searched for (no first word, or one the scan cannot hash). */
// Returned as it is when a line adds nothing: never sorted or changed after the tables are read.
const alwaysCandidates: number[] = [];
{
  const keys = new Map<string, FirstWordKey>();
  needles.forEach((n, index) => {
    const word = firstWord(n.needle);
    const hash = word === null ? null : lowerWordHash(word);
    if (word === null || hash === null) {
      alwaysCandidates.push(index);
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
    (keyBuckets[hash & (KEY_BUCKETS - 1)] ??= []).push(key);
    keyBits[(hash >>> 5) & 255]! |= 1 << (hash & 31);
    longestKey = Math.max(longestKey, word.length);
  });
}
// For the texts that the scan cannot read: the same keys, looked up by the words of the text and of its lower-cased form.
const exactKeys = new FirstWordIndex(needles.map((n) => (n.caseSensitive ? firstWord(n.needle) : undefined)));
const lowerKeys = new FirstWordIndex(needles.map((n) => (n.caseSensitive ? undefined : firstWord(n.needle))));

/** Does the text at start, lower-cased unit by unit, read word? */
function isLowerCasedAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (unitInfos[text.charCodeAt(start + i)]! >>> 16 !== word.charCodeAt(i)) return false;
  return true;
}

// Which needles a text has already listed: the text's mark, not a new Set per text.
const listed = new Uint32Array(needles.length);
let listMark = 0;
function nextMark(): number {
  listMark = listMark === 0xffffffff ? 1 : listMark + 1;
  if (listMark === 1) listed.fill(0);
  return listMark;
}

const NO_CANDIDATES: number[] = [];

/**
 * The aliases whose first word text[from, to) has, as written or lower-cased
 * (the words text.ts would find in it and in its lower-cased form), in table
 * order. Null when it has a unit that lower-casing changes in length or kind
 * or by its neighbours: then its words are split apart.
 */
function scanText(text: string, from: number, to: number): number[] | null {
  let candidates: number[] | null = null;
  let mark = 0;
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
    if (!(keyBits[(hash >>> 5) & 255]! & (1 << (hash & 31))) || i - start > longestKey) continue;
    const bucket = keyBuckets[hash & (KEY_BUCKETS - 1)];
    if (!bucket) continue;
    for (const key of bucket) {
      const word = key.word;
      if (word.length !== i - start || !(key.caseSensitive ? text.startsWith(word, start) : isLowerCasedAt(text, start, word))) continue;
      if (candidates === null) { candidates = alwaysCandidates.slice(); mark = nextMark(); }
      for (const index of key.indexes) if (listed[index] !== mark) { listed[index] = mark; candidates.push(index); }
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
function candidatesBySplitting(text: string, lower: string): number[] {
  const found = exactKeys.candidates(text);
  lowerKeys.candidates(lower, found);
  for (const index of alwaysCandidates) found.add(index);
  return FirstWordIndex.ordered(found);
}

const FRONTMATTER_TEXT_KEYS = /^(?:title|description|summary)$/i;

/** Set skills: canonical names of the technologies the posting names. */
export function extractSkills(ctx: ExtractContext): void {
  const texts: string[] = [];
  const lines: number[] = [];
  for (const f of ctx.frontmatterStrings) {
    if (SKILL_KEYS.test(f.key.slice(f.key.lastIndexOf('.') + 1)) || FRONTMATTER_TEXT_KEYS.test(f.key)) { texts.push(f.text); lines.push(f.line); }
  }
  for (const line of ctx.text) { texts.push(line.plain); lines.push(line.line); }
  // Scanned joined: one flat string reads faster than the slices the lines are.
  const joined = texts.join('\n');
  const found = new Map<string, { line: number; text: string }>();
  let offset = 0;
  texts.forEach((text, index) => {
    const candidates = scanText(joined, offset, offset + text.length);
    offset += text.length + 1;
    for (const skill of skillsAt(text, candidates)) if (!found.has(skill)) found.set(skill, { line: lines[index]!, text });
  });
  ctx.fields.skills = [...found.keys()];
  const first = found.values().next().value;
  if (first) cite(ctx, 'skills', first.line, 'skills.table', first.text, 0.8);
}

/** Canonical names of the skills a text names, in table order of first appearance. */
export function skillsIn(text: string): string[] {
  return skillsAt(text, scanText(text, 0, text.length));
}

/** skillsIn, given what the scan of the text found (null: it could not be scanned). */
function skillsAt(text: string, candidates: number[] | null): string[] {
  if (candidates !== null) {
    // A scanned text has no unit whose lower case is not one unit of its own: the lengths agree.
    return candidates.length ? aliasesIn(text, null, candidates) : [];
  }
  const lower = text.toLowerCase();
  // Lower-casing that changes the length (İ) would shift the boundary checks: then try every alias.
  if (lower.length !== text.length) return aliasesIn(text, lower, null);
  return aliasesIn(text, lower, candidatesBySplitting(text, lower));
}

/**
 * The skills found at the candidate aliases (indexes into needles, in table
 * order; null: every alias). lower is the text lower-cased, of the same
 * length (null: lower-cased here when an alias needs it).
 */
function aliasesIn(text: string, lower: string | null, candidates: readonly number[] | null): string[] {
  const out: string[] = [];
  const taken: Array<[number, number]> = [];
  const count = candidates ? candidates.length : needles.length;
  for (let c = 0; c < count; c++) {
    const needle = needles[candidates ? candidates[c]! : c]!;
    const haystack = needle.caseSensitive ? text : (lower ??= text.toLowerCase());
    let from = 0;
    while (from <= haystack.length) {
      const at = haystack.indexOf(needle.needle, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + needle.needle.length;
      if (!bounded(text, at, end, needle)) continue;
      // A longer alias already covers these characters ("React Native" before "React").
      if (taken.some(([s, e]) => at >= s && end <= e)) continue;
      taken.push([at, end]);
      if (!out.includes(needle.canonical)) out.push(needle.canonical);
      break;
    }
  }
  return out;
}

/** Is the alias found at start..end a whole word of the text? */
function bounded(text: string, start: number, end: number, needle: Needle): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (needle.startsAlnum && (isAlnum(before) || before === 0x5f)) return false;
  // "C++17" is C++; "Java8" is not Java.
  if (needle.endsAlnum && (isAlnum(after) || after === 0x5f)) return false;
  if (needle.endsPlusOrHash && isLetter(after)) return false;
  // "Go-to-market" is not Go; ".NET" inside "ASP.NET" is handled by its own alias.
  if (after === 0x2d && needle.isGo) return false;
  if (before === 0x2e && needle.startsLetter) return false;
  if (after === 0x2e && !needle.hasDot && end + 1 < text.length && isAlnum(text.charCodeAt(end + 1))) return false;
  return true;
}
