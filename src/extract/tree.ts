/** Headings and links read from the Markdown tree, with source lines. */
import type { Root, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BodyLine } from '../document.js';
import type { Heading, Link } from './context.js';

/** Map a line of the cleaned Markdown (1-based) back to its source line. */
export function sourceLine(lines: BodyLine[], markdownLine: number | undefined): number {
  if (markdownLine === undefined) return 0;
  return lines[markdownLine - 1]?.line ?? 0;
}

export function collectHeadingsAndLinks(tree: Root, lines: BodyLine[]): { headings: Heading[]; links: Link[] } {
  const headings: Heading[] = [];
  const links: Link[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      headings.push({ depth: node.depth, text: toString(node).trim(), line: sourceLine(lines, node.position?.start.line) });
    }
    if (node.type === 'link') {
      links.push({ url: node.url, text: toString(node).trim(), line: sourceLine(lines, node.position?.start.line) });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return { headings, links };
}
