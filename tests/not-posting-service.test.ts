/**
 * A recruiting or staffing service's page (tables/not-posting.ts servicePagePhrases): it speaks to the companies
 * it serves and names its services, so it gives no record (service-page). An agency's own posting, which speaks
 * of "our client" to candidates, and a posting that says "your company" once keep their record.
 */
import { describe, expect, it } from 'vitest';
import { postingKindOf } from './extract-direct.js';

describe('a hiring service\'s page', () => {
  it.each([
    ['ja, a recruiting-support service addressing 御社',
      '# エンジニア求人サポート\n\n御社の技術的な資産を可視化し、エンジニアに選ばれる企業づくりを支援します。\n\n**主な提供サービス**\n\n- ブログ執筆\n- イベント企画\n\n料金：14万円〜/月\n'],
    ['pl, recruitment of IT specialists for clients',
      '# Rekrutacja specjalistów IT\n\nWychodząc naprzeciw oczekiwaniom naszych klientów, prowadzimy rekrutacje specjalistów z Ukrainy.\n\nW szczególności na stanowiska:\n\n- Frontend developer\n- Java developer\n'],
    ['en, staffing services for your hiring needs',
      '# Tech Recruiting\n\nOur staffing services cover your hiring needs from one engineer to a whole team.\n\n- Backend Engineer\n- Data Engineer\n\nBook a call with our team.\n'],
    ['de, recruiting for your vacancies',
      '# Personalberatung IT\n\nWir besetzen Ihre Vakanzen schnell: unsere Recruiting-Dienstleistungen für Ihr Unternehmen.\n\n- Softwareentwickler/in\n- Systemadministrator/in\n'],
  ])('%s: no record', (_case, text) => {
    const { records, reason } = postingKindOf(text);
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(service-page\): .*a hiring service's words/);
  });

  it.each([
    ['en, an agency\'s posting for its client',
      '# Backend Engineer (Go)\n\nOur client, a fintech in Berlin, is looking for a Backend Engineer. We are a recruitment agency and handle the first interview.\n\n## Requirements\n\n- 4+ years of Go\n\nSalary: 70.000-85.000 € a year. Apply: jobs@agency.example\n'],
    ['pl, an agency\'s posting "dla naszego klienta"',
      '# Java Developer\n\nDla naszego klienta poszukujemy osoby na stanowisko Java Developer.\n\n## Wymagania\n\n- 3 lata doświadczenia w Javie\n\nWynagrodzenie: 15 000 - 20 000 PLN. Umowa o pracę.\n'],
    ['en, a posting that says "for your company" once',
      '# Account Manager\n\nYou will find the best plan for your company\'s customers.\n\n## Responsibilities\n\n- Grow accounts\n\nFull-time, Lisbon. Apply at jobs@acme.example\n'],
    ['ja, a posting by the company itself (当社)',
      '# システムエンジニア\n\n当社の自社サービスの開発を担当していただきます。\n\n## 応募資格\n\n- 実務経験3年以上\n\n給与：月給30万円〜\n'],
  ])('%s: keeps its record', (_case, text) => {
    expect(postingKindOf(text).records).toBe(1);
  });
});
