/**
 * Title: front matter first, then the first H1/H2 (a heading that is a link
 * counts), with decoration such as "Seeking:" removed.
 */
import { cite, frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';

const TITLE_KEYS = ['title', 'position', 'job_title', 'jobTitle', 'role', 'name'];
const PREFIX = /^\s*(seeking|hiring|job|now hiring|we'?re hiring|open position|position|role|vacancy)\s*[:\-–—]\s*/i;

export function cleanTitle(raw: string): string {
  return raw.replace(PREFIX, '').replace(/\s+/g, ' ').trim();
}

export function extractTitle(ctx: ExtractContext): void {
  const fromFrontmatter = frontmatterValue(ctx, TITLE_KEYS);
  if (fromFrontmatter && typeof fromFrontmatter.value === 'string' && cleanTitle(fromFrontmatter.value)) {
    ctx.fields.title = cleanTitle(fromFrontmatter.value);
    cite(ctx, 'title', frontmatterLine(ctx, fromFrontmatter.key), `frontmatter.${fromFrontmatter.key}`, fromFrontmatter.value, 0.95);
    return;
  }
  const heading = ctx.headings.find((h) => h.depth <= 2 && cleanTitle(h.text));
  if (heading) {
    ctx.fields.title = cleanTitle(heading.text);
    cite(ctx, 'title', heading.line, `heading.h${heading.depth}`, heading.text, 0.8);
  }
}
