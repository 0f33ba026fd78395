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
