/**
 * Structured data as candidates for the fields the text families read. A
 * page's one JSON-LD or microdata JobPosting (page-meta.ts) states pay,
 * employment type, remote work, places, where to apply, experience, the
 * organisation's id for the job and the language. Each property becomes a
 * candidate with source `structured` and rule `jsonld:<property>` or
 * `microdata:<property>`, beside the text's own reading (the family's
 * evidence) as a candidate of that confidence:
 * - a field the text does not state takes the structured value;
 * - lists (salary, locations, apply) keep the text's reading when it has
 *   one: the text is more specific (its own words, a second figure, a
 *   ceiling); pay that agrees with no figure of the text is a warning;
 * - single values (employment type, remote, experience) are chosen by
 *   confidence: a labelled line of the text beats the structured data, a
 *   phrase in the body does not;
 * - inLanguage overrides the detected language (not a front-matter one);
 * - where the two disagree, one `structured-data-conflict` warning names both.
 * Title, company, datePosted and validThrough are candidates in their own
 * families (title.ts, company.ts, dates.ts, closing.ts).
 */
import type { EmploymentType, Location, Salary } from '../schema/posting.js';
import { choose, evidenceOf, type Candidate } from './candidates.js';
import { frontmatterLine, frontmatterValue, warn, type ExtractContext } from './context.js';
import { structuredPostings } from './page-meta.js';
import { sameWords } from './structured-conflict.js';
import { ID_KEYS } from './structured-tables.js';
import {
  readApply, readCompanyUrl, readEmploymentTypes, readExperience, readIdentifier, readLanguage, readLocations, readRegions, readSalary, readTelecommute, textOf,
} from './structured-read.js';

/** How much a structured statement counts against the text's own reading. */
const STRUCTURED_CONFIDENCE = 0.85;

/** Every field structured data states, merged with what the text families read (runs after them). */
export function extractStructured(ctx: ExtractContext): void {
  identifier(ctx);
  for (const posting of structuredPostings(ctx.page)) {
    const at = (property: string): number => posting.lines?.[property] ?? posting.line;
    const candidate = <T>(property: string, value: T, text: string): Candidate<T> => ({
      value, source: 'structured', rule: `${posting.prefix}:${property}`, line: at(property), text, confidence: STRUCTURED_CONFIDENCE,
    });
    const data = posting.data;
    const salary = readSalary(data.baseSalary);
    if (salary) mergeSalary(ctx, candidate('baseSalary', salary, salary.text));
    const types = readEmploymentTypes(data.employmentType);
    if (types.length) chooseSingle(ctx, 'employmentType', candidate('employmentType', types, String(textOf([data.employmentType].flat().join(', ')))), sameSet);
    if (readTelecommute(data.jobLocationType)) remote(ctx, candidate('jobLocationType', 'remote' as const, 'TELECOMMUTE'), readRegions(data.applicantLocationRequirements), at('applicantLocationRequirements'));
    const locations = readLocations(data.jobLocation);
    if (locations.length) mergeLocations(ctx, candidate('jobLocation', locations, locations.map((l) => l.text).join('; ')));
    const apply = readApply(data);
    if (apply.emails.length || apply.urls.length) mergeApply(ctx, candidate(data.applicationContact ? 'applicationContact' : 'url', apply, [...apply.emails, ...apply.urls].join(' ')));
    const experience = readExperience(data.experienceRequirements);
    if (experience) chooseSingle(ctx, 'experienceYears', candidate('experienceRequirements', experience, yearsText(experience)), (a, b) => a?.min === b?.min);
    const language = readLanguage(data.inLanguage);
    if (language) overrideLanguage(ctx, candidate('inLanguage', language, language));
    companyUrl(ctx, data.hiringOrganization);
  }
}

/** The text's reading of a field as a candidate: its value with its evidence. */
function textCandidate<T>(ctx: ExtractContext, field: string, value: T): Candidate<T> | undefined {
  const evidence = ctx.evidence[field];
  const source = /^(?:frontmatter|data)\./.test(evidence?.rule ?? '') ? 'frontmatter' : 'body';
  return evidence ? { value, source, rule: evidence.rule, line: evidence.line, text: evidence.text, confidence: evidence.confidence } : undefined;
}

