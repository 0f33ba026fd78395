/**
 * Field families on what postings state and the rules did not read (issue
 * #13, recall): each row is a phrasing of remote work, employment type,
 * experience or a way to apply, with the reason it counts (a language fact,
 * or a pattern seen in two independent sources). Rows that must stay empty
 * hold precision. Read through the library as a user would (normalizeText).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const record = (body: string) => normalizeText(body, { path: 'posting.md' }).record!;
const posting = (line: string, title = 'Backend Developer') => `# ${title}\n\n${line}\n`;

describe('remote policy', () => {
  it.each([
    // "hybrid mobile apps", "hybrid cloud": technology, not a work mode; the location field decides.
    ['**Location:** Helsinki, Finland\n\n- Hybrid Mobile Apps\n- LESS', 'onsite'],
    ['We build hybrid cloud software for banks.', null],
    ['We build hybrid cloud software. Hybrid work: 2 days in the office.', 'hybrid'],
    // ja "一部リモート" (remote in part), "週2日出社" (in the office two days a week): hybrid.
    ['勤務地：東京都内（一部リモートワーク）', 'hybrid'],
    ['出社・出張比率：25%未満（週２日出社制）', 'hybrid'],
    // zh "每周三天到岗" (three days a week in the office), "远端" (simplified 遠端, remote).
    ['每周三天到岗，两天远程', 'hybrid'],
    ['| **地点** | 远端工作制度 |', 'remote'],
    // de: a home-office model is some days at home.
    ['Ein zeitgemäßes Homeoffice-Modell und flache Hierarchien.', 'hybrid'],
  ])('%s -> %s', (line, policy) => {
    expect(record(posting(line)).remote.policy).toBe(policy);
  });
});

describe('employment type', () => {
  it.each([
    // In a title a bare percentage is the job's size (German-speaking postings: "Pensum").
    ['Psychotherapeut:in 60-80% (Standort Bülach)', ['PART_TIME']],
    ['Dipl. Pflegefachperson HF/FH 80%', ['PART_TIME']],
    ['Psychologin / Psychologen 80 - 100%', ['PART_TIME', 'FULL_TIME']],
    ['Sachbearbeiter 100%', ['FULL_TIME']],
    ['Backend Developer (50% remote)', []], // a share of something else
    // Student assistants and working students work part-time beside their studies; interns are interns.
    ['Student assistants in web-app development', ['PART_TIME']],
    ['Working Student Marketing', ['PART_TIME']],
    ['External semester interns', ['INTERN']],
  ] as Array<[string, string[]]>)('title %s -> %j', (title, types) => {
    expect(record(posting('We build software.', title)).employmentType).toEqual(types);
  });
});
