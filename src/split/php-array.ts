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

/**
 * The text of the first PHP array of arrays, every other character blanked (newlines kept), or undefined. `plain` scans
 * from every start again, as before starts that an earlier scan left open were remembered (tests hold the two together).
 */
export function phpArrayText(text: string, plain = false): string | undefined {
  // Where an earlier scan opened an array that was still open when the scan failed: a scan from there reads the same
  // characters to the same failure (an unclosed string, a `;`, the file's end), so it is not run again: linear on a file
  // of `$a = [[` repeated, each start scanned to the end before (80 KB: 33 s of CPU; review28).
  const leftOpen = new Set<number>();
  for (const match of text.matchAll(PHP_ARRAY_START)) {
    const start = match.index + match[0].search(/array|\[/);
    if (!plain && leftOpen.has(start)) continue;
    const brackets = bracketsFrom(text, start, plain ? undefined : leftOpen);
    if (brackets === undefined) continue;
    const outer = brackets[0]!;
    const elements = arrayElements(brackets);
    // Every element an array with keys: a table of jobs, not a list of lists.
    if (elements.length < 2 || !elements.every((element) => element.keyed)) continue;
    return rewrite(text, outer, brackets);
  }
  return undefined;
}

/**
 * Every array from the one at `start` to its end, outer first, with whether `=>` stands at its own level; undefined when
 * it does not close, and then where each array still open had its opening (`array` or `[`) is added to `leftOpen`.
 */
export function bracketsFrom(text: string, start: number, leftOpen?: Set<number>): Bracket[] | undefined {
  const out: Bracket[] = [];
  const stack: Bracket[] = [];
  const openings: number[] = [];
  const fail = (): undefined => {
    for (const opening of openings) leftOpen?.add(opening);
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
      at = text.indexOf('*/', at + 2) + 1;
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
      at = bracket.open;
      continue;
    }
    if (char === '=' && text[at + 1] === '>' && stack.length) stack.at(-1)!.keyed = true;
    else if (char === ')' || char === ']') {
      const bracket = stack.pop();
      openings.pop();
      if (bracket === undefined) return undefined;
      bracket.close = at;
      if (!stack.length) return out;
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
