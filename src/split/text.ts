/**
 * Postings in a page's text. Precision first: a file is split only when it
 * clearly holds several postings, because one posting cut into pieces is
 * worse than a list left whole. Two page shapes count:
 * - role headings: two or more headings of one level whose text reads as a
 *   job title (and not as a section: "Requirements" never counts), each with
 *   its own body. A posting's "Responsibilities / Requirements" headings are
 *   sections, so a single posting stays whole; so does a page whose own
 *   duties or requirements come before the first role heading (a posting
 *   with "Other jobs" below it); headings under an "Other jobs" /
 *   "Suggestions" heading are a job board's other postings and never count.
 * - header lines, as in Hacker News "Who is hiring" threads: two or more
 *   blocks whose first line is "Company | Role | Place | REMOTE" or
 *   "Company - Role - Pay - Place" (header-line.ts).
 * - accordions: two or more `<details>` whose `<summary>` each names a role
 *   (summary-heads.ts), in HTML or in Markdown with HTML in it.
 * When none of the specific shapes fits, the general rule of repeated sibling
 * blocks (siblings.ts: a scored run of blocks headed alike) is tried last.
 * A posting runs from its heading or header line to the next one (or to a
 * heading above its level); what comes before the first is the page's intro,
 * shared by all.
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { isOtherJobsHeading } from '../extract/title-page-names.js';
import { marksOf, startOf, type Mark } from './marks.js';
import { hasText, isRoleHeading, namesOneRole, postingBefore, type Range } from './ranges.js';
import { anchorMenuSegments } from './anchors.js';
import { announcedRoleSegments, linkedHeadingSegments } from './announced-roles.js';
import { bareHeadingSegments } from './bare-headings.js';
import { datedEntrySegments } from './dated-entries.js';
import { labelledBlockSegments } from './labelled.js';
import { labelLineSegments } from './label-lines.js';
import { titledMarkupSegments } from './markup.js';
import { repeatedSectionSegments } from './repeated.js';
import { roleListSegments } from './role-list.js';
import { rolesNamed } from './vacancy-names.js';
import { siblingBlockSegments } from './siblings.js';
import { vacancyHeadingSegments } from './vacancy-headings.js';
import { isHeaderLine } from './header-line.js';
import { inDifferentLanguages } from './one-posting.js';
import { withAlikeHeadings } from './alike-headings.js';
import { summaryHeadSegments } from './summary-heads.js';

export type { Range } from './ranges.js';

export interface TextSplit { ranges: Range[]; rule: 'role-headings' | 'announced-roles' | 'dated-entries' | 'vacancy-headings' | 'repeated-sections' | 'labelled-blocks' | 'label-lines' | 'header-lines' | 'anchor-menu' | 'titled-markup' | 'role-list' | 'bare-headings' | 'sibling-blocks' | 'summary-heads' }

/**
 * What the page states of itself: the title its front matter gives it, its source text when it is HTML (for what Markdown
 * drops: in-page link targets), and the file as written in any format (its HTML elements, also in Markdown: `<summary>`).
 */
export interface PageFacts { title?: string; source?: string; written?: string }

/**
 * The postings of a page as body ranges, or undefined when it does not
 * clearly hold several.
 */
