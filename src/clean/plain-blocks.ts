/**
 * The Markdown tree of lines where many blocks are plain text, without
 * parsing those blocks: the fast path beside parsePieces (pieces.ts), which
 * the HTML path's lines take (parse.ts). Those lines are written from an
 * mdast tree (mdast-lines.ts), so most of them are paragraphs, headings and
 * list items of words that no Markdown syntax can touch; remark-parse would
 * read them back at about the cost of the floor's own parse.
 *
 * The lines are cut at every line where no open block reaches past it
 * (findPieces's safe lines), so each chunk parses as it would in the whole.
 * (Lines that may define a link reference, `[label]:`, are all parsed: a
 * reference resolves only in the parse that reads its definition.)
 * A chunk made only of these shapes is built here, node for node and with
 * the positions remark-parse gives; every other chunk (with its neighbours
 * of the same kind) is parsed by remark-parse:
 *  - a paragraph of plain lines, the lines after the first unindented or
 *    indented by two spaces;
 *  - an ATX heading of plain words (`# ` to `###### `);
 *  - a `- ` or `1. ` list of items that are each one plain paragraph, its
 *    later lines indented as far as its text, blank lines only between items.
 * Plain text starts with a letter, a digit that starts no list item, or an
 * escape, and holds no inline syntax but escaped punctuation and `&` that
 * starts no character reference (plainText).
 * tests/plain-blocks.property.test.ts holds the result to parsePieces's
 * over generated lines and over the cleaned lines of every file of
 * fixtures/ and the real corpus.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import { findPieces, parsePieces, shiftPositions } from './pieces.js';

/** Characters that may start inline syntax (or end a line with a break): a line without them is its own text. */
const MAYBE_SYNTAX = /[\x00-\x1f\x7f\\`*_[\]<&]/;
/** Of those, the ones no plain text holds: `\` and `&` are plain when they escape nothing and start no character reference. */
const SYNTAX = /[\x00-\x1f\x7f`*_[\]<]/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/y;
/** What can start a line of a plain paragraph: a letter, a digit (no list marker after it) or an escape. */
const PLAIN_START = /^(?:\p{L}|\\[!-/:-@[-`{-~]|\d(?!\d{0,8}[.)](?: |$)))/u;
const HEADING = /^(#{1,6}) (?=[\p{L}\p{N}])/u;
const LIST_MARKER = /^(?:- |(\d{1,9})\. )/;

/** Every safe cut, and none forced (findPieces with no size limits). */
const EVERY_SAFE_LINE = { pieceLines: 1, maxPieceLines: Number.POSITIVE_INFINITY, maxListItems: Number.POSITIVE_INFINITY };

/**
 * The text remark-parse reads from `line` after column `from` (0-based) when that is plain: no inline
 * syntax but escapes of punctuation (the escaped character is the text), nothing at the end that makes a
 * break or is trimmed; undefined otherwise.
 */
export function plainText(line: string, from: number): string | undefined {
  const last = line.charCodeAt(line.length - 1);
  if (line.length <= from || last === 32 || !PLAIN_START.test(from === 0 ? line : line.slice(from))) return undefined;
  const text = from === 0 ? line : line.slice(from);
  if (!MAYBE_SYNTAX.test(text)) return text;
  if (SYNTAX.test(text)) return undefined;
  let value = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === undefined || !ESCAPABLE.test(next)) return undefined;
      value += next;
      i++;
      continue;
    }
    if (char === '&') {
      CHARACTER_REFERENCE.lastIndex = i;
      if (CHARACTER_REFERENCE.test(text)) return undefined;
    }
    value += char;
  }
  return value;
}

/**
 * parsePieces(lines, starts, parseOne) (`starts`: safe cuts only, none forced), with the chunks of plain
 * blocks built instead of parsed.
 */
export function parseWithPlainBlocks(lines: readonly string[], starts: readonly number[], parseOne: (text: string) => Root): Root {
  // A link reference resolves only where its definition is parsed with it: lines that may define one are parsed as the plain version does.
  if (lines.some((line) => line.includes(']:'))) return parsePieces(lines, starts, parseOne);
  const offsets = new Array<number>(lines.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < lines.length; i++) offsets[i + 1] = offsets[i]! + lines[i]!.length + 1;
  const cuts = [...new Set([...findPieces(lines, EVERY_SAFE_LINE).starts, ...starts])].sort((a, b) => a - b);
  const built = cuts.map((start, i) => plainBlocks(lines, offsets, start, cuts[i + 1] ?? lines.length));
  if (!built.some((blocks) => blocks !== undefined && blocks.length > 0)) return parsePieces(lines, starts, parseOne);
  const children: RootContent[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const blocks = built[i];
    if (blocks) {
      children.push(...blocks);
      continue;
    }
    // This chunk and the next ones that are not plain: one parse.
    const first = cuts[i]!;
    while (i + 1 < cuts.length && built[i + 1] === undefined) i++;
    const end = cuts[i + 1] ?? lines.length;
    // A chunk ends with the newline it has in the whole text: micromark reads a last line without one differently.
    const tree = parseOne(lines.slice(first, end).join('\n') + (end < lines.length ? '\n' : ''));
    for (const child of tree.children) {
      shiftPositions(child, first, offsets[first]!);
      children.push(child);
    }
  }
  const lastLine = lines[lines.length - 1] ?? '';
  const end = { line: lines.length, column: lastLine.length + 1, offset: offsets[lines.length]! - 1 };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** Lines from..to as plain blocks (see the top of this file), or undefined when any line is another shape. */
export function plainBlocks(lines: readonly string[], offsets: readonly number[], from: number, to: number): RootContent[] | undefined {
  const blocks: RootContent[] = [];
  /** Where a node of line i, from column (1-based) `column` to the line's end, is. */
  const span = (i: number, column: number): Position => ({
    start: { line: i + 1, column, offset: offsets[i]! + column - 1 },
    end: { line: i + 1, column: lines[i]!.length + 1, offset: offsets[i]! + lines[i]!.length },
  });
  const paragraphOf = (value: string, i: number, column: number): { text: Text; node: Paragraph } => {
    const text: Text = { type: 'text', value, position: span(i, column) };
    return { text, node: { type: 'paragraph', children: [text], position: span(i, column) } };
  };
  /** An open paragraph takes line i's text: a newline, then the line without its indent; it and its containers end there. */
  const extend = (open: { text: Text; node: Paragraph }, value: string, i: number, containers: Array<{ position?: Position }>): void => {
    open.text.value += `\n${value}`;
    for (const node of [open.text, open.node, ...containers]) node.position!.end = span(i, 1).end;
  };
  let paragraph: { text: Text; node: Paragraph } | undefined;
  /** The open list: its node, its items' content indent for ordered ones ("1. " is 3), whether a blank line followed an item. */
  let list: { node: List; blankAfterItem: boolean } | undefined;
  let item: { content: { text: Text; node: Paragraph }; node: ListItem; indent: number } | undefined;
  let previousBlank = true;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line === '') {
      paragraph = item = undefined;
      if (list) list.blankAfterItem = true;
      previousBlank = true;
      continue;
    }
    const heading = HEADING.exec(line);
    const marker = heading ? null : LIST_MARKER.exec(line);
    if (heading) {
      const depth = heading[1]!.length as Heading['depth'];
      const value = line.includes('#', depth) ? undefined : plainText(line, depth + 1);
      if (value === undefined) return undefined;
      paragraph = list = item = undefined;
      blocks.push({ type: 'heading', depth, children: [{ type: 'text', value, position: span(i, depth + 2) }], position: span(i, 1) });
    } else if (marker) {
      const value = plainText(line, marker[0].length);
      if (value === undefined) return undefined;
      const start = marker[1] === undefined ? null : Number(marker[1]);
      const otherKind = list !== undefined && (list.node.ordered === true) !== (start !== null);
      // A new ordered list interrupts a paragraph (an item's too) only from "1" as written (not "01"): else the line continues the paragraph.
      if ((paragraph || (item && otherKind)) && start !== null && marker[1] !== '1') return undefined;
      paragraph = undefined;
      // A list goes on with items of its own kind; another kind of marker starts a new list.
      if (otherKind) list = undefined;
      if (!list) {
        list = { node: { type: 'list', ordered: start !== null, start, spread: false, children: [], position: span(i, 1) }, blankAfterItem: false };
        blocks.push(list.node);
      } else if (list.blankAfterItem) list.node.spread = true;
      const content = paragraphOf(value, i, marker[0].length + 1);
      item = { content, node: { type: 'listItem', spread: false, checked: null, children: [content.node], position: span(i, 1) }, indent: marker[0].length };
      list.node.children.push(item.node);
      list.node.position!.end = span(i, 1).end;
    } else if (line.startsWith('  ')) {
      // An item's later line (indented as far as its text), or an indented line of a paragraph; never after a blank line.
      if (previousBlank) return undefined;
      const indent = item?.indent ?? 2;
      const value = line.length > indent && /^ *$/.test(line.slice(0, indent)) ? plainText(line, indent) : undefined;
      if (value === undefined || !(item || paragraph)) return undefined;
      if (item) extend(item.content, value, i, [item.node, list!.node]);
      else extend(paragraph!, value, i, []);
    } else {
      // After a list item, an unindented line continues it lazily: not a shape built here.
      const value = plainText(line, 0);
      if (value === undefined || (list && !previousBlank)) return undefined;
      list = item = undefined;
      if (paragraph) extend(paragraph, value, i, []);
      else {
        paragraph = paragraphOf(value, i, 1);
        blocks.push(paragraph.node);
      }
    }
    previousBlank = false;
  }
  return blocks;
}
