/**
 * The vocabulary of splitting: data-file field names, list keys that hold
 * postings, and the file names a folder walk reads data files by. Adding a
 * synonym is a line here.
 */
import { fieldKeys, keyForm, type KeyedField } from '../extract/tables/field-keys.js';
import { closingDateKeys, datedKeys } from '../extract/tables/dates.js';
import { DATA_CURRENCY_KEYS, DATA_MAX_KEYS, DATA_MIN_KEYS, ID_KEYS } from '../extract/structured-tables.js';

/** An item's keys for a field as they are compared, dotted paths (front matter's nested keys) left out. */
const keysOfList = (keys: readonly string[]): string[] => [...new Set(keys.filter((key) => !key.includes('.')).map(keyForm))];
const itemKeys = (field: KeyedField, ...more: string[]): string[] => keysOfList([...fieldKeys[field], ...more]);

/**
 * A data item's field names (compared as tables/field-keys.ts compares them) -> the front-matter key the
 * extractors read. The keys of a field are the front matter's (tables/field-keys.ts), so an item is read for
 * every field its keys state as a page's front matter would be. The first alias found in an item wins.
 */
export const dataFields: Record<string, string[]> = {
  // A data item's `job` is its title (a page's `job:` is not: tables/field-keys.ts), before `name`.
  // Then the title's key in other languages, read last: they fill a posting's title, and make a map one only under a list named for jobs (listedTitleKeys).
  title: keysOfList([...fieldKeys.title.flatMap((key) => (key === 'name' ? ['job', key] : [key])), ...Object.values(listedTitleKeysByLanguage()).flat()]),
  company: itemKeys('company'),
  location: itemKeys('location', 'sede', 'locatie', 'lokalizacja'),
  date: itemKeys('date', ...datedKeys),
  // An item's link to the job's own page is where to apply ("url", "link", "jd"); a page's `url` is the page itself.
  apply_url: itemKeys('apply_url', 'url', 'link', 'href', 'jd', 'listing', 'enlace', 'lien'),
  apply_email: itemKeys('apply_email'),
  salary: itemKeys('salary'),
  // Then a contract's key in other languages (de, es, fr, pt, it, nl, pl): an item's only.
  employment_type: itemKeys('employment_type', 'anstellung', 'anstellungsart', 'jornada', 'contrat', 'contrato', 'contratto', 'dienstverband', 'umowa'),
  remote: itemKeys('remote'),
  experience: itemKeys('experience'),
  seniority: itemKeys('seniority'),
  // Pay as separate figures and the country beside a city: read as typed fields (extract/structured-fields.ts, location.ts).
  salary_min: keysOfList(DATA_MIN_KEYS),
  salary_max: keysOfList(DATA_MAX_KEYS),
  currency: keysOfList(DATA_CURRENCY_KEYS),
  country: itemKeys('country'),
  // The closing date and the employer's id for the job, under the front matter's keys (tables/dates.ts, structured-tables.ts).
  validThrough: keysOfList(closingDateKeys),
  identifier: keysOfList(['identifier', ...ID_KEYS]),
  // Whether the posting is still open: extract/closing.ts reads them as front matter (tables/dates.ts closedFlags, closedStatuses).
  open: ['open', 'isopen'],
  active: ['active', 'isactive'],
  closed: ['closed', 'isclosed'],
  expired: ['expired', 'isexpired'],
  filled: ['filled', 'isfilled'],
  status: ['status', 'jobstatus'],
};

/** Fields whose text is the posting's description, in the order they are joined (HTML or Markdown). */
export const descriptionFields = ['description', 'desc', 'descriptionhtml', 'body', 'content', 'text', 'html', 'summary', 'details', 'about'];

/** Fields joined after the description as sections of their own, with these headings. */
export const sectionFields: Record<string, string> = {
  responsibilities: 'Responsibilities',
  tasks: 'Responsibilities',
  requirements: 'Requirements',
  qualifications: 'Requirements',
  benefits: 'Benefits',
};

/** Fields that say what a job is besides its title: an item needs one of them (or a title key other than "name") to be a posting. */
export const postingEvidenceFields = ['company', 'location', 'date', 'apply_url', 'apply_email', 'salary', 'employment_type'];
/**
 * The keys that make a map a posting: its title and the fields above, narrower than dataFields. A team, a talk, a
 * product or a club is listed under a title, a place, a company or a time as often as a job ("titel", "cargo",
 * "standort", "firma", "client", "address", "time"), so those keys fill a posting's fields (dataFields) but make no map
 * one; a contract's own words do in any language ("anstellungsart", "type d'emploi").
 */
