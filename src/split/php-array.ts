/**
 * A PHP array of jobs beside the loop that prints them: `$jobs = array(array("job_title" => "…", "salary" => "…"), …)`
 * or `$jobs = [["title" => "…"], …]` (a careers page's data in its own template). Read as a JavaScript literal is
 * (code-literal.ts), never run: the array stays where it stands as a YAML flow sequence, an array whose entries are
 * keyed (`"k" => v`) as a flow map, `=>` as `: `, and every other character (the page, comments) blanked, so each
 * line keeps its number. An array YAML cannot read (a concatenation, a function call) gives nothing.
 */
import { blank, lineEnd, stringEnd } from './code-text.js';

/** `$name = array(` or `$name = [`, then at once an inner `array(` or `[`: a list of arrays. */
const PHP_ARRAY_START = /\$[A-Za-z_]\w*\s*=\s*(?:array\s*\(|\[)\s*(?:array\s*\(|\[)/g;
/** `array(` (its opening parenthesis is the bracket) or `[`. */
const OPEN = /^(?:array\s*\(|\[)/;

/** An array's brackets in the text; `depth` is how many arrays enclose it within the outer one (the outer's is 0). */
export interface Bracket { open: number; close: number; keyed: boolean; depth: number }

/** What earlier scans found, by where an array opened (its `array` or `[`): one left open where the scan failed, one read whole. */
export interface ScanMemo {
  leftOpen: Set<number>;
  closedAt: Map<number, { brackets: Bracket[]; index: number }>;
  /** Where the file's last comment close stands: a comment opened after it never closes (a scan per opener to the end was quadratic). */
  lastCommentClose: number;
}

/**
 * The text of the first PHP array of arrays, every other character blanked (newlines kept), or undefined. `plain` scans
 * from every start again, as before earlier scans were remembered (tests hold the two together).
 */
export function phpArrayText(text: string, plain = false): string | undefined {
  // A start where an earlier scan opened an array reads the same characters from there: to the same failure (an unclosed
  // string, a `;`, the file's end) when that array was still open, so it is not run again; to that array's close when it
  // closed, so its brackets are the earlier scan's. Linear on a file of `$a = [[` repeated (80 KB took 33 s of CPU), and
  // on those starts nested and closed (7 s; review28).
  const memo: ScanMemo = { leftOpen: new Set(), closedAt: new Map(), lastCommentClose: text.lastIndexOf('*/') };
  for (const match of text.matchAll(PHP_ARRAY_START)) {
    const start = match.index + match[0].search(/array|\[/);
    if (plain) {
      const brackets = bracketsFrom(text, start);
      if (brackets === undefined) continue;
      const elements = arrayElements(brackets);
      // Every element an array with keys: a table of jobs, not a list of lists.
      if (elements.length < 2 || !elements.every((element) => element.keyed)) continue;
      return rewrite(text, brackets[0]!, brackets);
    }
    if (memo.leftOpen.has(start)) continue;
    const earlier = memo.closedAt.get(start);
    const brackets = earlier?.brackets ?? bracketsFrom(text, start, memo);
    const index = earlier?.index ?? 0;
    // rewrite reads the brackets between the outer one's own, whatever else the list holds.
    if (brackets !== undefined && isJobTable(brackets, index)) return rewrite(text, brackets[index]!, brackets);
  }
  return undefined;
}

/** Does the array at `index` hold two elements or more, every one an array with keys? Stops at the first without. */
function isJobTable(brackets: Bracket[], index: number): boolean {
  const outer = brackets[index]!;
  let elements = 0;
  for (let at = index + 1; at < brackets.length && brackets[at]!.open < outer.close; at++) {
    const bracket = brackets[at]!;
    if (bracket.depth !== outer.depth + 1) continue;
    if (!bracket.keyed) return false;
    elements++;
  }
  return elements >= 2;
}

/**
 * Every array from the one at `start` to its end, outer first, with whether `=>` stands at its own level; undefined when
 * it does not close. Where each array opened (`array` or `[`) goes to `memo`: those still open when it fails, or all.
 */
export function bracketsFrom(text: string, start: number, memo?: ScanMemo): Bracket[] | undefined {
  const out: Bracket[] = [];
  const stack: Bracket[] = [];
  const openings: number[] = [];
  const outOpenings: number[] = [];
  const fail = (): undefined => {
    for (const opening of openings) memo?.leftOpen.add(opening);
    return undefined;
  };
  for (let at = start; at < text.length; at++) {
    const char = text[at]!;
    if (char === '"' || char === "'") {
      at = stringEnd(text, at, true);
      if (at === -1) return fail();
      continue;
    }
    if (char === '/' && text[at + 1] === '*') {
      at = memo && memo.lastCommentClose < at + 2 ? 0 : text.indexOf('*/', at + 2) + 1;
      if (at === 0) return fail();
      continue;
    }
    if ((char === '/' && text[at + 1] === '/') || char === '#') {
      at = lineEnd(text, at) - 1;
      continue;
    }
    const opening = /[\w$]/.test(text[at - 1] ?? '') ? null : OPEN.exec(text.slice(at, at + 12));
    if (opening) {
      const bracket = { open: at + opening[0].length - 1, close: -1, keyed: false, depth: stack.length };
      stack.push(bracket);
      openings.push(at);
      out.push(bracket);
      outOpenings.push(at);
      at = bracket.open;
      continue;
    }
    if (char === '=' && text[at + 1] === '>' && stack.length) stack.at(-1)!.keyed = true;
    else if (char === ')' || char === ']') {
      const bracket = stack.pop();
      openings.pop();
      if (bracket === undefined) return undefined;
      bracket.close = at;
      if (stack.length) continue;
      if (memo) outOpenings.forEach((opening, index) => memo.closedAt.set(opening, { brackets: out, index }));
      return out;
    } else if (char === ';' && stack.length) return fail();
  }
  return fail();
}

/** The outer array's own elements (brackets outer first, as bracketsFrom gives them): one level in, by the depth each was opened at. */
export const arrayElements = (brackets: Bracket[]): Bracket[] => brackets.filter((bracket) => bracket.depth === 1);

/**
 * The plain version, for the differential test: an element lies in the outer array and in no other array of it.
 * Compares every pair of brackets (quadratic: a 48,000-row array took 20 s of CPU); arrayElements answers the same.
 */
export function arrayElementsPlain(brackets: Bracket[]): Bracket[] {
  const outer = brackets[0];
  if (outer === undefined) return [];
  return brackets.filter((inner) => inner !== outer && inner.open > outer.open && inner.close < outer.close
    && !brackets.some((other) => other !== outer && other !== inner && other.open < inner.open && other.close > inner.close));
}

/** The array as YAML flow, same length: brackets as `[`/`]` or `{`/`}`, `array` words and `=>` rewritten, the rest blanked. */
function rewrite(text: string, outer: Bracket, brackets: Bracket[]): string {
  const chars = [...blank(text.slice(0, outer.open))];
  const opens = new Map(brackets.map((bracket) => [bracket.open, bracket]));
  const closes = new Map(brackets.map((bracket) => [bracket.close, bracket]));
  let body = '';
  for (let at = outer.open; at <= outer.close; at++) {
    const char = text[at]!;
    if (char === '"' || char === "'") {
      const end = stringEnd(text, at, true);
      body += text.slice(at, end + 1);
      at = end;
    } else if ((char === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) || char === '#') {
      const end = text[at + 1] === '*' ? text.indexOf('*/', at + 2) + 2 : lineEnd(text, at);
      body += blank(text.slice(at, end));
      at = end - 1;
    } else if (opens.has(at)) body += opens.get(at)!.keyed ? '{' : '[';
    else if (closes.has(at)) body += closes.get(at)!.keyed ? '}' : ']';
    else if (char === '=' && text[at + 1] === '>') {
      body += ': ';
      at++;
    } else if (text.startsWith('array', at) && !/[\w$]/.test(text[at - 1] ?? '') && OPEN.test(text.slice(at, at + 12))) {
      body += '     ';
      at += 4;
    } else body += char;
  }
  return chars.join('') + body + blank(text.slice(outer.close + 1));
}
