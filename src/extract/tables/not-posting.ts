/**
 * What pages that are no posting say, per language: a new phrase is a line.
 * Matched lower-cased, as substrings of a line (CJK has no word breaks).
 */

/** "No open positions right now": a careers page without a vacancy. */
export const noVacancyPhrases: Record<string, string[]> = {
  en: ['no open positions', 'no open roles', 'no current openings', 'no openings at the moment', 'no vacancies', 'there are no open', 'not hiring at the moment', 'not currently hiring', 'no positions available', 'no job openings', 'no open faculty positions', 'no open jobs', 'no current vacancies', "don't have any open positions", 'do not have any open positions', "don't have any openings", 'not currently recruiting', 'no roles available', 'no formal opportunities', 'no opportunities open', 'no open opportunities', 'no current opportunities', "we're not hiring", 'we are not hiring'],
  de: ['keine offenen stellen', 'zurzeit keine', 'derzeit keine offenen', 'aktuell keine offenen', 'momentan keine offenen', 'keine stellenangebote', 'keine freien stellen', 'keine vakanzen', 'keine offenen positionen', 'aktuell keine stellen', 'derzeit keine stellen'],
  fr: ['aucun poste ouvert', "aucune offre d'emploi", 'pas de poste ouvert', "pas d'offre", 'aucune offre en cours', 'aucun poste à pourvoir', 'pas de poste à pourvoir', 'aucune offre pour le moment', 'nous ne recrutons pas', 'pas de recrutement en cours'],
  es: ['no hay vacantes', 'no tenemos vacantes', 'no hay ofertas', 'no hay posiciones abiertas', 'no tenemos ofertas', 'no hay puestos vacantes', 'no estamos contratando'],
  pt: ['não temos vagas', 'nenhuma vaga', 'não há vagas', 'sem vagas abertas', 'não estamos contratando'],
  it: ['non ci sono posizioni aperte', 'nessuna posizione aperta', 'non ci sono offerte', 'non stiamo assumendo', 'nessuna offerta di lavoro'],
  nl: ['geen vacatures', 'geen openstaande vacatures', 'momenteel geen vacatures', 'geen openstaande functies'],
  pl: ['brak ofert', 'nie prowadzimy rekrutacji', 'brak otwartych rekrutacji', 'brak wolnych stanowisk', 'nie rekrutujemy'],
  cs: ['žádné volné pozice', 'nemáme volné pozice', 'aktuálně nehledáme', 'žádné pracovní nabídky', 'žádná volná pracovní místa'],
  sv: ['inga lediga tjänster', 'inga lediga jobb', 'vi rekryterar inte', 'inga öppna tjänster'],
  no: ['ingen ledige stillinger', 'ingen utlyste stillinger'],
  da: ['ingen ledige stillinger', 'ingen opslåede stillinger'],
  he: ['אין משרות פתוחות'],
  ru: ['нет открытых вакансий', 'вакансий нет', 'нет вакансий', 'открытых вакансий нет'],
  ja: ['現在募集しておりません', '現在募集はありません', '募集は終了', '募集を締め切り', '募集は行っておりません', '募集はございません', '募集停止中', '現在採用は行っておりません', '現在採用活動は行っておりません', '募集期間外', '募集している職種はありません', '募集中の求人はありません', '募集中の職種はありません', '求人はございません'],
  zh: ['暂无职位', '暂无招聘', '暂无空缺', '目前没有空缺', '暂不招聘', '暂无招聘计划', '目前没有招聘计划', '暂无开放职位', '非招聘期', '没有开放的职位', '没有职位空缺', '没有空缺职位', '暂时没有职位', '没有招聘需求'],
  sk: ['žiadne voľné pozície', 'nemáme voľné pozície', 'žiadne pracovné ponuky', 'žiadne voľné pracovné miesta'],
  fi: ['ei avoimia työpaikkoja', 'ei avoimia paikkoja'],
  et: ['vabu töökohti ei ole', 'vabu töökohti pole'],
  tr: ['açık pozisyon bulunmamaktadır', 'açık pozisyonumuz bulunmamaktadır', 'açık pozisyon yok'],
  id: ['tidak ada lowongan', 'belum ada lowongan'],
  ar: ['لا توجد وظائف شاغرة', 'لا توجد وظائف متاحة'],
  uk: ['немає відкритих вакансій', 'вакансій немає'],
  // "It is not the hiring period now" (채용기간이 아닙니다), "there is no hiring plan": the page's standard forms, with and without spaces.
  ko: ['채용 중인 포지션이 없습니다', '진행 중인 채용이 없습니다', '진행중인 채용이 없습니다', '채용기간이 아닙니다', '채용 기간이 아닙니다', '모집기간이 아닙니다', '모집 기간이 아닙니다', '채용 계획이 없습니다', '채용계획이 없습니다', '채용 중인 공고가 없습니다', '진행 중인 공고가 없습니다'],
  vi: ['hiện không có vị trí', 'chưa có vị trí tuyển dụng', 'hiện chưa tuyển dụng'],
  hu: ['nincs nyitott pozíció', 'jelenleg nem toborzunk', 'nincsenek nyitott pozíciók'],
  ro: ['nu avem posturi disponibile', 'nu există posturi vacante', 'nu recrutăm'],
  el: ['δεν υπάρχουν ανοιχτές θέσεις', 'δεν υπάρχουν διαθέσιμες θέσεις'],
  // hr/bs/sr (ijekavian and ekavian) "no vacant work places", "we are not hiring at the moment"; sl the same
  hr: ['nema slobodnih radnih mjesta', 'nema slobodnih radnih mesta', 'nemamo otvorenih pozicija', 'nema otvorenih pozicija', 'trenutno ne zapošljavamo'],
  sl: ['ni prostih delovnih mest', 'nimamo prostih delovnih mest', 'trenutno ne zaposlujemo'],
  // th "there are no vacant positions (yet)", "not taking applications yet"
  th: ['ไม่มีตำแหน่งงานว่าง', 'ยังไม่มีตำแหน่งงานว่าง', 'ยังไม่เปิดรับสมัคร'],
};

