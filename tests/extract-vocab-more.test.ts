/**
 * Vocabulary breadth (apply, dates, salary, experience, seniority, work place), through the library: per field family and language, the
 * common ways a native recruiter writes a fact (issue #13's audit). Each row
 * is a language fact, one table row in src/extract/tables/, and fails without
 * that row; the rows that must stay empty keep precision.
 */
import { describe, expect, it } from 'vitest';
import { extract, fieldsOf } from './extract-direct.js';

describe('apply addresses, per language', () => {
  it.each([
    ['de: "sende"', 'Sende deine Unterlagen an anna@firma.de.', 'anna@firma.de'],
    ['fr: "envoie"', 'Envoie ton dossier à anna@firme.fr.', 'anna@firme.fr'],
    ['fr: "intéressé"', 'Intéressé ? anna@firme.fr', 'anna@firme.fr'],
    ['es: "manda"', 'Manda tus datos a ana@empresa.es.', 'ana@empresa.es'],
    ['pt: "escreva"', 'Escreva para ana@empresa.pt.', 'ana@empresa.pt'],
    ['it: "mandaci"', 'Mandaci i tuoi dati a anna@azienda.it.', 'anna@azienda.it'],
    ['nl: "mail ons"', 'Mail ons via anna@bedrijf.nl.', 'anna@bedrijf.nl'],
    ['pl: "zainteresowane … przesyłanie"', 'Osoby zainteresowane prosimy o przesyłanie zgłoszeń na anna@firma.pl.', 'anna@firma.pl'],
    ['cs: "ozvi se"', 'Ozvi se na anna@firma.cz.', 'anna@firma.cz'],
    ['sk: "napíš"', 'Napíš nám na anna@firma.sk.', 'anna@firma.sk'],
    ['ru: "пиши"', 'Пиши на anna@firma.ru.', 'anna@firma.ru'],
    ['tr: "gönderin"', 'Gönderin: anna@firma.com.tr', 'anna@firma.com.tr'],
    ['hu: "küldd"', 'Küldd el anna@ceg.hu címre.', 'anna@ceg.hu'],
    ['ro: "trimite"', 'Trimite-ne pe anna@firma.ro.', 'anna@firma.ro'],
    ['el: "στείλτε … βιογραφικό"', 'Στείλτε το βιογραφικό σας στο anna@etairia.gr.', 'anna@etairia.gr'],
    ['he: "שלחו קורות חיים"', 'שלחו קורות חיים אל anna@company.co.il', 'anna@company.co.il'],
    ['ar: "أرسلوا"', 'أرسلوا سيرتكم إلى anna@company.ae', 'anna@company.ae'],
    ['id: "hubungi"', 'Hubungi kami di anna@perusahaan.co.id.', 'anna@perusahaan.co.id'],
    ['vi: "liên hệ"', 'Liên hệ anna@congty.vn.', 'anna@congty.vn'],
    ['et: "saada"', 'Saada meile anna@firma.ee.', 'anna@firma.ee'],
    ['a jobs mailbox with one more part', 'Our team: tech-jobs@acme.com', 'tech-jobs@acme.com'],
    ['a careers mailbox per region', 'Our team: careers.eu@acme.com', 'careers.eu@acme.com'],
    ['de: the Personal (HR) mailbox', 'Acme GmbH, personal@acme.de', 'personal@acme.de'],
    ['id: a recruitment mailbox', 'PT Acme, rekrutmen@acme.co.id', 'rekrutmen@acme.co.id'],
  ])('%s', (_name, body, email) => {
    expect(fieldsOf(body).apply.emails).toEqual([email]);
  });

  it.each([
    ['a jobs mailbox no one reads', 'News: jobs-noreply@acme.com'],
    ['a job alerts mailbox', 'Sent by careers.alerts@acme.com'],
  ])('none from %s', (_name, body) => {
    expect(fieldsOf(body).apply.emails).toEqual([]);
  });
});

