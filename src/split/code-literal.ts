/**
 * Postings as an array of object literals in a code file: a site keeps its
 * jobs in `export const jobs = [{ title: "…", company: "…" }, …]` (.js, .ts,
 * .jsx, .tsx), or in Go as a slice of structs (`var Openings = []JobOpening{{Name: "…"}, …}`: its
 * braces read as the array's brackets, its element types blanked). The code is never run. The array's own text is kept where it
 * stands and everything else (and every comment) becomes spaces, so each
 * line keeps its number; that text is read as a YAML flow sequence, whose
 * plain keys, quoted strings and trailing commas are JavaScript's too. An
 * array that YAML cannot read (a template literal, a spread, a function
 * call) gives nothing, and the file is read as text, as before. A PHP page's
 * array of keyed arrays is rewritten into the same form (php-array.ts).
 */

import { blank, lineEnd, stringEnd } from './code-text.js';
import { phpArrayText } from './php-array.js';
import { literalDataText } from '../parse/literal-data.js';
import { codeLanguageOf } from '../parse/code-literals.js';
import { parseData, type DataParse } from './data.js';

/** Code files whose object literals may hold postings (by name; the content decides); a PHP page may keep its jobs in an array (php-array.ts). */
export const isCodeFile = (path: string): boolean => /\.(?:[cm]?js|jsx|ts|tsx|go|php|py)$/i.test(path);

/** The array literal opens after `=`, `export default` or `return`, with an object first. */
const ARRAY_START = /(?:=|\bexport\s+default|\breturn)\s*\[\s*\{/g;
/** Else a property that holds one (`jobs: [{` in an options object or a `data()` of one): read only where no array above is. */
const PROPERTY_ARRAY_START = /(?<![\w$])[\w$]+\s*:\s*\[\s*\{/g;
/** A Go slice literal of structs: `= []JobOpening{` (or `[]*pkg.Job{`), then its first element's brace, typed or not. */
const GO_SLICE_START = /=\s*\[\]\s*\*?[\w.]+\s*\{(?=\s*&?[\w.]*\s*\{)/g;
/** An element's type before its brace (`JobOpening{`, `&Job{`), after the slice's opening or a comma: blanked. */
const GO_ELEMENT_TYPE = /([[,]\s*)(&?[\w.]+)(\s*\{)/g;

/** A code file's data literal: its text (every other character blanked, newlines kept) and that text read as data. */
export interface CodeLiteral { text: string; parsed: DataParse }

/**
 * The first array of object literals that reads as data, or undefined when there is none.
 * Where none reads so (a template literal in it, an object at its root, a Python
 * dict, a bracket left open), the tolerant reader of parse/literal-data.ts tries.
 */
export function codeLiteral(text: string, path = ''): CodeLiteral | undefined {
  const language = codeLanguageOf(path);
  const tolerant = (): CodeLiteral | undefined => readAsData(literalDataText(text, path));
  // A Python module's literals are Python's (adjacent strings, tuples, `#` comments): the tolerant reader alone reads them.
  if (language === 'python') return tolerant();
  const read = readAsData(arrayLiteralText(text, ARRAY_START) ?? goSliceText(text) ?? phpArrayText(text) ?? arrayLiteralText(text, PROPERTY_ARRAY_START));
  // A JavaScript array YAML cannot read (strings joined by `+`, a call inside) is read again by the tolerant reader.
  if (read !== undefined && (language !== 'js' || read.parsed.ok)) return read;
  return (language === 'js' ? tolerant() : undefined) ?? read;
}

/** The literal's text with its one reading as data (the split stage reads the items from it). */
const readAsData = (literal: string | undefined): CodeLiteral | undefined => (literal === undefined ? undefined : { text: literal, parsed: parseData(literal) });

/**
 * A Go slice of structs as the array it is: its outer braces as brackets, its elements' types as spaces, so that
 * `{Name: "Auditor", Type: "Full-time"}` reads as a flow map; every other character blanked, as for JavaScript.
 */
export function goSliceText(text: string, plain = false): string | undefined {
  // Where an earlier slice's scan opened a brace still open when it gave up: a scan from there gives up the same way.
  // Not scanned again, nor the file copied per slice: `var A = []Job{{Name: "x"` repeated took 1.6 s at 80 KB (review28).
  const memo: ArrayScanMemo = { leftOpen: new Set(), lastCommentClose: text.lastIndexOf('*/') };
  for (const match of text.matchAll(GO_SLICE_START)) {
    const open = match.index + match[0].length - 1;
    if (!plain && memo.leftOpen.has(open)) continue;
    // The slice's brace reads as a bracket: arrayText counts both alike, and the text it gives has the `[` put in.
    const read = plain ? arrayText(`${text.slice(0, open)}[${text.slice(open + 1)}`, open) : arrayText(text, open, memo);
    if (typeof read !== 'string') continue;
    const bracketed = plain ? read : `${read.slice(0, open)}[${read.slice(open + 1)}`;
    const close = bracketed.lastIndexOf('}');
    const array = `${bracketed.slice(0, close)}]${bracketed.slice(close + 1)}`;
    return array.replace(GO_ELEMENT_TYPE, (_all, before: string, type: string, brace: string) => `${before}${blank(type)}${brace}`);
  }
  return undefined;
}

function arrayLiteralText(text: string, start: RegExp): string | undefined {
  // Each character is scanned at most once: a match inside an array already given up on is skipped.
  let scanned = 0;
  for (const match of text.matchAll(start)) {
    if (match.index < scanned) continue;
    const open = text.indexOf('[', match.index);
    const read = arrayText(text, open);
    if (typeof read === 'string') return read;
    scanned = read;
  }
  return undefined;
}

/** Where earlier scans left brackets open when they gave up; where the file's last comment close stands (a comment opened after it never closes). */
interface ArrayScanMemo { leftOpen: Set<number>; lastCommentClose: number }

/**
 * The array from `open` to its closing bracket, blanked around; at a template literal, a spread or an unclosed array,
 * where it gave up, and then where each bracket or brace still open stood is added to the memo.
 */
function arrayText(text: string, open: number, memo?: ArrayScanMemo): string | number {
  // Pieces of the array, joined once it closes: the text before it is blanked only then, so a file of many unreadable arrays stays linear.
  const pieces: string[] = [];
  const opened: number[] = [];
  let kept = open;
  const gaveUp = (at: number): number => {
    for (const position of opened) memo?.leftOpen.add(position);
    return at;
  };
  for (let at = open; at < text.length; at++) {
    const char = text[at]!;
    if (char === '`' || text.startsWith('...', at)) return gaveUp(at);
    if (char === '"' || char === "'") {
      const end = stringEnd(text, at, false);
      if (end === -1) return gaveUp(at);
      at = end;
      continue;
    }
    if (char === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) {
      const end = text[at + 1] === '/' ? lineEnd(text, at) : memo && memo.lastCommentClose < at + 2 ? 1 : text.indexOf('*/', at + 2) + 2;
      if (end < 2) return gaveUp(text.length);
      pieces.push(text.slice(kept, at), blank(text.slice(at, end)));
      kept = end;
      at = end - 1;
      continue;
    }
    if (char === '[' || char === '{') opened.push(at);
    else if (char === ']' || char === '}') {
      opened.pop();
      if (opened.length === 0) return blank(text.slice(0, open)) + pieces.join('') + text.slice(kept, at + 1) + blank(text.slice(at + 1));
    }
  }
  return gaveUp(text.length);
}

