/**
 * Seniority from the title's words (tables/words.ts, several languages), or
 * from a front matter level ("level: Senior", "junior: true").
 */
import { cite, frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { seniorityWords } from './tables/words.js';
import { filterForm, mayContain } from './text.js';

/** Set seniority from a front matter level or the title's words. */
export function extractSeniority(ctx: ExtractContext): void {
  const level = frontmatterValue(ctx, ['seniority', 'level', 'experience_level', 'experienceLevel', 'job_level', 'career_level']);
  if (level && typeof level.value === 'string') {
    const found = seniorityOf(level.value);
    if (found) {
      ctx.fields.seniority = found;
      cite(ctx, 'seniority', frontmatterLine(ctx, level.key), `frontmatter.${level.key}`, level.value, 0.9);
      return;
    }
  }
  const junior = frontmatterValue(ctx, ['junior']);
  if (junior && (junior.value === true || junior.value === 'true')) {
    ctx.fields.seniority = 'junior';
    cite(ctx, 'seniority', frontmatterLine(ctx, 'junior'), 'frontmatter.junior', 'junior: true', 0.9);
    return;
  }
  const title = ctx.fields.title;
  const found = title ? seniorityOf(title) : null;
  if (title && found) {
    ctx.fields.seniority = found;
    cite(ctx, 'seniority', ctx.evidence.title?.line ?? 0, 'title.words', title, 0.8);
  }
}

/** The seniority a title's words state, or null. */
export function seniorityOf(title: string): (typeof seniorityWords)[number][1] | null {
  // Most titles have none of a pattern's keywords: those patterns (slow, case-insensitive Unicode) are not run.
  const form = filterForm(title);
  for (const [pattern, seniority, keywords] of seniorityWords) if (mayContain(form, keywords) && pattern.test(title)) return seniority;
  return null;
}
