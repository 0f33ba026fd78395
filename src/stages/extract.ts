/** extract: the cleaned document -> a record with evidence (one per posting when split found several); extraction warnings become messages. */
import { createHash } from 'node:crypto';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { message, setRecords, type BodyLine, type PostingDoc, type Segment } from '../document.js';
import { postingFingerprint } from '../corpus/fingerprint.js';
import { extractFields, type ExtractResult } from '../extract/index.js';
import type { Fields } from '../extract/context.js';
import { pageMeta } from '../extract/page-meta.js';
import { withoutControls } from '../extract/text.js';
import type { Evidence, Posting } from '../schema/posting.js';
import { toPlainData } from '../formats/frontmatter.js';
import { messageText, type RuleId } from '../messages.js';
import { carryOver, lineOwners, pagePart } from './carry.js';
import { fieldReaders, type CarryReaders } from './carry-readings.js';
import { carryEmployer, pageOwnWords, type Built } from './carry-employer.js';
import { carryPageApply } from './carry-page-apply.js';
import { settleLanguages } from './carry-language.js';
import { settleDateOrder } from './carry-date-order.js';
import { carryListOver } from './carry-list.js';
import { carryPagePlace } from './carry-page-place.js';

/** `read`: how a split page is read for what carries to its postings (carry-readings.ts; the whole reading is the plain version). */
export function extract(doc: PostingDoc, read: CarryReaders = fieldReaders): PostingDoc {
  if (doc.segments) return extractSegments(doc, doc.segments, read);
  const lines = doc.body ?? [];
  const tree = doc.tree ?? { type: 'root', children: [] };
  const frontmatter = doc.frontmatter ?? {};
  if (!lines.some((line) => /[\p{L}\p{N}]/u.test(line.text)) && !Object.keys(frontmatter).length) {
    message(doc, 'not-a-posting', { fatal: true, args: { reason: 'empty', why: 'no text found' } });
    return doc;
  }
  const { fields, evidence, warnings, kind } = extractFields({ path: doc.path, frontmatter, sourceText: doc.text ?? '', lines, tree, today: doc.today });
  // A page that is no posting gives no record: a warning for validate (an error with --strict), a failure for normalize.
  if (!kind.posting) {
    message(doc, 'not-a-posting', { fatal: true, severity: 'warning', args: { reason: kind.reason ?? 'careers-index', why: kind.why } });
    return doc;
  }
  for (const warning of warnings) doc.messages.push(warningMessage(warning));
  // A posting without a title is worth a look; a missing company is common (the site is the company).
  if (fields.title === null) message(doc, 'title-missing');
  setRecords(doc, [recordOf(doc, sha256Of(doc), { fields, evidence, lines, tree, frontmatter })]);
  return doc;
}

/**
 * A file of several postings: each segment is extracted on its own, then
 * what the page states once carries over to a posting that states none
 * (a careers page names its company once, above its roles; carry.ts).
 */