/**
 * "No vacancy" as each language words it in its own order: a negation, at most three words, then a vacancy
 * noun ("There are currently no openings", "Derzeit sind keine Stellen ausgeschrieben", "Aucun poste n'est
 * ouvert", "Sem vagas no momento", "Vi har för närvarande inga lediga tjänster"), on one line, both whole
 * words of one language (not-posting-vacancy.ts). Nouns of vacancies only, in the plural where a singular
 * makes a slogan ("Kein Job wie jeder andere"); a word of `vacancyGapStops` between them ends the reading
 * ("No experience in similar roles" asks, "no two jobs are alike" boasts).
 */
export const vacancyNegations: Record<string, string[]> = {
  en: ['no', 'not any', "don't have any", 'do not have any', "aren't any", 'are not any', 'zero'],
  de: ['keine'],
  fr: ['aucun', 'aucune'],
  es: ['no hay', 'no tenemos', 'ninguna', 'ningún', 'ninguno'],
  pt: ['sem', 'nenhuma', 'nenhum', 'não há', 'não temos'],
  it: ['nessuna', 'nessun', 'non ci sono', 'non abbiamo'],
  nl: ['geen'],
  pl: ['brak', 'nie mamy', 'nie prowadzimy'],
  cs: ['žádné', 'žádná', 'nemáme', 'nenabízíme'],
  sk: ['žiadne', 'nemáme'],
  sv: ['inga'],
  no: ['ingen'],
  da: ['ingen'],
  // Only "we have none": bare "nema" / "ni" (there is not, is not) negates anything ("Delovni čas ni fiksen, delovna mesta so…");
  // their vacancy statements are the fixed phrases of noVacancyPhrases (review29a).
  hr: ['nemamo'],
  sl: ['nimamo'],
};
export const vacancyNouns: Record<string, string[]> = {
  en: ['vacancies', 'openings', 'positions', 'roles', 'jobs', 'job openings', 'opportunities'],
  de: ['stellen', 'vakanzen', 'jobs', 'positionen', 'stellenangebote', 'stellenausschreibungen'],
  fr: ['poste', 'postes', 'offre', 'offres', 'recrutement', 'emplois'],
  es: ['vacantes', 'vacante', 'ofertas', 'posiciones', 'puestos', 'plazas'],
  pt: ['vagas', 'vaga', 'oportunidades', 'posições'],
  it: ['posizioni', 'offerte', 'opportunità'],
  nl: ['vacatures', 'vacature', 'functies', 'posities', 'banen'],
  pl: ['ofert', 'stanowisk', 'rekrutacji', 'ogłoszeń', 'wakatów'],
  cs: ['pozice', 'pozic', 'místa', 'nabídky'],
  sk: ['pozície', 'miesta', 'ponuky'],
  sv: ['tjänster', 'jobb', 'positioner'],
  no: ['stillinger'],
  da: ['stillinger'],
  // "radnih mjesta" (of work places): the noun ends the reading, its adjectives ("oglašenih slobodnih") are the gap
  hr: ['radnih mjesta', 'radnih mesta', 'radna mjesta', 'radna mesta', 'pozicija', 'natječaja'],
  sl: ['delovnih mest', 'delovna mesta', 'pozicij'],
};
/** Words that end a no-vacancy reading between its negation and its noun: prepositions, numbers, "other", "longer". */
export const vacancyGapStops = ['in', 'for', 'with', 'of', 'at', 'on', 'to', 'from', 'like', 'than', 'two', 'other', 'longer', 'für', 'mit', 'bei', 'von', 'zu', 'als', 'zwei', 'andere', 'anderen',
  'en', 'para', 'con', 'del', 'como', 'dos', 'pour', 'avec', 'dans', 'comme', 'deux', 'autre', 'autres', 'em', 'com', 'como', 'di', 'per', 'voor', 'met', 'bij', 'van', 'twee', 'andere',
  'w', 'z', 'dla', 'jak', 'dwa', 'v', 's', 'pro', 'jako', 'dvě', 'i', 'för', 'med', 'på', 'av', 'som', 'två', 'andra',
  // "no further vacancies", "keine weiteren Stellen": none beyond those the page names (review25b)
  'further', 'more', 'weitere', 'weiteren', 'weiterer', 'otras', 'otros', 'altre', 'altri', 'outras', 'outros', 'dalších', 'innych', 'fler', 'flere'];

