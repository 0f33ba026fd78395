/**
 * Tricky notations through the library: money figures, experience years,
 * obfuscated addresses, skill aliases, dates and languages. Each case is
 * something a real posting writes.
 */
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../src/extract/salary.js';
import { parseExperience } from '../src/extract/experience.js';
import { deobfuscateEmails, emailsIn } from '../src/extract/apply.js';
import { skillsIn } from '../src/extract/skills.js';
import { parseDate } from '../src/extract/dates.js';
import { detectLanguage } from '../src/extract/language.js';
import { cleanTitle } from '../src/extract/title.js';
import { sectionKindOf } from '../src/extract/sections.js';
import { seniorityOf } from '../src/extract/seniority.js';
import { extractFields } from '../src/extract/index.js';
import { phraseFinder, phrasePattern } from '../src/extract/match/phrases.js';
import { keywordGroup, keywordIndex } from '../src/extract/tree.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const money = (text: string) => parseMoney(text).map(({ min, max, currency, period }) => ({ min, max, currency, period }));

describe('money notations', () => {
  it.each([
    ['$120,000—$150,000/yr', { min: 120000, max: 150000, currency: 'USD', period: 'YEAR' }],
    ['65k-95k USD', { min: 65000, max: 95000, currency: 'USD', period: null }],
    ['€55.000 – €70.000', { min: 55000, max: 70000, currency: 'EUR', period: null }],
    ['55 000 €', { min: 55000, max: 55000, currency: 'EUR', period: null }],
    ['25\u202F000 – 50\u202F000 € brut', { min: 25000, max: 50000, currency: 'EUR', period: null }],
    ['£60k–£75k', { min: 60000, max: 75000, currency: 'GBP', period: null }],
    ['CHF 110’000–130’000', { min: 110000, max: 130000, currency: 'CHF', period: null }],
    ['20 $/hour', { min: 20, max: 20, currency: 'USD', period: 'HOUR' }],
    ['1.800.000–2.500.000 COP mensuales', { min: 1800000, max: 2500000, currency: 'COP', period: 'MONTH' }],
    ['R$ 8.000', { min: 8000, max: 8000, currency: 'BRL', period: null }],
    ['€36−42K', { min: 36000, max: 42000, currency: 'EUR', period: null }],
    ['36.000€ y 42.000€ anuales', { min: 36000, max: 42000, currency: 'EUR', period: 'YEAR' }],
    ['entre 3000 et 4000 euros net par mois', { min: 3000, max: 4000, currency: 'EUR', period: 'MONTH' }],
    ['850€ btt/mesiac/20h', { min: 850, max: 850, currency: 'EUR', period: 'MONTH' }],
    ['€10 - €20 / Hour', { min: 10, max: 20, currency: 'EUR', period: 'HOUR' }],
    ['£450--550 a day', { min: 450, max: 550, currency: 'GBP', period: 'DAY' }],
    ['4～8百万円', { min: 4000000, max: 8000000, currency: 'JPY', period: null }],
    ['1 809 EUR/month', { min: 1809, max: 1809, currency: 'EUR', period: 'MONTH' }],
    ['$34.50 per hour', { min: 34.5, max: 34.5, currency: 'USD', period: 'HOUR' }],
    ['4.5-6 LPA CTC', { min: 450000, max: 600000, currency: 'INR', period: 'YEAR' }],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual([expected]);
  });

  it('reads "$" as the dollar the posting names', () => {
    expect(parseMoney('$110k - $170k AUD package')[0]!.currency).toBe('AUD');
    expect(parseMoney('$90,000', 'CAD')[0]!.currency).toBe('CAD');
  });

  it('finds no money in "competitive salary", percentages, years or phone numbers', () => {
    expect(money('We offer a competitive salary and equity')).toEqual([]);
    expect(money('a yearly bonus up to 16% since 2019, call 079 423 49 11')).toEqual([]);
  });
});

