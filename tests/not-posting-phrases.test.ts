/**
 * "No open positions" in the corpus's languages (tables/not-posting.ts),
 * through the library: a careers page saying so gives no record and a
 * not-a-posting message (no-vacancy); a posting that only mentions the
 * phrase beside a full role keeps its record.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const reasonOf = (text: string) => {
  const result = normalizeText(text, { path: 'careers.md' });
  return { records: result.records.length, reason: result.messages.find((m) => m.ruleId === 'not-a-posting')?.reason };
};

describe('no-vacancy phrases per language', () => {
  it.each([
    ['fi', '# Ura\n\nTällä hetkellä meillä ei avoimia työpaikkoja, mutta kuulemme sinusta mielellämme.\n'],
    ['tr', '# Kariyer\n\nŞu anda açık pozisyon bulunmamaktadır. Bizi takip etmeye devam edin.\n'],
    ['id', '# Karir\n\nSaat ini tidak ada lowongan yang tersedia.\n'],
    ['et', '# Karjäär\n\nHetkel vabu töökohti ei ole.\n'],
    ['uk', '# Кар’єра\n\nНаразі немає відкритих вакансій.\n'],
    ['sk', '# Kariéra\n\nMomentálne nemáme voľné pozície.\n'],
    ['ko', '# 채용\n\n현재 채용 중인 포지션이 없습니다.\n'],
    ['ar', '# الوظائف\n\nلا توجد وظائف شاغرة حاليا.\n'],
    ['de', '# Karriere\n\nLeider haben wir aktuell keine freien Stellen.\n'],
    ['en', "# Careers\n\nWe don't have any open positions right now, but check back soon.\n"],
    ['en (opportunities)', '# Work with us\n\nWe have no formal opportunities open at this time, but we like to meet people.\n\n## Skills we like\n\n- Translators\n- Graphic designers\n'],
  ])('%s: a careers page with no vacancy gives no record', (_language, text) => {
    const { records, reason } = reasonOf(text);
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
    expect(reasonOf(text)).toEqual({ records: 1, reason: undefined });
  });
});
