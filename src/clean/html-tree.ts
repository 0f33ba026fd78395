/**
 * HTML to Markdown lines through the unified ecosystem: rehype-parse reads
 * the HTML (as a browser would, entities decoded, positions kept), the page
 * is narrowed to its main content (html-main.ts), and rehype-remark turns
 * it into an mdast tree that stands beside remark-parse's. mdast-lines.ts
 * writes that tree as Markdown lines, each with its source line.
 *
 * Source lines survive the conversion as markers: rehype-remark collapses
 * the white space of a paragraph into one line, so each newline inside text
 * gets a private-use marker holding the number of the line it starts. The
 * markers pass through the conversion as text and are read back (and
 * removed) when the lines are written.
 *
 * Pages too large or nested too deep for a tree (HTML_LIMITS) are left to
 * the line-by-line converter in html.ts, whose cost is linear in the text,
 * and so is every page where the modules cannot load (html-modules.ts).
 */
import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { BodyLine } from '../document.js';
import { pruneToMainContent } from './html-main.js';
import { mdastToLines } from './mdast-lines.js';
import { lineMarker } from './line-markers.js';
import { htmlModules } from './html-modules.js';

/** Past either limit a page goes to the line-by-line converter. */
export const HTML_LIMITS = { maxElements: 20_000, maxDepth: 128 };

/** Elements that never hold other elements, and those whose end tag may be left out (they do not nest). */
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'li', 'p', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp', 'html', 'head', 'body',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;

/** True when the HTML is small and shallow enough for a tree: one linear scan of its tags. */
export function fitsTree(html: string, limits = HTML_LIMITS): boolean {
  let elements = 0;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      if (!NO_DEPTH.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (++elements > limits.maxElements) return false;
    if (!NO_DEPTH.has(name) && ++depth > limits.maxDepth) return false;
  }
  return true;
}

export interface HtmlTreeConversion {
  lines: BodyLine[];
  pixels: number;
  /** How the main content was found (html-main.ts). */
  main: string;
  tree: MdastRoot;
}

/**
 * Convert HTML to Markdown lines; `lineOf(n)` is the source line of line n
 * (1-based) of `html`. Returns undefined when the page does not fit a tree.
 */
export function htmlTreeToLines(html: string, lineOf: (line: number) => number, isTrackingImage: (element: Element) => boolean): HtmlTreeConversion | undefined {
  const modules = fitsTree(html) ? htmlModules() : null;
  if (!modules) return undefined;
  try {
    const hast = modules.processor.parse(html);
    const pruned = pruneToMainContent(hast, isTrackingImage);
    markLines(hast, lineOf);
    const tree = modules.processor.runSync(hast);
    return { lines: mdastToLines(tree, lineOf, modules.toMarkdown), pixels: pruned.pixels, main: pruned.main, tree };
  } catch {
    // A shape the conversion cannot take (a node type it does not know): the line-by-line converter reads every page.
    return undefined;
  }
}

/** Elements whose text keeps its newlines: no markers there. */
const PREFORMATTED = new Set(['pre', 'code', 'textarea', 'listing', 'plaintext', 'xmp']);

/** Elements that are text within a line; a newline before one inside a paragraph starts a line. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'img']);

/**
 * Put a line marker after every newline inside text that has words (see the
 * top of this file), and after the newline of white space before an inline
 * element (`<br>` then a newline then `<em>`).
 */
function markLines(tree: HastRoot, lineOf: (line: number) => number): void {
  const visit = (node: HastRoot | Element): void => {
    const children = node.children as RootContent[];
    children.forEach((child, i) => {
      if (child.type === 'element') {
        if (!PREFORMATTED.has(child.tagName)) visit(child);
        return;
      }
      if (child.type !== 'text' || !child.position || !child.value.includes('\n')) return;
      let line = child.position.start.line;
      if (/\S/.test(child.value)) {
        child.value = child.value.replace(/\n/g, () => `\n${lineMarker(lineOf(++line))}`);
        return;
      }
      const next = children[i + 1];
      if (next?.type === 'element' && PHRASING.has(next.tagName) && next.position) child.value = `${child.value}${lineMarker(lineOf(next.position.start.line))}`;
    });
  };
  visit(tree);
}
