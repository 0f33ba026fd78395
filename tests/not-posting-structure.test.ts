/**
 * No posting, by evidence of its own (session 21): a template's fill-in tags ("{{COMPANY_NAME}}", "{{job_title}}",
 * read from the source since the cleaner drops every tag) and a GitHub issue template's front matter (`name`, `about`); a résumé's work history, entries each over a period
 * ("Senior Engineer | Acme" / "Januar 2020 - Heute") beside a résumé's section ("Ausbildung"), which is also never
 * cut into postings; a careers page named "Karrieren" that names no role. A posting that shows the same marks in
 * passing (a Liquid page's `{{ page.title }}`, a list of fixed-term roles, a posting with dated projects) keeps its records.
 */
import { describe, expect, it } from 'vitest';
import { postingKindOf } from './extract-direct.js';
import { normalizeText } from '../src/index.js';

const template = (open: string, close: string) => [
  '# Job Description Template', '', '## Quick Info', '', '| Field | Value |', '|---|---|',
  `| Company | ${open}COMPANY_NAME${close} |`, `| Position | ${open}JOB_TITLE${close} |`, `| Department | ${open}DEPARTMENT${close} |`, '',
  '## Responsibilities', '', `- ${open}PRIMARY_DUTY_1${close}`, `- ${open}PRIMARY_DUTY_2${close}`, '', '## Requirements', '', `- ${open}REQUIRED_QUAL_1${close}`, '',
  '## How to Apply', '', `Send your CV to ${open}APPLY_EMAIL${close}.`, ''].join('\n');

const cv = (entries: string[][], extra = '') => ['# Max Mustermann', '## Senior Software Engineer', '', '> max@mustermann.example', '',
  '## Beruflicher Werdegang', '', ...entries.flatMap(([head, period, line]) => [`### ${head}`, `*${period}*`, 'München, Deutschland', '', `- ${line}`, '']),
  '## Ausbildung', '', '### Master of Science in Informatik', '*TU München | 2015 - 2017*', '', extra].join('\n');

const titles = (text: string, path = 'page.md') => normalizeText(text, { path }).records.map((record) => record.title);

describe('a template\'s fill-in tags', () => {
  it.each([
    ['capitals', template('{{', '}}')],
    ['snake case with spaces', template('{{ ', ' }}').toLowerCase().replace('# job description template', '# Stellenanzeige')],
  ])('%s: no record (template)', (_case, text) => {
    const result = postingKindOf(text);
    expect(result.records).toBe(0);
    expect(result.reason).toMatch(/^not a posting \(template\)/);
  });

  it.each([
    ['a Jekyll posting that prints its page data', '---\ntitle: Backend Engineer\n---\n# {{ page.title }}\n\nAcme GmbH is hiring a Backend Engineer in Berlin, full-time. {{ site.data.company.about }}\n\n## Requirements\n\n- Five years of Go\n\nApply: jobs@acme.example\n'],
    ['a posting with two tags of its template left in', '# Backend Engineer\n\nAcme GmbH is hiring a Backend Engineer in Berlin, full-time ({{ JOB_ID }}, {{ POSTED_AT }}).\n\n## Requirements\n\n- Five years of Go\n\nApply: jobs@acme.example\n'],
  ])('%s: keeps its record', (_case, text) => {
    expect(postingKindOf(text).records).toBe(1);
  });
});