export const postingMapFields: Record<string, string[]> = {
  title: ['title', 'jobtitle', 'position', 'positiontitle', 'role', 'job', 'jobname', 'name'],
  company: ['company', 'companyname', 'hiringorganization', 'organization', 'organisation', 'employer', 'employername'],
  location: ['location', 'locations', 'joblocation', 'city', 'place', 'office', 'offices'],
  date: ['dateposted', 'date', 'publicationdate', 'publishdate', 'published', 'publishedat', 'posteddate', 'postingdate', 'postedat', 'posted', 'createdat', 'created', 'postdate'],
  apply_url: ['applyurl', 'applicationurl', 'applylink', 'apply', 'url', 'link', 'href', 'joburl', 'jd', 'listing'],
  apply_email: ['applyemail', 'email', 'contact', 'contactemail'],
  salary: ['salary', 'basesalary', 'compensation', 'pay', 'salaryrange'],
  employment_type: keysOfList(['employmenttype', 'type', 'jobtype', 'contract', 'contracttype', 'duration', 'jobduration', 'employment', 'type_of_contract',
    "type d'emploi", 'vertragsart', 'anstellungsart', 'tipo de contrato']),
};

/** Keys of a map keyed by employer (`{"companies": {"acme": [...]}}`): the key names the company of the postings under it. */
export const companyMapKeys = ['companies', 'employers', 'organizations', 'organisations', 'unternehmen', 'empresas', 'entreprises'];

/** Fields of a list entry that holds postings (`{company: acme, jobs: [...]}`) that carry over to each posting under it. */
export const entryFields = ['company', 'location', 'date', 'country', 'remote'];

/**
 * Header cells of a table of roles whose column names each row's company ("| Titel | Bedrijf | Link |"),
 * compared lower-cased without spaces, "_" or "-": a row's own company, never the page's.
 */
export const companyColumnNames = [...dataFields.company!, 'bedrijf', 'werkgever', 'firma', 'unternehmen', 'arbeitgeber', 'entreprise', 'société', 'societe', 'employeur', 'empresa', 'empleador', 'azienda', 'företag', 'arbetsgivare', 'virksomhed', 'firmă', 'pracodawca', 'yritys', 'компания', 'şirket', 'işveren'];

/**
 * Header cells of a column of people ("| Name | Role | Profile |"), compared as companyColumnNames are: beside the column of
 * job titles, a team page's members with their roles, no table of vacancies.
 */
export const personColumnNames = ['name', 'fullname', 'member', 'teammember', 'person', 'employee', 'teammate', 'nom', 'prénom', 'nombre', 'nome', 'naam',
  'imię', 'imieinazwisko', 'mitarbeiter', 'mitarbeiterin', 'namn', 'navn', 'nimi', 'имя', 'фио', 'ім’я', '氏名', '名前', '姓名'];

/** A company cell that repeats the row above's ("↳", as job-board READMEs write a company's further roles). */
export const sameCompanyMarks = ['↳', '〃', '"'];
/** A company cell that names no company (lower case): the row has none. */
export const noCompanyCells = ['n/a', 'na', '-', '–', '—', '?', 'tbd', 'tba', 'confidential', 'undisclosed', 'stealth', 'various', 'anonymous', 'vertraulich', 'confidentiel', 'confidencial', 'riservato', 'vertrouwelijk', 'k.a.', 'keine angabe'];

/**
 * Front-matter keys that hold a list of postings in a page (Jekyll/Hugo "jobs:" lists), also a data file's; then the
 * same in other languages, words that name jobs only (not "ofertas", "offres", "offerte": a shop's offers too).
 */
export const postingListKeys = ['jobs', 'positions', 'openings', 'open_positions', 'roles', 'vacancies', 'careers', 'postings', 'listings', 'offers', 'stellen',
  'stellenangebote', 'jobangebote', 'postes', 'emplois', 'vacantes', 'empleos', 'vagas', 'empregos', 'posizioni', 'vacatures'];

/**
 * XML elements that are the items of a list even when a feed holds one: Indeed's and Recruitee's `<job>`, Personio's
 * `<position>` and its `<jobDescription>`s, XING's `<posting>` and `<job_location>`, an RSS `<item>`, an Atom `<entry>`
 * (split/data-xml.ts), so one posting is read by the same path as many.
 */
export const xmlItemElements = ['job', 'position', 'posting', 'vacancy', 'item', 'entry', 'jobdescription', 'job_location', 'job_offer'];

/**
 * Root elements of XML documents that are no job feed whatever they hold: an SVG image (its `<title>` names the
 * picture), a sitemap, a Maven `pom.xml`, an Android manifest. Such a file named on the command line holds no postings.
 */
