/**
 * HTML to Markdown, line by line, so every output line still knows its source
 * line. Comments, scripts, styles and the head are blanked first (keeping
 * newlines); a tag split over several lines is joined onto its first line.
 * Block tags start new output lines; inline tags become Markdown.
 */
import { decodeHTML } from 'entities';
import type { Element } from 'hast';
import type { BodyLine } from '../document.js';
import { blankBeforeLastClose, blankOut } from './blank.js';
import { MAX_CONTAINERS } from './limits.js';

// Unclosed comments, scripts, styles and heads run to the end: a browser does the same.
const INVISIBLE_TO_END = [
  /<!--[\s\S]*?(-->|$)/g,
  /<script\b[\s\S]*?(<\/script\s*>|$)/gi,
  /<style\b[\s\S]*?(<\/style\s*>|$)/gi,
  /<head\b[\s\S]*?(<\/head\s*>|$)/gi,
];
// These need their closing tag. They are matched only in the text before the last closing
// tag: past it, every opening tag would scan to the end and fail (quadratic on a file of them).
const INVISIBLE_PAIRED: Array<[open: RegExp, close: RegExp]> = [
  [/<noscript\b[\s\S]*?<\/noscript\s*>/gi, /<\/noscript\s*>/gi],
  [/<template\b[\s\S]*?<\/template\s*>/gi, /<\/template\s*>/gi],
  [/<svg\b[\s\S]*?<\/svg\s*>/gi, /<\/svg\s*>/gi],
  [/<nav\b[\s\S]*?<\/nav\s*>/gi, /<\/nav\s*>/gi],
  [/<footer\b[\s\S]*?<\/footer\s*>/gi, /<\/footer\s*>/gi],
];

// Every pattern above starts with one of these openings: without one, none can match.
const INVISIBLE_OPENING = /<(?:!--|script\b|style\b|head\b|noscript\b|template\b|svg\b|nav\b|footer\b)/i;

/** Blank what a reader never sees. */
export function removeInvisibleHtml(text: string): string {
  if (!text.includes('<')) return text;
  let out = text;
  if (INVISIBLE_OPENING.test(text)) {
    for (const pattern of INVISIBLE_TO_END) out = blankOut(out, pattern);
    for (const [pattern, close] of INVISIBLE_PAIRED) out = blankBeforeLastClose(out, pattern, close);
  }
  // Join tags that span lines onto one line, moving the newlines after the tag.
  // The first part stops at the first newline, so a tag is never re-scanned from every newline.
  return out.replace(/<[a-zA-Z][^<>\n]*\n[^<>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, ' ') + '\n'.repeat(tag.split('\n').length - 1));
}

const BLOCK = /^(p|div|section|article|header|main|aside|table|thead|tbody|tr|ul|ol|dl|dt|dd|blockquote|form|fieldset|figure|figcaption|pre|center)$/;

