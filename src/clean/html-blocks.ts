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

/** For each line, whether it belongs to an HTML block. */
export function htmlBlockLines(lines: string[]): boolean[] {
  const inBlock = lines.map(() => false);
  let end: RegExp | 'blank' | undefined;
  let fence: string | undefined;
  let paragraph = false;
  lines.forEach((line, i) => {
    const blank = line.trim() === '';
    if (end !== undefined) {
      if (end === 'blank' && blank) end = undefined;
      else {
        inBlock[i] = true;
        if (end !== 'blank' && end.test(line)) end = undefined;
        return;
      }
    }
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      return;
    }
    const opened = FENCE.exec(line);
    if (opened) {
      fence = opened[1]!;
      paragraph = false;
      return;
    }
    const indent = line.length - line.trimStart().length;
    const text = line.trimStart();
    if (indent <= 3 && text.startsWith('<')) {
      const closed = CLOSED_KINDS.find(([open]) => open.test(text));
      if (closed || KIND_6.test(text) || (!paragraph && KIND_7.test(text))) {
        inBlock[i] = true;
        // Kinds 1-5 may end on their opening line, after the opening.
        end = closed ? (closed[1].test(text.slice(2)) ? undefined : closed[1]) : 'blank';
        paragraph = false;
        return;
      }
    }
    paragraph = !blank && !/^ {0,3}#{1,6}(?:\s|$)/.test(line);
  });
  return inBlock;
}

export const MARKDOWN_OUTSIDE_HTML = [/^ {0,3}#{1,6}\s+\S/, /^ {0,3}[-*+]\s+\S/, /^ {0,3}\d{1,9}[.)]\s+\S/, /\*\*[^*\n]+\*\*|__[^_\n]+__/, /\[[^[\]\n]{1,500}\]\([^()[\]\s]{1,2048}\)/, /^ {0,3}>\s/];

/** A tag line indented as code: CommonMark reads it as an indented code block, so its author wrote HTML, not Markdown. */
export const INDENTED_TAG = /^(?: {4}|\t)[ \t]*<\/?[A-Za-z]/;

/**
 * True when a line outside the text's HTML blocks uses Markdown syntax (the
 * file is Markdown that holds HTML, not an HTML page) and no tag line outside
 * them is indented as code (a page's nested markup, saved as .md).
 */
export function hasMarkdownOutsideHtml(text: string): boolean {
  const lines = text.split('\n');
  const inBlock = htmlBlockLines(lines);
  let markdown = false;
  for (let i = 0; i < lines.length; i++) {
    if (inBlock[i]) continue;
    if (INDENTED_TAG.test(lines[i]!)) return false;
    markdown ||= MARKDOWN_OUTSIDE_HTML.some((sign) => sign.test(lines[i]!));
  }
  return markdown;
}