export const xmlRootsOfNoFeed = ['svg', 'urlset', 'sitemapindex', 'project', 'manifest'];

/**
 * The key of a job's title in other languages: a team's, a talk's or a product's title is keyed so too ("titel",
 * "titulo"), so under a list named for jobs (postingListKeys) only does it make a map a posting, beside a field a job has.
 */
function listedTitleKeysByLanguage(): Record<string, string[]> {
  return {
    // A job board's or a careers page's own name for the title ("headline", "job_headline"); a news item's too, so under a jobs list only.
    en: ['headline', 'jobheadline'],
    de: ['titel', 'stelle', 'stellenbezeichnung', 'jobtitel', 'position'],
    fr: ['titre', 'intitule', 'intitulé', 'poste', 'intitule_poste'],
    es: ['titulo', 'título', 'puesto', 'cargo', 'vacante'],
    pt: ['titulo', 'título', 'cargo', 'vaga'],
    it: ['titolo', 'posizione', 'ruolo'],
    nl: ['functie', 'functietitel', 'titel'],
    pl: ['tytul', 'tytuł', 'stanowisko'],
  };
}
export const listedTitleKeys = keysOfList(Object.values(listedTitleKeysByLanguage()).flat());

/** Data files a folder walk reads: their name says they hold jobs (explicitly named files are always read). */
export const postingDataFileName = /(?:job|career|posting|position|vacanc|opening|hiring|recruit|stellen|vacature|offre|empleo)/i;

/**
 * A code literal's name that says, as a whole, it holds jobs ("jobs", "openPositions", "job_postings", "vacatures"): a
 * described item of it is a job's whatever its title's language. A name that only holds such a word ("cronJobs",
 * "openingHours", "tooltipPositions", "careerFaq", "jobBenefits", "RECRUITMENT_STEPS") holds other things (review27a).
 */
export const jobsLiteralName = /^(?:open|current|all)?(?:jobs?|job(?:postings?|openings?|offers?|list(?:ings?)?)|positions|openings|vacanc(?:y|ies)|postings|roles|careers|stellen(?:angebote)?|vacatures|offres|ofertas|empleos|vagas)$/i;

/** Front-matter keys that name the page, not one of its postings: not carried over to a posting found in the body. */
export const pageOnlyKeys = ['title', 'name', 'position', 'role', 'roles', 'job_title', 'jobtitle', 'description', 'summary', 'url', 'permalink', 'slug'];

/** Keys of a work history (JSON Resume's `work`, CV data files): a list with them is a résumé, not postings. */
export const workHistoryKeys = ['startdate', 'enddate', 'start', 'end', 'from', 'to', 'highlights', 'duration', 'period', 'years'];

/** Keys of a person in a team page's data ("name", "photo", "bio"): a map with one is a person, whatever job title it holds. */
export const personKeys = ['name', 'firstname', 'lastname', 'photo', 'avatar', 'image', 'picture', 'bio', 'github', 'twitter', 'linkedin', 'email', 'pronouns'];

/**
 * Keys of things a data file lists like jobs that are no job, per kind, with their weight: a conference
 * schedule's slot (time, room, speaker), a UX persona (goals, frustrations), a team page's person (bio,
 * photo). A map whose keys weigh OTHER_KIND_WEIGHT or more is of that kind, unless it holds a key only a
 * job has (jobOnlyKeys): its title ("Product Manager", "Opening keynote") and its description or place
 * are a persona's, a talk's or a person's, not a vacancy's.
 */
export const otherKindKeys: Record<string, Record<string, number>> = {
  schedule: { speaker: 2, speakers: 2, room: 1, time: 1, starttime: 1, endtime: 1, venue: 1, track: 1, session: 1, slot: 1, hall: 1, slides: 1, abstract: 1 },
  persona: { goals: 2, frustrations: 2, painpoints: 2, motivations: 2, behaviors: 2, behaviours: 2, needs: 1, quote: 1, age: 1, scenario: 1, personality: 1 },
  person: { bio: 2, biography: 2, pronouns: 2, firstname: 2, lastname: 2, headshot: 2, portrait: 2, orcid: 2, photo: 1, avatar: 1, github: 1, twitter: 1, mastodon: 1 },
};
export const OTHER_KIND_WEIGHT = 2;

/**
 * Kinds whose light keys (weight 1) a job's place and description together outweigh: beside them, a
 * photo and a GitHub account are the office's picture and the company's account, not a person's (a
 * person states a bio, a name or a headshot: weight 2).
 */
export const kindsOutweighedByJobEvidence = ['person'];

