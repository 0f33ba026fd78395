/**
 * The company family's case tables (tests/extract-company-*.test.ts): each row is a short posting run through the
 * CLI in process, with the company it must give (null: none) and, where it matters, the rule that gives it and
 * the title the record keeps.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

export interface CompanyRow { name: string; input: string; company: string | null; rule?: string; title?: string }

/** A suite of one it() per row: the record's company name, its rule and its title as the row states them. */
export function describeCompanyCases(title: string, rows: CompanyRow[]): void {
  describe(title, () => {
    it.each(rows)('$name', async (row) => {
      const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input: row.input });
      const [record] = parseNdjson(result.stdout);
      expect(record, result.stderr).toBeDefined();
      expect(record!.company?.name ?? null).toBe(row.company);
      if (row.rule) expect(record!.evidence.company.rule).toBe(row.rule);
      if (row.title !== undefined) expect(record!.title).toBe(row.title);
    });
  });
}

export interface TitleCompanyRow { name: string; input: string; title?: string | null; titleRule?: string; company?: string | null; companyRule?: string }

/** A suite of one it() per row: the record's title and company, and their rules, as far as the row states them. */
export function describeTitleCompanyCases(title: string, rows: TitleCompanyRow[]): void {
  describe(title, () => {
    it.each(rows)('$name', async (row) => {
      const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input: row.input });
      const [record] = parseNdjson(result.stdout);
      expect(record, result.stderr).toBeDefined();
      if (row.title !== undefined) expect(record!.title ?? null).toBe(row.title);
      if (row.titleRule) expect(record!.evidence.title.rule).toBe(row.titleRule);
      if (row.company !== undefined) expect(record!.company?.name ?? null).toBe(row.company);
      if (row.companyRule) expect(record!.evidence.company.rule).toBe(row.companyRule);
    });
  });
}
