/**
 * Title and company rules from the dev set of small organisations' postings
 * (issue #13: NGOs, public bodies, shops and trades, many of them page
 * templates). Each row is a page shape or a language fact, written here in
 * invented text and run through the CLI; it states what is chosen (null:
 * nothing) and, where it matters, the rule that chose it.
 */
import { describeTitleCompanyCases } from './company-cases.js';

interface Row { name: string; input: string; title?: string | null; titleRule?: string; company?: string | null; companyRule?: string }

const BODY = '\n\nWe run three shops in the old town. Write to hello@lindenhof.example.\n';
const page = (head: string, body: string): string => `<!DOCTYPE html>\n<html lang="es">\n<head>\n<title>${head}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const rows: Row[] = [
  // de, nl, sv, da, no write "titel" for "title": the key names the job, a contact's "position" does not.
  { name: 'de: front matter "titel" beats a contact\'s "position"', title: 'Ergotherapeutin', titleRule: 'frontmatter.titel',
    input: '---\ntitel: "Ergotherapeutin"\nposition: "Praxisleitung"\nmail: "team@lindenhof.example"\n---\n\nWir freuen uns auf dich.\n' },
  // A vacancy word before the title on the same heading (as nl "Vacature X"): de "Stellenausschreibung X", "Stellenangebot X".
  { name: 'de: "Stellenausschreibung X" on a heading', title: 'Koch', titleRule: 'heading.h2',
    input: '---\ntitle: "Jobs"\n---\n\n## Stellenausschreibung Koch (m/w/d)\n\nWir suchen zum 1. Mai Verstärkung für unsere Küche.\n' },
  { name: 'de: "Stellenangebot X" on a heading', title: 'Gärtnerin',
    input: '# Stellenangebot Gärtnerin\n\nDu pflegst unsere Beete und den Hof.\n' },
  // es "bolsa de trabajo" (job board) heads a careers page: the job is the card's heading under it.
  // …and a page title of it and one other part names the employer there, when the page writes that part.
  { name: 'es: "Bolsa de Trabajo" is a careers heading; the card\'s heading is the title', title: 'Pastelero', titleRule: 'heading.h2',
    company: 'Dulces Lindenhof', companyRule: 'page.title.careers',
    input: page('Bolsa de Trabajo - Dulces Lindenhof', '<h1>Bolsa de Trabajo</h1>\n<div class="vacante">\n<h2>Pastelero</h2>\n<p>Horno de leña, turno de mañana.</p>\n</div>\n<p>Dulces Lindenhof es una pastelería familiar.</p>') },
  // Role nouns (language facts): fr social work, es pastry cooks, ro coordinator.
  { name: 'fr: "travailleur social" is a role', title: 'Travailleur social', titleRule: 'heading.h2',
    input: '# Offres d\'emploi\n\n## Travailleur social\n\nAccompagnement de familles, permis B.\n' },
  { name: 'es: "Repostera" is a role, "Repostería" (the bakery) is none', title: 'Repostera', titleRule: 'heading.h2',
    input: '# Repostería Lindenhof\n\n## Repostera\n\nTartas y galletas cada mañana.\n' },
  // ro "Recrutăm X" (we recruit an X): a role phrase.
  { name: 'ro: "Recrutăm coordonator" in a headline paragraph', title: 'Coordonator de voluntari', titleRule: 'text.role-phrase',
    input: '<!DOCTYPE html>\n<html><body>\n<p>Recrutăm coordonator de voluntari!</p>\n<p>Trimite CV-ul la hello@lindenhof.example</p>\n</body></html>\n' },
  // A front matter title too long to be one, of separated parts: its one part that reads like a title.
  { name: 'a front matter "Role - PT - Employer" gives its role part', title: 'Weekend Gallery Attendant', titleRule: 'frontmatter.title-part',
    input: '---\ntitle: "Weekend Gallery Attendant - PT - Lindenhof Town Museum of Art"\n---\n\nThe Lindenhof Town Museum of Art seeks a weekend attendant.\n' },
  { name: 'must not: a front matter title of ten words or fewer is read whole', title: 'Gallery Attendant', titleRule: 'frontmatter.title',
    input: '---\ntitle: "Gallery Attendant - PT"\n---\n\nWeekend shifts at the museum.\n' },
  // English third-person verbs take any subject ("The Marketing Team seeks", "The Principal Investigator seeks"): no company.
  { name: 'must not (en): "The X Team seeks a Y" names no company', company: null,
    input: '# Graphic Designer\n\nThe Marketing Team seeks a creative designer for print and web.\n' },
  // The organisation in apposition to "we", between commas ("Wir, der X e.V., suchen"); one capitalised noun is no name.
  { name: 'de: "Wir, der Förderverein X e.V., suchen"', company: 'Förderverein Lindenhof e.V.', companyRule: 'body.we-apposition',
    input: '# Hausmeister (m/w/d)\n\nWir, der Förderverein Lindenhof e.V., suchen ab sofort einen Hausmeister für unser Haus.\n' },
  { name: 'en: "We, the X Society, are looking"', company: 'Lindenhof Garden Society', companyRule: 'body.we-apposition',
    input: '# Gardener\n\nWe, the Lindenhof Garden Society, are looking for a gardener for our park.\n' },
  { name: 'must not (en): "We, the Design Team, are hiring" names no company', company: null,
    input: '# Product Designer\n\nWe, the Design Team, are hiring a product designer for our app.\n' },
  { name: 'must not (fr): "moniteur" alone is a screen, not a role', title: 'Développeur web',
    input: 'Nous recherchons un développeur web (H/F).\n\n## Un moniteur 4K et un portable pour chacun\n\nTout le matériel est fourni.\n' },
  { name: 'must not: a careers title\'s one-word part spelled by a shared mailbox ("Recruiting", recruiting@…) names no company', company: null,
    input: page('Careers | Recruiting', '<h1>Careers</h1>\n<h2>Warehouse Associate</h2>\n<p>Pick and pack orders on the early shift.</p>\n<p>Write to recruiting@lindenhof-logistik.example.</p>') },
  { name: 'must not (de): "Wir, die Eltern, suchen" names no organisation', company: null,
    input: '# Erzieher (m/w/d)\n\nWir, die Eltern, suchen eine Erzieherin für unsere Gruppe.\n' },
  // A careers page title's other part, written nowhere else, is the employer when an address spells it as its local part.
  { name: 'es: a careers page title\'s name spelled by the contact address', company: 'Panadería Sol', companyRule: 'page.title.careers',
    input: page('Bolsa de Trabajo - Panadería Sol', '<h1>Bolsa de Trabajo</h1>\n<div class="vacante">\n<h2>Pastelero</h2>\n<p>Envía tu currículum a panaderiasol@gmail.com</p>\n</div>') },
  { name: 'must not: an address whose local part is not the name', company: null,
    input: page('Bolsa de Trabajo - Panadería Sol', '<h1>Bolsa de Trabajo</h1>\n<div class="vacante">\n<h2>Pastelero</h2>\n<p>Envía tu currículum a empleo@gmail.com</p>\n</div>') },
  // es "Objetivo del Puesto" (the job's purpose) heads a section: no employer under the title.
  { name: 'es: "Objetivo del Puesto" under the title is no company', company: null,
    input: '# Cocinero\n\n## **Objetivo del Puesto**\nApoyar en la cocina del restaurante.\n' },
  // Session 21 (dev21t): page structure any site has.
  // A label of a few words ending in a vacancy word, before a colon, is the post's kind ("Local Job Vacancy: X", as "Vacature: X").
  { name: 'en: "Local Job Vacancy: X" in the front matter gives X', title: 'Part-time Co-ordinator', titleRule: 'frontmatter.title',
    input: '---\ntitle: "Local Job Vacancy: Part-time Co-ordinator"\n---\n\nLocal charity Lindenhof Care needs a co-ordinator for its office.\n' },
  { name: 'must not: a label that is no vacancy word stays ("Product Owner: Payments")', title: 'Product Owner: Payments',
    input: '---\ntitle: "Product Owner: Payments"\n---\n\nYou own the payments backlog.\n' },
  // de "-assistenz" is an assistant's post, any gender ("Organisationsassistenz"); after "Stellenausschreibung", the title.
  { name: 'de: "Stellenausschreibung Organisationsassistenz (all genders)"', title: 'Organisationsassistenz', titleRule: 'frontmatter.title',
    input: '---\ntitle: Stellenausschreibung Organisationsassistenz (all genders)\n---\n\nDer Verein sucht Unterstützung für den Vorstand.\n' },
  // A lone two-part line without outer bars is a menu's, not a table's row (an HTML table has rows beside it).
  { name: 'must not: a lone "Company | Blog" menu line labels nothing', company: 'Acme Robotics',
    input: 'Company | Blog\n\n# Backend Engineer\n\nAcme Robotics is looking for a backend engineer in Berlin.\n\n## Requirements\n- Go, Postgres\n' },
  { name: 'must not: a lone "Position | Blog" menu line labels no title', title: 'Backend Engineer',
    input: 'Position | Blog\n\n# Backend Engineer\n\nAcme Robotics is looking for a backend engineer in Berlin.\n' },
  // An HTML table's row (<th>職種</th><td>…</td>) reads as "| 職種 | … |" does: a labelled title.
  { name: 'ja: an HTML table row "職種 | X" labels the title', title: 'ホールスタッフ', titleRule: 'text.labelled-line',
    input: '<!DOCTYPE html>\n<html lang="ja"><body>\n<h2>採用情報</h2>\n<table>\n<tr><th>職種</th><td>ホールスタッフ</td></tr>\n<tr><th>雇用区分</th><td>正社員</td></tr>\n</table>\n</body></html>\n' },
  { name: 'must not: an HTML table row whose first cell is no title label ("勤務地 | …") proposes no title', title: 'ホールスタッフ', titleRule: 'text.role-phrase',
    input: '<!DOCTYPE html>\n<html lang="ja"><body>\n<h2>採用情報</h2>\n<p>ホールスタッフを募集しています。</p>\n<table>\n<tr><th>勤務地</th><td>キッチンスタッフ</td></tr>\n<tr><th>休日</th><td>週休2日</td></tr>\n</table>\n</body></html>\n' },
  // es "puesto", pt/es "cargo": a front matter key for the position.
  { name: 'es: front matter "puesto" is the title key', title: 'Coordinadora de voluntariado', titleRule: 'frontmatter.puesto',
    input: '---\npuesto: Coordinadora de voluntariado\ncategory: empleo\n---\n\nEnvía tu CV a empleo@lindenhof.org.mx\n' },
  { name: 'must not: "title" is read before "puesto"', title: 'Auxiliar administrativo', titleRule: 'frontmatter.title',
    input: '---\ntitle: Auxiliar administrativo\npuesto: Administración\n---\n\nEnvía tu CV a empleo@lindenhof.org.mx\n' },
  // en "They" is a pronoun, never a company ("They are seeking someone who…").
  { name: 'must not (en): "They are seeking someone" names no company', company: null,
    input: '# Part-time Co-ordinator\n\nThey are seeking someone who will combine warmth with good organisation.\n' },
  { name: 'en: a name in the same sentence is read ("Lindenhof Care is seeking")', company: 'Lindenhof Care',
    input: '# Part-time Co-ordinator\n\nLindenhof Care is seeking someone who will combine warmth with good organisation.\n' },
  // A domain has no accents: "cafelindenhof.nl" spells "Café Lindenhof".
  { name: 'nl: an address\'s domain spells an accented name ("Café Lindenhof" beside cafelindenhof.nl)', company: 'Café Lindenhof', companyRule: 'domain.mention',
    input: '# Barmedewerker\n\nCafé Lindenhof is een bruin café met veel muziek.\n\nStuur je CV naar werk@cafelindenhof.nl.\n' },
  { name: 'must not: an accented name the domain does not spell', company: null,
    input: '# Barmedewerker\n\nWij zijn een bruin café met veel muziek.\n\nStuur je CV naar werk@cafelindenhof.nl.\n' },
  // A line of parts a bar separates under the title is a tag line, not a name.
  { name: 'must not (fr): "Secteurs | Finistère" under the title is no company', company: null,
    input: '<!DOCTYPE html>\n<html lang="fr"><body>\n<article>\n<h1>Régulateur.trice</h1>\n<p>Secteurs | Finistère</p>\n<p>Tu organises les trajets des véhicules.</p>\n</article>\n</body></html>\n' },
  { name: 'a short name under the title is still read', company: 'Lindenhof Ambulances', companyRule: 'text.under-title',
    input: '# Régulateur\n\nLindenhof Ambulances\n\nTu organises les trajets des véhicules.\n' },
  // A page's brand: the logo image in a link to the home page, in a header the cleaned body drops.
  { name: 'de: the header\'s home-link logo names the company', company: 'Bäckerei Lindenhof', companyRule: 'page.logo-alt',
    input: '<!DOCTYPE html>\n<html lang="de"><body>\n<header><a href="index.html"><img src="img/logo.png" alt="Bäckerei Lindenhof"></a>\n<nav><a href="jobs.html">Jobs</a></nav></header>\n<main><h1>Verkäufer (m/w/d)</h1>\n<p>Du verkaufst Brot und Kuchen, Teilzeit.</p></main>\n</body></html>\n' },
  { name: 'must not: a logo that links elsewhere (a partner\'s) names no company', company: null,
    input: '<!DOCTYPE html>\n<html lang="de"><body>\n<header><a href="https://foerderbank.example/programm"><img src="img/logo-partner.png" alt="Förderbank"></a></header>\n<main><h1>Verkäufer (m/w/d)</h1>\n<p>Du verkaufst Brot und Kuchen, Teilzeit.</p></main>\n</body></html>\n' },
  { name: 'must not: a logo linking to another site\'s root (a funder\'s) names no company', company: 'Greenfield Labs',
    input: '<html><head><title>Backend Engineer</title></head><body>\n<header><a href="https://www.partnerfund.example/"><img src="/img/partner-logo.png" alt="Partner Fund"></a></header>\n<main><h1>Backend Engineer</h1>\n<p>Funded by our partners, Greenfield Labs is hiring a backend engineer in Oslo.</p>\n<h2>Requirements</h2><ul><li>5 years of Python</li></ul>\n<p>Apply at jobs@greenfieldlabs.example</p></main></body></html>\n' },
  { name: 'a logo linking to the page\'s own site root (its canonical host) names the company', company: 'Bäckerei Lindenhof', companyRule: 'page.logo-alt',
    input: '<!DOCTYPE html>\n<html lang="de"><head><link rel="canonical" href="https://lindenhof-baeckerei.example/jobs.html"></head><body>\n<header><a href="https://www.lindenhof-baeckerei.example/"><img src="img/logo.png" alt="Bäckerei Lindenhof"></a></header>\n<main><h1>Verkäufer (m/w/d)</h1>\n<p>Du verkaufst Brot und Kuchen, Teilzeit.</p></main>\n</body></html>\n' },
  { name: 'must not: a home link\'s image that is no logo names no company', company: null,
    input: '<!DOCTYPE html>\n<html lang="de"><body>\n<header><a href="index.html"><img src="img/team.jpg" alt="Unser Team"></a></header>\n<main><h1>Verkäufer (m/w/d)</h1>\n<p>Du verkaufst Brot und Kuchen, Teilzeit.</p></main>\n</body></html>\n' },
  // A free mailbox's local part is no company: a person's or a team's as often as its owner's (the rule had one source).
  { name: 'must not: a person\'s free mailbox names no company', company: null,
    input: '# Kitchen Porter\n\nWe need a kitchen porter, full time, in Manchester.\n\nQuestions? Ask Maria Lopez, our head chef: marialopez@hotmail.com\n\nApply by email.\n' },
  { name: 'must not: a team\'s free mailbox ("HR Team", hrteam@) names no company', company: null,
    input: '# Warehouse Operative\n\nNorthwind Logistics needs warehouse operatives in Leeds.\n\nSend your CV to our HR Team: hrteam@gmail.com\n' },
  { name: 'must not: a one-word local part (a place, a shared mailbox) names no company', company: null,
    input: '# Barmedewerker\n\nWerken in Arnhem, in het centrum.\n\nMail naar arnhem@gmail.com.\n' },
  { name: 'must not: the local part of an own-domain address is not read as a name', company: null,
    input: '# Pracownik biurowy\n\nZarząd ogłasza nabór. Grupa Chełm prowadzi biuro w centrum miasta.\n\nDokumenty prosimy przesłać na adres grupachelm@biuro-lgd.pl.\n' },
  // Session 23 (dev23): Slavic languages name the employer after "in/at/to the company" in its case (ru "в компании X", pl "w firmie X").
  { name: 'ru: "я работаю в компании X" names the employer', company: 'Линденхоф', companyRule: 'body.in-company',
    input: '# Инженер по эксплуатации\n\nМеня зовут Елена, я работаю руководителем отдела в компании Линденхоф. Я ищу инженера.\n' },
  { name: 'pl: "do firmy X" names the employer', company: 'Lindenhof', companyRule: 'body.in-company',
    input: '# Magazynier\n\nPoszukujemy magazyniera do firmy Lindenhof. Praca na dwie zmiany.\n' },
  // After an experience noun the company is a past employer the posting asks for, not the employer.
  { name: 'must not (ru): "Опыт работы в компании Яндекс" names no employer', company: null,
    input: '# Аналитик\n\nОпыт работы в компании Яндекс от 3 лет обязателен.\n' },
  { name: 'must not (pl): "Doświadczenie w firmie Microsoft" names no employer', company: null,
    input: '# Analityk\n\nDoświadczenie w firmie Microsoft będzie atutem.\n' },
  { name: 'must not (cs): "Praxe ve společnosti Škoda" names no employer', company: null,
    input: '# Analytik\n\nPraxe ve společnosti Škoda je výhodou.\n' },
  { name: 'must not (pl): an agency\'s "Praca w firmie Klienta" names no employer', company: null,
    input: '# Księgowa\n\nPraca w firmie Klienta w Warszawie. Umowa o pracę.\n' },
  { name: 'must not (ru): "в компанию Мечты" names no employer', company: null,
    input: '# Бухгалтер\n\nПриглашаем в компанию Мечты! Работа в офисе.\n' },
  { name: 'must not (ru): "в компании единомышленников" (lower case) names no one', company: null,
    input: '# Инженер\n\nРабота в компании единомышленников. Пишите нам.\n' },
  // The company section's heading in more languages (it "Chi siamo", sv "Om oss", ru "О компании"): its first sentence's subject.
  { name: 'it: the subject under "La nostra società" is the company', company: 'Lindenhof Consulting', companyRule: 'section.about-subject',
    input: '# Psicologo\n\nLavoro a tempo parziale.\n\n## La nostra società\n\nLindenhof Consulting è specializzata in psicologia.\n\nLindenhof Consulting ha uffici a Roma.\n' },
  { name: 'sv: the subject under "Om oss" is the company', company: 'Lindenhof Data', companyRule: 'section.about-subject',
    input: '# Systemutvecklare\n\nHeltid i Göteborg.\n\n## Om oss\n\nLindenhof Data bygger system för kommuner.\n\nLindenhof Data har kontor i Malmö.\n' },
  { name: 'must not: the subject under a heading that is no company section', company: null,
    input: '# Systemutvecklare\n\nHeltid i Göteborg.\n\n## Om tjänsten\n\nLindenhof Data bygger system för kommuner.\n\nLindenhof Data har kontor i Malmö.\n' },
  // it "Lavoro" (work, jobs) is a careers page's name, never a company: "Lavoro - Psicologo" names none.
  { name: 'must not (it): a page title "Lavoro - Psicologo" names no company', company: null,
    input: '<!DOCTYPE html>\n<html lang="it"><head><title>Lavoro - Psicologo Psicoterapeuta</title></head><body>\n<h1>Offerte lavoro per psicologo</h1>\n<p>Lavoro a tempo parziale.</p>\n</body></html>\n' },
  // "We at X", "Wir bei X": the speakers' employer (en, de, nl, sv, da, no).
  { name: 'de: "Wir bei X möchten" names the employer', company: 'Lindenhof', companyRule: 'body.we-at-x',
    input: '# Chemiker*in\n\nWir bei Lindenhof möchten die Baubranche verändern. Dafür suchen wir eine Chemikerin.\n' },
  { name: 'en: "We at X believe" names the employer', company: 'Lindenhof Labs', companyRule: 'body.we-at-x',
    input: '# Chemist\n\nWe at Lindenhof Labs believe in better concrete. We need a chemist.\n' },
  { name: 'must not (en): "We at Engineering" (a team) names no employer', company: null,
    input: '# Backend Engineer\n\nWe at Engineering believe in small teams. Apply by mail.\n' },
  { name: 'must not (sv): "Vi på IT-avdelningen" (a department) names no employer', company: null,
    input: '# Systemutvecklare\n\nVi på IT-avdelningen söker en utvecklare. Heltid i Göteborg.\n' },
  { name: 'must not (no): "Vi hos Kundeservice" (a department) names no employer', company: null,
    input: '# Rådgiver\n\nVi hos Kundeservice hjelper kundene hver dag. Heltid i Bergen.\n' },
  { name: 'must not (en): "We at the moment" (lower case) names no one', company: null,
    input: '# Chemist\n\nWe at the moment need a chemist for our lab.\n' },
  { name: 'en: a title "Lindenhof Agency is hiring X" names it when the text writes "Lindenhof" again', company: 'Lindenhof Agency',
    input: '---\ntitle: Lindenhof Agency is hiring a Designer\n---\n\nAt Lindenhof you will design our print work.\n' },
];

describeTitleCompanyCases('title and company rules from small organisations\' pages', rows);
