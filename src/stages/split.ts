/**
 * split: find the postings of a file that holds several. A data file gives
 * its posting items; a page gives the `jobs:` list of its front matter, or
 * the postings of its text (split/text.ts: role headings, header lines).
 * A code file gives the postings of its array of object literals
 * (split/code-literal.ts).
 * A file of one posting gets no segments and is extracted whole, as before.
 */
import type { Root } from 'mdast';
import { message, type BodyLine, type PostingDoc, type Segment } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { codeLiteral, isCodeFile } from '../split/code-literal.js';
import { dataItems, frontmatterItems, type DataItem } from '../split/data.js';
import { dataSegment, textSegment } from '../split/segments.js';
import { textSegments, type Range } from '../split/text.js';
import { roleHeadSegments } from '../split/role-heads.js';
import { evidenceBlockSegments } from '../split/evidence-blocks.js';
import { htmlCardGroups } from '../split/html-cards.js';
import { jsonLdPostingItems } from '../split/json-ld.js';
import { withCardHeads } from '../split/card-heads.js';
import { marksOf } from '../split/marks.js';
import { signsOfLine } from '../split/block-evidence.js';
import { jobsLiteralName, postingDataFileName, postingListKeys } from '../split/tables.js';
import { rangeTrees } from '../clean/range-tree.js';
import { parseLines } from './parse.js';
import { areResumeEntries } from '../split/periods.js';
import { textOf } from '../extract/tree.js';

export function split(doc: PostingDoc): PostingDoc {
  const text = doc.text ?? '';
  if (doc.data) {
    const items = dataItems(doc.data, text);
    if (!items.length) {
      message(doc, 'no-postings-in-data', { fatal: true, line: 1 });
      return doc;
    }
    // Items titled by translation keys ("jobs.backend.title") with no text are a list of job pages, not their postings.
    if (items.every(isPageIndexEntry)) return indexOfJobPages(doc, items);
    // One item is the file's one posting: still read as data, so its fields are named `data.<key>`.
    return withSegments(doc, items.map(dataSegment), 'data-items');
  }
  const frontmatterEnd = doc.bodyLine ?? 1;
  // The front matter is read again, with its lines, only when a jobs-like key holds a list of maps or groups of them
  // (also on a page that is all front matter: a theme's careers page keeps its `open_positions.list` there).
  if (doc.format === 'yaml-frontmatter' && frontmatterEnd > 2 && hasPostingList(doc.frontmatter ?? {})) {
    const lines = text.split('\n');
    const listed = frontmatterItems(lines.slice(1, frontmatterEnd - 2).join('\n'), 2);
    if (listed.length >= 2) return withSegments(doc, listed.map(dataSegment), 'front-matter-list');
  }
  if (!doc.body || !doc.tree) return doc;
  // A code file may keep its jobs as an array of object literals, read as data (never run).
  const { items: literalItems, postings: literalPostings, literal } = isCodeFile(doc.path) ? codeLiteralItems(text, doc.path) : { items: [], postings: [], literal: undefined };
  // Whether the file's text outside the array states a posting: judged once, and only where a rule below asks.
  let outsideJudged: boolean | undefined;
  const body = doc.body;
  const outside = (): boolean => (outsideJudged ??= literal !== undefined && statesPostingOutside(text, literal, body));
  // A PHP page is itself the usual posting: its array of other jobs ("$related") is a list beside it when the page states one.
  if (literalPostings.length >= 2 && !(/\.php$/i.test(doc.path) && outside())) return withSegments(doc, literalPostings.map(dataSegment), 'code-literal');
  // One job in the array ("{ name: 'Senior Cloud Engineer', link: '…' }") and nothing of a posting outside it: the file's one
  // posting, read as data (its title and link, never more); a posting's component with one related job keeps its text.
  if (literalItems.length === 1 && isJobItem(literalItems[0]!) && !outside()) return withSegments(doc, literalItems.map(dataSegment), 'code-literal');
  // A code file's array of cards titled by translation keys, as a data file's, lists job pages (a careers page's component data).
  if (literalItems.length >= 2 && literalItems.every(isPageIndexEntry) && listsJobPages(text, literal!, literalItems, outside)) return indexOfJobPages(doc, literalItems);
  // An HTML page whose JSON-LD states two JobPostings or more: each is one of its postings, read as data (a Markdown page's
  // script is as often an example in a code block, in a guide to structured data).
  const structured = doc.format === 'html' ? jsonLdPostingItems(text) : [];
  if (structured.length >= 2) return withSegments(doc, structured.map(dataSegment), 'json-ld');
  const title = doc.frontmatter?.title;
  const pageTitle = typeof title === 'string' ? title : undefined;
  const source = doc.format === 'html' ? text : undefined;
  const laidOut = textSegments(doc.tree, doc.body, { ...(pageTitle !== undefined ? { title: pageTitle } : {}), ...(source !== undefined ? { source } : {}), written: text })
    ?? roleHeads(doc.tree, doc.body, pageTitle);
  const found = withinCards(laidOut, doc.tree, doc.body, pageTitle, source) ?? cardHeads(laidOut, doc.tree, doc.body, source) ?? laidOut
    ?? evidenceBlocks(doc.tree, doc.body, pageTitle, undefined, source);
  // A résumé's work history (entries each over a period, under "Education", "Ausbildung") is one page of no posting.
  if (!found || areResumeEntries(doc.body, found.ranges, headingTexts(doc.tree))) return doc;
  const trees = rangeTrees(doc.body, doc.tree, parseLines);
  const segments = found.ranges.map((range) => textSegment(text, doc.body!, range, doc.frontmatter ?? {}, frontmatterEnd, trees));
  return withSegments(doc, segments, found.rule);
}

