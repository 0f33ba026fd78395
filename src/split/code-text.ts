/**
 * Reading code as text without running it (code-literal.ts, php-array.ts): a literal is cut out of its file by
 * blanking the rest, so each line keeps its number.
 */

/** Index of the line break at or after `at`, or the text's end. */
export const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
};

/**
 * Index of the quote that closes the string opened at `start`, past backslash escapes; -1 when the text ends first,
 * or the line does where strings do not span lines (JavaScript's quotes; PHP's do span them).
 */
export function stringEnd(text: string, start: number, spansLines: boolean): number {
  const quote = text[start];
  for (let at = start + 1; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === quote) return at;
    else if (text[at] === '\n' && !spansLines) return -1;
  }
  return -1;
}

/** Every character but line breaks as a space. */
export const blank = (text: string): string => text.replace(/[^\n\r]/g, ' ');
