/**
 * Turn the postings found in a file (body ranges, data items) into segments
 * that extract reads like whole files. A segment's source text is the file's
 * text with every line outside the posting (and outside the page's front
 * matter) blanked: line numbers stay true, and the extractors' front-matter
 * key lookups find the posting's own keys, not the first posting's.
 */
import type { BodyLine, Segment } from '../document.js';
import { cleanBody } from '../clean/index.js';
import { looksLikeHtml } from '../formats/index.js';
import { parseLines } from '../stages/parse.js';
import type { DataItem } from './data.js';
import type { Range } from './text.js';
import { pageOnlyKeys } from './tables.js';

/** A posting of the page's text: its body lines, the page's front matter without the keys that name the page. */
export function textSegment(text: string, body: BodyLine[], range: Range, frontmatter: Record<string, unknown>, frontmatterEnd: number): Segment {
  const lines = body.slice(range.start, range.end);
  const first = lines[0]?.line ?? 1;
  const last = lines[lines.length - 1]?.line ?? first;
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(frontmatter)) if (!pageOnlyKeys.includes(key.toLowerCase())) shared[key] = value;
  const tree = parseLines(lines);
  // A posting is read as a page of its own: its role heading becomes its H1, its sections follow one level down.
  if (range.depth && range.depth > 1) {
    for (const node of tree.children) if (node.type === 'heading') node.depth = Math.max(1, node.depth - (range.depth - 1)) as typeof node.depth;
  }
  return {
    body: lines,
    tree,
    frontmatter: shared,
    sourceText: keepLines(text, (line) => line < frontmatterEnd || (line >= first && line <= last)),
    line: first,
    origin: 'text',
  };
}

/**
 * A posting of a data file: its mapped fields as front matter, its
 * description through the normal text path. In the source text each mapped
 * field's line reads "field: value" under the extractors' key, so evidence
 * points at the item's own line.
 */
export function dataSegment(text: string, item: DataItem): Segment {
  const kind = looksLikeHtml(item.description) || /<(?:br|p|li|ul|strong|b)\b[^>]*>/i.test(item.description) ? 'html' : 'markdown';
  const body = item.description ? cleanBody(item.description, item.descriptionLine, kind).lines : [];
  const keyLines = new Map<number, string>();
  for (const [field, line] of Object.entries(item.lines)) {
    if (!keyLines.has(line)) keyLines.set(line, `${field}: ${scalarText(item.fields[field])}`);
  }
  const count = countLines(text);
  const sourceLines: string[] = [];
  for (let line = 1; line <= count; line++) sourceLines.push(keyLines.get(line) ?? '');
  return { body, tree: parseLines(body), frontmatter: item.fields, sourceText: sourceLines.join('\n'), line: item.line, origin: 'data' };
}

function scalarText(value: unknown): string {
  if (Array.isArray(value)) return value.map(scalarText).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '');
}

/** The text with every line that `keep` refuses (1-based) made empty. */
function keepLines(text: string, keep: (line: number) => boolean): string {
  return text.split('\n').map((line, index) => (keep(index + 1) ? line : '')).join('\n');
}

function countLines(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