function extractSegments(doc: PostingDoc, segments: Segment[], read: CarryReaders): PostingDoc {
  const messagesBefore = doc.messages.length;
  const fromText = segments.some((segment) => segment.origin !== 'data');
  // Read whole for what carries over to its postings (carry*.ts), those fields alone.
  const page = fromText ? read.page({ path: doc.path, frontmatter: doc.frontmatter ?? {}, sourceText: doc.text ?? '', lines: doc.body ?? [], tree: doc.tree ?? { type: 'root', children: [] } }) : undefined;
  // What is wrong with the page itself (a JSON-LD script that does not parse) is said once, for every posting.
  for (const warning of page?.warnings ?? []) if (warning.code === 'jsonld-malformed') doc.messages.push(warningMessage(warning));
  const fileWarnings = doc.messages.filter((m) => m.severity === 'warning').map(warningOf);
  // The page's own meta is read once; its title names the page, not one posting (nor does its logo: the page's company carries over, carry-employer.ts).
  const meta = fromText ? { ...pageMeta(doc.text ?? ''), title: undefined, ogTitle: undefined, jobPostings: undefined, microdataPostings: undefined, rdfaPostings: undefined, statePostings: undefined, jsonLdErrors: undefined, logo: undefined, dated: undefined } : {};
  const records: Posting[] = [];
  const built: Array<Built & { warnings: Posting['warnings'] }> = [];
  const seen = new Set<string>();
  const sha256 = sha256Of(doc);
  let refused: ExtractResult['kind'] | undefined;
  let owners: Map<number, Segment> | undefined;
  // The page's intro and closing part, read on their own; the last posting without its closing part.
  // A thread's prompt ("include REMOTE …, ONSITE when …") speaks for no post.
  const thread = doc.messages.some((m) => m.ruleId === 'posting-split' && m.args?.rule === 'header-lines');
  const part = page ? pagePart(doc.path, doc.body ?? [], doc.tree ?? { type: 'root', children: [] }, segments, thread, read) : { segments };
  for (const segment of part.segments) {
    const input = { path: doc.path, frontmatter: segment.frontmatter, sourceText: segment.sourceText, keyLines: segment.keyLines, lines: segment.body, tree: segment.tree, page: meta, part: true };
    const result = extractFields(input);
    const { fields, evidence } = result;
    // A bare role list's item is a role on its intro's word ("Требуются:"), though its name may read as no job title.
    if (fields.title === null && segment.origin === 'list') statedTitle(fields, evidence, segment);
    // A part the splitter chose is a posting, also one whose title cannot be read ("2026-03-01 — odd heading"); an empty one is none.
    if (fields.title === null && segment.origin !== 'data' && !hasText(segment)) continue;
    // An item that is no posting (a template, "no open positions") gives no record, as a whole file would not.
    if (!result.kind.posting) {
      refused ??= result.kind;
      continue;
    }
    if (page) carryOver(fields, evidence, page, part, (line) => (owners ??= lineOwners(part.segments)).get(line) ?? segment, segment);
    if (page && segment.origin === 'list') carryListOver(fields, evidence, page, part, segment, doc.body ?? []);
    // An XML feed's item names its source as such (`xml.title`), a JSON or YAML item's as data (`data.title`).
    if (segment.origin !== 'text') dataEvidence(evidence, segment.origin === 'data' && doc.format === 'xml' ? 'xml' : segment.origin);
    for (const warning of result.warnings) {
      const key = `${warning.code}|${warning.line}|${warning.message}`;
      if (!seen.has(key)) doc.messages.push(warningMessage(warning));
      seen.add(key);
    }
    const own = [...result.warnings];
    if (fields.title === null) own.push(warningOf(message(doc, 'title-missing', { line: segment.line })));
    built.push({ fields, evidence, segment, warnings: [...fileWarnings, ...own] });
  }
  settleLanguages(built, page, doc);
  settleDateOrder(built, doc.body ?? []);
  const rule = doc.messages.find((m) => m.ruleId === 'posting-split')?.args?.rule;
  // The page's one place, where no posting names one (carry-page-place.ts).
  const own = fromText ? undefined : pageOwnWords(doc, read);
  carryPagePlace(built, part.fields ?? own?.read, typeof rule === 'string' ? rule : undefined);
  // A code file's one address to apply to, where its roles state none (carry-page-apply.ts).
  carryPageApply(built, own?.read, typeof rule === 'string' ? rule : undefined);
  // The one employer the page or its postings name is every posting's (carry-employer.ts).
  const carried = carryEmployer(built, own?.employer, typeof rule === 'string' ? rule : undefined);
  for (const { fields, evidence, segment, warnings } of carried) {
    const record = recordOf(doc, sha256, { fields, evidence, lines: segment.body, tree: segment.tree, frontmatter: segment.frontmatter });
    record.warnings = warnings;
    records.push(record);
  }
  // Role headings of which one names a job after all: the page is one posting, read whole.
  if (fromText && records.length < 2) {
    delete doc.segments;
    doc.messages = doc.messages.slice(0, messagesBefore).filter((m) => m.ruleId !== 'posting-split');
    return extract(doc, read);
  }
  if (!records.length) {
    message(doc, 'not-a-posting', { fatal: true, severity: 'warning', args: { reason: refused?.reason ?? 'careers-index', why: refused?.why ?? 'none of its parts names a job' } });
    return doc;
  }
  if (records.length > 1) {
    records.forEach((record, index) => {
      record.id = createHash('sha256').update(`${record.source.sha256}#${index}`).digest('hex').slice(0, 16);
      record.source = { path: record.source.path, index, count: records.length, ...withoutPath(record.source) };
    });
  }
  setRecords(doc, records);
  return doc;
}

