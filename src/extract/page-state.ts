/**
 * A JobPosting in a page's embedded state: the JSON a framework writes into
 * the page for its client (Next.js's `<script id="__NEXT_DATA__"
 * type="application/json">`, any `type="application/json"` script) often
 * holds the job as the site's API gives it, and sites that build their
 * JSON-LD from it keep it under schema.org's own keys. Only such an object
 * is read: one typed `"@type": "JobPosting"`, or one that holds `title` and
 * `hiringOrganization` (a key no other schema names so) as an organisation
 * with a name, and one more JobPosting property. A page whose state holds one
 * such object gives it as structured data (rules `state:<property>`), as a
 * JSON-LD script would; a list of several (a board's search results) says
 * which job none is. Jobs under a key naming other jobs (`similar`,
 * `relatedJobs`, `recommended`, `moreJobs`) are other pages' and not read.
 */
import type { JsonLdPosting } from './page-meta.js';

const JSON_SCRIPT = /<script\b[^>]*type\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const JOB_POSTING_TYPE = /(?:^|[/:])JobPosting$/;
/** JobPosting properties beside title and hiringOrganization, one of which makes an untyped object a posting (a description or no: an article has one too). */
const POSTING_PROPERTIES = ['datePosted', 'validThrough', 'jobLocation', 'employmentType', 'baseSalary', 'jobLocationType', 'applicantLocationRequirements'];
/** Keys under which a job page's state holds other pages' jobs (Next.js job boards' pageProps.similar, relatedJobs…). */
const OTHER_JOBS_KEY = /related|similar|recommend|suggest/i;
const OTHER_JOBS_PREFIX = /^(?:more|other)(?:[A-Z_-]|$)/;
/** How deep a framework nests the job (props.pageProps.data.job…) and how many values are looked at, at most. */
const MAX_DEPTH = 12;
const MAX_VALUES = 50_000;

/** The JobPosting-shaped objects of a page's JSON scripts, each with its script's line; [] for a page with none. */
export function pageStatePostings(html: string): JsonLdPosting[] {
  // Cheap test before any parsing: a JSON script, and a JobPosting's organisation or type named somewhere.
  if (!html.includes('application/json') || !/hiringOrganization|JobPosting/.test(html)) return [];
  const found: JsonLdPosting[] = [];
  for (const match of html.matchAll(JSON_SCRIPT)) {
    const body = match[1]!;
    if (!/hiringOrganization|JobPosting/.test(body)) continue;
    let data: unknown;
    try {
      data = JSON.parse(body.trim());
    } catch {
      // A framework's state that does not parse is no structured data of the posting's: nothing to warn of.
      continue;
    }
    const line = html.slice(0, match.index).split('\n').length;
    const budget = { left: MAX_VALUES };
    for (const item of postingsIn(data, 0, budget)) found.push({ data: item, line });
  }
  return found;
}

function postingsIn(value: unknown, depth: number, budget: { left: number }): Array<Record<string, unknown>> {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || --budget.left < 0) return [];
  if (Array.isArray(value)) return value.flatMap((item) => postingsIn(item, depth + 1, budget));
  const record = value as Record<string, unknown>;
  if (isPosting(record)) return [record];
  return Object.entries(record).flatMap(([key, item]) => (OTHER_JOBS_KEY.test(key) || OTHER_JOBS_PREFIX.test(key) ? [] : postingsIn(item, depth + 1, budget)));
}

function isPosting(record: Record<string, unknown>): boolean {
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && JOB_POSTING_TYPE.test(type))) return true;
  const organisation = record.hiringOrganization as { name?: unknown } | null | undefined;
  return typeof record.title === 'string' && typeof organisation === 'object' && organisation !== null && typeof organisation.name === 'string'
    && POSTING_PROPERTIES.some((key) => record[key] !== undefined && record[key] !== null);
}