/** Run the extractors over a small Markdown text, as the pipeline does. */
function extract(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const lines = markdown.split('\n').map((text, i) => ({ text, line: i + 1 }));
  const tree = unified().use(remarkParse).parse(markdown);
  return extractFields({ path: 'x.md', frontmatter, sourceText: markdown, lines, tree });
}

describe('salary only where the words say so', () => {
  it('reads Japanese ranges with a wave dash, and the period word before them', () => {
    const year = extract('# エンジニア\n\n- 年収　600万円〜900万円\n').fields.salary;
    expect(year.map(({ min, max, currency, period }) => ({ min, max, currency, period }))).toEqual([{ min: 6000000, max: 9000000, currency: 'JPY', period: 'YEAR' }]);
    const month = extract('# エンジニア\n\n月給 30万円～40万円\n').fields.salary;
    expect(month.map(({ min, max, period }) => ({ min, max, period }))).toEqual([{ min: 300000, max: 400000, period: 'MONTH' }]);
  });

  it('keeps a salary, ignores funding and valuation, and warns when figures disagree', () => {
    const { fields, warnings } = extract([
      '# Engineer',
      '',
      "We've raised $225M at a $2.625B valuation from great investors.",
      '',
      'The target compensation for this role is $141,500 USD base salary.',
      '',
      'Salary: €60,000 - €70,000 per year.',
    ].join('\n'));
    expect(fields.salary.map((s) => [s.min, s.max, s.currency, s.period])).toEqual([
      [141500, 141500, 'USD', null],
      [60000, 70000, 'EUR', 'YEAR'],
    ]);
    expect(warnings.map((w) => w.code)).toContain('salary-conflict');
    expect(warnings.map((w) => w.code)).toContain('salary-period-missing');
  });

  it('turns "competitive salary" into nothing and "up to $191,900" into a ceiling', () => {
    expect(extract('# Engineer\n\nWe pay a competitive salary.').fields.salary).toEqual([]);
    const capped = extract('# Engineer\n\nThe maximum salary available is $191,900.').fields.salary;
    expect(capped.map((s) => [s.min, s.max])).toEqual([[null, 191900]]);
  });

  it('warns instead of guessing when a money range has no salary words', () => {
    const { fields, warnings } = extract('# Engineer\n\nLast quarter we moved $10,000-$20,000 through the platform.');
    expect(fields.salary).toEqual([]);
    expect(warnings.map((w) => w.code)).toContain('salary-unclear');
  });
});

describe('experience years', () => {
  it.each([
    ['6+ years as a DevOps engineer', { min: 6 }],
    ['3-5 years of experience', { min: 3, max: 5 }],
    ['mindestens 3 Jahre Berufserfahrung', { min: 3 }],
    ['au moins 5 ans d’expérience', { min: 5 }],
    ['au moins trois ans d’expérience', { min: 3 }],
    ['5 años de experiencia', { min: 5 }],
    ['minimálne 2 roky praxe', { min: 2 }],
    // pl "lat" (from five on) as "lata" (two to four); cs "zkušeností" as sk "skúseností"
    ['5 lat doświadczenia w programowaniu', { min: 5 }],
    ['co najmniej 3 lata doświadczenia', { min: 3 }],
    ['alespoň 3 roky zkušeností s vývojem', { min: 3 }],
    // pl/cs: the company's years ("zespół ma", "firma má") and an age beside "bez" are skipped; the requirement after them is read
    ['Nasz zespół ma ponad 10 lat doświadczenia w branży. Wymagamy min. 2 lata doświadczenia w Javie.', { min: 2 }],
    ['Kandidát má 3 roky zkušeností s vývojem.', { min: 3 }],
    ['プロジェクトマネジメントの経験（5 年以上）', { min: 5 }],
  ])('%s', (text, expected) => {
    expect(parseExperience(text)).toEqual(expected);
  });

  it('does not read history as a requirement', () => {
    expect(parseExperience('Over the past five years the team has grown.')).toBeNull();
    expect(parseExperience('For 8 years, we have been the leading foundry.')).toBeNull();
    expect(parseExperience('Działamy od 15 lat. Doświadczenia nie wymagamy.')).toBeNull();
  });

  // pl/cs in one sentence: a company's own years, and an age beside "bez" (without)
  it.each([
    'Posiadamy 20 lat doświadczenia w tworzeniu oprogramowania dla banków.',
    'Naše firma má 20 let zkušeností s vývojem softwaru.',
    'Jsme firma s více než 20 lety zkušeností v oboru.',
    'Oferta skierowana do osób do 26 lat bez doświadczenia zawodowego.',
    'Práce vhodná pro studenty od 18 let bez zkušeností.',
  ])('reads no years required from "%s"', (text) => {
    expect(parseExperience(text)).toBeNull();
  });
});