describe('apply URLs on applicant trackers and job boards', () => {
  it.each([
    ['a bare URL on a tracker, with no apply words', 'Find it at https://acme.factorialhr.com/job_posting/123 today.', 'https://acme.factorialhr.com/job_posting/123'],
    ['a bare Greenhouse URL', 'More at https://boards.greenhouse.io/acme/jobs/123 too.', 'https://boards.greenhouse.io/acme/jobs/123'],
    ['a JazzHR link', 'Details: [more](https://app.jazz.co/acme/job/1)', 'https://app.jazz.co/acme/job/1'],
    ['a Taleo link', 'Details: [here](https://acme.taleo.net/careersection/2/jobdetail.ftl?job=123)', 'https://acme.taleo.net/careersection/2/jobdetail.ftl?job=123'],
    ['a Varbi link (sv)', 'Läs mer [här](https://acme.varbi.com/se/what:job/jobID:123/)', 'https://acme.varbi.com/se/what:job/jobID:123/'],
    ['a posting on a Korean board', '[Acme - Server Dev](https://programmers.co.kr/job_positions/11664)', 'https://programmers.co.kr/job_positions/11664'],
    ['a vacancy on hh.ru', '[Вакансия](https://hh.ru/vacancy/123456)', 'https://hh.ru/vacancy/123456'],
    ['a bare pracuj.pl offer', 'https://www.pracuj.pl/praca/admin,oferta,1002758893', 'https://www.pracuj.pl/praca/admin,oferta,1002758893'],
    ['a posting number on jobs.cz', 'Inzerát: https://www.jobs.cz/rpd/1234567/', 'https://www.jobs.cz/rpd/1234567/'],
  ])('%s', (_name, body, url) => {
    expect(fieldsOf(body).apply.urls[0]).toBe(url);
  });

  it.each([
    ['a personal LinkedIn profile', 'Founded by [John](https://www.linkedin.com/in/john-doe-12345678).'],
    ['a company page on a board', 'Follow us on https://www.linkedin.com/company/acme'],
    ['a board home page', 'We also post on https://djinni.co/'],
  ])('none from %s', (_name, body) => {
    expect(fieldsOf(body).apply.urls).toEqual([]);
  });
});

describe('datePosted, per language', () => {
  it.each([
    ['de', 'Erstellt am: 03.02.2021', '2021-02-03'],
    ['fr', 'Publiée le 3 mars 2021', '2021-03-03'],
    ['pl', 'Data dodania: 3 marca 2021', '2021-03-03'],
    ['cs', 'Datum vložení: 3. března 2021', '2021-03-03'],
    ['sk', 'Zverejnené: 3. apríla 2021', '2021-04-03'],
    ['uk', 'Опубліковано: 3 березня 2021', '2021-03-03'],
    ['tr', 'Yayınlandı: 3 Mart 2021', '2021-03-03'],
    ['sv', 'Publicerat: 3 maj 2021', '2021-05-03'],
    ['da', 'Udgivet: 3. marts 2021', '2021-03-03'],
    ['fi', 'Julkaistu: 3. maaliskuuta 2021', '2021-03-03'],
    ['et', 'Avaldatud: 03.03.2021', '2021-03-03'],
    ['id', 'Diterbitkan: 3 Maret 2021', '2021-03-03'],
    ['ar', 'تاريخ النشر: 2021-03-03', '2021-03-03'],
    ['he', 'תאריך פרסום: 03.03.2021', '2021-03-03'],
    ['hu', 'Közzétéve: 2021.03.03.', '2021-03-03'],
    ['ro', 'Publicat pe 3 martie 2021', '2021-03-03'],
    ['el', 'Ημερομηνία δημοσίευσης: 3 Μαρτίου 2021', '2021-03-03'],
    ['ko', '게시일: 2021년 3월 3일', '2021-03-03'],
    ['zh', '发布于 2021-03-03', '2021-03-03'],
    ['nl', 'Publicatiedatum: 3 maart 2021', '2021-03-03'],
    ['en', 'Listed on 3 September 2021', '2021-09-03'],
  ])('%s: %s', (_language, body, date) => {
    expect(fieldsOf(body).datePosted).toBe(date);
  });

  it('reads a front-matter "published" key when its value is a date, and not when it is a flag', () => {
    expect(fieldsOf('Text.', { published: '2021-03-02' }).datePosted).toBe('2021-03-02');
    expect(fieldsOf('Text.', { postedOn: '2021-03-02' }).datePosted).toBe('2021-03-02');
    expect(fieldsOf('Text.', { published: false }).datePosted).toBeNull();
  });

  it('reads no date that could be day or month first after an English label, and day first after another language\'s', () => {
    expect(fieldsOf('Posted: 03/04/2021').datePosted).toBeNull();
    // Vietnamese writes the day first (session 29: a posted label in a language other than English reads n/n/yyyy so).
    expect(fieldsOf('Ngày đăng: 03/04/2021').datePosted).toBe('2021-04-03');
  });
});

