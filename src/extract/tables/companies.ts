/**
 * Company vocabulary, per language: the words around a name in the sentences
 * that name the hiring organisation. A new language is a line in each table.
 */

/** "At X, we …": the word before the name, at a sentence start. */
export const atWords: Record<string, string[]> = {
  en: ['At'], de: ['Bei'], fr: ['Chez'], es: ['En'], pt: ['Na', 'No'], sk: ['Na', 'V'], nl: ['Bij'], sv: ['Hos', 'På'], no: ['Hos', 'I'], da: ['Hos', 'I'],
  it: ['Presso'], id: ['Di'],
};

/** "En Acme creamos", "Na Acme, criamos", "In Acme sviluppiamo": "at" before a name in languages that drop "we" (es, pt, it). */
export const proDropAtWords: Record<string, string[]> = { es: ['En'], pt: ['Na', 'No'], it: ['In', 'Presso'] };
/** Endings of the first person plural of a verb, present tense (es/pt -amos, -emos, -imos; it -iamo). */
export const weVerbEndings = ['amos', 'emos', 'imos', 'iamo'];

/** "… X, we": the pronoun or verb that follows the name in "At X, we". */
export const weWords: Record<string, string[]> = {
  en: ['we', 'our'], de: ['wir', 'unser'], fr: ['nous', 'notre'], es: ['nosotros', 'nuestra', 'estamos', 'buscamos'], pt: ['nós', 'nossa', 'estamos'],
  nl: ['wij', 'we', 'ons'], sv: ['vi', 'vår'], no: ['vi', 'vår'], da: ['vi', 'vores'],
  it: ['noi', 'cerchiamo', 'siamo', 'stiamo', 'crediamo', 'lavoriamo'], id: ['kami', 'kita'],
};

/** The word "logo" around a name in an image's alt text ("Logo Acme", "Acme logo", it "Logo di Acme", fr "Logo de Acme"), per language. */
export const logoWords: Record<string, string[]> = {
  en: ['logo', 'logo of', 'the logo of', 'company logo'], de: ['logo von', 'firmenlogo'], fr: ['logo de', 'logo d’', "logo d'"], es: ['logo de', 'logotipo de'],
  pt: ['logo da', 'logo do', 'logotipo da', 'logotipo do'], it: ['logo di'], nl: ['logo van'], pl: ['logo firmy'],
};

/** "At Apsis, you'll have …", "Chez Acme, vous …": the reader's pronoun after "At X," (the pronoun, in a language whose verb follows it). */
export const youWords: Record<string, string[]> = { en: ['you'], fr: ['vous', 'tu'], pt: ['você'] };

/**
 * "X is a … company" in languages that mark the topic with a particle and end on a copula: ko "에잇퍼센트는 … 핀테크 스타트업입니다",
 * ja "Cubicsは、…会社です". The particles after the name, the organisation nouns, and the copulas after the noun.
 */
export const topicIsCompany = {
  ko: { particles: ['은', '는'], nouns: ['회사', '스타트업', '기업'], copulas: ['입니다', '이에요', '예요', '이다'] },
  ja: { particles: ['は'], nouns: ['会社', '企業', 'スタートアップ', 'ベンチャー'], copulas: ['です', 'である', 'だ'] },
};

/** "GROUNDは、…仲間を募集しています", "StyleShare는 … 채용합니다": a Latin name as the topic of a sentence that recruits (ja, ko). 採用 may mean "adopt" (a tool): ja reads 募集 only. */
export const topicHires = {
  ko: { particles: ['은', '는', '에서는'], verbs: ['채용', '모집', '찾고 있', '찾습니다'] },
  // ja 採用中 "now hiring" (bare 採用 also means "adopted")
  ja: { particles: ['は', 'では'], verbs: ['募集', '採用中'] },
};

