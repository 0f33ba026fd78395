/**
 * Code points read as a case-insensitive Unicode pattern's classes would, for boundaries checked by code (moved from
 * text.ts, which re-exports them).
 */
import { lazily } from './text.js';

// Letter boundaries checked by code instead of lookarounds such as (?<![\p{L}\p{N}_]): with the `iu`
// flags those classes are closed over case folding when the pattern is compiled, which costs
// milliseconds per pattern. The tests below answer as a case-insensitive Unicode pattern's class
// does: U+0345 (which folds to ι) counts as a letter, and a surrogate pair is one code point.
const LETTER = lazily(() => /^[\p{L}\u0345]$/u);
const NUMBER = lazily(() => /^\p{N}$/u);
const letterUnits = new Uint8Array(0x10000); // 0 unknown, 1 letter, 2 number, 3 neither

/** 1 a letter, 2 a number, 3 neither, as a case-insensitive Unicode pattern's classes read the code point. */
export function kindOfCodePoint(code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : code >= 48 && code <= 57 ? 2 : 3;
  let kind = code < 0x10000 ? letterUnits[code]! : 0;
  if (kind === 0) {
    const char = String.fromCodePoint(code);
    kind = LETTER().test(char) ? 1 : NUMBER().test(char) ? 2 : 3;
    if (code < 0x10000) letterUnits[code] = kind;
  }
  return kind;
}

/** [\p{L}] of a case-insensitive Unicode pattern. */
export function isLetterCodePoint(code: number): boolean {
  return code >= 0 && kindOfCodePoint(code) === 1;
}

/** [\p{L}\p{N}] of a case-insensitive Unicode pattern. */
export function isLetterOrNumberCodePoint(code: number): boolean {
  return code >= 0 && kindOfCodePoint(code) !== 3;
}

/** [\p{L}\p{N}_] of a case-insensitive Unicode pattern. */
export function isWordCodePoint(code: number): boolean {
  return code === 95 || isLetterOrNumberCodePoint(code);
}

/** [\p{L}\d] of a case-insensitive Unicode pattern (\d: ASCII digits only). */
export function isLetterOrDigitCodePoint(code: number): boolean {
  return (code >= 48 && code <= 57) || isLetterCodePoint(code);
}

/** The code point ending just before `index` (a surrogate pair read whole), or -1 at the start: what a lookbehind sees. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
  }
  return low;
}

/** The code point starting at `index`, or -1 at the end: what a lookahead sees. */
export function codePointAt(text: string, index: number): number {
  return index < text.length ? text.codePointAt(index)! : -1;
}

/** The characters \s matches. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
