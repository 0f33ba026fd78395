/**
 * extract: every field family in order. Later extractors may read what
 * earlier ones found (apply reads the company's domain, for instance).
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import type { Evidence, Posting } from '../schema/posting.js';
import { emptyFields, flattenFrontmatter, SourceLines, topKeysOf, warn, type ExtractContext, type Fields, type TextLine } from './context.js';
import { plainLine } from './plain-line.js';
import { collectHeadingsAndLinks, keywordIndex } from './tree.js';
import { lazily } from './text.js';
import { regionKeywordGroups } from './remote-regions.js';
import { POLICY_KEYWORDS } from './remote-phrases.js';
import { experienceKeywordGroups } from './experience.js';
import { salaryKeywordGroups } from './salary.js';
import { applyKeywordGroups } from './apply.js';
import { OFFER_WORDS } from './equity.js';
import { CLOSING_WORDS, EXPIRED_WORDS } from './closing.js';
import { FREE_WORDS } from './employment.js';
import { MEASURE_KEYWORDS } from './employment-measures.js';
import { keywordGroupOfRule } from './company-rules.js';
import { LEGAL_FORM_WORDS } from './company-sources.js';
import { CJK_ROLE_WORDS, ROLE_LEAD_WORDS } from './title.js';
import { decodedFrontmatter, decodeEntities } from './entities.js';
import { pageMeta, type PageMeta } from './page-meta.js';
import { postingKind, type PostingKind } from './posting-kind.js';
import { extractTitle } from './title.js';
import { extractCompany } from './company.js';
import { extractLocation } from './location.js';
import { extractEmployment } from './employment.js';
import { extractSeniority } from './seniority.js';
import { extractSalary } from './salary.js';
import { extractEquity } from './equity.js';
import { extractExperience } from './experience.js';
import { extractSkills } from './skills.js';
import { extractApply } from './apply.js';
import { extractDates } from './dates.js';
import { extractClosing } from './closing.js';
import { extractLanguage } from './language-posting.js';
import { extractSections } from './sections.js';
import { extractStructured } from './structured.js';
import { extractTypedFields } from './structured-fields.js';

export type Extractor = (ctx: ExtractContext) => void;

/** The keyword groups of every extractor, found in each body line in one scan (match/keywords.ts). */
export const extractorKeywordGroups = Object.freeze([
  ...regionKeywordGroups, POLICY_KEYWORDS, ...experienceKeywordGroups, ...salaryKeywordGroups, ...applyKeywordGroups,
  OFFER_WORDS, CLOSING_WORDS, EXPIRED_WORDS, FREE_WORDS, ...MEASURE_KEYWORDS, ...keywordGroupOfRule, LEGAL_FORM_WORDS, ROLE_LEAD_WORDS, CJK_ROLE_WORDS,
]);
// Built on the first posting, not at start-up.
const keywords = lazily(() => keywordIndex(extractorKeywordGroups));

/** The extractors, in the order they run. */
export const extractors: Extractor[] = [
  extractTitle,
  extractCompany,
  extractLocation,
  extractEmployment,
  extractSeniority,
  extractSalary,
  extractEquity,
  extractExperience,
  extractSkills,
  extractApply,
  extractDates,
  extractClosing,
  extractLanguage,
  extractSections,
  // Last: typed fields and structured data are merged with what the text families read (structured-fields.ts, structured.ts).
  extractTypedFields,
  extractStructured,
];

type FieldName = keyof Fields;
/** For each field an extractor writes, the fields of other extractors it reads to do so (their values, evidence or hints). */
type Writes = Readonly<Partial<Record<FieldName, readonly FieldName[]>>>;
const ALONE: readonly FieldName[] = [];

/**
 * What each extractor writes and reads, in `extractors`' order: a caller that reads only some fields (a page's own
 * readings for what carries to its postings, stages/carry*.ts) runs only the extractors that write them and those
 * they read from (fieldReader). tests/extract-field-reader.test.ts holds the readings to extractFields'.
 */
export const EXTRACTOR_WRITES: readonly Writes[] = [
  { title: ALONE },
  // The company puts a title's bracket back when no reading takes it as the company (company-aside.ts).
  { company: ['title'], title: ['title'] },
  { locations: ['title'], remote: ['title'] },
  { employmentType: ['title'] },
  { seniority: ['title', 'employmentType'] },
  { salary: ['title'] },
  { equity: ALONE },
  { experienceYears: ALONE },
  { skills: ALONE },
  { apply: ['title', 'company'] },
  { datePosted: ALONE, draft: ALONE },
  { validThrough: ALONE, expired: ALONE },
  { language: ['title'] },
  // A closing apply line ends the last section (sections.ts): it reads the addresses the record applies to.
  { sections: ['title', 'apply'] },
  { company: ['company'], salary: ['salary'] },
  // Structured data merges each field with the text's own reading of it.
  { salary: ['salary'], employmentType: ['employmentType'], remote: ['remote'], locations: ['locations'], apply: ['apply'], experienceYears: ['experienceYears'], language: ['language'], company: ['company'], identifier: ALONE },
];
if (EXTRACTOR_WRITES.length !== extractors.length) throw new Error('EXTRACTOR_WRITES must list every extractor');

