/** Extraction through the library on a Markdown text, for the field families' case tables. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { extractFields } from '../src/extract/index.js';

export function extract(markdown: string, frontmatter: Record<string, unknown> = {}, sourceText = markdown) {
  const lines = markdown.split('\n').map((text, i) => ({ text, line: i + 1 }));
  const tree = unified().use(remarkParse).parse(markdown);
  return extractFields({ path: 'x.md', frontmatter, sourceText, lines, tree });
}
export const fieldsOf = (body: string, frontmatter: Record<string, unknown> = {}) => extract(`# Developer\n\n${body}\n`, frontmatter).fields;
