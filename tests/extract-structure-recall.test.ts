/**
 * Values a posting states by where they sit rather than by wording (#13, recall of empty fields, session 21), through
 * the CLI, each with rows that must hold and rows that must not:
 * - a work-place label set off by a glyph or lenticular brackets ("▶근무지" over "서울", "■勤務地", "【勤務地】東京");
 * - a table row whose first cell is a work-place label ("Arbeitsort | Hamburg", a th/td pair), when the next filled
 *   cell is a place the gazetteer knows;
 * - an icon, then a place's name alone ("![map marker icon](…) New Delhi", "📍 Berlin"), as cards and company boxes
 *   state the place;
 * - the one element an HTML page marks as its date by class or itemprop ("<span class="date">", "date-posted");
 * - years of experience and the posting date as a label's value laid out as a th/td row, a bullet's spaced dash, a
 *   label over its value (dt/dd, heading), or front-matter keys (`years_of_experience`, `published_date`).
 */
import { describe, expect, it } from 'vitest';
import { recordInTempFiles } from './helpers.js';

const recordOf = recordInTempFiles('structure-recall-');

const page = (body: string, title = 'Office Assistant'): string => `<html><head><title>${title}</title></head><body><main>\n${body}\n</main></body></html>\n`;

const jsonLdPage = (properties: string, text = 'Fulton Bakery is hiring an office assistant to keep its books.'): string => `<html><head><title>Office Assistant</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Office Assistant",${properties}}</script></head><body><main><h1>Office Assistant</h1>\n<p>${text}</p></main></body></html>\n`;
const austinOffice = '"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Austin"}}';

interface PlaceRow { name: string; input: string; extension: string; policy: string | null; country?: string; cities?: string[] }