/** "We are Acme, a …", "Somos Acme, una …": the words before the name, and the articles after its comma (the guard: "We are excited, …" has none). */
export const weAreWords: Record<string, string[]> = {
  en: ['We are', "We're"], de: ['Wir sind'], fr: ['Nous sommes'], es: ['Somos'], pt: ['Somos'], it: ['Siamo', 'Noi siamo'], nl: ['Wij zijn', 'We zijn'],
  sv: ['Vi är'], no: ['Vi er'], da: ['Vi er'], cs: ['Jsme'], sk: ['Sme'], pl: ['Jesteśmy'],
};
/**
 * "Wir, der Kindergartenverein X e.V., suchen", "We, the X Society, are looking": the organisation in apposition to "we",
 * set off by commas between the pronoun and its verb. The pronouns, capitalised as a sentence starts them.
 */
export const weAppositionPronouns: Record<string, string[]> = {
  en: ['We'], de: ['Wir'], fr: ['Nous'], es: ['Nosotros', 'Nosotras'], pt: ['Nós'], it: ['Noi'], nl: ['Wij', 'We'], sv: ['Vi'], no: ['Vi'], da: ['Vi'], pl: ['My'],
};
export const weAreArticles = ['das', 'die', 'der', 'ein', 'eine', 'a', 'an', 'the', 'un', 'une', 'el', 'la', 'una', 'uno', 'um', 'uma', 'een', 'het', 'en', 'ett', 'et', 'ei'];

/** "X sucht", "X is looking for": the verb after the name. */
export const companyVerbs: Record<string, string[]> = {
  // de: not "stellt ein" (is hiring): "Die Region stellt ein!", "Wer stellt ein?" name no employer (review26c)
  de: ['sucht', 'ist auf der Suche nach'], fr: ['recrute', 'recherche', 'est à la recherche', 'embauche'],
  es: ['busca', 'está buscando', 'está en la búsqueda de', 'está contratando', 'contrata'],
  pt: ['procura', 'contrata', 'está contratando', 'está à procura de', 'está procurando'], nl: ['zoekt', 'is op zoek naar'], sk: ['hľadá', 'prijme'],
  cs: ['hledá', 'přijme'], pl: ['szuka', 'poszukuje', 'zatrudni', 'rekrutuje'], sv: ['söker', 'rekryterar', 'bjuder in till'], no: ['søker', 'ansetter', 'inviterer til'], da: ['søger', 'ansætter', 'inviterer til'],
  fi: ['etsii', 'rekrytoi'], ru: ['ищет', 'приглашает'], uk: ['шукає', 'запрошує'], id: ['sedang mencari', 'mencari'],
  it: ['è alla ricerca di', 'è alla ricerca', 'sta cercando', 'cerca', 'assume'],
};

/**
 * Headings that name a part of a page ("Übersicht", "Overview", "Resumen",
 * "Aperçu"): never the company, whatever rule reads them. Lower case.
 */
export const pagePartHeadings: Record<string, string[]> = {
  en: ['overview', 'summary', 'details', 'description', 'job details', 'job summary', 'at a glance'],
  de: ['übersicht', 'überblick', 'zusammenfassung', 'details', 'beschreibung', 'stellenbeschreibung', 'auf einen blick'],
  fr: ['aperçu', 'résumé', 'description', 'détails', 'en bref', 'présentation'],
  es: ['resumen', 'descripción', 'detalles', 'descripción del puesto', 'objetivo del puesto'],
  pt: ['resumo', 'visão geral', 'descrição', 'detalhes', 'descrição da vaga'],
  it: ['panoramica', 'descrizione', 'dettagli', 'sommario', 'in breve', 'lavoro', 'lavora con noi', 'offerte di lavoro'],
  nl: ['overzicht', 'omschrijving', 'samenvatting', 'details', 'in het kort'],
  pl: ['przegląd', 'opis', 'podsumowanie', 'szczegóły', 'opis stanowiska', 'wymagane', 'mile widziane'],
  cs: ['přehled', 'popis', 'shrnutí'],
  sv: ['översikt', 'beskrivning', 'sammanfattning'],
  ru: ['обзор', 'описание', 'кратко', 'подробности'],
  uk: ['огляд', 'опис', 'коротко'],
  tr: ['genel bakış', 'özet', 'açıklama', 'detaylar'],
  ja: ['概要', '詳細', '募集概要'],
  zh: ['概述', '概要', '详情', '职位描述', '基本資訊', '基本资讯', '基本信息', '職位資訊', '职位信息', '職缺資訊', '工作資訊', '工作信息'],
  ko: ['개요', '상세', '상세 정보'],
};

