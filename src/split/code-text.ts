/**
 * Reading code as text without running it (code-literal.ts, php-array.ts): a literal is cut out of its file by
 * blanking the rest, so each line keeps its number.
 */

/** Index of the line break at or after `at`, or the text's end. */
export const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
};

/** Every character but line breaks as a space. */
export const blank = (text: string): string => text.replace(/[^\n\r]/g, ' ');