describe('salary, per language', () => {
  const pay = (body: string) => fieldsOf(body).salary.map((s) => `${s.min}|${s.max}|${s.currency}|${s.period}`);
  it.each([
    ['pl: "tys." thousands', 'Wynagrodzenie: 15-20 tys. zł brutto miesięcznie', '15000|20000|PLN|MONTH'],
    ['ru: "тыс." thousands', 'Зарплата: от 150 тыс. до 250 тыс. руб.', '150000|250000|RUB|null'],
    ['uk: "тис." thousands, "на місяць"', 'Зарплата: 50-70 тис. грн на місяць', '50000|70000|UAH|MONTH'],
    ['cs: "tis." thousands', 'Plat: 60-80 tis. Kč měsíčně', '60000|80000|CZK|MONTH'],
    ['de: "Tsd." thousands', 'Gehalt: 60-70 Tsd. € pro Jahr', '60000|70000|EUR|YEAR'],
    ['pl: "mln" million', 'Wynagrodzenie: 1,2 mln zł rocznie', '1200000|1200000|PLN|YEAR'],
    ['hu: "fizetés", "Ft/hó"', 'Fizetés: 800 000 - 1 000 000 Ft/hó bruttó', '800000|1000000|HUF|MONTH'],
    ['hu: "ezer" thousands', 'Bérezés: 800 - 900 ezer Ft havonta', '800000|900000|HUF|MONTH'],
    ['ro: "lunar"', 'Salariu: 8000 - 10000 lei brut lunar', '8000|10000|RON|MONTH'],
    ['el: "μισθός", "μηνιαίως"', 'Μισθός: 1.500 - 2.000 € μηνιαίως', '1500|2000|EUR|MONTH'],
    ['he: "שכר", "לחודש"', 'שכר: 25,000-30,000 ₪ לחודש', '25000|30000|ILS|MONTH'],
    ['he: shekels as a word', 'שכר: 25,000 ש"ח', '25000|25000|ILS|null'],
    ['vi: "triệu", "/tháng"', 'Mức lương: 15 - 25 triệu VND/tháng', '15000000|25000000|VND|MONTH'],
    ['ar: "درهم", "شهريا"', 'الراتب: 10,000 - 15,000 درهم شهريا', '10000|15000|AED|MONTH'],
    ['ar: riyal', 'الراتب: 10,000 ريال', '10000|10000|SAR|null'],
    ['bg: лева, "заплата", "месечно"', 'Заплата: 3000 - 4000 лв. месечно', '3000|4000|BGN|MONTH'],
    ['uk: hryvnias as a word', 'Зарплата: 50 000 гривень', '50000|50000|UAH|null'],
    ['pl: "widełki"', 'Widełki: 12 000 - 16 000 PLN', '12000|16000|PLN|null'],
    ['nl: "salarisindicatie"', 'Salarisindicatie: € 4.000 - € 5.000', '4000|5000|EUR|null'],
    ['pt: "faixa salarial"', 'Faixa salarial: R$ 8.000 - R$ 10.000', '8000|10000|BRL|null'],
    ['de: "Gehaltsspanne"', 'Gehaltsspanne: 60.000 - 70.000 €', '60000|70000|EUR|null'],
    ['sv: "lönespann"', 'Lönespann: 45 000 - 55 000 SEK', '45000|55000|SEK|null'],
    ['ro: "pe oră"', 'Salariu: 50 lei pe oră', '50|50|RON|HOUR'],
    ['da: "om måneden"', 'Løn: 40.000 DKK om måneden', '40000|40000|DKK|MONTH'],
    ['el: yearly', 'Αποδοχές: 30.000 € ετησίως', '30000|30000|EUR|YEAR'],
    ['he: yearly', 'משכורת: 300,000 ₪ לשנה', '300000|300000|ILS|YEAR'],
    ['pt: "ao mês"', 'Salário: R$ 8.000 ao mês', '8000|8000|BRL|MONTH'],
    ['hu: yearly', 'Fizetés: 12 000 000 Ft évente', '12000000|12000000|HUF|YEAR'],
    ['kz: tenge', 'Зарплата: 500 000 тенге', '500000|500000|KZT|null'],
  ])('%s', (_name, body, expected) => {
    expect(pay(body)).toEqual([expected]);
  });
});

