/**
 * HTML blocks of a Markdown text, found as CommonMark finds them (spec 0.31,
 * section 4.6): a line that opens one of the seven kinds, at most three spaces
 * in, outside fenced code; kinds 1-5 end at the line holding their end marker,
 * kinds 6 and 7 at the next blank line, and kind 7 cannot interrupt a paragraph.
 * remark-parse keeps such a block as one `html` node; a Markdown file
 * (README-style logos in `<p align="center">`, pages wrapped in `<div>`) is
 * Markdown around them.
 */

/** Kinds 1-5: the opening and the marker that ends the block. */
export const CLOSED_KINDS: Array<[open: RegExp, end: RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
/** Kind 6: a block-level tag, open or closing. */
export const KIND_6 = new RegExp(`^</?(?:${BLOCK_TAGS})(?:\\s|/?>|$)`, 'i');
/** Kind 7: one complete open or closing tag (any name but kind 1's) alone on its line. */
export const KIND_7 = /^(?:<(?!(?:script|pre|style|textarea)\b)[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** The CommonMark block a line belongs to, as far as telling markup from code needs. */
export type LineKind = 'html' | 'fence' | 'code' | 'text' | 'blank';

/** Columns of a line's leading white space, a tab reaching the next multiple of 4 (CommonMark 2.2). */
function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * For each line, its block: an HTML block, a fenced code block (fences
 * included), an indented code block (4 columns in, a tab counting as 4, where
 * it continues neither a paragraph nor a list item), other text, or blank.
 */
export function markdownLineKinds(lines: string[]): LineKind[] {
  const kinds: LineKind[] = [];
  let end: RegExp | 'blank' | undefined;
  let fence: string | undefined;
  let paragraph = false;
  let listItem = false;
  lines.forEach((line, i) => {
    const blank = line.trim() === '';
    if (end !== undefined) {
      if (end === 'blank' && blank) end = undefined;
      else {
        kinds[i] = 'html';
        if (end !== 'blank' && end.test(line)) end = undefined;
        return;
      }
    }
    if (fence !== undefined) {
      kinds[i] = 'fence';
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      return;
    }
    const opened = FENCE.exec(line);
    if (opened) {
      kinds[i] = 'fence';
      fence = opened[1]!;
      paragraph = false;
      return;
    }
    const indent = indentColumns(line);
    // An indented line after a list item is the item's content (approximate: until a line at the margin).
    if (!blank && indent === 0) listItem = LIST_ITEM.test(line);
    else if (LIST_ITEM.test(line)) listItem = true;
    if (!blank && indent >= 4 && !paragraph && !listItem) {
      kinds[i] = 'code';
      return;
    }
    const text = line.trimStart();
    if (indent <= 3 && text.startsWith('<')) {
      const closed = CLOSED_KINDS.find(([open]) => open.test(text));
      if (closed || KIND_6.test(text) || (!paragraph && KIND_7.test(text))) {
        kinds[i] = 'html';
        // Kinds 1-5 may end on their opening line, after the opening.
        end = closed ? (closed[1].test(text.slice(2)) ? undefined : closed[1]) : 'blank';
        paragraph = false;
        return;
      }
    }
    kinds[i] = blank ? 'blank' : 'text';
    paragraph = !blank && !/^ {0,3}#{1,6}(?:\s|$)/.test(line);
  });
  return kinds;
}

/** For each line, whether it belongs to an HTML block. */
export function htmlBlockLines(lines: string[]): boolean[] {
  return markdownLineKinds(lines).map((kind) => kind === 'html');
}

/**
 * For each line, whether it is a code sample: a fenced code block, or an
 * indented code block that follows Markdown text. One that follows an HTML
 * block (or opens the text) is a page's nested markup after a blank line, in
 * a page saved as .md: CommonMark reads it as code, its author wrote markup.
 */
export function codeSampleLines(kinds: LineKind[]): boolean[] {
  const sample = kinds.map((kind) => kind === 'fence');
  let previous: LineKind | undefined;
  let inSample = false;
  kinds.forEach((kind, i) => {
    if (kind === 'blank') return;
    if (kind === 'code') {
      if (previous !== 'code') inSample = previous === 'text' || previous === 'fence';
      sample[i] = inSample;
    }
    previous = kind;
  });
  return sample;
}

export const MARKDOWN_OUTSIDE_HTML = [/^ {0,3}#{1,6}\s+\S/, /^ {0,3}[-*+]\s+\S/, /^ {0,3}\d{1,9}[.)]\s+\S/, /\*\*[^*\n]+\*\*|__[^_\n]+__/, /\[[^[\]\n]{1,500}\]\([^()[\]\s]{1,2048}\)/, /^ {0,3}>\s/];

/** A tag line indented as code: CommonMark reads it as an indented code block, so its author wrote HTML, not Markdown. */
export const INDENTED_TAG = /^(?: {4}|\t)[ \t]*<\/?[A-Za-z]/;

/**
 * True when a line outside the text's HTML blocks and code samples uses
 * Markdown syntax, a fence included (the file is Markdown that holds HTML, not
 * an HTML page), and no tag line outside them is indented as code (a page's
 * nested markup, saved as .md).
 */
export function hasMarkdownOutsideHtml(text: string): boolean {
  const lines = text.split('\n');
  const kinds = markdownLineKinds(lines);
  const sample = codeSampleLines(kinds);
  let markdown = false;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'fence') markdown = true;
    if (kinds[i] === 'html' || sample[i]) continue;
    if (INDENTED_TAG.test(lines[i]!)) return false;
    markdown ||= MARKDOWN_OUTSIDE_HTML.some((sign) => sign.test(lines[i]!));
  }
  return markdown;
}

/** The text without its code samples (codeSampleLines): a sample of HTML in a Markdown file is not the file's markup. */
export function withoutCodeSamples(text: string): string {
  if (!text.includes('```') && !text.includes('~~~') && !/^(?: {4}|\t)/m.test(text)) return text;
  const lines = text.split('\n');
  const sample = codeSampleLines(markdownLineKinds(lines));
  return lines.filter((_, i) => !sample[i]).join('\n');
}