export function isTrackingPixel(tag: string, src: string): boolean {
  const width = /\bwidth\s*=\s*["']?([01])(px)?["'\s/>]/i.exec(tag);
  const height = /\bheight\s*=\s*["']?([01])(px)?["'\s/>]/i.exec(tag);
  return Boolean(width && height) || isTrackingUrl(src);
}

/** The same test on a parsed <img> (html-tree.ts): 1×1 or 0×0, or a tracking URL. */
export function isTrackingImage(element: Element): boolean {
  const { src, width, height } = element.properties;
  const tiny = (value: unknown): boolean => value !== undefined && value !== null && /^[01](?:px)?$/.test(String(value).trim());
  return (tiny(width) && tiny(height)) || isTrackingUrl(typeof src === 'string' ? src : '');
}

export function isTrackingUrl(url: string): boolean {
  // Two tests, not `utm_[a-z]+=.*\.gif`: that scans to the end from every "utm_" (quadratic).
  return /\/track(ing)?\/|\/pixel|beacon|\/open\.gif|\/blank\.gif|\/1x1\.|spacer\.gif/i.test(url) || (/[?&]utm_[a-z]+=/i.test(url) && /\.gif/i.test(url));
}

function attr(tag: string, name: string): string {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return decodeHTML(match?.[1] ?? match?.[2] ?? match?.[3] ?? '');
}

const TAG_START = /<\/?[a-zA-Z]/;
/** An emphasis run that opens (at the start or after a space) or closes (before the end, a space or punctuation). */
export const OPENING_DELIMITER = /(?:^|[\s([{])[*_]{1,3}$/;
export const CLOSING_DELIMITER = /^[*_]{1,3}(?:$|[\s.,;:!?)\]}\p{P}])/u;

export interface HtmlConversion {
  lines: BodyLine[];
  pixels: number;
}

/**
 * Convert HTML (a page, a fragment, or Markdown with inline tags) to Markdown
 * lines. `firstLine` is the source line of the first input line.
 */
export function htmlToMarkdown(text: string, firstLine: number, options: { decodeEntities: boolean; asWritten?: Array<string | undefined> }): HtmlConversion {
  const out: BodyLine[] = [];
  let pixels = 0;
  let listDepth = 0;
  let inPre = false;
  const source = text.split('\n');
  for (let index = 0; index < source.length; index++) {
    const lineNumber = firstLine + index;
    const raw = source[index]!;
    // A line of Markdown code (asWritten: its text as written) is code, not markup.
    const written = options.asWritten?.[index];
    if (written !== undefined) {
      out.push({ text: written, line: lineNumber });
      continue;
    }
    if ((!raw.includes('<') || !TAG_START.test(raw)) && !(options.decodeEntities && raw.includes('&'))) {
      out.push({ text: raw, line: lineNumber });
      continue;
    }
    let current = '';
    const flush = () => {
      out.push({ text: current, line: lineNumber });
      current = '';
    };
    const pieces = raw.split(/(<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>)/);
    let dropped = false;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      if (k % 2 === 0) {
        let textPiece = options.decodeEntities ? decodeHTML(piece) : piece;
        // In Markdown, `**<font> Role</font>**` is bold (the tag makes the `**` flanking); without the tag, so must be `**Role**`.
        if (dropped && !options.decodeEntities && OPENING_DELIMITER.test(current)) textPiece = textPiece.trimStart();
        dropped = false;
        current += inPre || !options.decodeEntities ? textPiece : textPiece.replace(/[ \t\r]+/g, ' ');
        continue;
      }
      const closing = piece.startsWith('</');
      const name = /^<\/?([a-zA-Z][\w-]*)/.exec(piece)![1]!.toLowerCase();
      if (name === 'br') {
        flush();
      } else if (/^h[1-6]$/.test(name)) {
        if (closing) flush();
        else {
          if (current.trim()) flush();
          current = '#'.repeat(Number(name[1])) + ' ';
        }
      } else if (name === 'li') {
        if (!closing) {
          if (current.trim()) flush();
          // Depth is capped: a page nesting lists thousands deep must not grow each line by thousands of spaces.
          current = '  '.repeat(Math.min(Math.max(listDepth - 1, 0), MAX_CONTAINERS)) + '- ';
        } else if (current.trim()) flush();
      } else if (name === 'ul' || name === 'ol') {
        listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
        if (current.trim()) flush();
      } else if (name === 'strong' || name === 'b') {
        current += '**';
      } else if (name === 'em' || name === 'i') {
        current += '_';
      } else if (name === 'code' && !inPre) {
        current += '`';
      } else if (name === 'pre') {
        inPre = !closing;
        if (current.trim()) flush();
      } else if (name === 'hr') {
        if (current.trim()) flush();
        current = '---';
        flush();
      } else if (name === 'img') {
        const src = attr(piece, 'src');
        if (isTrackingPixel(piece, src)) pixels++;
        else if (src) current += `![${attr(piece, 'alt')}](${src})`;
      } else if (name === 'a') {
        if (closing) continue;
        const href = attr(piece, 'href');
        const closeIndex = pieces.findIndex((p, j) => j > k && j % 2 === 1 && /^<\/a\s*>$/i.test(p));
        if (href && closeIndex !== -1) {
          const inner = pieces.slice(k + 1, closeIndex).filter((_, j) => j % 2 === 0).join('');
          const label = (options.decodeEntities ? decodeHTML(inner) : inner).trim();
          current += `[${label || href}](${href})`;
          k = closeIndex;
        } else if (href) {
          // The link text is on later lines: keep the target visible as an autolink.
          current += `<${href}> `;
        }
      } else if (name === 'td' || name === 'th') {
        if (closing) current += ' ';
      } else if (BLOCK.test(name)) {
        if (current.trim()) flush();
      } else {
        dropped = true;
        if (!options.decodeEntities && CLOSING_DELIMITER.test(pieces[k + 1] ?? '')) current = current.trimEnd();
      }
    }
    if (current.trim() || out.length === 0 || out[out.length - 1]!.line !== lineNumber) flush();
  }
  return { lines: out, pixels };
}
