/**
 * What a posting of a list (a role list's item, a table's row) takes from
 * its page.
 */
import type { Segment } from '../document.js';
import type { ExtractResult } from '../extract/index.js';
import type { Fields } from '../extract/context.js';
import type { Evidence } from '../schema/posting.js';
import { carryPlace, type PagePart } from './carry.js';

/**
 * A role list's item states a title and a link. Its link is the posting's own page, also a relative one
 * ("/downloads/role.pdf"); without one, the page's address to apply to is the posting's. An item that links to no
 * other site is a role of the page's own (a bare list, "We have a few open positions: * Java developer * Rust
 * developer"): the page's text around the list describes every such role, so its place, remote policy, contract,
 * pay and equity are each item's that states none.
 */
export function carryListOver(fields: Fields, evidence: Record<string, Evidence>, page: ExtractResult, part: PagePart | undefined, segment: Segment): void {
  const url = segment.frontmatter.apply_url;
  if (typeof url === 'string' && !fields.apply.urls.length) {
    fields.apply = { ...fields.apply, urls: [url] };
    evidence.apply = { line: segment.line, rule: 'list.apply_url', text: url, confidence: 0.8 };
  }
  if (part?.fields && !(typeof url === 'string' && linksElsewhere(url))) carryRoleTerms(fields, evidence, part.fields);
  if (fields.apply.emails.length + fields.apply.urls.length || !page.fields.apply.emails.length) return;
  fields.apply = { ...fields.apply, emails: page.fields.apply.emails };
  if (page.evidence.apply) evidence.apply = page.evidence.apply;
}

/** An absolute address (a job board's page, another company's site); a relative one is the page's own site. */
const linksElsewhere = (url: string): boolean => /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(url.trim());

/** The page's terms for its roles: place, remote policy, contract (carry.ts), pay and equity, where the item states none. */
function carryRoleTerms(fields: Fields, evidence: Record<string, Evidence>, part: ExtractResult): void {
  carryPlace(fields, evidence, part);
  if (!fields.salary.length && part.fields.salary.length) {
    fields.salary = structuredClone(part.fields.salary);
    if (part.evidence.salary) evidence.salary = part.evidence.salary;
  }
  if (fields.equity === null && part.fields.equity !== null) {
    fields.equity = part.fields.equity;
    if (part.evidence.equity) evidence.equity = part.evidence.equity;
  }
}