describe('experience years, per language', () => {
  it.each([
    ['fr: "années"', "Au moins 5 années d'expérience.", 5],
    ['et: "3-aastane"', 'Vähemalt 3-aastane töökogemus.', 3],
    ['fi: "3-vuotinen"', 'Edellytämme 3-vuotinen kokemus ohjelmoinnista.', 3],
    ['hu', 'Legalább 3 év tapasztalat.', 3],
    ['hu: "éves"', 'Minimum 2 éves szakmai tapasztalattal.', 2],
    ['ro', 'Minim 3 ani experiență.', 3],
    ['ro: "cel puțin"', 'Experiență de cel puțin 4 ani.', 4],
    ['el', 'Τουλάχιστον 3 χρόνια εμπειρίας.', 3],
    ['el: "έτη"', 'Εμπειρία 5 έτη σε Java.', 5],
    ['he', 'ניסיון של 3 שנים לפחות', 3],
  ])('%s', (_name, body, min) => {
    expect(fieldsOf(body).experienceYears?.min).toBe(min);
  });

  it('reads no years from a line that names no experience', () => {
    expect(fieldsOf('Firma are 10 ani pe piață.').experienceYears).toBeNull();
  });
});

describe('seniority, per language', () => {
  it.each([
    ['pl: "Regular" is the middle level', '# Regular Java Developer\n\nText.', 'mid'],
    ['fr: "confirmé"', '# Développeur PHP confirmé\n\nTexte.', 'mid'],
    ['ru: "ведущий"', '# Ведущий разработчик\n\nТекст.', 'lead'],
    ['uk: "провідний"', '# Провідний розробник\n\nТекст.', 'lead'],
    ['hu: "vezető"', '# Vezető fejlesztő\n\nSzöveg.', 'lead'],
    ['ko: 팀장', '# 개발팀장\n\n내용', 'lead'],
    ['zh: 经理', '# 产品经理\n\n内容', 'manager'],
    ['zh: 总监', '# 技术总监\n\n内容', 'director'],
    ['tr: a table row of the level', '# Geliştirici\n\n| Tecrübe seviyesi  | Intermediate/Senior |', 'senior'],
    ['it: "Livello"', '# Sviluppatore\n\nLivello: Junior', 'junior'],
    ['ru: "Грейд"', '# Разработчик\n\nГрейд: Middle', 'mid'],
    ['cs: "Úroveň"', '# Programátor\n\nÚroveň: Senior', 'senior'],
    // ar "career level: beginner" (a label and word of tables/words.ts); the plural "beginners" in a sentence states no level
    ['ar: "المستوى المهني : مبتدئ"', '# Safety Engineer\n\nالمستوى المهني : مبتدئ', 'junior'],
    ['ar: "مستوى الخبرة: حديث التخرج"', '# Safety Engineer\n\nمستوى الخبرة: حديث التخرج', 'junior'],
    ['ar must not: "نرحب بالمبتدئين" (we welcome beginners)', '# Safety Engineer\n\nنرحب بالمبتدئين في فريقنا.', null],
  ])('%s', (_name, markdown, seniority) => {
    expect(extract(markdown).fields.seniority).toBe(seniority);
  });

  it('reads the CJK intern words of a title, whatever the employment type', () => {
    expect(extract('# 前端实习生\n\n内容', { employment_type: 'full-time' }).fields.seniority).toBe('intern');
    expect(extract('# エンジニアインターン\n\n内容', { employment_type: 'full-time' }).fields.seniority).toBe('intern');
  });
});

