/**
 * Clean a posting body into Markdown lines mapped to source lines: template
 * tags, invisible HTML and tracking pixels go, inline HTML becomes Markdown,
 * whitespace is normalized. Nothing here can fail; findings are reported back.
 */
import type { BodyLine } from '../document.js';
import { removeTemplateTags } from './templates.js';
import { htmlToMarkdown, isTrackingImage, isTrackingUrl, removeInvisibleHtml } from './html.js';
import { htmlTreeToLines } from './html-tree.js';
import { markdownLineKinds, type LineKind } from './html-blocks.js';
import { capNesting } from './limits.js';

export interface CleanResult {
  lines: BodyLine[];
  templateTags: number;
  templateSamples: string[];
  includes: Array<{ name: string; line: number }>;
  pixels: number;
  /** Lines nested too deeply for the parser, flattened (see limits.ts). */
  flattened: number;
  flattenedLine?: number;
}

// Alt text and target stop at a bracket, so a line of `![a](![a](...` is scanned once, not once per image.
const MARKDOWN_IMAGE = /!\[[^[\]\n]{0,500}\]\([ \t]*<?([^()[\]\s>]{1,2048})>?(?:[ \t]+"[^"\n]{0,500}")?[ \t]*\)/g;
const INVISIBLE_CHARS = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Any character the line clean-up below replaces: most lines have none, and skip both replacements.
const INVISIBLE_OR_NBSP = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0]/;

const isCode = (kind: LineKind): boolean => kind === 'fence' || kind === 'code';

export function cleanBody(content: string, firstLine: number, kind: 'markdown' | 'html'): CleanResult {
  const templates = removeTemplateTags(content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content);
  // HTML goes through rehype (html-tree.ts); Markdown with inline tags, and pages too big for a tree, line by line.
  const tree = kind === 'html' ? htmlTreeToLines(templates.text, (line) => firstLine + line - 1, isTrackingImage) : undefined;
  const visible = tree ? templates.text : removeInvisibleHtml(templates.text);
  // Markdown's blocks are found in the text as written: `visible` joins a tag split over lines and moves its newlines
  // after it, a blank line that would end an HTML block early.
  const written = !tree && kind === 'markdown' && visible.includes('<') ? templates.text.split('\n') : undefined;
  const kinds = written && markdownLineKinds(written);
  // In Markdown, code (fenced or indented) is kept as written: a sample of HTML is not markup.
  const asWritten = kinds?.some(isCode) ? kinds.map((lineKind, i) => (isCode(lineKind) ? written![i] : undefined)) : undefined;
  const converted = tree ?? htmlToMarkdown(visible, firstLine, { decodeEntities: kind === 'html', asWritten });
  let pixels = converted.pixels;
  // In Markdown, the lines of an HTML block are HTML: their indent is layout, not an indented code block.
  const inHtmlBlock = kinds?.map((lineKind) => lineKind === 'html');
  const lines: BodyLine[] = [];
  // Conversion adds only ASCII and entity-decoded text (all of it in HTML, attributes of tags in
  // Markdown): when nothing is decoded and the text has none of these characters, no line has them.
  const mayDecode = visible.includes('&') && (kind === 'html' || visible.includes('<'));
  const mayHaveInvisible = mayDecode || INVISIBLE_OR_NBSP.test(visible);
  let previousIndex = -1;
  for (const entry of converted.lines) {
    let text = entry.text;
    if (text.includes('![')) {
      text = text.replace(MARKDOWN_IMAGE, (image, url: string) => {
        if (!isTrackingUrl(url)) return image;
        pixels++;
        return '';
      });
    }
    // trimEnd, not /\s+$/: that pattern is quadratic on a line of many spaces followed by text.
    if (mayHaveInvisible && INVISIBLE_OR_NBSP.test(text)) text = text.replace(INVISIBLE_CHARS, '').replace(/\u00A0/g, ' ');
    text = text.trimEnd();
    const htmlLine = kind === 'html' || inHtmlBlock?.[entry.line - firstLine] === true;
    if (htmlLine && (text.charCodeAt(0) === 32 || text.charCodeAt(0) === 9)) text = text.replace(/^[ \t]+(?![-*] |\d+\. )/, '');
    // After trimEnd a line of white space is empty (trim and trimEnd strip the same characters).
    const blank = text === '';
    let previousBlank = lines.length === 0 || lines[lines.length - 1]!.text === '';
    // An HTML block starts a block of its own (it interrupts a paragraph), and so does what follows it.
    const index = entry.line - firstLine;
    if (inHtmlBlock && index > 0 && index !== previousIndex && inHtmlBlock[index] !== inHtmlBlock[index - 1] && !previousBlank && !blank) {
      lines.push({ text: '', line: entry.line });
      previousBlank = true;
    }
    previousIndex = index;
    if (blank && previousBlank) continue;
    lines.push(text === entry.text ? entry : { text, line: entry.line });
  }
  while (lines.length && lines[lines.length - 1]!.text === '') lines.pop();
  const nesting = capNesting(lines);
  return {
    lines: nesting.lines,
    flattened: nesting.flattened,
    ...(nesting.firstLine !== undefined ? { flattenedLine: nesting.firstLine } : {}),
    templateTags: templates.removed,
    templateSamples: templates.samples,
    includes: templates.includes.map((include) => ({ name: include.name, line: include.line + firstLine - 1 })),
    pixels,
  };
}
