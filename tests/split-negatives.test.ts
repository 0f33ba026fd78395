/**
 * Single postings that the general splitters (siblings.ts, table-rows.ts,
 * header lines) must keep whole, through the CLI: a numbered list of a
 * posting's peers, a table of teammates or of a career ladder, a posting and
 * its translation between rules, a contact line under a rule, and a page of
 * thousands of rules read to its end (its work is counted in split-scale.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-negatives-');

const PEERS_NUMBERED = `Acme is hiring a Staff Engineer in Berlin. €110,000.

1. **Staff Engineer**
   This role: you set technical direction for three teams.
2. **Senior Engineer**
   Your peers: six senior engineers who own services.
3. **Engineering Manager**
   Your manager: the engineering manager of platform.
`;

const PEERS_BULLETS = `Acme is hiring a Senior Frontend Engineer (remote, EU).

- **Senior Frontend Engineer**
  You will build our React app and own its design system.
- **Backend Engineer**
  You will pair daily with a backend engineer on the API.
- **Designer**
  You will work with our designer on every feature.
`;

const TEAM_TABLE = `Acme is hiring a Senior Backend Engineer in Berlin. Salary €80,000–€95,000.

You will join this team:

| Name | Role | GitHub |
|---|---|---|
| Jane Doe | Engineering Manager | [@jane](https://github.com/jane) |
| John Roe | Tech Lead | [@john](https://github.com/john) |
| Ana Lee | Product Manager | [@ana](https://github.com/ana) |

Send your CV to jobs@acme.example.
`;

const LADDER_TABLE = `We are hiring a Staff Engineer (Remote, US).

| Level | Title | Link |
|---|---|---|
| L5 | Senior Engineer | [ladder](https://acme.example/ladder#l5) |
| L6 | Staff Engineer | [ladder](https://acme.example/ladder#l6) |
| L7 | Principal Engineer | [ladder](https://acme.example/ladder#l7) |

You will be hired at L6. Salary $180k-$220k.
`;

const TRANSLATION = `**Software Engineer (m/w/d)** – English version

Acme is hiring a Software Engineer in Zurich. You will build our payment platform in Kotlin. CHF 120,000.

---

**Softwareentwickler (m/w/d)** – Deutsche Version

Acme sucht einen Softwareentwickler in Zürich. Du baust unsere Zahlungsplattform in Kotlin. CHF 120'000.
`;

const CONTACT_UNDER_RULE = `Senior Software Engineer – Full-time – Berlin

Acme builds logistics software. You will write TypeScript and Postgres. Salary €75,000.

---

Jane Doe – Head of Talent – jane@acme.example
`;

// One-item lists over paragraphs (the teams a posting works with) are no role marks as an HTML <dt> term in bold would be (review 18a #6).
const TEAMS_AS_ONE_ITEM_LISTS = `# Data Scientist

Acme GmbH is hiring a Data Scientist in Berlin, full-time. You will work with two teams:

- Machine Learning Engineer

They train and ship our ranking models and own the feature store.

- Data Engineer

They build our pipelines in Spark and keep the warehouse clean.

Apply at jobs@acme.example
`;

const TEAMS_AS_ONE_ITEM_LISTS_DE = `Wir suchen eine Data Scientistin (m/w/d) in Köln, Vollzeit. Du arbeitest eng mit zwei Kollegen zusammen:

- Softwareentwickler

Er baut unsere Plattform in Kotlin.

- Dateningenieur

Er betreut unsere Datenpipelines.

Bewerbung an jobs@acme.example
`;

/** A posting's own sections in Polish and Swedish (tables/sections.ts), then links to the employer's other roles: one posting. */
const OTHER_ROLES_AFTER_SECTIONS_PL = `# Programista Backend

Nordwind tworzy oprogramowanie dla firm logistycznych w Warszawie.

## Zakres obowiązków

- Rozwijasz nasze API płatności.

## Wymagania

- Minimum 3 lata doświadczenia z Go.

## Oferujemy

- 30 dni płatnego urlopu.

## Zobacz też

- [Projektant Produktu](https://nordwind.io/jobs/1)
- [Analityk Danych](https://nordwind.io/jobs/2)
`;

