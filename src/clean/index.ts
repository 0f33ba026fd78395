/**
 * Clean a posting body into Markdown lines mapped to source lines: template
 * tags, invisible HTML and tracking pixels go, inline HTML becomes Markdown,
 * whitespace is normalized. Nothing here can fail; findings are reported back.
 */
import type { BodyLine } from '../document.js';
import { removeTemplateTags } from './templates.js';
import { htmlToMarkdown, isTrackingUrl, removeInvisibleHtml } from './html.js';
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

export function cleanBody(content: string, firstLine: number, kind: 'markdown' | 'html'): CleanResult {
  const templates = removeTemplateTags(content.replace(/\r\n?/g, '\n'));
  const visible = removeInvisibleHtml(templates.text);
  const converted = htmlToMarkdown(visible, firstLine, { decodeEntities: kind === 'html' });
  let pixels = converted.pixels;
  const lines: BodyLine[] = [];
  for (const entry of converted.lines) {
    let text = entry.text.replace(MARKDOWN_IMAGE, (image, url: string) => {
      if (!isTrackingUrl(url)) return image;
      pixels++;
      return '';
    });
    // trimEnd, not /\s+$/: that pattern is quadratic on a line of many spaces followed by text.
    text = text.replace(INVISIBLE_CHARS, '').replace(/\u00A0/g, ' ').trimEnd();
    if (kind === 'html') text = text.replace(/^[ \t]+(?![-*] |\d+\. )/, '');
    const blank = text.trim() === '';
    const previousBlank = lines.length === 0 || lines[lines.length - 1]!.text === '';
    if (blank && previousBlank) continue;
    lines.push({ text: blank ? '' : text, line: entry.line });
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
