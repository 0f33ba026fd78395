/**
 * The tokens of a JavaScript/TypeScript or Python file, as far as a data literal needs them (code-literals.ts):
 * brackets and separators, strings with their escapes decoded, numbers and words. Comments are skipped, and so is
 * a JavaScript regular expression; the code is never run. A string that cannot be read as plain text (a template
 * with `${…}`, an f-string with a field) has no value, and an unterminated one is a stray character: one bad
 * quote (an apostrophe in JSX text) spoils one line, never the rest of the file.
 */

export type CodeLanguage = 'js' | 'python';

export interface Token {
  /** punct: one of `{ } [ ] ( ) , : = +`; string, number, word; other: anything else (`=>`, `...`, `?`, `<`). */
  kind: 'punct' | 'string' | 'number' | 'word' | 'other';
  text: string;
  /** A string's decoded value; undefined when it is no plain text (an interpolated template). */
  value?: string;
  /** 0-based line and column of the token's first character. */
  line: number;
  column: number;
}

const PUNCT = new Set(['{', '}', '[', ']', '(', ')', ',', ':', '=', '+']);
/** Operators read as one token, so that `==`, `=>` or `+=` is never taken for an assignment or a concatenation. */
const OPERATORS = ['===', '!==', '...', '**=', '=>', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '|=', '&=', '++', '&&', '||', '??', ':=', '->', '::'];
/** After these a `/` opens a regular expression in JavaScript, not a division. */
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '=>', '&&', '||', '??', 'return', 'typeof']);
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/**
 * Every token of the file, in order. `plain` scans every string opener again, as the reader did before it kept where
 * unclosed strings end: the same tokens, in quadratic time on a file of escaped quotes (tests hold the two together).
 */
export function tokenize(text: string, language: CodeLanguage, plain = false): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lineStart = 0;
  let at = 0;
  const push = (kind: Token['kind'], end: number, value?: string) => {
    tokens.push({ kind, text: text.slice(at, end), line, column: at - lineStart, ...(value !== undefined || kind === 'string' ? { value } : {}) });
  };
  /** Count the line breaks in text[from, to) so that the next token's line is right. */
  const advanceLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (text[i] === '\n') { line++; lineStart = i + 1; }
  };
  // Per kind of string (quote, triple, raw): where a scan that found no closing quote ended.
  const unclosedUntil = new Map<string, number>();
  // Where each regular expression body closes, built on the first `/` that may open one (one pass over the file).
  let regexClosings: RegexClosings | undefined;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '\n') { line++; lineStart = at + 1; at++; continue; }
    if (/\s/.test(char) || (char === '\\' && (text[at + 1] === '\n' || text[at + 1] === '\r'))) { at++; continue; }
    const comment = commentEnd(text, at, language);
    if (comment !== -1) { advanceLines(at, comment); at = comment; continue; }
    const previous = tokens.at(-1);
    if (language === 'js' && char === '/' && (!previous || BEFORE_REGEX.has(previous.text))) {
      const end = plain ? regexEnd(text, at) : regexEndFrom(text, at, (regexClosings ??= closingsOf(text)));
      if (end !== -1) { push('other', end); at = end; continue; }
    }
    const prefix = language === 'python' ? /^[rRbBuUfF]{1,2}(?=["'])/.exec(text.slice(at, at + 3)) : null;
    if (char === '"' || char === "'" || char === '`' || prefix) {
      const quoteAt = at + (prefix ? prefix[0].length : 0);
      const quote = text[quoteAt]!;
      const kind = `${quote}${language === 'python' && text.startsWith(quote.repeat(3), quoteAt) ? '3' : ''}${/r/i.test(prefix?.[0] ?? '') ? 'r' : ''}`;
      // A string of this kind that never closed was scanned to its end once: an opener before that end was an escape in
      // it and fails the same way, so it is a stray character, not another scan (linear on "\`" repeated; review27b).
      const scanned = !plain && (unclosedUntil.get(kind) ?? -1) > quoteAt;
      const read = scanned ? undefined : readString(text, quoteAt, language, prefix?.[0].toLowerCase() ?? '');
      if (!read && !scanned) unclosedUntil.set(kind, quote === '`' || kind.includes('3') ? text.length : lineEndOf(text, quoteAt));
      if (read) {
        push('string', read.end, read.value);
        advanceLines(at, read.end);
        at = read.end;
        continue;
      }
      push('other', at + 1);
      at++;
      continue;
    }
    const number = /^-?(?:0[xX][\da-fA-F_]+|(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)n?/.exec(text.slice(at, at + 40));
    if (number && /\d/.test(char) ) { push('number', at + number[0].length); at += number[0].length; continue; }
    const word = /^[\p{L}_$][\p{L}\p{N}_$]*/u.exec(text.slice(at, at + 200));
    if (word) { push('word', at + word[0].length); at += word[0].length; continue; }
    const operator = OPERATORS.find((op) => text.startsWith(op, at));
    if (operator) { push('other', at + operator.length); at += operator.length; continue; }
    push(PUNCT.has(char) ? 'punct' : 'other', at + 1);
    at++;
  }
  return tokens;
}

/** Where a comment that starts at `at` ends, or -1 when none starts there. */
function commentEnd(text: string, at: number, language: CodeLanguage): number {
  if (language === 'python') return text[at] === '#' ? lineEndOf(text, at) : -1;
  if (text[at] !== '/') return -1;
  if (text[at + 1] === '/') return lineEndOf(text, at);
  if (text[at + 1] !== '*') return -1;
  const close = text.indexOf('*/', at + 2);
  return close === -1 ? text.length : close + 2;
}

const lineEndOf = (text: string, at: number): number => { const end = text.indexOf('\n', at); return end === -1 ? text.length : end; };

/** The end of a regular expression opened at `at` (past its flags), or -1 when the line ends first. */
function regexEnd(text: string, at: number): number {
  let inClass = false;
  for (let i = at + 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') return -1;
    if (char === '\\') i++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) return i + 1 + (/^[a-z]*/.exec(text.slice(i + 1, i + 10))?.[0].length ?? 0);
  }
  return -1;
}