const places: PlaceRow[] = [
  { name: 'ko: "▶근무지" (work place) as a paragraph over its value', extension: 'html', policy: 'onsite', country: 'KR',
    input: page('<h2>[채용] 쇼핑몰 관리직 채용</h2>\n<p>▶모집분야</p>\n<p>쇼핑몰관리</p>\n<p>▶근무지</p>\n<p>서울</p>\n<p>▶제출 서류</p>\n<p>이력서</p>', '쇼핑몰 관리직') },
  { name: 'ja: "■勤務地" over its value', extension: 'md', policy: 'onsite', country: 'JP',
    input: '# 配送スタッフ\n\n■仕事内容\n\n配送業務\n\n■勤務地\n\n東京都新宿区\n' },
  { name: 'ja: "【勤務地】" before its value on the line', extension: 'md', policy: 'onsite', country: 'JP',
    input: '# 営業スタッフ\n\n【仕事内容】法人営業\n\n【勤務地】東京都渋谷区\n' },
  { name: 'ko: "▶근무조건" (conditions) over a contract names no place', extension: 'md', policy: null,
    input: '# 관리직\n\n▶근무조건\n\n정규직 (수습 3개월)\n' },
  { name: 'de: a th/td row "Arbeitsort | Hamburg"', extension: 'html', policy: 'onsite', country: 'DE',
    input: page('<h1>Lagerarbeiter (m/w/d)</h1>\n<p>Wir suchen Verstärkung.</p>\n<table>\n<tr><th>Arbeitsort</th><td>Hamburg</td></tr>\n<tr><th>Anstellungsart</th><td>Teilzeit</td></tr>\n</table>', 'Lagerarbeiter') },
  { name: 'ja: a th, an empty td, then the place ("■東京都新宿区…")', extension: 'html', policy: 'onsite', country: 'JP',
    input: page('<h3>人材コンサル営業</h3>\n<table>\n<tr><th>雇用形態</th><td class="td-blank"></td><td>正社員</td></tr>\n<tr><th>勤務地</th><td class="td-blank"></td><td>■東京都新宿区西新宿2-7-1</td></tr>\n</table>', '人材コンサル営業') },
  { name: 'zh: a row of label and value cells "工作地点 | 上海 | 工作性质 | 全职"', extension: 'html', policy: 'onsite', country: 'CN',
    input: page('<p><strong>PHP工程师（高级）</strong></p>\n<table><tbody><tr><td>工作地点</td><td>上海</td><td>工作性质</td><td>全职</td></tr></tbody></table>\n<p>岗位职责：负责后端开发。</p>', 'PHP工程师') },
  { name: 'a table header row "Standort | Gehalt" names no place', extension: 'md', policy: null,
    input: '# Entwickler\n\nWir suchen Verstärkung.\n\n| Standort | Gehalt |\n| --- | --- |\n| nach Absprache | 50.000 € |\n' },
  { name: 'an icon, then the place alone ("![map marker icon](…) New Delhi")', extension: 'md', policy: 'onsite', country: 'IN',
    input: '# Product Manager\n\n![map marker icon](images/map-marker.png) New Delhi\n\nSales and business development.\n' },
  { name: 'a pushpin, then the place alone ("📍 Berlin")', extension: 'md', policy: 'onsite', country: 'DE',
    input: '# Backend Developer\n\n📍 Berlin\n\nWe build payment software.\n' },
  { name: 'a logo, then the company\'s name, names no place', extension: 'md', policy: null,
    input: '# Backend Developer\n\n![logo](logo.png) Acme Robotics\n\nWe build payment software.\n' },
  { name: 'an icon, then more than a place ("Berlin office party"), names no work place', extension: 'md', policy: null,
    input: '# Backend Developer\n\n![photo](party.jpg) Berlin office party\n\nWe build payment software.\n' },
  { name: 'a pushpin before a heading that is no place ("📍 我们的愿景")', extension: 'md', policy: null,
    input: '# 前端工程师\n\n## 📍 我们的愿景\n\n做最好的产品。\n' },
  { name: 'a colon label on a line with a bar ("**Location:** Munich | **Type:** Full-time") names the place, not the HQ',
    extension: 'md', policy: 'onsite', country: 'DE', cities: ['Munich'],
    input: '# Backend Engineer\n\n**Location:** Munich | **Type:** Full-time\n\nAcme Robotics, headquartered in Berlin, is hiring a backend engineer for its office.\n' },
  // A JobPosting's jobLocation is the place of work as data, as a location field is; TELECOMMUTE is schema.org's mark of remote work.
  { name: 'JSON-LD: a jobLocation with a city, and no jobLocationType, is onsite work there', extension: 'html', policy: 'onsite', country: 'GB',
    input: jsonLdPage('"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Leeds","addressCountry":"GB"}}') },
  { name: 'JSON-LD: a jobLocation beside jobLocationType TELECOMMUTE is remote work', extension: 'html', policy: 'remote',
    input: jsonLdPage('"jobLocationType":"TELECOMMUTE","jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Leeds","addressCountry":"GB"}}') },
  // review27a: a city in the data beside a text of work from home, even weakly put, is never onsite.
  { name: 'JSON-LD: a jobLocation beside "work remotely most of the week" is not onsite', extension: 'html', policy: null,
    input: jsonLdPage(austinOffice, 'Work remotely most of the week; we meet in Austin once a month.') },
  { name: 'JSON-LD: a jobLocation beside es "trabajar desde casa" is not onsite', extension: 'html', policy: null,
    input: jsonLdPage(austinOffice, 'Puedes trabajar desde casa casi toda la semana; nos vemos en Austin una vez al mes.') },
  // review28a: applicantLocationRequirements is written for remote jobs; fr "vous travaillez de chez vous" is work from home.
  { name: 'JSON-LD: a jobLocation beside applicantLocationRequirements is not onsite', extension: 'html', policy: null,
    input: jsonLdPage(`${austinOffice},"applicantLocationRequirements":{"@type":"Country","name":"US"}`, 'You answer customers by chat and email.') },
  { name: 'JSON-LD: a jobLocation beside fr "vous travaillez de chez vous" is not onsite', extension: 'html', policy: null,
    input: jsonLdPage(austinOffice, 'Poste ouvert partout en France : vous travaillez de chez vous.') },
  { name: 'JSON-LD: a jobLocation named "Remote" is no work place', extension: 'html', policy: null,
    input: jsonLdPage('"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","name":"Remote"}}') },
];

