/**
 * Limits that keep the Markdown parser fast on hostile input.
 *
 * Design note: remark-parse (micromark) slows down sharply on two shapes
 * that no real posting has. (1) Deep container nesting: a list nested
 * hundreds of levels deep costs time in proportion to depth times size,
 * and an indented list 800 levels deep took tens of seconds. (2) Inline
 * markup runs: resolving emphasis, code spans and brackets is quadratic in
 * the number of delimiters in one paragraph (`*a **a ` repeated a thousand
 * times took seconds for 14 KB).
 *
 * (1) is handled on the cleaned lines, visibly: a line nested deeper than
 * MAX_CONTAINERS markers or MAX_INDENT columns is flattened to that depth,
 * so deeper items become siblings of the deepest allowed one. Nothing of
 * the text is dropped, only excess indentation and markers.
 *
 * (2) is handled only in the text given to the parser: in a block (lines
 * between blank lines) with more than MAX_BLOCK_DELIMITERS delimiter
 * characters, or once the file has used up MAX_FILE_DELIMITERS, those
 * characters are swapped for private-use stand-ins of the same length. The
 * parser reads them as plain text (backslash escapes would also work, but
 * micromark is slow on long runs of them), restoreInlineMarkup puts the
 * characters back into the tree, and the record's Markdown never changes.
 */
import type { BodyLine } from '../document.js';

export const MAX_INDENT = 48;
export const MAX_CONTAINERS = 16;
export const MAX_BLOCK_DELIMITERS = 1000;
export const MAX_FILE_DELIMITERS = 20000;

/** One container marker at the start of a line: a block quote or a list marker followed by white space. */
const MARKER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

export interface NestingResult {
  lines: BodyLine[];
  /** How many lines were flattened, and the source line of the first. */
  flattened: number;
  firstLine?: number;
}

/** Flatten lines nested deeper than the parser can take quickly. */
export function capNesting(lines: BodyLine[]): NestingResult {
  let flattened = 0;
  let firstLine: number | undefined;
  const out = lines.map((entry) => {
    const text = flattenLine(entry.text);
    if (text === entry.text) return entry;
    flattened++;
    firstLine ??= entry.line;
    return { text, line: entry.line };
  });
  return { lines: out, flattened, firstLine };
}

/** Keep the container prefix up to the limits; drop further indentation and markers, keep the content. */
export function flattenLine(text: string): string {
  // Only a line starting with white space or a marker character can have a prefix to flatten.
  const first = text.charCodeAt(0);
  if (!(first === 32 || first === 9 || first === 62 || first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57))) return text;
  if (text.length < MAX_INDENT && !/^[ \t>]*(?:[-*+>]|\d)/.test(text)) return text;
  let kept = '';
  let columns = 0; // width of the kept prefix
  let markers = 0;
  let dropped = false;
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos]!;
    if (ch === ' ' || ch === '\t') {
      const width = ch === '\t' ? 4 - (columns % 4) : 1;
      if (columns + width <= MAX_INDENT) {
        kept += ch;
        columns += width;
      } else dropped = true;
      pos++;
      continue;
    }
    const marker = MARKER.exec(text.slice(pos, pos + 12));
    if (!marker) break;
    // Markers are kept up to the limit even past the indentation limit, so the deepest item stays an item.
    if (++markers <= MAX_CONTAINERS) {
      kept += marker[0];
      columns += marker[0].length;
    } else dropped = true;
    pos += marker[0].length;
  }
  if (!dropped) return text;
  const rest = text.slice(pos);
  return kept === '' || rest === '' || /[ \t]$/.test(kept) ? kept + rest : `${kept} ${rest}`;
}

export interface MarkupLimitResult {
  /** The lines for the Markdown parser, with pathological markup escaped. */
  lines: string[];
  /** Blocks whose markup was escaped, and the source line of the first. */
  escapedBlocks: number;
  firstLine?: number;
}

const DELIMITERS = /[*_`[\]<!]/g;
const STAND_INS: Record<string, string> = { '*': '\uE000', _: '\uE001', '`': '\uE002', '[': '\uE003', ']': '\uE004', '<': '\uE005', '!': '\uE006' };
const ORIGINALS = Object.fromEntries(Object.entries(STAND_INS).map(([original, standIn]) => [standIn, original]));
const STAND_IN = /[\uE000-\uE006]/g;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;

/** Join the lines for the parser, escaping delimiter characters in blocks that have too many. */
export function limitInlineMarkup(lines: BodyLine[]): MarkupLimitResult {
  const texts = new Array<string>(lines.length);
  let totalLength = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    texts[i] = text;
    totalLength += text.length;
  }
  // A block has no more delimiters than characters: a short file needs no counting at all.
  if (totalLength <= MAX_BLOCK_DELIMITERS) return { lines: texts, escapedBlocks: 0, firstLine: undefined };
  let escapedBlocks = 0;
  let firstLine: number | undefined;
  // Delimiters in lines before `countedUpTo`; the lines from there to the current block are
  // counted only when the file limit could be reached, as their length bounds their count.
  let fileTotal = 0;
  let countedUpTo = 0;
  let uncountedLength = 0;
  for (let start = 0; start < texts.length; ) {
    let end = start;
    let blockLength = 0;
    while (end < texts.length && !isBlank(texts[end]!)) blockLength += texts[end++]!.length;
    if (blockLength > MAX_BLOCK_DELIMITERS || fileTotal + uncountedLength + blockLength > MAX_FILE_DELIMITERS) {
      for (let i = countedUpTo; i < start; i++) fileTotal += countDelimiters(texts[i]!);
      let count = 0;
      for (let i = start; i < end; i++) count += countDelimiters(texts[i]!);
      fileTotal += count;
      if (count > MAX_BLOCK_DELIMITERS || (count > 0 && fileTotal > MAX_FILE_DELIMITERS)) {
        for (let i = start; i < end; i++) texts[i] = escapeInline(texts[i]!);
        escapedBlocks++;
        firstLine ??= lines[start]?.line;
      }
      countedUpTo = end;
      uncountedLength = 0;
    } else uncountedLength += blockLength;
    start = end + 1;
  }
  return { lines: texts, escapedBlocks, firstLine };
}

/** Same as `text.trim() === ''`, without trimming a line that starts with a visible ASCII character. */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return !(first > 32 && first < 127) && text.trim() === '';
}

function countDelimiters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 42 || code === 95 || code === 96 || code === 91 || code === 93 || code === 60 || code === 33) count++;
  }
  return count;
}

/** Swap delimiters after the container prefix for stand-ins, so lists and quotes stay what they are. */
function escapeInline(text: string): string {
  const prefix = CONTAINER_PREFIX.exec(text)?.[0] ?? '';
  return prefix + text.slice(prefix.length).replace(DELIMITERS, (ch) => STAND_INS[ch]!);
}

interface ValueNode {
  value?: unknown;
  children?: ValueNode[];
}

/** Put the characters swapped by limitInlineMarkup back into the parsed tree's text. */
export function restoreInlineMarkup(tree: object): void {
  const stack: ValueNode[] = [tree as ValueNode];
  while (stack.length) {
    const current = stack.pop()!;
    if (typeof current.value === 'string') current.value = current.value.replace(STAND_IN, (ch) => ORIGINALS[ch]!);
    if (current.children) stack.push(...current.children);
  }
}
