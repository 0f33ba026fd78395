/**
 * A résumé with the plain headings ("Experience / Education / Skills", per
 * language in tables/not-posting.ts resumeHeadings) gives no record, through
 * the CLI; a posting with the same headings under a job title keeps its.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const page = (title: string, intro: string, headings: string[]) =>
  [`# ${title}`, '', intro, '', ...headings.flatMap((heading, index) => [`## ${heading}`, '', `Line ${index + 1} under ${heading.toLowerCase()}.`, ''])].join('\n');

async function normalized(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-resume-'));
  const file = path.join(dir, 'page.md');
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return { code: result.code, records: parseNdjson(result.stdout), stderr: result.stderr };
}

describe('résumé headings in their plain forms', () => {
  it.each([
    ['en', page('Jane Doe', 'Software engineer in Lisbon. jane@doe.example', ['Experience', 'Education', 'Skills'])],
    ['de', page('Max Mustermann', 'Softwareentwickler aus Köln.', ['Erfahrung', 'Ausbildung', 'Kenntnisse'])],
    ['fr', page('Marie Dupont', 'Développeuse à Lyon.', ['Expérience', 'Formation', 'Compétences'])],
    ['es', page('Ana García', 'Desarrolladora en Madrid.', ['Experiencia', 'Educación', 'Habilidades'])],
  ])('%s: a résumé gives no record (resume)', async (_language, text) => {
    const { code, records, stderr } = await normalized(text);
    expect(records).toEqual([]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not-a-posting not a posting \(resume\)/);
  });

  it.each([
    ['en', page('Senior Backend Engineer', 'Acme hires a backend engineer in Lisbon, full-time.', ['Experience', 'Education', 'Skills'])],
    ['de', page('Softwareentwickler (m/w/d)', 'Acme sucht einen Softwareentwickler in Köln, Vollzeit.', ['Erfahrung', 'Ausbildung', 'Kenntnisse'])],
  ])('%s: a posting with the same headings under a job title keeps its record', async (_language, text) => {
    const { code, records } = await normalized(text);
    expect(records).toHaveLength(1);
    expect(code).toBe(0);
  });
});
