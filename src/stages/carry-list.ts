/**
 * What a posting of a list (a role list's item, a table's row) takes from
 * its page.
 */
import type { BodyLine, Segment } from '../document.js';
import { sentences } from '../extract/text.js';
import { namesRole } from '../extract/title-clean.js';
import type { Fields } from '../extract/context.js';
import type { Evidence } from '../schema/posting.js';
import { carryPlace, type PagePart } from './carry.js';
import type { OwnPartReading, PageReading } from './carry-readings.js';

/**
 * A role list's item states a title and a link. Its link is the posting's own page, also a relative one
 * ("/downloads/role.pdf"); without one, the page's address to apply to is the posting's. An item that links to no
 * other site is a role of the page's own: the page's text around the list describes every such role, so its place,
 * remote policy and contract are each item's that states none. Pay and equity go only to a bare item (no link:
 * "We have a few open positions: * Java developer * Rust developer"), whose page is the only one that can state
 * them; an item with a page of its own states its terms there. A pay sentence that names a role ("Our interns are
 * paid 1,200 EUR") is that role's, no other item's.
 */
export function carryListOver(fields: Fields, evidence: Record<string, Evidence>, page: PageReading, part: PagePart | undefined, segment: Segment, lines: readonly BodyLine[]): void {
  const url = segment.frontmatter.apply_url;
  if (typeof url === 'string' && !fields.apply.urls.length) {
    fields.apply = { ...fields.apply, urls: [url] };
    evidence.apply = { line: segment.line, rule: 'list.apply_url', text: url, confidence: 0.8 };
  }
  if (part?.fields && !(typeof url === 'string' && linksElsewhere(url))) carryRoleTerms(fields, evidence, part.fields, url === undefined ? lines : undefined);
  if (fields.apply.emails.length + fields.apply.urls.length || !page.fields.apply.emails.length) return;
  fields.apply = { ...fields.apply, emails: page.fields.apply.emails };
  if (page.evidence.apply) evidence.apply = page.evidence.apply;
}

/** An absolute address (a job board's page, another company's site); a relative one is the page's own site. */
const linksElsewhere = (url: string): boolean => /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(url.trim());

/**
 * The page's terms for its roles, where the item states none: place, remote policy, contract (carry.ts), and for a bare
 * item (the page's lines given) pay and equity that no role of the sentence claims.
 */
function carryRoleTerms(fields: Fields, evidence: Record<string, Evidence>, part: OwnPartReading, lines: readonly BodyLine[] | undefined): void {
  carryPlace(fields, evidence, part);
  if (lines === undefined) return;
  if (!fields.salary.length && part.fields.salary.length && !namesItsRole(part.evidence.salary, lines)) {
    fields.salary = structuredClone(part.fields.salary);
    if (part.evidence.salary) evidence.salary = part.evidence.salary;
  }
  if (fields.equity === null && part.fields.equity !== null && !namesItsRole(part.evidence.equity, lines)) {
    fields.equity = part.fields.equity;
    if (part.evidence.equity) evidence.equity = part.evidence.equity;
  }
}

/** The sentence a term was read from names a role ("Our interns are paid 1,200 EUR per month"); without evidence, it may. */
export function namesItsRole(at: Evidence | undefined, lines: readonly BodyLine[]): boolean {
  const line = at && lines.find((candidate) => candidate.line === at.line)?.text;
  if (!at || line === undefined) return true;
  const sentence = sentences(line).find((candidate) => candidate.includes(at.text)) ?? line;
  return namesRole(sentence);
}
