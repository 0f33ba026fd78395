/** Emphasis marks in a Markdown line, for the reading form of plainLine() (plain-line.ts). */

/**
 * A pair of emphasis marks at a word's edges ("_x_", "__x__", "*x*", "**x**"): opened at the start or after a space or
 * an opening bracket or quote, closed before the end, a space or closing punctuation. Underscores inside a word
 * ("snake_case", "first_last@acme.com") or before more of it ("__init__.py", "__init__()") are no marks.
 */
const EMPHASIS_PAIR = /(?<=^|[\s(\[{"'«“„‘¿¡])(\*{1,2}|_{1,2})(?=[^\s*_])([^\n]{0,300}?[^\s*_])\1(?=[.,;:!?)\]}"'»”’]*(?:\s|$))/gu;
/** A code span: its underscores and asterisks are the code's own. */
const CODE_SPAN = /(`[^`\n]*`)/;

/** The text without its emphasis marks (a whole-word phrase inside "_…_" is found); code spans kept as they are. */
export function withoutEmphasis(text: string): string {
  if (!text.includes('`')) return text.replace(EMPHASIS_PAIR, '$2');
  return text
    .split(CODE_SPAN)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(EMPHASIS_PAIR, '$2')))
    .join('');
}
