/**
 * Pages that are no posting, in more languages (tables/not-posting.ts), through the CLI:
 * "not the hiring period now" (ko), a hiring-process document titled the CJK way, the
 * team first ("NiX招聘制度"), and a page named for people who look for work
 * ("Człowiek szuka pracy", "Who wants to be hired?"). Each beside a posting that
 * uses the same words and keeps its record.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function normalized(text: string, name = 'page.md') {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-not-posting-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return { code: result.code, records: parseNdjson(result.stdout), stderr: result.stderr };
}

const lines = (...all: string[]) => `${all.join('\n')}\n`;

describe('no vacancy, a process document, a job-wanted page: no record', () => {
  it.each([
    ['ko, not the hiring period', 'no-vacancy', lines('# 채용', '', '## 지금은 채용기간이 아닙니다.', '', '연락처를 남겨주시면 채용계획이 있을 때 연락드리겠습니다.')],
    ['ko, no hiring plan', 'no-vacancy', lines('# 함께해요', '', '현재 채용 계획이 없습니다. 관심 분야를 남겨 주세요.')],
    ['zh, no hiring plan', 'no-vacancy', lines('# 加入我们', '', '我们目前没有招聘计划，欢迎关注。')],
    ['ja, outside the hiring period', 'no-vacancy', lines('# 採用', '', '現在採用は行っておりません。')],
    ['zh, a team\'s hiring rules', 'process-document', lines('# 团队招聘制度', '', '本文作为以后团队招新的标准。', '', '## 招聘流程', '', '1. 筛选', '1. 面试', '', '## 面试阶段', '', '优先选择电话面试或者现场面试。', '', '## 评分标准', '', '技术占比40%。')],
    ['ko, a hiring procedure', 'process-document', lines('# 우리 팀 채용 절차', '', '## 전형 절차', '', '서류전형 후 1차 면접과 2차 면접을 봅니다.')],
    ['pl, a person looks for work', 'resume', lines('# Człowiek szuka pracy', '', '| Imię i kontakt | O mnie | Oczekiwania |', '| --- | --- | --- |', '| Jan Kowalski | Jestem programistą. | Warszawa lub zdalnie |')],
    ['en, a job-wanted thread', 'resume', lines('# Who wants to be hired? (March)', '', 'Location: Berlin', 'Remote: yes', 'Technologies: Go, Rust', 'Email: dev@example.org')],
    ['de, a job-wanted ad', 'resume', lines('# Stellengesuch: Mediengestalter', '', 'Ich suche ab Mai eine Stelle in Köln, gern in Teilzeit.')],
    ['nl, a person looks for work', 'resume', lines('# Ervaren kok zoekt werk', '', 'Ik ben beschikbaar vanaf juni, liefst in Utrecht.')],
    // Beside the genitive-singular exception ("Описание вакансии"): a heading of vacancies in the plural is still a careers index.
    ['ru, "Вакансии компании" with no role named', 'careers-index', lines('# Вакансии компании Лайм', '', 'Следите за новостями: новые вакансии появятся здесь.')],
    ['pl, "Oferty pracy" with no role named', 'careers-index', lines('# Oferty pracy w Lindenhof', '', 'Zajrzyj tu wkrótce: nowe oferty pojawią się tutaj.')],
    // Session 25: a hiring process titled and stepped in Polish, Czech and Italian (language knowledge).
    ['pl, a hiring process', 'process-document', lines('# Proces rekrutacji', '', '## 1. Rozmowa telefoniczna', '', 'Krótka rozmowa z rekruterem.', '', '## 2. Rozmowa techniczna', '', 'Zadanie z programowania.')],
    ['cs, a hiring process', 'process-document', lines('# Náš výběrový proces', '', '## 1. Telefonický pohovor', '', 'Krátký hovor s recruiterem.', '', '## 2. Technický pohovor', '', 'Programovací úloha.')],
    ['it, a hiring process', 'process-document', lines('# Processo di selezione', '', '## 1. Colloquio telefonico', '', 'Una breve chiamata.', '', '## 2. Prova pratica', '', 'Un esercizio, poi un colloquio tecnico.')],
    ['de, job-wanted ads in the plural', 'resume', lines('# Stellengesuche', '', '- Mediengestalterin sucht Teilzeitstelle in Köln', '- Koch, 20 Jahre Erfahrung, ab sofort')],
    // Session 26: a page named for an application that names no role (openApplicationNames), in each language's word.
    ['en, an open application page', 'careers-index', lines('# Open application', '', 'Didn\'t find a position that matches your profile? Send your CV to jobs@acme.example.')],
    ['de, an Initiativbewerbung page', 'careers-index', lines('# Initiativbewerbung', '', 'Keine passende Stelle gefunden? Sende uns deinen Lebenslauf an jobs@acme.example.')],
    ['es, a candidatura espontánea page', 'careers-index', lines('# Candidatura espontánea', '', '¿No encuentras una vacante para tu perfil? Envíanos tu CV a jobs@acme.example.')],
    ['it, a candidatura spontanea page', 'careers-index', lines('# Candidatura spontanea', '', 'Inviaci il tuo CV a jobs@acme.example.')],
    ['sv, a spontanansökan page', 'careers-index', lines('---', 'title: Spontanansökan', '---', '', 'Skicka en spontanansökan med CV till jobs@acme.example.')],
    ['da, an uopfordret ansøgning page', 'careers-index', lines('# Uopfordret ansøgning', '', 'Send os en ansøgning med CV til jobs@acme.example.')],
    // A talent pool to join names no role either (openApplicationNames).
    ['en, a talent pool page', 'careers-index', lines('# Join our talent pool', '', 'Leave your details and we will contact you when a position opens up. CV to talent@acme.example.')],
    ['de, a Talentpool page', 'careers-index', lines('# Talentpool', '', 'Werde Teil unseres Talentpools: wir melden uns, sobald eine Position frei wird. CV an talent@acme.example.')],
    ['es, a bolsa de talento page', 'careers-index', lines('# Bolsa de talento', '', 'Déjanos tu CV y te contactaremos cuando se abra un puesto: talent@acme.example.')],
    ['pl, a baza talentów page', 'careers-index', lines('# Baza talentów', '', 'Wyślij CV, a odezwiemy się, gdy pojawi się stanowisko: talent@acme.example.')],
    ['sv, a talangpool page', 'careers-index', lines('# Talangpool', '', 'Skicka ditt CV så hör vi av oss när en tjänst blir ledig: talent@acme.example.')],
    ['tr, a genel başvuru page', 'careers-index', lines('# Genel başvuru', '', 'CV’nizi jobs@acme.example adresine gönderin.')],
    // Session 29 (review29d): a careers table's "Position" column of departments, a contact table, a "See all" row: no roles.
    ['en, a "Position" column of departments', 'careers-index', lines('# Careers at Initech', '', 'See all open jobs at initech.example/jobs.', '', '| Position | Team size | Location |', '|---|---|---|', '| Engineering | 40 | Berlin |', '| Marketing | 12 | London |')],
    ['de, a contact table under "Position"', 'careers-index', lines('# Karriere bei Initech', '', 'Alle offenen Stellen findest du unter initech.example/jobs.', '', '| Position | Ansprechpartner | Telefon |', '|---|---|---|', '| Personalabteilung | Anna Schmidt | 030 123456 |')],
    ['en, a "See all openings" row', 'careers-index', lines('# Careers', '', 'Browse our open positions: initech.example/jobs', '', '| Job Title | Department | Location |', '|---|---|---|', '| See all openings | All | All |')],
    // A layout's "lorem ipsum" in its company and its items, beside its sections and placeholder terms.
    ['en, a lorem-ipsum layout with a section and terms', 'template', lines('# Job Title', '', 'Company: Lorem Ipsum Inc.', '', 'Lorem ipsum dolor sit amet. Full-time. Salary: $00,000 per year.', '', '## Qualifications', '- Lorem ipsum dolor sit amet')],
    ['es, a lorem-ipsum layout under a role', 'template', lines('# Ingeniero de Software', '', 'Empresa: Lorem Ipsum S.A.', '', 'Lorem ipsum dolor sit amet. Jornada completa. Salario: XX.XXX € brutos anuales.', '', '## Requisitos', '- Lorem ipsum dolor sit amet')],
    // Role nouns inside common words: hr "Direktorat" (directorate), "Referentni" (reference), "Radnici" (workers); th staff benefits,
    // the engineering department, team leads, "พนักงานทุกคน" (all staff) and the adverb "ช่าง" in a sentence.
    ['hr, a careers menu of a directorate and references', 'careers-index', lines('# Karijere', '', 'Sve otvorene pozicije pronađite na stranici initech.example/posao.', '', '- Direktorat za financije', '- Referentni projekti', '- Radnici o nama', '- Kontakt')],
    ['th, a careers menu of staff benefits and a department', 'careers-index', lines('# ร่วมงานกับเรา', '', 'ดูตำแหน่งงานทั้งหมดได้ที่ initech.example/jobs', '', '- สวัสดิการพนักงาน', '- ฝ่ายช่างและซ่อมบำรุง', '- หัวหน้าทีมพูดถึงเรา', '- ติดต่อเรา')],
    ['th, a sentence about the staff', 'careers-index', lines('# ร่วมงานกับเรา', '', 'พนักงานทุกคนคือหัวใจของบริษัท เราช่างโชคดีที่มีทีมงานที่ดี ดูตำแหน่งงานว่างได้ที่ initech.example/jobs')],
  ])('%s: gives no record (%s)', async (_case, reason, text) => {
    const { code, records, stderr } = await normalized(text);
    expect(records).toEqual([]);
    expect(code).toBe(1);
    expect(stderr).toContain(`not-a-posting not a posting (${reason})`);
  });
});

describe('a posting that uses the same words keeps its record', () => {
  it.each([
    ['ko, a posting with its hiring procedure', lines('# 백엔드 개발자', '', '## 주요 업무', '', '- API 개발', '', '## 자격 요건', '', '- 3년 이상 경력', '', '## 채용 절차', '', '서류전형 → 1차 면접 → 최종 면접', '', '정규직, 지원: jobs@acme.example')],
    ['zh, a posting with its interview steps', lines('# 后端工程师', '', '## 岗位职责', '', '- 开发接口', '', '## 任职要求', '', '- 三年以上经验', '', '## 招聘流程', '', '电话面试，然后现场面试。', '', '简历发送至 jobs@acme.example')],
    // A job-seeker phrase is whole words: "zoekt werk" is not in "zoekt werkplaatsmedewerker".
    ['nl, a company looks for a workshop hand', lines('# Bakkerij De Vries zoekt werkplaatsmedewerker', '', 'Parttime, 24 uur per week in Zwolle. Stuur je cv naar info@devries.example')],
    ['de, a garage looks for a worker', lines('# Autohaus Klein sucht Arbeitskraft für die Werkstatt', '', 'Vollzeit in Köln. Bewerbung an jobs@klein.example')],
    ['en, a Workday consultant', lines('---', 'title: Looking for Workday consultant', '---', '', 'Full-time, remote. Apply at jobs@acme.example')],
    // The jobs word in the genitive singular, spelled as the plural is: the description of one vacancy, on a page that names no role in a heading.
    ['ru, "Описание вакансии"', lines('Вакансия открыта до 25 декабря. Зарплата 33 000 руб.', '', '## Описание вакансии', '', 'Организация отчётности отдела, входной контроль качества сырья.', '', '## Требования', '', 'Опыт складской работы.')],
    ['uk, "Опис вакансії"', lines('Зарплата 20 000 грн, Київ.', '', '## Опис вакансії', '', 'Ведення звітності відділу, контроль якості сировини.', '', '## Вимоги', '', 'Досвід роботи на складі.')],
    ['pl, "Szczegóły oferty pracy"', lines('Wynagrodzenie 6000 zł brutto, Łódź.', '', '## Szczegóły oferty pracy', '', 'Prowadzenie sprawozdawczości działu, kontrola jakości surowców.', '', '## Wymagania', '', 'Doświadczenie w pracy w magazynie.')],
    ['pl, a posting with its hiring process', lines('# Programista Java', '', 'Acme szuka programisty Java w Warszawie, umowa o pracę, 15 000 zł brutto.', '', '## Zakres obowiązków', '', '- Rozwój API', '', '## Wymagania', '', '- 3 lata doświadczenia z Javą', '', '## Proces rekrutacji', '', 'Rozmowa telefoniczna, potem rozmowa techniczna.', '', 'CV: jobs@acme.example')],
    // An open application for a named role, or with a role's sections, is that role's posting.
    ['de, an Initiativbewerbung for a named role', lines('# Initiativbewerbung als Pflegefachkraft (m/w/d)', '', 'Vollzeit in Köln. Bewerbung an jobs@klinik.example')],
    ['en, an open application with a role\'s sections', lines('# Open application', '', '## Responsibilities', '', '- Build our backend services', '', '## Requirements', '', '- 3+ years with Go', '', 'Full-time in Berlin. Apply: jobs@acme.example')],
    ['en, a posting with an open-application section', lines('# Backend Engineer', '', 'Full-time in Berlin.', '', '## Open application', '', 'Not a fit? Send your CV to jobs@acme.example')],
    ['en, a posting that invites to its talent pool', lines('# Backend Engineer', '', 'Full-time in Berlin. You will build our APIs in Go.', '', 'Not the right fit? Join our talent pool.', '', 'Apply at jobs@acme.example.')],
    ['de, a Talentpool role named in its heading', lines('# Recruiter Talentpool (m/w/d)', '', 'Vollzeit in Köln. Du baust unseren Talentpool auf. Bewerbung an jobs@acme.example')],
    ['en, a posting that speaks of job seekers', lines('# Senior Recruiter', '', 'Acme hires a Senior Recruiter in Berlin, full-time.', '', '## Responsibilities', '', '- Talk to job seekers every day', '', '## Requirements', '', '- 3+ years in recruiting', '', 'Apply: jobs@acme.example')],
    // Session 29 (review29a): sl "ni" (is not) before a vacancy noun three words on is no statement of no vacancy; hr duty and requirement headings.
    ['sl, "ni" before "delovna mesta" in another clause', lines('# Pridruži se ekipi Mlinček d.o.o.', '', 'Iščemo sodelavca za delo v pekarni. Delovni čas ni fiksen, delovna mesta so v Kranju in na Bledu.', '', 'Prijave na delo@mlincek.example')],
    ['hr, a careers-headed posting with its duty and requirement headings', lines('# Karijera', '', '## Vozač C kategorije', '', 'Prijevoz Kovač d.o.o. zapošljava vozača za međunarodni prijevoz.', '', '## Opis posla', '', '- prijevoz robe po EU', '', '## Uvjeti', '', '- vozačka dozvola C kategorije')],
    // The role nouns of those languages (tables/title-roles-more.ts): a role heading under a careers heading names a role, with no sections.
    ['sr, a role heading under "Zapošljavanje"', lines('# Zapošljavanje', '', '## Vozač B kategorije', '', 'Preduzeće Prevoz d.o.o. Novi Sad traži vozača.', '', 'Prijave: posao@prevoz.example')],
    ['sr, Cyrillic, a role heading under "Запошљавање"', lines('# Запошљавање', '', '## Возач Б категорије', '', 'Пријаве: posao@prevoz.example')],
    ['hr, a role heading under a careers title', lines('---', 'title: Karijere', '---', '', '## Voditelj/ica skladišta', '', 'Tvrtka Logis d.o.o. traži voditelja skladišta u Osijeku.')],
    // Session 29 (review29d): the whole role words that stay (hr "Direktorica", th "พนักงานขาย", salesperson), and a posting's one unwritten description.
    ['hr, a "Direktorica" role heading under a careers title', lines('# Karijere', '', '## Direktorica prodaje', '', 'Tvrtka Logis d.o.o. traži direktoricu prodaje u Zagrebu.')],
    ['th, a salesperson role heading under a careers title', lines('# ร่วมงานกับเรา', '', '## พนักงานขาย', '', 'เงินเดือน 18,000 บาท ทำงานที่กรุงเทพ')],
    ['en, a posting whose one description is lorem ipsum', lines('# Backend Engineer', '', 'Lorem ipsum dolor sit amet.', '', '## Requirements', '', '- 3+ years with Go', '', 'Full-time in Berlin. Apply: jobs@acme.example')],
    ['th, a role in a careers page\'s line', lines('# ร่วมงานกับเรา', '', 'บริษัท ดีไซน์ จำกัด เปิดรับ กราฟิกดีไซเนอร์ 1 อัตรา', '', 'เงินเดือน 25,000 บาท')],
  ])('%s', async (_case, text) => {
    const { records, stderr } = await normalized(text);
    expect(records).toHaveLength(1);
    expect(stderr).not.toContain('not-a-posting');
  });
});