/** Keys only a job has (pay, a contract type, a way to apply, a closing date, a job id, its duties and requirements): with one, a map is a posting whatever else it holds. */
export const jobOnlyKeys = ['salary', 'basesalary', 'compensation', 'pay', 'salaryrange', 'salarymin', 'minsalary', 'salarymax', 'maxsalary',
  'employmenttype', 'jobtype', 'contracttype', 'applyurl', 'applicationurl', 'applylink', 'apply', 'joburl', 'applyemail',
  'validthrough', 'closingdate', 'deadline', 'applicationdeadline', 'jobid', 'requisitionid', 'reqid',
  'responsibilities', 'tasks', 'requirements', 'qualifications', 'benefits', 'remote', 'workplacetype', 'joblocationtype'];

/** A description that starts like a line of a CV ("Responsible for…", "Managed…", "Worked…"): work done, not work offered. */
export const pastWorkStart = /^(?:responsible for|in charge of|\p{L}{3,}ed\b)/iu;

/**
 * Words of the first person singular, per language, matched whole: a description that speaks of its
 * writer ("When I was 7…", "I have learned…", "Ich habe…") tells a life, not a job offered.
 */
export const firstPersonWords: Record<string, string[]> = {
  en: ['i', "i'm", "i've", "i'd", 'my', 'me', 'myself'],
  de: ['ich', 'mein', 'meine', 'meinen', 'meiner', 'mir', 'mich'],
  fr: ['je', "j'ai", 'mon', 'ma', 'mes', 'moi'],
  es: ['yo', 'mi', 'mis', 'conmigo'],
  pt: ['eu', 'meu', 'minha', 'meus', 'minhas'],
  it: ['io', 'mio', 'mia', 'miei'],
  nl: ['ik', 'mijn'],
};
/** First-person words a description needs before it counts as its writer's story. */
export const FIRST_PERSON_WORDS_OF_A_LIFE = 3;

/** A link's text that names no role, only the link ("Link", "more", "details", "PDF"): the role is the text beside it. */
export const genericLinkText = /^(?:link|here|more|details|read more|apply|view|pdf|mehr|details ansehen|hier|plus|lire la suite|más|meer|詳細|详情)$/i;

/** Words of a class that, before "title" or "name" ("jobTitle", "job-title", "position_name"), marks an element as a role's title. */
export const titleClassWords = ['job', 'position', 'vacancy', 'career', 'opening', 'role', 'offer', 'posting'];

/**
 * Words of a line that announces a list of vacancies ("Open positions:", "Ищем кандидатов на должности:"),
 * per language, matched whole (CJK anywhere): under such a line, a list of bare role names is a list of postings.
 */
export const vacancyIntroWords: Record<string, string[]> = {
  en: ['open positions', 'open roles', 'openings', 'vacancies', 'job openings', 'current openings', "we're hiring", 'we are hiring', 'hiring for', 'positions available'],
  // "Gleichzeitig suchen wir:", "Derzeit suchen wir:": the verb before its subject after an adverb (German word order).
  de: ['offene stellen', 'stellenangebote', 'freie stellen', 'wir stellen ein', 'suchen wir', 'wir suchen'],
  fr: ['postes ouverts', 'postes à pourvoir', 'nous recrutons', 'on recrute', "offres d'emploi"],
  es: ['vacantes', 'puestos abiertos', 'estamos contratando'],
  pt: ['vagas', 'vagas abertas', 'estamos contratando'],
  it: ['posizioni aperte', 'stiamo assumendo'],
  nl: ['vacatures', 'openstaande functies'],
  pl: ['oferty pracy', 'wolne stanowiska', 'rekrutujemy na stanowiska'],
  cs: ['volné pozice', 'otevřené pozice'],
  ru: ['вакансии', 'вакансий', 'на должности', 'открытые позиции', 'требуются'],
  uk: ['вакансії', 'вакансій', 'на посади'],
  sv: ['lediga tjänster', 'lediga jobb'],
  da: ['ledige stillinger'],
  no: ['ledige stillinger'],
  ja: ['募集職種', '募集中のポジション', '募集中の職種'],
  zh: ['招聘职位', '招聘岗位', '在招职位'],
  ko: ['채용 중인 포지션', '모집 분야'],
  id: ['lowongan kerja', 'lowongan pekerjaan', 'posisi yang dibuka'],
  tr: ['açık pozisyonlar', 'iş ilanları'],
};

/**
 * A role named by its field of work, as careers pages list them ("Back End", "Frontend", "DevOps"): under a line
 * that announces vacancies it is a role (role-list.ts), though a title check reads no role word in it.
 */
