/**
 * What pages that are no posting say, per language, continued from not-posting.ts: the words that name a field in a
 * template's placeholders, and the words of hiring services, their clients and job seekers. A new phrase is a line.
 */

/**
 * Words that name a field rather than state it ("[Company Name]", "[City, State]", "[Título del puesto]"): a labelled
 * placeholder counts for a template only when it holds one. A stated value in brackets ("[Berlin / Remote]",
 * "[Go, Postgres, Kafka]", "[Full time, permanent]") names no field. Whole words, lower-cased, one line per language.
 */
export const fieldNameWords: Record<string, string[]> = {
  en: ['name', 'title', 'city', 'state', 'country', 'date', 'salary', 'range', 'link', 'url', 'email', 'website', 'industry', 'description', 'address'],
  es: ['nombre', 'título', 'ciudad', 'país', 'fecha', 'salario', 'rango', 'enlace', 'correo', 'descripción', 'dirección'],
  pt: ['nome', 'título', 'cidade', 'estado', 'país', 'data', 'salário', 'faixa', 'endereço', 'descrição'],
  de: ['name', 'titel', 'stadt', 'land', 'datum', 'gehalt', 'adresse', 'beschreibung', 'branche'],
  fr: ['nom', 'titre', 'ville', 'pays', 'date', 'salaire', 'adresse', 'description'],
};

/**
 * A recruiting or staffing service's page names a hiring service it sells and speaks to the companies it
 * serves: it offers no job. Each inner list is ONE concept in its inflected or near forms ("naszych klientów",
 * "naszym klientom"): a concept counts once however often or in however many forms it occurs. A page needs a
 * concept of each table (posting-kind.ts). Words any company's page uses ("su empresa", "for your company",
 * "提供サービス": services offered) are no concept; an agency's own postings speak of "our client" to
 * candidates, so the client phrases name clients in the plural or address a company.
 */
export const hiringServicePhrases: Record<string, string[][]> = {
  en: [['recruitment services', 'recruiting services', 'staffing services', 'hiring services']],
  de: [['recruiting-dienstleistungen', 'personaldienstleistungen', 'unsere dienstleistungen für unternehmen']],
  fr: [['nos services de recrutement', 'cabinet de recrutement']],
  es: [['servicios de reclutamiento', 'servicios de selección de personal']],
  pl: [['usługi rekrutacyjne', 'rekrutacja specjalistów', 'rekrutacje specjalistów', 'rekrutację specjalistów']],
  ja: [['求人サポート', '採用支援サービス', '採用代行', '人材紹介サービス']],
};

/** The companies a hiring service serves, addressed or named ("your hiring needs", "Ihre Vakanzen", "御社"): one concept per list. */
export const clientAddressPhrases: Record<string, string[][]> = {
  en: [['your hiring needs', 'your recruitment needs', 'your recruiting needs', 'your open positions', 'your vacancies']],
  de: [['ihre vakanzen', 'ihre personalsuche', 'ihre offenen stellen']],
  fr: [['vos recrutements', 'vos besoins en recrutement', 'vos postes à pourvoir']],
  es: [['sus vacantes', 'sus procesos de selección', 'sus necesidades de contratación']],
  pl: [['naszych klientów', 'naszym klientom', 'nasi klienci', 'twoje wakaty', 'twojej firmie rekrutację']],
  ja: [['御社', '貴社']],
};

/** A page title that names a hiring service ("エンジニア求人サポート", "Tech Recruiting"): a job word in it ("エンジニア") makes no job title of it. */
export const hiringServiceTitleWords: Record<string, string[]> = {
  en: ['recruiting', 'recruitment', 'staffing', 'headhunting', 'talent acquisition'],
  de: ['personalberatung', 'personalvermittlung', 'recruiting'],
  fr: ['recrutement', 'cabinet de recrutement'],
  es: ['reclutamiento', 'selección de personal'],
  pl: ['rekrutacja', 'rekrutacje'],
  ja: ['求人サポート', '採用支援', '採用代行', '人材紹介'],
};

/**
 * A page named for people who look for work, not for a job ("Człowiek szuka pracy", "Who wants to be hired?",
 * "Stellengesuche", "求职"): a job-wanted page or a candidate's. Matched in the page's name only (its title or
 * first heading), since a posting's sentence may say "are you looking for a job"; a Latin phrase as whole words
 * ("zoekt werk" is not in "zoekt werkplaatsmedewerker"), so an inflected form is a phrase of its own.
 */
export const jobSeekerTitles: Record<string, string[]> = {
  en: ['who wants to be hired', 'seeking work', 'seeking employment', 'looking for work', 'open to work', 'available for hire', 'job seekers', 'job wanted', 'jobs wanted', 'i am looking for a job', "i'm looking for a job"],
  de: ['stellengesuch', 'stellengesuche', 'sucht arbeit', 'suche arbeit', 'suche eine stelle', 'arbeitssuchend', 'arbeitssuchende', 'arbeitssuchender', 'jobsuchende', 'jobsuchender'],
  fr: ['cherche un emploi', 'je cherche un poste', "demandeurs d'emploi", "demandeur d'emploi"],
  es: ['busco trabajo', 'busco empleo', 'busca trabajo', 'busca empleo', 'demandantes de empleo', 'quiero ser contratado'],
  pt: ['procuro emprego', 'procuro trabalho', 'procura emprego', 'procura trabalho', 'busco emprego'],
  it: ['cerco lavoro', 'cerca lavoro', 'in cerca di lavoro'],
  nl: ['zoek werk', 'zoekt werk', 'werkzoekende', 'werkzoekenden'],
  pl: ['szuka pracy', 'szukam pracy', 'poszukuję pracy', 'poszukujący pracy', 'szukający pracy'],
  cs: ['hledám práci', 'hledá práci'],
  ru: ['ищу работу', 'ищет работу', 'соискатели'],
  uk: ['шукаю роботу', 'шукає роботу'],
  zh: ['求职', '找工作'],
  ja: ['仕事を探しています', '求職者一覧'],
  ko: ['구직자', '구직 중'],
};