/**
 * The postings of a code file's object literals: most of their titles read as job titles, since code lists perks and
 * steps with titles too; or an item names an employer and a place (`company`, `city`: a board's scraped ads, their
 * titles in any language or spelling), which a list of perks or of customer stories (`company`, `link`) does not.
 */
function codeLiteralItems(text: string, path: string) {
  const found = codeLiteral(text, path);
  const literal = found?.text;
  const items = found?.parsed.ok ? dataItems(found.parsed.document, literal!) : [];
  // An employer and a place, or a description, make a job's item only in an array whose name says it holds jobs ("job_posting_data",
  // "const jobs = [{title, description}]": titles in a language the title rules know few roles of); "events", "customers" hold none.
  const declared = literal === undefined ? '' : declaredName(text, literal);
  const namedForJobs = literal !== undefined && postingDataFileName.test(declared);
  // A described item counts only in an array whose whole name is a jobs word ("const jobs"; "cronJobs" holds tasks).
  const namedAsJobs = jobsLiteralName.test(declaredIdentifier(declared));
  const roles = items.filter((item) => typeof item.fields.title === 'string' && (looksLikeJobTitle(item.fields.title) || ((namedForJobs && namesEmployerAndMore(item)) || (namedAsJobs && describedByText(item)))));
  // The array's items are its postings when most are roles; `items` stays for the careers-index check.
  return { items, postings: roles.length >= 2 && roles.length * 2 > items.length ? items : [], literal };
}

/**
 * A code file's array of translation keys lists job pages only where its name or its keys name jobs
 * ("openPositions", "careers.openPositions.…": a menu's or a footer's keys are none) and the file says nothing of a
 * posting outside it (no role section, no sentence that hires, at most one job term): a component may hold a menu
 * of keys and a posting in its markup.
 */
function listsJobPages(text: string, literal: string, items: DataItem[], postingOutside: () => boolean): boolean {
  const namesJobsToo = postingDataFileName.test(declaredName(text, literal)) || items.some((item) => postingDataFileName.test(String(item.fields.title)));
  return namesJobsToo && !postingOutside();
}

/** The file's text outside the array says what a posting says: a role section, a sentence that hires, or two job terms. */
function statesPostingOutside(text: string, literal: string, body: BodyLine[]): boolean {
  const [from, to] = [literal.search(/\S/), literal.search(/\S\s*$/)].map((offset) => text.slice(0, offset).split('\n').length);
  const kinds = new Set(body.filter((line) => line.line < from! || line.line > to!).flatMap((line) => [...signsOfLine(line.text)]));
  const terms = [...kinds].filter((sign) => !sign.startsWith('section:') && sign !== 'hire');
  return terms.length > 1 || [...kinds].some((sign) => sign === 'hire' || sign.startsWith('section:'));
}

/** An item titled as a job ("Senior Cloud Engineer"). */
const isJobItem = (item: DataItem): boolean => typeof item.fields.title === 'string' && looksLikeJobTitle(item.fields.title);

/** A list of job pages, no posting: one not-a-posting message (careers-index), no record. */
function indexOfJobPages(doc: PostingDoc, items: DataItem[]): PostingDoc {
  message(doc, 'not-a-posting', { fatal: true, severity: 'warning', line: items[0]!.line, args: { reason: 'careers-index', why: `${items.length} item(s) titled by translation keys ("${items[0]!.fields.title}") with no posting text` } });
  return doc;
}

/** The words before the array on its line ("var job_posting_data = ["): the literal keeps the file's offsets, blanks before it. */
function declaredName(text: string, literal: string): string {
  const open = literal.search(/\S/);
  return open < 0 ? '' : text.slice(text.lastIndexOf('\n', open) + 1, open);
}

