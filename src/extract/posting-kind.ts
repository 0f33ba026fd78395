/**
 * Is this a posting? A small explained score over what extraction found.
 * For a posting: a title with a job word (+2, +1 without one), sections of a
 * role (responsibilities, requirements: +1 each, up to 3), and what a job
 * offers (pay, a contract type, a way to apply, years asked: +1 each, up to 3).
 * Against: a "no open positions" phrase (-4), template or example marks (-4
 * each, two at most; fill-in template tags "{{COMPANY_NAME}}" are read from the source), a page titled as a hiring process (-4), hiring-process
 * headings (-2 each) and interview steps in the text ("phone screen",
 * "whiteboard": -1 each, three at most), guidance for whoever posts a job
 * ("How to write a great job post", "toda oferta debe incluir": -4 each, two
 * at most), résumé headings (-2 each, from two
 * on), a résumé's entries each over a period beside one such heading (-4, split/periods.ts), a hiring service's page (a service named and its client companies
 * addressed, one count per concept whatever its form: -2 per concept; never
 * with a role's sections or a job title, unless that title names the service), and a careers page that names no role (-3): the page is named as a
 * careers page ("Karriere", "採用情報"), its first heading names jobs in the
 * plural ("SHK-Jobs an den Instituten") or it invites people to write in
 * ("常に募集しています", "altid på udkig efter"), and it has no job title,
 * no section of a role, at most one job term, a score of at most 1 after
 * the other signs against, and not two short lines that read as job titles
 * (the roles of a careers page in a shape split does not know are postings),
 * and no line that says whom it hires ("We are looking for an Art Director":
 * that names the role, +2, whatever title extraction chose).
 * A title that is the careers or process heading itself counts nothing for.
 * For one posting of several (`part`), the page's title, invitation and
 * interview steps are the page's, not its: a careers sign counts only
 * against a part that states nothing (-1). A README whose roles link to
 * Markdown files beside it is their index, no posting (-4).
 * A page with a sign against and a score of 0 or less is no posting, for the
 * strongest sign against; without a sign against, a page is never refused.
 * The vocabulary is in tables/not-posting.ts and tables/titles.ts; the signs of
 * a careers page are read in not-posting-careers.ts, those of a template in
 * not-posting-template.ts.
 */
import type { Fields, ExtractContext } from './context.js';
import { looksLikeJobTitle } from './title-clean.js';
import { isGenericHeading } from './title.js';
import { isInvitationHeading } from './title-page-names.js';
import { joinedIncludes, lazily } from './text.js';
import { phraseSet } from './match/phrase-set.js';
import { noVacancyPhrases, postingGuidelines, processHeadings, processPhrases, resumeHeadings, SAMPLE_ENTRY_LINE_WORDS, sampleEntryNames, fillerTextMarks, FILLER_LINES, clientAddressPhrases, hiringServicePhrases, hiringServiceTitleWords, jobSeekerTitles, openApplicationNames, standingInvitations, templateInstructions, templateMarks } from './tables/not-posting.js';
import { wholeWordsOrCjkAnywhere } from './match/bounded.js';
import { namesResumeSection, periodEntries } from '../split/periods.js';
import { hiredRole, isPostingFileLink, listsRoles, tabledRole, namesJobs, namesJobsAround, soleOtherHeading } from './not-posting-careers.js';
import { fillInTags, isIssueTemplate, templateSigns } from './not-posting-template.js';
import { noVacancySentence } from './not-posting-vacancy.js';

export { isPostingFileLink, namesJobs } from './not-posting-careers.js';

export type NotPostingReason = 'careers-index' | 'no-vacancy' | 'process-document' | 'template' | 'resume' | 'service-page';
export interface PostingKind { posting: boolean; score: number; reason?: NotPostingReason; why: string }

