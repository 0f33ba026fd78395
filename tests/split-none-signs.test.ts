/**
 * Pages and data files that are no posting, by the signs added in session 14
 * (src/extract/posting-kind.ts, src/split/data.ts): a template whose fields
 * are left in brackets of any case, one of them in a heading; a careers page
 * that names no job and sends its reader to the jobs elsewhere; a data file
 * whose items' descriptions speak of their writer (a résumé). Beside each, a
 * posting of the same shape keeps its record.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';
import { postingKindOf } from './extract-direct.js';

describe('a template with its fields in brackets, one in a heading', () => {
  it.each([
    ['sv', '# [Jobbtitel]\n\n## Om [Företagsnamn]:\n\nNu söker vi förstärkning av [befattning] med placering: [plats].\n\n## Vi söker:\n\n- Erfarenhet av försäljning\n'],
    ['en', '# [Job Title]\n\n## About [Company Name]\n\nWe are hiring in [City, Country].\n\n## Requirements\n\n- Three years of experience\n'],
    ['de', '# [Stellenbezeichnung]\n\nDie [Firma] sucht zum [Eintrittsdatum] Verstärkung.\n\n## Ihre Aufgaben\n\n- Betreuung unserer Kunden\n'],
  ])('%s: gives no record (template)', (_language, text) => {
    const { records, reason } = postingKindOf(text);
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(template\)/);
  });

  it.each([
    ['brackets in the text only, none in a heading', '# Senior Backend Engineer\n\nAcme hires a backend engineer, full-time, in Berlin. See [Benefits], [Team] and [Office] below.\n\n## Requirements\n\n- Go\n'],
    ['link texts that name no field ("[here]", "[PDF]")', '# Data Analyst\n\n## [Details]\n\nRead the [PDF] or [here] or [more] and apply at jobs@acme.example.\n\n## Requirements\n\n- SQL\n'],
    ['a tag in brackets in the title', '# [Remote] Senior Frontend Engineer\n\nAcme hires a frontend engineer, full-time. Apply at jobs@acme.example.\n\n## Requirements\n\n- React\n'],
  ])('a posting keeps its record: %s', (_case, text) => {
    expect(postingKindOf(text)).toEqual({ records: 1, reason: undefined });
  });
});

describe('a careers page that names no job and links to the jobs elsewhere', () => {
  it.each([
    ['en', '# Working here\n\nWe are an inclusive and welcoming company.\n\n## Flexible work\n\nOur office is in Wellington. We take on interns and summer students.\n\n[Check our current vacancies](/vacancies) or [find out about our work](/work/).\n'],
    ['de', '# Arbeiten bei uns\n\nWir sind ein kleines Team mit flachen Hierarchien.\n\n## Was wir bieten\n\nFlexible Arbeitszeiten und ein schönes Büro.\n\n[Zu unseren offenen Stellen](https://acme.example/karriere/stellen)\n'],
  ])('%s: gives no record (careers-index)', (_language, text) => {
    const { records, reason } = postingKindOf(text);
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(careers-index\)/);
  });

  it.each([
    ['a posting that links back to all jobs', '# Senior Backend Engineer\n\nYou will build our billing APIs in Go, full-time in Berlin.\n\n## Requirements\n\n- Go, PostgreSQL\n\n[Back to all open positions](/jobs)\n'],
    ['a page that names its role in a sentence', '# Working here\n\nWe are looking for a Product Designer to join our team in Wellington.\n\n[See the vacancies](/vacancies)\n'],
  ])('keeps its record: %s', (_case, text) => {
    expect(postingKindOf(text)).toEqual({ records: 1, reason: undefined });
  });
});

describe('a heading that names job listings (session 20: a template\'s "Latest Job Listings" over its loop)', () => {
  it('gives no record when the page names no role (careers-index)', () => {
    const { records, reason } = postingKindOf('# Latest Job Listings\n\nNew openings from our partner companies appear here every week.\n');
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(careers-index\)/);
  });

  it('keeps a posting that names its role below it', () => {
    expect(postingKindOf('# Job listings\n\n## Senior Backend Engineer\n\nYou will build our billing APIs in Go, full-time in Berlin.\n\n## Requirements\n\n- Go, PostgreSQL\n')).toEqual({ records: 1, reason: undefined });
  });
});

describe('a data file of a résumé whose descriptions speak of their writer', () => {
  const resume = [
    '- title: Computer Science', '  company: UFM', '  description: For as long as I can remember I have been interested in science, and my teachers lent me books.', '',
    '- title: Photography', '  company: Studio Lumen', '  description: As a photographer I have learned to discuss requirements with my clients; my work includes weddings.', '',
  ].join('\n');
  const jobs = [
    '- title: Backend Engineer', '  company: Acme', '  description: You will build our APIs in Go. I am the hiring manager and my team is small.', '',
    '- title: Product Designer', '  company: Acme', '  description: You will design our app with the product team and run user research.', '',
  ].join('\n');
  const lebenslauf = [
    '- title: Softwareentwicklung', '  company: Nordlicht GmbH', '  description: Ich habe dort meine ersten Projekte geleitet und mir Kotlin beigebracht.', '',
    '- title: Studium Informatik', '  company: TU Berlin', '  description: Mein Schwerpunkt lag auf Datenbanken; ich habe mich mit SQL beschäftigt.', '',
  ].join('\n');

  it.each([['en', resume], ['de', lebenslauf]])('%s: gives no record', (_language, text) => {
    expect(normalizeText(text, { path: 'jobs.yml' }).records).toHaveLength(0);
  });

  it('a list of jobs whose description quotes its hiring manager once keeps its records', () => {
    expect(normalizeText(jobs, { path: 'jobs.yml' }).records.map((record) => record.title)).toEqual(['Backend Engineer', 'Product Designer']);
  });
});
