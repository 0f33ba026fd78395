/**
 * parse: split front matter (gray-matter with safe engines), clean the body
 * into source-mapped Markdown lines, and parse them with remark-parse.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { PostingDoc } from '../document.js';
import { message } from '../document.js';
import { formatByName, isMarkdownName, looksLikeHtml, markdownFileIsHtml } from '../formats/index.js';
import { FrontMatterError } from '../formats/frontmatter.js';
import { cleanBody } from '../clean/index.js';
import { bodyField, isTrivialBody } from '../formats/body-fields.js';
import { structuredBody } from '../formats/structured-body.js';
import { limitInlineMarkup, restoreInlineMarkup } from '../clean/limits.js';
import { findPieces, parsePieces } from '../clean/pieces.js';
import { parseWithPlainBlocks } from '../clean/plain-blocks.js';
import { parseData } from '../split/data.js';
import { parseXmlData } from '../split/data-xml.js';
import type { BodyLine } from '../document.js';
import type { Root } from 'mdast';

const markdownParser = unified().use(remarkParse);
/** A front-matter field with block tags is HTML, even when short. */
const HTML_FIELD = /<(?:p|div|br|ul|ol|li|h[1-6]|strong|em|a)\b[^<>]*>/i;

export function parse(doc: PostingDoc): PostingDoc {
  const text = doc.text ?? '';
  if (doc.format === 'json' || doc.format === 'yaml' || doc.format === 'xml') return parseDataFile(doc, text);
  const format = formatByName(doc.format ?? 'text');
  let split;
  try {
    split = format.split(text);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    const args = { reason: error.message, language: error.language ?? '' };
    // gray-matter hands the engine the block starting with the newline that ends the
    // opening delimiter line, so a line inside the block is already a source line.
    const line = error.line ?? 1;
    message(doc, error.ruleId, { fatal: true, line, column: error.column, args });
    return doc;
  }
  doc.frontmatter = split.data;
  for (const warning of split.warnings ?? []) message(doc, 'front-matter-warning', { line: warning.line, column: warning.column, args: { reason: warning.reason } });
  const bodyStart = text.length - split.content.length;
  doc.bodyLine = countLines(text, bodyStart);
  // An empty or trivial body with the posting in a front-matter field: that field is the body (formats/body-fields.ts).
  const field = isTrivialBody(split.content) ? bodyField(doc.frontmatter, text, doc.bodyLine) : undefined;
  const content = field?.text ?? split.content;
  const firstLine = field ? field.keyLine + (field.lineForLine ? 1 : 0) : doc.bodyLine;
  // A Markdown file's body (under its front matter) is Markdown unless it is a page (formats/index.ts); a field's HTML is HTML.
  const htmlBody = field === undefined && isMarkdownName(doc.path) ? markdownFileIsHtml(content) : looksLikeHtml(content);
  const kind = doc.format === 'html' || htmlBody || (field !== undefined && HTML_FIELD.test(content)) ? 'html' : 'markdown';
  let cleaned = cleanBody(content, firstLine, kind);
  // A page whose text is a shell (an app's root element) may state the posting in its JSON-LD description (formats/structured-body.ts).
  const described = kind === 'html' && !field ? structuredBody(text, cleaned.lines) : undefined;
  if (described) {
    cleaned = { ...cleanBody(described.html, described.line, 'html'), includes: cleaned.includes };
    cleaned.lines = cleaned.lines.map((line) => ({ text: line.text, line: described.line }));
    message(doc, 'body-from-structured-data', { line: described.line });
  }
  if (field) {
    message(doc, 'body-from-front-matter', { line: field.keyLine, args: { key: field.key } });
    if (!field.lineForLine) cleaned.lines = cleaned.lines.map((line) => ({ text: line.text, line: field.keyLine }));
  }
  if (kind === 'html' && doc.format !== 'html') message(doc, 'html-converted', { line: firstLine });
  if (cleaned.templateTags) {
    message(doc, 'template-tag-removed', {
      line: cleaned.includes[0]?.line,
      args: { count: cleaned.templateTags, sample: cleaned.templateSamples[0] ?? '' },
    });
  }
  for (const include of cleaned.includes) {
    message(doc, 'template-include-unresolved', { line: include.line, args: { name: include.name } });
  }
  if (cleaned.pixels) message(doc, 'tracking-pixel-removed', { args: { count: cleaned.pixels } });
  doc.body = cleaned.lines;
  if (!doc.body.length && Object.keys(doc.frontmatter).length) message(doc, 'front-matter-only', { line: doc.bodyLine });
  if (cleaned.flattened) message(doc, 'nesting-flattened', { line: cleaned.flattenedLine, args: { count: cleaned.flattened } });
  // Pathological inline markup is escaped for the parser only (see clean/limits.ts).
  const parserInput = limitInlineMarkup(doc.body);
  if (parserInput.escapedBlocks) message(doc, 'markup-escaped', { line: parserInput.firstLine, args: { count: parserInput.escapedBlocks } });
  // Long bodies are parsed in pieces, so the parse stays linear (see clean/pieces.ts).
  const pieces = findPieces(parserInput.lines);
  if (pieces.forced) message(doc, 'blocks-cut', { line: doc.body[pieces.firstForced!]?.line, args: { count: pieces.forced } });
  // An HTML page's lines are written from an mdast tree, mostly plain blocks: those are built, not parsed again (clean/plain-blocks.ts).
  const plainBlocksFirst = kind === 'html' && !pieces.forced && !parserInput.escapedBlocks;
  doc.tree = (plainBlocksFirst ? parseWithPlainBlocks : parsePieces)(parserInput.lines, pieces.starts, (text) => markdownParser.parse(text));
  if (parserInput.escapedBlocks) restoreInlineMarkup(doc.tree);
  return doc;
}

/** A JSON or YAML file of postings: parsed here, its postings found by the split stage. */
function parseDataFile(doc: PostingDoc, text: string): PostingDoc {
  const parsed = doc.format === 'xml' ? parseXmlData(text) : parseData(text);
  if (!parsed.ok) {
    message(doc, parsed.tooDeep ? 'front-matter-too-deep' : 'data-syntax', { fatal: true, line: parsed.line ?? 1, column: parsed.column, args: { reason: parsed.reason } });
    return doc;
  }
  if ('indentedLine' in parsed && parsed.indentedLine) message(doc, 'data-lenient', { line: parsed.indentedLine });
  // A damaged or truncated XML feed: its postings up to the fault are read, with one warning at the fault's line.
  if ('fault' in parsed && parsed.fault) message(doc, 'data-xml-damaged', { line: parsed.fault.line, args: { reason: parsed.fault.reason } });
  doc.data = parsed.document;
  doc.frontmatter = {};
  doc.bodyLine = 1;
  doc.body = [];
  doc.tree = { type: 'root', children: [] };
  return doc;
}

/** The Markdown tree of cleaned lines, with parse's guards (escaped dense markup, long bodies in pieces) and no messages: for one posting of a file. */
export function parseLines(lines: BodyLine[]): Root {
  const parserInput = limitInlineMarkup(lines);
  const pieces = findPieces(parserInput.lines);
  const tree = parsePieces(parserInput.lines, pieces.starts, (text) => markdownParser.parse(text));
  if (parserInput.escapedBlocks) restoreInlineMarkup(tree);
  return tree;
}

/** 1-based line number of a character offset. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