/** Articles before a name at a sentence start ("Die Acme GmbH sucht", "Il Team per … è alla ricerca di"): no part of the name. */
export const nameArticles = ['Die', 'Der', 'Das', 'La', 'Le', 'El', 'Het', 'De', 'Il', 'Lo', 'A', 'O'];

/** Lower-case words inside a name ("Institute for X", "Team per la Trasformazione Digitale"): they never end one. */
export const nameConnectors = ['of', 'de', 'for', 'für', 'and', '&', 'per', 'la', 'di', 'del', 'della'];

/** "the company X …", "компанія X шукає": a noun naming an organisation right before its name. */
export const companyNounsBeforeName = [
  'the company', 'company', 'das Unternehmen', 'die Firma', 'la empresa', 'empresa', "l'entreprise", 'la société', 'société', 'a empresa',
  'het bedrijf', 'spółka', 'firma', 'společnost', 'spoločnosť', 'компанія', 'компания', 'azienda', 'virksomheden', 'företaget', 'selskapet',
];

/** "X is a … company": organisation nouns, per language. */
export const companyNouns: Record<string, string[]> = {
  en: ['company', 'platform', 'startup', 'start-up', 'organisation', 'organization', 'provider', 'agency', 'foundation', 'leader', 'portal', 'firm', 'business', 'non-profit', 'nonprofit', 'consultancy'],
  de: ['Unternehmen', 'Portal', 'Startup', 'Anbieter', 'Firma', 'Agentur', 'Beratung'],
  fr: ['entreprise', 'société', 'agence', 'startup'], es: ['empresa', 'compañía', 'agencia'], pt: ['empresa', 'companhia'], nl: ['bedrijf', 'organisatie'],
  sk: ['spoločnosť'], cs: ['společnost', 'firma'], pl: ['firma', 'spółka'], sv: ['företag', 'konsultfirma', 'bolag'], no: ['selskap', 'bedrift', 'virksomhet'],
  da: ['virksomhed', 'selskab'], fi: ['yritys'], it: ['azienda', 'società'], tr: ['şirket', 'şirketi'], ru: ['компания'], uk: ['компанія'],
  // Employers that are no company (session 28): an association or charity, a lab, a publication and its publisher
  // ("EntraiDucation association humanitaire", "The CityLAB is a public innovation lab", "Friesland Post is het … maandblad").
  'en-other': ['association', 'charity', 'NGO', 'cooperative', 'lab', 'laboratory', 'institute', 'magazine', 'newspaper', 'publisher'],
  'de-other': ['Verein', 'Verband', 'Stiftung', 'Genossenschaft', 'Institut', 'Labor', 'Verlag', 'Magazin'],
  'fr-other': ['association', 'fondation', 'ONG', 'coopérative', 'laboratoire', 'magazine'],
  'es-other': ['asociación', 'fundación', 'ONG', 'cooperativa', 'laboratorio', 'revista'],
  'pt-other': ['associação', 'fundação', 'ONG', 'cooperativa', 'revista'],
  'it-other': ['associazione', 'fondazione', 'cooperativa', 'rivista'],
  'nl-other': ['vereniging', 'stichting', 'tijdschrift', 'maandblad', 'uitgeverij'],
};

/** "X is a …": the verb, and the articles that may follow it. */
/**
 * German, Dutch, Scandinavian and Finnish write a kind of company as one closed compound whose head comes last
 * ("ein Softwareunternehmen", "een softwarebedrijf", "ett mjukvaruföretag"): the head, lower case, after at least two letters.
 */