/** Headings of a hiring-process document ("Our interview process"). */
export const processHeadings: Record<string, string[]> = {
  en: ['interview process', 'hiring process', 'our process', 'recruiting process', 'recruitment process', 'phone screen', 'onsite interview', 'interview questions', 'questions to ask'],
  de: ['bewerbungsprozess', 'auswahlprozess', 'ablauf der bewerbung'],
  fr: ['processus de recrutement', "processus d'entretien", "processus d'embauche", "process d'embauche", 'entretien', 'questions à poser'],
  es: ['proceso de selección', 'proceso de contratación'],
  pt: ['processo seletivo', 'processo de seleção'],
  it: ['processo di selezione', 'iter di selezione'],
  pl: ['proces rekrutacji', 'proces rekrutacyjny', 'przebieg rekrutacji'],
  cs: ['výběrový proces', 'průběh výběrového řízení'],
  da: ['rekrutteringsproces', 'ansættelsesproces'],
  no: ['rekrutteringsprosess', 'ansettelsesprosess'],
  sv: ['rekryteringsprocess', 'anställningsprocess'],
  nl: ['sollicitatieprocedure', 'selectieprocedure'],
  // CJK: "recruitment process / rules", "interview stage", "selection flow" (matched as substrings: "NiX招聘制度").
  zh: ['招聘流程', '招聘制度', '招聘规范', '面试流程', '面试阶段', '面试环节', '评分标准', '筛选阶段'],
  ja: ['選考フロー', '選考プロセス', '採用フロー', '採用プロセス', '選考の流れ'],
  ko: ['채용 절차', '채용절차', '전형 절차', '전형절차', '채용 프로세스', '면접 절차'],
};