const ROLE_SECTIONS = new Set(['responsibilities', 'requirements', 'niceToHave', 'role']);
const NO_VACANCY = Object.values(noVacancyPhrases).flat();
const PROCESS = Object.values(processHeadings).flat();
const RESUME = Object.entries(resumeHeadings).filter(([language]) => !language.endsWith('-plain')).flatMap(([, words]) => words);
/** "Experience", "Skills": a posting's headings too, so they count only on a page whose title names no job. */
const RESUME_PLAIN = Object.entries(resumeHeadings).filter(([language]) => language.endsWith('-plain')).flatMap(([, words]) => words);
const STEPS = Object.values(processPhrases).flat();
const GUIDELINES = Object.values(postingGuidelines).flat();
const STANDING = Object.values(standingInvitations).flat();
const INSTRUCTIONS = Object.values(templateInstructions).flat();
/** Concepts, each in its forms: a hiring service named, its client companies addressed (tables/not-posting.ts). */
const SERVICE_CONCEPTS = Object.values(hiringServicePhrases).flat();
const CLIENT_CONCEPTS = Object.values(clientAddressPhrases).flat();
const SERVICE = [...SERVICE_CONCEPTS, ...CLIENT_CONCEPTS].flat();
const SERVICE_TITLE_WORDS = Object.values(hiringServiceTitleWords).flat();
/** Every phrase looked for in the lines, found in one pass over them (match/phrase-set.ts). */
const LINE_PHRASES = lazily(() => phraseSet([...NO_VACANCY, ...templateMarks, ...fillerTextMarks, ...INSTRUCTIONS, ...STEPS, ...GUIDELINES, ...STANDING, ...SERVICE]));
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const isProcessHeading = (text: string) => PROCESS.some((phrase) => text.toLowerCase().includes(phrase));
/** A page named for its process ("Process d'embauche", "Hiring process at Acme"), not a role that holds a process word ("Agent d'entretien"). */
const namesProcess = (text: string) => PROCESS.some((phrase) => {
  const name = text.toLowerCase().trim();
  // A CJK name puts the team first: "NiX招聘制度".
  return name.startsWith(phrase) || (CJK.test(phrase) && name.endsWith(phrase));
});
const OPEN_APPLICATION = new Set(Object.values(openApplicationNames).flat());
/** A page named for an application that names no role ("Open application", "Initiativbewerbung!"), read whole. */
const namesOpenApplication = (text: string) => OPEN_APPLICATION.has(text.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/\s+/g, ' '));
/** Latin phrases whole ("zoekt werk", not in "zoekt werkplaatsmedewerker"), CJK ones anywhere. */
const JOB_SEEKER = wholeWordsOrCjkAnywhere(Object.values(jobSeekerTitles).flat());
/** A page named for people who look for work ("Człowiek szuka pracy", "Who wants to be hired?"). */
const namesJobSeekers = (text: string) => JOB_SEEKER.test(text);

/** A list item's line ("- Lorem ipsum", "1. …"). */
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s/u;

