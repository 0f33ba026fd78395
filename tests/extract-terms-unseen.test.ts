/**
 * Terms of the job (employment type, seniority, remote policy, salary) as the
 * CLI reads them from shapes found in postings no rule was tuned on (the
 * session-20 dev sets): invented text in each row, one shape per row, and the
 * rows that must give nothing beside them.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-terms-unseen-');
const recordOf = async (text: string) => (await normalized(text)).records[0]!;

describe('employment type, through the CLI', () => {
  it.each([
    // a contract heading's items end at the next heading: "stage de" in the next section is no internship
    ['# Analista de Dados\n\n## Contratação\n\nModalidade PJ, R$ 7.500\n\n## Como trabalhamos\n\nCada cliente passa por um stage de descoberta conosco.', ['CONTRACTOR']],
    // "full-time equivalent" is the unit of a fraction of a job, not a full-time job
    ['# Archivist\n\nWe can offer the post at 0.6 full time equivalent.', ['PART_TIME']],
    ['# Archivist\n\nThe post is 0,5 FTE.', ['PART_TIME']],
    ['# Archivist\n\nHours: 1.0 FTE.', ['FULL_TIME']],
    // de "in der Woche" (a week) after the hours
    ['# Hausmeister\n\nStundenumfang: bis 20 Std. in der Woche.', ['PART_TIME']],
    // a field that names only the hours leaves the contract to the text
    ['---\ntitle: Community Moderator\njob_type: Part Time\n---\n\nThis is a part-time contract position for six months.', ['PART_TIME', 'CONTRACTOR']],
    ['---\ntitle: Innenarchitekt\nemployment_type: Vollzeit\n---\n\nDie Stelle ist befristet als Elternzeitvertretung.', ['FULL_TIME', 'TEMPORARY']],
    // de a student helping out beside the studies works part-time
    ['# Studentische Aushilfe im Lager\n\nWir suchen Verstärkung.', ['PART_TIME']],
  ])('%s', async (text, types) => {
    expect((await recordOf(text)).employmentType).toEqual(types);
  });

  it.each([
    ['# Analyst\n\nOur team grew to 40 full-time equivalents this year.'],
    ['# Dev\n\n## Contract\n\nTo be agreed.\n\n## About us\n\nWe are an early stage de-risking studio.'],
  ])('nothing from %s', async (text) => {
    expect((await recordOf(text)).employmentType).toEqual([]);
  });

  // must-not: a fraction of a full-time job said of someone else on the team is not this job's size
  it.each([
    ['# Data Engineer\n\nYou will pair with a 0.6 FTE data steward and two analysts.\n\nThe job is full-time.', ['FULL_TIME']],
    ['# Data Engineer\n\nOur unit: 1 FTE statistician, 0,5 FTE secretary.\n\nThe job is part-time.', ['PART_TIME']],
  ])('a fraction said of a colleague: %s', async (text, types) => {
    expect((await recordOf(text)).employmentType).toEqual(types);
  });

  // must-not: a field that names only the hours lets in contract words that say what this job is, not any contract word
  it.each([
    ['---\ntitle: Line Cook\njob_type: Full Time\n---\n\nWe cover temporary accommodation while you settle in.', ['FULL_TIME']],
    ['Schedule: Part-time\n\n# Tutor\n\nThe post is open-ended: it is not a fixed-term or freelance role.', ['PART_TIME']],
    ['Job type: Full-time\n\n# Nurse\n\nThe role offers temporary parking permits for new staff.', ['FULL_TIME']],
  ])('an hours field and other contract words: %s', async (text, types) => {
    expect((await recordOf(text)).employmentType).toEqual(types);
  });

  it('a field that names the contract keeps the text\'s other contract words out', async () => {
    expect((await recordOf('---\ntitle: Dev\nemployment_type: Freelance\n---\n\nNo temporary staff; a fixed-term project.')).employmentType).toEqual(['CONTRACTOR']);
  });
});

describe('seniority, through the CLI', () => {
  it.each([
    // a front-matter "experience" holding a level and no years
    ['---\ntitle: Data Engineer\nexperience: "Senior Level"\n---\n\nWe build pipelines.', 'senior'],
    ['---\ntitle: Data Engineer\nexperience: Mid-level\n---\n\nWe build pipelines.', 'mid'],
    // a level label as a heading, its value on the next line
    ['# Dev Ruby\n\n#### Nível\n- Pleno\n\n#### Regime\n- CLT', 'mid'],
    ['# Data Analyst\n\n### Seniority\n\nJunior\n', 'junior'],
  ])('%s', async (text, seniority) => {
    expect((await recordOf(text)).seniority).toBe(seniority);
  });

  it.each([
    ['---\ntitle: Data Engineer\nexperience: "5+ years, senior teams"\n---\n\nWe build pipelines.'],
    ['# Data Analyst\n\n### Level\n\nWe hire at every level of experience.'],
    // a skill before a level word is no level on its own
    ['---\ntitle: Mobile Developer\nexperience: Kotlin Lead\n---\n\nWe build apps.'],
  ])('nothing from %s', async (text) => {
    expect((await recordOf(text)).seniority).toBeNull();
  });
});

describe('salary, through the CLI', () => {
  it.each([
    // full-width digits, as Japanese text writes them
    ['# 受付スタッフ\n\n時給１２００円～', [{ min: 1200, max: null, currency: 'JPY', period: 'HOUR' }]],
    // a pay heading that names the period, the figure under it
    ['# 受付スタッフ\n\n### 時給\n\n1200円～スタート', [{ min: 1200, max: null, currency: 'JPY', period: 'HOUR' }]],
    ['# Analyst\n\n## Monthly salary\n\n€4,200 gross', [{ min: 4200, max: 4200, currency: 'EUR', period: 'MONTH' }]],
    // must-not: a pay heading that names a period beside other things (a bonus, overtime) gives none to the salary
    ['# Analyst\n\n## Salary, hourly overtime and perks\n\nThe base is £48,000.', [{ min: 48000, max: 48000, currency: 'GBP', period: null }]],
    ['# Analyst\n\n## Salary & daily lunch\n\nWe pay €61,000.', [{ min: 61000, max: 61000, currency: 'EUR', period: null }]],
  ])('%s', async (text, salary) => {
    const record = await recordOf(text);
    expect(record.salary.map(({ min, max, currency, period }: Record<string, unknown>) => ({ min, max, currency, period }))).toEqual(salary);
  });

  it.each([
    ['# 受付スタッフ\n\n勤務時間 ９：００ - １８：００\n\n〒１５１ー００５３ 東京都渋谷区'],
  ])('nothing from %s', async (text) => {
    expect((await recordOf(text)).salary).toEqual([]);
  });
});
