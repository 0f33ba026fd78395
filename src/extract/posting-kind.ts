/**
 * Is this a posting? A small explained score over what extraction found.
 * For a posting: a title with a job word (+2, +1 without one), sections of a
 * role (responsibilities, requirements: +1 each, up to 3), and what a job
 * offers (pay, a contract type, a way to apply, years asked: +1 each, up to 3).
 * Against: a "no open positions" phrase (-4), template or example marks (-4),
 * hiring-process headings (-2 each), résumé headings (-2 each, from two on),
 * a careers-page heading ("Karriere", "採用情報") on a page with nothing for (-1).
 * A page with a sign against and a score of 0 or less is no posting, for the
 * strongest sign against; without a sign against, a page is never refused.
 * The vocabulary is in tables/not-posting.ts and tables/titles.ts.
 */
import type { Fields, ExtractContext } from './context.js';
import { looksLikeJobTitle } from './title-clean.js';
import { isGenericHeading } from './title.js';
import { noVacancyPhrases, processHeadings, resumeHeadings, templateMarks } from './tables/not-posting.js';

export type NotPostingReason = 'careers-index' | 'no-vacancy' | 'process-document' | 'template' | 'resume';
export interface PostingKind { posting: boolean; score: number; reason?: NotPostingReason; why: string }

const ROLE_SECTIONS = new Set(['responsibilities', 'requirements', 'niceToHave', 'role']);
const NO_VACANCY = Object.values(noVacancyPhrases).flat();
const PROCESS = Object.values(processHeadings).flat();
const RESUME = Object.values(resumeHeadings).flat();

/** The kind of a page, from its extracted fields and what it says. */
export function postingKind(fields: Fields, ctx: Pick<ExtractContext, 'text' | 'headings' | 'frontmatterStrings' | 'page'>): PostingKind {
  const signs: string[] = [];
  let score = 0;
  if (fields.title !== null) {
    const jobLike = looksLikeJobTitle(fields.title);
    score += jobLike ? 2 : 1;
    signs.push(jobLike ? 'a job title (+2)' : 'a title (+1)');
  }
  const roleSections = Math.min(3, fields.sections.filter((s) => ROLE_SECTIONS.has(s.kind)).length);
  if (roleSections) signs.push(`${roleSections} role section(s) (+${roleSections})`);
  const offers = [fields.salary.length > 0, fields.employmentType.length > 0, fields.apply.emails.length + fields.apply.urls.length > 0, fields.experienceYears !== null]
    .filter(Boolean).length;
  if (offers) signs.push(`${offers} job term(s) (+${Math.min(3, offers)})`);
  score += roleSections + Math.min(3, offers);

  const against: Array<[NotPostingReason, number, string]> = [];
  const lines = [...ctx.text.map((l) => l.plain), ...ctx.frontmatterStrings.map((f) => f.text)].map((t) => t.toLowerCase());
  const noVacancy = NO_VACANCY.find((phrase) => lines.some((line) => line.includes(phrase)));
  if (noVacancy) against.push(['no-vacancy', 4, `"${noVacancy}" (-4)`]);
  const template = templateMarks.find((mark) => lines.some((line) => line.includes(mark)));
  if (template) against.push(['template', 4, `template mark "${template}" (-4)`]);
  // The page calls itself a careers page ("Karriere", "採用情報") and names no job.
  const pageHeading = [ctx.headings[0]?.text, ctx.page.title?.text, ...ctx.frontmatterStrings.filter((f) => /^(?:title|titre)$/i.test(f.key)).map((f) => f.text)]
    .find((text) => text !== undefined && isGenericHeading(text));
  if (pageHeading && score === 0) against.push(['careers-index', 1, `careers heading "${pageHeading}" and nothing a job states (-1)`]);
  const headings = ctx.headings.map((h) => h.text.toLowerCase());
  const processCount = headings.filter((h) => PROCESS.some((p) => h.includes(p))).length;
  if (processCount) against.push(['process-document', 2 * processCount, `${processCount} hiring-process heading(s) (-${2 * processCount})`]);
  const resumeCount = headings.filter((h) => RESUME.some((p) => h === p || h.startsWith(`${p} `))).length;
  if (resumeCount >= 2) against.push(['resume', 2 * resumeCount, `${resumeCount} résumé heading(s) (-${2 * resumeCount})`]);
  for (const [, weight, why] of against) {
    score -= weight;
    signs.push(why);
  }
  const why = signs.join(', ') || 'nothing a posting states';
  against.sort((a, b) => b[1] - a[1]);
  if (against.length && score <= 0) return { posting: false, score, reason: against[0]![0], why };
  return { posting: true, score, why };
}
