/**
 * Typed values of front matter and data items, which the text families
 * (reading strings) pass by: pay as separate figures (`salary_min: 40000`,
 * `salary_max: 52000`, `currency: EUR`) and schema.org objects as a JSON
 * export of JobPostings holds them (`hiringOrganization: {name}`,
 * `baseSalary: {MonetaryAmount}`, `identifier: {PropertyValue}`; read by
 * structured-read.ts). `remote: true` and `jobLocationType: TELECOMMUTE`
 * have their own reader, structured-remote.ts, whose signals remote.ts
 * settles with the text's. Job-board
 * exports and Jekyll `_data` files write them so; a data item's keys reach
 * here as front matter (split/tables.ts), and its rules are renamed
 * `data.<key>` with the item's own lines (stages/extract.ts).
 * A value only fills a field the text left empty: a figure the text states
 * is more specific.
 */
import type { Salary } from '../schema/posting.js';
import { cite, frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { DATA_COMPANY_KEYS, DATA_MAX_KEYS, DATA_MIN_KEYS, DATA_PERIOD_KEYS, DATA_CURRENCY_KEYS, DATA_SALARY_KEYS, UNIT_PERIODS } from './structured-tables.js';
import { readCompanyUrl, readSalary, textOf } from './structured-read.js';

/** Company and salary from typed front-matter or data fields (a remote key is read by structured-remote.ts, for remote.ts). */
export function extractTypedFields(ctx: ExtractContext): void {
  organization(ctx);
  salaryFields(ctx);
}

/** A company stated as an Organization object ({name, sameAs}), which the company family reads only as text. */
function organization(ctx: ExtractContext): void {
  if (ctx.fields.company) return;
  const found = frontmatterValue(ctx, DATA_COMPANY_KEYS);
  const value = found?.value;
  const name = value && typeof value === 'object' && !Array.isArray(value) ? textOf((value as { name?: unknown }).name) : undefined;
  if (!found || !name) return;
  const url = readCompanyUrl(value);
  ctx.fields.company = { name, ...(url ? { url } : {}) };
  cite(ctx, 'company', frontmatterLine(ctx, found.key), `frontmatter.${found.key}`, name, 0.9);
}

function salaryFields(ctx: ExtractContext): void {
  if (ctx.fields.salary.length) return;
  const amount = frontmatterValue(ctx, DATA_SALARY_KEYS);
  const stated = amount && typeof amount.value === 'object' ? readSalary(amount.value) : undefined;
  if (amount && stated) {
    ctx.fields.salary = [stated];
    cite(ctx, 'salary', frontmatterLine(ctx, amount.key), `frontmatter.${amount.key}`, stated.text, 0.9);
    return;
  }
  const min = figure(frontmatterValue(ctx, DATA_MIN_KEYS)?.value);
  const max = figure(frontmatterValue(ctx, DATA_MAX_KEYS)?.value);
  if (min === undefined && max === undefined) return;
  const key = frontmatterValue(ctx, min !== undefined ? DATA_MIN_KEYS : DATA_MAX_KEYS)!.key;
  const code = String(frontmatterValue(ctx, DATA_CURRENCY_KEYS)?.value ?? '').trim().toUpperCase();
  const currency = /^[A-Z]{3}$/.test(code) ? code : null;
  const unit = String(frontmatterValue(ctx, DATA_PERIOD_KEYS)?.value ?? '').trim().toLowerCase();
  const [low, high] = min !== undefined && max !== undefined && min > max ? [max, min] : [min ?? null, max ?? null];
  const text = [low === high ? `${low}` : `${low ?? ''}-${high ?? ''}`, currency].filter(Boolean).join(' ');
  const salary: Salary = { min: low, max: high, currency, period: UNIT_PERIODS[unit] ?? null, text };
  ctx.fields.salary = [salary];
  cite(ctx, 'salary', frontmatterLine(ctx, key), `frontmatter.${key}`, text, 0.9);
}

/** A figure: a number, or digits with thousands separators. */
function figure(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const text = typeof value === 'string' ? value.replace(/[\s,\u00a0]/g, '') : '';
  return /^\d+(?:\.\d+)?$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}