export const companyNounTails: Record<string, string[]> = {
  de: ['unternehmen', 'firma', 'agentur', 'verein', 'verlag', 'labor'], nl: ['bedrijf', 'bureau'], sv: ['företag', 'bolag'], no: ['selskap', 'bedrift'], da: ['virksomhed', 'selskab'], fi: ['yritys'],
};
/** Copulas of languages without articles, before a company noun in the nominative ("Acme to firma", "Acme — это компания", "Acme je firma", "Acme adalah perusahaan"). */
export const bareCopulas: Record<string, string[]> = { pl: ['to'], ru: ['— это', '– это', '- это'], uk: ['— це', '– це', '- це'], cs: ['je'], sk: ['je'], id: ['adalah', 'merupakan'] };
export const bareCompanyNouns: Record<string, string[]> = {
  pl: ['firma', 'spółka', 'agencja', 'fundacja', 'stowarzyszenie'], ru: ['компания', 'агентство', 'стартап'], uk: ['компанія', 'агенція', 'стартап'], cs: ['firma', 'společnost', 'agentura'],
  sk: ['firma', 'spoločnosť'], id: ['perusahaan', 'startup', 'agensi'],
};
export const isVerbs = ['is', 'ist', 'est', 'es', 'é', 'er', 'är', 'on', 'jest', 'je', 'è', 'is'];
export const isArticles = ['a', 'an', 'the', 'our', 'ein', 'eine', 'das', 'der', 'un', 'une', 'la', 'le', 'el', 'um', 'uma', 'een', 'het', 'en', 'ett', 'et', 'una', 'uno'];

/** "Join X", "Bli en del av X": an invitation to join, before the name. */
export const joinWords = [
  'Join', 'join', 'Rejoins', 'rejoignez', 'Rejoignez', 'Junte-se à', 'Junte-se ao', 'Únete a', 'Bli en del av', 'bli en del av', 'Dołącz do', 'dołącz do',
  'Word onderdeel van', 'Sluit je aan bij', 'Werde Teil von', 'werde Teil von', 'Unisciti a', 'Присоединяйтесь к', 'Присоединяйся к', 'Приєднуйтесь до',
  'Приєднуйся до', 'Bergabunglah dengan', 'Bergabung dengan',
  // nl "Werken bij X betekent …" (capitalised: a heading's or sentence's start), "kom (je) (te) werken bij X" (come work at X);
  // a bare lower-case "werken bij X" is any sentence's ("ervaring met werken bij Google"). cs, sk "Přidej se k X" (join X).
  'Werken bij', 'Kom werken bij', 'kom werken bij', 'Kom je werken bij', 'kom je werken bij', 'Kom te werken bij', 'kom te werken bij',
  'Kom je te werken bij', 'kom je te werken bij', 'Přidej se k', 'Přidejte se k', 'Připoj se k', 'Připojte se k', 'Pridaj sa k', 'Pridajte sa k',
  // de "Komm zu X", "Kommen Sie zu X" (come to X), "Komm ins Team von X"
  'Komm zu', 'Kommen Sie zu', 'Komm ins Team von', 'Kommen Sie ins Team von',
];

/** "as <role> at X": the words around a role and its employer ("Som Tech Lead hos Variant", "Als Entwickler bei Acme"). */
export const asWords = ['as', 'As', 'als', 'Als', 'som', 'Som', 'comme', 'en tant que', 'como', 'Como', 'jako', 'Jako'];
export const roleAtWords = ['at', 'bei', 'hos', 'chez', 'bij', 'na', 'en', 'w', 'på'];

/**
 * Headings "About X", per language ("Om Variant", "Über Acme", "Sobre nós" is excluded by the name test), and "About the
 * company X" in languages that name the company in its case ("O firmie Acme", "O společnosti Acme", "О компании Acme").
 * French elides "de" before a vowel ("À propos d'Orbexa").
 */
