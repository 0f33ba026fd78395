/**
 * What a page sets as a heading, whether or not it is a Markdown heading:
 * careers pages made in editors and page builders head their roles with a
 * paragraph in bold, an image whose alt text names the role, or a link to the
 * role's own page. Each kind is a level of its own below the six heading
 * levels, so a page's real headings always win a tie.
 */
import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { textOf } from '../extract/tree.js';

/** A heading-like top-level node: its body index (0-based), level and text. */
export interface Mark { start: number; depth: number; text: string }

/** Levels of the marks that are no Markdown heading. */
export const BOLD_LINE = 7;
export const IMAGE_LINE = 8;
export const LINK_LINE = 9;

/** Body index (0-based) where a top-level node starts. */
export const startOf = (node: Nodes): number => (node.position?.start.line ?? 1) - 1;

/** The page's headings and heading-like paragraphs, in document order. */
export function marksOf(tree: Root): Mark[] {
  const marks: Mark[] = [];
  for (const node of tree.children) {
    // A block of several lines over a rule ("Apply: …" then "---") is a setext heading to Markdown, but a block and a rule to its writer: no mark.
    if (node.type === 'heading') {
      if (!isUnderlinedBlock(node)) marks.push({ start: startOf(node), depth: node.depth, text: textOf(node).trim() });
    }
    // A list of one item that is only a heading ("- ### Role", an HTML page's `<li><h3>Role</h3>`, its lines after it) is that heading.
    else if (node.type === 'list' && node.children.length === 1 && node.children[0]!.children.length === 1 && node.children[0]!.children[0]!.type === 'heading') {
      const heading = node.children[0]!.children[0]!;
      marks.push({ start: startOf(node), depth: heading.depth, text: textOf(heading).trim() });
    }
    else if (node.type === 'paragraph') {
      const images = imageMarks(node);
      if (images) marks.push(...images);
      const mark = images ? undefined : paragraphMark(node);
      if (mark) marks.push({ start: startOf(node), ...mark });
    }
  }
  return marks;
}

/** A setext heading over two lines of text or more (its rule a third): a block of lines a writer set over a rule. */
export const isUnderlinedBlock = (node: Heading): boolean => (node.position?.end.line ?? 0) - (node.position?.start.line ?? 0) >= 2;

/** A paragraph of images only, one a line ("![Careers](…)" then "![Software Engineer](…)"): each image with alt text is a mark of its own line. */
function imageMarks(node: Paragraph): Mark[] | undefined {
  const parts = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()) && child.type !== 'break');
  if (parts.length < 2 || parts.some((part) => part.type !== 'image')) return undefined;
  return parts.flatMap((part) => {
    const text = textOf(part).replace(/\s+/g, ' ').trim();
    return text && text.length <= 120 ? [{ start: startOf(part), depth: IMAGE_LINE, text }] : [];
  });
}

/** A paragraph that is only bold text, only an image with alt text, or only a link: its level and text. */
function paragraphMark(node: Paragraph): Omit<Mark, 'start'> | undefined {
  const parts = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()) && child.type !== 'break');
  if (parts.length !== 1) return undefined;
  const only = parts[0]!;
  const text = textOf(only).replace(/\s+/g, ' ').trim();
  if (!text || text.length > 120) return undefined;
  if (only.type === 'strong') return { depth: BOLD_LINE, text };
  if (only.type === 'image') return { depth: IMAGE_LINE, text };
  if (only.type === 'link') return { depth: LINK_LINE, text };
  return undefined;
}
