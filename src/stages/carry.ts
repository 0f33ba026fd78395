/**
 * What a page split into several postings states once for all of them: its
 * intro above the first posting and its closing part after the last one
 * ("All roles are remote within the EU", "Alle Stellen in Berlin"). Read on
 * their own, never with a posting's lines, so a value one posting states
 * never reaches another; a posting's own value always wins.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BodyLine, Segment } from '../document.js';
import type { Fields } from '../extract/context.js';
import { isOtherJobsHeading } from '../extract/title-page-names.js';
import { allPostingsPhrases, joinWords, staffWords } from '../extract/tables/page-part.js';
import { boundedAlternation, WHOLE_WORD } from '../extract/match/bounded.js';
import type { Evidence } from '../schema/posting.js';
import { parseLines } from './parse.js';
import { fieldReaders, type CarryReaders, type ForAllReading, type OwnPartReading, type PageReading } from './carry-readings.js';
import type { FieldsReading } from '../extract/index.js';
import { namesItsRole } from './carry-list.js';

const ALL_POSTINGS = Object.values(allPostingsPhrases).flat();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FOR_ALL = new RegExp(`(?<![\\p{L}])(?:${ALL_POSTINGS.map(escape).join('|')})(?![\\p{L}])`, 'u');
const wholeWords = (table: Record<string, string[]>) => new RegExp(boundedAlternation(Object.values(table).flat(), () => true, WHOLE_WORD), 'iu');
const STAFF = wholeWords(staffWords);
const JOIN = wholeWords(joinWords);
/** A closing part after a rule is a line or a few, never a posting's further sections. */
const MAX_CLOSING_BLOCKS = 3;

export interface PagePart {
  /** The postings, the last one without the page's closing part. */
  segments: Segment[];
  /** The page's intro, closing part and lines after the last posting (up to an "Other jobs" heading), read as a page of their own. */
  fields?: OwnPartReading;
  /** The lines that part was read from (its terms' evidence points into them). */
  lines?: BodyLine[];
  /**
   * What of that part speaks for every posting (place, remote, employment): its sentences that say so
   * (tables/page-part.ts), or the whole intro when it names no role; none for a thread of header lines.
   */
  forAll?: ForAllReading;
  /** A thread of header lines: each post is another company's, and the page's part (its prompt) speaks for none. */
  thread?: true;
}

/** The page's own part of a page split into postings of its text, and the postings without it. */
export function pagePart(path: string, body: BodyLine[], tree: Root, segments: Segment[], thread = false, read: CarryReaders = fieldReaders): PagePart {
  const text = segments.filter((segment) => segment.origin !== 'data');
  const last = text.at(-1);
  if (!last || text.length !== segments.length) return { segments };
  const first = text[0]!.body[0]?.line ?? text[0]!.line;
  const end = last.body.at(-1)?.line ?? last.line;
  // Below "Other jobs" a job board lists its other postings: none of this page's.
  const otherJobs = tree.children.find((node) => node.type === 'heading' && isOtherJobsHeading(toString(node)));
  const stop = otherJobs ? body[(otherJobs.position?.start.line ?? 1) - 1]?.line ?? Infinity : Infinity;
  const closing = last.origin === 'text' ? closingStart(last, text, thread) : undefined;
  const kept = closing === undefined ? segments : [...segments.slice(0, -1), withoutClosing(last, closing)];
  const outro = closing === undefined ? [] : last.body.slice(startOf(last.tree.children[closing]!));
  const blank = (line: number): BodyLine => ({ text: '', line });
  const lines = [...body.filter((line) => line.line < first), blank(first), ...outro, blank(end), ...body.filter((line) => line.line > end && line.line < stop)];
  if (!lines.some((line) => /[\p{L}\p{N}]/u.test(line.text))) return { segments: kept };
  const input = (part: BodyLine[]) => ({ path, frontmatter: {}, sourceText: '', lines: part, tree: parseLines(part), page: {}, part: true });
  const fields = read.ownPart(input(lines));
  if (thread) return { segments: kept, fields, lines, thread: true };
  // "Our Munich office is hiring a Backend Engineer, and our Lisbon office a Designer": an intro that names roles speaks for them one by one.
  const intro = body.filter((line) => line.line < first);
  const introForAll = !namesPostingRole(intro.map((line) => line.text).join('\n'), text);
  const spoken = lines.map((line) => (introForAll && line.line < first ? withoutStaffSentences(line) : forAllSentences(line)));
  const staff = introForAll ? lines.map((line) => (line.line < first ? staffSentences(line) : blank(line.line))) : [];
  const hasText = (part: BodyLine[]) => part.some((line) => /[\p{L}\p{N}]/u.test(line.text));
  const forAll = withStaffRemote(hasText(spoken) ? read.forAll(input(spoken)) : undefined, hasText(staff) ? read.forAll(input(staff)) : undefined);
  return forAll ? { segments: kept, fields, lines, forAll } : { segments: kept, fields, lines };
}