/**
 * Where a regular expression body that starts at each position closes (the index of its closing `/`, -1 when a line
 * break comes first), outside a character class (`outside`) and inside one (`inside`). One pass from the end, so
 * a line of `(/[` repeated costs once, where regexEnd scans to the line's end from each opener (review27b).
 */
interface RegexClosings { outside: Int32Array; inside: Int32Array }

function closingsOf(text: string): RegexClosings {
  const size = text.length + 2;
  const outside = new Int32Array(size).fill(-1);
  const inside = new Int32Array(size).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i]!;
    if (char === '\n') continue;
    if (char === '\\') { outside[i] = outside[i + 2]!; inside[i] = inside[i + 2]!; continue; }
    outside[i] = char === '/' ? i : char === '[' ? inside[i + 1]! : outside[i + 1]!;
    inside[i] = char === ']' ? outside[i + 1]! : inside[i + 1]!;
  }
  return { outside, inside };
}

/** regexEnd read from the closings table: the same end, without a scan. */
function regexEndFrom(text: string, at: number, closings: RegexClosings): number {
  const close = closings.outside[at + 1]!;
  return close === -1 ? -1 : close + 1 + (/^[a-z]*/.exec(text.slice(close + 1, close + 10))?.[0].length ?? 0);
}

/**
 * A string opened at `start` (its quote): its end and its value; undefined when it is not closed (a JavaScript or a
 * Python single-line string at the line's end). A template or an f-string with a field in it has no value.
 */
function readString(text: string, start: number, language: CodeLanguage, prefix: string): { end: number; value: string | undefined } | undefined {
  const quote = text[start]!;
  const triple = language === 'python' && text.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  const spansLines = triple || quote === '`';
  const raw = prefix.includes('r');
  let value = '';
  let plain = true;
  for (let at = start + closing.length; at < text.length; at++) {
    const char = text[at]!;
    if (text.startsWith(closing, at)) {
      const formatted = prefix.includes('f') && /\{[^{}]*\}/.test(value);
      return { end: at + closing.length, value: plain && !formatted ? value : undefined };
    }
    if (char === '\n' && !spansLines) return undefined;
    if (quote === '`' && char === '$' && text[at + 1] === '{') plain = false;
    if (char === '\\' && !raw) {
      const [decoded, length] = escapeAt(text, at);
      value += decoded;
      at += length - 1;
      continue;
    }
    value += char;
  }
  return undefined;
}

/** The text of the escape at `at` (a backslash) and how many characters it takes. */
function escapeAt(text: string, at: number): [string, number] {
  const next = text[at + 1] ?? '';
  if (next === '\n') return ['', 2];
  if (next === '\r') return ['', text[at + 2] === '\n' ? 3 : 2];
  if (next in SIMPLE_ESCAPES && !(next === '0' && /\d/.test(text[at + 2] ?? ''))) return [SIMPLE_ESCAPES[next]!, 2];
  const hex = /^(?:x([\da-fA-F]{2})|u([\da-fA-F]{4})|u\{([\da-fA-F]{1,6})\}|U([\da-fA-F]{8}))/.exec(text.slice(at + 1, at + 12));
  if (hex) {
    const code = parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4]!, 16);
    return [code <= 0x10ffff ? String.fromCodePoint(code) : '', hex[0].length + 1];
  }
  return [next, 2];
}
