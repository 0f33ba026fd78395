/**
 * Words that name a page rather than a job: a careers page's heading ("Careers", "Join us", "採用情報"), a site's page
 * label ("Untitled", "en (English) … page content") and a breadcrumb's trail of such names before the title
 * ("Careers > Jobs > Backend Engineer"). Title cleaning and extraction refuse them as titles.
 */
import { genericHeadings, invitationHeadings, otherJobsHeadings, titleLabels } from './tables/titles.js';
import { lazily } from './text.js';

/** Emoji and flags, with the joiners between their parts: decoration, never words. */
export const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]/gu;

// A site's page label, not a job title: "en (English) ed-job-description page content", "Untitled".
const PAGE_LABELS: RegExp[] = [
  /\bpage\s(?:content|title|template|body)\b/iu,
  /^[a-z]{2}(?:[-_][A-Za-z]{2})?\s\((?:English|Deutsch|Français|Español|Português|Nederlands|Italiano|Polski|Slovenčina|日本語)\)\s/u,
  /^(?:untitled|index|home|page|content|default)$/iu,
];

/** A heading compared without case, emoji and punctuation (and the marks CJK pages set before a label: "▶모집분야", "■募集職種"); Korean without the spaces its compounds take or drop ("채용정보", "채용 정보"). */
export const normalizeHeading = (text: string): string => text.toLowerCase().replace(EMOJI, '').replace(/[!.:?¡¿,;|*#"'“”«»()！：。▶►▷■□●○◆◇]+/gu, ' ').replace(/\s+/g, ' ').trim()
  .replace(HANGUL_SPACE, '');
const HANGUL_SPACE = /(?<=\p{Script=Hangul})\s+(?=\p{Script=Hangul})/gu;
const INVITATIONS = new Set(Object.values(invitationHeadings).flat().map(normalizeHeading));
const GENERIC = new Set([...Object.values(genericHeadings).flat().map(normalizeHeading), ...INVITATIONS]);

/** "Liity tiimiimme", "Dołącz do nas": a heading that invites the reader to join; never a title, and no sign of a careers page. */
export const isInvitationHeading = (text: string): boolean => INVITATIONS.has(normalizeHeading(text));

/** "Careers", "Join us", "Nous recrutons !", "採用情報", and invitations to join: a careers page's heading, never a job title. */
export function isGenericHeading(text: string): boolean {
  return GENERIC.has(normalizeHeading(text));
}

/** Does a front matter title name the page rather than the job? */
export function isPageLabel(text: string): boolean {
  const trimmed = text.trim();
  return PAGE_LABELS.some((pattern) => pattern.test(trimmed));
}

// "채용 > Software Engineer", "Careers › Backend Engineer": a breadcrumb's trail of page names before the title.
const BREADCRUMB = /\s+[>›»]\s+/u;

/** "Careers > Jobs > Backend Engineer": the last step, when every step before it is a careers page's name. */
export function breadcrumbLast(title: string): string {
  const steps = title.split(BREADCRUMB).map((step) => step.trim());
  return steps.length >= 2 && steps.slice(0, -1).every((step) => isGenericHeading(step)) && steps[steps.length - 1] ? steps[steps.length - 1]! : title;
}

const OTHER_JOBS_PHRASES = Object.values(otherJobsHeadings).flat().map(normalizeHeading);
const OTHER_JOBS = new Set(OTHER_JOBS_PHRASES);

/** "Other jobs", "Weitere Stellen", "相关职位": what follows lists other postings (tables/titles.ts). */
export function isOtherJobsHeading(text: string): boolean {
  return OTHER_JOBS.has(normalizeHeading(text));
}

/** A heading that opens a list of other postings, its phrase alone or leading ("Other jobs you may like", "Weitere Jobs"). */
export function opensOtherJobs(text: string): boolean {
  const heading = normalizeHeading(text);
  return OTHER_JOBS_PHRASES.some((phrase) => heading === phrase || heading.startsWith(`${phrase} `));
}

/** The label a posting puts over its post, in every language ("Position", "Stelle", "Puesto", "채용분야"), compared as headings are. */
const POST_LABELS = lazily(() => new Set(Object.values(titleLabels).flat().map(normalizeHeading)));
export const isPostLabel = (text: string): boolean => POST_LABELS().has(normalizeHeading(text));