/** The kind of a page, from its extracted fields and what it says. */
export function postingKind(fields: Fields, ctx: Pick<ExtractContext, 'text' | 'headings' | 'frontmatterStrings' | 'page'> & Partial<Pick<ExtractContext, 'links' | 'frontmatterTopKeys'>>, part = false, sourceText = ''): PostingKind {
  const signs: string[] = [];
  let score = 0;
  // The page's own name: its front-matter title, first heading or <title>.
  const frontmatterTitles = ctx.frontmatterStrings.filter((f) => /^(?:title|titre)$/i.test(f.key)).map((f) => f.text);
  // A page without a title or heading is named by its first line, as a text file is.
  const untitled = !ctx.headings.length && !frontmatterTitles.length && ctx.page.title === undefined;
  const firstLine = untitled ? ctx.text.find((line) => line.plain.trim())?.plain.trim() : undefined;
  const pageHeadings = [...ctx.frontmatterStrings.filter((f) => /^(?:title|titre)$/i.test(f.key)).map((f) => f.text), ctx.headings[0]?.text, ctx.page.title?.text,
    firstLine !== undefined && firstLine.length <= 80 ? firstLine : undefined]
    .filter((text): text is string => text !== undefined);
  // An invitation to join ("Liity tiimiimme") heads single postings too: no careers heading here.
  const careersHeading = pageHeadings.find((text) => (isGenericHeading(text) && !isInvitationHeading(text)) || namesOpenApplication(text));
  const processTitle = pageHeadings.find(namesProcess);
  const jobsHeading = pageHeadings.find(namesJobs);
  if (fields.title !== null && !part && (isGenericHeading(fields.title) || namesProcess(fields.title) || namesOpenApplication(fields.title))) signs.push(`title "${fields.title}" names the page, not a job (+0)`);
  else if (fields.title !== null) {
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
  // The role the page says it hires for, read once and only when a rule below asks.
  let hiredOnce: { role: string | undefined } | undefined;
  const hiredInPage = () => (hiredOnce ??= { role: hiredRole([...ctx.text, ...ctx.frontmatterStrings.map((f) => ({ plain: f.text }))]) }).role;
  const lines = [...ctx.text.map((l) => l.plain), ...ctx.frontmatterStrings.map((f) => f.text)].map((t) => t.toLowerCase());
  // One pass over the joined lines for every phrase (match/phrase-set.ts), not one search per phrase; a phrase
  // without a line break is in the joined text only within a line (text.ts joinedIncludes, the plain reading).
  const joined = lines.join('\n');
  const found = LINE_PHRASES().foundIn(joined);
  const inLines = (phrase: string) => (phrase === '' || phrase.includes('\n') ? joinedIncludes(joined, lines, phrase) : found.has(phrase));
  // The table's phrases first, then the same statement in the language's own order of words (not-posting-vacancy.ts), this only on a
  // page that names no role: a posting's "aucun poste de travail fixe" or "no tenemos puestos fijos" speaks of its desks.
  const namesNoRole = roleSections === 0 && !signs.includes('a job title (+2)');
  // …nor one that says whom it hires ("keine weiteren Stellen …, wir suchen aber eine Bürokraft").
  const sentence = () => { const found = noVacancySentence(lines); return found !== undefined && hiredInPage() === undefined ? found : undefined; };
  const noVacancy = NO_VACANCY.find((phrase) => inLines(phrase)) ?? (namesNoRole ? sentence() : undefined);
  if (noVacancy) against.push(['no-vacancy', 4, `"${noVacancy}" (-4)`]);
  const sampleLines = lines.filter((line) => line.split(/\s+/).filter(Boolean).length <= SAMPLE_ENTRY_LINE_WORDS);
  const samples = sampleEntryNames.filter((name) => sampleLines.some((line) => line.includes(name)));
  // Filler text ("lorem ipsum") marks a template on a page otherwise empty of a job (no role section, no job term), and beside
  // them where the filler is the title or the company, or fills two list items or more: a layout's placeholders, each with its
  // terms ("Company: Lorem Ipsum Inc.", "Salary: $00,000"). A real posting's one unwritten description, or its site's form
  // beside it still in filler (two paragraphs), is none.
  const fillerEverywhere = (mark: string) => lines.filter((line) => LIST_ITEM.test(line) && line.includes(mark)).length >= FILLER_LINES
    || [fields.title, fields.company?.name].some((value) => value?.toLowerCase().includes(mark));
  const filler = fillerTextMarks.filter((mark) => inLines(mark) && ((roleSections === 0 && offers === 0) || fillerEverywhere(mark)));
  const templates = [...templateMarks.filter((mark) => inLines(mark)), ...filler, ...samples, ...INSTRUCTIONS.filter((phrase) => inLines(phrase)), ...templateSigns(ctx.text, frontmatterTitles, ctx.headings.map((h) => h.text)), ...fillInTags(sourceText)].slice(0, 2);
  if (templates.length) against.push(['template', 4 * templates.length, `template mark(s) ${templates.map((t) => `"${t}"`).join(', ')} (-${4 * templates.length})`]);
  // An issue template's front matter: the form itself, whatever a posting's sections it outlines (weighs as two marks).
  if (!part && isIssueTemplate(ctx.frontmatterTopKeys)) against.push(['template', 8, 'a GitHub issue template\'s front matter (name, about) (-8)']);
  if (processTitle && !part) against.push(['process-document', 4, `titled "${processTitle}" (-4)`]);
  const seekerTitle = part ? undefined : pageHeadings.find(namesJobSeekers);
  if (seekerTitle) against.push(['resume', 4, `titled "${seekerTitle}", people who look for work (-4)`]);
  const headings = ctx.headings.map((h) => h.text.toLowerCase());
  const processCount = headings.filter((h) => h !== processTitle?.toLowerCase() && isProcessHeading(h)).length;
  if (processCount) against.push(['process-document', 2 * processCount, `${processCount} hiring-process heading(s) (-${2 * processCount})`]);
  const steps = part ? [] : STEPS.filter((phrase) => inLines(phrase)).slice(0, 3);
  if (steps.length) against.push(['process-document', steps.length, `interview step(s) ${steps.map((s) => `"${s}"`).join(', ')} (-${steps.length})`]);
  // Rules or advice for whoever posts a job: a job board's or a community's guidelines.
  const guidance = part ? [] : GUIDELINES.filter((phrase) => inLines(phrase)).slice(0, 2);
  if (guidance.length) against.push(['process-document', 4 * guidance.length, `guidance for posting a job ${guidance.map((g) => `"${g}"`).join(', ')} (-${4 * guidance.length})`]);
  // A recruiting service's page speaks to the companies it serves and names its services (tables/not-posting.ts servicePagePhrases).
  // A concept counts once, in whichever form it is found; the page needs a service named and its clients addressed.
  // Never on a page with a role's sections, nor under a job title with a job's terms or one that names no hiring service.
  const firstForm = (concepts: string[][]) => concepts.map((forms) => forms.find((phrase) => inLines(phrase))).filter((form): form is string => form !== undefined);
  const jobTitle = fields.title !== null && signs.includes('a job title (+2)');
  const postingShaped = roleSections > 0 || (jobTitle && (offers > 0 || !SERVICE_TITLE_WORDS.some((word) => fields.title!.toLowerCase().includes(word))));
  const service = part || postingShaped ? [] : firstForm(SERVICE_CONCEPTS);
  const clients = service.length ? firstForm(CLIENT_CONCEPTS) : [];
  if (service.length && clients.length) {
    const words = [...service, ...clients].slice(0, 3);
    against.push(['service-page', 2 * words.length, `a hiring service's words ${words.map((s) => `"${s}"`).join(', ')} (-${2 * words.length})`]);
  }
  // A README whose roles link to Markdown files beside it ("[Backend Engineer](./jobs/backend.md)") is their index.
  const postingFiles = part ? [] : (ctx.links ?? []).filter((link) => isPostingFileLink(link.url) && looksLikeJobTitle(link.text));
  if (postingFiles.length >= 2) against.push(['careers-index', 4, `links to ${postingFiles.length} posting files beside it ("${postingFiles[0]!.url}", …) (-4)`]);
  const resumeWords = signs.includes('a job title (+2)') ? RESUME : [...RESUME, ...RESUME_PLAIN];
  const resumeCount = headings.filter((h) => resumeWords.some((p) => h === p || h.startsWith(`${p} `))).length;
  if (resumeCount >= 2) against.push(['resume', 2 * resumeCount, `${resumeCount} résumé heading(s) (-${2 * resumeCount})`]);
  // Entries each over a period ("Senior Engineer | Acme" / "Januar 2020 - Heute"), beside a résumé's section: a work history.
  const entries = part || !ctx.headings.some((h) => namesResumeSection(h.text)) ? [] : periodEntries(ctx.headings, ctx.text);
  if (entries.length >= 2) against.push(['resume', 4, `${entries.length} entries over a period ("${entries[0]}", …) beside a résumé's section (-4)`]);
  // The page calls itself a careers page ("Karriere", "採用情報", "Jobs at …"), or invites people to write in.
  // What names or describes the whole page is not one of its postings' (part).
  const standing = part ? undefined : STANDING.find((phrase) => inLines(phrase));
  // "[Check our current vacancies](/vacancies)": the page sends its reader to the jobs, elsewhere.
  // Also a short line that names the jobs around its one link ("Unsere aktuellen Ausschreibungen finden Sie unter [Aktuelles](/career/)").
  // Never under a page's one heading that names something else ("# Barista … [See all our jobs](/jobs)": a posting's
  // footer; a careers heading, also one that names the employer, "Working at Acme", is no such heading), nor through
  // an address to write to ("[jobs@muster.at](mailto:…)", "[Email us](mailto:…)").
  const jobsLink = part || soleOtherHeading(ctx.headings) ? undefined : (ctx.links ?? []).find((link) => !/^(?:#|mailto:)/i.test(link.url)
    && (namesJobs(link.text) || namesJobsAround(link, ctx)));
  const careersSign = careersHeading !== undefined ? `careers heading "${careersHeading}"` : jobsHeading !== undefined && !part ? `heading "${jobsHeading}" names jobs`
    : standing !== undefined ? `"${standing}"` : jobsLink !== undefined ? `link "${jobsLink.text}" to the jobs elsewhere` : undefined;
  // A page that names a role (a job title, a section of one, two terms of a job) is a posting; a part only goes when it states nothing.
  // A title and one term (an apply link) may be a careers page's roles in a shape split does not know: only with less left does it go.
  const namesRole = roleSections > 0 || offers >= 2 || signs.includes('a job title (+2)');
  const left = score - against.reduce((sum, [, weight]) => sum + weight, 0);
  // A careers page that says whom it hires ("We are looking for an Art Director") names that role, whatever title was chosen.
  // A page that sends its reader to the jobs elsewhere and names no job is their index, whatever one term it states ("We take on interns").
  const indexLike = careersSign && !part && !namesRole && (left <= 1 || jobsLink !== undefined);
  const hired = indexLike ? hiredInPage() : undefined;
  // A table whose column is labelled as the post ("채용분야 | 채용인원 | …", "Position | Location | …") names the page's roles in its rows.
  const tabled = indexLike && hired === undefined ? tabledRole(ctx.text) : undefined;
  if (hired !== undefined) {
    score += 2;
    signs.push(`hires "${hired}" (+2)`);
  } else if (tabled !== undefined) {
    score += 2;
    signs.push(`a table of roles under "${tabled.label}" ("${tabled.role}", …) (+2)`);
  } else if (indexLike && !listsRoles(ctx.text)) against.push(['careers-index', 3, `${careersSign} and no role named (-3)`]);
  else if (careersSign && part && score === 0) against.push(['careers-index', 1, `${careersSign} and nothing a job states (-1)`]);
  for (const [, weight, why] of against) {
    score -= weight;
    signs.push(why);
  }
  const why = signs.join(', ') || 'nothing a posting states';
  against.sort((a, b) => b[1] - a[1]);
  if (against.length && score <= 0) return { posting: false, score, reason: against[0]![0], why };
  return { posting: true, score, why };
}
