/**
 * What a page states once for its roles (stages/carry.ts, carry-employer.ts): the stock options its benefits offer
 * outside every posting go to each posting that says nothing of equity (never its pay), as does its "no", unless its
 * sentence names a role; a posting's own "We do not offer stock options" is no equity; the one place a
 * front-matter list's page names in its own words ("Our studio in Brooklyn") goes to postings that name none.
 * Through the CLI in process, with the rows that must not carry.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function normalized(text: string, name = 'careers.md') {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-page-terms-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return parseNdjson(result.stdout);
}

const lines = (...all: string[]) => `${all.join('\n')}\n`;
/** Two roles, then the page's conditions for all of them. */
const ko = (benefit: string, ownLine = '* 3년 이상 경력') => lines('# 채용', '', '함께 성장할 개발자를 찾고 있습니다.', '', '#### 백엔드 개발자', '', '* API 서버를 개발합니다.', ownLine, '',
  '#### 안드로이드 개발자', '', '* 앱을 개발합니다.', '* 2년 이상 경력', '', '### 근무 조건', '', `* ${benefit}`, '* 지원: jobs@acme.example');
/** The page's benefits above two roles. */
const zh = (benefit: string) => lines('# 招聘', '', '## 待遇', '', '* 年终奖，五险一金', `* ${benefit}`, '', '## 招聘职位', '',
  '### Ruby 工程师', '', '* 熟悉 Ruby on Rails', '* 三年以上工作经验', '', '### 前端工程师', '', '* 熟悉 React', '* 两年以上工作经验', '');
const en = (benefit: string) => lines('# Careers', '', 'Join our small team.', '', '### Backend Engineer', '', '* You will build APIs in Go.', '* 3+ years of experience', '',
  '### Product Designer', '', '* You will design our app.', '* 2+ years of experience', '', '## What we offer', '', `* ${benefit}`, '* Apply: jobs@acme.example');

describe('the page\'s stock options', () => {
  it.each([
    ['ko', ko('4대 보험 지원, 스톡옵션 인센티브')],
    ['zh', zh('可以财务自由的公司期权')],
    ['en', en('Generous stock options for every employee')],
  ])('%s: each posting that says nothing of equity takes the page\'s offer, at its line', async (_language, text) => {
    const records = await normalized(text);
    expect(records.length).toBeGreaterThanOrEqual(2);
    for (const record of records) {
      expect(record.equity).toBe(true);
      expect(record.evidence.equity.line).toBeGreaterThan(0);
    }
  });

  it.each([
    ['ko, no offer', ko('4대 보험 지원, 점심 식사 지원')],
    ['zh, no offer', zh('带薪年假')],
    ['en, a value, not an offer', en('We care about diversity, equity and inclusion')],
  ])('%s: no posting gets equity', async (_name, text) => {
    const records = await normalized(text);
    expect(records.map((record) => record.equity)).toEqual(records.map(() => null));
  });

  it('the page\'s pay is never carried with its options', async () => {
    const records = await normalized(en('Stock options and a salary of 60,000 EUR per year'));
    expect(records.map((record) => record.equity)).toEqual([true, true]);
    expect(records.map((record) => record.salary)).toEqual([[], []]);
  });

  it('the page\'s "no" goes to each posting as no equity, never as an offer', async () => {
    const records = await normalized(lines('# Careers at Acme', '', '## Backend Engineer', 'Berlin. Full-time. Responsibilities: build APIs.', '',
      '## Frontend Engineer', 'Munich. Full-time. Responsibilities: build UIs.', '', '## Benefits', 'We do not offer stock options, but we pay well.'));
    expect(records.map((record) => record.title)).toEqual(['Backend Engineer', 'Frontend Engineer']);
    expect(records.map((record) => record.equity)).toEqual([false, false]);
  });

  it('an intro that names one role\'s options gives them to no other role', async () => {
    const records = await normalized(lines('# Careers at Acme', '', 'Our Backend Engineers also receive stock options.', '', '## Backend Engineer',
      'Berlin. Full-time. Responsibilities: build APIs.', '', '## Marketing Intern', 'Munich. Full-time. Responsibilities: write copy.'));
    expect(records.map((record) => record.title)).toEqual(['Backend Engineer', 'Marketing Intern']);
    expect(records[1]!.equity).toBeNull();
  });

  it('a thread\'s prompt offers nothing to its posts', async () => {
    const text = lines('Please state the location and include REMOTE, equity and stock options when you can.', '', '---', '',
      'Acme | Backend Engineer | Berlin | ONSITE', '', 'We build payment APIs in Go.', '', '---', '',
      'Globex | Product Designer | Lisbon | ONSITE', '', 'We design a banking app.', '');
    const records = await normalized(text);
    expect(records.length).toBe(2);
    expect(records.map((record) => record.equity)).toEqual([null, null]);
  });
});

