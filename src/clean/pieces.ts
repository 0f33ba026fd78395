/**
 * Cut a long cleaned body into pieces the Markdown parser can take one at a time.
 *
 * Design note: remark-parse (micromark) grows faster than linearly in the
 * number of blocks of a document on ordinary shapes that repeat: `## h` then
 * `- x`, setext headings, list or quote items separated by paragraphs, long
 * lists. Parsing a body in pieces of bounded size makes the whole parse
 * linear. A piece ends only where no open block can reach past it, so each
 * piece parses as it would inside the whole:
 *  - before an ATX heading at column 0 (it closes every container);
 *  - after a thematic break or setext underline that closes a top-level block;
 *  - before a line at column 0 that follows a blank line and starts no container.
 * None of these is taken inside a fenced code block or a raw HTML block.
 * Link reference definitions work within their piece only; the extractors
 * never read references. Bodies under PIECE_LINES lines are one piece.
 *
 * Two caps cut where the structure does not allow it, with a warning and no
 * text lost: a top-level list is cut into lists of at most MAX_LIST_ITEMS
 * items, and a piece that finds no safe end by MAX_PIECE_LINES lines is cut
 * there (a paragraph or container may become two).
 */

/** A piece grows to at least this many lines before it ends at the next safe line. */
export const PIECE_LINES = 200;
/** A piece with no safe end is cut here. */
export const MAX_PIECE_LINES = 2000;
/** Items of one top-level list; past this the list is cut in two. */
export const MAX_LIST_ITEMS = 500;

