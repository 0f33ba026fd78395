/** The reading form of a body line (TextLine.plain in context.ts), with the plain version its differential test holds it to. */
import { withoutEmphasis } from './emphasis.js';

/** A Markdown line in reading form: "[Acme](https://acme.com)" -> "Acme", no emphasis marks at word edges, backticks or escapes. */
export function plainLine(markdown: string): string {
  let text = markdown;
  // Most lines have no markup but a heading or list marker: one test rules out every other pass.
  if (!MARKUP.test(text)) {
    if (MAY_START_WITH_MARKER.test(text)) text = withoutMarker(text);
    return ONE_SPACED.test(text) ? text : text.replace(/\s+/g, ' ').trim();
  }
  // Each pass runs only when its trigger character is there.
  if (text.includes('](')) {
    text = text.replace(IMAGE, '$1').replace(LINK, '$1');
  }
  if (MAY_START_WITH_MARKER.test(text)) text = withoutMarker(text);
  if (text.includes('_') || text.includes('*')) text = withoutEmphasis(text);
  if (text.includes('**') || text.includes('`')) text = text.replace(/\*\*|`/g, '');
  if (text.includes('\\')) text = text.replace(ESCAPE, '$1');
  return ONE_SPACED.test(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** plainLine() with every pass run, each trigger unchecked: the plain version the differential test holds plainLine() to. */
export function plainLineEveryPass(markdown: string): string {
  const text = withoutEmphasis(withoutMarker(markdown.replace(IMAGE, '$1').replace(LINK, '$1')))
    .replace(/\*\*|`/g, '')
    .replace(ESCAPE, '$1');
  return text.replace(/\s+/g, ' ').trim();
}

const IMAGE = /!\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)/g;
const LINK = /\[([^\]\n]{0,300})\]\((?:<[^>\n]{0,1000}>|[^)\s\n]{0,1000})(?:\s+"[^"\n]{0,300}")?\)/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|])/g;

/** What plainLine() may remove besides a leading marker: a link, emphasis marks, a backtick, an escape. */
const MARKUP = /\]\(|[*_`\\]/;

/** A heading or list marker can only follow a few leading spaces. */
const MAY_START_WITH_MARKER = /^\s{0,8}[#*+\-\d]/;
/** A heading marker, then a list marker ("## 1. Tasks"), each optional; sticky, so lastIndex tells where they end. */
const MARKER = /(?:\s{0,3}#{1,6}\s+)?(?:\s{0,8}(?:[-*+]|\d{1,3}[.)])\s+)?/y;

/** The text without its leading heading and list markers. */
function withoutMarker(text: string): string {
  MARKER.lastIndex = 0;
  MARKER.test(text);
  return MARKER.lastIndex === 0 ? text : text.slice(MARKER.lastIndex);
}

/** Already in reading form: no leading, trailing, repeated or non-space whitespace. */
const ONE_SPACED = /^(?:\S+(?: \S+)*)?$/;
