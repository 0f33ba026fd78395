/**
 * Title and company rules learnt from postings outside the corpus (the extra
 * dev set of issue #13): each row is a language fact or a page shape seen in
 * two or more sources, written here as a synthetic page and run through the
 * CLI. A row states the value chosen (null: none) and, where it matters, the rule.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; title?: string | null; company?: string | null; companyRule?: string }

const BODY = 'You will build and run our web services in a small team.\n';

const titles: Row[] = [
  // Hiring lead-ins before a title, per language (tables/titles.ts titleLeadIns).
  { name: 'sv: "Vi söker X!"', title: 'Backend-utvecklare', input: `# Vi söker backend-utvecklare!\n\n${BODY}` },
  { name: 'ru: "НАМ НУЖЕН X"', title: 'Java-разработчик', input: `# НАМ НУЖЕН Java-разработчик\n\n${BODY}` },
  { name: 'id: "Lowongan X"', title: 'Web Developer', input: `# Lowongan Web Developer\n\n${BODY}` },
  { name: 'nl: "Vacature X" without a colon', title: 'Java Ontwikkelaar', input: `# Vacature Java Ontwikkelaar\n\n${BODY}` },
  // Words after a title (titleLeadOuts).
  { name: 'de: "X gesucht!"', title: 'Java-Entwickler', input: `# Java-Entwickler gesucht!\n\n${BODY}` },
  { name: 'sv: "X sökes"', title: 'Systemutvecklare', input: `# Systemutvecklare sökes\n\n${BODY}` },
  { name: 'en: "X wanted"', title: 'Senior Rust Engineer', input: `# Senior Rust Engineer wanted\n\n${BODY}` },
  // A head count after a Japanese or Chinese title (titleHeadCountWords).
  { name: 'ja: "X（2名）"', title: 'バックエンドエンジニア', input: `# バックエンドエンジニア（2名）\n\n${BODY}` },
  { name: 'zh: "X（3人）"', title: '前端工程师', input: `# 前端工程师（3人）\n\n${BODY}` },
  // Turkish puts the role before the hiring verb (tables/titles.ts roleBeforeVerbs).
  { name: 'tr: "bir X arıyoruz"', title: 'iOS geliştirici', input: `# İş ilanı\n\nEkibimize katılacak deneyimli bir iOS geliştirici arıyoruz. İstanbul ofisimizde çalışacak.\n` },
  { name: 'tr: "“X” arayışımız bulunmaktadır"', title: 'Full Stack Yazılım Uzmanı',
    input: `# Kariyer\n\nİzmir ekibimize katılacak tam zamanlı “Full Stack Yazılım Uzmanı” arayışımız bulunmaktadır.\n` },
  // A careers heading after a separator is the site's, not the title's.
  { name: 'pt: "X - Vaga de Emprego"', title: 'Desenvolvedor Backend', input: `---\ntitle: 'Desenvolvedor Backend - Vaga de Emprego'\n---\n\n${BODY}` },
  { name: 'en: "X | Careers"', title: 'Data Engineer', input: `---\ntitle: 'Data Engineer | Careers'\n---\n\n${BODY}` },
  // A left part led by a label yields to the right one only when that names a role.
  { name: 'a label-led title keeps its role when the right part names none', title: 'Vacancy Data Engineer - Medior',
    input: `# Vacancy Data Engineer - Medior\n\n${BODY}` },
  // A specialty word before a dash qualifies the role.
  { name: 'ru: "Frontend - разработчик" keeps the specialty and names no company', title: 'Frontend - разработчик', company: null,
    input: `# Frontend - разработчик\n\n${BODY}` },
];

const companies: Row[] = [
  { name: 'a domain\'s mention is read as written, its colon kept', company: 'Geo:Lab', companyRule: 'domain.mention',
    input: `# Werkstudent Webentwicklung\n\nGeo:Lab ist ein junges Team aus Münster. Bewerbung an jobs@geolab.de\n` },
  { name: 'an obfuscated address alone names no company', company: null,
    input: `# Web Developer\n\nKirim lamaran ke hr [at] nusantarasoft [dot] com.\n` },
  { name: 'an obfuscated address names the company the text writes', company: 'NusantaraSoft', companyRule: 'domain.mention',
    input: `# Web Developer\n\nTim kami di NusantaraSoft membangun aplikasi. Kirim lamaran ke hr [at] nusantarasoft [dot] com.\n` },
  { name: 'a place on a heading under the title is no employer', company: null,
    input: `## Backend Engineer\n#### San Francisco, CA\n\n${BODY}` },
  { name: 'it: "Il X è alla ricerca di": the article goes, the connectors stay', company: 'Gruppo per la Ricerca Applicata', companyRule: 'body.sucht',
    input: `# Sviluppatore backend\n\nIl Gruppo per la Ricerca Applicata è alla ricerca di uno sviluppatore esperto.\n` },
  { name: 'it: "X cerca"', company: 'Fiordaliso', companyRule: 'body.sucht',
    input: `# Sviluppatore backend\n\nFiordaliso cerca uno sviluppatore per il suo team di Torino.\n` },
  // A page's own heading ("Übersicht" = overview) names no employer (tables/companies.ts pagePartHeadings).
  { name: 'de: "Übersicht" under the title is no employer', company: null, input: `# Senior Developer\n## Übersicht\n\nDu entwickelst unsere Plattform in Berlin.\n` },
  { name: 'de: "Übersicht" as the first heading the text repeats is no employer', company: null,
    input: `# Übersicht\n\n## Senior Developer (m/w/d)\n\nÜbersicht der Aufgaben: Du entwickelst unsere Plattform.\n` },
  { name: 'es: "Resumen" under the title is no employer', company: null, input: `# Desarrollador Backend\n## Resumen\n\nTrabajarás en Madrid.\n` },
  { name: 'ko: a requirements heading under the title is no employer', company: null,
    input: `# 백엔드 개발자\n## 자격 요건\n\n- Java 경험 3년 이상\n` },
];

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

describe('title rules learnt outside the corpus', () => {
  it.each(titles)('$name', async ({ input, title, company }) => {
    const record = await recordOf(input);
    expect(record.title ?? null).toBe(title);
    if (company !== undefined) expect(record.company?.name ?? null).toBe(company);
  });
});

describe('company rules learnt outside the corpus', () => {
  it.each(companies)('$name', async ({ input, company, companyRule }) => {
    const record = await recordOf(input);
    expect(record.company?.name ?? null).toBe(company);
    if (companyRule) expect(record.evidence.company.rule).toBe(companyRule);
  });
});
