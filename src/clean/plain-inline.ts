/**
 * The phrasing remark-parse reads from one line of a paragraph, heading or
 * list item, for the inline shapes simple enough to build exactly (the fast
 * path of plain-blocks.ts): text with escapes of punctuation (a backslash
 * before any other character is text), `&` that starts no character
 * reference, `_` between two ASCII letters or digits, `*` or `_` runs that
 * can neither open nor close; emphasis and strong emphasis (`*a*`, `**a**`,
 * `_a_`, `__a__`) of such text, the opener and closer of the same size and
 * nothing between them that may open or close (micromark's flanking rules:
 * the rule of three never applies to two runs of one size); links
 * `[text](url)` (an image may be the text) and images `![alt](url)` with
 * such text, a destination with no space, parenthesis, `<`, backslash or
 * character reference, and no title; `]` that closes no bracket.
 * Anything else (code, HTML, autolinks, nested brackets, a bracket that opens
 * no link, an opener without its closer on the line...) is undefined, and
 * the line's chunk is parsed.
 * tests/plain-blocks.property.test.ts holds it to remark-parse.
 */
import type { PhrasingContent, Text } from 'mdast';
import type { Position } from 'unist';

/** Columns start..end (0-based, end excluded) of the line, as a position. */
export type At = (start: number, end: number) => Position;

