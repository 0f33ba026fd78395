/**
 * Roles named by their field of work ("Back End", "Frontend": tables.ts roleAreaNames) under a line that
 * announces vacancies ("Lowongan Kerja", "Open positions:"), and a bracket that names the item's link, not
 * the role ("(Link Persyaratan)", "(PDF)": tables.ts linkAside). Elsewhere such a list names no roles.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function titlesOf(name: string, text: string): Promise<Array<string | null>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-areas-'));
  writeFileSync(path.join(dir, name), text);
  return parseNdjson((await runCli(['normalize', path.join(dir, name), '--format', 'ndjson'])).stdout).map((record) => record.title as string | null);
}

describe('roles named by their field of work', () => {
  it.each([
    ['id, links to PDFs under "Lowongan Kerja"', 'lowongan.html',
      '<h3>Lowongan Kerja</h3>\n<ul>\n<li><a href="assets/loker/pm.pdf">Project Manager (Link Persyaratan)</a></li>\n<li><a href="assets/loker/be.pdf">Back End (Link Persyaratan)</a></li>\n<li><a href="assets/loker/fe.pdf">Front End (Link Persyaratan)</a></li>\n</ul>\n',
      ['Project Manager', 'Back End', 'Front End']],
    ['en, bare areas under "Open positions:"', 'jobs.md', '# Acme\n\nWe build maps.\n\nOpen positions:\n\n- Backend\n- Frontend\n- DevOps\n', ['Backend', 'Frontend', 'DevOps']],
  ])('%s', async (_case, name, text, titles) => {
    expect(await titlesOf(name, text)).toEqual(titles);
  });

  it.each([
    ['areas under a line that announces nothing', '# Backend Engineer at Acme\n\nYou will work across:\n\n- Backend\n- Frontend\n- DevOps\n'],
    ['a stack list in a posting', '# Senior Engineer\n\nAcme hires a Senior Engineer in Berlin.\n\n## Stack\n\n- Backend\n- Frontend\n'],
    ['a page named as one role: its fields of work under "We\'re hiring!"',
      '# Software Engineer at Acme\n\nWe\'re hiring! You will work across:\n\n- Back End\n- Front End\n- DevOps\n\nSalary 70k EUR. Apply: jobs@acme.example\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await titlesOf('jobs.md', text)).length).toBeLessThanOrEqual(1);
  });
});
