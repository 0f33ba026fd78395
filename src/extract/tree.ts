/**
 * What several extractors read from a posting: headings and links from the
 * Markdown tree (with source lines), keyword groups found in the body lines
 * (match/keywords.ts scans them).
 */
import type { Root, Nodes } from 'mdast';
import type { BodyLine } from '../document.js';
import type { ExtractContext, Heading, Link } from './context.js';
import type { KeywordGroup } from './match/keywords.js';

/** Map a line of the cleaned Markdown (1-based) back to its source line. */
export function sourceLine(lines: BodyLine[], markdownLine: number | undefined): number {
  if (markdownLine === undefined) return 0;
  return lines[markdownLine - 1]?.line ?? 0;
}

/** A node's text as mdast-util-to-string's toString gives it (values, image alts, HTML), concatenated directly instead of joined per level. */
export function textOf(node: Nodes): string {
  if ('value' in node) return node.value ?? '';
  if ('alt' in node && node.alt) return node.alt;
  let text = '';
  if ('children' in node) for (const child of node.children) text += textOf(child as Nodes);
  return text;
}

export function collectHeadingsAndLinks(tree: Root, lines: BodyLine[]): { headings: Heading[]; links: Link[] } {
  const headings: Heading[] = [];
  const links: Link[] = [];
  collect(tree.children, lines, headings, links);
  return { headings, links };
}

/** Headings and links among the nodes and under them, in document order. */
function collect(nodes: readonly Nodes[], lines: BodyLine[], headings: Heading[], links: Link[]): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const type = node.type;
    // Most nodes are text: no children, neither heading nor link.
    if (type === 'text') continue;
    if (type === 'heading') {
      headings.push({ depth: node.depth, text: textOf(node).trim(), line: sourceLine(lines, node.position?.start.line) });
    } else if (type === 'link') {
      links.push({ url: node.url, text: textOf(node).trim(), line: sourceLine(lines, node.position?.start.line) });
    }
    const children = (node as { children?: Nodes[] }).children;
    if (children !== undefined) collect(children, lines, headings, links);
  }
}

export { keywordGroup, keywordIndex, NO_FILTER_FORM, type KeywordGroup, type KeywordIndex } from './match/keywords.js';

/** The keyword bits of a text (front matter values, for instance), from the context's index. */
export function keywordsIn(ctx: Pick<ExtractContext, 'keywords'>, text: string): number {
  return ctx.keywords.scan(text);
}

/** A group's bit in the context's masks (0 for null: always look). */
export function keywordBit(ctx: Pick<ExtractContext, 'keywords'>, group: KeywordGroup | null): number {
  return ctx.keywords.bit(group);
}

/** keywordsIn() of each body line (same order as ctx.text), found once per posting and kept on the context. */
export function lineKeywords(ctx: Pick<ExtractContext, 'text' | 'keywordMasks' | 'keywords'>): number[] {
  ctx.keywordMasks ??= ctx.text.map((line) => ctx.keywords.scan(line.plain));
  return ctx.keywordMasks;
}
