/**
 * Mojibake repair, line by line and span by span.
 *
 * The design, in short (the rules themselves are in rules.ts and badness.ts):
 * - Scan (scan.ts): ASCII is skipped natively; a line is looked at only where
 *   some code page reads a UTF-8 lead byte followed by its continuation bytes,
 *   a C1 control, or a lead followed by what may stand for a lost byte.
 * - Whole line (whole-line.ts): when every non-ASCII character of the line
 *   encodes on one page to valid UTF-8 (one to three layers deep), the least
 *   odd reading is taken if it is clean and clearly less odd. The common case.
 * - Spans otherwise (spans.ts): each page's complete UTF-8 sequences, grouped
 *   into clusters, are re-decoded only on evidence; the page with the largest
 *   gain wins the pass, and passes repeat, so deeper layers come back too.
 *   A cheap filter (span-filter.ts) first rules out lines the rules could not
 *   take anything from, such as correct Ukrainian whose `Ді` spells UTF-8.
 * - Remaining C1 controls are Windows-1252 text read as Latin-1 (as ftfy's
 *   fix_c1_controls).
 * Only the chosen spans change: a correct line, or the correct part of a
 * line, comes out byte for byte the same. The output is the input's
 * unchanged stretches with the repaired lines between them (output.ts).
 */
import { kindOf } from '../argument-kind.js';
import { codePage } from './codepages.js';
import { LineRepairer } from './line.js';
import { RepairedText } from './output.js';
import { markNonAsciiLines } from './byte-lines.js';
import { visitMarkedLines, visitSuspiciousLines } from './scan.js';
import { decodeAll, decodeSpan, splice, type Replacement } from './spans.js';
import { mapC1Controls, type RepairResult, type RepairStep } from './steps.js';

export type { RepairResult, RepairStep } from './steps.js';

/** Repair the mojibake in a text; lines keep their count, their endings and, when correct, every byte. */
export function repairText(text: string): RepairResult {
  if (typeof text !== 'string') throw new TypeError(`repairText takes a string, not ${kindOf(text)}`);
  const steps: RepairStep[] = [];
  return { text: repairLines(text, steps), steps };
}

/**
 * repairText for a text decoded from `bytes` in which every ASCII byte is one
 * code unit (UTF-8 after its byte-order mark, an 8-bit page): a pass over the
 * bytes marks the lines with a byte from 0x80 up (byte-lines.ts), and no
 * other line is looked at again. The same result as repairText(text).
 */
export function repairDecoded(text: string, bytes: Uint8Array): RepairResult {
  const steps: RepairStep[] = [];
  const marks = markNonAsciiLines(bytes);
  // No byte from 0x80 up: nothing to repair, and no repairer (its scratch buffers) to make.
  if (marks.count === 0 && text.length === bytes.length) return { text, steps };
  const out = new RepairedText(text);
  if (visitMarkedLines(text, marks, bytes.length, new LineRepairer(steps, out))) return { text: out.changed ? out.toString() : text, steps };
  // The text does not line up with the bytes: the scan of the text itself.
  return repairText(text);
}

/**
 * The text repairText gives, without its steps (as ftfy's fix_encoding beside
 * fix_encoding_and_explain): the same engine, recording nothing, so nothing
 * is kept for a step or its spans. For callers that only need the text.
 */
export function fixEncoding(text: string): string {
  return repairLines(text, null);
}

/** The repaired text, each step recorded in `steps` (or none, when null). */
function repairLines(text: string, steps: RepairStep[] | null): string {
  const out = new RepairedText(text);
  visitSuspiciousLines(text, new LineRepairer(steps, out));
  return out.changed ? out.toString() : text;
}

/**
 * Replay recorded steps on a text (as ftfy's apply_plan): each step re-decodes
 * its spans on its line; where they do not fit, every UTF-8 sequence on that
 * line is re-decoded with the step's code page, without weighing evidence.
 */
export function applyPlan(text: string, steps: ReadonlyArray<Pick<RepairStep, 'line' | 'encoding'> & Partial<Pick<RepairStep, 'fix' | 'spans'>>>): string {
  const parts = text.split(/(\r\n|\n|\r)/);
  for (const step of steps) {
    const index = (step.line - 1) * 2;
    const line = parts[index];
    if (line === undefined) continue;
    if (step.fix === 'c1-controls') { parts[index] = mapC1Controls(line); continue; }
    const page = codePage(step.encoding);
    if (!page) continue;
    const replacements: Replacement[] = [];
    for (const [start, length] of step.spans ?? []) {
      const decoded = decodeSpan(line, start, start + length, page);
      if (decoded === null) break;
      replacements.push({ start, end: start + length, text: decoded });
    }
    // Spans that no longer fit (other text, or a plan without spans): re-decode every sequence on the line, as ftfy's apply_plan does.
    parts[index] = replacements.length === (step.spans ?? []).length && replacements.length ? splice(line, replacements) : decodeAll(line, page);
  }
  return parts.join('');
}
