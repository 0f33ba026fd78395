/**
 * Vocabulary of structured data in: how schema.org JobPosting values map to
 * record values (pay units, remote work, ID keys), and which OpenGraph site
 * names say nothing of the employer. A new word is one entry.
 */
import type { SalaryPeriod } from '../schema/posting.js';
import { fieldKeys } from './tables/field-keys.js';

/** schema.org unitText (and common free text) -> the record's pay period; compared lower-cased. */
export const UNIT_PERIODS: Record<string, SalaryPeriod> = {
  hour: 'HOUR', hourly: 'HOUR', 'per hour': 'HOUR',
  day: 'DAY', daily: 'DAY', 'per day': 'DAY',
  week: 'WEEK', weekly: 'WEEK', 'per week': 'WEEK',
  month: 'MONTH', monthly: 'MONTH', 'per month': 'MONTH',
  year: 'YEAR', yearly: 'YEAR', annual: 'YEAR', annually: 'YEAR', 'per year': 'YEAR', 'per annum': 'YEAR',
  // a data file's unit, words joined ("salary_type: per_year")
  per_hour: 'HOUR', per_day: 'DAY', per_week: 'WEEK', per_month: 'MONTH', per_year: 'YEAR',
};

/** jobLocationType values that mean the job is done remotely. */
export const REMOTE_LOCATION_TYPES = new Set(['telecommute', 'remote']);

/** Front-matter keys of the hiring organisation's own id for the job, in order of preference (case ignored). */
export const ID_KEYS = [
  'job_id', 'jobId', 'jobid', 'requisition_id', 'requisitionId', 'req_id', 'reqId', 'reference', 'ref', 'job_code', 'jobCode',
  'vacancy_id', 'vacancyId', 'posting_id', 'postingId', 'identifier',
];

/**
 * og:site_name values that name a publishing tool or a kind of page, not an
 * employer (compared lower-cased, punctuation as spaces). A domain stays a
 * candidate: "Booking.com" is a company's name.
 */
export const GENERIC_SITE_NAMES = new Set([
  'home', 'homepage', 'careers', 'career', 'jobs', 'job', 'job board', 'jobs board', 'vacancies', 'karriere', 'carrières', 'carrieres',
  'empleo', 'empleos', 'stellenangebote', 'blog', 'my blog', 'my site', 'my website', 'website', 'site', 'wordpress', 'my wordpress site',
  'wix', 'squarespace', 'webflow', 'ghost', 'medium', 'notion', 'jekyll', 'hugo', 'gatsby', 'github', 'github pages', 'gitlab',
  'untitled', 'default', 'site name', 'your site name', 'company name', 'your company',
]);

/** Front-matter (and data-item) keys of pay as separate figures; dotted keys are nested, case is ignored. */
export const DATA_MIN_KEYS = ['salary_min', 'salaryMin', 'min_salary', 'minSalary', 'salary_from', 'salaryFrom', 'salary.min', 'baseSalary.value.minValue', 'baseSalary.minValue'];
export const DATA_MAX_KEYS = ['salary_max', 'salaryMax', 'max_salary', 'maxSalary', 'salary_to', 'salaryTo', 'salary.max', 'baseSalary.value.maxValue', 'baseSalary.maxValue'];
export const DATA_CURRENCY_KEYS = ['currency', 'salary_currency', 'salaryCurrency', 'salary.currency', 'baseSalary.currency'];
export const DATA_PERIOD_KEYS = ['salary_period', 'salaryPeriod', 'salary_type', 'salaryType', 'salary_unit', 'pay_period', 'period', 'salary.period', 'baseSalary.value.unitText', 'unitText'];
/** Keys that state remote work as a field, shared with data items (tables/field-keys.ts; read by structured-remote.ts). */
export const REMOTE_FLAG_KEYS = fieldKeys.remote;
/** Keys of pay stated as a schema.org MonetaryAmount object. */
export const DATA_SALARY_KEYS = ['salary', 'baseSalary'];
/** Keys of the company stated as an Organization object. */
export const DATA_COMPANY_KEYS = ['company', 'hiringOrganization', 'organization', 'organisation', 'employer'];