const OTHER_ROLES_AFTER_SECTIONS_SV = `# Backendutvecklare

Nordwind bygger mjukvara för logistikföretag i Göteborg.

## Arbetsuppgifter

- Du utvecklar våra betal-API:er.

## Kvalifikationer

- Minst 3 års erfarenhet av Go.

## Vi erbjuder

- 30 dagars betald semester.

## Se även

- [Produktdesigner](https://nordwind.io/jobs/1)
- [Dataanalytiker](https://nordwind.io/jobs/2)
`;

/**
 * A posting's own sections in ru, uk, tr, fi, hu, ro and el, then links to two other roles under "See also": one posting.
 * Without these languages' section headings (tables/sections.ts) the page was read as a list of the two linked roles,
 * and the posting itself was lost.
 */
const SECTIONS_BY_LANGUAGE: Array<[language: string, title: string, intro: string, sections: string[], seeAlso: string, others: string[]]> = [
  ['ru', 'Java-разработчик', 'Компания Nordwind ищет Java-разработчика в Москве.', ['Обязанности', 'Требования', 'Мы предлагаем'], 'Смотрите также', ['Дизайнер продукта', 'Аналитик данных']],
  ['uk', 'Java-розробник', 'Компанія Nordwind шукає Java-розробника в Києві.', ["Обов'язки", 'Вимоги', 'Ми пропонуємо'], 'Дивіться також', ['Дизайнер продукту', 'Аналітик даних']],
  ['tr', 'Java Geliştirici', 'Nordwind İstanbul ofisi için Java Geliştirici arıyor.', ['Sorumluluklar', 'Aranan Nitelikler', 'Neler Sunuyoruz'], 'Diğer ilanlar', ['Ürün Tasarımcısı', 'Veri Analisti']],
  ['fi', 'Java-kehittäjä', 'Nordwind etsii Java-kehittäjää Helsinkiin.', ['Tehtävät', 'Edellytämme', 'Tarjoamme'], 'Katso myös', ['Tuotesuunnittelija', 'Data-analyytikko']],
  ['hu', 'Java fejlesztő', 'A Nordwind Java fejlesztőt keres budapesti irodájába.', ['Feladatok', 'Elvárások', 'Amit kínálunk'], 'Lásd még', ['Terméktervező', 'Adatelemző']],
  ['ro', 'Dezvoltator Java', 'Nordwind caută un Dezvoltator Java la București.', ['Responsabilități', 'Cerințe', 'Ce oferim'], 'Vezi și', ['Designer de produs', 'Analist de date']],
  ['el', 'Προγραμματιστής Java', 'Η Nordwind αναζητά Προγραμματιστή Java στην Αθήνα.', ['Αρμοδιότητες', 'Απαιτήσεις', 'Προσφέρουμε'], 'Δείτε επίσης', ['Σχεδιαστής προϊόντος', 'Αναλυτής δεδομένων']],
  ['id', 'Pengembang Java', 'Nordwind mencari Pengembang Java di Jakarta.', ['Tanggung Jawab', 'Persyaratan', 'Yang Kami Tawarkan'], 'Lihat juga', ['Desainer Produk', 'Analis Data']],
  ['vi', 'Lập trình viên Java', 'Nordwind tuyển Lập trình viên Java tại Hà Nội.', ['Trách nhiệm', 'Yêu cầu', 'Quyền lợi'], 'Xem thêm', ['Nhà thiết kế sản phẩm', 'Chuyên viên phân tích dữ liệu']],
];

const sectionsThenOtherRoles = ([, title, intro, sections, seeAlso, others]: (typeof SECTIONS_BY_LANGUAGE)[number]) =>
  [`# ${title}`, '', intro, '', ...sections.flatMap((heading, i) => [`## ${heading}`, '', `- Item ${i + 1}.`, '']), `## ${seeAlso}`, '',
    ...others.map((other, i) => `- [${other}](https://nordwind.io/jobs/${i + 1})`), ''].join('\n');

describe('a posting\'s own sections then links to other roles, per language: the posting, whole', () => {
  it.each(SECTIONS_BY_LANGUAGE)('%s', async (...row) => {
    const { result, records } = await normalized(sectionsThenOtherRoles(row));
    expect(result.code, result.stderr).toBe(0);
    expect(records.map((record) => record.title)).toEqual([row[1]]);
  });
});