export interface Pieces {
  /** Index of the first line of each piece (the first is 0). */
  starts: number[];
  /** Cuts that the structure did not allow (lists cut, pieces forced), and the index of the first line cut. */
  forced: number;
  firstForced?: number;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const CONTAINER_START = /^(?:>|(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/;
const INTERRUPTS_NOT = /^(?:(?:[-*+]|\d{1,9}[.)])[ \t]*$|(?!1[.)])\d{1,9}[.)])/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A blank line (CommonMark): nothing but spaces and tabs. */
const BLANK_LINE = /^[ \t]*$/;
/** HTML blocks that a blank line does not end (CommonMark kinds 1 to 5), with their end. */
const HTML_UNTIL_END: Array<[start: RegExp, end: RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** HTML blocks that end at a blank line: CommonMark kind 6 (block tags, may interrupt a paragraph) and kind 7 (one whole tag alone on its line). */
const HTML_BLOCK_TAG = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const HTML_WHOLE_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

export interface PieceLimits {
  pieceLines: number;
  maxPieceLines: number;
  maxListItems: number;
  /** Also cut before a list or quote at column 0 after a blank line, when no container is open (clean/plain-blocks.ts). */
  listsApart?: boolean;
}

export const PIECE_LIMITS: PieceLimits = { pieceLines: PIECE_LINES, maxPieceLines: MAX_PIECE_LINES, maxListItems: MAX_LIST_ITEMS };

/** Where to cut the lines into pieces. Linear in the text. */
export function findPieces(lines: readonly string[], limits: PieceLimits = PIECE_LIMITS): Pieces {
  const starts = [0];
  let forced = 0;
  let firstForced: number | undefined;
  if (lines.length < limits.pieceLines) return { starts, forced };
  let pieceStart = 0;
  let fence: string | undefined; // the open fence's marker
  let htmlEnd: RegExp | undefined; // the end of an open HTML block of kinds 1-5
  let htmlUntilBlank = false; // an HTML block of kinds 6-7 may be open
  let inContainer = false; // a list or quote may be open (it can take lazy lines)
  let inParagraph = false; // a top-level paragraph is open (a setext underline can end it)
  let listItems = 0;
  let previousBlank = true;
  const cut = (index: number, isForced: boolean) => {
    if (index <= pieceStart || index >= lines.length) return;
    starts.push(index);
    pieceStart = index;
    listItems = 0;
    if (!isForced) return;
    forced++;
    firstForced ??= index;
    fence = htmlEnd = undefined;
    htmlUntilBlank = inContainer = inParagraph = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    // Blank as CommonMark reads it: spaces and tabs only (trim() would take a no-break space, U+3000 or a BOM too).
    const blank = BLANK_LINE.test(text);
    if (i - pieceStart >= limits.maxPieceLines) cut(i, true);
    const long = i - pieceStart >= limits.pieceLines;
    if (fence !== undefined) {
      if (FENCE.exec(text)?.[1]?.startsWith(fence) && text.trim().replace(/[`~]/g, '') === '') fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(text)) htmlEnd = undefined;
    } else if (blank) {
      htmlUntilBlank = inParagraph = false;
    } else if (!htmlUntilBlank) {
      const columnZero = text.charCodeAt(0) !== 32 && text.charCodeAt(0) !== 9;
      const indented = indentOf(text) >= 4;
      // An empty item, or a numbered one not starting at 1, cannot interrupt a paragraph: it continues it.
      const containerStart = !indented && CONTAINER_START.test(text.trimStart()) && !(inParagraph && INTERRUPTS_NOT.test(text.trimStart()));
      const opening = FENCE.exec(text);
      const thematic = THEMATIC_BREAK.test(text);
      if (columnZero && (ATX_HEADING.test(text) || (previousBlank && !containerStart))) {
        // Every container and paragraph before this line is closed.
        if (long) cut(i, false);
        inContainer = inParagraph = false;
        listItems = 0;
      } else if (limits.listsApart && columnZero && previousBlank && containerStart && !inContainer && text.replace(CONTAINER_PREFIX, '') !== '' && !INTERRUPTS_NOT.test(text)) {
        // No list or quote is open, and the blank line closed any paragraph: this container (with text: an empty item is read otherwise) starts afresh.
        // Not a numbered item from 2 on: after indented code and a blank line micromark reads "2) two" as a paragraph.
        if (long) cut(i, false);
        listItems = LIST_ITEM.test(text) && !thematic ? 1 : 0;
      } else if (columnZero && LIST_ITEM.test(text) && !thematic && ++listItems > limits.maxListItems) {
        cut(i, true);
        listItems = 1;
      }
      if (opening) {
        fence = opening[1]![0]!.repeat(opening[1]!.length);
        inParagraph = false;
      } else if (!indented && text.trimStart().startsWith('<') && (HTML_UNTIL_END.some(([start]) => start.test(text)) || HTML_BLOCK_TAG.test(text) || (!inParagraph && HTML_WHOLE_TAG.test(text)))) {
        const kind = HTML_UNTIL_END.find(([start]) => start.test(text));
        if (!kind) htmlUntilBlank = true;
        else if (!kind[1].test(text.slice(text.indexOf('<') + 2))) htmlEnd = kind[1];
        inParagraph = false;
      } else if ((inParagraph && !inContainer && SETEXT_UNDERLINE.test(text)) || (thematic && columnZero)) {
        // A thematic break at column 0, or a setext underline ending a top-level paragraph, closes everything.
        inContainer = inParagraph = false;
        listItems = 0;
        if (i + 1 - pieceStart >= limits.pieceLines) cut(i + 1, false);
      } else if (containerStart) {
        // The item or quote holds a paragraph when it has text after its markers (it may take lazy lines).
        inContainer = true;
        inParagraph = text.replace(CONTAINER_PREFIX, '') !== '';
      } else if (ATX_HEADING.test(text.trimStart()) && !indented) {
        inParagraph = false;
      } else if (inContainer || inParagraph || !indented) {
        // An indented line continues a paragraph; outside one, at the top level, it is code.
        inParagraph = true;
      }
    }
    previousBlank = blank;
  }
  return firstForced === undefined ? { starts, forced } : { starts, forced, firstForced };
}

/** Columns of white space before the first character (a tab goes to the next multiple of 4). */
function indentOf(text: string): number {
  let columns = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) columns++;
    else if (code === 9) columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface PositionedNode {
  position?: { start: Point; end: Point };
  children?: PositionedNode[];
}

/**
 * Parse each piece on its own and join the trees into one whose positions
 * count lines and offsets from the start of the whole text, as one parse would.
 */
export function parsePieces<Root extends PositionedNode>(lines: readonly string[], starts: readonly number[], parseOne: (text: string) => Root): Root {
  if (starts.length <= 1) return parseOne(lines.join('\n'));
  let root: Root | undefined;
  let offset = 0;
  for (let p = 0; p < starts.length; p++) {
    const first = starts[p]!;
    const end = starts[p + 1] ?? lines.length;
    // A piece ends with the newline it has in the whole text: micromark reads a last line without one differently.
    const text = lines.slice(first, end).join('\n') + (end < lines.length ? '\n' : '');
    const tree = parseOne(text);
    for (const child of tree.children ?? []) shiftPositions(child, first, offset);
    if (root === undefined) root = tree;
    else for (const child of tree.children ?? []) root.children!.push(child);
    offset += text.length;
  }
  const total = offset;
  const lastLine = lines[lines.length - 1] ?? '';
  root!.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lastLine.length + 1, offset: total } };
  return root!;
}

/** Move a node's positions (and its descendants') down by `lines` lines and `offset` characters. */
export function shiftPositions(node: PositionedNode, lines: number, offset: number): void {
  const stack = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.position) {
      for (const point of [current.position.start, current.position.end]) {
        point.line += lines;
        if (point.offset !== undefined) point.offset += offset;
      }
    }
    if (current.children) for (const child of current.children) stack.push(child);
  }
}
