/** validate: the record must pass the zod schema; a failure is an error for this file, not a crash. */
import type { PostingDoc } from '../document.js';
import { message } from '../document.js';
import { PostingSchema } from '../schema/posting.js';

export function validate(doc: PostingDoc): PostingDoc {
  if (!doc.record) return doc;
  doc.record.warnings = doc.messages
    .filter((m) => m.severity === 'warning')
    .map((m) => ({ code: m.ruleId, message: m.reason, ...(m.line ? { line: m.line } : {}) }));
  const result = PostingSchema.safeParse(doc.record);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    message(doc, 'record-invalid', { fatal: true, args: { path: issue.path.join('.') || '(root)', reason: issue.message } });
    delete doc.record;
    return doc;
  }
  doc.record = result.data;
  return doc;
}