/** Characters no built line holds: control characters, code, HTML and autolinks. */
const NEVER = /[\x00-\x1f\x7f`<]/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** A character reference at the start of a text (34 characters hold the longest: `&`, a 32-character name, `;`). */
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
/** micromark's classes of the character beside a delimiter run (micromark-util-classify-character), by UTF-16 unit as it reads them. */
const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;
const ALNUM = /[A-Za-z\d]/;
/** A link's destination as built here: no space, control, parenthesis, `<`, `>` or backslash. */
const DESTINATION = /^[^\s\x00-\x1f\x7f()<>\\]+$/;

function classOf(line: string, index: number): 'space' | 'punct' | 'other' {
  if (index < 0 || index >= line.length) return 'space';
  const char = String.fromCharCode(line.charCodeAt(index));
  return WHITESPACE.test(char) ? 'space' : PUNCTUATION.test(char) ? 'punct' : 'other';
}

interface Run { marker: string; size: number; start: number; open: boolean; close: boolean }

/** The delimiter run of `*` or `_` at `start`: whether it can open and close (flanking, and `_`'s intraword rule), for a run only. */
function runAt(line: string, start: number): Run {
  const marker = line[start]!;
  let end = start;
  while (end < line.length && line[end] === marker) end++;
  // Beside a line's text is white space (its start, the indent or marker before it, its end): the line's own characters say so.
  const before = classOf(line, start - 1);
  const after = classOf(line, end);
  const left = after !== 'space' && (after !== 'punct' || before !== 'other');
  const right = before !== 'space' && (before !== 'punct' || after !== 'other');
  const open = marker === '*' ? left : left && (!right || before === 'punct');
  const close = marker === '*' ? right : right && (!left || after === 'punct');
  return { marker, size: end - start, start, open, close };
}

/** The decoded destination of a link from `open` (its `(`) to its `)`, and where it ends; undefined when not built here. */
function destinationAt(line: string, open: number, to: number): { url: string; end: number } | undefined {
  if (line[open] !== '(') return undefined;
  const close = line.indexOf(')', open + 1);
  if (close < 0 || close >= to) return undefined;
  const url = line.slice(open + 1, close);
  if (!DESTINATION.test(url)) return undefined;
  for (let amp = url.indexOf('&'); amp >= 0; amp = url.indexOf('&', amp + 1)) if (CHARACTER_REFERENCE.test(url.slice(amp, amp + 34))) return undefined;
  return { url, end: close + 1 };
}

/**
 * The phrasing of columns from..to of `line` (see the top of this file), or undefined.
 * `inLink`: the text of a link (no link inside); `plainOnly`: no emphasis or link either (an image's alt, emphasis's content).
 */
export function phrasingOfRange(line: string, from: number, to: number, at: At, inLink = false, plainOnly = false): PhrasingContent[] | undefined {
  const children: PhrasingContent[] = [];
  let text: Text | undefined;
  let textStart = from;
  /** Adds decoded characters from columns start..end to the open text node (or a new one). */
  const addText = (value: string, start: number, end: number): void => {
    if (!text) {
      text = { type: 'text', value: '', position: at(start, end) };
      textStart = start;
      children.push(text);
    }
    text.value += value;
    text.position = at(textStart, end);
  };
  let i = from;
  while (i < to) {
    const char = line[i]!;
    if (char === '\\') {
      const next = line[i + 1];
      if (i + 1 >= to) return undefined;
      if (ESCAPABLE.test(next!)) {
        addText(next!, i, i + 2);
        i += 2;
      } else {
        addText('\\', i, i + 1);
        i++;
      }
      continue;
    }
    if (char === '&' && CHARACTER_REFERENCE.test(line.slice(i, i + 34))) return undefined;
    if (char === '*' || char === '_') {
      const run = runAt(line, i);
      if (!run.open && !run.close) {
        // Text: `_` within a word, or a run beside white space on both sides.
        if (run.marker === '_' && !(ALNUM.test(line[i - 1] ?? '') && ALNUM.test(line[i + run.size] ?? ''))) return undefined;
        addText(line.slice(i, i + run.size), i, i + run.size);
        i += run.size;
        continue;
      }
      if (plainOnly || !run.open || run.size > 2) return undefined;
      const closer = closerOf(line, run, to);
      const inner = closer && phrasingOfRange(line, run.start + run.size, closer.start, at, inLink, true);
      if (!inner) return undefined;
      children.push({ type: run.size === 1 ? 'emphasis' : 'strong', children: inner, position: at(run.start, closer.start + closer.size) } as PhrasingContent);
      text = undefined;
      i = closer.start + closer.size;
      continue;
    }
    if (char === '[' || (char === '!' && line[i + 1] === '[')) {
      const image = char === '!';
      // An image may be a link's text (a link may not).
      if (plainOnly || (inLink && !image)) return undefined;
      const labelStart = i + (image ? 2 : 1);
      const labelEnd = closingBracket(line, labelStart, to, image);
      if (labelEnd === undefined) return undefined;
      const destination = destinationAt(line, labelEnd + 1, to);
      if (!destination) return undefined;
      const inner = phrasingOfRange(line, labelStart, labelEnd, at, true, image);
      if (!inner || (image && inner.length > 1)) return undefined;
      const position = at(i, destination.end);
      if (image) children.push({ type: 'image', title: null, url: destination.url, alt: (inner[0] as Text | undefined)?.value ?? '', position });
      else children.push({ type: 'link', title: null, url: destination.url, children: inner, position });
      text = undefined;
      i = destination.end;
      continue;
    }
    // A `]` that closes no bracket is text (no bracket is left open here).
    if (char === ']') {
      addText(']', i, i + 1);
      i++;
      continue;
    }
    if (NEVER.test(char)) return undefined;
    // The longest run of characters with no syntax at all.
    let end = i + 1;
    while (end < to && !/[\\&*_[\]!`<\x00-\x1f\x7f]/.test(line[end]!)) end++;
    addText(line.slice(i, end), i, end);
    i = end;
  }
  return children;
}

/** The `]` that closes a bracket's text opened before `from` (escapes and one image's brackets skipped), or undefined when another bracket comes first. */
function closingBracket(line: string, from: number, to: number, image = false): number | undefined {
  for (let i = from; i < to; i++) {
    const char = line[i];
    if (char === '\\') i++;
    else if (char === '!' && line[i + 1] === '[' && !image) {
      const end = closingBracket(line, i + 2, to, true);
      if (end === undefined) return undefined;
      i = end;
    } else if (char === '[') return undefined;
    else if (char === ']') return i;
  }
  return undefined;
}

/** The run that closes `opener` (only closing, the same marker and size), when the runs between can neither open nor close and no bracket comes first. */
function closerOf(line: string, opener: Run, to: number): Run | undefined {
  for (let i = opener.start + opener.size; i < to; i++) {
    const char = line[i];
    if (char === '\\') i++;
    else if (char === '[' || char === ']') return undefined;
    else if (char === '*' || char === '_') {
      const run = runAt(line, i);
      if (!run.open && !run.close) {
        i += run.size - 1;
        continue;
      }
      return run.close && run.marker === opener.marker && run.size === opener.size ? run : undefined;
    }
  }
  return undefined;
}
