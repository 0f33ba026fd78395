/**
 * "No open positions" in the corpus's languages (tables/not-posting.ts),
 * through the library: a careers page saying so gives no record and a
 * not-a-posting message (no-vacancy); a posting that only mentions the
 * phrase beside a full role keeps its record.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';
import { postingKindOf } from './extract-direct.js';

describe('no-vacancy phrases per language', () => {
  it.each([
    ['fi', '# Ura\n\nTällä hetkellä meillä ei avoimia työpaikkoja, mutta kuulemme sinusta mielellämme.\n'],
    ['tr', '# Kariyer\n\nŞu anda açık pozisyon bulunmamaktadır. Bizi takip etmeye devam edin.\n'],
    ['id', '# Karir\n\nSaat ini tidak ada lowongan yang tersedia.\n'],
    ['et', '# Karjäär\n\nHetkel vabu töökohti ei ole.\n'],
    ['uk', '# Кар’єра\n\nНаразі немає відкритих вакансій.\n'],
    ['sk', '# Kariéra\n\nMomentálne nemáme voľné pozície.\n'],
    ['sk (job offers)', '# Ponuka práce\n\nMomentálne nemáme žiadne pracovné ponuky.\n\nAk máte záujem, napíšte nám.\n'],
    ['cs (job offers)', '# Kariéra\n\nAktuálně nemáme žádné pracovní nabídky.\n'],
    ['ko', '# 채용\n\n현재 채용 중인 포지션이 없습니다.\n'],
    ['ar', '# الوظائف\n\nلا توجد وظائف شاغرة حاليا.\n'],
    ['de', '# Karriere\n\nLeider haben wir aktuell keine freien Stellen.\n'],
    ['en', "# Careers\n\nWe don't have any open positions right now, but check back soon.\n"],
    ['en (opportunities)', '# Work with us\n\nWe have no formal opportunities open at this time, but we like to meet people.\n\n## Skills we like\n\n- Translators\n- Graphic designers\n'],
  ])('%s: a careers page with no vacancy gives no record', (_language, text) => {
    const { records, reason } = postingKindOf(text);
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(no-vacancy\)/);
  });

  it('keeps a full posting that mentions the phrase in passing', () => {
    const text = [
      '# Senior Backend Engineer', '',
      'Acme hires a Senior Backend Engineer, full-time, 70.000 € a year.', '',
      '## Responsibilities', '', '- Build our APIs', '',
      '## Requirements', '', '- 5+ years of Go', '',
      "If we don't have any open positions that fit you later, write anyway: jobs@acme.example", '',
    ].join('\n');
    expect(postingKindOf(text)).toEqual({ records: 1, reason: undefined });
  });
});

/**
 * The same statement in each language's own order of words (not-posting-vacancy.ts): a negation, at most three words, a
 * vacancy noun, on a page that names no role. Found by stating "no vacancy" in 41 forms over 11 languages: the fixed phrases
 * read 17 of them.
 */
describe('no vacancy, in the words\' own order', () => {
  it.each([
    ['en', "# Nordwind\n\nWe don't have any vacancies right now.\n"],
    ['en (currently)', '# Nordwind\n\nThere are currently no openings.\n'],
    ['en (not hiring)', "# Nordwind\n\nWe're not hiring right now.\n"],
    ['de', '# Nordwind\n\nDerzeit sind keine Stellen ausgeschrieben.\n'],
    ['fr', "# Nordwind\n\nAucun poste n'est ouvert pour le moment.\n"],
    ['es', '# Nordwind\n\nEn este momento no tenemos posiciones abiertas.\n'],
    ['pt', '# Nordwind\n\nSem vagas no momento.\n'],
    ['pl', '# Nordwind\n\nObecnie nie mamy otwartych rekrutacji.\n'],
    ['cs', '# Nordwind\n\nAktuálně nemáme otevřené žádné pozice.\n'],
    ['ja', '# ノルトヴィント\n\n現在、募集している職種はありません。\n'],
    ['zh', '# 诺德风\n\n当前没有开放的职位。\n'],
  ])('%s: gives no record (no-vacancy)', (_language, text) => {
    const { records, reason } = postingKindOf(text);
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(no-vacancy\)/);
  });

  it.each([
    ['en, a requirement', '# Backend Engineer\n\nNordwind is hiring in Hamburg.\n\n## Requirements\n\n- No experience in similar roles required\n\nApply at jobs@nordwind.io.\n'],
    ['en, a boast', '# Data Analyst\n\nNo two jobs are alike here. Apply at jobs@nordwind.io.\n'],
    ['en, one opening', '# Careers\n\nWe currently have one opening: a Backend Engineer in Hamburg. Full-time. Apply at jobs@nordwind.io.\n'],
    ['fr, a desk', "# Développeur Backend\n\nIl n'y a aucun poste de travail fixe : nous travaillons en flex office à Lyon.\n\nEnvoyez votre CV à jobs@nordwind.io.\n"],
    ['es, a desk', '# Desarrollador Backend\n\nNo tenemos puestos fijos de oficina: trabajamos en remoto. Envía tu CV a jobs@nordwind.io.\n'],
    ['nl, a boast', '# Backend Developer\n\nGeen functies met eindeloze vergaderingen: bij ons bouw je. Solliciteer via jobs@nordwind.io.\n'],
    // review25b: "no further vacancies" beside a role the page hires for in prose
    ['de, no further ones', '# Karriere bei Acme\n\nDerzeit sind in der Entwicklung keine weiteren Stellen ausgeschrieben.\n\nWir suchen aber ab sofort eine Bürokraft in Teilzeit (20 Std./Woche) für unser Büro in Köln. Bewerbung an jobs@acme.de.\n'],
  ])('%s: a posting keeps its record', (_case, text) => {
    expect(postingKindOf(text)).toEqual({ records: 1, reason: undefined });
  });
});

describe('guidance for whoever posts a job (tables/not-posting.ts postingGuidelines)', () => {
  it.each([
    ['en, a channel\'s rules', '# Job postings\n\nPlease read "How do I post a job opportunity?" first.\n\n## Guidelines\n\n- Position\n- Company\n- Salary range\n'],
    ['en, a job board\'s help box', '<h3>How to write a great job post:</h3>\n<p>Give your job post a title that sets it apart.</p>\n<p>Salary: job seekers often apply only within their range.</p>\n'],
    ['es', '# Ofertas de trabajo\n\n## Toda oferta debe incluir\n\n- Nombre de la empresa\n- Denominación del puesto\n- Banda salarial\n'],
    ['de', '# Stellenbörse\n\nJede Stellenanzeige muss Firma, Ort und Gehaltsband nennen.\n'],
  ])('%s: gives no record (process-document)', (_case, text) => {
    const result = normalizeText(text, { path: _case.includes('box') ? 'help.html' : 'jobs.md' });
    expect(result.records).toHaveLength(0);
    expect(result.messages.find((m) => m.ruleId === 'not-a-posting')?.reason).toMatch(/^not a posting \(process-document\): .*guidance for posting a job/);
  });

  it('keeps a full posting whose board footer says how to post a job', () => {
    const text = [
      '# Senior Backend Engineer', '',
      'Acme hires a Senior Backend Engineer in Lyon, full-time, 60.000 € a year.', '',
      '## Responsibilities', '', '- Build our APIs', '',
      '## Requirements', '', '- 5+ years of Go', '',
      'Apply: jobs@acme.example', '',
      'Hiring? See how to post a job on this board.', '',
    ].join('\n');
    const result = normalizeText(text, { path: 'job.md' });
    expect(result.records).toHaveLength(1);
  });
});
