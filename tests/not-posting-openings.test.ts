/**
 * A careers page that names its opening's role ("We have an opening for a
 * Data Analyst", "Temos uma vaga para Analista de Dados") names a role, in
 * each language of the role-phrase table that has such a phrase, through the
 * CLI: it keeps its record, titled by that role. An opening "for" no job
 * title ("for curious people", "para você") leaves the page none.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-openings-');

const page = (heading: string, line: string) => `---\ntitle: ${heading}\n---\n# ${heading}\n\n${line}\n`;

describe('a careers page that names its opening', () => {
  it.each([
    ['en', page('Careers', 'We have an opening for a Data Analyst. Hybrid, 3 days in our São Paulo office.'), 'Data Analyst'],
    ['en, a vacancy', page('Careers', 'There is a vacancy for a Data Analyst in our Leeds office.'), 'Data Analyst'],
    ['pt', page('Carreiras', 'Temos uma vaga para Analista de Dados. Híbrido, 3 dias no escritório de São Paulo.'), 'Analista de Dados'],
    ['pt, "vaga de"', page('Carreiras', 'Abrimos uma vaga de Analista de Dados em São Paulo.'), 'Analista de Dados'],
    ['es', page('Empleo', 'Tenemos una vacante para Analista de Datos en Madrid.'), 'Analista de Datos'],
    ['fr', page('Carrières', 'Nous avons un poste de Développeur web à pourvoir à Lyon.'), 'Développeur web'],
    ['it', page('Lavora con noi', "Abbiamo una posizione aperta per un Data Analyst nella sede di Milano."), 'Data Analyst'],
    ['nl', page('Werken bij', 'We hebben een vacature voor een Data Analist in Utrecht.'), 'Data Analist'],
    ['de', page('Karriere', 'Wir haben eine offene Stelle für einen Softwareentwickler in Köln.'), 'Softwareentwickler'],
    ['sv', page('Karriär', 'Vi har en ledig tjänst som Systemutvecklare i Göteborg.'), 'Systemutvecklare'],
    ['no', page('Karriere', 'Vi har en ledig stilling som Systemutvikler i Bergen.'), 'Systemutvikler'],
  ])('%s: keeps its record, titled by the role', async (_case, text, title) => {
    const { result, records } = await normalized(text);
    expect(result.stderr).not.toMatch(/not-a-posting/);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual([title]);
  });

  it.each([
    ['en', page('Careers', 'We have an opening for curious people who love hard problems.')],
    ['pt', page('Carreiras', 'Sempre temos uma vaga para você. Mande seu currículo.')],
    ['es', page('Empleo', 'Siempre hay una vacante para personas con talento. Escríbenos.')],
  ])('%s: an opening for no job title leaves the page none', async (_case, text) => {
    const { result, records } = await normalized(text);
    expect(records).toEqual([]);
    expect(result.stderr).toMatch(/not-a-posting.*careers-index/);
  });
});
