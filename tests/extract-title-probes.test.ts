/**
 * Titles from consistency probes (issue #13, session 25): one title stated in
 * many page shapes (front matter, a heading, a bold or plain line, an HTML
 * page's <title> or og:title) and languages, where the tool read it in one
 * and misread it in another. Each row is a language's wording or a page's
 * shape, with a row beside it that must not change. Read through the library
 * as a user would.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const BODY = '\n\nAcme builds software for warehouses. Send your CV to jobs@acme.example.\n';
const title = (text: string, path = 'posting.md'): string | null => normalizeText(text, { path }).record?.title ?? null;
const page = (head: string, body = '<p>Acme builds software for warehouses.</p>') =>
  `<!doctype html><html><head>${head}</head><body><main>${body}</main></body></html>`;

describe('labels before a colon that name the post, not the job', () => {
  it.each([
    // A board's or a page's label before the colon, per language (tables/titles.ts titlePrefixWords).
    ['en "Jobs:" in a page title', page('<title>Jobs: Backend Engineer</title>'), 'posting.html', 'Backend Engineer'],
    ['de "Wir suchen:" on a heading', `# Wir suchen: Backend-Entwickler (m/w/d)${BODY}`, 'posting.md', 'Backend-Entwickler'],
    ['pt "Estamos contratando:"', `# Estamos contratando: Desenvolvedor Backend${BODY}`, 'posting.md', 'Desenvolvedor Backend'],
    ['pt "Oportunidade:"', `---\ntitle: "Oportunidade: Desenvolvedor Backend"\n---${BODY}`, 'posting.md', 'Desenvolvedor Backend'],
    ['it "Offerta di lavoro:"', `# Offerta di lavoro: Sviluppatore Backend${BODY}`, 'posting.md', 'Sviluppatore Backend'],
    ['it "Posizione aperta:"', page('<meta property="og:title" content="Posizione aperta: Sviluppatore Backend">'), 'posting.html', 'Sviluppatore Backend'],
    ['sv "Ledig tjänst:"', `**Ledig tjänst: Backendutvecklare**${BODY}`, 'posting.md', 'Backendutvecklare'],
    ['no "Ledig stilling:"', `# Ledig stilling: Backendutvikler${BODY}`, 'posting.md', 'Backendutvikler'],
    ['pl "Praca:"', `# Praca: Programista Backend${BODY}`, 'posting.md', 'Programista Backend'],
    ['pl "Rekrutacja:"', `# Rekrutacja: Programista Backend${BODY}`, 'posting.md', 'Programista Backend'],
    // Must not: such a word that is part of the title, with no colon after it, stays.
    ['must not: "Jobs Coordinator" keeps its first word', `# Jobs Coordinator${BODY}`, 'posting.md', 'Jobs Coordinator'],
    // A hyphen joined to the next word joins a compound: no separator.
    ['must not: "Jobs-to-be-done Researcher" stays whole', `# Jobs-to-be-done Researcher${BODY}`, 'posting.md', 'Jobs-to-be-done Researcher'],
    ['must not: "Job-Sharing Koordinator" stays whole', `# Job-Sharing Koordinator${BODY}`, 'posting.md', 'Job-Sharing Koordinator'],
    ['"Job - X" with spaces is a label', `# Job - Backend Engineer${BODY}`, 'posting.md', 'Backend Engineer'],
  ])('%s', (_name, input, path, expected) => {
    expect(title(input, path)).toBe(expected);
  });
});

describe('hiring words around a title and role phrases, per language', () => {
  it.each([
    // fr "nous recrutons" (we recruit), as "nous recherchons": on a heading and in a sentence.
    ['fr "Nous recrutons un X" on a heading', `# Nous recrutons un Développeur Backend (H/F)${BODY}`, 'Développeur Backend'],
    ['fr "nous recrutons un·e X" in a sentence', `Nous recrutons un·e développeur·se backend pour notre équipe.${BODY}`, 'Développeur·se backend'],
    // sv, no, da: the verb before its subject after an adverb ("Nu söker vi en X"), and "nu" or praise after it.
    ['sv "Nu söker vi en X" on a heading', `# Nu söker vi en Backendutvecklare${BODY}`, 'Backendutvecklare'],
    ['sv "söker vi nu en engagerad X" in a sentence', `Därför söker vi nu en engagerad verksamhetsutvecklare till förbundet.${BODY}`, 'Verksamhetsutvecklare'],
    ['da "søger vi en dygtig X"', `Derfor søger vi en dygtig udvikler til teamet.${BODY}`, 'Udvikler'],
    // it "Offerte (di) lavoro per X": job offers for X, over one role.
    ['it "Offerte lavoro per X" on a heading', `# Offerte lavoro per psicologo o psicoterapeuta${BODY}`, 'Psicologo o psicoterapeuta'],
    // Must not: the hiring words alone, or before no role, name no title.
    ['must not: fr "Nous recrutons !" alone', `# Nous recrutons !${BODY}`, null],
    ['must not: it "Offerte di lavoro" alone', `# Offerte di lavoro${BODY}`, null],
    ['must not: sv "söker vi personer som" names no role', `Här söker vi personer som gillar kod.${BODY}`, null],
  ])('%s', (_name, input, expected) => {
    expect(title(input)).toBe(expected);
  });
});

describe('a careers heading over the job\'s name', () => {
  const lines = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>\n<main>\n${body}\n</main>\n</body></html>`;
  it.each([
    // "Join our team" per language (tables/titles.ts genericHeadings) is the page's heading, never the title; the line under it names the job.
    ['fi "Liity tiimiimme" over the role', lines('<title>Liity tiimiimme | M Talotekniikka</title>', '<h1>Liity tiimiimme</h1>\n<p>Sähköasentaja</p>\n<p>Työ on kokoaikainen Tampereella.</p>\n<p>info@mtalo.example</p>'), 'posting.html', 'Sähköasentaja'],
    ['pl "Dołącz do nas" over the role', '# Dołącz do nas\n\nProgramista Backend\n\nPraca w Warszawie, pełny etat. CV: jobs@acme.example\n', 'posting.md', 'Programista Backend'],
    ['ru "Присоединяйтесь к нам" over the role', '# Присоединяйтесь к нам\n\nБэкенд-разработчик\n\nРабота в Москве, полная занятость. jobs@acme.example\n', 'posting.md', 'Бэкенд-разработчик'],
    ['tr "Ekibimize katılın" over the role', "# Ekibimize katılın\n\nBackend Geliştirici\n\nİstanbul'da tam zamanlı pozisyon. jobs@acme.example\n", 'posting.md', 'Backend Geliştirici'],
    ['ar "انضم إلينا" over the role', '# انضم إلينا\n\nمهندس برمجيات\n\nالعمل في الرياض، دوام كامل. jobs@acme.example\n', 'posting.md', 'مهندس برمجيات'],
    // A job-details H1 over "Role - Employer", the employer named apart in the page's <title>: the role, not a later card's heading.
    ['pt "Detalhes da Vaga" over "Auxiliar Contábil - TOK Contábil"', lines('<title>Detalhes da Vaga - TOK Contábil</title>', '<h1>Detalhes da Vaga</h1>\n<p>Auxiliar Contábil - TOK Contábil</p>\n<h3>Requisitos</h3>\n<ul><li>Boa comunicação</li></ul>\n<h3>Auditoria</h3>\n<p>Fiscaliza as contas da empresa.</p>'), 'posting.html', 'Auxiliar Contábil'],
    ['en "Job details" over the title', `# Job details\n\nBackend Engineer\n\n## Requirements\n\n- Go${BODY}`, 'posting.md', 'Backend Engineer'],
    // Must not: a sentence under the heading names no title; a last part the <title> does not name apart stays in the title.
    ['must not: "Job details" over a sentence', '# Job details\n\nAcme builds software for warehouses\n\n## Requirements\n\n- Go\n\nSend your CV to jobs@acme.example.\n', 'posting.md', null],
    ['must not: "Backend Engineer - Platform" keeps its part', lines('<title>Job details - Acme</title>', '<h1>Job details</h1>\n<p>Backend Engineer - Platform</p>\n<p>Acme builds software for warehouses. Send your CV to jobs@acme.example.</p>'), 'posting.html', 'Backend Engineer - Platform'],
  ])('%s', (_name, input, path, expected) => {
    expect(title(input, path)).toBe(expected);
  });
});

describe('title labels in the Nordic languages', () => {
  it.each([
    // sv "Tjänst", "Befattning", no/da "Stilling", fi "Tehtävänimike": the post's label, on a line, in bold, in a table, as a heading.
    ['sv "Tjänst: X"', `Tjänst: Backendutvecklare${BODY}`, 'Backendutvecklare'],
    // Must not (review25b): the same labels over the job's extent; the role is read from the sentence that hires.
    ['must not: sv "Tjänst: Heltid, tillsvidare"', 'Tjänst: Heltid, tillsvidare\n\nVi söker en lagerarbetare till vårt lager i Göteborg.\n', 'Lagerarbetare'],
    ['must not: no "Stilling: 100 % deltid"', 'Stilling: 100 % deltid\n\nVi søker en lagermedarbeider til vårt lager i Oslo.\n', 'Lagermedarbeider'],
    // A workload range ("80-100 %", Swiss and German ads) is the job's extent too, and so is a front matter title key's value that states only it.
    ['de "**Stelle:** 80-100 %, unbefristet" is no title', '**Stelle:** 80-100 %, unbefristet\n\nDie Nordwind AG sucht einen Entwickler in Zürich.\n', 'Entwickler'],
    ['no front matter "position: 100% fast" is no title', '---\nposition: 100% fast\n---\n\nVi søker en lagermedarbeider til vårt lager i Oslo.\n', 'Lagermedarbeider'],
    // must not: a key whose one word is an extent and a role too is the title (a job board's data item: hh.ru "Стажер", corpus 115)
    ['ru front matter "title: Стажер" is the title', '---\ntitle: Стажер\n---\n\nСтажировка в Ташкенте.\n', 'Стажер'],
    ['en front matter "title: Intern" is the title', '---\ntitle: Intern\n---\n\nA summer internship in Leeds.\n', 'Intern'],
    ['must not: "Stelle: Entwickler (80-100 %)" keeps the role', '**Stelle:** Entwickler (80-100 %)\n\nDie Nordwind AG baut Software.\n', 'Entwickler'],
    ['must not: front matter "position: Backend Engineer 100%" keeps the role', '---\nposition: Backend Engineer 100%\n---\n\nWe build software.\n', 'Backend Engineer'],
    ['sv "**Befattning:** X"', `**Befattning:** Backendutvecklare${BODY}`, 'Backendutvecklare'],
    ['no "Stilling: X"', `- Stilling: Backendutvikler${BODY}`, 'Backendutvikler'],
    ['da "| Stilling | X |"', `| Stilling | Backendudvikler |\n|---|---|${BODY}`, 'Backendudvikler'],
    ['fi "Tehtävänimike: X"', `Tehtävänimike: Ohjelmistokehittäjä${BODY}`, 'Ohjelmistokehittäjä'],
    ['sv "## Roll" over its value', `## Roll\n\nBackendutvecklare${BODY}`, 'Backendutvecklare'],
    // Must not: a label heading over a sentence names no title.
    ['must not: sv "## Roll" over a sentence', `## Roll\n\nDu kommer att arbeta nära vårt team.${BODY}`, null],
  ])('%s', (_name, input, expected) => {
    expect(title(input)).toBe(expected);
  });
});

describe('Chinese hiring sentences and headings', () => {
  it.each([
    // A line that ends in a Chinese full stop is a sentence, no title line: its role phrase gives the title.
    ['zh: "Acme招聘后端工程师。" is a sentence', 'Acme招聘后端工程师。\n\n我们提供有竞争力的薪资。\n', '后端工程师'],
    ['must not: a bare title line stays the title', '后端工程师\n\n我们提供有竞争力的薪资。\n', '后端工程师'],
    // The hiring word between an organisation's name and the title, on a heading.
    ['zh: "X有限公司招聘Y" on a heading', '# 北京星辰科技有限公司招聘高级后端工程师\n\n我们提供有竞争力的薪资。\n', '高级后端工程师'],
    ['zh: "Acme 招聘：Y" on a heading', '# Acme 招聘：后端工程师\n\n我们提供有竞争力的薪资。\n', '后端工程师'],
    // Must not: a recruiter's title, "招聘" after no organisation's name.
    ['must not: "高级招聘专员" (a senior recruiter) stays whole', '# 高级招聘专员\n\n我们提供有竞争力的薪资。\n', '高级招聘专员'],
    ['must not: "IT招聘顾问" (an IT recruiting consultant) stays whole', '# IT招聘顾问\n\n我们提供有竞争力的薪资。\n', 'IT招聘顾问'],
    ['must not: "HR招聘专员" (a recruiting specialist) stays whole', '# HR招聘专员\n\n我们提供有竞争力的薪资。\n', 'HR招聘专员'],
    ['must not: "人力资源部招聘主管" (a department\'s recruiting lead) stays whole', '# 人力资源部招聘主管\n\n我们提供有竞争力的薪资。\n', '人力资源部招聘主管'],
  ])('%s', (_name, input, expected) => {
    expect(title(input)).toBe(expected);
  });
});

describe('apply-now headings, per language, are never a title', () => {
  it.each([
    ['de "Jetzt bewerben"', `# Jetzt bewerben${BODY}`, null],
    ['es "Postúlate"', `# Postúlate${BODY}`, null],
    ['pt "Candidate-se"', `# Candidate-se${BODY}`, null],
    ['it "Candidati"', `# Candidati${BODY}`, null],
    ['nl "Solliciteer"', `# Solliciteer${BODY}`, null],
    ['pl "Aplikuj"', `# Aplikuj${BODY}`, null],
    ['sv "Ansök nu"', `# Ansök nu${BODY}`, null],
    // The role a sentence under it names is the title, and one above it stays.
    ['nl: under "Solliciteer", the role phrase', `# Solliciteer\n\nWij zoeken een Backend Developer voor ons team.${BODY}`, 'Backend Developer'],
    ['de: the H1 above "## Jetzt bewerben"', `# Backend-Entwickler (m/w/d)\n\nDu entwickelst Dienste in Go.\n\n## Jetzt bewerben${BODY}`, 'Backend-Entwickler'],
  ])('%s', (_name, input, expected) => {
    expect(title(input)).toBe(expected);
  });
});

describe('"X at Acme" in more languages: the title, and the employer', () => {
  const read = (input: string) => {
    const record = normalizeText(input, { path: 'posting.md' }).record;
    return [record?.title ?? null, record?.company?.name ?? null];
  };
  it.each([
    ['en "at" (as before)', `# Backend Engineer at Lindenhof${BODY}`, ['Backend Engineer', 'Lindenhof']],
    ['nl "bij"', `# Backend Developer bij Lindenhof${BODY}`, ['Backend Developer', 'Lindenhof']],
    ['it "presso"', `# Sviluppatore Backend presso Lindenhof${BODY}`, ['Sviluppatore Backend', 'Lindenhof']],
    ['sv "hos"', `# Backendutvecklare hos Lindenhof${BODY}`, ['Backendutvecklare', 'Lindenhof']],
    ['no "hos"', `# Backendutvikler hos Lindenhof${BODY}`, ['Backendutvikler', 'Lindenhof']],
    // Must not: sv "till" and no "til" (to) before a town the gazetteer does not know ("Säljare till Kungälv").
    ['must not: sv "till Kungälv" names no employer', `# Säljare till Kungälv${BODY}`, ['Säljare till Kungälv', 'Acme']],
    ['must not: no "til Sandvika" names no employer', `# Lagermedarbeider til Sandvika${BODY}`, ['Lagermedarbeider til Sandvika', 'Acme']],
    // Must not: a place after the word is no employer, and pt "na" (also before a department) is not read.
    ['must not: sv "till Stockholm" is a place', `# Säljare till Stockholm${BODY}`, ['Säljare till Stockholm', 'Acme']],
    ['must not: pt "na Área Comercial" is a department', `# Analista na Área Comercial${BODY}`, ['Analista na Área Comercial', 'Acme']],
  ])('%s', (_name, input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

describe('a start date after a German title', () => {
  it.each([
    ['de "X (w/m/d) ab sofort"', `# Backend-Entwickler (w/m/d) ab sofort${BODY}`, 'Backend-Entwickler'],
    ['de "X (m/w/d) ab sofort gesucht"', `---\ntitle: Pflegefachkraft (m/w/d) ab sofort gesucht\n---${BODY}`, 'Pflegefachkraft'],
    ['de "X zum nächstmöglichen Zeitpunkt"', `# Koch (m/w/d) zum nächstmöglichen Zeitpunkt${BODY}`, 'Koch'],
    // Must not: "ab sofort" before the title is a role phrase's filler, and the title stays.
    ['must not: "Wir suchen ab sofort einen X"', `Wir suchen ab sofort einen Koch für unser Restaurant.${BODY}`, 'Koch'],
  ])('%s', (_name, input, expected) => {
    expect(title(input)).toBe(expected);
  });
});

describe('"the vacancy for" before a title, in Portuguese and Spanish', () => {
  it.each([
    ['pt "Vaga de X" on a heading', `# Vaga de Desenvolvedor Backend${BODY}`, 'Desenvolvedor Backend'],
    ['pt "Vaga para X" in a page title', page('<title>Vaga para Analista de Dados</title>'), 'Analista de Dados'],
    ['es "Vacante de X"', `# Vacante de Desarrollador Backend${BODY}`, 'Desarrollador Backend'],
    // Must not: the careers heading "Vaga de Emprego" names no title.
    ['must not: pt "Vaga de Emprego"', `# Vaga de Emprego${BODY}`, null],
  ])('%s', (_name, input, expected) => {
    expect(title(input, input.startsWith('<!doctype') ? 'posting.html' : 'posting.md')).toBe(expected);
  });
});

describe('"Join Acme as a X", per language', () => {
  it.each([
    ['en "Join Acme as a X" on a heading', `# Join Lindenhof as a Backend Engineer${BODY}`, 'Backend Engineer'],
    ['en "Join The Lindenhof Group as a X" in the front matter', `---\ntitle: Join The Lindenhof Group as a Senior Engineer!\n---${BODY}`, 'Senior Engineer'],
    ['fr "Rejoignez Acme en tant que X"', page('<title>Rejoignez Lindenhof en tant que Développeur Backend (H/F)</title>'), 'Développeur Backend'],
    ['es "Únete a Acme como X"', `# Únete a Lindenhof como Desarrollador Backend${BODY}`, 'Desarrollador Backend'],
    ['de "Verstärke Lindenhof als X"', `# Verstärke Lindenhof als Backend-Entwickler (m/w/d)${BODY}`, 'Backend-Entwickler'],
    // Must not: "Join our team as a X" speaks to the reader; a title-shaped heading beats it (tests/extract-title-general.test.ts).
    ['must not: "Join Our Team as a X" is not cut', `---\ntitle: Join Our Team as a Senior Engineer\n---\n\n# Senior Platform Engineer${BODY}`, 'Senior Platform Engineer'],
    ['nl "Kom werken bij Acme als X"', `# Kom werken bij Lindenhof als Backend Developer${BODY}`, 'Backend Developer'],
    // Must not: no role after "as", or a role before it, leaves the line as it was.
    ['must not: "Join as a X" names no one to join: unchanged', `# Join as a Backend Engineer${BODY}`, 'Join as a Backend Engineer'],
    ['must not: "Join Lindenhof" without a role is no title', `# Join Lindenhof\n\nWe are looking for a Backend Engineer to join us.${BODY}`, 'Backend Engineer'],
  ])('%s', (_name, input, expected) => {
    expect(title(input, input.startsWith('<!doctype') ? 'posting.html' : 'posting.md')).toBe(expected);
  });
});

describe('gender marks after a title, per language', () => {
  it.each([
    // The marks' letters are the genders' initials (title-parts.ts GENDER): nl "vrouw", pl "kobieta".
    ['nl "(m/v)" on a heading', `# Medewerker Klantenservice (m/v)${BODY}`, 'Medewerker Klantenservice'],
    ['nl "(m/v/x)" in a page title', page('<title>Medewerker Klantenservice (m/v/x) | Acme</title>'), 'Medewerker Klantenservice'],
    ['pl "(k/m)" on a heading', `# Programista Java (k/m)${BODY}`, 'Programista Java'],
    ['pl "(m/k)" in bold', `**Programista Java (m/k)**${BODY}`, 'Programista Java'],
    ['pl "(K/M/X)" in the front matter', `---\ntitle: Księgowa (K/M/X)\n---${BODY}`, 'Księgowa'],
    // cs, sk, hr "žena" ("(m/ž)", bare "m/ž"), ru, uk, bg "(м/ж)", de "(m/w/div)" and "(gn)" (geschlechtsneutral), session 28.
    ['cs "(m/ž)" on a heading', `# Programátor (m/ž)${BODY}`, 'Programátor'],
    ['sk bare "m/ž" in the front matter', `---\ntitle: Vývojár m/ž\n---${BODY}`, 'Vývojár'],
    ['ru "(м/ж)" on a heading', `# Программист (м/ж)${BODY}`, 'Программист'],
    ['de "(m/w/div)" on a heading', `# Backend-Entwickler (m/w/div)${BODY}`, 'Backend-Entwickler'],
    ['de "(gn)" on a heading', `# Backend-Entwickler (gn)${BODY}`, 'Backend-Entwickler'],
    // Must not: letters in brackets that are no genders' initials stay (a driving licence's classes).
    ['must not: pl "(C/E)" after a driver stays', `# Kierowca kat. (C/E)${BODY}`, 'Kierowca kat. (C/E)'],
    ['must not: "(Go/Rust)" after a role stays', `# Backend Engineer (Go/Rust)${BODY}`, 'Backend Engineer (Go/Rust)'],
  ])('%s', (_name, input, expected) => {
    expect(title(input, input.startsWith('<!doctype') ? 'posting.html' : 'posting.md')).toBe(expected);
  });
});

describe('a title label alone on its line, its value on the next', () => {
  const dl = (label: string, value: string) => page('<title>Careers | Acme</title>', `<h1>Careers</h1><dl><dt>${label}</dt><dd>${value}</dd><dt>Ort</dt><dd>Berlin</dd></dl><p>Acme builds software for warehouses.</p>`);
  it.each([
    // A definition list's term and its value, per language (tables/titles.ts titleLabels), and a bold label over its value.
    ['en <dt>Position</dt>', dl('Position', 'Senior Data Engineer'), 'posting.html', 'Senior Data Engineer'],
    ['de <dt>Stelle</dt>', dl('Stelle', 'Softwareentwickler (m/w/d)'), 'posting.html', 'Softwareentwickler'],
    ['fr <dt>Poste</dt>', dl('Poste', 'Développeur Backend (H/F)'), 'posting.html', 'Développeur Backend'],
    ['pl <dt>Stanowisko</dt>', dl('Stanowisko', 'Programista Java'), 'posting.html', 'Programista Java'],
    ['sv <dt>Tjänst</dt>', dl('Tjänst', 'Systemutvecklare'), 'posting.html', 'Systemutvecklare'],
    ['ja <dt>職種</dt>', dl('職種', 'バックエンドエンジニア'), 'posting.html', 'バックエンドエンジニア'],
    ['zh <dt>职位</dt>', dl('职位', '后端工程师'), 'posting.html', '后端工程师'],
    ['en a bold label over its value', `# Careers\n\n**Job Title:**\nSenior Data Engineer\n\n## Requirements\n\n- Python${BODY}`, 'posting.md', 'Senior Data Engineer'],
    // A table's header row over its value row (a Japanese careers page), the value's note in brackets after "※" going with them.
    ['ja a header cell over its value', page('<title>採用情報</title>', '<table><tr><th>募集職種</th></tr><tr><td>ソフトウェア開発エンジニア　（※実務未経験者も歓迎）</td></tr></table><p>当社の製品開発を担当していただきます。</p>'), 'posting.html', 'ソフトウェア開発エンジニア'],
    // Must not: a sentence or a workload under the label names no title.
    ['must not: a sentence under <dt>Position</dt>', dl('Position', 'You will build data pipelines for our team.'), 'posting.html', null],
    ['must not: a workload under <dt>Job</dt>', dl('Job', 'Vollzeit'), 'posting.html', null],
    // Must not, with a role noun in the value (looksLikeJobTitle alone would take it): the workload first, a sentence, a verb's object.
    ['must not: a workload then a team under <dt>Position</dt>', dl('Position', 'Vollzeit, 40 Stunden, Entwickler-Team'), 'posting.html', null],
    ['must not: a sentence naming a role under <dt>Position</dt>', dl('Position', 'You will report to our Head of Data.'), 'posting.html', null],
    ['must not: "Reports to the Head of Engineering" under a bold label', `# Careers\n\n**Position:**\nReports to the Head of Engineering\n\n## Requirements\n\n- Python${BODY}`, 'posting.md', null],
    // Must not: a column of roles under the label is a careers index, not one posting's title.
    ['must not: a list of role links under a bold label', `# Careers\n\n**Position**\n\n- [Senior Backend Engineer](/j/1)\n- [Product Designer](/j/2)\n- [Data Analyst](/j/3)\n${BODY}`, 'posting.md', null],
    ['must not: role lines under a bold "Stelle:"', `# Karriere\n\n**Stelle:**\nSoftwareentwickler\nProduktdesigner\nDatenanalyst\n${BODY}`, 'posting.md', null],
    ['must not: table rows of roles under <th>Position</th>', page('<title>Careers | Acme</title>', '<h1>Careers</h1><table><tr><th>Position</th></tr><tr><td>Senior Backend Engineer</td></tr><tr><td>Product Designer</td></tr><tr><td>Data Analyst</td></tr></table><p>Acme builds software for warehouses.</p>'), 'posting.html', null],
  ])('%s', (_name, input, path, expected) => {
    expect(title(input, path)).toBe(expected);
  });
});

describe('a vacancy word before the title, without a separator', () => {
  it.each([
    // As de "Stellenangebot X" and nl "Vacature X" (tables/titles.ts titleLeadIns).
    ['fr "Offre d\'emploi X" in a page title', page("<title>Offre d'emploi Développeur Backend (H/F)</title>"), 'Développeur Backend'],
    ['es "Oferta de trabajo X" on a heading', `# Oferta de trabajo Desarrollador Backend${BODY}`, 'Desarrollador Backend'],
    ['es "Oferta de empleo X" on a heading', `# Oferta de empleo Enfermera${BODY}`, 'Enfermera'],
    ['pl "Oferta pracy X" on a heading', `# Oferta pracy Programista Java${BODY}`, 'Programista Java'],
    // Must not leave the lead-in's "de", a contract word or "Público" (Spain's "Oferta de Empleo Público") on the title.
    ['es "Oferta de trabajo de X"', `# Oferta de trabajo de Camarero${BODY}`, 'Camarero'],
    ['es "Oferta de Empleo Público X"', `# Oferta de Empleo Público Técnico de Hacienda${BODY}`, 'Técnico de Hacienda'],
    ['es "Oferta de empleo temporal X"', `# Oferta de empleo temporal Enfermera${BODY}`, 'Enfermera'],
    ['fr "Offre d\'emploi CDI X"', `# Offre d'emploi CDI Développeur Backend${BODY}`, 'Développeur Backend'],
    ['fr "Offre d\'emploi en alternance X"', `# Offre d'emploi en alternance Développeur Web${BODY}`, 'Développeur Web'],
    ['pl "Oferta pracy tymczasowej X"', `# Oferta pracy tymczasowej Magazynier${BODY}`, 'Magazynier'],
    // Must not: the word alone is a careers heading, no title; the word before no role stays a heading's text.
    ['must not: fr "Offre d\'emploi" alone', `# Offre d'emploi${BODY}`, null],
  ])('%s', (_name, input, expected) => {
    expect(title(input, input.startsWith('<!doctype') ? 'posting.html' : 'posting.md')).toBe(expected);
  });
});

describe('a Japanese careers word after the title and its "の"', () => {
  it.each([
    ['ja "Xの求人" in a page title', page('<title>バックエンドエンジニアの求人 - 株式会社ノルド</title>'), 'バックエンドエンジニア'],
    ['ja "Xの募集要項" on a heading', `# 看護師の募集要項${BODY}`, '看護師'],
    // Must not: a "の" inside the title stays ("営業の責任者": head of sales).
    ['must not: ja "営業の責任者" keeps its "の"', `# 営業の責任者${BODY}`, '営業の責任者'],
  ])('%s', (_name, input, expected) => {
    expect(title(input, input.startsWith('<!doctype') ? 'posting.html' : 'posting.md')).toBe(expected);
  });
});

describe('control characters in a title or a company name, in every page shape', () => {
  const record = (text: string, path: string) => normalizeText(text, { path }).record;
  it.each([
    // A terminal's escape sequence (ESC [2J) and a bell are no text a person writes: they go, whichever reading chose the value.
    ['front matter, ESC [2J', '---\ntitle: "Engineer \\u001b[2J Lead"\ncompany: "Nord\\u0007wind Labs"\n---\n\nWe build things.\n', 'posting.md', 'Engineer Lead', 'Nordwind Labs'],
    ['an h1 with a bell', '# Backend Engineer\u0007 Lead\n\nAcme GmbH is hiring. Full-time.\n', 'posting.md', 'Backend Engineer Lead', 'Acme GmbH'],
    ['an HTML h1 and <title> with ESC', page('<title>Data\u001b[31m Analyst | Acme</title>', '<h1>Data \u001b[2JAnalyst</h1><p>Acme is hiring.</p>'), 'posting.html', 'Data Analyst', 'Acme'],
    ['JSON-LD with NEL and ESC', page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Platform\\u0085Engineer\\u0007","hiringOrganization":{"@type":"Organization","name":"Acme\\u001b Corp"},"description":"Build it."}</script>'), 'posting.html', 'Platform Engineer', 'Acme Corp'],
    // Must not: a title and a name without controls keep every character ("C++", "R&D", "[Remote]" brackets are read as before).
    ['must not: plain characters stay', '---\ntitle: "C++ Engineer, R&D"\ncompany: "Acme [Labs]"\n---\n\nWe build things.\n', 'posting.md', 'C++ Engineer, R&D', 'Acme [Labs]'],
  ])('%s', (_name, input, path, expectedTitle, expectedCompany) => {
    const found = record(input, path);
    expect(found?.title).toBe(expectedTitle);
    expect(found?.company?.name).toBe(expectedCompany);
  });
});

describe('a title label and its value in a table row copied as text (a tab between them)', () => {
  it.each([
    // A two-cell row pasted from a table keeps a tab where "| Position | X |" keeps a bar, in any language's label (titleLabels).
    ['en "Position<TAB>X"', 'Nordwind\n\nPosition\tBackend Engineer\nLocation\tBerlin\n\nWe are hiring.\n', 'posting.txt', 'Backend Engineer'],
    ['en "Job title<TAB>X"', 'Nordwind\n\nJob title\tData Analyst\nLocation\tBerlin\n\nWe are hiring.\n', 'posting.txt', 'Data Analyst'],
    ['de "Stelle<TAB>X"', 'Nordwind\n\nStelle\tBackend-Entwickler\nOrt\tBerlin\n\nWir suchen Verstärkung.\n', 'posting.txt', 'Backend-Entwickler'],
    // Must not: a sheet's header row of more cells is no label and value, and a workload after the tab is no title.
    ['must not: a header row of three cells', 'Nordwind\n\nPosition\tTeam\tPlace\n\nWe are hiring a backend engineer in Berlin.\n', 'posting.txt', 'Backend engineer'],
    ['must not: no "Stilling<TAB>100 % fast"', 'Nordwind AS\n\nStilling\t100 % fast\nSted\tOslo\n\nVi søker en lagermedarbeider til vårt lager i Oslo.\n', 'posting.txt', 'Lagermedarbeider'],
  ])('%s', (_name, input, path, expected) => {
    expect(title(input, path)).toBe(expected);
  });
});
