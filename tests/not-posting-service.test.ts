/**
 * A recruiting or staffing service's page (tables/not-posting.ts servicePagePhrases): it speaks to the companies
 * it serves and names its services, so it gives no record (service-page). An agency's own posting, which speaks
 * of "our client" to candidates, a posting that says "your company", one concept in several forms, and any
 * page with a role's sections or a job title keep their record.
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
    ['es, a selection service for your vacancies',
      '# Selección de personal IT\n\nOfrecemos servicios de reclutamiento para cubrir sus vacantes en tecnología.\n\n- Desarrollador Java\n- Analista de datos\n'],
    ['ja, a service that only says 御社 and 採用代行 once each, under a title naming it',
      '# 採用代行サービス\n\n御社の採用活動を代行します。採用代行の実績は100社以上。\n\n- エンジニア採用\n- 営業職採用\n'],
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
    // Review of split16: each gave 0 records (exit 1) with a count per phrase and generic phrases.
    ['pl, a software house\'s own ad (one concept in two forms: "naszym klientom", "naszych klientów")',
      '# Senior Java Developer\n\n**Firma:** CodeHouse Sp. z o.o.\n**Lokalizacja:** Kraków / zdalnie\n\nJesteśmy software housem. Od 10 lat dostarczamy oprogramowanie naszym klientom z Niemiec i Skandynawii. Pracujesz w zespole przy projektach naszych klientów.\n\n## Obowiązki\n- rozwój systemów backendowych w Javie\n\n## Wymagania\n- 5 lat doświadczenia z Javą\n\n## Oferujemy\n- umowa B2B, 20 000 - 25 000 PLN netto\n'],
    ['es, a consultancy\'s own ad ("su empresa", "servicios de reclutamiento")',
      '# Desarrollador Backend\n\n**Empresa:** Nubeia\n**Ubicación:** Madrid\n\nNubeia es una consultora tecnológica que ofrece servicios de selección de personal y servicios de reclutamiento IT. Buscamos un Desarrollador Backend para su empresa cliente y para crecer con nosotros.\n\n## Funciones\n- Desarrollo de APIs en Node.js\n\n## Requisitos\n- 3 años de experiencia\n\n## Ofrecemos\n- Salario 35.000 - 40.000 €\n'],
    ['ja, an RPO company hiring an engineer (提供サービス: 採用支援サービス、採用代行)',
      '# バックエンドエンジニア募集\n\n会社名: 株式会社リクルートテック\n勤務地: 東京都渋谷区\n\n## 会社概要\n提供サービス: 採用支援サービス、採用代行(RPO)\n\n## 仕事内容\n- 自社の採用管理システムの開発\n\n## 応募資格\n- Webアプリケーション開発経験3年以上\n\n## 給与\n年収500万円〜800万円\n'],
    ['en, a SaaS posting ("recruiting services", "your hiring needs", "for your company"), a job title and no sections',
      '# Data Engineer\n\nAcme Analytics, Berlin.\n\nAcme builds recruiting services software. Our platform lets HR teams plan for your company\'s growth and manage your hiring needs in one place.\n\nResponsibilities: build pipelines in Python.\n'],
    ['en, a staffing firm hiring its own consultant (a title naming the service, sections)',
      '# Recruitment Consultant\n\nHarbor Staffing Group provides recruitment services to companies and meets your hiring needs.\n\n## Responsibilities\n- Source and screen candidates\n\n## Requirements\n- 2 years in sales\n'],
    ['de, "Ihr Unternehmen" twice and nothing a service sells',
      '# Vertriebsmitarbeiter/in\n\nSie beraten Kunden: was braucht Ihr Unternehmen? Ihr Unternehmen wächst mit uns.\n\nVollzeit, Hamburg. Bewerbung an jobs@acme.example\n'],
  ])('%s: keeps its record', (_case, text) => {
    expect(postingKindOf(text).records).toBe(1);
  });
});
