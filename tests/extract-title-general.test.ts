/**
 * Title rules from the second extra dev set (issue #13): each row is a page
 * shape or a language fact, written here in synthetic text and run through
 * the CLI. A row states the title chosen (null: none) and, where it matters,
 * the rule that chose it. Every row fails without the rule it names.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; title: string | null; titleRule?: string }

const BODY = '\n\nWe build logistics software in a small team. Send your CV to jobs@fernway.io.\n';

const rows: Row[] = [
  // Japanese and Chinese write a careers word straight after the title, with no space or separator.
  { name: 'ja: "募集要項" glued after a title', title: 'バックエンドエンジニア', input: '# バックエンドエンジニア募集要項\n\nGoの経験がある方。\n' },
  { name: 'ja: "採用情報" glued after a front matter title', title: 'データサイエンティスト', titleRule: 'frontmatter.title',
    input: '---\ntitle: データサイエンティスト採用情報\n---\n\nPythonの経験がある方。\n' },
  { name: 'zh: "招聘信息" glued after a title', title: '前端工程师', input: '# 前端工程师招聘信息\n\n熟悉 React。\n' },
  { name: 'ja: a note after "※" is no part of the title', title: 'インフラエンジニア', input: '# インフラエンジニア ※未経験者も歓迎\n\nAWSの経験がある方。\n' },
  { name: 'ja: "応募職種" labels the title on the line under it', title: 'システムエンジニア', titleRule: 'heading.label',
    input: '# 中途採用\n\n### 応募職種\n\nシステムエンジニア\n\n### 勤務地\n\n東京\n' },
  // A heading that asks a question addresses the reader; a title names a job.
  { name: 'en: a question heading is no title', title: null, input: `# Looking for a new challenge?${BODY}` },
  { name: 'pt: a question heading is no title, though it names a role', title: null,
    input: '# Vagas\n\n## Como é ser desenvolvedor aqui?\n\nTrabalho remoto, tempo integral. Escreva para jobs@fernway.io.\n' },
  { name: 'es: "¿…?" is a question too', title: null, input: `# ¿Quieres trabajar como programador?${BODY}` },
  // A workload figure and what follows it describe the job, they are no part of its title.
  { name: 'de: "(60 %)" and the start date after it', title: 'Buchhalter', input: `# Buchhalter (60 %), ab März, Zürich${BODY}` },
  { name: 'de: "60-80%" and the area after it', title: 'Psychologe', input: `# Psychologe 60-80%, Bereich Kinder${BODY}` },
  { name: 'nl: "32-40 uur per week" and the city after it', title: 'Java developer', input: `# Java developer 32-40 uur per week Amsterdam${BODY}` },
  { name: 'en: "(30 hours per week)"', title: 'Support Engineer', input: `# Support Engineer (30 hours per week)${BODY}` },
  // en: "hiring" and "recruiting" bare before an HR role noun are the role's first word, not a sentence around it.
  { name: 'en: "Hiring Manager" is a role, from front matter too', title: 'Hiring Manager', titleRule: 'frontmatter.title', input: `---\ntitle: Hiring Manager\n---\n${BODY}` },
  { name: 'en: "Recruiting Coordinator" is a role', title: 'Recruiting Coordinator', input: `# Recruiting Coordinator${BODY}` },
  { name: 'en: "Hiring a Manager" is a sentence around one', title: 'Manager', input: `# Hiring a Manager${BODY}` },
  { name: 'en: "Hiring our next Barista" is a sentence around one', title: 'Barista', input: `# Hiring our next Barista${BODY}` },
  // Turkish puts "arıyoruz" (we are looking for) after the role.
  { name: 'tr: "X Arıyoruz" on a heading', title: 'Veri Analisti', input: '# Veri Analisti Arıyoruz\n\nİstanbul ofisimizde çalışacak.\n' },
  // A careers heading names no job.
  { name: 'es: "Únete al equipo" is a careers heading', title: null, input: '# Únete al equipo\n\nTrabajamos en remoto, jornada completa. Escríbenos a jobs@fernway.io.\n' },
  // Dutch writes English loan words in closed compounds.
  { name: 'nl: "webdeveloper" is a role', title: 'Webdeveloper', input: '# Vacature webdeveloper\n\nJe werkt in ons team in Utrecht.\n' },
  // A front matter title written as a list of lines is one title.
  { name: 'fr: a front matter title given as a list of lines', title: 'Développeur·euse backend', titleRule: 'frontmatter.title',
    input: '---\ntitle:\n  - "Nous recherchons"\n  - "un·e développeur·euse backend"\n---\n\nPoste basé à Lyon.\n' },
  // French "à la recherche d'un(e) X": looking for an X.
  { name: 'fr: "À la recherche d\'une X"', title: 'Développeuse mobile', titleRule: 'frontmatter.title',
    input: "---\ntitle: \"À la recherche d'une développeuse mobile\"\n---\n\nPoste basé à Nantes.\n" },
  // A value written in quotes in a data file ("title: \"X\","): the quotes are no part of the title.
  { name: 'a quoted labelled value in a data file', title: 'Data Engineer', titleRule: 'text.labelled-line',
    input: '  {\n    title: "Data Engineer",\n    company: "Fernway",\n    location: "Remote",\n    contact: "jobs@fernway.io",\n  },\n' },
  // A date is never part of a title.
  { name: 'a date in brackets after a title', title: 'Data Engineer', input: `# Data Engineer (posted March 3, 2021)${BODY}` },
  // "Company : Role": a spaced colon separates a header's parts as a dash does.
  { name: '"X : Role" in a front matter title', title: 'Senior Rust Engineer', titleRule: 'frontmatter.title',
    input: `---\ntitle: "Fernway : Senior Rust Engineer"\n---\n${BODY}` },
  // Hiring verbs before a title, in forms that keep the role as it is written in a title.
  ...([
    ['es', 'Se busca programador backend', 'Programador backend'],
    ['pt', 'Procuramos desenvolvedor mobile', 'Desenvolvedor mobile'],
    ['it', 'Cerchiamo uno sviluppatore frontend', 'Sviluppatore frontend'],
    ['cs', 'Hledá se programátor pro Linux', 'Programátor pro Linux'],
    ['ru', 'Требуется тестировщик', 'Тестировщик'],
  ] as const).map(([lang, heading, title]) => ({ name: `${lang}: "${heading}"`, title, input: `# ${heading}${BODY}` })),
  // Role nouns (language facts): under a careers heading, only a heading that names a role is a title.
  ...([
    ['en', 'Careers', 'Senior SWE'],
    ['en', 'Careers', 'Bizdev'],
    ['en', 'Careers', 'Dev Back Office'],
    ['en', 'Careers', 'Post-doc in Physics'],
    ['it', 'Lavora con noi', 'Sviluppatori backend'],
    ['pt', 'Vagas', 'Bolsista de iniciação científica'],
    ['pt', 'Vagas', 'Estágio em Desenvolvimento Web'],
    ['tr', 'Kariyer', 'Ruby on Rails Staj Programı'],
    ['nl', 'Vacatures', 'Accountmanager'],
    ['sv', 'Karriär', 'VD till Acme'],
  ] as const).map(([lang, page, title]) => ({ name: `${lang}: "${title}" names a role`, title, input: `# ${page}\n\n## ${title}\n\n${BODY}` })),
  { name: 'a smiley after a headline is no part of the title', title: 'Backend Engineer', input: `# Backend Engineer :)${BODY}` },
  // Title shape (title-evidence.ts): a sentence that names no role, a headline and the site's own name are no title.
  { name: 'en: a front matter sentence that names no role is no title', title: null, input: `---\ntitle: "We want you!"\n---\n${BODY}` },
  { name: 'fr: "Rejoignez notre équipe" names no role', title: null, input: `---\ntitle: "Rejoignez notre équipe"\n---\n${BODY}` },
  { name: 'de: "Komm in unser Team" names no role', title: null, input: `# Komm in unser Team\n\n${BODY}` },
  { name: 'a headline of more than ten words is no title, even with a role noun', title: null,
    input: `---\ntitle: "Aberto edital de seleção de bolsistas para parceria com três empresas locais"\n---\n${BODY}` },
  { name: "the site's own name as the page heading is no title", title: null,
    input: `<!DOCTYPE html><html><head><meta property="og:site_name" content="Fernway"></head><body><h1>Fernway</h1><p>${BODY}</p></body></html>\n` },
  { name: 'a title-shaped heading beats a front matter sentence that speaks to the reader', title: 'Senior Platform Engineer', titleRule: 'heading.h1',
    input: '---\ntitle: Join our team as a Senior Engineer\n---\n\n# Senior Platform Engineer\n\nBuild our platform.\n' },
  // (It was "Åpen søknad": an open application's page, since session 26 no posting at all, not-posting-more-languages.test.ts.)
  { name: 'a short title that names no role is still taken when it is the only candidate', title: 'Lager og logistikk', input: `---\ntitle: Lager og logistikk\n---\n${BODY}` },
  { name: "the posting's own domain as the page heading is no title", title: null,
    input: '# Fernway\n\nFull-time, remote. We pay 60,000 EUR a year. Send your CV to jobs@fernway.io.\n' },
  // Agreement: candidates that differ only in punctuation add up, and two sources beat one.
  { name: 'two sources that agree up to punctuation beat a single stronger one', title: 'Full-Stack Developer',
    input: '# Backend Engineer\n\nWe are looking for a Full Stack Developer to join us.\n\n## Full-Stack Developer\n\nBuild our platform.\n' },
  // Markdown levels are the author's choice: a page whose headings start at H4 has its title there (seen in page components that render markdown).
  { name: 'a page whose top heading is an H4 has its title there', title: 'Junior Fullstack Developer', titleRule: 'heading.h4',
    input: '#### Junior Fullstack Developer\n\n##### Key Requirements\n\n* JavaScript\n* SQL\n' },
  // Scored choice (title-score.ts): every candidate weighed on what it reads as.
  { name: 'a place is no title', title: null, input: `---\ntitle: Berlin\n---\n${BODY}` },
  { name: 'a slug is no title', title: 'Backend Engineer', titleRule: 'text.role-phrase',
    input: '---\nname: we-want-you\n---\n\nWe are looking for a Backend Engineer to join us. Send your CV to jobs@fernway.io.\n' },
  { name: '"Engineering" names a field of work, not a role', title: 'Backend Engineer', titleRule: 'heading.h2',
    input: '# Engineering\n\n## Backend Engineer\n\nBuild our platform.\n' },
  { name: 'every front matter key is a candidate: a later one that names a role beats a first that does not', title: 'Backend Engineer',
    titleRule: 'frontmatter.position', input: `---\ntitle: Fernway Logistics\nposition: Backend Engineer\n---\n${BODY}` },
  { name: 'a role-less name the page repeats (a product) loses to a role phrase', title: 'Backend Engineer', titleRule: 'text.role-phrase',
    input: '---\ntitle: Routewise\n---\n\nWe are looking for a Backend Engineer to join us.\n\nRoutewise plans deliveries.\n\nRoutewise runs on Rust.\n\nRoutewise is used by 40 shops.\n' },
  // A role phrase inside brackets is an aside (how one works, not the job), and one cut from an aside leaves a bracket unbalanced.
  { name: 'en: "(as an employee or as a contractor)" names no title', title: null,
    input: `You must be able to work for us (as an employee or as a contractor) from anywhere.${BODY}` },
  { name: 'de: "(angestellt oder als Freelancer)" names no title', title: null,
    input: `Du kannst bei uns arbeiten (angestellt oder als Freelancer) und das von überall.${BODY}` },
  { name: 'en: a role phrase whose words stop inside a bracket it opened ends before that bracket', title: 'Senior Engineer', titleRule: 'text.role-phrase',
    input: `We are looking for a Senior Engineer (Backend, Payments, Go) to join us.${BODY}` },
  { name: 'en: "is hiring a X (remote, EU)": the title without the aside the phrase cut', title: 'Senior Frontend Engineer', titleRule: 'text.role-phrase',
    input: `Acme is hiring a Senior Frontend Engineer (remote, EU).${BODY}` },
  { name: 'must not: a role phrase after a closed bracket names the title', title: 'Backend Engineer', titleRule: 'text.role-phrase',
    input: `Fernway (Berlin) is looking for a Backend Engineer to join us.${BODY}` },
  { name: 'must not (de): a balanced bracket in the role phrase keeps its title', title: 'Backend-Entwickler', titleRule: 'text.role-phrase',
    input: `Wir suchen einen Backend-Entwickler (m/w/d) für unser Team in Köln.${BODY}` },
  // French repeats the article with each noun it joins.
  { name: 'fr: "d\'un développeur ou d\'une développeuse"', title: 'Développeur ou développeuse backend', titleRule: 'frontmatter.title',
    input: "---\ntitle: \"À la recherche d'un développeur ou d'une développeuse backend\"\n---\n\nPoste basé à Lyon.\n" },
  // A role phrase in a paragraph wrapped at a fixed width: the next line of the paragraph completes the title (title28: wrap).
  { name: 'sv: a role phrase wrapped inside its title ("därför" after the verb)', title: 'Verksamhetsutvecklare', titleRule: 'text.role-phrase',
    input: 'Vi har vuxit och vi söker därför nu en engagerad\nverksamhetsutvecklare som vill bidra till tillväxten.\n\nAnsök till jobs@fernway.io.\n' },
  { name: 'en: a role phrase wrapped inside its title', title: 'Senior Backend Engineer', titleRule: 'text.role-phrase',
    input: 'We build logistics software and we are looking for a Senior Backend\nEngineer to join our small team in Lyon.\n\nSend your CV to jobs@fernway.io.\n' },
  { name: 'de: inclusive praise before the role ("eine/n engagierte/n")', title: 'Softwareentwickler/in', titleRule: 'text.role-phrase',
    input: 'Wir suchen ab sofort eine/n engagierte/n\nSoftwareentwickler/in für unser Team.\n\njobs@fernway.io\n' },
  { name: 'must not: a wrapped phrase whose next line names no role', title: null,
    input: 'We are looking for people who\nlove building software.\n\nSend your CV to jobs@fernway.io.\n' },
  { name: 'must not: the next paragraph is no continuation of a role phrase', title: null,
    input: 'We are looking for a\n\nDeveloper Relations Lead\n\n## About\n\nSend your CV to jobs@fernway.io.\n' },
  // French inclusive writing of the salesperson ("un.e commercial.e"); the English adjective alone names no role (title28: fr).
  { name: 'fr: "recrute un.e commercial.e"', title: 'Commercial.e', input: 'Acme recrute un.e commercial.e en alternance pour un an.\n\nEnvoyez votre CV à jobs@fernway.io.\n' },
  { name: 'must not: en "a commercial product" names no role', title: null,
    input: 'Our library ships as a commercial product for warehouses.\n\nContact jobs@fernway.io.\n' },
  // Korean: the title's label ("▶모집분야", recruiting field) over its value, a "-직" post, a board's "[채용]" tag before a title (title28: ko).
  { name: 'ko: "▶모집분야" over its value', title: '웹 개발자', titleRule: 'text.label-over-value',
    input: 'Fernway\n\n▶모집분야\n\n웹 개발자\n\n▶근무지\n\n서울\n\n지원: jobs@fernway.io\n' },
  { name: 'ko: "[채용] X 관리직 채용": the tag and the careers word go', title: '쇼핑몰 관리직', input: '# [채용] 쇼핑몰 관리직 채용\n\n근무지: 서울. jobs@fernway.io\n' },
  { name: 'must not: a bracketed name before a title is no careers tag', title: '[Acme] Backend Engineer', input: `# [Acme] Backend Engineer${BODY}` },
  // A job card's link alone on its line names the job, under a heading that names none (title28: link).
  { name: 'a link alone on its line under a headline that names no role', title: 'Safety Engineer', titleRule: 'text.link-line',
    input: '<html><body><main><h1>Success depends on the team.</h1><div>\n<a href="#">Safety Engineer</a>\n<span>Nesma</span>\n</div><h4>Details</h4><p>Full time.</p></main></body></html>\n' },
  { name: 'must not: a link line loses to a heading that names a role', title: 'Site Manager', titleRule: 'heading.h1',
    input: '# Site Manager\n\n[Safety Engineer](/jobs/2)\n\n## Details\n\nFull time. jobs@fernway.io\n' },
];

describe('title rules from the second extra set', () => {
  it.each(rows)('$name', async ({ input, title, titleRule }) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record, result.stderr).toBeDefined();
    expect(record!.title ?? null).toBe(title);
    if (titleRule) expect(record!.evidence.title.rule).toBe(titleRule);
  });
});

describe('front matter that states the title under several keys', () => {
  it.each([
    ['a longer and a shorter wording', 'title: Senior Software Engineer - Platform\njob_title: Senior Software Engineer', 'Senior Software Engineer - Platform'],
    ['two roles', 'title: Backend Engineer\nrole: Site Reliability Engineer', 'Backend Engineer'],
  ])('takes the first key and raises no field conflict: %s', async (_name, keys, title) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input: `---\n${keys}\n---\n\nWe build logistics software in Lyon. Send your CV to jobs@fernway.io.\n` });
    const [record] = parseNdjson(result.stdout);
    expect(record!.title).toBe(title);
    expect(record!.warnings.map((w: { code: string }) => w.code)).not.toContain('field-conflict');
  });
});
