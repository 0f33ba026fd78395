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
    ['Psychologin / Psychologen 80 - 100%', ['FULL_TIME', 'PART_TIME']],
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

describe('experience years', () => {
  it.each([
    // ko: 경력 (career) / 경험 (experience), 년 (years), 년차 (in the Nth year), 이상 (or more), 최소 (at least).
    ['- 백엔드 개발 경력 5년 이상 또는 그에 상응하는 역량을 갖추신 분', { min: 5 }],
    ['- 웹 애플리케이션 개발, 운영 경험자로서 실무 2년차 이상', { min: 2 }],
    ['- Java 언어로 제품을 개발하고 운영해 본 경험을 최소 3년 이상 가지신 분', { min: 3 }],
    ['> 2009년 리디북스로 서비스를 시작하여 다양한 경험을 제공합니다', null], // a year, not a length
    // zh 至少N年 (at least N years) on a line naming experience.
    ['- 至少2年相关的全职网页、软体开发工作经验。', { min: 2 }],
    ['- 公司成立至少10年。', null], // no experience named
    // ru: a numeral with its case ending, "не менее 3-х лет".
    ['Опыт работы не менее 3-х лет, ряд выполненных проектов.', { min: 3 }],
    // An age is no experience (en "years old", de "Jahre alt", es "años de edad"): the statement after it is read.
    ['- You are 25+ years old and have 3+ years of professional experience.', { min: 3 }],
    ['- Du bist mindestens 18 Jahre alt und hast 2 Jahre Berufserfahrung.', { min: 2 }],
    ['- Applicants must be 21 years of age or older; previous experience is a plus.', null],
  ] as Array<[string, unknown]>)('%s -> %j', (line, years) => {
    expect(record(posting(line)).experienceYears).toEqual(years);
  });
});

describe('salary', () => {
  it.each([
    // id: juta (jt) is a million, "sampai" / "hingga" join a range, "Rp" before the second figure.
    ['Kisaran gaji antara Rp 3.5 juta sampai Rp 4.5 juta', [{ min: 3_500_000, max: 4_500_000, currency: 'IDR', period: null }]],
    ['Gaji: Rp 5 jt - 7 jt per bulan', [{ min: 5_000_000, max: 7_000_000, currency: 'IDR', period: 'MONTH' }]],
    // pt "mensais" / "anuais": the plural of mensal / anual (monthly, yearly).
    ['Os participantes receberão uma bolsa no valor de R$ 1.200,00 mensais.', [{ min: 1200, max: 1200, currency: 'BRL', period: 'MONTH' }]],
    // de/pl "brutto": gross, which only pay is.
    ['7000 - 12000 PLN brutto', [{ min: 7000, max: 12000, currency: 'PLN', period: null }]],
  ] as Array<[string, unknown[]]>)('%s', (line, salary) => {
    expect(record(posting(line)).salary.map(({ min, max, currency, period }) => ({ min, max, currency, period }))).toEqual(salary);
  });

  it('reads the period of a data file\'s "salary_type: per_year"', () => {
    const body = '---\ntitle: Frontend Developer\nsalary_currency: TWD\nsalary_type: per_year\nsalary_min: 850000\nsalary_max: 1250000\n---\n\nWe build software.\n';
    expect(record(body).salary.map((s) => s.period)).toEqual(['YEAR']);
  });
});

describe('remote policy, mostly remote', () => {
  it('reads "essentiellement en télétravail" beside in-person meetings as hybrid, not onsite', () => {
    const line = "Travail essentiellement en télétravail, mais nous organisons régulièrement des réunions d'équipe en présentiel.";
    expect(record(posting(line)).remote.policy).toBe('hybrid');
  });
});

describe('a stated work place the gazetteer does not know', () => {
  it.each([
    // A location label's value is a place even when no table knows it; with no remote work stated, the work is onsite.
    ['Psychotherapeut:in 60-80% (Standort Bülach)', 'We care for refugees.', 'onsite'],
    ['Pflegefachperson', 'Arbeitsort: Kloten', 'onsite'],
    // ar "job region", fi "location of the workplace" (tables/places.ts locationLabels); ar "region of residence" is the candidate's, no work place
    ['Safety Engineer', 'منطقة الوظيفة : Kloten', 'onsite'],
    ['Sähköasentaja', 'Työpaikan sijainti: Kloten', 'onsite'],
    ['Safety Engineer', 'منطقة الإقامة : Kloten', null],
    // A value that names no place says nothing.
    ['Pflegefachperson', 'Standort: nach Absprache', null],
    ['Backend Developer', 'Location: Flexible', null],
    ['Backend Developer', 'Location: Kloten (Remote)', 'remote'],
  ])('%s / %s -> %s', (title, line, policy) => {
    const out = record(posting(line, title));
    expect(out.remote.policy).toBe(policy);
    expect(out.locations).toEqual([]); // a name no table knows gives no country
  });
});

describe('apply addresses', () => {
  it('reads an address a front-matter text invites the reader to write to, not one it gives for privacy', () => {
    const body = '---\ntitle: Developer\napply:\n  text: Please send your CV to [dev@teamed.io](mailto:dev@teamed.io).\nprivacy:\n  text: Questions about your data go to privacy@teamed.io.\n---\n\nWe build software.\n';
    expect(record(body).apply.emails).toEqual(['dev@teamed.io']);
  });

  it('reads the formal German "melden Sie sich" as an invitation to write', () => {
    const line = 'Wenn Sie Interesse haben, melden Sie sich bitte per\n[E-Mail](mailto:michael.sperber@active-group.de) oder rufen Sie unter (0711) 707094-60 an.';
    expect(record(posting(line)).apply.emails).toEqual(['michael.sperber@active-group.de']);
  });
});

describe('apply links', () => {
  it("reads a Wanted (wanted.co.kr/wd/) posting link named by the title as the posting's page", () => {
    const body = '# 백엔드 개발자 (python)\n\n- 백엔드 개발 경력 5년 이상\n\n###### 링크\n\n[피알앤디컴퍼니 - 백엔드 개발자](https://www.wanted.co.kr/wd/59335)\n';
    expect(record(body).apply.urls).toEqual(['https://www.wanted.co.kr/wd/59335']);
  });
});

describe('datePosted', () => {
  it.each([
    // WordPress's export key, and a dated label that ends its sentence (es "publicada", feminine of "publicado").
    ['---\ntitle: Programátor\npost_date: 2003-05-20 10:28:00\n---\n\nHledáme programátora.\n', '2003-05-20'],
    ['# Analista de datos\n\nVacante publicada el 16 abril 2018. Término de recepción el 15 de mayo de 2018.\n', '2018-04-16'],
    ['# Entwickler\n\nVeröffentlicht am 12. 3. 2021\n', '2021-03-12'],
    ['# Analista de datos\n\nPublicada el plazo. Envíe su CV.\n', null],
  ])('%s -> %s', (body, date) => {
    expect(record(body).datePosted).toBe(date);
  });
});
