/**
 * A board's dated entries (src/split/dated-entries.ts): headings of one
 * level that each start with the day the ad was put up, each with its
 * blurb. Every entry is a posting, also one whose role reads as no job
 * title; an entry naming jobs in the plural points to a company's job page
 * and is none. A changelog or a posting's dated updates stay whole.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-dated-');

const BOARD_DE = `## Jobangebote

### 21/06/2021 - [11 Jobs (Beispiel Software GmbH)](https://www.example.org/jobs)
Ein regionaler IT-Dienstleister mit vielen offenen Stellen.

### 21/06/2021 - [Softwareentwickler Web (Klarwerk)](https://jobs.example.org/klarwerk/1)
Klarwerk baut Zahlungssoftware in Berlin.

### 01/07/2021 - [Einstieg in die SAP Beratung (Beratungshaus)](https://jobs.example.org/sap/2)
Wir suchen Absolvent:innen für den Einstieg in die SAP-Beratung.

### 23/04/2021 - [Werkstudent IT-Administration (Behrendt)](./it-admin.pdf)
Wir suchen einen Werkstudenten für die IT-Administration.
`;

const BOARD_EN = `# Community job board

## 2024-03-01 — Backend Engineer at Acme
Acme builds payment software. Remote within the EU.

## 2024-02-20 — Data Analyst at Globex
Globex needs someone to own its dashboards.

## 2024-02-11 — Graduate programme in SAP consulting (Initech)
Initech hires graduates for its SAP team, full-time in Porto.
`;

describe('dated entries of a board give a record each', () => {
  it.each([
    ['de, a student council\'s README, a pointer to a job page left out', BOARD_DE,
      3],
    ['en, ISO dates and an entry whose head reads as no job title', BOARD_EN, 3],
    ['en, a short board\'s news entry that states no job is none',
      '# Job board\n\n### 2024-03-01 - Backend Engineer (Acme)\nGreat job, Berlin.\n\n### 2024-02-01 - Frontend Developer (Beta)\nRemote role.\n\n### 2024-01-15 - Weekly update\nNothing new this week.\n',
      2],
  ])('%s', async (_case, text, count) => {
    const { records } = await normalized(text);
    expect(records.length).toBe(count);
    expect(records.map((record) => record.title)).not.toContain('Weekly update');
    expect(records.every((record) => record.source.count === count)).toBe(true);
  });
});

describe('dated headings that are no board of postings stay whole', () => {
  it.each([
    ['a changelog', '# Changelog\n\n## 2024-03-01 - Release 2.1\n\nFaster parser.\n\n## 2024-02-01 - Release 2.0\n\nNew CLI.\n\n## 2024-01-01 - Release 1.9\n\nBug fixes.\n'],
    ['one posting with dated updates', '# Backend Engineer at Acme\n\nAcme builds payment software in Berlin. You will write Go.\n\n## Requirements\n\n- Go\n\n## 2024-03-01 - Update\n\nStill open.\n\n## 2024-02-01 - Update\n\nInterviews started.\n\n## 2024-01-01 - Update\n\nPosted.\n'],
  ])('%s', async (_case, text) => {
    const { records } = await normalized(text);
    expect(records.length).toBeLessThanOrEqual(1);
    for (const record of records) expect(record.source.index).toBeUndefined();
  });
});
