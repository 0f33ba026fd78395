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
 *  - a paragraph of plain lines, the lines after the first unindented,
 *    indented by two spaces, or lazy after a list item;
 *  - an ATX heading of plain words (`# ` to `###### `);
 *  - a `- ` or `1. ` list of items that are each one plain paragraph, its
 *    later lines indented as far as its text, blank lines only between items.
 * A plain line starts no block and holds only the inline shapes that
 * plain-inline.ts builds (text with escapes, emphasis, links, images).
 * tests/plain-blocks.property.test.ts holds the result to parsePieces's
 * over generated lines and over the cleaned lines of every file of
 * fixtures/ and the real corpus.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import { findPieces, parsePieces, shiftPositions } from './pieces.js';
import { type At, phrasingOfRange } from './plain-inline.js';

/** What may start a line of a paragraph: no character that starts a block (or may: white space, a digit's list marker, `[` a definition, `*`, `_` or `+` before white space, a line of only `*` and `_`). */
const PLAIN_START = /^(?![#>=`~<\s-]|[*_+](?:\s|$)|[*_ ]+$|\d{1,9}[.)](?:[ \t]|$))/;
const HEADING = /^(#{1,6}) (?=[^\s#])/;
const LIST_MARKER = /^(?:- |(\d{1,9})\. )/;

/** Every safe cut, and none forced (findPieces with no size limits), lists after a blank line apart from a paragraph before them. */
const EVERY_SAFE_LINE = { pieceLines: 1, maxPieceLines: Number.POSITIVE_INFINITY, maxListItems: Number.POSITIVE_INFINITY, listsApart: true };

/** The phrasing remark-parse reads from `line` after column `from` when it starts no block, ends in no white space and has only the inline shapes of plain-inline.ts; undefined otherwise. */
export function phrasingOf(line: string, from: number, at: At): PhrasingContent[] | undefined {
  if (line.length <= from || line.charCodeAt(line.length - 1) === 32) return undefined;
  if (!PLAIN_START.test(from === 0 ? line : line.slice(from))) return undefined;
  return phrasingOfRange(line, from, line.length, at);
}

/**
 * parsePieces(lines, starts, parseOne) (`starts`: safe cuts only, none forced), with the chunks of plain
 * blocks built instead of parsed.
 */
export function parseWithPlainBlocks(lines: readonly string[], starts: readonly number[], parseOne: (text: string) => Root): Root {
  // A link reference resolves only where its definition is parsed with it: lines that may define one are parsed as the plain version does.
  if (lines.some((line) => line.includes(']:'))) return parsePieces(lines, starts, parseOne);
  // micromark drops a byte-order mark that starts its text, so a chunk's positions would start one character later: parsed as the plain version does.
  if (lines.some((line) => line.charCodeAt(0) === 0xfeff)) return parsePieces(lines, starts, parseOne);
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
  let i = from;
  /** Columns start..end (0-based, end excluded) of line i. */
  const at = (start: number, end: number): Position => ({
    start: { line: i + 1, column: start + 1, offset: offsets[i]! + start },
    end: { line: i + 1, column: end + 1, offset: offsets[i]! + end },
  });
  /** A paragraph of line i's phrasing after column `start`, or undefined. */
  const paragraphOf = (start: number): Paragraph | undefined => {
    const children = phrasingOf(lines[i]!, start, at);
    return children && { type: 'paragraph', children, position: at(start, lines[i]!.length) };
  };
  /** An open paragraph takes line i's phrasing after its indent, after a line ending (text, with the text before it); it and its containers end there. */
  const extend = (open: Paragraph, indent: number, containers: Array<{ position?: Position }>): boolean => {
    const children = phrasingOf(lines[i]!, indent, at);
    if (!children) return false;
    const lineStart = at(0, 0).start;
    const last = open.children[open.children.length - 1]!;
    let text: Text;
    if (last.type === 'text') text = last;
    else {
      text = { type: 'text', value: '', position: { start: { ...last.position!.end }, end: lineStart } };
      open.children.push(text);
    }
    text.value += '\n';
    text.position!.end = lineStart;
    const first = children[0]!;
    if (first.type === 'text') {
      text.value += first.value;
      text.position!.end = first.position!.end;
      children.shift();
    }
    open.children.push(...children);
    for (const node of [open, ...containers]) node.position!.end = at(0, lines[i]!.length).end;
    return true;
  };
  let paragraph: Paragraph | undefined;
  /** The open list, and whether a blank line followed one of its items. */
  let list: { node: List; blankAfterItem: boolean } | undefined;
  /** The open item: its paragraph, node, and the indent of its text ("1. " is 3). */
  let item: { content: Paragraph; node: ListItem; indent: number } | undefined;
  let previousBlank = true;
  for (; i < to; i++) {
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
      const phrasing = line.includes('#', depth) ? undefined : phrasingOf(line, depth + 1, at);
      if (!phrasing) return undefined;
      paragraph = list = item = undefined;
      blocks.push({ type: 'heading', depth, children: phrasing, position: at(0, line.length) });
    } else if (marker) {
      const start = marker[1] === undefined ? null : Number(marker[1]);
      const otherKind = list !== undefined && (list.node.ordered === true) !== (start !== null);
      // A new ordered list interrupts a paragraph (an item's too) only from "1" as written (not "01"): else the line continues the paragraph.
      if ((paragraph || (item && otherKind)) && start !== null && marker[1] !== '1') return undefined;
      const content = paragraphOf(marker[0].length);
      if (!content) return undefined;
      paragraph = undefined;
      // A list goes on with items of its own kind; another kind of marker starts a new list.
      if (otherKind) list = undefined;
      if (!list) {
        list = { node: { type: 'list', ordered: start !== null, start, spread: false, children: [], position: at(0, line.length) }, blankAfterItem: false };
        blocks.push(list.node);
      } else if (list.blankAfterItem) list.node.spread = true;
      item = { content, node: { type: 'listItem', spread: false, checked: null, children: [content], position: at(0, line.length) }, indent: marker[0].length };
      list.node.children.push(item.node);
      list.node.position!.end = at(0, line.length).end;
    } else if (line.startsWith('  ')) {
      // An item's later line (indented as far as its text), or an indented line of a paragraph; never after a blank line.
      const indent = item?.indent ?? 2;
      if (previousBlank || !(item || paragraph) || !/^ *$/.test(line.slice(0, indent))) return undefined;
      if (!(item ? extend(item.content, indent, [item.node, list!.node]) : extend(paragraph!, indent, []))) return undefined;
    } else if (paragraph) {
      if (!extend(paragraph, 0, [])) return undefined;
    } else {
      // After a list item, an unindented line continues its paragraph lazily.
      if (item && !previousBlank) {
        if (!extend(item.content, 0, [item.node, list!.node])) return undefined;
        previousBlank = false;
        continue;
      }
      paragraph = paragraphOf(0);
      if (!paragraph) return undefined;
      list = item = undefined;
      blocks.push(paragraph);
    }
    previousBlank = false;
  }
  return blocks;
}
