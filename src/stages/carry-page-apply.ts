/**
 * A code file's one address to apply to: a careers page's component keeps its roles in an array of object
 * literals (split/code-literal.ts) and its markup says once where to apply ("mailto:jobs@acme.example" under
 * the cards), for every role. Given to the postings only when none of them states an address or link of its
 * own and the page states one address, no more: two addresses are two roles' or two teams', and a link may be
 * any page's.
 */
import type { Fields } from '../extract/context.js';
import type { FieldsReading } from '../extract/index.js';
import type { Evidence } from '../schema/posting.js';

/** The page's address is read outside the postings' own lines: less sure than a posting's own. */
const PAGE_APPLY_CONFIDENCE = 0.6;

export interface ApplyHolder { fields: Fields; evidence: Record<string, Evidence> }

export function carryPageApply(built: readonly ApplyHolder[], pageOwn: FieldsReading<'apply'> | undefined, rule: string | undefined): void {
  if (rule !== 'code-literal' || built.length < 2 || !pageOwn) return;
  const emails = pageOwn.fields.apply.emails;
  if (emails.length !== 1 || built.some(({ fields }) => fields.apply.emails.length > 0 || fields.apply.urls.length > 0)) return;
  const at = pageOwn.evidence.apply;
  for (const { fields, evidence } of built) {
    fields.apply = { ...fields.apply, emails: [...emails] };
    if (at) evidence.apply = { ...at, rule: `page.${at.rule}`, confidence: Math.min(at.confidence, PAGE_APPLY_CONFIDENCE) };
  }
}