describe('a front-matter list\'s page place', () => {
  const page = (subtitle: string, place = '') => lines('---', 'title: Careers', 'subtitle: >', `  ${subtitle}`, 'careers:', '  positions:',
    '    - title: Cloud Architect', `      link: https://jobs.example.org/cloud${place}`, '    - title: Security Architect', '      link: https://jobs.example.org/security', '---', '');

  it('the one place its own words name goes to each posting, with page evidence and no remote policy', async () => {
    const records = await normalized(page('Our studio in Brooklyn is home to a growing team of engineers.'));
    expect(records).toHaveLength(2);
    for (const record of records) {
      expect(record.locations.map((place: { country?: string }) => place.country)).toEqual(['US']);
      expect(record.evidence.locations.rule).toMatch(/^page\./);
      expect(record.remote.policy).toBeNull();
    }
  });

  it('a page that names two places gives none', async () => {
    const records = await normalized(page('Our studios in Brooklyn and Lisbon are home to a growing team of engineers.'));
    expect(records.map((record) => record.locations)).toEqual([[], []]);
  });
});

describe('the page\'s volunteer basis', () => {
  const page = (intro: string) => lines('# Вакансии', '', intro, '', '## Роли', '', '### Фандрайзер', '', '- ищет новых спонсоров', '- договаривается со спонсорами', '',
    '### Видео-мастер', '', '- снимает доклады', '- монтирует видео', '');

  it('ru: an intro that says every role is unpaid ("на добровольных началах") gives each role VOLUNTEER', async () => {
    const records = await normalized(page('Все мы работаем на добровольных началах. Будем рады принять тебя в команду.'));
    expect(records).toHaveLength(2);
    expect(records.map((record) => record.employmentType)).toEqual([['VOLUNTEER'], ['VOLUNTEER']]);
  });

  it('ru: an intro that says nothing of the basis gives none', async () => {
    const records = await normalized(page('Будем рады принять тебя в команду организаторов.'));
    expect(records.map((record) => record.employmentType)).toEqual([[], []]);
  });
});

describe('a posting that denies stock options', () => {
  it.each([
    ['en', 'We do not offer stock options, but we pay well.', false],
    ['en, curly apostrophe', 'Unfortunately we don’t have an employee stock option plan.', false],
    ['en, after a colon', 'Stock options: none', false],
    ['en, no bonus but options', 'We don\'t pay bonuses, but we offer stock options.', true],
    ['de', 'Wir bieten leider keine Aktienoptionen an.', false],
    ['de, no bonus but options', 'Kein Bonus, aber eine Mitarbeiterbeteiligung.', true],
    ['fr', 'Pas de BSPCE pour ce poste.', false],
    ['es', 'No ofrecemos opciones sobre acciones.', false],
    ['zh', '本岗位没有股票期权。', false],
    ['en, an offer', 'We offer generous stock options.', true],
  ])('%s: equity %s', async (_name, sentence, expected) => {
    const records = await normalized(lines('# Backend Engineer', '', 'Berlin. Full-time. You will build APIs in Go.', '', '## Benefits', '', sentence));
    expect(records).toHaveLength(1);
    expect(records[0]!.equity).toBe(expected);
  });
});