describe('a work place stated by structure', () => {
  it.each(places)('$name', async ({ input, extension, policy, country, cities }) => {
    const record = await recordOf(input, extension);
    expect(record.remote.policy).toBe(policy);
    if (country) expect(record.locations.map((l: { country?: string }) => l.country)).toContain(country);
    if (cities) expect(record.locations.map((l: { city?: string }) => l.city)).toEqual(cities);
  });
});

interface DateRow { name: string; input: string; expected: string | null }

const dates: DateRow[] = [
  { name: 'ko: a board post\'s <span class="date">', expected: '2023-07-07',
    input: page('<strong class="title">[채용] 쇼핑몰 관리직 채용</strong>\n<div class="info"><span class="date">2023.07.07</span> <span>작성자 : 관리자</span></div>\n<p>쇼핑몰 관리직 (정규직)을 채용합니다. 근무지: 서울</p>', '쇼핑몰 관리직') },
  { name: 'a job board\'s <li class="date-posted" itemprop="datePosted">', expected: '2024-03-05',
    input: page('<h1>Office Assistant</h1>\n<ul><li class="date-posted" itemprop="datePosted">March 5, 2024</li></ul>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>') },
  { name: 'Open Graph\'s <meta property="article:published_time"> in the head', expected: '2024-03-05',
    input: '<html><head><meta property="article:published_time" content="2024-03-05T10:00:00Z"><title>Office Assistant</title></head><body><main><h1>Office Assistant</h1>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p></main></body></html>\n' },
  { name: 'a marked date in the body wins over the head\'s publication time', expected: '2024-03-07',
    input: '<html><head><meta property="article:published_time" content="2024-01-02T10:00:00Z"><title>Office Assistant</title></head><body><main><h1>Office Assistant</h1>\n<span class="date">2024-03-07</span>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p></main></body></html>\n' },
  // A CMS writes its post date in the head and in a marked element: one source, which a JSON-LD date or a label outranks.
  { name: 'JSON-LD\'s datePosted wins over a marked date and the head\'s, the same CMS date', expected: '2024-03-07',
    input: '<html><head><meta property="article:published_time" content="2024-01-02T10:00:00Z"><title>Office Assistant</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Office Assistant","datePosted":"2024-03-07"}</script></head><body><main><h1>Office Assistant</h1>\n<span class="date">2024-01-02</span>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p></main></body></html>\n' },
  { name: 'a "Date posted:" label wins over a reprint\'s marked date and head date', expected: '2024-03-03',
    input: '<html><head><meta property="article:published_time" content="2024-05-10T10:00:00Z"><title>Office Assistant</title></head><body><main><h1>Office Assistant</h1>\n<time class="entry-date published" datetime="2024-05-10T10:00:00+00:00">10 May 2024</time>\n<p>Date posted: 3 March 2024</p>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p></main></body></html>\n' },
  { name: 'WordPress\'s <time class="entry-date published" datetime>', expected: '2024-03-05',
    input: page('<h1>Office Assistant</h1>\n<time class="entry-date published" datetime="2024-03-05T10:00:00+00:00">5 March</time>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>') },
  { name: 'a "Posted:" label before a <time datetime> whose text leaves the year out', expected: '2024-03-05',
    input: page('<h1>Office Assistant</h1>\n<p class="meta">Posted: <time datetime="2024-03-05T09:00:00Z">March 5</time></p>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>') },
  { name: 'a <dt>Date posted</dt> over a <dd><time datetime>', expected: '2024-03-05',
    input: page('<h1>Office Assistant</h1>\n<dl><dt>Date posted</dt><dd><time datetime="2024-03-05">5 Mar</time></dd><dt>Closing date</dt><dd><time datetime="2024-04-01">1 Apr</time></dd></dl>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>') },
  { name: 'de: "Veröffentlicht:" before a <time datetime>', expected: '2024-03-05',
    input: page('<h1>Bürokraft</h1>\n<p>Veröffentlicht: <time datetime="2024-03-05">5. März</time></p>\n<p>Die Bäckerei Linde sucht eine Bürokraft in Freiburg.</p>') },
  { name: 'an "Apply by" <time datetime> dates no posting', expected: null,
    input: page('<h1>Office Assistant</h1>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>\n<p>Apply by <time datetime="2024-04-01">1 April</time>.</p>') },
  { name: 'a closing date\'s class dates no posting', expected: null,
    input: page('<h1>Office Assistant</h1>\n<span class="closing-date">2024-04-01</span>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>') },
  { name: 'two marked dates (a list of posts) date no posting', expected: null,
    input: page('<h1>Office Assistant</h1>\n<span class="date">2024-03-05</span>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>\n<span class="date">2024-02-01</span>') },
  { name: 'a relative time ("5 days ago") is no date', expected: null,
    input: page('<h1>Office Assistant</h1>\n<span class="date">5 days ago</span>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>') },
  // MUST-NOT (review28a): a posted <time> of a comment, or of another job under "Ähnliche Stellen", dates no posting.
  { name: 'a comment\'s "Posted:" <time datetime> dates no posting', expected: null,
    input: page('<h1>Warehouse Operative</h1>\n<p>Boxly is hiring warehouse operatives for its depot in Leeds.</p>\n<section class="comments"><div class="comment"><p>Mike · Posted: <time datetime="2019-06-02T10:00">2 June</time></p><p>Is this still open?</p></div></section>') },
  { name: 'de: "Veröffentlicht:" <time> of a job under "Ähnliche Stellen" dates no posting', expected: null,
    input: page('<h1>Pflegefachkraft (m/w/d)</h1>\n<p>Das Klinikum Nord sucht Pflegefachkräfte für die Intensivstation in Hamburg.</p>\n<div class="sidebar"><h3>Ähnliche Stellen</h3>\n<ul><li><a href="/j/1">Arzthelferin</a> Veröffentlicht: <time datetime="2018-01-15">15. Jan.</time></li></ul></div>') },
  { name: 'a closing date\'s label before a <span class="date"> dates no posting', expected: null,
    input: page('<h1>Office Assistant</h1>\n<p>Fulton Bakery is hiring an office assistant in Portland.</p>\n<p>Closing date: <span class="date">2024-05-31</span></p>') },
];

