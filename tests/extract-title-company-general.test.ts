/**
 * Title and company on synthetic pages nobody tuned on: each row is a page
 * shape or a language fact (role nouns, hiring phrases, legal forms, job
 * boards), written here in several languages and run through the CLI.
 * A row states the value chosen (null: none) and, where it matters, the rule.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; title?: string | null; titleRule?: string; company?: string | null; companyRule?: string }

const html = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>\n`;
const BODY = '<p>You will build and run our services with a small team. We offer a good salary and flexible hours.</p>';

const titles: Row[] = [
  { name: 'a role heading beats a front matter title that names no role', title: 'Senior Platform Engineer', titleRule: 'heading.h1',
    input: '---\ntitle: Join the Fernway team\n---\n\n# Senior Platform Engineer\n\nBuild our platform.\n' },
  { name: 'pl: "na stanowisko: X" names the position', title: 'Programista Java', titleRule: 'text.role-phrase',
    input: '# Oferta pracy\n\nNasz zespół poszukuje osoby na stanowisko: Programista Java\n\n## Wymagania\n- 3 lata doświadczenia\n' },
  { name: 'ru: "на должность X"', title: 'Тестировщик ПО', titleRule: 'text.role-phrase',
    input: 'Приглашаем на должность Тестировщик ПО.\n\nТребования: опыт от 1 года.\n' },
  { name: 'fr: "pour le poste de X"', title: 'Comptable', titleRule: 'text.role-phrase',
    input: '# Recrutement\n\nNous ouvrons un recrutement pour le poste de comptable à Nantes.\n\n## Profil\n- BTS\n' },
  { name: 'ja: "Xを募集" after a careers heading', title: 'バックエンドエンジニア', titleRule: 'text.role-phrase',
    input: '# 採用情報\n\n当社では、バックエンドエンジニアを募集しています。\n\n## 応募資格\n- Goの経験3年以上\n' },
  { name: 'zh: "招聘X" after a careers heading', title: '高级后端工程师', titleRule: 'text.role-phrase',
    input: '# 加入我们\n\n团队现招聘高级后端工程师。\n\n## 岗位职责\n- 负责后端服务开发\n' },
  { name: 'ja: hiring marks around a heading are no part of the title', title: 'フロントエンドエンジニア',
    input: '# 【急募】フロントエンドエンジニア募集\n\nReact の経験がある方。\n' },
  { name: 'headings under "Other jobs" name other postings', title: 'Product Manager', titleRule: 'text.role-phrase',
    input: '# Careers\n\nWe are looking for a Product Manager to grow our sales.\n\n## Other jobs\n\n### Java Developer\nNew Delhi\n' },
  // The same list under "Other jobs" in more languages: a heading that is only the phrase, never one with a role in it.
  ...([
    ['pl', 'Inne oferty pracy', 'Specjalista ds. marketingu'],
    ['sv', 'Andra lediga tjänster', 'Projektledare'],
    ['sv', 'Liknande jobb', 'Projektledare'],
    ['cs', 'Další pozice', 'Projektový manažer'],
    ['cs', 'Podobné pozice', 'Projektový manažer'],
    ['en', 'Other jobs', 'Project Manager'],
  ] as const).map(([lang, heading, other]) => ({ name: `${lang}: headings under "${heading}" name other postings`, title: null,
    input: `Acme s.r.o.\n\nSend your CV to jobs@acme.io. Salary 50000 EUR.\n\n## ${heading}\n\n### ${other}\n\n### Senior ${other}\n` })),
  // An interview step names no role, though its adjective is a role noun ("tecnico", "técnica"); the role noun alone stays one.
  { name: 'it: "Colloquio tecnico" is an interview step, no title', title: 'Sviluppatore Backend', titleRule: 'text.role-phrase',
    input: '# Lavora con noi\n\nCerchiamo un Sviluppatore Backend per il nostro team di Milano.\n\n## Colloquio tecnico\n\nUn incontro di 60 minuti.\n' },
  { name: 'es: "Entrevista técnica" is an interview step, no title', title: 'Desarrollador Backend', titleRule: 'text.role-phrase',
    input: '# Trabaja con nosotros\n\nBuscamos un Desarrollador Backend para nuestro equipo en Madrid. Jornada completa, contrato indefinido. Envía tu CV a jobs@acme.io.\n\n## Entrevista técnica\n\nUna reunión de 60 minutos.\n' },
  { name: 'pt: "Entrevista técnica" is an interview step, no title', title: 'Desenvolvedor Backend', titleRule: 'text.role-phrase',
    input: '# Trabalhe conosco\n\nProcuramos um Desenvolvedor Backend para nossa equipe em Lisboa. Tempo integral. Envie o seu CV para jobs@acme.io.\n\n## Entrevista técnica\n\nUma conversa de 60 minutos.\n' },
  { name: 'it: "Tecnico di laboratorio" names a role', title: 'Tecnico di laboratorio', titleRule: 'heading.h2',
    input: '# Lavora con noi\n\n## Tecnico di laboratorio\n\nTempo pieno a Milano. jobs@acme.io\n' },
  { name: 'de: a role noun in a compound (Mechatroniker)', title: 'Mechatroniker', input: '# Karriere\n\n## Mechatroniker (m/w/d)\n\nWir bieten einen sicheren Arbeitsplatz.\n' },
  { name: 'en: a role outside software (nurse)', title: 'Registered Nurse', input: '# Jobs\n\n## Registered Nurse\n\nNight shifts, full-time.\n' },
  { name: 'pl: księgowa', title: 'Księgowa', input: '# Kariera\n\n## Księgowa\n\nPraca w biurze w Krakowie.\n' },
  { name: 'tr: yazılımcı', title: 'Kıdemli Yazılımcı', input: '# Kariyer\n\n## Kıdemli Yazılımcı\n\nİstanbul ofisimizde çalışacak.\n' },
  { name: 'ru: тестировщик', title: 'Тестировщик', input: '# Вакансии\n\n## Тестировщик\n\nРабота в офисе.\n' },
  { name: 'zh: 程序员', title: 'Java程序员', input: '# 招聘\n\n## Java程序员\n\n五险一金。\n' },
  { name: '"International" holds "intern" but names no role', title: null, input: '# Careers\n\n## International Partnerships\n\nWe work with partners in 30 countries. Full-time. Send your CV to jobs@acme.io.\n' },
  { name: '"Architecture" holds "architect" but names no role', title: null, input: '# Careers\n\n## Architecture\n\nOur system is built on queues. Full-time. Send your CV to jobs@acme.io.\n' },
  // Decorations a job board puts around a title: places, remote and contract words, hours, bare gender marks.
  ...([
    ['Senior Backend Engineer – Remote (EU) – Full-time', 'Senior Backend Engineer'],
    ['[Remote] Senior Backend Engineer', 'Senior Backend Engineer'],
    ['Backend Engineer | Remote | Full-time', 'Backend Engineer'],
    ['Stellenangebot: Senior Entwickler (m/w/d) in Vollzeit', 'Senior Entwickler'],
    ['Junior Developer (Teilzeit, 20h)', 'Junior Developer'],
    ["Offre d'emploi : Développeur H/F - CDI", 'Développeur'],
    ['Desarrollador Backend - Jornada completa', 'Desarrollador Backend'],
    ['Job Opening: Senior Backend Engineer', 'Senior Backend Engineer'],
    ["We're hiring: Senior Backend Engineer!", 'Senior Backend Engineer'],
    // Kept: a territory after a comma, and what is no decoration.
    // A colon with a space after it separates a name from the title, spaced before it (French) or not (English).
    ['Fernway : Backend Engineer', 'Backend Engineer'],
    ['Fernway: Backend Engineer', 'Backend Engineer'],
    ['Data Scientist: NLP', 'Data Scientist: NLP'],
    // The word for the post before "at" goes with the employer's name; a role that ends in such a word keeps it.
    ['Backend Engineer job at Fernway', 'Backend Engineer'],
    ['Backend Engineer position at Fernway', 'Backend Engineer'],
    ['Backend Engineer at Fernway', 'Backend Engineer'],
    ['Country Manager, Ukraine', 'Country Manager, Ukraine'],
    ['Software Engineer in Test', 'Software Engineer in Test'],
    ['Engineer in Zürich', 'Engineer in Zürich'],
    // A job board's place after the post's word or after the employer goes with them (review26); after the role it stays (above)
    ['Senior Backend Engineer job in London at Fernway', 'Senior Backend Engineer'],
    ['Backend Engineer job in Berlin', 'Backend Engineer'],
    ['Senior Backend Engineer job at Fernway in Berlin', 'Senior Backend Engineer'],
    ['Senior Backend Engineer (m/w/d) bei Fernway GmbH in München', 'Senior Backend Engineer'],
    ['Backend Engineer job in Kubernetes', 'Backend Engineer job in Kubernetes'],
  ] as const).map(([heading, title]) => ({ name: `decoration: "${heading}"`, title, input: `# ${heading}\n\nWe build tools. Send your CV to jobs@fernway.io.\n` })),
  { name: 'a title set in bold under a name heading', title: 'Senior Rust Engineer', titleRule: 'text.bold-line',
    input: '# Fernway\n\n**Senior Rust Engineer**\n\nFernway builds logistics software. Full-time, remote in the EU.\n' },
  { name: 'several bold titles list other jobs: none of them', title: 'Data Engineer', titleRule: 'text.header-line',
    input: 'Data Engineer | Fernway | Berlin\n\n**Controller (m/w/d)**\n**Grafiker (m/w/d)**\n**Controller (m/w/d)**\n\nWe build logistics software.\n' },
  { name: 'a GitHub issue form: "### Job Title" over the value', title: 'Senior Rust Engineer', titleRule: 'heading.label', company: 'Fernway', companyRule: 'heading.label',
    input: '### Job Title\n\nSenior Rust Engineer\n\n### Company Name\n\nFernway\n\n### Location\n\nRemote (EU)\n\n### Description\n\nWe build logistics software.\n' },
  { name: 'a two-cell table of labels', title: 'Senior Rust Engineer', titleRule: 'text.labelled-line', company: 'Fernway', companyRule: 'text.labelled-line',
    input: '| Position | Senior Rust Engineer |\n|---|---|\n| Company | Fernway |\n| Location | Berlin |\n\nWe build logistics software.\n' },
];

const companies: Row[] = [
  { name: 'sv: "Vi söker en X till Y" names who hires', company: 'Nordljus', companyRule: 'body.role-phrase-to',
    input: '# Jobb\n\nVi söker en systemutvecklare till Nordljus. Tjänsten är på heltid.\n' },
  { name: 'sv: "till" a place names no employer', company: null,
    input: '# Jobb\n\nVi söker en systemutvecklare till Göteborg. Tjänsten är på heltid.\n' },
  { name: 'de: "Wir suchen … für die X GmbH"', company: 'Nordlicht GmbH',
    input: '# Backend-Entwickler\n\nWir suchen eine Entwicklerin für die Nordlicht GmbH in Hamburg.\n' },
  // German capitalises every noun: "für" + a bare capitalised word is what the hire works on as often as who hires.
  { name: 'de: "Wir suchen … für X-APIs": a noun after "für" names no employer', company: null,
    input: '# Backend-Entwickler\n\nWir suchen einen Backend-Entwickler für Zahlungs-APIs in Go und PostgreSQL.\n\n## Anforderungen\n- 3 Jahre Erfahrung mit Go\n' },
  { name: 'de: "Leidenschaft für Software", with "Software" written on other lines, names no employer', company: null,
    input: '# Projektleiter\n\nProfessionals nutzen unsere Software.\n\nWir suchen jemanden mit Leidenschaft für Software und digitale Lernwelten!\n\n- Erfahrung mit HR Software\n- Leidenschaft für Business Software\n' },
  { name: 'de: "Wir suchen … für X" counts with another reading of X', company: 'Nordlicht',
    input: '# Backend-Entwickler\n\nWir suchen einen Backend-Entwickler für Nordlicht in Hamburg.\n\nMehr über uns: jobs@nordlicht.de\n' },
  { name: 'a position at a department of a university', company: 'Physics Department, University of Lisbon', companyRule: 'body.position-at',
    input: '# Postdoc\n\nWe offer a two-year postdoctoral position at the Physics Department, University of Lisbon. You will model neural data.\n' },
  { name: '"a position at X for …": the connector word is no part of the name', company: 'Fernway', companyRule: 'body.position-at',
    input: '# Backend Engineer\n\nWe have an open position at Fernway for a Rust engineer.\n' },
  { name: 'an obfuscated address ("at … punto org") names the company through the text', company: 'Quiltra', companyRule: 'domain.mention',
    input: '# Programador\n\nTrabajarás en el equipo de Quiltra. Interesados escribir a maria at quiltra punto org.\n' },
  { name: 'de: "Unternehmen:" labels the employer', company: 'Nordlicht GmbH', companyRule: 'text.labelled-line',
    input: '# Stellenangebot\n\n**Unternehmen:** Nordlicht GmbH\n**Stelle:** Backend-Entwickler (m/w/d)\n\nWir bieten Homeoffice.\n' },
  { name: 'ja: "会社名：" labels the employer', company: 'サンプル', companyRule: 'text.labelled-line',
    input: '# バックエンドエンジニア\n\n会社名：サンプル\n勤務地：東京\n' },
  { name: 'a header line: a note in brackets after the name goes', title: 'Senior Rust Engineer', company: 'Fernway', companyRule: 'text.header-line',
    input: 'Fernway (YC S21) | Senior Rust Engineer | Remote (EU) | Full-time\n\nWe build logistics software.\n' },
  { name: '"X - Fernway" beside an address at fernway.io: the right part is the company', title: 'Senior Rust Engineer', company: 'Fernway', companyRule: 'title.company-suffix',
    input: 'Senior Rust Engineer - Fernway\n\nWe build logistics software. Write to jobs@fernway.io.\n' },
  { name: 'a careers heading under the title is no company', company: 'Fernway', companyRule: 'body.is-hiring',
    input: '# Senior Rust Engineer\n\n## Open positions\n\nFernway is hiring engineers. We build logistics software.\n' },
  { name: 'an HTML title "Acme - X": the part that is no job title', company: 'Acme', companyRule: 'page.title',
    input: html('<title>Acme - Product Designer</title>', `<h1>Join our team</h1>${BODY}`) },
  { name: '"X - Jobs at Acme" beats a job board site name', company: 'Brightwave', companyRule: 'page.title',
    input: html('<title>Data Analyst - Jobs at Brightwave</title><meta property="og:site_name" content="Greenhouse">', `<h1>Data Analyst</h1>${BODY}`) },
  { name: '"X | Acme Careers": the careers word goes', company: 'Acme',
    input: html('<title>Senior Backend Engineer | Acme Careers</title>', `<h1>Open positions</h1>${BODY}`) },
  { name: 'a job board as og:site_name is no company', company: null,
    input: html('<title>Backend Engineer</title><meta property="og:site_name" content="LinkedIn">', `<h1>Backend Engineer</h1>${BODY}`) },
  { name: 'a first heading the text repeats names the company', company: 'Brightwave', companyRule: 'heading.name',
    input: '# Brightwave\n\n## Frontend Developer\n\nBrightwave builds tools for nurses. Small team.\n\n## What you will do\n- Build React screens\n' },
  { name: 'de: "Karriere bei der X GmbH"', company: 'Nordlicht GmbH', companyRule: 'heading.careers-at',
    input: '# Karriere bei der Nordlicht GmbH\n\n## Softwareentwickler Java\n\nDu entwickelst Backend-Services in Hamburg.\n' },
  { name: 'pl: a name with "Sp. z o.o."', company: 'Kodex Sp. z o.o.', companyRule: 'text.legal-form',
    input: '# Programista Java\n\nKodex Sp. z o.o. to software house z Gdańska.\n\n## Wymagania\n- Java 17\n' },
  { name: 'ru: "ООО «Ромашка»"', company: 'ООО «Ромашка»', companyRule: 'text.legal-form',
    input: 'Вакансия: Frontend-разработчик\n\nООО «Ромашка» — продуктовая команда.\nТребования: опыт от 2 лет.\n' },
  { name: 'ja: 株式会社 before the name', company: '株式会社サンプル', companyRule: 'text.legal-form',
    input: '# バックエンドエンジニア\n\n株式会社サンプルは東京にあります。\n\n## 応募資格\n- Go\n' },
  { name: 'zh: 有限公司 after the name, lead-in words dropped', company: '北京星辰科技有限公司', companyRule: 'text.legal-form',
    input: '# 高级后端工程师\n\n我们是北京星辰科技有限公司，专注物流软件。\n\n## 岗位职责\n- 开发\n' },
  { name: 'a copyright line names the company, with its legal form', company: 'Tallgrass Labs Ltd.', companyRule: 'text.copyright',
    input: '# Site Reliability Engineer\n\nYou will run our Kubernetes clusters.\n\n## Benefits\n- Remote\n\n© 2023 Tallgrass Labs Ltd. All rights reserved.\n' },
  { name: 'pl: a copyright line keeps a legal form with dots and spaces of its own ("Sp. z o.o.")', company: 'Kodex Sp. z o.o.', companyRule: 'text.copyright',
    input: '# Programista Java\n\nBudujemy systemy płatności.\n\n## Wymagania\n- Java 17\n\n© 2024 Kodex Sp. z o.o. Wszelkie prawa zastrzeżone.\n' },
  { name: 'pt: a legal form of four letters keeps its dot ("Ltda.")', company: 'Nordlicht Sistemas Ltda.', companyRule: 'text.copyright',
    input: '# Desenvolvedor Java\n\nVocê vai construir APIs.\n\n## Requisitos\n- Java 17\n\n© 2024 Nordlicht Sistemas Ltda. Todos os direitos reservados.\n' },
  { name: 'a copyright line without a legal form ends at its full stop', company: 'Tallgrass Labs', companyRule: 'text.copyright',
    input: '# Site Reliability Engineer\n\nYou will run our Kubernetes clusters.\n\n## Benefits\n- Remote\n\n© 2023 Tallgrass Labs. All rights reserved.\n' },
  { name: 'a page naming several organisations with legal forms is a listing: none of them, nor its copyright', company: null,
    input: '# Controller (m/w/d)\n\nWeitere Jobs:\n\n- Grafiker bei Stender GmbH\n- Controller bei Paulmann Licht GmbH\n\n© Jobfinder 2003-2025\n' },
  // An HTML page's footer and header are dropped from the text, but name the site's owner (weakly: the body's reading wins).
  { name: 'html: the footer\'s copyright line names the company', company: 'Nordlicht GmbH', companyRule: 'page.footer-copyright',
    input: html('<title>Backend Engineer</title>', `<main><h1>Backend Engineer</h1>${BODY}</main><footer><p>© 2026 Nordlicht GmbH. All rights reserved.</p></footer>`) },
  { name: 'html: a footer\'s "Copyright" in inline tags, beside a "Powered by" credit', company: 'Nordlicht', companyRule: 'page.footer-copyright',
    input: html('<title>Backend Engineer</title>', `<main><h1>Backend Engineer</h1>${BODY}</main><footer><div><span>Copyright 2026</span> <span>Nordlicht</span></div><p>Powered by Hireflow</p></footer>`) },
  { name: 'html: a theme\'s credit in the footer is no company', company: null,
    input: html('<title>Backend Engineer</title>', `<main><h1>Backend Engineer</h1>${BODY}</main><footer><p>© Theme by Zeenbit</p><p>Powered by Hireflow</p></footer>`) },
  { name: 'html: a job board\'s footer loses to the employer the posting names', company: 'Acme Robotics',
    input: html('<title>Backend Engineer</title>', `<main><h1>Backend Engineer</h1><p>Acme Robotics is hiring a backend engineer to build payment APIs in Go.</p>${BODY}</main><footer><p>© 2026 Jobboard Inc. All rights reserved.</p></footer>`) },
  { name: 'html: the header\'s brand link to the home page names the company', company: 'Nordlicht', companyRule: 'page.header-brand',
    input: html('<title>Backend Engineer</title>', `<header><nav><a class="logo" href="/">Nordlicht</a><a href="/jobs">Jobs</a></nav></header><main><h1>Backend Engineer</h1>${BODY}</main>`) },
  { name: 'html: a header link to the home page not marked as the brand names none', company: null,
    input: html('<title>Backend Engineer</title>', `<header><nav><a href="/">Start</a><a href="/jobs">Jobs</a></nav></header><main><h1>Backend Engineer</h1>${BODY}</main>`) },
  // A closing line signed by the employer's team, in each language (tables/company-page-parts.ts).
  ...([['de', 'Ihr Nordlicht-Team'], ['de', 'Dein Team von Nordlicht'], ['fr', "L'équipe Nordlicht"], ['es', 'El equipo de Nordlicht'], ['pl', 'Zespół Nordlicht'],
    ['ru', 'Команда Nordlicht'], ['en', 'The Nordlicht Team'], ['de', 'Team Nordlicht']] as const).map(([language, line]): Row => (
    { name: `${language}: the sign-off "${line}" names the company`, company: 'Nordlicht', input: `# Backend Engineer\n\nYou will build our payment APIs in Go with a small team.\n\nApply by email.\n\n${line}\n` })),
  ...['Ihr Team', 'The Engineering Team', "L'équipe RH", 'El equipo de ventas', 'Your Team'].map((line): Row => (
    { name: `the sign-off "${line}" names no company`, company: null, input: `# Backend Engineer\n\nYou will build our payment APIs in Go with a small team.\n\nApply by email.\n\n${line}\n` })),
  // review25c: a benefit list's "- Junges Team" signs nothing, nor a footer's words of its rights.
  ...['- Junges Team', '- Motivated Team', '- Equipo Joven'].map((line): Row => (
    { name: `the list item "${line}" at a posting's end names no company`, company: null, input: `# Backend Engineer\n\nYou will build our payment APIs in Go.\n\n## Benefits\n\n- Flexible hours\n${line}\n` })),
  ...['© 2026 All rights reserved.', 'Copyright © 2026 Alle Rechte vorbehalten', '© Copyright 2026. Impressum'].map((line): Row => (
    { name: `html: the footer "${line}" names no company`, company: null,
      input: html('<title>Backend Engineer</title>', `<main><h1>Backend Engineer</h1>${BODY}</main><footer><p>${line}</p></footer>`) })),
  { name: 'ru: "Компания «Вектор»": a quoted name after the organisation noun', company: 'Вектор', companyRule: 'body.company-noun-quoted',
    input: 'Компания «Вектор» приглашает на должность Тестировщик ПО.\n\nТребования: опыт от 1 года.\n' },
];

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

describe('title on pages nobody tuned on', () => {
  it.each(titles)('$name', async ({ input, title, titleRule }) => {
    const record = await recordOf(input);
    expect(record.title ?? null).toBe(title);
    if (titleRule) expect(record.evidence.title.rule).toBe(titleRule);
  });
});

describe('company on pages nobody tuned on', () => {
  it.each(companies)('$name', async ({ input, company, companyRule }) => {
    const record = await recordOf(input);
    expect(record.company?.name ?? null).toBe(company);
    if (companyRule) expect(record.evidence.company.rule).toBe(companyRule);
  });
});
