/**
 * Mojibake repair, line by line and span by span.
 *
 * How a repair is decided (the design, in short):
 * - A line with no character from any code page's upper half is skipped after one scan.
 * - For each code page, maximal runs of its upper-half characters are encoded
 *   back to bytes. Inside a run, every complete, valid UTF-8 sequence is a
 *   candidate piece; other bytes keep their original character.
 * - A piece is taken only on evidence: its decoded character lies in a common
 *   block (see plausible.ts), and either it came from 3-4 characters (a
 *   multi-byte sequence is hard to produce by chance), or it is Latin/symbol
 *   from the lead bytes that real text never pairs this way, or it is one of
 *   several adjacent pieces of the same script (a mangled word).
 * - The code page that repairs the most characters wins; passes repeat until
 *   nothing changes, so text encoded twice is repaired twice.
 * A line that is already correct is never rewritten: only accepted pieces change.
 */
import { codePages, codePage, type CodePage } from './codepages.js';
import { plausibleClass } from './plausible.js';

export interface RepairStep {
  /** 1-based line number in the text. */
  line: number;
  /** 1-based column where the first repaired piece started. */
  column: number;
  /** e.g. "mac-roman": the code page the UTF-8 bytes were wrongly read as. */
  encoding: string;
  /** Human-readable: "utf-8 read as mac-roman". */
  detail: string;
  /** How many characters of the line changed (removed). */
  chars: number;
  /** How many pieces were decoded. */
  pieces: number;
}

export interface RepairResult {
  text: string;
  steps: RepairStep[];
}

const MAX_PASSES = 4;

const suspicious = buildSuspiciousPattern();

function buildSuspiciousPattern(): RegExp {
  const chars = new Set<string>();
  for (const page of codePages) for (const ch of page.high) if (ch.codePointAt(0)! > 0x7f) chars.add(ch);
  const escaped = [...chars].map((ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`).join('');
  return new RegExp(`[${escaped}]`, 'u');
}

/** Repair the mojibake in a text; lines keep their count and their endings. */
export function repairText(text: string): RepairResult {
  const steps: RepairStep[] = [];
  const parts = text.split(/(\r\n|\n|\r)/);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    if (!suspicious.test(line)) continue;
    const fixed = repairLine(line, i / 2 + 1);
    if (fixed.steps.length) {
      parts[i] = fixed.text;
      steps.push(...fixed.steps);
    }
  }
  return { text: steps.length ? parts.join('') : text, steps };
}

/** Replay recorded steps on another text: each step re-decodes its line with its code page. */
export function applyPlan(text: string, steps: Array<Pick<RepairStep, 'line' | 'encoding'>>): string {
  const parts = text.split(/(\r\n|\n|\r)/);
  for (const step of steps) {
    const index = (step.line - 1) * 2;
    const page = codePage(step.encoding);
    if (page === undefined || parts[index] === undefined) continue;
    parts[index] = fixWithPage(parts[index]!, page).text;
  }
  return parts.join('');
}

function repairLine(line: string, lineNumber: number): RepairResult {
  const steps: RepairStep[] = [];
  let current = line;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let best: ReturnType<typeof fixWithPage> & { page: CodePage } | undefined;
    for (const page of codePages) {
      const attempt = fixWithPage(current, page);
      if (attempt.pieces > 0 && (!best || attempt.removed > best.removed)) best = { ...attempt, page };
    }
    if (!best) break;
    steps.push({
      line: lineNumber,
      column: best.column,
      encoding: best.page.name,
      detail: `utf-8 read as ${best.page.name}`,
      chars: best.removed,
      pieces: best.pieces,
    });
    current = best.text;
  }
  return { text: current, steps };
}

interface Piece { start: number; end: number; decoded: string; cls: string }

/** Re-decode the accepted pieces of one line with one code page. */
function fixWithPage(line: string, page: CodePage): { text: string; pieces: number; removed: number; column: number } {
  const chars = Array.from(line);
  const candidates: Piece[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!isHigh(chars[i]!, page)) { i++; continue; }
    let end = i;
    while (end < chars.length && isHigh(chars[end]!, page)) end++;
    candidates.push(...piecesOfRun(chars, i, end, page));
    i = end;
  }
  const accepted = candidates.filter((piece, k) => accept(piece, candidates[k - 1], candidates[k + 1]));
  if (!accepted.length) return { text: line, pieces: 0, removed: 0, column: 0 };
  let out = '';
  let pos = 0;
  let removed = 0;
  for (const piece of accepted) {
    out += chars.slice(pos, piece.start).join('') + piece.decoded;
    removed += piece.end - piece.start - Array.from(piece.decoded).length;
    pos = piece.end;
  }
  out += chars.slice(pos).join('');
  const column = chars.slice(0, accepted[0]!.start).join('').length + 1;
  return { text: out, pieces: accepted.length, removed, column };
}

function isHigh(ch: string, page: CodePage): boolean {
  const byte = page.encode.get(ch);
  return byte !== undefined && byte >= 0x80;
}

/** Every complete UTF-8 sequence inside a run of upper-half characters. */
function piecesOfRun(chars: string[], start: number, end: number, page: CodePage): Piece[] {
  const bytes = chars.slice(start, end).map((ch) => page.encode.get(ch)!);
  const pieces: Piece[] = [];
  for (let k = 0; k < bytes.length; ) {
    const len = sequenceLength(bytes, k);
    if (len === 0) { k++; continue; }
    const cp = decodeSequence(bytes, k, len);
    const cls = plausibleClass(cp);
    if (cls) pieces.push({ start: start + k, end: start + k + len, decoded: String.fromCodePoint(cp), cls });
    k += len;
  }
  return pieces;
}

/** Length of a valid, complete UTF-8 multi-byte sequence at k, or 0. */
function sequenceLength(bytes: number[], k: number): number {
  const b = bytes[k]!;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || k + len > bytes.length) return 0;
  for (let j = 1; j < len; j++) if ((bytes[k + j]! & 0xc0) !== 0x80) return 0;
  const b1 = bytes[k + 1]!;
  // Overlong and surrogate forms are not valid UTF-8.
  if (b === 0xe0 && b1 < 0xa0) return 0;
  if (b === 0xed && b1 >= 0xa0) return 0;
  if (b === 0xf0 && b1 < 0x90) return 0;
  if (b === 0xf4 && b1 >= 0x90) return 0;
  return len;
}

function decodeSequence(bytes: number[], k: number, len: number): number {
  const lead = bytes[k]!;
  let cp = len === 2 ? lead & 0x1f : len === 3 ? lead & 0x0f : lead & 0x07;
  for (let j = 1; j < len; j++) cp = (cp << 6) | (bytes[k + j]! & 0x3f);
  return cp;
}

/** The evidence rule described at the top of this file. */
function accept(piece: Piece, before: Piece | undefined, after: Piece | undefined): boolean {
  const length = piece.end - piece.start;
  if (length >= 3) return true;
  if (piece.cls === 'latin' || piece.cls === 'symbol') return true;
  // A lone two-character piece decoding to another script needs a neighbour: a mangled word.
  const touches = (other: Piece | undefined) =>
    other !== undefined && other.cls === piece.cls && (other.end === piece.start || other.start === piece.end);
  if (touches(before) || touches(after)) return true;
  return false;
}
