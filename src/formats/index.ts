/**
 * Formats as adapters in an ordered registry: the first whose `match` accepts
 * the text wins, and plain text is the fallback. The format is decided from
 * the content; the one use of the name is that a Markdown file (.md) stays
 * Markdown when it holds HTML blocks (detectFormatOf).
 */
import type { SourceFormat } from '../document.js';
import { splitFrontMatter, type FrontMatterSplit } from './frontmatter.js';
import { hasMarkdownOutsideHtml, withoutCodeSamples } from '../clean/html-blocks.js';
import { depthExceeds, FrontMatterError, jsonSyntaxError, MAX_FRONT_MATTER_DEPTH, toPlainData } from './frontmatter.js';

export interface FormatAdapter {
  name: SourceFormat;
  match(text: string): boolean;
  /** Front matter and body; formats without front matter return the text as the body. */
  split(text: string): FrontMatterSplit;
}

const noFrontMatter = (text: string): FrontMatterSplit => ({ data: {}, content: text, language: '' });

/** Hugo's JSON front matter: an object at the very top, closed by a line that is just "}". */
function splitJsonObject(text: string): FrontMatterSplit {
  const close = text.search(/\n\}[ \t]*(\r?\n|$)/);
  if (close === -1) throw new FrontMatterError('JSON front matter is not closed by a line "}"', 'front-matter-syntax', 1);
  const end = close + 2;
  let data: unknown;
  try {
    data = JSON.parse(text.slice(0, end));
  } catch (error) {
    if (error instanceof RangeError) throw new FrontMatterError(error.message, 'front-matter-too-deep', 1);
    throw jsonSyntaxError(error as Error, text.slice(0, end));
  }
  if (depthExceeds(data, MAX_FRONT_MATTER_DEPTH)) {
    throw new FrontMatterError(`more than ${MAX_FRONT_MATTER_DEPTH} levels`, 'front-matter-too-deep', 1);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontMatterError('front matter is not a key/value mapping', 'front-matter-not-object', 1);
  }
  const content = text.slice(end).replace(/^[ \t]*\r?\n/, '');
  return { data: toPlainData(data) as Record<string, unknown>, content, language: 'json' };
}

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAG = /<\/?(div|p|span|h[1-6]|ul|ol|li|a|br|strong|b|em|i|table|tr|td|section|article|header|footer|img|meta|link|script|style)\b[^<>]*>/gi;

/** True when tags dominate: a page or fragment rather than Markdown with a little HTML. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 20000);
  if (!sample.includes('<')) return false;
  if (/^\s*(<!doctype html|<html[\s>])/i.test(sample)) return true;
  // Only "fewer than three tags" matters: stop counting at three.
  let tags = 0;
  HTML_TAG.lastIndex = 0;
  while (tags < 3 && HTML_TAG.exec(sample)) tags++;
  HTML_TAG.lastIndex = 0;
  if (tags < 3) return false;
  const lines = withoutCode(sample.split('\n')).filter((line) => line.trim() !== '');
  const tagLines = lines.filter((line) => /^\s*</.test(line)).length;
  return HTML_START.test(sample) || tagLines / Math.max(lines.length, 1) > 0.5;
}

/** Blocks whose lines are code, not the page's text: server code (a PHP template's header comment), styles and scripts. */
const CODE_BLOCKS: Array<[open: RegExp, close: string]> = [[/^\s*<\?/, '?>'], [/^\s*<%/, '%>'], [/^\s*<style\b/i, '</style'], [/^\s*<script\b/i, '</script']];

/** The lines outside code blocks; a block's opening line is kept (it is a tag line). */
function withoutCode(lines: string[]): string[] {
  const kept: string[] = [];
  let close: string | undefined;
  for (const line of lines) {
    if (close !== undefined) {
      if (line.toLowerCase().includes(close)) close = undefined;
      continue;
    }
    kept.push(line);
    const block = CODE_BLOCKS.find(([open]) => open.test(line));
    if (block && !line.toLowerCase().slice(line.search(/</) + 2).includes(block[1])) close = block[1];
  }
  return kept;
}

const MARKDOWN_SIGNS = [/^#{1,6}\s+\S/m, /^\s*[-*+]\s+\S/m, /^\s*\d+[.)]\s+\S/m, /\[[^[\]\n]{1,500}\]\([^()[\]\s]{1,2048}\)/, /\*\*[^*\n]+\*\*/, /^```/m, /^>\s/m];

export const formats: FormatAdapter[] = [
  {
    name: 'json-frontmatter',
    match: (text) => /^---[ \t]*json[ \t]*\r?\n/i.test(text) || /^\{[ \t]*\r?\n\s*"/.test(text),
    split: (text) => (text.startsWith('---') ? splitFrontMatter(text, '---', 'yaml') : splitJsonObject(text)),
  },
  {
    name: 'toml-frontmatter',
    match: (text) => /^\+\+\+[ \t]*\r?\n/.test(text) || /^---[ \t]*toml[ \t]*\r?\n/i.test(text),
    split: (text) => (text.startsWith('+++') ? splitFrontMatter(text, '+++', 'toml') : splitFrontMatter(text, '---', 'yaml')),
  },
  {
    name: 'yaml-frontmatter',
    match: (text) => /^---[ \t]*[\w-]*[ \t]*\r?\n/.test(text) && /\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.test(text),
    split: (text) => splitFrontMatter(text, '---', 'yaml'),
  },
  { name: 'html', match: looksLikeHtml, split: noFrontMatter },
  { name: 'markdown', match: (text) => MARKDOWN_SIGNS.some((sign) => sign.test(text)), split: noFrontMatter },
  { name: 'text', match: () => true, split: noFrontMatter },
];

/** Names of Markdown files: what they hold is Markdown, HTML blocks and all (CommonMark keeps those as blocks of the Markdown). */
const MARKDOWN_NAME = /\.(?:md|markdown|mdx|mdown|mkdn?)$/i;
const WHOLE_DOCUMENT = /^\s*(?:<!doctype html|<html[\s>])/i;

export function isMarkdownName(path: string): boolean {
  return MARKDOWN_NAME.test(path);
}

/**
 * Whether the text of a Markdown file is read as HTML: a whole document, or
 * tags throughout with no Markdown syntax outside its HTML blocks (a page
 * saved as .md). A README that opens with `<p align="center">` is Markdown.
 * Its code samples (fenced, or indented after Markdown text) are not markup;
 * in a file of any other name, indented lines after text are a page's markup.
 */
export function markdownFileIsHtml(text: string): boolean {
  return WHOLE_DOCUMENT.test(text) || (looksLikeHtml(withoutCodeSamples(text)) && !hasMarkdownOutsideHtml(text));
}

/** The format of a file's text; a Markdown file's name keeps it Markdown unless it is HTML (markdownFileIsHtml). */
export function detectFormatOf(text: string, path: string): FormatAdapter {
  const format = detectFormat(text);
  return format.name === 'html' && isMarkdownName(path) && !markdownFileIsHtml(text) ? formatByName('markdown') : format;
}

export function detectFormat(text: string): FormatAdapter {
  return formats.find((format) => format.match(text))!;
}

export function formatByName(name: SourceFormat): FormatAdapter {
  return formats.find((format) => format.name === name)!;
}