/** Steps of an interview process named in a process document's text ("Phone Screen (30-45 mins)"). */
export const processPhrases: Record<string, string[]> = {
  en: ['phone screen', 'whiteboard', 'onsite interview', 'technical interview', 'take-home', 'take home assignment', 'coding challenge', 'final interview', 'interview loop', 'questions to ask',
    // A document that says what it is ("This document describes the hiring process for …").
    'describes the hiring process', 'describes our hiring process', 'describes the interview process', 'describes our interview process'],
  de: ['vorstellungsgespräch', 'probearbeit', 'kennenlerngespräch'],
  fr: ['entretien téléphonique', 'entretien technique', 'test technique'],
  es: ['entrevista técnica', 'entrevista telefónica'],
  pt: ['entrevista técnica', 'entrevista por telefone'],
  it: ['colloquio tecnico', 'colloquio telefonico'],
  pl: ['rozmowa techniczna', 'rozmowa telefoniczna'],
  cs: ['technický pohovor', 'telefonický pohovor'],
  da: ['teknisk interview', 'tekniske interviews', 'jobsamtale'],
  no: ['teknisk intervju', 'jobbintervju'],
  sv: ['teknisk intervju', 'anställningsintervju'],
  nl: ['technisch interview', 'sollicitatiegesprek'],
  // No CJK steps: a CJK posting's own 招聘流程 / 채용 절차 section names them ("电话面试", "1차 면접"), and its role sections are not all known.
};

/**
 * Rules or advice for whoever posts a job ("How to write a great job post", a
 * community's "every offer must include"): a job board's or a channel's
 * guidelines, not a posting.
 */
export const postingGuidelines: Record<string, string[]> = {
  en: ['how do i post a job', 'how to post a job', 'write a great job post', 'your job post', 'every job post must', 'each job post must', 'job posts must include', 'job postings must include', 'every job posting must', 'each job posting should'],
  es: ['toda oferta debe incluir', 'cada oferta debe incluir', 'toda oferta de empleo debe', 'para publicar una oferta'],
  pt: ['toda vaga deve conter', 'toda vaga deve incluir', 'para divulgar sua vaga', 'como publicar uma vaga'],
  de: ['jede stellenanzeige muss', 'so schreiben sie eine gute stellenanzeige', 'jede stellenausschreibung muss'],
  fr: ['toute offre doit', 'chaque offre doit', 'comment publier une offre'],
};

/** A standing invitation of a careers page that names no role ("we are always looking for…"). */
export const standingInvitations: Record<string, string[]> = {
  en: ['always looking for', 'always on the lookout', 'always interested in hearing from'],
  de: ['immer auf der suche nach', 'initiativbewerbung'],
  fr: ['candidature spontanée', 'toujours à la recherche'],
  es: ['siempre buscamos', 'candidatura espontánea'],
  ja: ['常に募集しています', '随時募集しています', '随時募集'],
  da: ['altid på udkig efter'],
  no: ['alltid på utkikk etter', 'alltid på jakt etter'],
  sv: ['alltid på jakt efter', 'alltid på utkik efter'],
  nl: ['altijd op zoek naar'],
  it: ['sempre alla ricerca di'],
  pt: ['sempre à procura de'],
};

/**
 * The name of a page that invites applications for no role ("Open application", "Initiativbewerbung", a talent
 * pool to join: "Talentpool", "Vivier de talents", "Bolsa de talento"): read whole,
 * as a page's heading or title, it names the page, not a job (a title "Initiativbewerbung als Pflegefachkraft" names one).
 */