describe('the page\'s own date', () => {
  it.each(dates)('$name', async ({ input, expected }) => {
    expect((await recordOf(input, 'html')).datePosted).toBe(expected);
  });
});

interface LabelledRow { name: string; input: string; extension: string; experience?: unknown; date?: string | null }

const labelled: LabelledRow[] = [
  { name: 'a th/td row "Experience | 3 years"', extension: 'html', experience: { min: 3 },
    input: page('<h1>Data Analyst</h1>\n<p>Datafirm is hiring.</p>\n<table><tr><th>Experience</th><td>3 years</td></tr><tr><th>Posted</th><td>2024-03-05</td></tr></table>', 'Data Analyst') },
  { name: 'a dt/dd pair "Experience" / "3+ years" and "Posted" / the date', extension: 'html', experience: { min: 3 }, date: '2024-03-05',
    input: page('<h1>Data Analyst</h1>\n<p>Datafirm is hiring.</p>\n<dl><dt>Experience</dt><dd>3+ years</dd><dt>Posted</dt><dd>2024-03-05</dd></dl>', 'Data Analyst') },
  { name: 'de: a bullet "Berufserfahrung – mindestens 3 Jahre"', extension: 'md', experience: { min: 3 },
    input: '# Lagerarbeiter\n\nWir suchen Verstärkung.\n\n- Berufserfahrung – mindestens 3 Jahre\n' },
  { name: 'a heading "Posted" over the date', extension: 'md', date: '2024-03-05',
    input: '# Data Analyst\n\nWe are hiring.\n\n### Posted\n\n2024-03-05\n' },
  { name: 'front matter `years_of_experience: 2`, `published_date`', extension: 'md', experience: { min: 2 }, date: '2024-03-05',
    input: '---\ntitle: Data Analyst\nyears_of_experience: 2\npublished_date: 2024-03-05\n---\n\nWe are hiring a data analyst.\n' },
  { name: 'front matter `experience: 3 years`', extension: 'md', experience: { min: 3 },
    input: '---\ntitle: Data Analyst\nexperience: 3 years\n---\n\nWe are hiring a data analyst.\n' },
  { name: 'an experience label over no quantity ("Not required") asks no years', extension: 'html', experience: null,
    input: page('<h1>Data Analyst</h1>\n<p>Datafirm is hiring.</p>\n<table><tr><th>Experience</th><td>Not required</td></tr></table>', 'Data Analyst') },
  { name: 'a sentence under an experience heading is no value ("Our team has grown for 5 years.")', extension: 'md', experience: null,
    input: '# Data Analyst\n\nWe are hiring.\n\n### Experience\n\nOur team has grown for 5 years.\n' },
  { name: 'a sentence that starts with a number under an experience heading is no value ("25 years serving clients…")', extension: 'md', experience: null,
    input: '# Sales Manager\n\nNorthwind Traders is hiring a sales manager in Leeds.\n\n## Experience\n\n25 years serving clients across Europe.\n\n## What you do\n- Sell\n' },
  { name: 'front matter `experience: Senior` asks no years', extension: 'md', experience: null,
    input: '---\ntitle: Data Analyst\nexperience: Senior\n---\n\nWe are hiring a data analyst.\n' },
  { name: 'a deadline row is no posting date ("Deadline | 2024-04-01")', extension: 'md', date: null,
    input: '# Data Analyst\n\nWe are hiring.\n\nDeadline | 2024-04-01\n' },
];