/** The name a declaration gives ("export const openPositions =" → "openPositions"), separators dropped ("job_postings" → "jobpostings"). */
const declaredIdentifier = (declared: string): string => (/([\w$]+)\s*[:=]?\s*$/.exec(declared)?.[1] ?? '').replace(/[_$]/g, '');

/** An item with an employer and a place: a job's keys, whatever its title reads as. */
const namesEmployerAndMore = (item: DataItem): boolean => [item.fields.company, item.fields.location].every((value) => typeof value === 'string' && value.trim() !== '');

/** An item whose title and description are text, not translation keys a site's i18n files fill in. */
const describedByText = (item: DataItem): boolean => /[\p{L}\p{N}]/u.test(item.description) && !isPageIndexEntry(item);

/** A translation key ("jobs.po-container.title": dotted identifiers, no spaces) stands for a title a site's i18n files hold. */
const TRANSLATION_KEY = /^[a-z][\w-]*(?:\.[\w-]+){2,}$/i;

const isPageIndexEntry = (item: DataItem) => typeof item.fields.title === 'string' && TRANSLATION_KEY.test(item.fields.title.trim())
  && (!/[\p{L}\p{N}]/u.test(item.description) || TRANSLATION_KEY.test(item.description.trim()));

/** A jobs-like key holding a list of maps, or a map that may group such lists (`careers: {departments: [{positions: [...]}]}`), as a data file may. */
function hasPostingList(frontmatter: Record<string, unknown>): boolean {
  return Object.entries(frontmatter).some(([key, value]) => postingListKeys.includes(key.toLowerCase())
    && (Array.isArray(value) ? value.filter((item) => item && typeof item === 'object').length >= 2 : value !== null && typeof value === 'object'));
}

/** The text of every heading of the page, in order. */
const headingTexts = (tree: Root): string[] => tree.children.filter((node) => node.type === 'heading').map((node) => textOf(node));

/** The general rule, when no layout rule fits: two or more role-like heads of one shape (split/role-heads.ts). */
function roleHeads(...args: Parameters<typeof roleHeadSegments>) {
  const ranges = roleHeadSegments(...args);
  return ranges && { ranges, rule: 'role-heads' };
}

/** The rule by evidence, when no shape of head reads as roles: blocks that each say what a posting says (split/evidence-blocks.ts). */
function evidenceBlocks(...args: Parameters<typeof evidenceBlockSegments>) {
  const ranges = evidenceBlockSegments(...args);
  return ranges && { ranges, rule: 'evidence-blocks' };
}

/**
 * An HTML page's cards that each say what a posting says (the evidence rule's card shape) are its postings where a
 * layout rule cut one of them in two: a card's department or place line read as a role ("Sales" under "Software
 * Developer") starts no posting. Only where the layout rule starts a posting at every card's head and more inside
 * one: cards that group roles (a team's card over its roles' headings) head none of them, and the roles stand.
 */
function withinCards(found: { ranges: Range[] } | undefined, tree: Root, body: BodyLine[], pageTitle?: string, source?: string) {
  if (!found || source === undefined) return undefined;
  const starts = new Set(found.ranges.map((range) => range.start));
  const cutInTwo = (cards: Array<{ start: number; end: number }>) => cards.every((card) => starts.has(card.start))
    && cards.some((card) => found.ranges.filter((range) => range.start > card.start && range.start < card.end).length >= 1);
  // The cards are weighed only on a page where a layout rule cut one (each line's signs are read for it).
  const groups = htmlCardGroups(source, body);
  if (!groups.some(cutInTwo)) return undefined;
  const cards = evidenceBlockSegments(tree, body, pageTitle, undefined, groups, { cardsOnly: true });
  return cards && cutInTwo(cards) ? { ranges: cards, rule: 'evidence-blocks' } : undefined;
}

/** An HTML page's role headings that passed over a card whose siblings' heads are roles: that card's head starts one too (split/card-heads.ts). */
function cardHeads(found: { ranges: Range[]; rule: string } | undefined, tree: Root, body: BodyLine[], source?: string) {
  if (!found || source === undefined || found.rule !== 'role-headings') return undefined;
  const ranges = withCardHeads(found.ranges, marksOf(tree), body, htmlCardGroups(source, body));
  return ranges && { ranges, rule: found.rule };
}

function withSegments(doc: PostingDoc, segments: Segment[], rule: string): PostingDoc {
  doc.segments = segments;
  if (segments.length > 1) message(doc, 'posting-split', { line: segments[0]!.line, args: { count: segments.length, rule } });
  return doc;
}