export const openApplicationNames: Record<string, string[]> = {
  en: ['open application', 'unsolicited application', 'speculative application', 'general application', 'spontaneous application',
    'talent pool', 'join our talent pool', 'talent community', 'join our talent community'],
  de: ['initiativbewerbung', 'initiativ bewerben', 'blindbewerbung', 'spontanbewerbung', 'talentpool', 'talent-pool', 'unser talentpool'],
  fr: ['candidature spontanée', 'candidatures spontanées', 'vivier de talents', 'rejoignez notre vivier de talents', 'notre vivier de talents'],
  es: ['candidatura espontánea', 'autocandidatura', 'candidatura abierta', 'bolsa de talento', 'banco de talento', 'únete a nuestra bolsa de talento'],
  pt: ['candidatura espontânea', 'banco de talentos', 'banco de talento', 'faça parte do nosso banco de talentos'],
  it: ['candidatura spontanea', 'autocandidatura', 'candidature spontanee'],
  nl: ['open sollicitatie', 'open sollicitaties', 'talentpool', 'talentenpool'],
  pl: ['baza talentów', 'dołącz do naszej bazy talentów'],
  sv: ['spontanansökan', 'öppen ansökan', 'talangpool', 'talangbank'],
  da: ['uopfordret ansøgning', 'åben ansøgning', 'talentbank'],
  no: ['åpen søknad', 'talentbank'],
  fi: ['avoin hakemus'],
  tr: ['genel başvuru'],
};

/**
 * Words of a page heading that names jobs in the plural, inside a longer
 * heading ("SHK-Jobs an den Instituten", "Jobs at Acme", "…のお仕事情報"):
 * the heading of a careers page. Latin words match as whole words ("-" may
 * join them: "SHK-Jobs"); CJK ones as substrings.
 */
export const jobsHeadingWords: Record<string, string[]> = {
  en: ['jobs', 'job openings', 'job listings', 'open positions', 'open roles', 'current openings', 'vacancies', 'careers'],
  de: ['jobs', 'stellenangebote', 'offene stellen', 'offenen stellen', 'karriere', 'karrieren', 'stellenausschreibungen', 'ausschreibungen'],
  fr: ["offres d'emploi", 'emplois', 'carrières', 'nous rejoindre', 'rejoignez-nous', 'rejoignez nous'],
  es: ['empleos', 'vacantes', 'ofertas de empleo', 'carreras'],
  pt: ['vagas', 'carreiras'],
  it: ['posizioni aperte', 'offerte di lavoro'],
  nl: ['vacatures'],
  pl: ['oferty pracy'],
  ru: ['вакансии', 'карьера', 'работа в компании', 'работа у нас'],
  uk: ['вакансії', "кар'єра", 'кар’єра', 'робота в компанії'],
  ja: ['お仕事情報', '採用情報', '求人情報'],
  zh: ['招聘信息', '招聘职位'],
  ko: ['채용정보', '채용 정보'],
};

/**
 * Headings about one vacancy whose jobs word is a singular of another case that
 * is spelled like the plural: Russian and Ukrainian genitive "вакансии" /
 * "вакансії" ("Описание вакансии", the description of the vacancy), Polish
 * genitive "oferty pracy" ("Szczegóły oferty pracy"). Removed before a heading
 * is read for jobs in the plural.
 */
export const oneJobHeadingPhrases: Record<string, string[]> = {
  ru: ['описание вакансии', 'о вакансии', 'детали вакансии', 'подробности вакансии', 'название вакансии', 'условия вакансии'],
  uk: ['опис вакансії', 'деталі вакансії', 'подробиці вакансії', 'назва вакансії', 'умови вакансії'],
  pl: ['opis oferty pracy', 'szczegóły oferty pracy', 'treść oferty pracy'],
};

