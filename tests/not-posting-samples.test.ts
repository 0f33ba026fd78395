/**
 * A job board's sample entry ("Exemplo de vaga" under its "Modelo") is a template, and a stub that says it
 * describes the hiring process is a process document (tables/not-posting.ts templateMarks, processPhrases);
 * a full posting that says the same in passing keeps its record.
 */
import { describe, expect, it } from 'vitest';
import { postingKindOf } from './extract-direct.js';

describe('sample entries and process stubs', () => {
  it.each([
    ['pt, a board README with only its sample entry', '# Vagas abertas para a comunidade\n\n## Modelo:\n\n### Título da vaga: Exemplo de vaga\n- Contato: Linuxtips\n- Link para a vaga: [http://exemplo.com](http://exemplo.com)\n', 'template'],
    ['es, a sample offer', '# Ofertas de la comunidad\n\n### Ejemplo de oferta: Desarrollador\n- Contacto: equipo\n- Enlace: https://ejemplo.org\n', 'template'],
    ['en, a stub that describes the hiring process', '# Overview\n\nThis document describes the hiring process for Relay engineers.\n', 'process-document'],
  ])('%s: no record', (_case, text, reason) => {
    const result = postingKindOf(text);
    expect(result.records).toBe(0);
    expect(result.reason).toMatch(new RegExp(`^not a posting \\(${reason}\\)`));
  });

  it.each([
    ['en, a recruiter\'s duty names an example job posting in a sentence', '# Recruiter\n\nYou will write each example job posting for our clients and run interviews.\n\n## Responsibilities\n- Source candidates\n\nFull-time, London. 40k GBP.\n'],
    ['es, a writer who drafts "ejemplo de oferta" texts', '# Redactor de contenidos\n\nRedactarás cada ejemplo de oferta de empleo para las guías de nuestros clientes de recursos humanos.\n\n## Requisitos\n- Español nativo\n\nJornada completa en Madrid.\n'],
  ])('%s: keeps its record', (_case, text) => {
    expect(postingKindOf(text).records).toBe(1);
  });

  it('keeps a full posting that describes its hiring process', () => {
    const text = '# Senior Backend Engineer\n\nAcme hires a Senior Backend Engineer, full-time, 70.000 € a year.\n\n## Requirements\n\n- 5+ years of Go\n\nThe last part describes the hiring process: two interviews. Apply: jobs@acme.example\n';
    expect(postingKindOf(text).records).toBe(1);
  });
});
