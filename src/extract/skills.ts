/**
 * Skills: every technology from the table (tables/skills.ts) that the posting
 * names, under its canonical name ("K8s" -> Kubernetes, "GCP" -> Google
 * Cloud, "Postgres" -> PostgreSQL). Matching is a plain substring search with
 * letter boundaries checked by hand: no pattern, no backtracking. Front
 * matter tags/techno keys count too.
 */
import { cite, type ExtractContext } from './context.js';
import { skillAliases } from './tables/skills.js';
import { firstWord, wordHash, words } from './text.js';

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
const SURROGATE = 32;
const unitInfos = new Uint32Array(0x10000);
function kindOf(unit: string): number {
  return (/\p{L}/u.test(unit) ? LETTER : 0) | (/\p{N}/u.test(unit) ? NUMBER : 0);
}
function unitInfo(code: number): number {
  let info = unitInfos[code]!;
  if (info === 0) {
    const unit = String.fromCharCode(code);
    const lower = unit.toLowerCase();
    const kind = kindOf(unit);
    info = KNOWN | kind | (code >= 0xd800 && code <= 0xdfff ? SURROGATE : 0);
    if (lower.length !== 1 || (kindOf(lower) === 0) !== (kind === 0)) info |= LOWER_CHANGES_WORDS;
    else {
      info |= lower.charCodeAt(0) << 16;
      // Beside letters (Σ lower-cases by them), and in a two-byte string (lower-cased by other code than a Latin-1 one).
      const contexts: Array<[before: string, after: string]> = [['a', ''], ['a', 'a'], ['', 'a'], ['', '\u0100'], ['\u0100', '']];
      if (contexts.some(([before, after]) => `${before}${unit}${after}`.toLowerCase() !== `${before.toLowerCase()}${lower}${after.toLowerCase()}`)) info |= LOWER_IN_CONTEXT;
    }
    unitInfos[code] = info;
  }
  return info;
}
/** The unit at i, a space outside the text (as text[i] ?? ' ' reads it). */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 32;
}
function isAlnum(code: number): boolean {
  return (unitInfo(code) & (LETTER | NUMBER)) !== 0;
}
function isLetter(code: number): boolean {
  return (unitInfo(code) & LETTER) !== 0;
}


/**
 * Aliases by their first word (words as text.ts splits them), as written for
 * the case-sensitive ones and lower-cased for the rest: a text is only
 * searched for the aliases whose first word it has. Keyed by the word's hash.
 */
class FirstWords {
  private static readonly BUCKETS = 1024;
  private readonly buckets: Array<Array<{ word: string; indexes: number[] }> | undefined> = new Array(FirstWords.BUCKETS);
  private readonly byWord = new Map<string, number[]>();
  /** One bit per hash value modulo 8192, set for the keys: most words of a text are no key, and this small table says so at once. */
  readonly keyBits = new Uint32Array(256);
  readonly always: number[] = [];
  longest = 0;

  constructor(private readonly lowerCased: boolean) {}

  add(word: string | null, index: number): void {
    if (word === null) {
      this.always.push(index);
      return;
    }
    const list = this.byWord.get(word);
    if (list) {
      list.push(index);
      return;
    }
    const indexes = [index];
    this.byWord.set(word, indexes);
    const hash = wordHash(word);
    (this.buckets[hash & (FirstWords.BUCKETS - 1)] ??= []).push({ word, indexes });
    this.keyBits[(hash >>> 5) & 255]! |= 1 << (hash & 31);
    this.longest = Math.max(this.longest, word.length);
  }

  /**
   * Push the indexes of the aliases whose first word is text[start, end)
   * (lower-cased unit by unit when the keys are), with that hash, each once
   * (marked in seen with mark); keyBits has the hash.
   */
  collectWord(text: string, start: number, end: number, hash: number, into: number[], seen: Uint32Array, mark: number): void {
    const bucket = this.buckets[hash & (FirstWords.BUCKETS - 1)];
    if (!bucket) return;
    for (const { word, indexes } of bucket) {
      if (word.length !== end - start || !(this.lowerCased ? isLowerCasedAt(text, start, word) : text.startsWith(word, start))) continue;
      for (const index of indexes) if (seen[index] !== mark) { seen[index] = mark; into.push(index); }
    }
  }

  /** Like collectWord, for every word of a text already split. */
  collectWords(textWords: readonly string[], into: number[], seen: Uint32Array, mark: number): void {
    for (const word of textWords) {
      const indexes = this.byWord.get(word);
      if (indexes) for (const index of indexes) if (seen[index] !== mark) { seen[index] = mark; into.push(index); }
    }
  }
}

/** Does the text at start, lower-cased unit by unit, read word? */
function isLowerCasedAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (unitInfos[text.charCodeAt(start + i)]! >>> 16 !== word.charCodeAt(i)) return false;
  return true;
}

const exactFirstWords = new FirstWords(false);
const lowerFirstWords = new FirstWords(true);
needles.forEach((n, index) => (n.caseSensitive ? exactFirstWords : lowerFirstWords).add(firstWord(n.needle), index));
const alwaysCandidates = [...exactFirstWords.always, ...lowerFirstWords.always].sort((a, b) => a - b);
// Which needles a text has already listed: the text's mark, not a new Set per line.
const listed = new Uint32Array(needles.length);
let listMark = 0;
function nextMark(): number {
  listMark = listMark === 0xffffffff ? 1 : listMark + 1;
  if (listMark === 1) listed.fill(0);
  return listMark;
}

/** What a scan of texts found: per text, the candidate aliases (undefined: none), and whether it has a surrogate. */
interface Scan { candidates: Array<number[] | undefined>; surrogates: boolean[] }