describe('a template whose labelled fields are left to fill in (session 22)', () => {
  // Sources: gitdev-kat/DigitalTwin job-postings/job1.md, nashibrana25-code/mydigitaltwin-mcp-server
  // job-research/job-collection-template.md, sweady-labs/JobMatchAI candidates/example_user/0_inbox-jobs/0_template_jobs.md.
  it.each([
    ['en, a saved-job template', '# Job Posting Template\n\n**Instructions:** Replace this template with an actual job posting.\n\n## Company Information\n- **Company Name:** [Company Name]\n- **Industry:** [Industry]\n- **Website:** [Company website]\n\n## Job Details\n- **Job Title:** [Exact job title from posting]\n- **Location:** [City, State]\n- **Job Type:** [Full-time/Part-time/Contract]\n- **Salary Range:** [Salary range if provided]\n\n## Key Responsibilities\n\n- Responsibility 1\n- Responsibility 2\n\n## Requirements\n\n- Requirement 1\n\n## Application Process\n\n[Instructions for applying]\n'],
    ['es, plain labels', 'Plantilla de vacante\n\nEmpresa: [Nombre de la empresa]\nPuesto: [Título del puesto]\nUbicación: [Ciudad, País]\nJornada: [Completa/Parcial]\n\n## Responsabilidades\n\n- Responsabilidad 1\n\n## Requisitos\n\n- Requisito 1\n\nEnvía tu CV a rrhh@empresa.example\n'],
  ])('%s: no record (template)', (_case, text) => {
    const result = postingKindOf(text);
    expect(result.records).toBe(0);
    expect(result.reason).toMatch(/^not a posting \(template\)/);
  });

  it.each([
    ['a posting whose labels show one-word tags in brackets', '# Backend Engineer\n\n- **Location:** [Remote]\n- **Type:** [Full-time]\n- **Level:** [Senior]\n\nAcme GmbH is hiring a Backend Engineer.\n\n## Requirements\n\n- Five years of Go\n\nApply: jobs@acme.example\n'],
    // review22 s2: three stated values in brackets name no field ("[Berlin / Remote]"), so they are no fill-ins.
    ['a posting whose labelled values are stated in brackets', '# Senior Backend Engineer\n\n**Company:** Acme GmbH\n**Location:** [Berlin / Remote]\n**Stack:** [Go, Postgres, Kafka]\n**Contract:** [Full time, permanent]\n\nWe build payment infrastructure for small shops across Europe. You will own services end to end.\n\nApply: jobs@acme.example\n'],
    // final22 #1: a field word inside a stated value ("Data Platform", "start date, ideally May") names no field.
    ['a posting whose stated values in brackets hold a field word among others', '# Senior Data Engineer\n\n**Company:** Acme GmbH\n**Team:** [Data Platform / Analytics]\n**Location:** [Remote, any EU country]\n**Start:** [Flexible start date, ideally May]\n\nWe build payment infrastructure for small shops across Europe. You will own data pipelines end to end.\n\nApply: jobs@acme.example\n'],
    ['a posting with two fields of its template left in', '# Backend Engineer\n\n- **Company:** Acme GmbH\n- **Location:** [City, Country]\n- **Start:** [Start date]\n\nAcme GmbH is hiring a Backend Engineer in Berlin, full-time.\n\n## Requirements\n\n- Five years of Go\n\nApply: jobs@acme.example\n'],
  ])('%s: keeps its record', (_case, text) => {
    expect(postingKindOf(text).records).toBe(1);
  });
});

describe('a GitHub issue template for a job post', () => {
  it.each([
    ['pt, an outline', '---\nname: vaga\nabout: vaga\ntitle: \'\'\nlabels: \'\'\nassignees: \'\'\n\n---\n\n### A [NOME DA EMPRESA]\nUm resumo da empresa\n\n### Descrição da vaga\n\n### Requisitos Necessários\n\n### Benefícios\n\n#### Faixa Salarial\n'],
    ['pt, a company\'s filled-in model with sections, terms and an address', '---\nname: Vaga\nabout: Modelo padrão da Acme.\ntitle: \'Ex: Desenvolvedor Back-End Pleno\'\nlabels: \'\'\nassignees: \'\'\n---\n\n# Nome da Vaga\n\n## Sobre a vaga\n\nVocê gosta de trabalhar em equipe em projetos desafiadores?\n\n## Requisitos\n\n- ...\n- ...\n\n## Responsabilidades\n\n- Construir APIs em Node.js\n- Resolver bugs em produção\n\n## Contratação\n\n- PJ\n- Presencial\n- ?k - ?k\n\n## E aí, gostou?\n\nEnvie seu currículo para vagas@acme.example.\n'],
    ['en, an issue template that outlines a posting', '---\nname: Job posting\nabout: Share a job with the community\nlabels: job\n---\n\n# Job title\n\n## Company\n\n## Location\n\nRemote or on-site?\n\n## Requirements\n\n- \n\n## How to apply\n'],
  ])('%s: no record (template)', (_case, text) => {
    const result = postingKindOf(text);
    expect(result.records).toBe(0);
    expect(result.reason).toMatch(/^not a posting \(template\)/);
  });

  it.each([
    ['a Jekyll posting whose front matter names it and its company', '---\nname: Backend Engineer\ncompany: Acme GmbH\nlocation: Berlin\n---\n\nAcme GmbH is hiring a Backend Engineer in Berlin, full-time.\n\n## Requirements\n\n- Five years of Go\n\nApply: jobs@acme.example\n'],
    ['a posting whose front matter has title, name (its company) and about (its blurb), no labels or assignees', '---\ntitle: Senior Backend Engineer\nname: Acme Robotics GmbH\nabout: Acme builds warehouse robots in Berlin.\nlocation: Berlin\n---\n\n# Senior Backend Engineer\n\nAcme Robotics is hiring a senior backend engineer in Berlin.\n\n## Responsibilities\n- Build APIs in Go\n\n## Requirements\n- 5 years of backend experience\n\nApply at jobs@acme-robotics.de\n'],
    ['a posting with an "about" key', '---\ntitle: Backend Engineer\nabout: Acme builds payment software.\nlabels: [go, backend]\n---\n\nAcme GmbH is hiring a Backend Engineer in Berlin, full-time.\n\n## Requirements\n\n- Five years of Go\n'],
  ])('%s: keeps its record', (_case, text) => {
    expect(postingKindOf(text).records).toBe(1);
  });
});

