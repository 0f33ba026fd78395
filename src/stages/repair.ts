/** repair: text -> text with mojibake undone; steps are summarised in `source.repairs`. */
import type { PostingDoc, RepairSummary } from '../document.js';
import { message } from '../document.js';
import { repairDecoded, repairText, type RepairStep } from '../repair/index.js';
import { textBytes } from './decode.js';

/**
 * Repair mojibake in the decoded text, line by line. Each kind of damage
 * becomes a `source.repairs` entry; each repaired line an info message at its
 * first repaired column, which `validate` reports where the file is broken.
 */
export function repair(doc: PostingDoc): PostingDoc {
  // Where the text's bytes line up with it, their pre-scan spares the ASCII lines (repair/byte-lines.ts).
  const bytes = textBytes(doc);
  const result = bytes ? repairDecoded(doc.text!, bytes) : repairText(doc.text ?? '');
  if (!result.steps.length) return doc;
  doc.text = result.text;
  doc.repairs = summarizeSteps(result.steps);
  const firstStepOfLine = new Map<number, RepairStep>();
  for (const step of result.steps) if (!firstStepOfLine.has(step.line)) firstStepOfLine.set(step.line, step);
  for (const step of firstStepOfLine.values()) {
    message(doc, 'mojibake-repaired', { line: step.line, column: step.column, args: { count: step.chars, detail: step.detail } });
  }
  return doc;
}

/** One entry per kind of damage, counting the characters repaired. */
export function summarizeSteps(steps: RepairStep[]): RepairSummary[] {
  const byDetail = new Map<string, RepairSummary>();
  for (const step of steps) {
    const entry = byDetail.get(step.detail) ?? { kind: 'mojibake', detail: step.detail, count: 0 };
    entry.count += step.pieces;
    byDetail.set(step.detail, entry);
  }
  return [...byDetail.values()];
}