/**
 * Per text, the aliases whose first word the text has, as written or
 * lower-cased (the words text.ts would find in the text and in its
 * lower-cased form): the texts are joined and read in one pass. Null when a
 * text has a unit that lower-casing changes in length or kind or by its
 * neighbours; then each text is lower-cased and split apart.
 */
function scanTexts(texts: readonly string[]): Scan | null {
  const joined = texts.length === 1 ? texts[0]! : texts.join('\n');
  const candidates: Array<number[] | undefined> = new Array(texts.length);
  const surrogates: boolean[] = new Array(texts.length).fill(false);
  const exactBits = exactFirstWords.keyBits;
  const lowerBits = lowerFirstWords.keyBits;
  let source = 0;
  let sourceEnd = texts[0]!.length;
  let mark = nextMark();
  let start = -1;
  let exactHash = 0;
  let lowerHash = 0;
  const length = joined.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? joined.charCodeAt(i) : 0x20;
    let info = unitInfos[code]!;
    if (info === 0) info = unitInfo(code);
    if (info & (LETTER | NUMBER)) {
      if (info & (LOWER_CHANGES_WORDS | LOWER_IN_CONTEXT)) return null;
      if (start === -1) { start = i; exactHash = 0; lowerHash = 0; }
      exactHash = (Math.imul(exactHash, 31) + code) | 0;
      lowerHash = (Math.imul(lowerHash, 31) + (info >>> 16)) | 0;
      continue;
    }
    if (info & (LOWER_CHANGES_WORDS | LOWER_IN_CONTEXT)) return null;
    if (info & SURROGATE) surrogates[source] = true;
    if (start !== -1) {
      if (exactBits[(exactHash >>> 5) & 255]! & (1 << (exactHash & 31)) && i - start <= exactFirstWords.longest) {
        exactFirstWords.collectWord(joined, start, i, exactHash, (candidates[source] ??= alwaysCandidates.slice()), listed, mark);
      }
      if (lowerBits[(lowerHash >>> 5) & 255]! & (1 << (lowerHash & 31)) && i - start <= lowerFirstWords.longest) {
        lowerFirstWords.collectWord(joined, start, i, lowerHash, (candidates[source] ??= alwaysCandidates.slice()), listed, mark);
      }
      start = -1;
    }
    // The "\n" after a text (words never span it): the next text starts.
    if (i === sourceEnd && source + 1 < texts.length) {
      source++;
      sourceEnd += 1 + texts[source]!.length;
      mark = nextMark();
    }
  }
  for (let k = 0; k < texts.length; k++) {
    const list = candidates[k];
    if (list) sortIndexes(list);
    else if (alwaysCandidates.length) candidates[k] = alwaysCandidates.slice();
  }
  return { candidates, surrogates };
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
  const into = alwaysCandidates.slice();
  const mark = nextMark();
  exactFirstWords.collectWords(words(text), into, listed, mark);
  lowerFirstWords.collectWords(words(lower), into, listed, mark);
  return sortIndexes(into);
}

/** Set skills: canonical names of the technologies the posting names. */
export function extractSkills(ctx: ExtractContext): void {
  const sources = [
    ...ctx.frontmatterStrings.filter((f) => SKILL_KEYS.test(f.key.split('.').pop() ?? '') || /^(?:title|description|summary)$/i.test(f.key)).map((f) => ({ plain: f.text, line: f.line })),
    ...ctx.text,
  ];
  const found = new Map<string, { line: number; text: string }>();
  const skillsPerSource = skillsOfTexts(sources.map((source) => source.plain));
  sources.forEach((source, index) => {
    for (const skill of skillsPerSource[index]!) if (!found.has(skill)) found.set(skill, { line: source.line, text: source.plain });
  });
  ctx.fields.skills = [...found.keys()];
  const first = found.values().next().value;
  if (first) cite(ctx, 'skills', first.line, 'skills.table', first.text, 0.8);
}

const NONE: string[] = [];

/** skillsIn of each text (the texts are scanned together). */
function skillsOfTexts(texts: readonly string[]): string[][] {
  if (!texts.length) return [];
  const scan = scanTexts(texts);
  if (!scan) return texts.map(skillsIn);
  return texts.map((text, index) => {
    const candidates = scan.candidates[index];
    // A text without candidates names no skill, unless lower-casing changes its length (astral letters): then see below.
    if (!candidates && !scan.surrogates[index]) return NONE;
    const lower = text.toLowerCase();
    return lower.length === text.length ? aliasesIn(text, lower, candidates ?? NONE_INDEXES) : aliasesIn(text, lower, null);
  });
}
const NONE_INDEXES: number[] = [];

/** Canonical names of the skills a text names, in table order of first appearance. */
export function skillsIn(text: string): string[] {
  const lower = text.toLowerCase();
  // Lower-casing that changes the length (İ) would shift the boundary checks: then try every alias.
  if (lower.length !== text.length) return aliasesIn(text, lower, null);
  const scan = scanTexts([text]);
  return aliasesIn(text, lower, scan ? scan.candidates[0] ?? NONE_INDEXES : candidatesBySplitting(text, lower));
}

/** The skills found at the candidate aliases (indexes into needles, in table order; null: every alias). */
function aliasesIn(text: string, lower: string, candidates: readonly number[] | null): string[] {
  const out: string[] = [];
  const taken: Array<[number, number]> = [];
  const count = candidates ? candidates.length : needles.length;
  for (let c = 0; c < count; c++) {
    const needle = needles[candidates ? candidates[c]! : c]!;
    const haystack = needle.caseSensitive ? text : lower;
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
