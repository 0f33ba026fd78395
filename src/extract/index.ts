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

export function extractFields(input: ExtractInput): ExtractResult {
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
  for (const extractor of extractors) extractor(ctx);
  return { fields: ctx.fields, evidence: ctx.evidence, warnings: ctx.warnings, kind: postingKind(ctx.fields, ctx, input.part) };
}