describe('emails', () => {
  it('reads obfuscated addresses', () => {
    expect(deobfuscateEmails('write to jobs [at] acme [dot] com today')).toEqual(['jobs@acme.com']);
    expect(deobfuscateEmails('jobs (at) acme.co.uk')).toEqual(['jobs@acme.co.uk']);
  });

  it('does not take image names for addresses', () => {
    expect(emailsIn('<img src="logo@2x.png"> and icon@3x.webp, mail hr@acme.io')).toEqual(['hr@acme.io']);
  });

  it('resolves jobs@[our main domain] from the posting\'s own site, else warns', () => {
    const resolved = extract('# Engineer\n\n[Acme](https://acme.dev) builds tools.\n\nSend your CV to `jobs@[our main domain]`.');
    expect(resolved.fields.apply.emails).toEqual(['jobs@acme.dev']);
    const unresolved = extract('# Engineer\n\nSend your CV to jobs@[our main domain].');
    expect(unresolved.fields.apply.emails).toEqual([]);
    expect(unresolved.warnings.map((w) => w.code)).toContain('email-unresolved');
  });

  it('leaves out accommodation addresses', () => {
    const { fields } = extract('# Engineer\n\nIf you need an accommodation due to a disability, contact accommodations@acme.com.');
    expect(fields.apply.emails).toEqual([]);
  });
});

describe('skills', () => {
  it('maps aliases to canonical names', () => {
    expect(skillsIn('K8s on GCP with Postgres')).toEqual(expect.arrayContaining(['Kubernetes', 'Google Cloud', 'PostgreSQL']));
    expect(skillsIn('Python/C#/Java/TypeScript')).toEqual(expect.arrayContaining(['Python', 'C#', 'Java', 'TypeScript']));
  });

  it('does not read common words as skills', () => {
    expect(skillsIn('We go to market, react quickly, rest well and excel at Series C funding.')).toEqual([]);
    expect(skillsIn('Go-to-market plan')).toEqual([]);
  });
});

