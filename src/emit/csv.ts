/**
 * CSV: one row a record, under one header row, in a fixed column order
 * (CSV_COLUMNS; new columns are only ever added at the end). RFC 4180: rows
 * end in CRLF; a field holding a comma, a double quote, CR or LF is quoted,
 * with its quotes doubled. Lists are joined with "; ". Only the first salary
 * fills the salary columns; salary_count says how many there are. UTF-8,
 * with a byte order mark only when asked (`--bom`).
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a
 * formula: such a text cell gets a leading apostrophe, as OWASP advises, so a
 * posting cannot put a formula into the sheet. Numbers are written as numbers.
 *
 * CSV has no escape for control characters, and a terminal runs them (ESC
 * clears the screen, sets the window title): every C0 and C1 control but
 * TAB, CR and LF, and DEL, becomes U+FFFD in a cell, source_path included.
 */
import type { Posting } from '../schema/posting.js';

type Cell = string | number | boolean | null | undefined;

/** The columns, in order, and how each is read from a record. */
export const CSV_COLUMNS: ReadonlyArray<readonly [name: string, read: (record: Posting) => Cell]> = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['company', (r) => r.company?.name],
  ['company_url', (r) => r.company?.url],
  ['remote_policy', (r) => r.remote.policy],
  ['remote_regions', (r) => list(r.remote.regions)],
  ['remote_timezones', (r) => list(r.remote.timezones)],
  ['locations', (r) => list(r.locations.map((location) => location.text))],
  ['countries', (r) => list([...new Set(r.locations.flatMap((location) => (location.country ? [location.country] : [])))])],
  ['employment_type', (r) => list(r.employmentType)],
  ['seniority', (r) => r.seniority],
  ['salary_min', (r) => r.salary[0]?.min],
  ['salary_max', (r) => r.salary[0]?.max],
  ['salary_currency', (r) => r.salary[0]?.currency],
  ['salary_period', (r) => r.salary[0]?.period],
  ['salary_text', (r) => r.salary[0]?.text],
  ['salary_count', (r) => r.salary.length],
  ['equity', (r) => r.equity],
  ['experience_min', (r) => r.experienceYears?.min],
  ['experience_max', (r) => r.experienceYears?.max],
  ['skills', (r) => list(r.skills)],
  ['apply_emails', (r) => list(r.apply.emails)],
  ['apply_urls', (r) => list(r.apply.urls)],
  ['date_posted', (r) => r.datePosted],
  ['valid_through', (r) => r.validThrough],
  ['expired', (r) => r.expired],
  ['draft', (r) => r.draft],
  ['language', (r) => r.language],
  ['source_path', (r) => r.source.path],
  ['source_index', (r) => (r.source as { index?: number }).index],
  ['source_count', (r) => (r.source as { count?: number }).count],
  ['source_format', (r) => r.source.format],
  ['fingerprint', (r) => r.fingerprint],
  ['warnings', (r) => list([...new Set(r.warnings.map((warning) => warning.code))])],
  // Added after warnings: new columns only ever go at the end.
  ['identifier', (r) => r.identifier?.value],
  ['identifier_name', (r) => r.identifier?.name],
];

const list = (values: readonly string[]): string => values.join('; ');

/** RFC 4180's row end. */
export const CSV_ROW_END = '\r\n';

/** C0 and C1 controls other than TAB, LF and CR, and DEL: what a terminal would run. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** One field, quoted when it must be; a text that a spreadsheet would run as a formula is defused first. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const visible = value.replace(CONTROL_CHARACTERS, '\uFFFD');
  const text = /^[=+\-@\t\r]/.test(visible) ? `'${visible}` : visible;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row. */
export function csvHeader(): string {
  return CSV_COLUMNS.map(([name]) => name).join(',') + CSV_ROW_END;
}

/** One record as a row. */
export function csvRow(record: Posting): string {
  return CSV_COLUMNS.map(([, read]) => csvField(read(record))).join(',') + CSV_ROW_END;
}
