/** validate: every record must pass the zod schema; a failure is an error for this file, not a crash. */
import type { PostingDoc } from '../document.js';
import { message, recordsOf, setRecords } from '../document.js';
import { PostingSchema } from '../schema/posting.js';
import { checkedPosting } from '../schema/posting-check.js';

export function validate(doc: PostingDoc): PostingDoc {
  const records = recordsOf(doc);
  if (!records.length) return doc;
  // A file of one posting: its record carries every warning of the file. Split records carry their own (extract set them).
  if (!doc.segments) {
    records[0]!.warnings = doc.messages
      .filter((m) => m.severity === 'warning')
      .map((m) => ({ code: m.ruleId, message: m.reason, ...(m.line ? { line: m.line } : {}) }));
  }
  const valid = [];
  for (const record of records) {
    // The hand-written check accepts what it is sure of; zod judges the rest and words the error.
    const checked = checkedPosting(record);
    if (checked) {
      valid.push(checked);
      continue;
    }
    const result = PostingSchema.safeParse(record);
    if (result.success) {
      valid.push(result.data);
      continue;
    }
    const issue = result.error.issues[0]!;
    const args = { path: issue.path.join('.') || '(root)', reason: issue.message };
    if (records.length === 1) message(doc, 'record-invalid', { fatal: true, args });
    else message(doc, 'posting-record-invalid', { line: record.evidence.title?.line, args: { index: record.source.index ?? 0, ...args } });
  }
  setRecords(doc, valid);
  if (!valid.length && records.length > 1) message(doc, 'record-invalid', { fatal: true, args: { path: '(root)', reason: 'no posting of the file gives a valid record' } });
  return doc;
}