/** Headings of a résumé or a candidate's page ("Work experience", "Education", "Hire me"). */
export const resumeHeadings: Record<string, string[]> = {
  en: ['work experience', 'employment history', 'education', 'hire me', 'my skills', 'about me', 'work history', 'resume', 'curriculum vitae'],
  de: ['berufserfahrung', 'ausbildung', 'lebenslauf'],
  fr: ['expérience professionnelle', 'formation', 'curriculum vitae'],
  es: ['experiencia laboral', 'educación', 'formación académica'],
  pt: ['experiência profissional', 'formação acadêmica', 'formação académica', 'currículo'],
  it: ['esperienza lavorativa', 'esperienze professionali', 'istruzione'],
  nl: ['werkervaring', 'opleiding', 'opleidingen'],
  pl: ['doświadczenie zawodowe', 'przebieg kariery', 'wykształcenie'],
  cs: ['pracovní zkušenosti', 'praxe a zkušenosti', 'vzdělání'],
  sv: ['arbetslivserfarenhet', 'anställningar', 'utbildning'],
  ja: ['職務経歴', '学歴', '職歴'],
  zh: ['工作经历', '教育背景', '教育经历'],
  // The plain forms a résumé's headings also take ("Experience / Education / Skills"): a posting's too, so they count only when its title names no job.
  'en-plain': ['experience', 'skills'],
  'de-plain': ['erfahrung', 'kenntnisse'],
  'fr-plain': ['expérience', 'compétences'],
  'es-plain': ['experiencia', 'habilidades'],
  'pt-plain': ['experiência', 'formação'],
  'it-plain': ['esperienza', 'competenze'],
  'nl-plain': ['vaardigheden'],
  'pl-plain': ['umiejętności'],
  'cs-plain': ['dovednosti'],
  'sv-plain': ['kompetenser'],
  'ja-plain': ['スキル'],
  'zh-plain': ['专业技能'],
};

/**
 * Columns that only a table of roles has beside its post column: how many are hired and what a candidate needs
 * (careers-role-table-ko.html's "채용인원", "자격요건"). With one, the post column's cells are roles whatever their words;
 * without, they must read as job titles (a "Position | Team size" table of departments, a contact table, stays an index).
 */
export const roleTableColumns: Record<string, string[]> = {
  en: ['openings', 'headcount', 'number of openings', 'number of positions', 'requirements', 'qualifications'],
  de: ['anzahl', 'anzahl stellen', 'anforderungen', 'voraussetzungen'],
  ko: ['채용인원', '모집인원', '자격요건', '지원자격'],
  ja: ['募集人数', '採用人数', '応募資格'],
  zh: ['招聘人数', '任职要求'],
};

/**
 * Filler text a layout holds until the words are written ("Lorem ipsum dolor sit amet"): a template's mark only on a page
 * that states nothing else of a job (posting-kind.ts). A real posting's unwritten description or apply block beside its
 * own terms or sections is no template.
 */
export const fillerTextMarks = ['lorem ipsum'];
/** List items of filler that make a template even beside a job's sections or terms: one may be a real posting's unwritten line. */
export const FILLER_LINES = 2;

/** Marks of a template or an example, not a real posting. */
export const templateMarks = ['example tech', 'your company name', 'company name here', 'job title here', '{{ job.', '{{job.', '{{ page.title',
  // An "example-…" site is a made-up company's; example.com itself is also a real posting's placeholder address, so it is none.
  '//example-',
  // Fields left to fill in, named in brackets.
  '[company name]', '[job title]', '[position title]', '[your name]', '[insert ',
  // Addresses of a made-up company, per language ("example company": es 'empresa ejemplo', de 'Musterfirma', 'Beispielfirma'), and the address "email@email.…".
  '@yourcompany.', '@companyname.', '@examplecompany.', '@ejemploempresa.', '@empresaejemplo.', '@musterfirma.', '@beispielfirma.', 'email@email.'];