/** The positions in `extractors` of those that write the wanted fields, and of those they read from. */
export function extractorsFor(wanted: readonly FieldName[]): number[] {
  const needed = new Set<FieldName>();
  const pending = [...wanted];
  while (pending.length) {
    const field = pending.pop()!;
    if (needed.has(field)) continue;
    needed.add(field);
    for (const writes of EXTRACTOR_WRITES) pending.push(...(writes[field] ?? []));
  }
  return EXTRACTOR_WRITES.flatMap((writes, index) => (Object.keys(writes) as FieldName[]).some((field) => needed.has(field)) ? [index] : []);
}

export interface ExtractInput {
  path: string;
  frontmatter: Record<string, unknown>;
  sourceText: string;
  /** A data item's "field: value" lines: the file line of each (split/segments.ts). */
  keyLines?: readonly number[];
  lines: BodyLine[];
  tree: Root;
  /** The day a closing date is compared with (YYYY-MM-DD); default: the current UTC day. */
  today?: string;
  /** The page's meta when the caller has read it already (one posting of several); read from sourceText otherwise. */
  page?: PageMeta;
  /** One posting of a file that holds several: the page's own signs of no posting (a careers heading, interview steps) are not its. */
  part?: boolean;
}

export interface ExtractResult {
  fields: Fields;
  evidence: Record<string, Evidence>;
  warnings: Posting['warnings'];
  /** Whether the text is a posting at all, with the reason when it is not. */
  kind: PostingKind;
}

/** A reading of some fields only: the others are left as they are (empty, or partly read) and must not be read. */
export interface FieldsReading<W extends FieldName> {
  fields: Pick<Fields, W>;
  evidence: Record<string, Evidence>;
  /** The warnings of the extractors run. */
  warnings: Posting['warnings'];
}

/**
 * A reader of the wanted fields alone (the same values and evidence as extractFields gives them): a page split into
 * postings is read for what carries over to them, which is a few fields, and no posting kind.
 */
export function fieldReader<W extends FieldName>(wanted: readonly W[]): (input: ExtractInput) => FieldsReading<W> {
  const positions = extractorsFor(wanted);
  return (input) => {
    const ctx = extractContext(input);
    // Read from the array each time: a bench may wrap its entries (bench/stages.js).
    for (const index of positions) extractors[index]!(ctx);
    return { fields: ctx.fields, evidence: ctx.evidence, warnings: ctx.warnings };
  };
}

export function extractFields(input: ExtractInput): ExtractResult {
  const ctx = extractContext(input);
  for (const extractor of extractors) extractor(ctx);
  return { fields: ctx.fields, evidence: ctx.evidence, warnings: ctx.warnings, kind: postingKind(ctx.fields, ctx, input.part, input.sourceText) };
}

/** What every extractor reads, set up once for a posting (or a page). */
export function extractContext(input: ExtractInput): ExtractContext {
  const { headings, links } = collectHeadingsAndLinks(input.tree, input.lines);
  // HTML character references are decoded here, once, for every field (entities.ts).
  const frontmatter = decodedFrontmatter(input.frontmatter ?? {});
  // Split as far as front matter lookups read.
  const source = new SourceLines(input.sourceText, input.keyLines);
  const text: TextLine[] = [];
  for (const line of input.lines) {
    // Many body lines are blank: those have no reading form.
    if (line.text === '') continue;
    const decoded = decodeEntities(line.text);
    const plain = plainLine(decoded);
    if (plain) text.push({ text: decoded, plain, line: line.line });
  }
  const ctx: ExtractContext = {
    path: input.path,
    frontmatter,
    source,
    lines: input.lines,
    tree: input.tree,
    headings,
    links,
    text,
    frontmatterStrings: flattenFrontmatter({ frontmatter, source }),
    page: input.page ?? pageMeta(input.sourceText),
    frontmatterTopKeys: topKeysOf(frontmatter),
    keywords: keywords(),
    hints: {},
    today: input.today ?? new Date().toISOString().slice(0, 10),
    fields: emptyFields(),
    evidence: {},
    warnings: [],
  };
  for (const error of ctx.page.jsonLdErrors ?? []) warn(ctx, 'jsonld-malformed', { reason: error.reason }, error.line);
  return ctx;
}
