/**
 * The record: the single source of truth for what postings emits.
 * schemas/posting.schema.json is generated from this with z.toJSONSchema.
 */
import * as z from 'zod';

export const employmentTypes = [
  'FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER',
] as const;
export const seniorities = [
  'intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager', 'director', 'executive',
] as const;
export const salaryPeriods = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export const sectionKinds = [
  'company', 'role', 'responsibilities', 'requirements', 'niceToHave', 'benefits', 'compensation', 'process', 'other',
] as const;
export const remotePolicies = ['remote', 'hybrid', 'onsite'] as const;
export const sourceFormats = [
  'yaml-frontmatter', 'toml-frontmatter', 'json-frontmatter', 'markdown', 'html', 'text', 'json', 'yaml', 'xml',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const EvidenceSchema = z.object({
  line: z.number().int().min(0).describe('source line (1-based; 0 when the value came from outside the text, e.g. the file name)'),
  rule: z.string().describe('the rule that found the value'),
  text: z.string().describe('the words it read'),
  confidence: z.number().min(0).max(1).describe('how sure the rule is, 0 to 1'),
});

export const LocationSchema = z.object({
  text: z.string(),
  city: z.string().optional(),
  region: z.string().optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166-1 alpha-2'),
});

export const SalarySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable().describe('ISO 4217'),
  period: z.enum(salaryPeriods).nullable(),
  text: z.string().describe('as written'),
});

export const SectionSchema = z.object({
  kind: z.enum(sectionKinds),
  heading: z.string(),
  text: z.string(),
  items: z.array(z.string()),
});

export const RepairSchema = z.object({
  kind: z.string(),
  detail: z.string(),
  count: z.number().int().nonnegative(),
});

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().min(1).optional(),
});

export const PostingSchema = z
  .object({
    id: z.string().min(1).describe('stable: derived from the source bytes'),
    title: z.string().min(1).nullable(),
    company: z.object({ name: z.string().min(1), url: z.string().optional() }).nullable(),
    locations: z.array(LocationSchema),
    remote: z.object({
      policy: z.enum(remotePolicies).nullable(),
      regions: z.array(z.string()),
      timezones: z.array(z.string()),
    }),
    employmentType: z.array(z.enum(employmentTypes)),
    seniority: z.enum(seniorities).nullable(),
    salary: z.array(SalarySchema),
    equity: z.boolean().nullable(),
    experienceYears: z.object({ min: z.number().nonnegative(), max: z.number().nonnegative().optional() }).nullable(),
    skills: z.array(z.string()),
    apply: z.object({ emails: z.array(z.string()), urls: z.array(z.string()) }),
    datePosted: isoDate.nullable(),
    validThrough: isoDate.nullable().describe('the closing date the posting states (YYYY-MM-DD)'),
    expired: z.boolean().describe('the posting says it is filled or closed, or its closing date is before the run date'),
    identifier: z.object({ name: z.string().min(1).optional(), value: z.string().min(1) }).nullable().describe("the hiring organisation's own id for the job (name: the id system, when stated)"),
    language: z.string().describe('BCP 47 code'),
    draft: z.boolean(),
    sections: z.array(SectionSchema),
    description: z.object({ markdown: z.string(), text: z.string() }),
    fingerprint: z.string().regex(/^[0-9a-f]{32}$/).describe('the same for the same posting across encodings, mojibake, line endings, template tags, tracking links and whitespace; differs when the title, company or description differs'),
    source: z.object({
      path: z.string(),
      index: z.number().int().nonnegative().optional().describe('which posting of the file this is (0-based, in file order); only on files that hold several'),
      count: z.number().int().min(2).optional().describe('how many postings the file holds; only on files that hold several'),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      format: z.enum(sourceFormats),
      encoding: z.string(),
      repairs: z.array(RepairSchema),
      frontmatter: z.record(z.string(), z.unknown()).nullable(),
    }),
    evidence: z.record(z.string(), EvidenceSchema).describe('where each extracted value came from'),
    warnings: z.array(WarningSchema),
  })
  .describe('A job posting normalized by postings');

export type Posting = z.infer<typeof PostingSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Salary = z.infer<typeof SalarySchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type EmploymentType = (typeof employmentTypes)[number];
export type Seniority = (typeof seniorities)[number];
export type SalaryPeriod = (typeof salaryPeriods)[number];
export type SectionKind = (typeof sectionKinds)[number];

/** The JSON Schema of a record, as `postings schema` prints it. */
export function postingJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(PostingSchema, { target: 'draft-2020-12' });
  return { $schema, title: 'Posting', ...schema };
}