export const aboutWords = [
  'about', 'über', 'a propos de', 'à propos de', "a propos d'", "à propos d'", 'a propos d’', 'à propos d’', 'acerca de', 'sobre', 'over', 'o', 'om', 'tietoa',
  'o firmie', 'o spółce', 'o společnosti', 'o firmě', 'o spoločnosti', 'o firme', 'о компании', 'про компанію',
];
/** Chinese "about" (Simplified, Traditional), written with no space before the name: "关于优众" (About Youzhong), "关于我们" (About us). */
export const cjkAboutWords = ['关于', '關於'];
/** Japanese "about" after the name ("Nordlichtについて"), Korean "introducing" after it ("Nordlicht 소개"): read after a Latin name only ("働き方について", "회사 소개" name no one). */
export const cjkAboutSuffixes = ['について', '소개'];

/**
 * Job boards, applicant tracking systems and aggregators: they publish the
 * posting, they do not hire. Their name as a site name, a page title part or
 * a copyright line is never the company. Compared lower-cased, without a
 * ".com"-like ending, spaces or punctuation ("Indeed.com", "HH.ru", "Welcome to the Jungle").
 */
export const jobBoards = [
  'greenhouse', 'lever', 'workable', 'personio', 'recruitee', 'smartrecruiters', 'teamtailor', 'ashby', 'ashbyhq', 'bamboohr', 'jobvite', 'workday',
  'myworkdayjobs', 'icims', 'jazzhr', 'breezy', 'breezyhr', 'homerun', 'join', 'recruiterbox', 'freshteam', 'zohorecruit', 'pinpoint', 'comeet',
  'linkedin', 'indeed', 'glassdoor', 'monster', 'stepstone', 'xing', 'welcometothejungle', 'wttj', 'wellfound', 'angellist', 'angel', 'otta',
  'weworkremotely', 'remoteok', 'remoteco', 'himalayas', 'workingnomads', 'remotive', 'dice', 'ziprecruiter', 'careerbuilder', 'simplyhired',
  'stackoverflow', 'stackoverflowjobs', 'githubjobs', 'hackernews', 'ycombinator', 'workatastartup', 'builtin', 'jobteaser', 'jobs', 'careers',
  'hh', 'headhunter', 'superjob', 'habrcareer', 'хабркарьера', 'djinni', 'dou', 'workua', 'rabotaua', 'robotaua', 'pracuj', 'justjoinit',
  'nofluffjobs', 'bulldogjob', 'infojobs', 'computrabajo', 'tecnoempleo', 'catho', 'gupy', 'vagas', 'bumeran', 'jobindex', 'finn', 'nav',
  'arbetsformedlingen', 'arbetsförmedlingen', 'profesia', 'jobscz', 'startupjobs', 'karriereat', 'jobsch', 'naukri', 'seek', 'jobstreet',
  'jobsdb', 'kalibrr', 'glints', '51job', '前程无忧', '智联招聘', 'boss直聘', '拉勾', '拉勾网', 'リクナビ', 'マイナビ', 'doda', 'green', 'wantedly',
  'ビズリーチ', 'jobkorea', '사람인', '원티드', 'rocketpunch', 'kariyernet', 'kariyer', 'secretcv', 'jooble', 'adzuna', 'talent', 'jobberman',
];

/** Hiring platforms that put the employer's name in the path of their addresses ("jobs.lever.co/acme"). */
export const employerInPathHosts = [
  'jobs.lever.co', 'boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io', 'jobs.ashbyhq.com',
  'apply.workable.com', 'jobs.smartrecruiters.com', 'careers.smartrecruiters.com', 'jobs.jobvite.com',
];

/** Hiring platforms that put the employer's name in a subdomain of theirs ("acme.recruitee.com", "acme.jobs.personio.de"). */
export const employerSubdomainHosts = [
  'recruitee.com', 'teamtailor.com', 'bamboohr.com', 'breezy.hr', 'jobs.personio.de', 'personio.de', 'jobs.personio.com', 'personio.com',
  'applytojob.com', 'workable.com', 'pinpointhq.com', 'homerun.co', 'freshteam.com',
];