describe('a résumé\'s entries, each over a period', () => {
  it.each([
    ['de, the period on the line under each role', cv([['Senior Software Engineer | TechFirma GmbH', 'Januar 2020 - Heute', 'Leitung der Entwicklung'], ['Software Engineer | StartUp GmbH', 'März 2017 - Dezember 2019', 'Entwicklung von Anwendungen']])],
    ['en, the period in each heading', '# Jane Doe\n\nBackend developer in Lisbon.\n\n## Experience\n\n### Senior Developer (2020 - Present)\n\n- Built payment APIs in Go\n\n### Junior Developer (2018 - 2020)\n\n- Maintained the frontend in React\n\n## Education\n\nBSc Computer Science, 2018\n'],
    ['en, the period first in each heading', '# Jane Doe\n\n## Work experience\n\n### 2022–2025 — Senior Backend Engineer, Example AG\n\n- Designed REST APIs\n\n### 2018–2022 — Backend Engineer, Sample GmbH\n\n- Maintained services\n'],
  ])('%s: no record (resume), never cut into postings', (_case, text) => {
    const result = postingKindOf(text);
    expect(result.records).toBe(0);
    expect(result.reason).toMatch(/^not a posting \(resume\)/);
  });

  it('fixed-term positions over one term, beside an "Education" heading, are still a list', () => {
    const text = '# Open positions at the Vision Lab\n\n## PhD position in Computer Vision (2025 - 2028)\n\nWe offer a fully funded PhD position in computer vision at TU Delft. You will work on 3D reconstruction.\nSalary according to the CAO. Apply by 1 May.\n\n## PhD position in Robotics (2025 - 2028)\n\nWe offer a fully funded PhD position in robotics at TU Delft. You will work on grasping.\nSalary according to the CAO. Apply by 1 May.\n\n## Education\n\nBoth positions require an MSc in a related field.\n';
    expect(postingKindOf(text).records).toBeGreaterThan(0);
  });

  it('a list of fixed-term roles, with no résumé section, is still a list', () => {
    const text = '# Open positions\n\n## Research Engineer (2025–2027)\n\nWe offer a fixed-term position on learning from sparse data in our lab in Delft. Apply by 1 May.\n\n## Data Scientist (2025–2027)\n\nWe offer a fixed-term position on forecasting in our lab in Eindhoven. Apply by 1 June.\n';
    expect(titles(text)).toHaveLength(2);
  });

  it.each([
    ['a posting whose requirements are headed "Experience" and list dated projects', '# Senior Backend Engineer\n\nAcme GmbH is hiring a Senior Backend Engineer in Berlin, full-time.\n\n## Experience\n\n- Five years of Go\n\n## Our projects\n\n### Payments platform\n2019 - 2021\n\n### Search\n2021 - 2023\n\nApply: jobs@acme.example\n'],
    ['two postings under a careers heading, each with its contract period', '# Karriere\n\n## Softwareentwickler (m/w/d)\n\nWir suchen einen Softwareentwickler in Köln, Vollzeit, befristet.\n\n## Projektleiter (m/w/d)\n\nWir suchen einen Projektleiter in Köln, Vollzeit.\n'],
  ])('%s: keeps its records', (_case, text) => {
    expect(postingKindOf(text).records).toBeGreaterThan(0);
  });
});

describe('a careers page named "Karrieren"', () => {
  it('that names no role: no record (careers-index)', () => {
    const result = postingKindOf('---\ntitle: Karrieren\n---\n\n# Karrieren\n\nwork in progress...\n');
    expect(result.records).toBe(0);
    expect(result.reason).toMatch(/^not a posting \(careers-index\)/);
  });

  it('that hires a role keeps its record', () => {
    expect(postingKindOf('# Karrieren\n\nWir suchen einen Softwareentwickler (m/w/d) für unser Team in Köln.\n').records).toBe(1);
  });
});
