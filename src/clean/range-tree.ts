/**
 * The Markdown tree of a range of a body's lines, taken from the tree of the
 * whole body instead of parsed again (the split stage asks for one per
 * posting of a file that holds several).
 *
 * Design note: CommonMark reads blocks line by line, each line's reading set
 * by the lines before it. So where no top-level block of the whole tree
 * reaches across either end of the range, parsing the range alone gives the
 * same top-level blocks, counted from the range's first line, in three cases
 * this takes care to exclude:
 *  - link reference definitions resolve across the whole text: a body with
 *    one is parsed again;
 *  - a body with its markup escaped (clean/limits.ts) or cut where its
 *    structure did not allow (clean/pieces.ts: forced cuts) was not parsed
 *    as one text: parsed again. Cuts that follow the structure give the
 *    tree of one parse (tests/pieces.test.ts) except around a line of one
 *    whole HTML tag: a body in pieces with a line holding a tag is parsed again;
 *  - micromark reads a text's last line differently when no newline ends
 *    it (a lone `</pre>` after a list item), and a line by the blocks before
 *    it, even past a blank line (a lone `-` after indented code is text): a
 *    range must start the body, at an ATX heading at column 0 (it closes
 *    every block), or after a blank line with a line that can only open a
 *    paragraph whatever came before (a letter, or `**` and a letter at column
 *    0: no list marker, fence, tag, quote or indent), and end the body or
 *    with a blank line, else it is parsed again;
 *  - an empty range: parsed again (its tree has no blocks to take).
 * The copy shares nothing with the whole tree, so a caller may change it.
 * `parseLines` (stages/parse.ts) is the plain version; the two are held to
 * the same trees, positions included, by tests/range-tree.property.test.ts.
 */
import type { Root, RootContent } from 'mdast';
import type { BodyLine } from '../document.js';
import { findPieces } from './pieces.js';
import { limitInlineMarkup } from './limits.js';

const BLANK = /^[ \t]*$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A line that opens a paragraph and nothing else, after any block (a role named in bold: "**Duties**", "**岗位职责**"). */
const PARAGRAPH_ONLY = /^(?:\p{L}|\*\*[^\s*])/u;
/** Anything that may open an HTML tag, a comment or a processing instruction. */
const TAG = /<[A-Za-z/!?]/;
type Parse = (lines: BodyLine[]) => Root;
interface Point { line: number; column: number; offset?: number }

/** A function giving the tree of lines [start, end) of `body`, whose whole tree is `tree`; `parse` is the plain reading, used where the tree cannot be reused. */
export function rangeTrees(body: BodyLine[], tree: Root, parse: Parse): (start: number, end: number) => Root {
  const texts = body.map((line) => line.text);
  const pieces = findPieces(texts);
  const oneParse = pieces.starts.length === 1 || (pieces.forced === 0 && !texts.some((text) => TAG.test(text)));
  const reusable = oneParse && limitInlineMarkup(body).escapedBlocks === 0 && !tree.children.some(holdsDefinition);
  const parseAgain = (start: number, end: number): Root => parse(body.slice(start, end));
  if (!reusable) return parseAgain;
  // lineOffsets[i]: the offset of line i in the parsed text (lines joined by "\n").
  const lineOffsets = new Array<number>(texts.length + 1);
  lineOffsets[0] = 0;
  for (let i = 0; i < texts.length; i++) lineOffsets[i + 1] = lineOffsets[i]! + texts[i]!.length + 1;
  return (start, end) => {
    const startsClean = start === 0 || ATX_HEADING.test(texts[start]!) || (BLANK.test(texts[start - 1]!) && PARAGRAPH_ONLY.test(texts[start]!));
    if (end <= start || !startsClean || (end < texts.length && !BLANK.test(texts[end - 1]!))) return parseAgain(start, end);
    const taken: RootContent[] = [];
    for (const child of tree.children) {
      if (!child.position) return parseAgain(start, end);
      // Positions count lines from 1; ranges count from 0.
      const first = child.position.start.line - 1;
      const last = child.position.end.line - 1;
      if (last < start || first >= end) continue;
      if (first < start || last >= end) return parseAgain(start, end);
      taken.push(child);
    }
    const shift = { lines: start, offset: lineOffsets[start]! };
    const lastText = texts[end - 1]!;
    return {
      type: 'root',
      children: taken.map((child) => copyShifted(child, shift)),
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: end - start, column: lastText.length + 1, offset: lineOffsets[end]! - 1 - shift.offset } },
    };
  };
}

function holdsDefinition(node: RootContent): boolean {
  return node.type === 'definition' || ('children' in node && (node.children as RootContent[]).some(holdsDefinition));
}

/** A deep copy of a node (keys in their order) with its positions moved up by `shift`. */
function copyShifted<T extends object>(node: T, shift: { lines: number; offset: number }): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'children') copy[key] = (value as object[]).map((child) => copyShifted(child, shift));
    else if (key === 'position' && value) copy[key] = { start: shiftPoint(value.start, shift), end: shiftPoint(value.end, shift) };
    else if (value !== null && typeof value === 'object') copy[key] = structuredClone(value);
    else copy[key] = value;
  }
  return copy as T;
}

function shiftPoint(point: Point, shift: { lines: number; offset: number }): Point {
  return point.offset === undefined ? { line: point.line - shift.lines, column: point.column } : { line: point.line - shift.lines, column: point.column, offset: point.offset - shift.offset };
}
