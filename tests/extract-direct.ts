/** Extraction through the library on a Markdown text, for the field families' case tables. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { extractFields } from '../src/extract/index.js';
import { normalizeText } from '../src/index.js';

export function extract(markdown: string, frontmatter: Record<string, unknown> = {}, sourceText = markdown) {
  const lines = markdown.split('\n').map((text, i) => ({ text, line: i + 1 }));
  const tree = unified().use(remarkParse).parse(markdown);
  return extractFields({ path: 'x.md', frontmatter, sourceText, lines, tree });
}
export const fieldsOf = (body: string, frontmatter: Record<string, unknown> = {}) => extract(`# Developer\n\n${body}\n`, frontmatter).fields;

/** How many records a careers page gives through normalizeText, and the not-a-posting reason when it gives none. */
export function postingKindOf(text: string): { records: number; reason: unknown } {
  const result = normalizeText(text, { path: 'careers.md' });
  return { records: result.records.length, reason: result.messages.find((m) => m.ruleId === 'not-a-posting')?.reason };
}