/**
 * Legal forms written after a name ("Acme GmbH", "Kodex Sp. z o.o.", "Acme,
 * Inc.") and before it ("ООО «Ромашка»", "株式会社サンプル"): strong evidence
 * that the words name an organisation. Case as written.
 */
export const legalFormsAfter = [
  'GmbH & Co. KG', 'GmbH & Co KG', 'gGmbH', 'GmbH', 'AG', 'KGaA', 'KG', 'SE', 'e.V.', 'eG', 'UG (haftungsbeschränkt)', 'UG', 'GbR', 'OHG',
  'Sp. z o.o.', 'sp. z o.o.', 'Sp. z o. o.', 'S.A.', 'S.L.', 'S.L.U.', 'SAS', 'S.A.S.', 'SARL', 'S.à r.l.', 'S.r.l.', 'Srl', 'S.p.A.', 'SpA',
  'B.V.', 'BV', 'N.V.', 'NV', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc', 'LLC', 'L.L.C.', 'LLP', 'PLC', 'plc', 'Corp.', 'Corporation',
  'Pty Ltd', 'Pty. Ltd.', 'Pvt. Ltd.', 'Pvt Ltd', 'Private Limited', 'Co., Ltd.', 'Co. Ltd.', 'Oy', 'Oyj', 'AB', 'ASA', 'AS', 'ApS', 'A/S',
  's.r.o.', 'spol. s r.o.', 'a.s.', 'Kft.', 'Zrt.', 'Nyrt.', 'd.o.o.', 'OÜ', 'SIA', 'UAB', 'Ltda.', 'Ltda', 'LTDA', 'S/A', 'EIRELI', 'K.K.',
  'A.Ş.', 'Ltd. Şti.',
];
/** Legal forms before a name: Russian and Ukrainian ones take a quoted name ("ООО «Ромашка»"). */
export const legalFormsBefore = ['ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'ТОВ', 'ПрАТ', 'ТзОВ', 'ФОП', 'ИП'];
/** Japanese, Chinese and Korean legal forms, before or after a name written without spaces. */
export const cjkLegalForms = ['株式会社', '有限会社', '合同会社', '股份有限公司', '有限责任公司', '有限責任公司', '有限公司', '(株)', '（株）', '주식회사', '(주)'];
/** Chinese words that may run into a name written without spaces ("我们是北京星辰科技有限公司"): not part of it. */
// Simplified, then Traditional forms (Taiwan, Hong Kong).
export const cjkNameLeadIns = ['欢迎加入', '加入', '我们是', '我们', '本公司', '是', '在', '于', '由', '为', '歡迎加入', '我們是', '我們', '於', '為'];

/** A careers heading with the name in it: "Careers at Acme", "Karriere bei der Acme GmbH", "Travailler chez Acme". */
export const careersAtHeadings = [
  'careers at', 'jobs at', 'careers and jobs at', 'jobs and careers at', 'work at', 'working at', 'join', 'join us at', 'open positions at', 'karriere bei', 'jobs bei', 'arbeiten bei',
  'carrières chez', 'carrière chez', 'travailler chez', 'rejoindre', 'rejoignez', 'trabaja en', 'trabajar en', 'empleo en', 'carreiras na',
  'carreiras no', 'trabalhe na', 'trabalhe no', 'lavora con', 'werken bij', 'vacatures bij', 'kariera w', 'praca w', 'jobb hos', 'jobba hos',
  'jobbe i', 'karriere hos', 'работа в', 'вакансии в', 'карьера в', 'вакансії в', 'робота в',
];

/** Articles between a careers heading and the employer's name ("Careers at the Acme Foundation", "Karriere bei der Acme GmbH"): no part of the name. */
export const careersAtArticles: Record<string, string[]> = {
  en: ['the'],
  de: ['der', 'die', 'das'],
  fr: ['la', 'le'],
  es: ['el', 'la'],
  pt: ['o', 'a'],
};

/** Labels that introduce the employer on a line or under a heading of its own ("Company: Acme", "### Company name", "会社名：…"). */
/** Words that make a page title's "Role at X" no employer: pronouns ("chez Nous"), funding stages and plural kinds ("Series A Startup", "Berlin Startups"). */
export const notEmployerWords = ['nous', 'uns', 'ons', 'us', 'vous', 'series', 'seed', 'startup', 'startups', 'companies', 'employers', 'hospitals', 'arbeitgebern', 'entreprises', 'empresas'];
/** A label's value that hides the employer ("Company: Confidential"), lower case: no name. */
export const companyPlaceholders = ['confidential', 'stealth', 'stealth startup', 'anonymous', 'vertraulich', 'anonym', 'confidentiel', 'anonyme', 'confidencial', 'vertrouwelijk'];
export const companyLabels: Record<string, string[]> = {
  en: ['company', 'company name', 'employer', 'organization', 'organisation', 'hiring company', 'hiring organization'],
  de: ['unternehmen', 'firma', 'arbeitgeber', 'firmenname'],
  fr: ['entreprise', 'société', 'employeur', "nom de l'entreprise"],
  es: ['empresa', 'compañía', 'organización', 'empleador'],
  pt: ['empresa', 'companhia', 'organização', 'empregador'],
  it: ['azienda', 'società', 'datore di lavoro'],
  nl: ['bedrijf', 'organisatie', 'werkgever'],
  pl: ['firma', 'pracodawca', 'nazwa firmy'],
  cs: ['společnost', 'zaměstnavatel'],
  sk: ['spoločnosť', 'zamestnávateľ'],
  ru: ['компания', 'работодатель', 'организация'],
  uk: ['компанія', 'роботодавець'],
  sv: ['företag', 'arbetsgivare'],
  no: ['bedrift', 'arbeidsgiver', 'selskap'],
  da: ['virksomhed', 'arbejdsgiver'],
  tr: ['şirket', 'şirket adı'],
  id: ['perusahaan'],
  ja: ['会社名', '企業名', '社名'],
  zh: ['公司', '公司名称', '企业名称', '招聘单位', '用人单位'],
  ko: ['회사', '회사명', '기업명'],
  // el company, business, employer; hu company, company name, employer; fi company, employer; et company, employer;
  // ro company, employer; bg company, employer; hr/sr company, employer; vi company, company name, employer; ar the company, company name.
  el: ['εταιρεία', 'εταιρία', 'επιχείρηση', 'εργοδότης'],
  hu: ['cég', 'cégnév', 'munkáltató'],
  fi: ['yritys', 'työnantaja'],
  et: ['ettevõte', 'tööandja'],
  ro: ['companie', 'compania', 'angajator'],
  bg: ['компания', 'работодател'],
  hr: ['tvrtka', 'poslodavac'],
  vi: ['công ty', 'tên công ty', 'nhà tuyển dụng'],
  ar: ['الشركة', 'اسم الشركة'],
};

/** "a position at X", "eine Stelle bei X": nouns for the job, per language, and the words that link it to its employer. */
export const positionNouns: Record<string, string[]> = {
  en: ['position', 'role', 'job', 'opening', 'post', 'vacancy'], de: ['Stelle', 'Position', 'Stellung'], fr: ['poste'], es: ['puesto', 'plaza'],
  pt: ['vaga', 'posição'], it: ['posizione', 'ruolo'], nl: ['functie', 'vacature'], pl: ['stanowisko'], sv: ['tjänst'], no: ['stilling'], da: ['stilling'],
};
export const positionAtWords = ['at', 'with', 'bei', 'chez', 'au sein de', 'en', 'na', 'no', 'presso', 'bij', 'w', 'hos', 'på', 'в'];
/** A department's institution after a comma ("Physics Department, University of Padova") is part of the name. */
export const institutionNouns = ['University', 'Universität', 'Université', 'Universidad', 'Universidade', 'Università', 'Universiteit', 'Uniwersytet', 'Institute', 'Institut', 'Instituto', 'Istituto'];
/** "Vi söker en X till Acme": a hiring phrase, then the role, then the word that names who hires. */
export const hiringPhrases: Record<string, string[]> = {
  en: ["we're looking for", 'we are looking for', 'we are hiring', "we're hiring", 'we are seeking'], de: ['wir suchen'], fr: ['nous recherchons', 'nous cherchons'],
  es: ['buscamos'], pt: ['procuramos'], it: ['cerchiamo'], nl: ['wij zoeken', 'we zoeken'], pl: ['poszukujemy', 'szukamy'], sv: ['vi söker'], no: ['vi søker'], da: ['vi søger'],
};
export const hiringToWords = ['till', 'til', 'at', 'bei', 'für', 'chez', 'para', 'per', 'voor', 'bij', 'do'];
/**
 * German writes every noun with a capital: after "für" a capitalised word is as often what the hire works on as who hires
 * ("Wir suchen jemanden mit Leidenschaft für Software", "einen Entwickler für Zahlungs-APIs"). Such a reading is weak (it
 * needs another to agree) unless the name has a legal form ("für die Acme GmbH").
 */
export const nounCapitalisingHiringToWords = ['für'];

/** Verb-second languages: "Bij Acme bouwen we", "Hos Acme bygger vi" (a verb between the name and the pronoun). */
/** Norwegian and Danish "I X er vi" (in/at X we are) take "I" as "Hos". */
/** "We at Acme", "Wir bei Acme möchten", "Wij bij Acme", "Vi på Acme": "we" and "at" before the employer's name, per language. */
export const weAtWords: Record<string, string[]> = {
  en: ['We at'], de: ['Wir bei'], nl: ['Wij bij', 'We bij'], sv: ['Vi på', 'Vi hos'], da: ['Vi hos'], no: ['Vi hos'],
};
/**
 * A kind of business a local site puts beside its city, as a domain spells it ("zahnarzt-hamburg.de", "kita-berlin.de",
 * "hotel-wien.at"): what the business is, not its name, so the name-and-city domain reading (company-domain.ts) skips it.
 */
export const businessKindsBesidePlace: Record<string, string[]> = {
  de: ['praxis', 'zahnarzt', 'zahnaerzte', 'zahnarztpraxis', 'arzt', 'aerzte', 'hausarzt', 'tierarzt', 'kita', 'kitas', 'kindergarten', 'schule', 'klinik', 'apotheke', 'pflege', 'pflegedienst', 'physio', 'physiotherapie', 'kanzlei', 'anwalt', 'steuerberater', 'fahrschule', 'autohaus', 'friseur', 'baeckerei', 'reinigung', 'umzug', 'immobilien', 'handwerk', 'elektro'],
  en: ['dentist', 'dental', 'clinic', 'doctor', 'school', 'nursery', 'hotel', 'restaurant', 'cafe', 'pharmacy', 'taxi', 'cleaning', 'plumber', 'lawyer', 'salon'],
  fr: ['dentiste', 'cabinet', 'clinique', 'ecole', 'creche', 'pharmacie', 'boulangerie'],
  pl: ['dentysta', 'stomatolog', 'przychodnia', 'szkola', 'przedszkole', 'apteka'],
  nl: ['tandarts', 'huisarts', 'kinderopvang', 'apotheek'],
};
export const v2AtWords: Record<string, string[]> = { nl: ['Bij'], de: ['Bei'], sv: ['Hos', 'På'], no: ['Hos', 'I'], da: ['Hos', 'I'] };
export const v2WeWords: Record<string, string[]> = { nl: ['we', 'wij'], de: ['wir'], sv: ['vi'], no: ['vi'], da: ['vi'] };

export { foundedWords, cjkHiringWords, cjkJoinWords, jaAtParticles, jaCompanySuffixes, ourWords, ourCompanyNouns, companyOursAfter, koWithHiring } from './company-sentences.js';