describe('a label\'s value in any layout', () => {
  it.each(labelled)('$name', async ({ input, extension, experience, date }) => {
    const record = await recordOf(input, extension);
    if (experience !== undefined) expect(record.experienceYears).toEqual(experience);
    if (date !== undefined) expect(record.datePosted).toBe(date);
  });
});

describe('years of service are no experience asked (ja)', () => {
  it.each([
    // 勤続 (continuous service), 在籍 (on the payroll), 入社後 (after joining): terms of a benefit, not a requirement.
    ['退職金制度(正社員勤続3年以上勤務)、交通費支給', null],
    ['在籍5年以上で永年勤続表彰があります', null],
    ['Webアプリケーション開発の実務経験3年以上', { min: 3 }],
    ['同職種での勤務3年以上', { min: 3 }], // 勤務 (work) in a role: experience
  ])('%s -> %j', async (line, expected) => {
    expect((await recordOf(`# 配布スタッフ\n\n${line}\n`, 'md')).experienceYears).toEqual(expected);
  });
});

describe('front-matter keys that name the place of work, in more spellings', () => {
  it.each([
    ['workplace: Berlin office', 'onsite', 'DE'],
    ['town: Leeds', 'onsite', 'GB'],
    ['ville: Lyon', 'onsite', 'FR'],
    ['ciudad: Madrid', 'onsite', 'ES'],
    ['workplace: Remote', 'remote', undefined],
    ['townhall: Berlin', null, undefined], // no place key: a word that starts like one
  ])('%s -> %s', async (line, policy, country) => {
    const record = await recordOf(`---\ntitle: Data Analyst\n${line}\n---\n\nWe are hiring a data analyst.\n`, 'md');
    expect(record.remote.policy).toBe(policy);
    if (country) expect(record.locations.map((l: { country?: string }) => l.country)).toContain(country);
  });
});

describe('ja: a regular post named as a promotion or a tenure is no employment type of this job', () => {
  it.each([
    ['雇用形態：アルバイト（正社員登用あり）', ['PART_TIME']],
    ['勤務形態：業務委託\n\n待遇：退職金制度(正社員勤続3年以上勤務)', ['CONTRACTOR']],
    ['雇用形態：正社員', ['FULL_TIME']],
  ])('%s -> %j', async (line, expected) => {
    expect((await recordOf(`# 配布スタッフ\n\n${line}\n`, 'md')).employmentType).toEqual(expected);
  });
});
