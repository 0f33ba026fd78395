/**
 * Job lists that keep their contract type under `duration` ("Full Time", "Tiempo Completo": many sites' job
 * data), also in a page that is all front matter (a theme's careers page with `open_positions.list`): a posting
 * each, with its contract type. A résumé's `duration` ("2019 - 2021") stays work history, no posting.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function resultOf(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-duration-'));
  writeFileSync(path.join(dir, name), text);
  const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
  return { ...result, records: parseNdjson(result.stdout) };
}

const role = (title: string, duration: string, salary: string) =>
  `    - enable: true\n      title: "${title}"\n      description: "Buscamos a alguien para este rol."\n      duration: "${duration}"\n      salary: "${salary}"\n`;

describe('a job list\'s duration', () => {
  it('a page that is all front matter: a posting per item of its open_positions list, its duration the contract type', async () => {
    const text = `---\ntitle: "Carreras"\nbenefits:\n  list:\n    - title: "Horarios Flexibles"\n      description: "Trabaja cuando quieras."\nopen_positions:\n  enable: true\n  title: Posiciones Abiertas\n  list:\n${role('Ingeniero Frontend Senior', 'Tiempo Completo', '$25k - $42k')}${role('Desarrollador Backend', 'Medio Tiempo', '$30k - $50k')}---\n`;
    const { records } = await resultOf('careers.md', text);
    expect(records.map((record) => [record.title, record.employmentType])).toEqual([
      ['Ingeniero Frontend Senior', ['FULL_TIME']], ['Desarrollador Backend', ['PART_TIME']]]);
  });

  it('a data file of jobs with `duration: Full Time`', async () => {
    const text = '- title: Lab Technician\n  details: Handle diagnostic equipment.\n  duration: Full Time\n  location: Lucknow, India\n- title: Radiologist\n  details: Operate imaging equipment.\n  duration: Part Time\n  location: Lucknow, India\n';
    const { records } = await resultOf('jobs.yml', text);
    expect(records.map((record) => [record.title, record.employmentType])).toEqual([['Lab Technician', ['FULL_TIME']], ['Radiologist', ['PART_TIME']]]);
  });

  it('a résumé\'s jobs with a duration of years stay work history: no posting', async () => {
    const text = '- title: Backend Engineer\n  company: Acme\n  duration: 2019 - 2021\n  description: Built the billing service.\n- title: Data Engineer\n  company: Globex\n  duration: 2021 - 2023\n  description: Ran the data platform.\n';
    const { records, code } = await resultOf('jobs.yml', text);
    expect(records).toEqual([]);
    expect(code).toBe(1);
  });
});

describe('a job list\'s work mode under `modality`, `workMode`, `work_arrangement` (session 20)', () => {
  it.each([
    ['modality', 'Hybrid: Bogotá', 'hybrid'],
    ['workMode', 'Remote', 'remote'],
    ['work_arrangement', 'Hybrid, two days a week in the office', 'hybrid'],
    ['modalidad', 'Remoto', 'remote'],
  ])('`%s: %s` is the remote policy', async (key, value, policy) => {
    const item = (title: string) => `  - title: ${title}\n    country: Colombia\n    ${key}: "${value}"\n    salary: 60.000 - 80.000 USD\n`;
    const { records } = await resultOf('jobs.yml', `${item('Backend Engineer')}${item('Data Analyst')}`);
    expect(records.map((record) => record.remote?.policy)).toEqual([policy, policy]);
  });

  it('an imaging job\'s `modality: CT/MRI` states no work mode', async () => {
    const item = (title: string) => `  - title: ${title}\n    company: Andes Imaging\n    modality: "CT/MRI"\n    salary: 60.000 - 80.000 USD\n`;
    const { records } = await resultOf('jobs.yml', `${item('Radiologic Technologist')}${item('MRI Technologist')}`);
    expect(records.map((record) => record.remote?.policy ?? null)).toEqual([null, null]);
  });
});
