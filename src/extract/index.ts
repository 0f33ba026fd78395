/**
 * extract: every field family in order. Later extractors may read what
 * earlier ones found (apply reads the company's domain, for instance).
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import type { Evidence, Posting } from '../schema/posting.js';
import { emptyFields, type ExtractContext, type Fields } from './context.js';
import { collectHeadingsAndLinks } from './tree.js';
import { extractTitle } from './title.js';

export type Extractor = (ctx: ExtractContext) => void;

/** The extractors, in the order they run. */
export const extractors: Extractor[] = [extractTitle];

export interface ExtractInput {
  path: string;
  frontmatter: Record<string, unknown>;
  sourceText: string;
  lines: BodyLine[];
  tree: Root;
}

export interface ExtractResult {
  fields: Fields;
  evidence: Record<string, Evidence>;
  warnings: Posting['warnings'];
}

export function extractFields(input: ExtractInput): ExtractResult {
  const { headings, links } = collectHeadingsAndLinks(input.tree, input.lines);
  const ctx: ExtractContext = {
    path: input.path,
    frontmatter: input.frontmatter,
    sourceLines: input.sourceText.split(/\r?\n|\r/),
    lines: input.lines,
    tree: input.tree,
    headings,
    links,
    fields: emptyFields(),
    evidence: {},
    warnings: [],
  };
  for (const extractor of extractors) extractor(ctx);
  return { fields: ctx.fields, evidence: ctx.evidence, warnings: ctx.warnings };
}