const hasText = (segment: Segment): boolean => segment.body.some((line) => /[\p{L}\p{N}]/u.test(line.text));

/** The title a role list's item states (segments.ts keeps it as the item's front matter), at the item's line. */
function statedTitle(fields: Fields, evidence: Record<string, Evidence>, segment: Segment): void {
  const title = segment.frontmatter.title;
  if (typeof title !== 'string' || !title.trim()) return;
  fields.title = title.trim();
  evidence.title = { line: segment.line, rule: 'list.stated-title', text: fields.title, confidence: 0.7 };
}

/**
 * A data item's fields reach the extractors as front matter, one line each
 * (segments.ts): their evidence says they came from data (its line is the
 * item's own key line already: the extractors read it through `keyLines`),
 * or from an XML feed (`xml.<key>`).
 */
function dataEvidence(evidence: Record<string, Evidence>, origin: 'data' | 'xml' | 'list'): void {
  for (const item of Object.values(evidence)) {
    if (item.rule.startsWith('frontmatter.')) item.rule = `${origin}.${item.rule.slice('frontmatter.'.length)}`;
  }
}

function warningOf({ ruleId, reason, line }: PostingDoc['messages'][number]): Posting['warnings'][number] {
  return { code: ruleId, message: reason, ...(line ? { line } : {}) };
}

function sha256Of(doc: PostingDoc): string {
  return createHash('sha256').update(doc.bytes).digest('hex');
}

function withoutPath<T extends { path: string }>(source: T): Omit<T, 'path'> {
  const { path: _path, ...rest } = source;
  return rest;
}

function warningMessage(warning: Posting['warnings'][number]): PostingDoc['messages'][number] {
  // Severity comes from the catalog: a resolved address is information, a conflict a warning.
  const severity = messageText(warning.code as RuleId, {}).severity;
  return { ruleId: warning.code as RuleId, reason: warning.message, severity, ...(warning.line ? { line: warning.line } : {}) };
}

interface Extracted { fields: Fields; evidence: Record<string, Evidence>; lines: BodyLine[]; tree: Root; frontmatter: Record<string, unknown> }

function recordOf(doc: PostingDoc, sha256: string, { fields: found, evidence, lines, tree, frontmatter }: Extracted): Posting {
  // Whichever reading chose them, a title and a company name are text a person writes: no control characters (text.ts).
  const fields: Fields = { ...found, title: typeof found.title === 'string' ? withoutControls(found.title) : found.title, company: found.company ? { ...found.company, name: withoutControls(found.company.name) } : found.company };
  const description = { markdown: lines.map((line) => line.text).join('\n'), text: plainText(tree) };
  return {
    id: sha256.slice(0, 16),
    ...fields,
    description,
    fingerprint: postingFingerprint({ title: fields.title, company: fields.company, text: description.text }),
    source: {
      path: doc.path,
      bytes: doc.bytes.length,
      sha256,
      format: doc.format ?? 'text',
      encoding: doc.encoding ?? 'utf-8',
      repairs: doc.repairs,
      frontmatter: Object.keys(frontmatter).length ? (toPlainData(frontmatter) as Record<string, unknown>) : null,
    },
    evidence,
    warnings: [],
  };
}

/** Plain text of the Markdown tree: one paragraph per block, list items on their own lines. */
export function plainText(tree: Root): string {
  const blocks: string[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'list':
        blocks.push(node.children.map((item) => `- ${toString(item).replace(/\s*\n\s*/g, ' ').trim()}`).join('\n'));
        return;
      case 'heading':
      case 'paragraph':
      case 'code':
      case 'table':
      case 'html': {
        const text = node.type === 'html' ? node.value.replace(/<[^>]+>/g, '') : toString(node);
        if (text.trim()) blocks.push(text.trim());
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes);
    }
  };
  visit(tree);
  return blocks.join('\n\n');
}