/** A value as a reader would write it: places by their text, experience in years. */
function show(value: unknown): string {
  if (Array.isArray(value)) return value.map(show).join('; ');
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  if (value && typeof value === 'object' && 'min' in value) return yearsText(value as { min: number; max?: number });
  return String(value);
}
const yearsText = ({ min, max }: { min: number; max?: number }): string => `${min}${max !== undefined ? `-${max}` : ''} years`;

function conflict(ctx: ExtractContext, field: string, structured: Candidate<unknown>, text: Candidate<unknown>): void {
  const stated = (c: Candidate<unknown>, value: string): string => `"${value}" (${c.rule}, line ${c.line})`;
  warn(ctx, 'structured-data-conflict', { field, structured: stated(structured, structured.text), text: stated(text, show(text.value)) }, text.line || undefined);
}

/** Set a field from its winning candidate, with the winner as evidence. */
function take<T>(ctx: ExtractContext, field: string, winner: Candidate<T>, set: (value: T) => void): void {
  set(winner.value);
  ctx.evidence[field] = evidenceOf(winner);
}

/** A single-valued field: the structured value against the text's by confidence; disagreement is a warning. */
function chooseSingle<K extends 'employmentType' | 'experienceYears'>(ctx: ExtractContext, field: K, structured: Candidate<NonNullable<ExtractContext['fields'][K]>>, same: (a: ExtractContext['fields'][K], b: ExtractContext['fields'][K]) => boolean): void {
  type Value = NonNullable<ExtractContext['fields'][K]>;
  const current = ctx.fields[field] as ExtractContext['fields'][K];
  const stated = current !== null && !(Array.isArray(current) && !current.length) ? textCandidate(ctx, field, current as Value) : undefined;
  const set = (value: Value): void => { ctx.fields[field] = value; };
  if (!stated) return take(ctx, field, structured, set);
  if (same(stated.value, structured.value)) return;
  const best = choose([stated, structured], same)!.best;
  if (best.rule === structured.rule) take(ctx, field, best, set);
  conflict(ctx, field, structured, stated);
}

const sameSet = (a: EmploymentType[] | null, b: EmploymentType[] | null): boolean => !!a && !!b && a.length === b.length && a.every((type) => b.includes(type));

/** Pay: the text's figures stay (more specific); a structured figure is taken when the text has none, and is a warning when no figure agrees. */
function mergeSalary(ctx: ExtractContext, structured: Candidate<Salary>): void {
  const salaries = ctx.fields.salary;
  if (!salaries.length) return take(ctx, 'salary', structured, (value) => { ctx.fields.salary = [value]; });
  const s = structured.value;
  const agrees = salaries.some((t) => (t.currency === null || s.currency === null || t.currency === s.currency) && (t.min ?? t.max) === (s.min ?? s.max) && (t.max ?? t.min) === (s.max ?? s.min));
  const stated = textCandidate(ctx, 'salary', salaries[0]!.text);
  if (!agrees && stated) conflict(ctx, 'salary', structured, stated);
}

/** Remote work: TELECOMMUTE against the text's policy; the allowed regions come along when the text names none. */
function remote(ctx: ExtractContext, structured: Candidate<'remote'>, regions: string[], regionsLine: number): void {
  const policy = ctx.fields.remote.policy;
  const stated = policy ? textCandidate<string>(ctx, 'remote', policy) : undefined;
  if (stated && policy !== 'remote') {
    const best = choose<string>([stated, structured])!.best;
    conflict(ctx, 'remote', structured, stated);
    if (best.rule !== structured.rule) return;
  }
  if (policy !== 'remote') take(ctx, 'remote', structured, (value) => { ctx.fields.remote.policy = value; });
  if (regions.length && !ctx.fields.remote.regions.length) {
    ctx.fields.remote.regions = regions;
    ctx.evidence.remoteRegions = evidenceOf({ ...structured, rule: `${structured.rule.split(':')[0]}:applicantLocationRequirements`, line: regionsLine, text: regions.join(', ') });
  }
}

