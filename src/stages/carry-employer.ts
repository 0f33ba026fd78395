/**
 * One employer's postings: a page or data file that names one employer
 * ("As a Visual Designer at Rebel & Bird", a front-matter description
 * "Acme is looking for developers" above a `careers:` list) gives that
 * employer to each of its postings that names none. A page whose postings
 * name two employers or more is a board: it carries none. A posting's own
 * company (its text, its data field, its table row's column) always wins.
 */
import type { PostingDoc, Segment } from '../document.js';
import { fieldReaders, type CarryReaders, type PageWordsReading } from './carry-readings.js';
import type { Fields } from '../extract/context.js';
import { pageSentenceKeys } from '../extract/tables/page-part.js';
import { applyHosts, jobBoardHosts } from '../extract/tables/apply.js';
import { secondLevelLabels } from '../extract/tables/domains.js';
import type { Evidence } from '../schema/posting.js';
import { parseLines } from './parse.js';
import { isGenericHeading, looksLikeJobTitle } from '../extract/title-clean.js';
import { namesJobs } from '../extract/posting-kind.js';

export interface Built { fields: Fields; evidence: Record<string, Evidence>; segment: Segment }
/** A company with where it was read. */
export interface Employer { company: NonNullable<Fields['company']>; evidence?: Evidence }

/** Split rules whose postings are each another company's (a thread's posts, a board's dated entries, a list of links to other sites). */
export const BOARD_RULES: ReadonlySet<string> = new Set(['header-lines', 'dated-entries', 'role-list']);
/**
 * A company that speaks for other postings than the one it was read in is read with some confidence
 * ("Acme is hiring", "As a designer at Acme": 0.7 or more); a weaker guess ("Our studio in Brooklyn") stays where it is.
 */
const MIN_CARRIED_CONFIDENCE = 0.7;
const sureEnough = (evidence: Evidence | undefined): boolean => (evidence?.confidence ?? 0) >= MIN_CARRIED_CONFIDENCE;
/** A sibling's company is read in another posting's lines: less sure than the posting's own. */
const SIBLING_CONFIDENCE = 0.8;

const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The one employer that a split file's postings and its page name, given to each posting without one:
 * the page's own company first (its text outside the postings), else the one company its postings name; returns the postings, each without one given a copy with it.
 */
export function carryEmployer<T extends Built>(built: readonly T[], pageCompany: Employer | undefined, rule: string | undefined): T[] {
  if (built.length < 2 || (rule && BOARD_RULES.has(rule))) return [...built];
  const named = built.filter((item) => item.fields.company !== null);
  if (named.length === built.length) return [...built];
  const names = new Set(named.map((item) => key(item.fields.company!.name)));
  if (pageCompany) names.add(key(pageCompany.company.name));
  // Two employers or more: a board, whose postings are each their own company's.
  if (names.size !== 1) return [...built];
  // A list item states its title and link only, and postings applied to at other domains are other employers': a
  // sibling's company may be another site's.
  const siblingsMayShare = !built.some((item) => item.segment.origin === 'list') && applyDomains(built).size <= 1;
  const source = pageCompany ? (sureEnough(pageCompany.evidence) ? pageCompany : undefined) : siblingsMayShare ? siblingCompany(named[0]!) : undefined;
  if (!source) return [...built];
  return built.map((item) => item.fields.company !== null ? item : {
    ...item,
    fields: { ...item.fields, company: structuredClone(source.company) },
    evidence: source.evidence ? { ...item.evidence, company: source.evidence } : item.evidence,
  });
}

/**
 * The employers' domains that the postings' apply emails and links go to: each host's registrable domain
 * ("careers.globex.example" and "jobs@globex.example" are one, globex.example; "acme.co.uk"), and none for a
 * hiring platform or job board (tables/apply.ts: "boards.greenhouse.io/globex" is any employer's).
 */
function applyDomains(built: readonly Built[]): Set<string> {
  const domains = new Set<string>();
  const add = (host: string) => {
    const domain = registrableDomain(host);
    if (domain && !PLATFORMS.some((platform) => domain === platform || `.${host}`.endsWith(`.${platform}`))) domains.add(domain);
  };
  for (const { fields } of built) {
    for (const email of fields.apply.emails) add(email.slice(email.lastIndexOf('@') + 1));
    for (const url of fields.apply.urls) if (URL.canParse(url)) add(new URL(url).hostname);
  }
  return domains;
}

