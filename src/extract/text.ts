/**
 * Small text helpers shared by the extractors. Patterns built here are
 * alternations of escaped literals between letter boundaries: they cannot
 * backtrack badly whatever the input.
 */
import { kindOfCodePoint } from './code-points.js';

export { isLetterCodePoint, isLetterOrNumberCodePoint, isWordCodePoint, isLetterOrDigitCodePoint, codePointBefore, codePointAt, isSpace } from './code-points.js';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one regular-expression alternation, longest first so that a longer phrase wins over its prefix. */
export const alternation = (words: string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** The sentences of a line (split after . ! ? followed by a space). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=\S)/u);
}

/** Does the text contain the word or phrase (whole words, case-insensitive)? */
export function hasPhrase(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Letters-only lower-case form used to compare headings and names. */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}'’+#. -]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** A word's hash, as the language and skill scans compute it while reading a text (no word is cut out to be looked up). */
export function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

// A terminal's escape sequences (CSI "ESC [2J", OSC, two-character ones) and the C0/C1 control characters a posting may carry: a
// title or a name is text a person writes, which holds none of them (a tab or a line break, NEL too, stands for a space; a bell
// inside "Nord\u0007wind" for nothing).
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,200}(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/gu;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/u;
/** The text without escape sequences and control characters. */
export function withoutControls(text: string): string {
  if (!CONTROL_CHARACTERS.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCES, '').replace(/[\t\n\v\f\r\u0085]/gu, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/gu, '').replace(/ {2,}/g, ' ').trim();
}

/** Upper-case the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

// The few characters for which lower-casing and Unicode case folding
// disagree (İ lower-cases to two characters, Σ by context, ſ folds to s, the
// Greek and Cyrillic variant forms...): one of each clashing pair, computed
// over all code points. In a text without them, a case-insensitive (/iu)
// match of a literal without them implies the lower-cased literal occurs in
// the lower-cased text.
const FOLDS_UNLIKE_LOWER = /[\u0130\u017f\u0399\u039c\u03a3\u03b9\u03bc\u03c3\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c87\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb06]/;

// Where a phrase is cut into runs of characters it could be prefiltered by (filterableCore).
const FOLDS_UNLIKE_LOWER_RUN = new RegExp(FOLDS_UNLIKE_LOWER.source, 'g');

// The same without İ, which filterForm() keeps as it is.
const FOLDS_UNLIKE_LOWER_BUT_DOTTED_I = new RegExp(FOLDS_UNLIKE_LOWER.source.replace('\\u0130', ''));

/**
 * A lower-cased copy of a text for keyword prefilters, or null when the text
 * has characters for which lower-casing and case folding differ (then the
 * caller runs its patterns without prefiltering).
 */
export function filterForm(text: string): string | null {
  if (FOLDS_UNLIKE_LOWER_BUT_DOTTED_I.test(text)) return null;
  const lower = text.toLowerCase();
  // İ lower-cases to two characters, but a case-insensitive pattern matches it only with itself (it has no
  // simple case folding, and nothing folds to it), and no filterable phrase holds it: kept as it is, it
  // matches nothing in the form, as in the text, and the form keeps the text's length. Turkish text has it
  // often, and without a form every prefiltered pattern of the text is compiled and run whole (#18).
  return lower.length === text.length ? lower : text.split('\u0130').map((part) => part.toLowerCase()).join('\u0130');
}

/**
 * Could a case-insensitive pattern that needs one of these lower-case
 * keywords match the text? False only when it surely cannot.
 */
export function mayContain(form: string | null, keywords: readonly string[]): boolean {
  if (form === null) return true;
  for (const keyword of keywords) if (form.includes(keyword)) return true;
  return false;
}

/** Does one of the lines include the phrase? (The plain reading of joinedIncludes.) */
export function someLineIncludes(lines: readonly string[], phrase: string): boolean {
  return lines.some((line) => line.includes(phrase));
}

/** someLineIncludes(lines, phrase), given `joined` = lines.join('\n'): a phrase without a line break is in the joined text only within a line (the empty one is in every line, and there may be none). */
export function joinedIncludes(joined: string, lines: readonly string[], phrase: string): boolean {
  return phrase === '' || phrase.includes('\n') ? someLineIncludes(lines, phrase) : joined.includes(phrase);
}

/** Whether a literal phrase may be prefiltered by lower-cased substring search. */
export function filterable(phrase: string): boolean {
  return !FOLDS_UNLIKE_LOWER.test(phrase);
}

/**
 * A lower-cased piece of the phrase that every text matching it case-insensitively holds in its filter form
 * (when it has one): the phrase itself when filterable, else its longest run without a character lower-casing
 * and case folding disagree on ("τηλεργασία": "τηλεργα"); '' when there is none.
 */
export function filterableCore(phrase: string): string {
  if (filterable(phrase)) return phrase.toLowerCase();
  return phrase.split(FOLDS_UNLIKE_LOWER_RUN).reduce((a, b) => (b.length > a.length ? b : a), '').toLowerCase();
}

/**
 * The same text in a string of its own. V8 keeps a long substring as a view
 * of the string it was cut from, so a heading kept as a cache key would keep
 * its whole document alive for the rest of the run.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * `compute` with its answers kept by key. The keys come from input (front-matter
 * keys, headings), so at most `limit` are kept and memory stays bounded
 * (each key copied: ownCopy).
 */
export function memoized<V>(compute: (key: string) => V, limit = 1000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size < limit) known.set(ownCopy(key), value);
    }
    return value;
  };
}