/**
 * A staff sentence's remote words still speak for every posting ("Our team is fully remote across Europe"); its
 * places do not, nor the on-site policy read from a place alone (evidence rule `work-place.*`).
 */
function withStaffRemote(forAll: ForAllReading | undefined, staff: ForAllReading | undefined): ForAllReading | undefined {
  const said = staff?.evidence.remote && !staff.evidence.remote.rule.startsWith('work-place.');
  if (!staff || !said || staff.fields.remote.policy === null || (forAll && forAll.fields.remote.policy !== null)) return forAll;
  const base = forAll ?? { ...staff, fields: { ...staff.fields, locations: [], employmentType: [] }, evidence: {} };
  const evidence = { ...base.evidence };
  for (const key of ['remote', 'remoteRegions']) if (staff.evidence[key]) evidence[key] = staff.evidence[key]!;
  return { ...base, fields: { ...base.fields, remote: structuredClone(staff.fields.remote) }, evidence };
}

/** Marks around a posting's heading line, and a gender mark or bracket after its role: "## Designer (H/F)" -> "designer". */
const HEADING_MARKS = /^[\s#*_>\d.)-]+|[\s*_]+$|\s*[([][^()[\]]{0,20}[)\]]\s*$/gu;

/**
 * Does an intro name one of the postings' roles ("Our Munich office is hiring a Backend Engineer")? Then it speaks
 * for them one by one. The team it describes ("une quarantaine de développeurs") names none of them.
 */
function namesPostingRole(intro: string, postings: Segment[]): boolean {
  const lower = intro.toLowerCase();
  return postings.some((posting) => {
    const role = (posting.body[0]?.text ?? '').replace(HEADING_MARKS, '').trim().toLowerCase();
    return role.length >= 3 && role.length <= 80 && lower.includes(role);
  });
}

/** A line's sentences that speak for every posting ("All roles are remote within the EU."), or a blank line in its place. */
function forAllSentences(line: BodyLine): BodyLine {
  const sentences = line.text.split(/(?<=[.!?;])\s+/u).filter((sentence) => FOR_ALL.test(sentence.toLowerCase()));
  return { ...line, text: sentences.join(' ') };
}

/**
 * An intro line without its sentences about the staff ("Today our 60 employees work from Berlin and London"):
 * where the staff work is not where a posting's job is, unless the sentence invites the reader to join
 * them or speaks for every posting.
 */
function withoutStaffSentences(line: BodyLine): BodyLine {
  const sentences = line.text.split(/(?<=[.!?;])\s+/u);
  const kept = sentences.filter((sentence) => !isStaffSentence(sentence));
  return kept.length === sentences.length ? line : { ...line, text: kept.join(' ') };
}

/** An intro line's sentences about the staff only, read for their remote words. */
const staffSentences = (line: BodyLine): BodyLine => ({ ...line, text: line.text.split(/(?<=[.!?;])\s+/u).filter(isStaffSentence).join(' ') });
const isStaffSentence = (sentence: string): boolean => STAFF.test(sentence) && !JOIN.test(sentence) && !FOR_ALL.test(sentence.toLowerCase());

const startOf = (node: RootContent): number => (node.position?.start.line ?? 1) - 1;

/**
 * Where the last posting's lines turn to the page's closing part: a
 * paragraph that speaks of all postings (tables/page-part.ts), or a rule,
 * on a page whose other postings hold no rule of their own (a rule that
 * only ends each posting); either followed by a few blocks, no heading.
 */
function closingStart(last: Segment, postings: Segment[], thread: boolean): number | undefined {
  const nodes = last.tree.children;
  // A few blocks and no heading to the end: a posting's further sections are never the page's.
  const closes = (from: number): boolean => nodes.length - from <= MAX_CLOSING_BLOCKS && !nodes.slice(from).some((node) => node.type === 'heading');
  const spoken = nodes.findIndex((node, i) => i > 1 && node.type === 'paragraph' && speaksForAll(toString(node)) && closes(i));
  const rule = nodes.findLastIndex((node) => node.type === 'thematicBreak');
  const rulesInside = postings.slice(0, -1).some((posting) => posting.tree.children.some((node, i, all) => node.type === 'thematicBreak' && i < all.length - 1));
  const ruleCloses = rule > 1 && rule < nodes.length - 1 && closes(rule + 1) && !rulesInside;
  // A thread's last post ends in its own address: each post is another company's.
  const starts = [spoken, ruleCloses ? rule : -1, thread ? -1 : pageAddressLine(nodes, postings)].filter((i) => i > 1);
  return starts.length ? Math.min(...starts) : undefined;
}

/** An email address, as a closing line names one ("发送简历至：<jobs@acme.example>"); its domain alone, to tell a posting that names one. */
const EMAILS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+\.[\p{L}\p{N}]/u;
/** An address of a posting's own: an email or a web address (a post of a thread links its company's site). */
const OWN_ADDRESS = /@[\p{L}\p{N}-]+\.[\p{L}\p{N}]|https?:\/\/|www\./iu;
/** A line that only gives where to send applications is short: letters besides its address ("Send your CV to:", "发送简历至："), and its length. */
const ADDRESS_LINE_LETTERS = 30;
const ADDRESS_LINE_LENGTH = 200;

/**
 * The last posting's last block when it is a line that only gives an email address ("发送简历至：<hr@acme.example>"),
 * in a posting without sections of its own, where no other posting names an address of its own (an email, a web
 * address): the page's, for every posting. A line that says more ("Part-time, in Vienna. Apply at …"), or one
 * after the last posting's own sections, is that posting's.
 */
function pageAddressLine(nodes: RootContent[], postings: Segment[]): number {
  const last = nodes.length - 1;
  const node = nodes[last];
  if (last <= 1 || node?.type !== 'paragraph') return -1;
  const text = toString(node);
  if (text.length > ADDRESS_LINE_LENGTH || !EMAIL_DOMAIN.test(text)) return -1;
  const rest = text.replace(EMAILS, '');
  if (rest === text || (rest.match(/\p{L}/gu)?.length ?? 0) > ADDRESS_LINE_LETTERS) return -1;
  const others = postings.slice(0, -1);
  const namesAddress = (posting: Segment) => posting.body.some((line) => OWN_ADDRESS.test(line.text));
  // In a posting with sections of its own ("### What you will do"), a last line is its last section's.
  const sections = nodes.slice(1).some((block) => block.type === 'heading');
  return sections || others.some(namesAddress) ? -1 : last;
}

function speaksForAll(text: string): boolean {
  const lower = text.toLowerCase().replace(/^[^\p{L}]+/u, '');
  return ALL_POSTINGS.some((phrase) => lower.startsWith(phrase));
}

function withoutClosing(segment: Segment, closing: number): Segment {
  const cut = startOf(segment.tree.children[closing]!);
  return { ...segment, body: segment.body.slice(0, cut), tree: { ...segment.tree, children: segment.tree.children.slice(0, closing) } };
}

const CARRIED = ['company', 'datePosted'] as const;

/**
 * What the page states carries over to a posting that states none: its
 * company and date, unless the page read them in another posting's lines;
 * an address to apply to, place, remote policy and employment type that
 * its own part (intro, closing lines) states.
 */
export function carryOver(fields: Fields, evidence: Record<string, Evidence>, page: PageReading, part: PagePart | undefined, ownerOf: (line: number) => Segment, segment: Segment): void {
  for (const field of CARRIED) {
    if (fields[field] !== null || page.fields[field] === null) continue;
    if (ownerOf(page.evidence[field]?.line ?? 0) !== segment) continue;
    (fields as Record<string, unknown>)[field] = page.fields[field];
    if (page.evidence[field]) evidence[field] = page.evidence[field]!;
  }
  if (!fields.apply.emails.length && !fields.apply.urls.length) carryApply(fields, evidence, page, part?.fields, ownerOf, segment);
  if (part?.forAll) carryPlace(fields, evidence, part.forAll);
  // A thread's prompt offers nothing; a page's benefits section ("근무 조건", after its roles) offers for every role.
  // A role list's item states its terms on its own page, or takes the page's as a bare item (carry-list.ts).
  if (part?.fields && !part.thread && segment.origin !== 'list') carryEquity(fields, evidence, part.fields, part.lines ?? []);
}

/**
 * Stock options that the page offers outside every posting (its benefits above or below the roles: "스톡옵션",
 * "公司期权") are every posting's that says nothing of equity: a company grants them to its staff, whatever the role;
 * so is the page's "We do not offer stock options". Not from a sentence that names a role ("Our Backend Engineers
 * also receive stock options"): that role's alone. Never pay: a figure the page states may be one role's.
 */
function carryEquity(fields: Fields, evidence: Record<string, Evidence>, part: FieldsReading<'equity'>, lines: readonly BodyLine[]): void {
  if (fields.equity !== null || part.fields.equity === null || namesItsRole(part.evidence.equity, lines)) return;
  fields.equity = part.fields.equity;
  if (part.evidence.equity) evidence.equity = part.evidence.equity;
}

/** An address to apply to that the page names outside every posting (its intro, its closing lines) is every posting's. */
function carryApply(fields: Fields, evidence: Record<string, Evidence>, page: PageReading, part: OwnPartReading | undefined, ownerOf: (line: number) => Segment, segment: Segment): void {
  const pageApply = page.fields.apply;
  const at = page.evidence.apply;
  if (pageApply.emails.length + pageApply.urls.length && at && ownerOf(at.line) === segment && !segment.body.some((line) => line.line === at.line)) {
    fields.apply = pageApply;
    evidence.apply = at;
    return;
  }
  const partApply = part?.fields.apply;
  if (!partApply || !(partApply.emails.length + partApply.urls.length) || !part!.evidence.apply) return;
  fields.apply = partApply;
  evidence.apply = part!.evidence.apply;
}

/**
 * Place, remote policy and regions, employment type: what the page states for every posting, where the
 * posting states none; a posting with a place or remote policy of its own takes no policy, a remote one no place.
 */
export function carryPlace(fields: Fields, evidence: Record<string, Evidence>, part: ForAllReading): void {
  const stated = part.fields;
  const ownPlace = fields.locations.length > 0 || fields.remote.policy !== null;
  // A hybrid or on-site posting that names no place still works at the page's; a remote one works at none.
  if (!fields.locations.length && fields.remote.policy !== 'remote' && stated.locations.length) {
    fields.locations = structuredClone(stated.locations);
    if (part.evidence.locations) evidence.locations = part.evidence.locations;
  }
  if (!fields.employmentType.length && stated.employmentType.length) {
    fields.employmentType = [...stated.employmentType];
    if (part.evidence.employmentType) evidence.employmentType = part.evidence.employmentType;
  }
  if (!ownPlace && stated.remote.policy !== null) {
    fields.remote = structuredClone(stated.remote);
    if (part.evidence.remote) evidence.remote = part.evidence.remote;
    if (part.evidence.remoteRegions) evidence.remoteRegions = part.evidence.remoteRegions;
  } else if (fields.remote.policy === 'remote' && stated.remote.policy === 'remote' && !fields.remote.regions.length && stated.remote.regions.length) {
    // "Remote" in the posting, "remote within the EU" for every posting on the page.
    fields.remote = { ...fields.remote, regions: [...stated.remote.regions] };
    const at = part.evidence.remoteRegions ?? part.evidence.remote;
    if (at) evidence.remoteRegions = at;
  }
}

/** Source line -> the posting of the page whose lines hold it. */
export function lineOwners(segments: Segment[]): Map<number, Segment> {
  const owners = new Map<number, Segment>();
  for (const segment of segments) for (const line of segment.body) owners.set(line.line, segment);
  return owners;
}
