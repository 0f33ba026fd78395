/** repair: text -> text with mojibake undone; steps are summarised in `source.repairs`. */
import type { PostingDoc, RepairSummary } from '../document.js';
import { message } from '../document.js';
import { repairText, type RepairStep } from '../repair/index.js';

/** Repair mojibake in the decoded text, line by line; each kind of damage becomes a `source.repairs` entry and an info message. */
export function repair(doc: PostingDoc): PostingDoc {
  const result = repairText(doc.text ?? '');
  if (!result.steps.length) return doc;
  doc.text = result.text;
  doc.repairs = summarizeSteps(result.steps);
  for (const summary of doc.repairs) {
    const first = result.steps.find((step) => step.detail === summary.detail);
    message(doc, 'mojibake-repaired', { line: first?.line, column: first?.column, args: { count: summary.count, detail: summary.detail } });
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