/** Places: the text's stay when it names any; a structured place that shares no city or country with them is a warning. */
function mergeLocations(ctx: ExtractContext, structured: Candidate<Location[]>): void {
  const text = ctx.fields.locations;
  if (!text.length) return take(ctx, 'locations', structured, (value) => { ctx.fields.locations = value; });
  const shared = structured.value.some((s) => text.some((t) => (s.city && t.city && sameWords(s.city, t.city)) || (s.country && s.country === t.country)));
  const stated = textCandidate(ctx, 'locations', text);
  if (!shared && stated) conflict(ctx, 'locations', structured, stated);
}

/** Where to apply: each kind (emails, urls) the text does not give comes from the structured data. */
function mergeApply(ctx: ExtractContext, structured: Candidate<{ emails: string[]; urls: string[] }>): void {
  const apply = ctx.fields.apply;
  const before = apply.emails.length + apply.urls.length;
  if (!apply.emails.length) apply.emails = structured.value.emails;
  if (!apply.urls.length) apply.urls = structured.value.urls;
  if (!before) ctx.evidence.apply = evidenceOf(structured);
}

/** inLanguage: the page's own statement of its language, over detection (a front-matter language stays). */
function overrideLanguage(ctx: ExtractContext, structured: Candidate<string>): void {
  const stated = textCandidate(ctx, 'language', ctx.fields.language);
  const primary = (code: string): string => code.split('-')[0]!;
  const disagree = stated && ctx.fields.language !== 'und' && primary(ctx.fields.language) !== primary(structured.value);
  if (stated?.rule.startsWith('frontmatter.')) {
    if (disagree) conflict(ctx, 'language', structured, stated);
    return;
  }
  if (disagree && stated.confidence >= 0.9) conflict(ctx, 'language', structured, stated);
  take(ctx, 'language', { ...structured, confidence: 0.95 }, (value) => { ctx.fields.language = value; });
}

/** The hiring organisation's web address, when the chosen company is the one the structured data names. */
function companyUrl(ctx: ExtractContext, organization: unknown): void {
  const company = ctx.fields.company;
  const name = textOf((organization as { name?: unknown } | null)?.name ?? organization);
  const url = readCompanyUrl(organization);
  if (company && !company.url && url && name && sameWords(name, company.name)) ctx.fields.company = { ...company, url };
}

/** The organisation's own id for the job: a front-matter key (job_id, requisition_id, ...) or the structured identifier. */
function identifier(ctx: ExtractContext): void {
  const candidates: Array<Candidate<{ name?: string; value: string }>> = [];
  const fm = frontmatterValue(ctx, ID_KEYS);
  // A data item's identifier may be a PropertyValue object, as in JSON-LD.
  const fmId = fm ? readIdentifier(fm.value) : undefined;
  if (fm && fmId) candidates.push({ value: fmId, source: 'frontmatter', rule: `frontmatter.${fm.key}`, line: frontmatterLine(ctx, fm.key), text: [fmId.name, fmId.value].filter(Boolean).join(': '), confidence: 0.95 });
  for (const posting of structuredPostings(ctx.page)) {
    const id = readIdentifier(posting.data.identifier);
    if (id) candidates.push({ value: id, source: 'structured', rule: `${posting.prefix}:identifier`, line: posting.lines?.identifier ?? posting.line, text: [id.name, id.value].filter(Boolean).join(': '), confidence: 0.9 });
  }
  const best = choose(candidates, (a, b) => a.value === b.value)?.best;
  if (!best) return;
  // A name of the id system from the structured data holds even when the front matter's id wins.
  const name = best.value.name ?? candidates.find((c) => c.value.value === best.value.value && c.value.name)?.value.name;
  ctx.fields.identifier = { ...(name ? { name } : {}), value: best.value.value };
  ctx.evidence.identifier = evidenceOf(best);
}
