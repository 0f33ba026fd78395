/**
 * What a repair reports: one step per re-decoding of a line, and the small
 * text helpers that steps are counted with.
 */
import { codePages } from './codepages.js';

/** One recorded repair: enough to explain it and to replay it with applyPlan. */
export interface RepairStep {
  /** 1-based line number in the text. */
  line: number;
  /** 1-based column (in characters) where the first repaired span started. */
  column: number;
  /** What the step does: re-decode UTF-8 read with `encoding`, or map C1 controls to Windows-1252. */
  fix: 'redecode' | 'c1-controls';
  /** The code page the bytes were wrongly read with, e.g. "mac-roman", "latin-1". */
  encoding: string;
  /** Human-readable: "utf-8 read as mac-roman". */
  detail: string;
  /** How many characters of the line were replaced. */
  chars: number;
  /** How many characters they were replaced with. */
  pieces: number;
  /** The replaced spans as [UTF-16 offset, length] in the line as it was before this step. */
  spans: Array<[number, number]>;
}

/** The repaired text and the steps that made it. */
export interface RepairResult {
  text: string;
  steps: RepairStep[];
}

/** A step's detail for each encoding, made once: steps are many and live as long as the result. */
const REDECODE_DETAILS = new Map(codePages.flatMap((page) => [page.name, 'latin-1']).map((name) => [name, `utf-8 read as ${name}`]));

export function redecodeDetail(encoding: string): string {
  return REDECODE_DETAILS.get(encoding) ?? `utf-8 read as ${encoding}`;
}

const C1_TO_WINDOWS_1252 = codePages[0]!.high.slice(0, 32);

/** C1 controls as the Windows-1252 characters of their bytes (as ftfy's fix_c1_controls). */
export function mapC1Controls(line: string): string {
  let c1 = false;
  for (let i = 0; i < line.length && !c1; i++) c1 = (line.charCodeAt(i) & 0xffe0) === 0x80;
  if (!c1) return line;
  return line.replace(/[\u0080-\u009f]/g, (ch) => C1_TO_WINDOWS_1252[ch.charCodeAt(0) - 0x80]!);
}

/** The step that maps a line's C1 controls to Windows-1252, or null when Windows-1252 has no character for any of them. */
export function c1Step(line: string, lineNumber: number): RepairStep | null {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0x80 && unit <= 0x9f && C1_TO_WINDOWS_1252[unit - 0x80] !== String.fromCharCode(unit)) spans.push([i, 1]);
  }
  if (!spans.length) return null;
  return {
    line: lineNumber, column: columnOf(line, spans[0]![0]), fix: 'c1-controls', encoding: 'latin-1',
    detail: 'windows-1252 read as latin-1', chars: spans.length, pieces: spans.length, spans,
  };
}

export function columnOf(line: string, offset: number): number {
  return codePointCount(line.slice(0, offset)) + 1;
}

export function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++;
  }
  return n;
}
