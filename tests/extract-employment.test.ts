/**
 * Employment type, seniority and experience years through the library, from
 * case tables: each row is something a real posting writes, in its language.
 * Rows that must give nothing are as important as the others.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './extract-direct.js';
import { seniorityOf } from '../src/extract/seniority.js';
import { parseExperience } from '../src/extract/experience.js';
import { otherStatement } from '../src/extract/experience-other.js';
import { measuredTypes, measurePatterns } from '../src/extract/employment-measures.js';
import { phraseAnywhere, phraseAnywhereSource } from '../src/extract/match/phrases.js';
import { employmentWordsCjk } from '../src/extract/tables/employment.js';


describe('employment type', () => {
  it.each([
    // An idiom with "no"/"not" negates no type (review25b): "No matter whether", "No importa si", "Niet alleen … maar ook".
    ['# Dev\n\nNo matter whether full-time or part-time, we adapt to your life.', ['FULL_TIME', 'PART_TIME']],
    ['# Desarrollador\n\nNo importa si a jornada completa o a media jornada: tú eliges.', ['FULL_TIME', 'PART_TIME']],
    ['# Ontwikkelaar\n\nNiet alleen fulltime maar ook parttime is bespreekbaar.', ['FULL_TIME', 'PART_TIME']],
    // words, per language
    ['# Web Geliştiricisi\n\nEn az 2 yıl deneyimli tam zamanlı web geliştiricileri arıyoruz.', ['FULL_TIME']],
    ['# 2014 Ruby on Rails Staj Programı\n\nBaşvurun.', ['INTERN']],
    ['# PHP-разработчик\n\nПолная занятость, график 5/2', ['FULL_TIME']],
    ['# Розробник\n\nЧасткова зайнятість, віддалено.', ['PART_TIME']],
    ['# Administrator\n\n- umowa zlecenie, kontrakt B2B\n- pełny etat', ['FULL_TIME', 'CONTRACTOR']],
    ['# Systemutvecklare\n\nTjänsten är på heltid.', ['FULL_TIME']],
    ['# Innenarchitekt\n\nDiese Position ist als befristete Elternzeitvertretung zu besetzen.', ['TEMPORARY']],
    ['# Oferta beca de formación - programador junior\n\nOfrecemos una beca.', ['INTERN']],
    ['# Desenvolvedor\n\nContratação PJ, 100% remoto.', ['CONTRACTOR']],
    ['# Developer\n\nWe hire through a B2B contract, invoiced monthly.', ['CONTRACTOR']],
    ['# Developer\n\nYou would join us on a contract, three months at first.', ['CONTRACTOR']],
    ['# Lagerhelfer\n\nEinsatz in Zeitarbeit bei unserem Kunden.', ['TEMPORARY']],
    ['# مطور ويب\n\nوظيفة بدوام كامل في القاهرة', ['FULL_TIME']],
    ['# مطور ويب\n\nنوع الوظيفة: دوام كامل', ['FULL_TIME']],
    ['# Programmer\n\nLowongan magang untuk mahasiswa.', ['INTERN']],
    ['# Lập trình viên PHP\n\nLàm việc toàn thời gian tại Hà Nội.', ['FULL_TIME']],
    ['# 居服員\n\n士林、北投區-兼職居服員', ['PART_TIME']],
    // ja 契約社員 is a fixed-term employee, 業務委託 an outside contractor (session 29: dev28-A, corpus 146, 196)
    ['# 研究開発助手\n\n- 雇用形態：正社員／契約社員（応相談）', ['FULL_TIME', 'TEMPORARY']],
    ['# エンジニア\n\n- 雇用形態：業務委託', ['CONTRACTOR']],
    ['# 后端工程师\n\n全职，北京', ['FULL_TIME']],
    ['# エンジニア\n\nフルタイム勤務、東京', ['FULL_TIME']],
    // labels and headings
    ['# Sales\n\n### Employment Type\n- Full-time employee\n- Contract employee\n- Freelance (side jobs possible)\n\n### Job Description\n- B2B sales', ['FULL_TIME', 'CONTRACTOR']],
    ['# Admin\n\nForma zatrudnienia: B2B', ['CONTRACTOR']],
    // hours and job size
    ['# Systemadministratör\n\nTjänsten är på 25%, vilket motsvarar 10 timmar per vecka.', ['PART_TIME']],
    ['# Entwickler\n\nWir bieten eine 80% Stelle in Zürich.', ['PART_TIME']],
    ['# Entwickler\n\nPensum: 80-100%', ['FULL_TIME', 'PART_TIME']],
    // de "Stellenumfang", a job-size word's table row ("| Pensum | 80–100 % |"), ja パート (not パートナー, デパート)
    ['# Buchhalter\n\nStellenumfang 75%', ['PART_TIME']],
    ['# Buchhalter\n\n| Ort | Zürich |\n|---|---|\n| Pensum | 80–100 % |', ['FULL_TIME', 'PART_TIME']],
    ['# 販売スタッフ\n\n雇用形態：パート\n\n勤務地：東京都渋谷区', ['PART_TIME']],
    // Must not: a share that is no job's size, a full extent, a partner or a department store
    ['# Buchhalter\n\n| Ort | Zürich |\n|---|---|\n| Marktanteil | 75 % |', []],
    ['# Buchhalter\n\nStellenumfang: 100 %', ['FULL_TIME']],
    ['# 営業\n\nパートナー企業やデパートとの関係を築きます。', []],
    ['# 営業\n\n雇用形態：正社員\n\n仕事内容：パートナー営業', ['FULL_TIME']],
    ['# 営業\n\n勤務先：デパート', []],
    ['# Designer\n\nArbeitszeit 40 Std./Woche, Hamburg.', ['FULL_TIME']],
    ['# Support\n\nAbout 30h/week, flexible.', ['PART_TIME']],
    ['# Dev\n\nWe expect 20 hours per week.', ['PART_TIME']],
    // a stated term
    ['# Postdoc\n\nWe are looking for a scholar for a two-year Post-doctoral position at the department.', ['TEMPORARY']],
    ['# Engineer\n\nThis is a 12-month contract with a possible extension.', ['TEMPORARY']],
    // a label-only word joined to a free one is stated as plainly (extra7 010): en, de, fr
    ['# Engineer\n\nThis role is available full-time and contract.', ['FULL_TIME', 'CONTRACTOR']],
    ['# Engineer\n\nContract or part-time, as you prefer.', ['PART_TIME', 'CONTRACTOR']],
    ['# Entwickler\n\nIn Teilzeit oder freelance möglich.', ['PART_TIME', 'CONTRACTOR']],
    // a joined pair before people it describes is not this job's type; a spaced dash makes a field only after a Cyrillic label
    ['# Lead\n\nFull-time. You lead a team of 12 full-time and contract engineers.', ['FULL_TIME']],
    ['# Crew lead\n\nFull-time.\n\n- Schedule - stage builds start at 6am, temp crews join on Fridays', ['FULL_TIME']],
    ['# Developer\n\nContract type — permanent', ['FULL_TIME']],
    ['# Programista\n\nTyp umowy – B2B', ['CONTRACTOR']],
    // "independent contractors" (extra7 015)
    ['# Engineer\n\nWe work together as independent contractors.', ['CONTRACTOR']],
    // ru "Занятость – полная": a field with a spaced dash, its value full (extra7 013)
    ['# Frontend developer\n\n**Занятость** – полная, офис, гибкое время начала дня', ['FULL_TIME']],
    ['# Разработчик\n\nЗанятость: частичная', ['PART_TIME']],
    // de "Stunde" as "hour" (extra7 001): 20-40 hours a week spans part and full time
    ['# Tierarzt\n\n- Anstellung 20 - 40 Stunde/Woche', ['FULL_TIME', 'PART_TIME']],
    // a prospect of another contract is not this one's type, in a field or in prose (language facts)
    ['# Ontwikkelaar\n\nDienstverband: tijdelijk, met uitzicht op vast', ['TEMPORARY']],
    ['# Entwickler\n\nBefristet mit der Option auf Übernahme in ein unbefristetes Arbeitsverhältnis.', ['TEMPORARY']],
    ['# Développeur\n\nCDD avec possibilité de CDI.', ['TEMPORARY']],
    ['# Programista\n\nUmowa na czas określony z możliwością przedłużenia na umowę o pracę na czas nieokreślony.', ['TEMPORARY']],
    ['# Entwickler\n\nTeilzeit mit der Option auf Vollzeit.', ['PART_TIME']],
    // must still read: a negation of something else, in another clause or sentence, or set apart by a preposition
    ['# Dev\n\nNo visa sponsorship for full-time roles.', ['FULL_TIME']],
    ['# Dev\n\nWe are not a big company. This is a full-time position.', ['FULL_TIME']],
    ['# Dev\n\nKeine Agenturen. Vollzeit.', ['FULL_TIME']],
    // it "uno stage", "stage retribuito": an internship; pt-PT "sem termo" / "a termo" as a contract field's value (language facts)
    ['# Sviluppatore\n\nOffriamo uno stage retribuito di 6 mesi.', ['INTERN']],
    ['# Programador\n\nTipo de contrato: sem termo', ['FULL_TIME']],
    ['# Programador\n\nContrato: a termo certo (12 meses)', ['TEMPORARY']],
    // A contract label and its value as a table row or a label over its value (a dt/dd pair), as "Contrat : Stage" on one line
    ['# Développeur\n\n| Contrat | Stage |\n|---|---|\n| Lieu | Paris |', ['INTERN']],
    ['# Developer\n\n| Job type | Contract |\n|---|---|', ['CONTRACTOR']],
    ['# Programista\n\nRodzaj umowy\n\nB2B\n\nWynagrodzenie\n\n15 000 PLN', ['CONTRACTOR']],
    // must not: a row whose first cell is no contract label, or a label heading over a paragraph
    ['# Developer\n\n| Team | Contract |\n|---|---|', []],
    ['# Developer\n\nContract\n\nWe sign a contract with every client before a project starts, and our interns review every one of them.', []],
    // must not: a label whose value is empty, over the next label (an empty dd; review26a)
    ['# Developer\n\nSchedule\n\nContract\n\nPermanent', ['FULL_TIME']],
    ['# Developer\n\nJob type\n\nContract type\n\nPermanent', ['FULL_TIME']],
    // An internship posting that states its hours in another sentence is an internship (review27a: a rule that dropped
    // INTERN there, meant for "we also run an internship program", was withdrawn), en, fr
    ['# Summer Analyst Program 2025\n\nJoin our 10-week summer internship in London.\n\nYou will work full-time, 40 hours a week, from June to August.', ['FULL_TIME', 'INTERN']],
    ['# Programme Jeunes Talents\n\nUn stage de fin d\'études de 6 mois.\n\nTemps plein, à Paris.', ['FULL_TIME', 'INTERN']],
    // sv/no prospect: "with a chance to go up to full-time" is what the job may become (dev23-A 005, language facts)
    ['# Verksamhetsledare\n\nDeltid med chans att gå upp till heltid i framtiden.', ['PART_TIME']],
    ['# Rådgiver\n\nDeltid, med mulighet til å gå opp til heltid.', ['PART_TIME']],
  ])('%s', (markdown, expected) => {
    expect(extract(markdown).fields.employmentType).toEqual(expected);
  });

  // A Jekyll/Hugo excerpt or teaser is the posting's own summary, read as description is (dev23-A 005, dev22-A 009 write one);
  // its words about the company's size still name no type.
  it.each([
    [{ excerpt: 'Digidem Lab söker verksamhetsledare för deltidstjänst i Göteborg.' }, ['PART_TIME']],
    [{ teaser: 'Support an open organization (part-time, Amsterdam).' }, ['PART_TIME']],
    [{ excerpt: 'We are a small startup (five full-time employees).' }, []],
  ])('front matter %j', (frontmatter, expected) => {
    expect(extract('# Verksamhetsledare\n\nVi bygger demokrati.\n', frontmatter).fields.employmentType).toEqual(expected);
  });

  it.each([
    // the company's size, a requirement, and figures that are not the job's hours or size
    ['# Rails Engineer\n\nWe are a small startup (five full-time employees) building a platform.'],
    ['# Engineer\n\nWe have 12 full-time staff in Tokyo.'],
    ['# Dev\n\n有 1 年以上实习经验'],
    ['# Dev\n\nDie Stelle ist 50% remote.'],
    ['# Dev\n\n30% of the role is travel.'],
    ['# Dev\n\nWe work 8 hours a day.'],
    ['# CFO\n\nVi har en ambitiøs 5-års plan og en 5-year plan.'],
    ['# Dev\n\nYou have 2-year experience as a postdoc.'],
    ['# Sales\n\n- B2B corporate sales experience'],
    ['# Dev\n\n- 3 years of experience as a contractor'],
    ['# Marketer\n\nYou will plan our seasonal campaigns.'],
    ['# Dev\n\nMinimum 3 years of experience. Staż pracy: 3 lata.'],
    // a joined word must itself be an employment word, and "полная" counts only as a field's value
    ['# Dev\n\nWe hire full-timers and contractually bound partners.'],
    ['# Разработчик\n\nПолная свобода в выборе стека.'],
    ['# Dev\n\nContract or salary details on request.'],
    // the candidate's other job (extra7 027)
    ['# Travel Expert\n\nWe will consider you if you do not have another full-time job.'],
    ['# Tutor\n\nThis fits beside your current part-time job.'],
    // the type ruled out, per language (language facts)
    ['# Dev\n\nThis is not a full-time position.'],
    ['# Entwickler\n\nDas ist keine Vollzeitstelle.'],
    ['# Développeur\n\nCe n’est pas un CDI.'],
    ['# Desarrollador\n\nNo es un puesto a tiempo completo.'],
    ['# Sviluppatore\n\nNon è un contratto a tempo pieno.'],
    ['# Ontwikkelaar\n\nDit is geen fulltime functie.'],
    ['# Programista\n\nNie oferujemy umowy o pracę.'],
    ['# Vývojář\n\nNejedná se o plný úvazek.'],
    ['# Utvecklare\n\nDet är inte en heltidstjänst.'],
    // en "a stage", pt "sem termo" in prose
    ['# Dev\n\nWe are at an early stage and ship a new stage of the product.'],
    ['# Programador\n\nUm projeto sem termo de comparação no mercado.'],
  ])('nothing from %s', (markdown) => {
    expect(extract(markdown).fields.employmentType).toEqual([]);
  });

  it('reads a front matter value that is only an employment word, whatever its key', () => {
    expect(extract('# CFO\n\nText.', { Duration: 'Fuldtid' }).fields.employmentType).toEqual(['FULL_TIME']);
    expect(extract('# CFO\n\nText.', { author: 'PJ' }).fields.employmentType).toEqual([]);
  });

  it('reads hours and job size in a title or a label', () => {
    expect(extract('# Dev\n\nText.', { title: 'Werkstudent (m/w/d) – 20 Wochenstunden' }).fields.employmentType).toEqual(['PART_TIME']);
    expect(extract('# Dev\n\nAnstellungsart: 60% Pensum').fields.employmentType).toEqual(['PART_TIME']);
  });
});

describe('employment measures: the plain patterns', () => {
  it('run on 100,000-character near-matches without backtracking', { timeout: 60_000 }, () => {
    for (const unit of ['40 Std./', '80 % ', 'Pensum 80', 'two-year a ', '1-month-long ', '20 hours per ', '1/1 ', '3/4-']) {
      expect(measuredTypes(unit.repeat(20_000))).toBeDefined();
    }
  });

  it('are each one pattern, built from the tables', () => {
    for (const source of Object.values(measurePatterns)) expect(() => new RegExp(source, 'giu')).not.toThrow();
  });
});

describe('phrases found anywhere (Chinese and Japanese)', () => {
  const phrases = employmentWordsCjk.map(([phrase]) => phrase);
  const finder = phraseAnywhere(phrases);
  const pattern = new RegExp(phraseAnywhereSource(phrases), 'giu');
  const all = (text: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (let found = finder.find(text); found; found = finder.find(text, found.end)) out.push([found.index, found.end]);
    return out;
  };
  const expected = (text: string): Array<[number, number]> => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);

  it('find what the plain pattern finds, on generated text', () => {
    const piece = fc.oneof(fc.constantFrom(...phrases, ...phrases.map((p) => p.slice(0, -1)), '勤務', '经验', ' ', 'İ', 'ſ', 'A'), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      expect(all(text)).toEqual(expected(text));
    }), { numRuns: 500 });
  });

  it('find phrases inside longer runs of CJK text', () => {
    expect(all('士林、北投區-兼職居服員')).toEqual([[7, 9]]);
    expect(all('正社員（フルタイム勤務）')).toEqual([[0, 3], [4, 9]]);
  });
});

describe('seniority', () => {
  it.each([
    ['VD till Variant Linköping', 'executive'],
    ['HRD, керівник служби HR', 'director'],
    ['Руководитель отдела разработки', 'director'],
    ['PHP-разработчик (middle)', 'mid'],
    ['Desenvolvedor Java Pleno', 'mid'],
    ['Desarrollador Semi Senior', 'mid'],
    ['Desenvolvedor Sênior', 'senior'],
    ['Starszy programista Java', 'senior'],
    ['Старший инженер', 'senior'],
    ['Kıdemli Yazılım Geliştirici', 'senior'],
    ['Młodszy programista', 'junior'],
    ['Desenvolvedor Júnior', 'junior'],
    ['2014 Yılı Ruby on Rails Staj Programı', 'intern'],
    // CJK level words (language facts), matched without word boundaries
    ['シニアエンジニア', 'senior'],
    ['백엔드 시니어 개발자', 'senior'],
    ['高级后端工程师', 'senior'],
    ['資深前端工程師', 'senior'],
    ['中级测试工程师', 'mid'],
    ['ジュニアデザイナー', 'junior'],
    ['주니어 프론트엔드 개발자', 'junior'],
    ['初级运维工程师', 'junior'],
    ['프론트엔드 개발 리드', 'lead'],
    ['テックリード', 'lead'],
    ['チームリーダー（バックエンド）', 'lead'],
    ['Middle School Teacher', null],
    ['Vendor Advocate', null],
  ])('%s', (title, expected) => {
    expect(seniorityOf(title)).toBe(expected);
  });

  it('reads a level label, and a level word inside a sentence', () => {
    expect(extract('# Developer\n\nLevel: Senior').fields.seniority).toBe('senior');
    expect(extract('# Разработчик\n\nИщем PHP разработчика уровня Middle.').fields.seniority).toBe('mid');
    expect(extract('# Developer\n\nYou will work with senior engineers.').fields.seniority).toBeNull();
  });

  it('takes an internship as the intern level when nothing else states one, and the title first', () => {
    const intern = extract('# Sommerjobb\n\nSpareBank 1 inviterer til Summer Internship 2020 i Oslo.');
    expect(intern.fields.seniority).toBe('intern');
    expect(intern.evidence.seniority?.rule).toBe('employment.intern');
    expect(extract('# Junior Developer\n\nThis is an internship.').fields.seniority).toBe('junior');
  });

  it('chooses the front matter level over the title, with the winner as evidence', () => {
    const { fields, evidence } = extract('# Senior Developer\n\nText.', { level: 'Junior' });
    expect(fields.seniority).toBe('junior');
    expect(evidence.seniority?.rule).toBe('frontmatter.level');
  });
});

describe('experience years', () => {
  it.each([
    ['Опыт работы: 3-6 лет', { min: 3, max: 6 }],
    ['Опыт коммерческой разработки на PHP от 3 лет', { min: 3 }],
    ['7+ років прогресивного досвіду роботи в сфері HR', { min: 7 }],
    ['3+ роки досвіду у performance marketing', { min: 3 }],
    ['5+ års samlet erfaring inden for regnskab', { min: 5 }],
    ['Minst 3 års erfarenhet av Java', { min: 3 }],
    ['En az 2 yıl deneyimli tam zamanlı web geliştiricileri arıyoruz.', { min: 2 }],
    ['工作年限不长的 (如 1-3 年)：有扎实的计算机基础', { min: 1, max: 3 }],
    ['3～5年の実務経験', { min: 3, max: 5 }],
    ['More than 2-year experience is welcomed.', { min: 2 }],
    ["5 years’ experience in Python", { min: 5 }],
    ['Experiência de 3 anos com Java', { min: 3 }],
    ['Ervaring: 3 jaar', { min: 3 }],
    ['Co najmniej 2 lata doświadczenia', { min: 2 }],
    ['Doświadczenie min. 3 lata', { min: 3 }],
    ['Almeno 3 anni di esperienza', { min: 3 }],
    ['Vähintään 3 vuoden kokemus', { min: 3 }],
    ['3 aastat töökogemust', { min: 3 }],
    ['Pengalaman minimal 2 tahun', { min: 2 }],
    ['خبرة 3 سنوات', { min: 3 }],
    ['Tối thiểu 2 năm kinh nghiệm', { min: 2 }],
    ['2 yıllık deneyim', { min: 2 }],
    // pl and cs years written out as words, as "five years" is read (language facts)
    ['Minimum pięć lat doświadczenia', { min: 5 }],
    ['Co najmniej trzy lata doświadczenia', { min: 3 }],
    ['Alespoň pět let praxe', { min: 5 }],
    // pl, cs, sk the years as an adjective joined to the figure, as et "3-aastane" (session 29, dev23-A rodm: a language's formula)
    ['Minimum 2-letnie doświadczenie w pracy z PHP', { min: 2 }],
    ['Wymagamy 3-letniego doświadczenia zawodowego', { min: 3 }],
    ['Požadujeme 3letou praxi v oboru', { min: 3 }],
    ['Požadujeme 2-ročnú prax v IT', { min: 2 }],
  ])('%s', (text, expected) => {
    expect(parseExperience(text)).toEqual(expected);
  });

  it.each([
    ['Компании 10 лет, в ней 300 сотрудников.'],
    ['Vi har en ambitiøs 5-års plan.'],
    ['2019-2021年 的 经验'],
    ['全部都是 90 后 (90-99)'],
    ['Haftada 5 gün 45 saat çalışıyoruz.'],
    ['Minimal 2 tahun garansi.'],
    ['We value experience. Founded 10 years ago, we grew.'],
    ['Firma działa od pięciu lat na rynku.'],
    // Must not: a contract's length, the company's own years
    ['Oferujemy 2-letnią umowę.'],
    ['Jesteśmy firmą z 25-letnim doświadczeniem.'],
    // review29c: the company in the locative or genitive, cs "se" / pl "ze" for "with", and a figure after an experience
    // word that an organisation's "with" stands right before
    ['Pracujte ve firmě s 25letou praxí v oboru.'],
    ['Jsme firma se 17letou praxí v oboru IT.'],
    ['Pracuj w firmie z 20-letnim doświadczeniem na rynku.'],
    ['Jsme firma se 20letou praxí na trhu a společnost s 25letou zkušeností v IT.'],
  ])('nothing from %s', (text) => {
    expect(parseExperience(text)).toBeNull();
  });

  it('plain patterns run on 100,000-character near-matches without backtracking', { timeout: 60_000 }, () => {
    for (const unit of ['опыт 3-', 'erfaring 5+ å', '2-year of a ', 'опыт от 3 ', '1-3 ']) expect(otherStatement(unit.repeat(20_000))).toBeDefined();
  });
});