const ROLES_RU = ['Java-разработчик', 'Дизайнер продукта', 'Аналитик данных'];
/** Three roles, each with its own duty, requirement and offer sections (ru): three postings. */
const THREE_ROLES_WITH_SECTIONS_RU = ['# Вакансии Nordwind', '', 'Nordwind нанимает.', '',
  ...ROLES_RU.flatMap((role) => [`## ${role}`, '', '### Обязанности', '', '- item one', '', '### Требования', '', '- item two', '', '### Условия', '', '- item three', '']), ''].join('\n');
/** A careers page: an intro, then a heading "open positions" (fi, ru) over links to three roles. */
const careersIndex = (title: string, intro: string, heading: string, roles: string[]) =>
  [`# ${title}`, '', intro, '', `## ${heading}`, '', ...roles.map((role, i) => `- [${role}](https://nordwind.example/jobs/${i + 1})`), ''].join('\n');

describe('pages of several roles that the section words leave split', () => {
  it.each([
    ['ru, three roles each with Обязанности / Требования / Условия', THREE_ROLES_WITH_SECTIONS_RU, ROLES_RU],
    ['fi, "Avoimet tehtävät" (open positions) over role links', careersIndex('Nordwind Oy – Ura', 'Nordwind rakentaa logistiikkaohjelmistoja Helsingissä.', 'Avoimet tehtävät', ['Java-kehittäjä', 'Tuotesuunnittelija', 'Data-analyytikko']), ['Java-kehittäjä', 'Tuotesuunnittelija', 'Data-analyytikko']],
    ['ru, "Интересные задачи и открытые вакансии" over role links', careersIndex('Карьера в Nordwind', 'Nordwind создаёт ПО для логистики.', 'Интересные задачи и открытые вакансии', ROLES_RU), ROLES_RU],
  ])('%s: one record per role', async (_name, input, titles) => {
    const { result, records } = await normalized(input);
    expect(result.code, result.stderr).toBe(0);
    expect(records.map((record) => record.title)).toEqual(titles);
  });
});

describe('single postings the general splitters keep whole', () => {
  it.each([
    ['a numbered list of the posting\'s peers under an intro that hires one role', PEERS_NUMBERED],
    ['a bullet list of the posting\'s peers under an intro that hires one role', PEERS_BULLETS],
    ['a table of teammates linking to their GitHub profiles', TEAM_TABLE],
    ['a career ladder whose rows link to anchors of one page', LADDER_TABLE],
    ['a posting and its translation between rules', TRANSLATION],
    ['a contact line in dashes under a rule', CONTACT_UNDER_RULE],
    ['en, one-item lists naming the teams the posting works with', TEAMS_AS_ONE_ITEM_LISTS],
    ['de, one-item lists naming the colleagues the posting works with', TEAMS_AS_ONE_ITEM_LISTS_DE],
    ['pl, a posting\'s sections then links to other roles', OTHER_ROLES_AFTER_SECTIONS_PL],
    ['sv, a posting\'s sections then links to other roles', OTHER_ROLES_AFTER_SECTIONS_SV],
  ])('%s: one record', async (_name, input) => {
    const { result, records } = await normalized(input);
    expect(result.code, result.stderr).toBe(0);
    expect(records).toHaveLength(1);
  });

  // The quadratic loop this page once hit (breakChunks, 24,000 rules: 42 s) is caught by counting work, not by a
  // time limit that load can pass or fail (split-scale.test.ts: 4 times the rules, at most 6 times the reads).
  it('a page of 1,000 thematic breaks between lines that name no role: read to its end, no posting', async () => {
    const input = `# Jobs\n\n${Array.from({ length: 1_000 }, (_, i) => `Line ${i} about things`).join('\n\n---\n\n')}\n`;
    const { result, records } = await normalized(input);
    expect(result.stderr).not.toMatch(/budget|time ?out|timed out/i);
    expect(result.stderr).toMatch(/not-a-posting/);
    expect(records).toHaveLength(0);
  });
});
