/**
 * extract: every field family in order. Later extractors may read what
 * earlier ones found (apply reads the company's domain, for instance).
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import type { Evidence, Posting } from '../schema/posting.js';
import { emptyFields, flattenFrontmatter, plainLine, SourceLines, topKeysOf, warn, type ExtractContext, type Fields, type TextLine } from './context.js';
import { collectHeadingsAndLinks } from './tree.js';
import { pageMeta } from './page-meta.js';
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
import { extractLanguage } from './language.js';
import { extractSections } from './sections.js';

export type Extractor = (ctx: ExtractContext) => void;

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
];

export interface ExtractInput {
  path: string;
  frontmatter: Record<string, unknown>;
  sourceText: string;
  lines: BodyLine[];
  tree: Root;
  /** The day a closing date is compared with (YYYY-MM-DD); default: the current UTC day. */
  today?: string;
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
  // Split as far as front matter lookups read.
  const source = new SourceLines(input.sourceText);
  const text: TextLine[] = [];
  for (const line of input.lines) {
    // Many body lines are blank: those have no reading form.
    if (line.text === '') continue;
    const plain = plainLine(line.text);
    if (plain) text.push({ text: line.text, plain, line: line.line });
  }
  const ctx: ExtractContext = {
    path: input.path,
    frontmatter: input.frontmatter,
    source,
    lines: input.lines,
    tree: input.tree,
    headings,
    links,
    text,
    frontmatterStrings: flattenFrontmatter({ frontmatter: input.frontmatter, source }),
    page: pageMeta(input.sourceText),
    frontmatterTopKeys: topKeysOf(input.frontmatter ?? {}),
    hints: {},
    today: input.today ?? new Date().toISOString().slice(0, 10),
    fields: emptyFields(),
    evidence: {},
    warnings: [],
  };
  for (const error of ctx.page.jsonLdErrors ?? []) warn(ctx, 'jsonld-malformed', { reason: error.reason }, error.line);
  for (const extractor of extractors) extractor(ctx);
  return { fields: ctx.fields, evidence: ctx.evidence, warnings: ctx.warnings, kind: postingKind(ctx.fields, ctx) };
}
