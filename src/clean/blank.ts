/** Replace every match with nothing but the newlines it spanned, so later lines keep their numbers. */
export function blankOut(text: string, pattern: RegExp, onMatch?: (match: RegExpExecArray) => void): string {
  return text.replace(pattern, (...args) => {
    const match = args[0] as string;
    if (onMatch) {
      const groups = args.slice(1, -2) as string[];
      const exec = Object.assign([match, ...groups], { index: args[args.length - 2] as number, input: text }) as unknown as RegExpExecArray;
      onMatch(exec);
    }
    return newlinesOf(match);
  });
}

/** blankOut up to the end of the last `close` tag: after it `pattern` cannot match, so that rest is left as it is. */
export function blankBeforeLastClose(text: string, pattern: RegExp, close: RegExp, onMatch?: (match: RegExpExecArray) => void): string {
  let end = -1;
  close.lastIndex = 0;
  for (let match = close.exec(text); match; match = close.exec(text)) end = match.index + match[0].length;
  if (end === -1) return text;
  return blankOut(text.slice(0, end), pattern, onMatch) + text.slice(end);
}

/** The newlines of `text`, and nothing else. */
function newlinesOf(text: string): string {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count ? '\n'.repeat(count) : '';
}
