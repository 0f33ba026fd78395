/**
 * A record's Markdown description as HTML, for JSON-LD (Google wants HTML
 * there). The unified ecosystem: remark-parse (in pieces, as the parse stage
 * does, so it stays linear), mdast-util-to-hast, hast-util-sanitize,
 * hast-util-to-html. Raw HTML in the Markdown is dropped, never passed
 * through, and the sanitiser (GitHub's schema) removes what remains unsafe:
 * script and style elements, event handlers, `javascript:` links.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toHast } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { findPieces, parsePieces } from '../clean/pieces.js';
import { limitInlineMarkup, restoreInlineMarkup } from '../clean/limits.js';

const markdownParser = unified().use(remarkParse);

/** The HTML of a Markdown text: safe to put in a page, with no raw HTML from the text. */
export function markdownToHtml(markdown: string): string {
  const input = limitInlineMarkup(markdown.split('\n').map((text, index) => ({ text, line: index + 1 })));
  const tree: Root = parsePieces(input.lines, findPieces(input.lines).starts, (text) => markdownParser.parse(text));
  if (input.escapedBlocks) restoreInlineMarkup(tree);
  // allowDangerousHtml stays off: `html` nodes (raw HTML) become nothing.
  return toHtml(sanitize(toHast(tree)));
}
