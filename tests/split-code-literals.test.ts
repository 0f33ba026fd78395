/**
 * Postings kept as data in code files (fixtures/multi/code-literals), through the CLI: a JavaScript or TypeScript
 * module's object or array literal and a Python module's dict or list literal are read as data, never run, each job
 * a posting with the fields its keys state, each field at its own source line; a module of UI strings, a site's
 * configuration or a list of team members is no list of postings and is read as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

const DIR = path.join(FIXTURES, 'multi', 'code-literals');

async function normalized(name: string) {
  const result = await runCli(['normalize', path.join(DIR, name), '--format', 'ndjson']);
  return { result, records: parseNdjson(result.stdout) };
}

describe('postings kept as data in code files (fixtures/multi/code-literals)', () => {
  it.each([
    // de: an object at the root, values in two languages (the site's own read, English its translation), a `]` left open.
    ['karriere-jobs.js', ['Werkstudent*in Datenanalyse', 'Projektleiter*in Netzausbau'], [13, 28], ['de', 'de']],
    // fr: a typed array whose descriptions are template literals, with a call, a spread and `as const` passed over.
    ['offres.ts', ['Développeur backend Node.js', 'Chargé de clientèle'], [6, 17], ['fr', 'fr']],
    // en: a Python list of dicts, with adjacent strings, a raw string, tuples and comments.
    ['jobs.py', ['Warehouse Associate', 'Customer Support Specialist'], [5, 15], ['en', 'en']],
  ])('%s gives one record per job of its literal, each title read as data at its own line', async (name, titles, lines, languages) => {
    const { result, records } = await normalized(name);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(records.map((r) => [r.source.index, r.source.count])).toEqual(titles.map((_, i) => [i, titles.length]));
    expect(records.map((r) => r.evidence.title.rule)).toEqual(titles.map(() => 'data.title'));
    expect(records.map((r) => r.evidence.title.line)).toEqual(lines);
    expect(records.map((r) => r.language)).toEqual(languages);
  });

  it('gives each job of a code literal the fields its keys state', async () => {
    const offres = (await normalized('offres.ts')).records;
    expect(offres.map((r) => r.company?.name)).toEqual(['Atelier Brume', 'Atelier Brume']);
    expect(offres.map((r) => r.employmentType)).toEqual([['FULL_TIME'], ['TEMPORARY']]);
    expect(offres.map((r) => r.apply.urls)).toEqual([['https://brume.example/carrieres/backend'], ['https://brume.example/carrieres/clientele']]);
    expect(offres[0]!.salary).toMatchObject([{ min: 45000, max: 55000, currency: 'EUR' }]);
    const jobs = (await normalized('jobs.py')).records;
    expect(jobs.map((r) => r.employmentType)).toEqual([['FULL_TIME'], ['PART_TIME']]);
    // Adjacent strings are one value: the description's second part is the same posting's.
    expect(jobs[0]!.description.text).toContain('Forklift licence is a plus.');
  });

  it('reads a Python dict of one job-board record as that one posting: its title without its quotes, its employer and date', async () => {
    const { result, records } = await normalized('vacante.py');
    expect(result.code).toBe(0);
    expect(records).toHaveLength(1);
    expect(records[0]!.title).toBe('Desarrollador Python');
    expect(records[0]!.evidence.title).toMatchObject({ rule: 'data.title', line: 6 });
    expect(records[0]!.company?.name).toBe('Naranjo Datos S.L.');
    expect(records[0]!.datePosted).toBe('2024-03-05');
    expect(records[0]!.source.index).toBeUndefined();
  });

  it.each([
    // UI strings by language: a title and an "apply" text, no job.
    ['ui-strings.js'],
    // A site's configuration: a name, a title and a link, no job.
    ['site-config.js'],
    // Team members: each a name, a role, a photo and a bio.
    ['team.ts'],
  ])('reads %s as text, not as a list of postings', async (name) => {
    const { records } = await normalized(name);
    expect(records.length).toBeLessThanOrEqual(1);
    for (const record of records) {
      expect(record.source.index).toBeUndefined();
      expect(String(record.evidence.title?.rule ?? '')).not.toMatch(/^data\./);
    }
  });

  // An array whose name only holds a jobs word holds other things (review27a): its described items are no postings.
  it.each([
    ['opening.ts', 'export const openingHours = [\n  { title: "Montag bis Freitag", description: "9:00 bis 18:00 Uhr geöffnet" },\n  { title: "Samstag", description: "10:00 bis 14:00 Uhr geöffnet" },\n  { title: "Sonntag", description: "geschlossen" },\n];\n'],
    ['cron.js', 'export const cronJobs = [\n  { title: "Nightly backup", schedule: "0 2 * * *", description: "Dump the database to S3" },\n  { title: "Weekly report", schedule: "0 6 * * 1", description: "Mail the usage report" },\n];\n'],
    ['career-faq.ts', 'export const careerFaq = [\n  { title: "Do you sponsor visas?", description: "Yes, for most roles in Germany." },\n  { title: "Can I apply twice?", description: "Yes, after six months." },\n];\n'],
  ])('reads %s, an array named for something else, as no list of postings', async (name, text) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-literals-'));
    try {
      writeFileSync(path.join(dir, name), text);
      const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
      const records = parseNdjson(result.stdout);
      expect(records.length).toBeLessThanOrEqual(1);
      for (const record of records) expect(String(record.evidence.title?.rule ?? '')).not.toMatch(/^data\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads code that is no valid literal (brackets left open, strings unclosed, nesting thousands deep) without an error, and a title line of a dict without its quote', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-literals-'));
    try {
      const files: Array<[string, string]> = [
        ['broken.js', `export const jobs = [{ title: "Data Engineer", desc: 'unclosed\n  ${'['.repeat(5000)}{ title: \`x\` }\n`],
        ['deep.py', `jobs = ${'['.repeat(20000)}{"title": "Nurse", "company": "Acme"}\n`],
        ['dump.txt', `"name": "Руководитель отдела IT",\n"employer": "Почта Байкал",\n"area": "Новосибирск"\n`],
      ];
      for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
      for (const [name] of files) {
        const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect([0, 1]).toContain(result.code);
      }
      const dump = await runCli(['normalize', path.join(dir, 'dump.txt'), '--format', 'ndjson']);
      expect(parseNdjson(dump.stdout).map((r) => r.title)).toEqual(['Руководитель отдела IT']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