export function textSegments(tree: Root, body: BodyLine[], page: PageFacts = {}): TextSplit | undefined {
  const pageTitle = page.title;
  const all = marksOf(tree);
  // Headings under "Other jobs" / "Suggestions" list a job board's other postings, not this page's.
  const otherJobs = all.findIndex((mark) => mark.depth <= 6 && isOtherJobsHeading(mark.text));
  const marks = otherJobs === -1 ? all : all.slice(0, otherJobs);
  const otherJobsLine = otherJobs === -1 ? Infinity : body[all[otherJobs]!.start]?.line ?? Infinity;
  // A page titled as one role ("Backend Developer (Lyon)") is that posting: role headings are its fields of work, a role list its other jobs.
  const oneRole = pageTitle !== undefined && namesOneRole(pageTitle);
  const roles = oneRole ? undefined : roleHeadingSegments(marks, body);
  // Blocks with the same inner headings also count the roles whose heading reads as no job title.
  const repeated = repeatedSectionSegments(marks, body);
  if (repeated && repeated.length > (roles?.length ?? 0)) return { ranges: repeated, rule: 'repeated-sections' };
  // Alike headings under a vacancies heading also count the roles whose name reads as no job title.
  const underVacancies = oneRole ? undefined : vacancyHeadingSegments(tree, body, marks, pageTitle);
  if (underVacancies && underVacancies.length > (roles?.length ?? 0)) return { ranges: underVacancies, rule: 'vacancy-headings' };
  // A board's dated entries also count the ads whose role reads as no job title, and leave out its pointers to job pages.
  const dated = oneRole ? undefined : datedEntrySegments(marks, body);
  if (dated && dated.length > (roles?.length ?? 0)) return { ranges: dated, rule: 'dated-entries' };
  // Roles a line announces by name (or a list by link) and headings below start with (or link): two places agree, whatever the names read as.
  const announced = oneRole ? undefined : announcedRoleSegments(body, marks) ?? linkedHeadingSegments(tree, body);
  if (announced && announced.length >= (roles?.length ?? 0)) return { ranges: announced, rule: 'announced-roles' };
  if (roles) return { ranges: roles, rule: 'role-headings' };
  const folded = oneRole || page.written === undefined ? undefined : summaryHeadSegments(page.written, body, marks);
  if (folded) return { ranges: folded, rule: 'summary-heads' };
  const labelled = labelledBlockSegments(tree, body, marks);
  if (labelled) return { ranges: labelled, rule: 'labelled-blocks' };
  const labelLines = oneRole ? undefined : labelLineSegments(tree, body, marks);
  if (labelLines) return { ranges: labelLines, rule: 'label-lines' };
  const headers = headerLineSegments(tree, body);
  if (headers) return { ranges: headers, rule: 'header-lines' };
  const anchored = oneRole || page.source === undefined ? undefined : anchorMenuSegments(page.source, body);
  if (anchored) return { ranges: anchored, rule: 'anchor-menu' };
  const titled = oneRole || page.source === undefined ? undefined : titledMarkupSegments(page.source, body, otherJobsLine);
  if (titled) return { ranges: titled, rule: 'titled-markup' };
  const listed = oneRole ? undefined : roleListSegments(tree, body, marks, pageTitle);
  if (listed) return { ranges: listed, rule: 'role-list' };
  const bare = oneRole ? undefined : bareHeadingSegments(tree, body, marks, pageTitle);
  if (bare) return { ranges: bare, rule: 'bare-headings' };
  const siblings = oneRole ? undefined : siblingBlockSegments(tree, body, marks, pageTitle);
  return siblings && { ranges: siblings.ranges, rule: 'sibling-blocks' };
}

function roleHeadingSegments(marks: Mark[], body: BodyLine[]): Range[] | undefined {
  // The level with the most role headings (the shallower on a tie: real headings before bold, image and link lines).
  let best: { depth: number; roles: Mark[] } | undefined;
  for (let depth = 1; depth <= 9; depth++) {
    const roles = marks.filter((mark) => mark.depth === depth && isRoleHeading(mark.text));
    // One heading text again and again ("Support" under each step of a plan) is a section's name, not several roles.
    // So is one role named by the page's title and again by its posting's heading ("Frontend Engineer — Careers at Acme", "# Frontend Engineer").
    if (rolesNamed(roles.map((role) => role.text)) < 2) continue;
    if (roles.length > (best?.roles.length ?? 0)) best = { depth, roles };
  }
  if (!best) return undefined;
  const { depth } = best;
  // A page that reads as one posting before its first role heading (its own duties or requirements) lists other jobs below it.
  if (postingBefore(marks, best.roles[0]!.start)) return undefined;
  const roles = withAlikeHeadings(marks, body, best.roles, depth);
  // A heading ends the posting above at its level or above; a heading-like line only when it names the next role.
  const ends = marks.filter((mark) => depth <= 6 ? mark.depth <= depth : mark.depth <= 6 || roles.includes(mark)).map((mark) => mark.start);
  const ranges = roles.map((role) => ({ start: role.start, end: ends.find((line) => line > role.start) ?? body.length, depth, mark: role.text }));
  // Each role needs its own body: a list of bare role headings is a table of contents, not postings.
  if (!ranges.every((range) => hasText(body, range.start + 1, range.end))) return undefined;
  // Role headings over bodies in different languages are one posting and its translation.
  return inDifferentLanguages(body, ranges) ? undefined : ranges;
}

function headerLineSegments(tree: Root, body: BodyLine[]): Range[] | undefined {
  const starts: number[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    const index = startOf(node);
    const first = body[index]?.text.replace(/^#+\s*|\*\*|__/g, '') ?? '';
    // A table row has a delimiter row under it.
    if (/^\s*\|?\s*:?-{3,}/.test(body[index + 1]?.text ?? '')) continue;
    if (isHeaderLine(first, body, index)) starts.push(index);
  }
  if (starts.length < 2) return undefined;
  const ranges = starts.map((start, i) => ({ start, end: starts[i + 1] ?? body.length }));
  // Each post needs a body after its header line: a contact line under a rule ("Jane Doe – Head of Talent – jane@…") is no post.
  return ranges.every((range) => hasText(body, range.start + 1, range.end)) ? ranges : undefined;
}
