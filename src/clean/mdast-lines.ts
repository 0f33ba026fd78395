/**
 * An mdast tree (from rehype-remark) written as Markdown lines, each with
 * its source line. Containers (lists, quotes) are written here so each line
 * knows its node; phrasing is written by mdast-util-to-markdown, so escapes
 * and links come out as remark reads them back. A paragraph is cut into
 * lines where the HTML had newlines or <br> (line-markers.ts); a soft cut
 * is skipped where the next line would start a block of its own (a list
 * item, a heading), so the lines parse to the same tree.
 */
import type { Options, toMarkdown as ToMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Parents, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { BodyLine } from '../document.js';
import { leadingMarkerLine, lineMarker, splitAtMarkers, stripMarkers } from './line-markers.js';

const MARKDOWN: Options = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' };
/** A line that would open a block of its own rather than continue a paragraph. */
const OPENS_BLOCK = /^(?:[#>=`~|<]|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|-{2,}|_{3,}|\*{3,})/;
/** Phrasing nodes whose text stays on one line (a cut inside them would break their syntax). */
const ONE_LINE = new Set(['link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'emphasis', 'strong', 'delete']);

interface Prefix { first: string; rest: string }
type LineOf = (line: number) => number;
/** How to write: the source line of a line of the HTML, and mdast-util-to-markdown (loaded on first use, html-modules.ts). */
interface Writer { lineOf: LineOf; toMarkdown: typeof ToMarkdown }

/** The tree's blocks as Markdown lines; `lineOf` maps a line of the HTML to a source line. */
export function mdastToLines(tree: Root, lineOf: LineOf, toMarkdown: typeof ToMarkdown): BodyLine[] {
  const out: BodyLine[] = [];
  writeBlocks(tree.children, { first: '', rest: '' }, out, { lineOf, toMarkdown }, lineOf(1));
  return out;
}

function writeBlocks(blocks: RootContent[], prefix: Prefix, out: BodyLine[], writer: Writer, fallback: number): void {
  let wrote = false;
  for (const block of blocks) {
    const start = out.length;
    const before = out[out.length - 1]?.line ?? fallback;
    // Blocks are apart by a blank line, except a list right after the text of its item.
    if (wrote && block.type !== 'list') out.push({ text: prefix.rest.trimEnd(), line: before });
    const contentStart = out.length;
    writeBlock(block, wrote ? { first: prefix.rest, rest: prefix.rest } : prefix, out, writer, before);
    if (out.length === contentStart) out.length = start;
    else wrote = true;
  }
}

function writeBlock(node: RootContent, prefix: Prefix, out: BodyLine[], writer: Writer, fallback: number): void {
  const { lineOf } = writer;
  const line = nodeLine(node, lineOf) ?? fallback;
  const push = (texts: Array<{ text: string; line: number }>): void => {
    texts.forEach((entry, i) => out.push({ text: (i === 0 ? prefix.first : prefix.rest) + entry.text, line: entry.line }));
  };
  switch (node.type) {
    case 'paragraph':
      push(paragraphLines(node.children, line, writer));
      return;
    case 'heading': {
      // Images in a heading are icons beside the words.
      const children = node.children.filter((child) => child.type !== 'image').map((child) => (child.type === 'break' ? ({ type: 'text', value: ' ' } as const) : child));
      const text = phrasing(children, writer);
      const stripped = stripMarkers(text).replace(/\s+/g, ' ').trim();
      if (stripped) push([{ text: `${'#'.repeat(node.depth)} ${stripped}`, line: leadingMarkerLine(text) ?? line }]);
      return;
    }
    case 'code': {
      const last = node.position ? lineOf(node.position.end.line) : line;
      push(writer.toMarkdown(node, MARKDOWN).trimEnd().split('\n').map((text, i) => ({ text, line: Math.min(line + Math.max(0, i - 1), last) })));
      return;
    }
    case 'thematicBreak':
      push([{ text: '---', line }]);
      return;
    case 'table':
      push(node.children.flatMap((row) => tableRow(row, writer, line)));
      return;
    case 'list':
      node.children.forEach((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
        const itemPrefix = { first: (i === 0 ? prefix.first : prefix.rest) + marker, rest: prefix.rest + ' '.repeat(marker.length) };
        writeBlocks(item.children, itemPrefix, out, writer, nodeLine(item, lineOf) ?? line);
      });
      return;
    case 'blockquote':
      writeBlocks(node.children, { first: `${prefix.first}> `, rest: `${prefix.rest}> ` }, out, writer, line);
      return;
    default:
      // Phrasing at block level, or a node rehype-remark may add later: its text as a paragraph.
      if ('children' in node || 'value' in node) push(paragraphLines(isPhrasing(node) ? [node] : [{ type: 'text', value: toString(node) }], line, writer));
  }
}

/** A paragraph's lines: cut at <br> always, at newlines of the HTML where the next line cannot open a block. */
function paragraphLines(children: PhrasingContent[], line: number, writer: Writer): Array<{ text: string; line: number }> {
  const { lineOf } = writer;
  const marked = children.map((child) => {
    if (child.type === 'break') return { type: 'text', value: lineMarker(child.position ? lineOf(child.position.end.line) : line, true) } as const;
    return ONE_LINE.has(child.type) ? withoutMarkers(child) : child;
  });
  const lines: Array<{ text: string; line: number }> = [];
  let breaks = 0; // <br> since the last text
  for (const segment of splitAtMarkers(phrasing(marked, writer))) {
    if (segment.hard) breaks++;
    const text = segment.text.replace(/\s+/g, ' ').trim();
    if (!text) {
      if (!lines.length && segment.line !== undefined) line = segment.line;
      continue;
    }
    const at = segment.line ?? line;
    // Two <br> in a row end a paragraph, as a blank line does.
    if (breaks >= 2 && lines.length) lines.push({ text: '', line: at });
    const last = lines[lines.length - 1];
    if (last && breaks === 0 && OPENS_BLOCK.test(text)) last.text += ` ${text}`;
    else lines.push({ text, line: at });
    breaks = 0;
  }
  while (lines.length && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

function tableRow(row: TableRow, writer: Writer, fallback: number): Array<{ text: string; line: number }> {
  const cells = row.children.map((cell) => stripMarkers(phrasing(cell.children, writer)).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return cells.length ? [{ text: cells.join(' | '), line: nodeLine(row, writer.lineOf) ?? fallback }] : [];
}

/**
 * Phrasing as Markdown. White space at the edges of emphasis moves outside it, and the
 * character references mdast-util-to-markdown writes where emphasis touches a letter
 * (`**Plat:**&#x38;50`) are read back: extractors read the words, as the HTML showed them.
 */
function phrasing(children: PhrasingContent[], writer: Writer): string {
  const verbatim = verbatimText(children);
  if (verbatim !== undefined) return verbatim;
  // A block inside phrasing (a table in a <p> of a page in quirks mode) is read as its text.
  const phrasingOnly = children.map((child): PhrasingContent => (isPhrasing(child) ? child : { type: 'text', value: toString(child) }));
  const markdown = writer.toMarkdown({ type: 'paragraph', children: phrasingOnly.flatMap(spacedOutside) }, MARKDOWN).trimEnd();
  return markdown.includes('&#') ? markdown.replace(/(?<!\\)&#x([0-9A-F]{1,6});/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))) : markdown;
}

/**
 * Text that mdast-util-to-markdown writes as it is: it starts with a letter
 * (or a line marker), holds letters, digits, spaces and punctuation that is
 * never Markdown syntax, ends without white space, and breaks lines only
 * before a marker. Most paragraphs of a page are such text, and skip the
 * serializer (the fast path; tests/mdast-lines.property.test.ts holds it
 * to toMarkdown's answer).
 */
const VERBATIM = /^[\p{L}\p{M}\u{E010}-\u{E029}](?:[\p{L}\p{M}\p{N} ,.;:'"()?/%\u2019\u201c\u201d\u2013\u2014\u{E010}-\u{E029}-]|(?<! )\n(?=[\u{E010}\u{E011}]))*(?<! )$/u;

/** Phrasing of plain text nodes only, as the Markdown toMarkdown would write for it when it needs no escapes; undefined otherwise. */
export function verbatimText(children: PhrasingContent[]): string | undefined {
  let text = '';
  for (const child of children) {
    if (child.type !== 'text') return undefined;
    text += child.value;
  }
  return VERBATIM.test(text) ? text : undefined;
}

/** Emphasis with white space at its edges, as emphasis and that white space beside it. */
function spacedOutside(node: PhrasingContent): PhrasingContent[] {
  if (node.type !== 'strong' && node.type !== 'emphasis' && node.type !== 'delete') return [node];
  const text = toString(node);
  const before = /^\s/.test(text);
  const after = /\s$/.test(text);
  if (!before && !after) return [node];
  const children = [...node.children];
  const first = children[0];
  const last = children[children.length - 1];
  if (before && first?.type === 'text') children[0] = { ...first, value: first.value.trimStart() };
  if (after && last?.type === 'text') children[children.length - 1] = { ...(children[children.length - 1] as typeof last), value: (children[children.length - 1] as typeof last).value.trimEnd() };
  if (!toString({ type: 'paragraph', children }).trim()) return [{ type: 'text', value: ' ' }];
  return [...(before ? [{ type: 'text', value: ' ' } as const] : []), { ...node, children } as PhrasingContent, ...(after ? [{ type: 'text', value: ' ' } as const] : [])];
}

/** A copy of a phrasing node with the line markers of its text removed. */
function withoutMarkers<T extends Nodes>(node: T): T {
  if ('value' in node && typeof node.value === 'string') return { ...node, value: stripMarkers(node.value) };
  if ('alt' in node && typeof node.alt === 'string') return { ...node, alt: stripMarkers(node.alt) };
  if ('children' in node) return { ...node, children: (node as Parents).children.map((child) => withoutMarkers(child)) } as T;
  return node;
}

function isPhrasing(node: Nodes): node is PhrasingContent {
  return ['text', 'emphasis', 'strong', 'delete', 'link', 'image', 'inlineCode', 'break', 'html'].includes(node.type);
}

/** The source line where a node starts: its own position, or its first descendant's. */
function nodeLine(node: Nodes, lineOf: LineOf): number | undefined {
  if (node.position) return lineOf(node.position.start.line);
  if ('children' in node) {
    for (const child of node.children) {
      const line = nodeLine(child, lineOf);
      if (line !== undefined) return line;
    }
  }
  return undefined;
}
