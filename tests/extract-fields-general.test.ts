/**
 * Field families on phrasings no corpus file was tuned on (issue #13): each
 * row is how postings write remote work, employment type, pay or a way to
 * apply, in a language of the corpus. Read through the library as a user
 * would (normalizeText), one small posting per row.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const record = (body: string) => normalizeText(body, { path: 'posting.md' }).record!;
const posting = (line: string) => `# Backend Developer\n\n${line}\n`;

describe('remote policy, per language', () => {
  it.each([
    ['Modalidade: 100% Remoto', 'remote'],
    ['Oferujemy pracę zdalną lub praca zdalna z dowolnego miejsca.', 'remote'],
    ['Работа удалённо, полная занятость.', 'remote'],
    ['工作方式：远程', 'remote'],
    ['勤務形態：リモート可能', 'hybrid'],
    ['Remote (PST - AST preferred)', 'remote'],
    ['2 jours de télétravail par semaine, le reste au bureau à Lyon.', 'hybrid'],
    ['Çalışma şekli: uzaktan çalışma', 'remote'],
    ['Arbeidssted: hjemmekontor, fjernarbeid fra hele Norge.', 'remote'],
    ['Lokasi: kerja jarak jauh (remote)', 'remote'],
    ['Täysin etätyö, Suomessa.', 'remote'],
    ['Volledig remote werken vanuit Nederland.', 'remote'],
    ['Lavoro completamente da remoto.', 'remote'],
    ['Práce z domova je možná plně remote.', 'remote'],
    ['근무형태: 원격근무', 'remote'],
    ['Trabajo 100% remoto desde cualquier lugar.', 'remote'],
    ['Hybrides Arbeiten: 3 Tage im Büro in München, 2 Tage Homeoffice.', 'hybrid'],
    ['Modelo híbrido: 2 dias no escritório.', 'hybrid'],
    ['Praca hybrydowa, biuro w Krakowie.', 'hybrid'],
    ['Гибридный формат работы, офис в Москве.', 'hybrid'],
    ['混合办公，每周两天在家。', 'hybrid'],
    ['Hybrid çalışma modeli, İstanbul ofisi.', 'hybrid'],
    ['Hybridityö Helsingissä.', 'hybrid'],
    ['Kantoor in Amsterdam, hybride werken.', 'hybrid'],
    ['Lavoro in sede a Milano, nessun lavoro da remoto.', 'onsite'],
    ['Praca stacjonarna w biurze w Warszawie.', 'onsite'],
    ['Работа в офисе в Москве.', 'onsite'],
    ['Trabajo presencial en Madrid.', 'onsite'],
    ['Trabalho presencial em São Paulo.', 'onsite'],
    ['Travail sur site à Paris, pas de télétravail.', 'onsite'],
    ['This is an on-site role in our Berlin office.', 'onsite'],
    ['Vor Ort in unserem Büro in Hamburg, kein Homeoffice.', 'onsite'],
    ['Biuro w Gdańsku, zdalna praca jest wykluczona.', 'onsite'],
    // ja full remote possible is remote, remote possible hybrid; ko working from home possible is hybrid, as ja 在宅勤務可能;
    // no "kontoret vårt i" (our office in) names the work place
    ['フルリモート勤務可能', 'remote'],
    ['完全リモートワーク可', 'remote'],
    ['リモート勤務可能（週1出社）', 'hybrid'],
    ['재택근무 가능', 'hybrid'],
    ['원격근무 가능, 서울 사무실', 'hybrid'],
    ['Du jobber fra kontoret vårt i Oslo.', 'onsite'],
    // review28a: ko "whether working from home is possible" is a question; its answer "불가" (not possible) refuses it
    ['- 재택근무 가능 여부: 불가', 'onsite'],
    ['- 재택근무 가능 여부: 불가 (주 5일 사무실 출근)', 'onsite'],
    ['- 재택근무 가능 여부: 가능', 'hybrid'],
  ])('%s -> %s', (line, policy) => {
    expect(record(posting(line)).remote.policy).toBe(policy);
  });

  it('reads no region from where the team lives', () => {
    const out = record(posting('This is a fully remote role. Our team members live in Germany, Brazil and Japan.'));
    expect(out.remote.policy).toBe('remote');
    expect(out.remote.regions).toEqual([]);
  });
});

describe('employment type, per language', () => {
  it.each([
    ['Eine 80% Stelle, unbefristet.', ['PART_TIME']],
    ['Es handelt sich um eine Vollzeittätigkeit in Köln.', ['FULL_TIME']],
    ['Die Teilzeitstelle umfasst 20 Stunden.', ['PART_TIME']],
    ['Regime de contratação: MEI', ['CONTRACTOR']],
    ['Tipo de contratação: CLT', ['FULL_TIME']],
    ['Arbeitszeit: 30h/week', ['PART_TIME']],
    ['Vaga de meio período, 4 horas por dia.', ['PART_TIME']],
    ['Contract: B2B, invoiced monthly.', ['CONTRACTOR']],
    ['Contratação PJ.', ['CONTRACTOR']],
    ['This is a freelance position.', ['CONTRACTOR']],
    ['Sie arbeiten als freier Auftragnehmer.', ['CONTRACTOR']],
    ['We hire through contracts like this one, renewed each quarter.', ['CONTRACTOR']],
    ['Wir suchen einen Werkstudenten (m/w/d).', ['PART_TIME']],
    ["Poste en alternance, rythme 3 semaines / 1 semaine.", ['INTERN']],
    ['Offre de stage de 6 mois à Paris.', ['INTERN']],
    ['Pflichtpraktikum oder freiwilliges Praktikum, 6 Monate.', ['INTERN']],
    ['Vaga de estágio em desenvolvimento.', ['INTERN']],
    ['招聘前端开发实习生，每周至少4天。', ['INTERN']],
    ['Die Stelle ist befristet auf zwei Jahre.', ['TEMPORARY']],
    ['CDD de 12 mois.', ['TEMPORARY']],
    ['Tam zamanlı çalışma.', ['FULL_TIME']],
    ['Yarı zamanlı pozisyon.', ['PART_TIME']],
    ['Stillingen er en fast, heltid stilling.', ['FULL_TIME']],
    ['Deltidsstilling, 50 %.', ['PART_TIME']],
    ['وظيفة بدوام جزئي', ['PART_TIME']],
    ['Pekerjaan penuh waktu di Jakarta.', ['FULL_TIME']],
    ['Paruh waktu, 20 jam per minggu.', ['PART_TIME']],
    ['Täistööaeg, Tallinnas.', ['FULL_TIME']],
    ['Töö osaajaga, Tallinnas.', ['PART_TIME']],
    ['Kokoaikainen työsuhde.', ['FULL_TIME']],
    ['Osa-aikainen työ.', ['PART_TIME']],
    ['Harjoittelupaikka kesälle.', ['INTERN']],
    ['Een fulltime baan in Utrecht.', ['FULL_TIME']],
    ['Parttime, 24 uur per week.', ['PART_TIME']],
    ['Stageplaats voor studenten.', ['INTERN']],
    ['Contratto a tempo pieno.', ['FULL_TIME']],
    ['Posizione part-time, tempo parziale.', ['PART_TIME']],
    ['Tirocinio di 6 mesi.', ['INTERN']],
    ['Contratto a tempo determinato.', ['TEMPORARY']],
    ['Práce na plný úvazek.', ['FULL_TIME']],
    ['Zkrácený úvazek.', ['PART_TIME']],
    ['Stáž pro studenty.', ['INTERN']],
    ['Praca na pełny etat.', ['FULL_TIME']],
    ['Praca w niepełnym wymiarze godzin.', ['PART_TIME']],
    ['Płatny staż dla studentów.', ['INTERN']],
    ['Стажировка для студентов.', ['INTERN']],
    ['Частичная занятость.', ['PART_TIME']],
    ['雇用形態：正社員', ['FULL_TIME']],
    ['雇用形態：アルバイト', ['PART_TIME']],
    ['雇用形態：業務委託', ['CONTRACTOR']],
    ['インターンシップ募集', ['INTERN']],
    ['工作性质：全职', ['FULL_TIME']],
    ['工作性质：兼职', ['PART_TIME']],
    ['고용형태: 정규직', ['FULL_TIME']],
    ['고용형태: 계약직', ['TEMPORARY']],
    ['인턴 모집', ['INTERN']],
    ['Jornada completa, contrato indefinido.', ['FULL_TIME']],
    ['Media jornada, por las tardes.', ['PART_TIME']],
    ['Prácticas remuneradas para estudiantes.', ['INTERN']],
    ['Contrato temporal de 6 meses.', ['TEMPORARY']],
    ['Tempo integral, CLT.', ['FULL_TIME']],
    ['Temps plein, CDI.', ['FULL_TIME']],
    ['Temps partiel, 24h par semaine.', ['PART_TIME']],
    ['Vollzeit, unbefristet.', ['FULL_TIME']],
    ['Teilzeit (20 Stunden).', ['PART_TIME']],
    // seasonal and holiday work is for a term (nl, de, it, es, sv); he with the prefix "in"; fr an internship offered
    ['Seizoenswerk op Texel, van april tot oktober.', ['TEMPORARY']],
    ['Ferienjob im Sommer in unserem Café.', ['TEMPORARY']],
    ['Contratto stagionale da giugno a settembre.', ['TEMPORARY']],
    ['Trabajo de temporada en la costa.', ['TEMPORARY']],
    ['Säsongsanställning i fjällen.', ['TEMPORARY']],
    ['זמינות לעבודה במשרה מלאה.', ['FULL_TIME']],
    ['Stage rémunéré de 6 mois à Lyon.', ['INTERN']],
    // must not: an internship the candidate has done, a business that lives on seasons
    ['Vous avez déjà effectué un stage en entreprise.', []],
    ['Unser Hotel lebt vom Saisongeschäft am See.', []],
    // review28a: seasonal staff the job plans or hires are no type of its own, but as a field's value they are; beside a
    // permanent contract a colleague's internship or a school's holiday-job programme is not this job's
    ['Du planst den Einsatz unserer Saisonkräfte und organisierst die Saisonarbeit.', []],
    ['Je werft vakantiekrachten en seizoenskrachten voor onze klanten.', []],
    ['Anstellungsart: Saisonarbeit', ['TEMPORARY']],
    ['Développeur en CDI. Julie est arrivée chez nous après un stage rémunéré.', ['FULL_TIME']],
    ['Lehrkraft in Vollzeit, unbefristet. Im Sommer betreuen Sie auch das Ferienjob-Programm.', ['FULL_TIME']],
  ])('%s -> %j', (line, types) => {
    expect([...record(posting(line)).employmentType].sort()).toEqual([...types].sort());
  });
});

const pay = (body: string) => record(body).salary.map(({ min, max, currency, period }) => ({ min, max, currency, period }));

describe('salary, per notation', () => {
  it.each([
    ['Salary: 11-20K·14薪', { min: 11000, max: 20000, currency: 'CNY', period: 'MONTH' }],
    ['薪资：20～80w', { min: 200000, max: 800000, currency: 'CNY', period: null }],
    ['Зарплата: от 40 000 до 80 000 рублей', { min: 40000, max: 80000, currency: 'RUB', period: null }],
    ['CTC: 6,00,000 per year', { min: 600000, max: 600000, currency: null, period: 'YEAR' }],
    ['Salary: 15 Lacs Per Annum', { min: 1500000, max: 1500000, currency: 'INR', period: 'YEAR' }],
    ['Rate: 60-80 EUR/h on B2B', { min: 60, max: 80, currency: 'EUR', period: 'HOUR' }],
    ['時給 1,200円〜1,500円', { min: 1200, max: 1500, currency: 'JPY', period: 'HOUR' }],
    ['月給 25万円〜35万円', { min: 250000, max: 350000, currency: 'JPY', period: 'MONTH' }],
    ['Wynagrodzenie: 8 000 - 13 000 zł brutto / mies.', { min: 8000, max: 13000, currency: 'PLN', period: 'MONTH' }],
    ['Maaş: aylık 30.000 TL', { min: 30000, max: 30000, currency: 'TRY', period: 'MONTH' }],
    ['Lønn: 650 000 NOK per år', { min: 650000, max: 650000, currency: 'NOK', period: 'YEAR' }],
    ['Gaji: Rp 8.000.000 per bulan', { min: 8000000, max: 8000000, currency: 'IDR', period: 'MONTH' }],
    ['연봉 4,000만원 ~ 6,000만원', { min: 40000000, max: 60000000, currency: 'KRW', period: 'YEAR' }],
    ['台北市 時薪 200~240 元', { min: 200, max: 240, currency: 'TWD', period: 'HOUR' }],
  ])('%s', (line, expected) => {
    expect(pay(posting(line))).toEqual([expected]);
  });

  it.each([
    ['We have 20-80 engineers across 3 offices.'],
    ['Founded in 2015, 40 000 users and 15 countries.'],
    ['- Friskvårdsbidrag: 5 000 kr/år'],
    ['- Home office allowance: $500 per year'],
  ])('no pay in %s', (line) => {
    expect(pay(posting(line))).toEqual([]);
  });
});

describe('apply addresses', () => {
  it.each([
    ['Interested? email me mike@acme.io', ['mike@acme.io']],
    ['Schick uns deine Bewerbung an jobs@firma.de', ['jobs@firma.de']],
    ['Envíanos tu CV a empleo@empresa.es', ['empleo@empresa.es']],
    ['Send your CV to jobs [at] acme [dot] com', ['jobs@acme.com']],
    ['Apply: jobs (at) acme (dot) io', ['jobs@acme.io']],
    ['Envía tu CV a rrhh arroba empresa punto es', ['rrhh@empresa.es']],
    ['Životopis pošlete na jobs zavináč firma tečka cz', ['jobs@firma.cz']],
    ['Резюме присылайте на hr собака company точка ru', ['hr@company.ru']],
    ['Write to jobs at acme dot com to apply.', ['jobs@acme.com']],
    ['Apply at &#106;&#111;&#98;&#115;&#64;&#97;&#99;&#109;&#101;&#46;&#105;&#111;', ['jobs@acme.io']],
    ['Send your CV to {{ site.email }}', []],
    ['Send your CV to {{site.email}} today.', []],
  ])('%s', (line, emails) => {
    expect(record(posting(line)).apply.emails).toEqual(emails);
  });
});

describe('apply links', () => {
  const urls = (body: string) => record(body).apply.urls;
  it.each([
    // A contact invitation made a link, in a sentence.
    ['# Developer\n\nIf this sounds like you, please [contact me](https://twitter.com/someone) for a chat.\n', ['https://twitter.com/someone']],
    ['# エンジニア\n\nこれは自分にぴったりだと思ったら、ぜひ[私にコンタクト](https://twitter.com/someone)してください！\n', ['https://twitter.com/someone']],
    // The posting's own page on a board, linked by its title.
    ['# Backend Engineer\n\nWe build things.\n\n[Acme - Backend Engineer](https://board.example/jobs/123)\n', ['https://board.example/jobs/123']],
    // A Hugo shortcode's call to action keeps its link.
    ['# CFO\n\nSøg stillingen via LinkedIn.\n\n{{< calltoaction "Ansøg på LinkedIn" "https://www.linkedin.com/jobs/view/123/" >}}\n', ['https://www.linkedin.com/jobs/view/123/']],
    // A front-matter URL on an applicant tracker's apply path, whatever its key.
    ['---\ntitle: Developer\njazz_url: https://acme.applytojob.com/apply/AbC123\n---\n\nWe build things.\n', ['https://acme.applytojob.com/apply/AbC123']],
    ['---\ntitle: Developer\napply: https://jobs.acme.example/developer\n---\n\nWe build things.\n', ['https://jobs.acme.example/developer']],
  ])('%s', (body, expected) => {
    expect(urls(body)).toEqual(expected);
  });

  it.each([
    ['# Developer\n\n[Contact](https://acme.example/contact)\n\nWe build things.\n'],
    ['# Backend Engineer\n\nOther jobs:\n\n[Acme - Frontend Engineer](https://board.example/jobs/124)\n'],
  ])('no apply link in %s', (body) => {
    expect(urls(body)).toEqual([]);
  });

  it('reads the address of a shortcode mailto link, never a template placeholder', () => {
    const out = record('# CFO\n\nKontakt os for at søge.\n\n{{< calltoaction "Kontakt Mikael" "mailto:mikael@acme.dk" >}}\n\nOr write to {{ site.email }}.\n');
    expect(out.apply.emails).toEqual(['mikael@acme.dk']);
  });
});

describe('more phrasings from postings nobody tuned on', () => {
  it.each([
    ['For questions send us an email to careers AT acme.com. To apply, email your CV to the same address.', ['careers@acme.com']],
    ['Hör av dig till Anna - [anna@acme.se](mailto:anna@acme.se), 070-171 67 27', ['anna@acme.se']],
    ['Kontakt: praca@firma.pl', ['praca@firma.pl']],
    ['Read more at jobs at acme.com', []],
  ])('emails of %s', (line, emails) => {
    expect(record(posting(line)).apply.emails).toEqual(emails);
  });

  it.each([
    ['Acme - Remote (Europe) - Full-time - Senior Engineer - $80k-$110k', 'remote'],
    ['- Allows remote', 'remote'],
  ])('remote in %s', (line, policy) => {
    expect(record(posting(line)).remote.policy).toBe(policy);
  });

  it('reads remote from a has_remote key and a Swedish "Distans" location', () => {
    expect(record('---\ntitle: Dev\nhas_remote: true\n---\nWe build things.\n').remote.policy).toBe('remote');
    expect(record('---\ntitle: Utvecklare\nlocation: Distans\n---\nVi bygger saker.\n').remote.policy).toBe('remote');
  });

  it('reads Russian pay in the accusative ("заработную плату")', () => {
    expect(pay(posting('- Достойную заработную плату (от 40 000 до 80 000 рублей)'))).toEqual([{ min: 40000, max: 80000, currency: 'RUB', period: null }]);
  });
});

describe('a board\'s remote flag', () => {
  it('"remote: false" with home-office days is hybrid, not onsite', () => {
    expect(record('---\ntitle: Dev\nremote: false\n---\n- bis zu 4 Tage pro Woche Homeoffice\n').remote.policy).toBe('hybrid');
  });
});