/**
 * A job board's sample entry, per language ("### Título da vaga: Exemplo de vaga" under its "Modelo"): a template mark
 * only where a short line names the entry (a heading, a label line); in a sentence ("You will write each example job
 * posting for our clients") it is a posting's duty.
 */
export const sampleEntryNames = ['example job posting', 'sample job posting', 'exemplo de vaga', 'ejemplo de oferta', 'ejemplo de vacante', "exemple d'offre", 'beispiel-stellenanzeige'];
/** The words of a line that names a sample entry, at most ("Título da vaga: Exemplo de vaga": 5). */
export const SAMPLE_ENTRY_LINE_WORDS = 8;

/** Instructions to whoever fills a template in ("remove this block before posting"), per language. */
export const templateInstructions: Record<string, string[]> = {
  en: ['remove this block', 'delete this block', 'remove this section before', 'delete this section before', 'replace this text', 'delete this line'],
  pt: ['remova este bloco', 'apague este bloco', 'antes de divulgar a vaga'],
  es: ['elimina este bloque', 'borra este bloque', 'antes de publicar la oferta'],
  de: ['diesen block entfernen', 'diesen abschnitt entfernen', 'vor dem veröffentlichen entfernen'],
  fr: ['supprimez ce bloc', 'supprimer ce bloc', 'avant de publier'],
};

/** A page title that is a placeholder, not a role ("Template", "Open Position Title"): compared whole, lower-cased. */
export const placeholderTitles = ['template', 'job template', 'posting template', 'job posting template', 'job title', 'position title',
  'open position title', 'role title', 'untitled', 'your job title', 'new job', 'vacancy title', 'stellentitel', 'título de la vacante', 'título da vaga'];

/**
 * A field left to fill in, in brackets and capitals ("[COMPENSATION]", "[END DATE]"): three different
 * ones make a template (one alone may be a tag, "[REMOTO]"; code keys have "_", "[HTTP_HOST]").
 */
export const bracketPlaceholder = /\[([A-Z][A-Z ]{2,40})\](?![([])/g;
export const PLACEHOLDERS_OF_A_TEMPLATE = 3;

/**
 * The front matter of a GitHub issue template ("name: Vaga / about: … / labels: ''"): a form whoever posts a job
 * fills in, never a posting itself (a posted job is an issue, not this file). Every key of `all` and one of `any`:
 * keys only an issue template carries; `title` is a posting's commonest key, `name` and `about` its company's.
 */
export const issueTemplateKeys = { all: ['name', 'about'], any: ['labels', 'assignees'] };

/** A template tag that names one field, no expression ("{{COMPANY_NAME}}", "{{ job_title }}"; not "{{ page.title }}", "{{ a | b }}"). */
export const FILL_IN_TAG = /\{\{\s*([A-Za-z][A-Za-z0-9_]{1,40})\s*\}\}/g;

/**
 * A field left to fill in, in brackets in any case ("[Jobbtitel]", "[Company Name]", "[City, Country]"):
 * not a link ("[text](…)", "[text][ref]") nor a checkbox. Three different ones, one of them in a heading
 * ("# [Job Title]", "## Om [Företagsnamn]:"), make a template.
 */
export const wordPlaceholder = /\[(\p{L}[\p{L} ,/-]{1,40})\](?![([:])/gu;

/**
 * A labelled field whose value is left to fill in ("Company Name: [Company Name]", "**Location:** [City, State]"): the
 * placeholder stands right after the label's colon, where a posting states the value. Three different ones that
 * name a field (fieldNameWords) make a template, none of them in a heading (a saved-job template, its fields as a list).
 */
export const labelledPlaceholder = /^\s*(?:[-*•]\s+)?\p{L}[\p{L}\p{N} /&'-]{0,40}:\s*\[(\p{L}[\p{L} ,/-]{1,40})\](?![([:])/u;

export { fieldNameWords, hiringServicePhrases, clientAddressPhrases, hiringServiceTitleWords, jobSeekerTitles } from './not-posting-fields.js';