export const roleAreaNames = ['back end', 'back-end', 'backend', 'front end', 'front-end', 'frontend', 'full stack', 'full-stack', 'fullstack',
  'devops', 'android', 'ios', 'qa', 'ui/ux', 'ux/ui', 'data science', 'machine learning'];
/**
 * CJK brackets that set off a line's label or title before its text ("【Java开发工程师】负责…", "〔募集〕…"): each opening
 * bracket with its closing one. A line written as a list item may start with one; it is no bullet.
 */
export const leadBrackets: Record<string, string> = { '【': '】', '〔': '〕', '〖': '〗', '［': '］', '（': '）', '「': '」', '『': '』' };

/** A bracket after a role that names its link, not the role: "Project Manager (Link Persyaratan)", "Designer (PDF)". */
export const linkAside = /\s*[([]\s*(?:link|pdf|download|unduh|lihat)\b[^)\]]*[)\]]\s*$/i;

/**
 * A role noun written in a gendered form, per language ("Telefonist/in", "Mitarbeiter:in", "Berater*innen",
 * "Entwickler_innen"): it names a role though a job-title check reads no role word in it.
 */
export const genderedRoleForms: Record<string, RegExp> = {
  de: /\p{Lu}\p{Ll}{3,}(?:\/-?|:|\*|_)in(?:nen)?(?![\p{L}])/u,
};

/**
 * Words that make a heading one of the page's own sections, not a role's
 * name ("Our values", "Why Lisbon?", "Почему мы", "Warum wir"): first and
 * second person and question words, per language, matched whole.
 */
export const pageSectionWords: Record<string, string[]> = {
  en: ['our', 'we', 'us', 'you', 'your', 'why', 'how', 'what', 'who', 'about', 'life', 'values', 'benefits', 'perks', 'culture', 'team', 'apply'],
  de: ['unser', 'unsere', 'wir', 'uns', 'du', 'dein', 'sie', 'ihr', 'warum', 'wie', 'was', 'wer', 'über'],
  fr: ['notre', 'nos', 'nous', 'vous', 'votre', 'pourquoi', 'comment', 'qui', 'quoi'],
  es: ['nuestro', 'nuestra', 'nuestros', 'nosotros', 'tu', 'tus', 'por qué', 'cómo', 'quiénes'],
  pt: ['nosso', 'nossa', 'nós', 'você', 'por que', 'porque', 'como', 'quem'],
  nl: ['ons', 'onze', 'wij', 'jij', 'jouw', 'waarom', 'hoe', 'wie'],
  ru: ['наш', 'наша', 'наши', 'мы', 'нас', 'вы', 'ты', 'почему', 'как', 'кто', 'что', 'о'],
  uk: ['наш', 'наша', 'наші', 'ми', 'нас', 'ви', 'чому', 'як', 'хто'],
  pl: ['nasz', 'nasza', 'nasze', 'my', 'nas', 'ty', 'wy', 'dlaczego', 'jak', 'kto'],
};

/**
 * Headings that name a field of a posting, not a role ("## Contact", "## Kontakt", "## Start date"), per
 * language, compared whole; the work place's labels ("Location", "Standort") come from tables/places.ts.
 */
export const postingFieldHeadings: Record<string, string[]> = {
  en: ['contact', 'contacts', 'contact us', 'contact person', 'contact details', 'start date', 'starting date', 'duration', 'deadline', 'application deadline', 'working hours', 'hours'],
  de: ['kontakt', 'ansprechpartner', 'ansprechpartnerin', 'ansprechperson', 'kontaktperson', 'eintrittsdatum', 'startdatum', 'beginn', 'dauer', 'zeitraum', 'bewerbungsfrist', 'arbeitszeit', 'arbeitszeiten'],
  fr: ['contact', 'contacts', 'date de début', 'durée', 'date limite'],
  es: ['contacto', 'fecha de inicio', 'duración', 'fecha límite', 'horario'],
  pt: ['contato', 'contacto', 'data de início', 'duração', 'prazo', 'horário'],
  it: ['contatti', 'contatto', 'data di inizio', 'durata', 'scadenza', 'orario'],
  nl: ['contact', 'contactpersoon', 'startdatum', 'duur', 'werktijden'],
  pl: ['kontakt', 'data rozpoczęcia', 'czas trwania'],
  sv: ['kontakt', 'kontaktperson', 'tillträde', 'sista ansökningsdag'],
  ru: ['контакты', 'контакт', 'график работы'],
};

export { countedPositionNouns, countWords, countedOpenWords, countedRoleLeads, countedRoleEnds, countedRoleArticles, countedNounKeepers, periodEndWords } from './counted-words.js';