describe('titles, sections, seniority, dates, language', () => {
  it('cleans decoration off titles', () => {
    expect(cleanTitle('Seeking: Operations Manager')).toBe('Operations Manager');
    expect(cleanTitle('Software Developer (m/w/d)')).toBe('Software Developer');
    expect(cleanTitle('un développeur Python Django')).toBe('Développeur Python Django');
    const hints = {};
    expect(cleanTitle('Senior Engineer at Acme', hints)).toBe('Senior Engineer');
    expect(hints).toMatchObject({ company: { name: 'Acme' } });
    expect(cleanTitle('Backend Engineer - Berlin')).toBe('Backend Engineer');
    expect(cleanTitle('🚀 Data Engineer (Remote, Germany)')).toBe('Data Engineer');
    // A card's count of openings after the title (session 20: "Android Engineer 2 positions").
    expect(cleanTitle('Android Engineer 2 positions')).toBe('Android Engineer');
    expect(cleanTitle('Softwareentwickler (3 Stellen)')).toBe('Softwareentwickler');
    expect(cleanTitle('Product Designer (2 openings)')).toBe('Product Designer');
    // A number that is part of the name stays.
    expect(cleanTitle('Level 2 Support Engineer')).toBe('Level 2 Support Engineer');
  });

  it('maps section headings in several languages', () => {
    expect(sectionKindOf('Dein Profil:')).toBe('requirements');
    expect(sectionKindOf('Profil recherché')).toBe('requirements');
    expect(sectionKindOf('Requisitos')).toBe('requirements');
    expect(sectionKindOf('Požiadavky')).toBe('requirements');
    expect(sectionKindOf('応募資格')).toBe('requirements');
    expect(sectionKindOf('Ihre Aufgaben')).toBe('responsibilities');
    expect(sectionKindOf('Wir bieten Dir:')).toBe('benefits');
    expect(sectionKindOf('Nice to have')).toBe('niceToHave');
    expect(sectionKindOf('How to apply')).toBe('process');
    expect(sectionKindOf('Über uns')).toBe('company');
  });

  it('keeps section bullet items', () => {
    const { fields } = extract('# Engineer\n\n## Requirements\n\n- Go\n- SQL\n\n## Benefits\n\nGood ones.');
    expect(fields.sections).toEqual([
      { kind: 'requirements', heading: 'Requirements', text: '', items: ['Go', 'SQL'] },
      { kind: 'benefits', heading: 'Benefits', text: 'Good ones.', items: [] },
    ]);
  });

  it('reads seniority from title words', () => {
    expect(seniorityOf('Senior Backend Engineer')).toBe('senior');
    expect(seniorityOf('SR Desenvolvimento Java')).toBe('senior');
    expect(seniorityOf('Staff Engineer')).toBe('staff');
    // Japanese words have no \b around them: "プロダクトマネージャー" is one run of kana.
    expect(seniorityOf('プロダクトマネージャー')).toBe('manager');
    expect(extract('# エンジニア\n\n福利厚生：ストックオプション制度あり\n').fields.equity).toBe(true);
    expect(extract('# エンジニア\n\n勤務地：東京都渋谷区（リモート可）\n').fields.remote.policy).toBe('hybrid');
    expect(seniorityOf('Junior Network Engineer')).toBe('junior');
    expect(seniorityOf('Software Engineer')).toBeNull();
  });

  it('parses dates as written', () => {
    expect(parseDate('11.7.2023')).toBe('2023-07-11');
    expect(parseDate('March 3, 2021')).toBe('2021-03-03');
    expect(parseDate('3. Juni 2021')).toBe('2021-06-03');
    expect(parseDate('31.2.2021')).toBeNull();
    // A slash date is read when one order only makes a date, or both make the same day; "03/04" stays unread.
    expect(parseDate('03/03/2026')).toBe('2026-03-03');
    expect(parseDate('27/11/2020')).toBe('2020-11-27');
    expect(parseDate('11/27/2020')).toBe('2020-11-27');
    expect(parseDate('03/04/2026')).toBeNull();
  });

  it('detects languages by stop words and script', () => {
    expect(detectLanguage('We are looking for an engineer to join our team and work with the platform.').code).toBe('en');
    expect(detectLanguage('Wir suchen eine Entwicklerin, die mit uns an der Plattform arbeitet und für das Team da ist.').code).toBe('de');
    expect(detectLanguage('Nous recherchons une personne pour le poste de développeur dans notre équipe et avec vous.').code).toBe('fr');
    expect(detectLanguage('Buscamos una persona para el puesto de desarrollador en nuestro equipo y con los clientes.').code).toBe('es');
    expect(detectLanguage('Estamos procurando uma pessoa para a vaga de desenvolvedor no nosso time e com os clientes.').code).toBe('pt');
    expect(detectLanguage('Wij zoeken een ontwikkelaar voor ons team en je werkt met de klanten van het bedrijf.').code).toBe('nl');
    expect(detectLanguage('Hľadáme kolegu do nášho tímu, ktorý je samostatný a pracuje na projektoch pre klientov.').code).toBe('sk');
    expect(detectLanguage('クラウドソリューションの知識に富む、経験豊富なコンサルタントを募集しています。').code).toBe('ja');
    expect(detectLanguage('ok').code).toBe('und');
  });
});

