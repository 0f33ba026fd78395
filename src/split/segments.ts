/**
 * Turn the postings found in a file (body ranges, data items) into segments
 * that extract reads like whole files. The extractors read a source text only
 * to look front-matter keys up, scanning from its first line; a segment's
 * source text is short, so a file of thousands of postings costs each
 * posting its own lines only:
 * - a posting of a page's text sees the page's front matter (its lines as
 *   they are); its body lines carry their source lines already;
 * - a data item sees its mapped fields as "field: value", one a line, and
 *   `keyLines` maps each back to the item's own key line.
 */
import type { Root } from 'mdast';
import type { BodyLine, Segment } from '../document.js';
import { cleanBody } from '../clean/index.js';
import { looksLikeHtml } from '../formats/index.js';
import { parseLines } from '../stages/parse.js';
import type { DataItem } from './data.js';
import type { Range } from './text.js';
import { pageOnlyKeys } from './tables.js';

/** A posting of the page's text: its body lines, the page's front matter without the keys that name the page. */
export function textSegment(text: string, body: BodyLine[], range: Range, frontmatter: Record<string, unknown>, frontmatterEnd: number, treeOf: (start: number, end: number) => Root = (start, end) => parseLines(body.slice(start, end))): Segment {
  const lines = body.slice(range.start, range.end);
  const first = lines[0]?.line ?? 1;
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(frontmatter)) if (!pageOnlyKeys.includes(key.toLowerCase())) shared[key] = value;
  // A copy from the page's tree where it can be (clean/range-tree.ts), so the lines are not parsed twice.
  const tree = treeOf(range.start, range.end);
  const pageText = frontmatterEnd > 1 ? frontmatterText(text, frontmatterEnd) : '';
  // A role list's item states its title and link: read as fields, each pointing at the item's line.
  if (range.role) {
    const { title, url, company } = range.role;
    const fields: Record<string, unknown> = { title, ...(company ? { company } : {}), ...(url ? { apply_url: url } : {}) };
    const keys = Object.keys(fields);
    return { body: lines, tree, frontmatter: { ...shared, ...fields }, sourceText: keys.map((key) => `${key}: ${fields[key]}`).join('\n'), keyLines: keys.map(() => range.role!.line ?? first), line: first, origin: 'list' };
  }
  if (range.depth && range.depth > 6 && range.mark) {
    // A role set in bold, as an image or as a link heads its posting: its H1.
    const [head] = tree.children;
    if (head?.type === 'paragraph') tree.children[0] = { type: 'heading', depth: 1, children: [{ type: 'text', value: range.mark }], position: head.position };
  } else if (range.depth && range.depth > 1) {
    // A posting is read as a page of its own: its role heading becomes its H1, its sections follow one level down.
    for (const node of tree.children) if (node.type === 'heading') node.depth = Math.max(1, node.depth - (range.depth - 1)) as typeof node.depth;
  }
  return { body: lines, tree, frontmatter: shared, sourceText: pageText, line: first, origin: 'text' };
}

/**
 * A posting of a data file: its mapped fields as front matter, its
 * description through the normal text path.
 */
export function dataSegment(item: DataItem): Segment {
  const kind = looksLikeHtml(item.description) || /<(?:br|p|li|ul|strong|b)\b[^>]*>/i.test(item.description) ? 'html' : 'markdown';
  // Cleaned as lines 1..n of the description, then each given its file line.
  const body = item.description ? cleanBody(item.description, 1, kind).lines.map((line) => ({ ...line, line: item.descriptionLines[line.line - 1] ?? item.line })) : [];
  const fields = Object.keys(item.lines);
  const sourceText = fields.map((field) => `${field}: ${scalarText(item.fields[field])}`.split(/\r?\n|\r/)[0]).join('\n');
  return { body, tree: parseLines(body), frontmatter: item.fields, sourceText, keyLines: fields.map((field) => item.lines[field]!), line: item.line, origin: 'data' };
}

function scalarText(value: unknown): string {
  if (Array.isArray(value)) return value.map(scalarText).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '');
}

/** The text's lines before `end` (1-based): the page's front matter. */
function frontmatterText(text: string, end: number): string {
  let at = 0;
  for (let line = 1; line < end && at !== -1; line++) at = text.indexOf('\n', at) + 1 || -1;
  return at === -1 ? text : text.slice(0, at);
}
