/**
 * Company: more general shapes and language facts, on synthetic postings run
 * through the CLI. Each row states the company chosen (null: none) and, where
 * it matters, the rule; every row fails without the rule it names (the rows
 * with no company guard the new rules' limits).
 */
import { describe, expect, it } from 'vitest';
import { describeCompanyCases, type CompanyRow as Row } from './company-cases.js';
import { normalizerInTempFiles } from './helpers.js';

const posting = (body: string, title = 'Backend Developer'): string => `# ${title}\n\n${body}\n\nRequirements: Python, three years.\n`;
const frontmatter = (key: string, value: string): string => `---\n${key}: ${value}\n---\n# Backend Developer\n\nYou will build services.\n`;

const rows: Row[] = [
  // Every language's company label is a front-matter key too.
  { name: 'a "hiring_organization" key', company: 'Nordlicht GmbH', rule: 'frontmatter.hiring_organization', input: frontmatter('hiring_organization', 'Nordlicht GmbH') },
  { name: 'es: an "empresa" key', company: 'Nordlicht', rule: 'frontmatter.empresa', input: frontmatter('empresa', 'Nordlicht') },
  { name: 'de: a "Firma" key, any case', company: 'Nordlicht', rule: 'frontmatter.firma', input: frontmatter('Firma', 'Nordlicht') },
  { name: 'ja: a "会社名" key', company: 'ノルドリヒト株式会社', rule: 'frontmatter.会社名', input: frontmatter('会社名', 'ノルドリヒト株式会社') },
  // "We are X, a …" in more languages; a capitalised name only.
  { name: 'es: "Somos X, una …"', company: 'Nordlicht', rule: 'body.we-are', input: posting('Somos Nordlicht, una startup de software.') },
  { name: 'it: "Siamo X, una …"', company: 'Nordlicht', rule: 'body.we-are', input: posting('Siamo Nordlicht, una startup di Milano.') },
  { name: 'en: "We are excited, a …" names no one', company: null, input: posting('We are excited, a new role is open.') },
  // An aside in brackets, and a noun phrase set off by commas, between the name and its verb.
  { name: 'en: "X (x.io) is a … startup"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht (nordlicht.io) is a farm software startup.') },
  { name: 'en: "X (YC W21) is hiring"', company: 'Nordlicht', rule: 'body.is-hiring', input: posting('Nordlicht (YC W21) is hiring.') },
  { name: 'en: "X, a … startup, is looking for"', company: 'Nordlicht', rule: 'body.is-hiring', input: posting('Nordlicht, a farm software startup in Lyon, is looking for an engineer.') },
  { name: 'de: "X, eine Agentur aus Berlin, sucht"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht, eine Agentur aus Berlin, sucht Verstärkung.') },
  // The subject of the first sentence under an "About us" heading.
  { name: 'en: "## About us" / "X builds …"', company: 'Nordlicht', rule: 'section.about-subject', input: posting('## About us\n\nNordlicht builds farm software used by 40k farmers.\n\nAt work you will use the Nordlicht API.') },
  { name: 'de: "## Über uns" / "Die X GmbH entwickelt …"', company: 'Nordlicht GmbH', rule: 'section.about-subject', input: posting('## Über uns\n\nDie Nordlicht GmbH entwickelt Software für Landwirte.\n\nDu arbeitest an der Nordlicht GmbH App.') },
  { name: 'fr: "## Qui sommes-nous ?" / "X développe …"', company: 'Nordlicht', rule: 'section.about-subject', input: posting('## Qui sommes-nous ?\n\nNordlicht développe des logiciels agricoles.\n\nVous travaillerez sur les outils Nordlicht.') },
  { name: 'en: "Founded in 2019, we …" under "About us" names no one', company: null, input: posting('## About us\n\nFounded in 2019, we build farm software.') },
  { name: 'en: a place opening the about section is no company', company: null, input: posting('## About us\n\nBerlin is where our office is.') },
  // Alone, the subject is weak: a capitalised noun opens such sentences too (review of session 11).
  { name: 'en: "Climate change is …" under "About us" names no one', company: null, input: posting('## About us\n\nClimate change is the defining problem of our time.') },
  { name: 'de: "Die Energiewende braucht …" under "Über uns" names no one', company: null, input: posting('## Über uns\n\nDie Energiewende braucht gute Software.') },
  { name: 'en: a place before an apposition and "is growing" is no company', company: null, input: posting('Berlin, the capital of startups, is growing fast and so are we.') },
  // "We are" before a name with a legal form is not part of it; a link in brackets after a name is its address.
  { name: 'cs: "Jsme X s.r.o., …"', company: 'Nordlicht s.r.o.', rule: 'text.legal-form', input: posting('Chcete něco nového? Jsme Nordlicht s.r.o., internetová společnost z Brna.') },
  { name: 'en: "X (https://x.io) | Role | REMOTE"', company: 'Nordlicht', input: '# Who is hiring\n\nNordlicht (https://nordlicht.io) | Backend Developer | REMOTE\n\nWe build farm software.\n' },
  // A line under the title that is a section heading or a contract tag names no employer.
  { name: 'fr: "## Votre mission" under the title', company: null, input: '# Ingénieur front-end à Lyon\n\n## Votre mission\n\nVous serez chargé du navigateur.\n' },
  { name: 'pl: a contract tag "Staż" under the title', company: null, input: '# Stażysta Python\n\nStaż\n\nZdalnie. Wymagania: Python.\n' },
  // A team named for its employer; a department's team names no one.
  { name: 'en: "join the X team"', company: 'Nordlicht', rule: 'body.x-team', input: posting('You will join the Nordlicht team in Lyon.') },
  { name: 'sv/en: "the devoted X-team"', company: 'Just Arrived', rule: 'body.x-team', input: posting('#### Come join the devoted Just Arrived-team\n\nYou will sell.', 'Account Manager') },
  { name: 'de: "unserem X-Team"', company: 'Nordlicht', rule: 'body.x-team', input: posting('Werde Teil von unserem Nordlicht-Team!', 'Backend-Entwickler') },
  { name: 'en: "the Engineering team" is a department', company: null, input: posting('Join the Engineering team to build things.') },
  { name: 'en: "the design and UX team" is a department', company: null, input: posting('Work with the design and UX team on usable pages.') },
  // A careers page's front-matter title names the employer beside the careers word.
  { name: 'front matter "title: X - Careers"', company: 'Nordlicht', rule: 'frontmatter.title-careers', input: '---\ntitle: Nordlicht - Careers\n---\n\n# Art Director\n\nWe are looking for an Art Director to join us.\n' },
  // Traditional Chinese forms beside the Simplified ones.
  { name: 'zh-Hant: "X 誠聘"', company: 'Nordlicht', rule: 'body.cjk-hiring', input: posting('Nordlicht 誠聘後端工程師。', '後端工程師') },
  { name: 'zh-Hant: a legal form "有限責任公司"', company: '北光科技有限責任公司', input: posting('北光科技有限責任公司誠聘工程師。', '後端工程師') },
  // A privacy notice's controller sentence names the employer (session 28: dev23-A's Polish foundation, the corpus's pracuj.pl page).
  { name: 'pl: "Administratorem Pani/Pana danych osobowych jest Fundacja …"', company: 'Fundacja Rozwoju Miast', rule: 'text.privacy-controller', input: posting('Administratorem Pani/Pana danych osobowych jest Fundacja Rozwoju Miast z siedzibą w Łodzi.', 'Konsultant') },
  { name: 'de: "Verantwortlicher im Sinne der DSGVO ist die X GmbH"', company: 'Nordlicht GmbH', rule: 'text.privacy-controller', input: posting('Datenschutz: Verantwortlicher im Sinne der DSGVO ist die Nordlicht GmbH, Hauptstraße 1, Berlin.', 'Backend-Entwickler') },
  { name: 'en: "the data controller is X"', company: 'Nordlicht Farms', rule: 'text.privacy-controller', input: posting('Privacy: the data controller is Nordlicht Farms, 1 High Street, London.') },
  { name: 'fr: "Le responsable du traitement est la société X SAS"', company: 'Nordlicht SAS', rule: 'text.privacy-controller', input: posting('Le responsable du traitement est la société Nordlicht SAS, Paris.', 'Développeur backend') },
  { name: 'it: "Il titolare del trattamento dei dati è X S.r.l."', company: 'Nordlicht S.r.l.', rule: 'text.privacy-controller', input: posting('Il titolare del trattamento dei dati è Nordlicht S.r.l., con sede a Milano.', 'Sviluppatore backend') },
  { name: 'es: "El responsable del tratamiento es X S.L."', company: 'Nordlicht S.L.', rule: 'text.privacy-controller', input: posting('El responsable del tratamiento es Nordlicht S.L., con domicilio en Madrid.', 'Desarrollador backend') },
  { name: 'pt: "O responsável pelo tratamento dos dados é a X Lda"', company: 'Nordlicht Lda', rule: 'text.privacy-controller', input: posting('O responsável pelo tratamento dos dados é a Nordlicht Lda, com sede em Lisboa.', 'Desenvolvedor backend') },
  { name: 'nl: "De verwerkingsverantwoordelijke is X B.V."', company: 'Nordlicht B.V.', rule: 'text.privacy-controller', input: posting('De verwerkingsverantwoordelijke is Nordlicht B.V., gevestigd in Utrecht.') },
  { name: 'cs: "Správcem osobních údajů je společnost X s.r.o."', company: 'Nordlicht s.r.o.', rule: 'text.privacy-controller', input: posting('Správcem osobních údajů je společnost Nordlicht s.r.o., se sídlem v Brně.', 'Programátor') },
  { name: 'pl: a job board as the controller hires no one', company: null, input: posting('Administratorem danych osobowych jest Grupa Pracuj z siedzibą w Warszawie.', 'Programista') },
  { name: 'en: a job board as the controller hires no one', company: null, input: posting('The data controller is StepStone, Berlin.') },
  { name: 'pl: a processor is no controller', company: null, input: posting('Podmiotem przetwarzającym dane jest Nordlicht Dane w imieniu klienta.', 'Programista') },
  { name: 'de: a contact person "verantwortlich … ist Frau X" is no controller', company: null, input: posting('Verantwortlich für die Betreuung ist Frau Müller.', 'Backend-Entwickler') },
  { name: 'en: "the data controller is responsible" names no one', company: null, input: posting('The data controller is responsible for your data.') },
  // review28a 3: a role capitalised by the clause's wording, or a word that goes on as no name does, is no controller's name.
  { name: 'pl: MUST NOT: "Administratorem … jest Pracodawca, do którego …" (a role)', company: null, input: posting('Administratorem Pani/Pana danych osobowych jest Pracodawca, do którego kierowana jest aplikacja.', 'Księgowa') },
  { name: 'cs: MUST NOT: "Správcem osobních údajů je Zaměstnavatel uvedený …" (a role)', company: null, input: posting('Hledáme účetní do kanceláře v Praze.\n\nSprávcem osobních údajů je Zaměstnavatel uvedený v inzerátu.', 'Účetní') },
  { name: 'en: MUST NOT: a DPO\'s duties "the data controller is EU-based or …", "is GDPR compliant"', company: null, input: posting('- Advise whether the data controller is EU-based or relies on SCCs\n- Check that each data controller is GDPR compliant before contracts are signed', 'Data Protection Officer') },
  // A domain of a name and its city ("citylab-berlin.org", "rodm-lodz.pl"): the text writes the name alone.
  { name: 'de: jobs@nordlicht-berlin.de and "Das Nordlicht"', company: 'Nordlicht', rule: 'domain.mention', input: posting('Das Nordlicht organisiert Debatten, und wir entwickeln Dienste in Go.\n\nBewerbung an jobs@nordlicht-berlin.de', 'Backend-Entwickler') },
  { name: 'en: info@rodm-lodz.pl and "The RODM"', company: 'RODM', rule: 'domain.mention', input: posting('The RODM runs debates, and you will build our services in Go.\n\nSend your CV to info@rodm-lodz.pl') },
  { name: 'pl: the city first, praca@krakow-nordlicht.pl', company: 'Nordlicht', rule: 'domain.mention', input: posting('W Nordlicht rozwijamy usługi w Go, a praca jest ciekawa.\n\nCV: praca@krakow-nordlicht.pl', 'Programista') },
  { name: 'en: hello@jobs-berlin.de names no one ("Jobs in the city")', company: null, input: posting('Jobs in the city: you will build services in Go.\n\nApply at hello@jobs-berlin.de') },
  { name: 'en: hello@visit-berlin.de names no one', company: null, input: posting('Visit the city with us: you will build services in Go.\n\nApply at hello@visit-berlin.de') },
  // review28a 12: a kind of business beside the city is what the business is, not its name.
  { name: 'de: MUST NOT: praxis@zahnarzt-hamburg.de and "Ihr Zahnarzt in Hamburg" name "Zahnarzt"', company: null, input: posting('Wir suchen eine ZFA in Teilzeit.\n\nBewerbung an: praxis@zahnarzt-hamburg.de\n\nIhr Zahnarzt in Hamburg-Eppendorf.', 'Zahnmedizinische Fachangestellte (m/w/d)') },
  { name: 'de: MUST NOT: bewerbung@kita-berlin.de and "in jeder Kita in Berlin" name "Kita"', company: null, input: posting('Wir sind ein Softwarehaus in Berlin.\n\nBewerbung an: bewerbung@kita-berlin.de\n\nUnsere Software läuft in jeder Kita in Berlin und Brandenburg.', 'Werkstudent IT (m/w/d)') },
  // A subsidiary's country right after the chosen name is part of it (dev27-A: "Software Engineering Italia").
  { name: 'it: "X Italia" beside jobs@x.it', company: 'Nordlicht Italia', input: posting('Nel corso degli anni Nordlicht Italia ha accolto numerosi stagisti.\n\nCandidature: jobs@nordlicht.it', 'Sviluppatore backend') },
  { name: 'de: "X Deutschland" beside jobs@x.de', company: 'Nordlicht Deutschland', input: posting('Seit Jahren bildet Nordlicht Deutschland Studierende aus.\n\nBewerbung: jobs@nordlicht.de', 'Backend-Entwickler') },
  { name: 'pl: "X Polska" beside praca@x.pl', company: 'Nordlicht Polska', input: posting('Od lat Nordlicht Polska przyjmuje stażystów.\n\nCV: praca@nordlicht.pl', 'Programista') },
  { name: 'es: "X España" beside empleo@x.es', company: 'Nordlicht España', input: posting('Desde hace años Nordlicht España acoge a estudiantes.\n\nCV: empleo@nordlicht.es', 'Desarrollador backend') },
  { name: 'it: "sedi in Italia" is no part of the name', company: 'Nordlicht', input: posting('Nel corso degli anni Nordlicht ha aperto sedi in Italia e in Francia.\n\nCandidature: jobs@nordlicht.it', 'Sviluppatore backend') },
  { name: 'en: "X, Italia" across a comma is an address', company: 'Nordlicht', input: posting('Offices: Nordlicht, Italia and Nordlicht, France.\n\nApply: jobs@nordlicht.io') },
  // A sign-off closes a posting: a data item's one short line under its title signs nothing (dev27-A: a card's "Keuken team").
  { name: 'en: "The X Team" after the posting signs it', company: 'Nordlicht', rule: 'text.team-sign-off', input: '# Line Cook\n\nYou will cook for our guests and work with the other cooks in our kitchen.\n\nThe Nordlicht Team\n' },
  { name: 'es: "El equipo de X" after the posting signs it', company: 'Nordlicht', rule: 'text.team-sign-off', input: '# Cocinero\n\nCocinarás para nuestros clientes y trabajarás con los otros cocineros.\n\nEl equipo de Nordlicht\n' },
  // An employer that is no company is defined by its kind too: an association, a charity, a lab, a publication (session 28).
  { name: 'en: "X is a public innovation lab"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht is a public innovation lab in Berlin.') },
  { name: 'en: "X is a humanitarian NGO"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht is a humanitarian NGO working in Kenya.', 'Coordinator') },
  { name: 'fr: "X est une association humanitaire"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht est une association humanitaire pour l’accès à l’éducation.', 'Chargé de communication') },
  { name: 'de: "X ist ein gemeinnütziger Verein"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht ist ein gemeinnütziger Verein in Berlin.', 'Referent (m/w/d)') },
  { name: 'de: "X ist ein öffentliches Innovationslabor" (the head last)', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht ist ein öffentliches Innovationslabor.', 'Referent (m/w/d)') },
  { name: 'es: "X es una asociación sin ánimo de lucro"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht es una asociación sin ánimo de lucro.', 'Coordinador') },
  { name: 'nl: "X is het Friese maandblad"', company: 'Nordlicht', rule: 'body.x-is-a', input: posting('Nordlicht is het Friese maandblad vol met reportages.', 'Eindredacteur') },
  { name: 'pl: "X to fundacja"', company: 'Nordlicht', rule: 'body.x-is-a-bare', input: posting('Nordlicht to fundacja wspierająca edukację.', 'Koordynator') },
  { name: 'en: a partner set off as a charity mid-sentence names no one', company: null, input: posting('We partner with Sonnenfeld, a charity in Kenya, on water projects.', 'Coordinator') },
  { name: 'en: "Our lab is a …" names no one', company: null, input: posting('Our lab is a friendly place.') },
  { name: 'en: a charity the employer supports does not outweigh "X GmbH is hiring"', company: 'Nordlicht GmbH', input: posting('Nordlicht GmbH is hiring a coordinator.\n\nSonnenfeld is a charity we support every year.', 'Coordinator') },
  // review28a 7: an institute or a lab defined beside an organisation with a legal form is a partner as often as the employer.
  { name: 'en: MUST NOT: "X is an institute we work with; the position is at Y GmbH" names X', company: 'Bright Analytics GmbH', input: posting('The Open Data Lab is an institute we work with closely; the position is at Bright Analytics GmbH, Munich.', 'Research Assistant') },
  { name: 'de: MUST NOT: "X ist ein Institut, mit dem wir kooperieren … bei der Y GmbH" names X', company: 'Nordlicht Analytics GmbH', input: posting('Das Leibniz-Zentrum Nord ist ein Institut, mit dem wir seit Jahren kooperieren. Die Stelle ist bei der Nordlicht Analytics GmbH in Kiel angesiedelt.', 'Doktorand (m/w/d)') },
];

describeCompanyCases('company: more shapes and languages', rows);

// A sign-off closes a posting: a data item's one short line under its title signs nothing (dev27-A: a card's "Keuken team").
describe('company: a data item\'s short team line is no sign-off', () => {
  const normalize = normalizerInTempFiles('company-card-');
  it.each([
    ['nl', '[{"title":"Zelfstandig werkend kok","description":"Keuken team","link":"/vacatures/4"},{"title":"Chef de Partie","description":"Senior keuken","link":"/vacatures/5"}]\n'],
    ['en', '[{"title":"Line Cook","description":"Kitchen team","link":"/jobs/4"},{"title":"Waiter","description":"Front of house","link":"/jobs/5"}]\n'],
  ])('%s: every card has no company', async (_language, text) => {
    const { result, records } = await normalize(text, 'json');
    expect(records, result.stderr).toHaveLength(2);
    expect(records.map((record) => record.company?.name ?? null)).toEqual([null, null]);
  });
});