describe('remote, employment type, equity', () => {
  it('reads remote policy in several languages and flags contradictions', () => {
    expect(extract('# Dev\n\nThis is a fully remote position.').fields.remote.policy).toBe('remote');
    expect(extract('# Dev\n\nTrabajo 100% remoto desde cualquier lugar.').fields.remote.policy).toBe('remote');
    expect(extract('# Dev\n\nPoste basé à Paris, télétravail possible deux jours par semaine.').fields.remote.policy).toBe('hybrid');
    expect(extract('# Dev\n\nNo telecommuting.').fields.remote.policy).toBe('onsite');
    expect(extract('# Dev\n\nWe are a company.').fields.remote.policy).toBeNull();
    const both = extract('# Dev\n\nWe are a fully remote company.\n\nThis is a hybrid role, two days a week in the office.');
    expect(both.warnings.map((w) => w.code)).toContain('remote-conflict');
  });

  it('reads employment types per language, but not from requirements', () => {
    expect(extract('# Dev\n\nThis is a full-time position.').fields.employmentType).toEqual(['FULL_TIME']);
    expect(extract('# Dev\n\nWir bieten eine Stelle in Teilzeit.').fields.employmentType).toEqual(['PART_TIME']);
    expect(extract('# Dev\n\n- Contrat : CDI').fields.employmentType).toEqual(['FULL_TIME']);
    expect(extract('# Dev\n\n- 4+ years experience as a full-time professional coder').fields.employmentType).toEqual([]);
  });

  it('reads equity offers, not diversity statements', () => {
    expect(extract('# Dev\n\nWe offer stock options.').fields.equity).toBe(true);
    expect(extract('# Dev\n\n**Diversity, Equity, and Inclusion at Acme**').fields.equity).toBeNull();
  });
});

describe('warnings for contradictions and leftovers', () => {
  it('flags employment types that contradict each other', () => {
    const { fields, warnings } = extract('# Dev\n\n**Job Type:** Full-time, Contractor');
    expect(fields.employmentType).toEqual(['FULL_TIME', 'CONTRACTOR']);
    expect(warnings.map((w) => w.code)).toContain('employment-type-conflict');
  });

  it('flags a page that says the posting is closed, in several languages', () => {
    for (const text of ['This position has been filled.', 'Pracovná ponuka už nie je aktuálna', 'Die Stelle ist bereits besetzt.', "L'offre n'est plus disponible."]) {
      expect(extract(`# Dev\n\n${text}`).warnings.map((w) => w.code), text).toContain('posting-expired');
    }
    expect(extract('# Dev\n\nApplications are welcome.').warnings.map((w) => w.code)).not.toContain('posting-expired');
  });

  it('names the company from the site name only as a last resort', () => {
    expect(extract('# Dev\n\nBuild things.', { site_name: 'Acme Jobs' }).fields.company).toEqual({ name: 'Acme Jobs' });
    expect(extract('# Dev\n\nAt Globex, we build things.', { site_name: 'Acme Jobs' }).fields.company).toEqual({ name: 'Globex' });
  });
});