const PLATFORMS = [...applyHosts, ...jobBoardHosts].map((host) => host.toLowerCase());
const SECOND_LEVEL = new Set(secondLevelLabels);

/** "careers.globex.example" -> "globex.example", "jobs.acme.co.uk" -> "acme.co.uk": the last two labels, three under a country's second level. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  const three = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!);
  return labels.slice(three ? -3 : -2).join('.');
}

/** A sibling's company as its text names it in a sentence ("As a Visual Designer at Rebel & Bird"); none from a heading or a field. */
function siblingCompany(item: Built): Employer | undefined {
  const at = item.evidence.company;
  if (!at?.rule.startsWith('body.') || !sureEnough(at)) return undefined;
  return { company: item.fields.company!, evidence: { ...at, rule: `sibling.${at.rule}`, confidence: Math.round(at.confidence * SIBLING_CONFIDENCE * 100) / 100 } };
}

/**
 * What a page says in its own words when its postings are a list in its front matter (a data split): its front
 * matter's sentences ("description: Acme is looking for developers") and its body, read as text (`read`: its one
 * place, carry-page-place.ts), and the company they name (`employer`).
 */
export function pageOwnWords(doc: PostingDoc, readers: CarryReaders = fieldReaders): { employer?: Employer; read?: PageWordsReading } {
  const text = doc.text ?? '';
  const sourceLines = text.split(/\r?\n|\r/);
  const lines: Array<{ text: string; line: number }> = [];
  for (const [name, value] of Object.entries(doc.frontmatter ?? {})) {
    if (typeof value !== 'string' || !pageSentenceKeys.includes(name.toLowerCase()) || !value.trim()) continue;
    const at = sourceLines.findIndex((line) => line.trimStart().toLowerCase().startsWith(`${name.toLowerCase()}:`));
    lines.push({ text: value.replace(/\s+/g, ' ').trim(), line: at + 1 || 1 }, { text: '', line: at + 1 || 1 });
  }
  lines.push(...(doc.body ?? []));
  const read = lines.some((line) => /\p{L}/u.test(line.text))
    ? readers.pageWords({ path: doc.path, frontmatter: {}, sourceText: '', lines, tree: parseLines(lines), page: {}, part: true }) : undefined;
  const company = read?.fields.company;
  const employer = company ? { company, ...(read!.evidence.company ? { evidence: read!.evidence.company } : {}) } : careersTitleCompany(doc.frontmatter?.title, sourceLines);
  return { ...(employer ? { employer } : {}), ...(read ? { read } : {}) };
}

/** "Careers | Acme", "Carreras -Ticmans", "Acme – Jobs": a page title's separator (a dash needs a space before it: "Front-End" is a word). */
const TITLE_SEPARATOR = /\s+[-|–—·•]\s*|\s*[|–—·•]\s+/u;
/** Words of an employer's name in a page title; more is a sentence or a role. */
const TITLE_NAME_WORDS = 4;
/** The page's title names its employer beside its careers word: a page fact, as sure as a sentence that names it. */
const TITLE_CAREERS_CONFIDENCE = 0.7;

/** The employer a data split's page title names beside its careers word ("title: Carreras -Ticmans" over a list of positions). */
function careersTitleCompany(title: unknown, sourceLines: string[]): Employer | undefined {
  if (typeof title !== 'string') return undefined;
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length !== 2) return undefined;
  const careers = (part: string) => isGenericHeading(part) || namesJobs(part);
  const name = careers(parts[0]!) ? parts[1]! : careers(parts[1]!) ? parts[0]! : undefined;
  if (name === undefined || careers(name) || looksLikeJobTitle(name) || /\d/.test(name) || name.split(/\s+/).length > TITLE_NAME_WORDS) return undefined;
  const at = sourceLines.findIndex((line) => /^\s*title\s*:/i.test(line));
  return { company: { name }, evidence: { line: at + 1 || 1, rule: 'frontmatter.title-careers', text: title, confidence: TITLE_CAREERS_CONFIDENCE } };
}