/** A value built on first use and kept (big patterns cost time to compile; a run may never need them). */
export function lazily<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) { value = build(); built = true; }
    return value as T;
  };
}

/**
 * Is this UTF-16 unit a letter or digit, as words() sees one? A word is a run
 * of letters and digits of the Basic Multilingual Plane (the boundary checks
 * of the extractors look at one unit, so a letter outside it is a boundary
 * for them too): surrogate halves are neither, nor is U+0345, which only
 * case-insensitive patterns count as a letter.
 */
export function isLetterOrDigit(code: number): boolean {
  return code !== 0x345 && kindOfCodePoint(code) !== 3;
}

/**
 * The words of a text, as FirstWordIndex looks them up. A pure function: a
 * cache of recent texts (module state, which the project forbids) saved
 * less than it cost, since looking a text up hashes all of it anyway.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isLetterOrDigit(text.charCodeAt(i))) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** The first word of a name ("Node.js" -> "Node", ".NET" -> "NET"), or null when it has none. */
export function firstWord(name: string): string | null {
  // words(name)[0], without splitting the rest: tables call it on every name at import.
  let start = 0;
  while (start < name.length && !isLetterOrDigit(name.charCodeAt(start))) start++;
  if (start === name.length) return null;
  let end = start + 1;
  while (end < name.length && isLetterOrDigit(name.charCodeAt(end))) end++;
  return name.slice(start, end);
}

/**
 * Names of a table keyed by their first word, so a text is matched against
 * the few names whose first word it contains instead of every name. A name
 * found with letter boundaries starts and ends its first word where the text
 * does, so the lookup never misses one.
 */
export class FirstWordIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly always: number[] = [];

  /** words[i] is the first word of name i, as it must appear in the text (null: always a candidate; undefined: never, it belongs to another index). */
  constructor(words: Array<string | null | undefined>) {
    words.forEach((word, index) => {
      if (word === undefined) return;
      if (word === null) this.always.push(index);
      else {
        const list = this.byWord.get(word);
        if (list) list.push(index);
        else this.byWord.set(word, [index]);
      }
    });
  }

  /** Indexes of the names whose first word occurs in the text, in table order. */
  candidates(text: string, into: Set<number> = new Set()): Set<number> {
    return this.candidatesOf(words(text), into);
  }

  /** Like candidates(), for the words() of a text already split. */
  candidatesOf(textWords: readonly string[], into: Set<number> = new Set()): Set<number> {
    for (const index of this.always) into.add(index);
    for (const word of textWords) {
      const list = this.byWord.get(word);
      if (list) for (const index of list) into.add(index);
    }
    return into;
  }

  /** Sorted indexes from one or more candidates() calls. */
  static ordered(found: Set<number>): number[] {
    return [...found].sort((a, b) => a - b);
  }
}

/** The words, and each one that holds a straight apostrophe also with a typographer's one ("we're" and "we’re"). */
export function withCurlyApostrophes(words: readonly string[]): string[] {
  return [...words, ...words.filter((word) => word.includes("'")).map((word) => word.replace(/'/g, '’'))];
}