describe('review fixes: boilerplate places, "About the Role", sentence ends, page labels', () => {
  it('reads no work location from legal boilerplate, but keeps places in the other sentences', () => {
    expect(extract('# Dev\n\nFully remote.\n\n_Acme participates in E-Verify for U.S. Employees_').fields.locations).toEqual([]);
    expect(extract('# Dev\n\nYou must be authorized to work in Canada.').fields.locations).toEqual([]);
    expect(extract('# Dev\n\nWe are an equal opportunity employer in the United States.').fields.locations).toEqual([]);
    const mixed = extract('# Dev\n\nOur office is in Berlin. We do not offer visa sponsorship for the UK.').fields.locations;
    expect(mixed.map((l) => l.city ?? l.text)).toEqual(['Berlin']);
  });

  it('files "About the Role" (and job, position, project, team) under role, "About Acme" under company', () => {
    expect(sectionKindOf('About the Role')).toBe('role');
    expect(sectionKindOf('About the Project')).toBe('role');
    expect(sectionKindOf('About this position:')).toBe('role');
    expect(sectionKindOf('About the team')).toBe('role');
    expect(sectionKindOf('About Acme')).toBe('company');
    expect(sectionKindOf('About us')).toBe('company');
  });

  it('ends a company name at a sentence end, keeping dotted names', () => {
    expect(extract('# Barista\n\nJoin Bean Co. Part-time.').fields.company).toEqual({ name: 'Bean Co.' });
    expect(extract('# Dev\n\nJoin Acme Labs. Remote work is fine.').fields.company).toEqual({ name: 'Acme Labs' });
    expect(extract('# Dev\n\nJoin Matrix.org to build open chat.').fields.company).toEqual({ name: 'Matrix.org' });
    expect(extract('# Dev\n\nAt Globex S.A., we build things.').fields.company).toEqual({ name: 'Globex S.A.' });
  });

  it('reads the company after "Únete a" at the start of a line, and after an article in "Die Acme GmbH sucht"', () => {
    expect(extract('# Desarrolladora\n\nÚnete a Acme Labs y construye el futuro.').fields.company).toEqual({ name: 'Acme Labs' });
    expect(extract('# Entwickler\n\nDie Brückner Analytik GmbH sucht ab sofort Verstärkung.').fields.company).toEqual({ name: 'Brückner Analytik GmbH' });
  });

  it('drops a front matter title that is a page label, keeps a real one', () => {
    expect(extract('Some text.', { title: 'en (English) ed-job-description page content' }).fields.title).toBeNull();
    expect(extract('Some text.', { title: 'Content Designer' }).fields.title).toBe('Content Designer');
    expect(extract('Some text.', { title: 'QA (Quality Assurance) Engineer' }).fields.title).toBe('QA (Quality Assurance) Engineer');
  });
});

describe('phrase finders', () => {
  it('find what the case-insensitive phrase pattern finds, even for a phrase whose lower case and case folding differ', () => {
    // "ſ" folds to "s" but lower-cases to itself, "İ" lower-cases to two characters: such a phrase is searched with the pattern.
    const phrases = ['remote work', 'ſtelle', 'İstanbul office'];
    const finder = phraseFinder(phrases);
    const pattern = phrasePattern(phrases, 'giu');
    for (const text of ['Remote Work possible', 'Eine STELLE in Berlin', 'our İstanbul Office', 'remote worker', 'ſtelle', 'nothing here']) {
      pattern.lastIndex = 0;
      const match = pattern.exec(text);
      expect(finder.find(text), text).toEqual(match ? { index: match.index, end: match.index + match[0].length } : null);
    }
  });
});

describe('keyword groups', () => {
  it('gives two extractors asking for the same words one group, and others their own', () => {
    const first = keywordGroup(['zyxwv', 'qwzx']);
    const same = keywordGroup(['zyxwv', 'qwzx']);
    const other = keywordGroup(['qwzx']);
    const index = keywordIndex([first, same, other]);
    expect(index.bit(same)).toBe(index.bit(first));
    expect(index.bit(other)).not.toBe(index.bit(first));
    expect(index.bit(null)).toBe(0);
    expect(() => index.bit(keywordGroup(['unlisted']))).toThrow(/not in the index/);
    const [a, b] = [index.bit(first), index.bit(other)];
    expect(index.scan('A ZYXWV here') & a).toBe(a);
    expect(index.scan('a qwzx here') & (a | b)).toBe(a | b);
    expect(index.scan('nothing here') & (a | b)).toBe(0);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