describe('the work place named, per language: with no remote work stated, the work is onsite', () => {
  const policyOf = (markdown: string) => extract(markdown).fields.remote.policy;
  it.each([
    // location labels
    ['en: "City:"', '# Engineer\n\nCity: Berlin', 'onsite'],
    ['en: "Place of work:"', '# Engineer\n\nPlace of work: Leeds', 'onsite'],
    ['fr: "Ville :"', '# Développeur\n\nVille : Lyon', 'onsite'],
    ['es: "Ciudad:"', '# Desarrollador\n\nCiudad: Sevilla', 'onsite'],
    ['pt: "Cidade:"', '# Desenvolvedor\n\nCidade: Curitiba', 'onsite'],
    ['it: "Città:"', '# Sviluppatore\n\nCittà: Torino', 'onsite'],
    ['nl: "Plaats:"', '# Ontwikkelaar\n\nPlaats: Utrecht', 'onsite'],
    ['pl: "Miasto:"', '# Programista\n\nMiasto: Kraków', 'onsite'],
    ['cs: "Lokalita:"', '# Programátor\n\nLokalita: Brno', 'onsite'],
    ['tr: "Şehir:"', '# Geliştirici\n\nŞehir: İzmir', 'onsite'],
    ['sv: "Placering:"', '# Utvecklare\n\nPlacering: Göteborg', 'onsite'],
    ['fi: "Työskentelypaikka:"', '# Kehittäjä\n\nTyöskentelypaikka: Tampere', 'onsite'],
    ['et: "Töökoht:"', '# Arendaja\n\nTöökoht: Tartu', 'onsite'],
    ['id: "Penempatan:"', '# Programmer\n\nPenempatan: Bandung', 'onsite'],
    ['vi: "Nơi làm việc:"', '# Lập trình viên\n\nNơi làm việc: Đà Nẵng', 'onsite'],
    ['hu: "Munkavégzés helye:"', '# Fejlesztő\n\nMunkavégzés helye: Debrecen', 'onsite'],
    ['ro: "Oraș:"', '# Programator\n\nOraș: Cluj-Napoca', 'onsite'],
    ['el: "Τοποθεσία:"', '# Προγραμματιστής\n\nΤοποθεσία: Αθήνα', 'onsite'],
    ['he: "מיקום:"', '# מפתח\n\nמיקום: Tel Aviv', 'onsite'],
    ['ar: "الموقع:"', '# مطور\n\nالموقع: Dubai', 'onsite'],
    ['ko: "근무지:"', '# 개발자\n\n근무지: 서울', 'onsite'],
    ['zh: "办公地点："', '# 工程师\n\n办公地点：上海', 'onsite'],
    // office phrases in prose, with a place
    ['tr: "İstanbul ofisimizde"', '# Geliştirici\n\nİstanbul ofisimizde çalışacak.', 'onsite'],
    ['hu: "irodánkban"', '# Fejlesztő\n\nBudapesti irodánkban dolgozol, Budapest.', 'onsite'],
    ['de: "Sitz in"', '# Entwickler\n\nWir sind ein Startup mit Sitz in Hamburg.', 'onsite'],
    ['uk: "офіс у"', '# Розробник\n\nНаш офіс у Львові, Lviv.', 'onsite'],
    ['ro: "biroul din"', '# Programator\n\nVei lucra în biroul din Iași.', 'onsite'],
    ['cs: "kancelář v"', '# Programátor\n\nNaše kancelář v Praze, Praha.', 'onsite'],
    ['en: "our Berlin office"', '# Engineer\n\nYou will work from our Berlin office.', 'onsite'],
    ['en: "our New York offices"', '# Engineer\n\nJoin the team at our New York offices.', 'onsite'],
    // a city in the title
    ['sv: a city in the title', '# VD till Variant Linköping\n\nVi söker en VD.', 'onsite'],
    ['en: a city in the title', '# Backend Developer Berlin\n\nJoin us.', 'onsite'],
    // a street address
    ['no: a street joined to "-gata"', '# Utvikler\n\nTitte innom Hammersborggata 9 for en kaffekopp.', 'onsite'],
    ['de: "-straße"', '# Entwickler\n\nAcme GmbH, Musterstraße 5.', 'onsite'],
    ['it: "Via"', '# Sviluppatore\n\nLa sede è in Via Roma 10.', 'onsite'],
    ['pl: "ul."', '# Programista\n\nBiuro: ul. Marszałkowska 10.', 'onsite'],
    ['fr: "12 rue …"', '# Développeur\n\nNos locaux au 12 rue de la Paix.', 'onsite'],
    ['en: "123 Main Street"', '# Engineer\n\nVisit us at 123 Main Street.', 'onsite'],
  ])('%s', (_name, markdown, policy) => {
    expect(policyOf(markdown)).toBe(policy);
  });

  it.each([
    ['a country in the title is no work place', '# Country Manager Ukraine\n\nText.'],
    ['"via" before a product is no street', '# Engineer\n\nWe talk via Slack 24 hours a day.'],
    ['a street word with no number', '# Engineer\n\nOur office is on Main Street.'],
    ['an address beside remote work stated', '# Dev\n\nFully remote. Our registered office: Musterstraße 5.'],
    ['a name between "our" and "office" that is no place', '# Engineer\n\nOur Acme office has a great coffee machine.'],
    ['"our <place> office" beside remote work', '# Engineer\n\nYou can work fully remote or from our Berlin office.'],
    // review28a: the office the founders sit in, or one visited, is not where the job is
    ['"Our <place> office is where the founders sit"', '# iOS Engineer\n\nWe are a distributed team.\n\nOur San Francisco office is where the founders sit.'],
    ['a few trips a year "to see our <place> office"', '# Backend Developer\n\nLocation-independent: a few trips a year to see our Berlin office.'],
    ['"meet at our <place> office" twice a year', '# Engineer\n\nTwice a year we meet at our Berlin office.'],
  ])('%s', (_name, markdown) => {
    expect(policyOf(markdown)).not.toBe('onsite');
  });
});
