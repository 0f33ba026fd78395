/**
 * Words around a title on a heading or in a header line, per language: what follows it, workloads, counts, "at" and place words, "a position as" (split from titles.ts by theme).
 */

/** Words a title is followed by on a heading ("X gesucht!", "X sökes", "Developer wanted"): the title is what goes before. */
export const titleLeadOuts: Record<string, string[]> = {
  en: ['wanted'], nl: ['gezocht'], sv: ['sökes'], no: ['søkes'], da: ['søges'],
  // de: and the start date a headline puts after the title, with the word or without ("X (m/w/d) ab sofort gesucht", "X ab sofort")
  de: ['gesucht', 'ab sofort', 'ab sofort gesucht', 'zum nächstmöglichen zeitpunkt', 'zum nächstmöglichen zeitpunkt gesucht'],
  // Turkish puts "we are looking for" after the role ("Veri Analisti Arıyoruz").
  tr: ['arıyoruz'],
};

/**
 * Workload after a title ("Buchhalter (60 %), ab März", "Java developer 32-40 uur per week",
 * "Support Engineer (30 hours per week)"): the hour words, per language. A percentage or
 * a number of hours ends the title; what follows describes the job.
 */
export const titleWorkloadHourWords: Record<string, string[]> = {
  en: ['hours', 'hour', 'hrs'], de: ['stunden', 'std.', 'std'], nl: ['uur'], fr: ['heures'], es: ['horas'], pt: ['horas'], it: ['ore'],
  pl: ['godzin', 'godziny'], sv: ['timmar'], no: ['timer'], da: ['timer'], fi: ['tuntia'],
};

/**
 * A number before one of these words is a quantity in the title ("24 Hour Support Agent", "7 Day Shift Nurse",
 * "360 Degree Designer"), not a list number without its dot ("1 Leerkracht"). Lower case, per language.
 */
export const titleNumberUnitWords: Record<string, string[]> = {
  en: ['hour', 'hours', 'hr', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'star', 'degree', 'minute', 'minutes', 'shift'],
  de: ['stunden', 'tage', 'tag', 'monate', 'jahre'], nl: ['uur', 'dagen', 'maanden'], fr: ['heures', 'jours', 'mois', 'ans'], es: ['horas', 'días', 'meses'],
};

/**
 * The word between a title and its employer's name ("Backend Engineer at Acme", "Entwickler bei Acme", "Utvecklare hos Acme"),
 * per language: the name goes to the company, the title keeps what goes before. Not pt "na"/"no" nor pl "w", cs "v": they also put
 * a department after the title ("Analista no Departamento Financeiro", "Programista w Dziale IT").
 */
export const titleAtCompanyWords: Record<string, string[]> = {
  en: ['at', '@'], de: ['bei'], fr: ['chez'], es: ['en'], nl: ['bij'], it: ['presso'],
  // sv, no, da: "hos" (at); not "till"/"til" (to), which Nordic ads write before a town as often ("Säljare till Kungälv")
  sv: ['hos'], no: ['hos'], da: ['hos'],
};

/** "Backend Engineer job at Acme": a word for the post between a title and its "at" word is no part of the title, per language. */
export const titleJobWordsBeforeAt: Record<string, string[]> = {
  en: ['job', 'position', 'role', 'opening', 'vacancy'], de: ['job', 'stelle'], nl: ['vacature', 'functie'],
};

/**
 * "Senior X job in London", "X job at Acme in Berlin", "X (m/w/d) bei Acme in München": the preposition before a place
 * that a job board's page title puts after the post's word or the employer, per language (the place goes to the hints).
 */
export const titlePlacePrepositions: Record<string, string[]> = { en: ['in'], de: ['in'], nl: ['in'], fr: ['à'], it: ['a'], pt: ['em'] };

/** "a position as", per language, before a title ("80% Stelle als Buchhalter", "Position as Data Analyst"): the title is what follows. */
export const titlePositionWords: Record<string, string[]> = {
  en: ['position as', 'role as', 'job as'], de: ['stelle als', 'position als', 'anstellung als'], nl: ['functie als', 'baan als'],
  fr: ['poste de', "poste d'", 'poste d’'], es: ['puesto de', 'vacante de', 'vacante para'], sv: ['tjänst som'],
  // pt "Vaga de Desenvolvedor", "Vaga para Analista": the vacancy for X
  pt: ['vaga de', 'vaga para'],
};

/** Head counts after a Japanese or Chinese title ("エンジニア（1名）", "工程师（2人）", "若干名"): the counter words. */
export const titleHeadCountWords = ['名', '人', '位', '명'];
/** Nouns a count of openings takes after a title, as a card's badge: "Android Engineer 2 positions", "Entwickler (3 Stellen)". */
export const titleOpeningCountNouns = ['position', 'positions', 'opening', 'openings', 'vacancy', 'vacancies', 'role', 'roles',
  'stelle', 'stellen', 'positionen', 'poste', 'postes', 'puesto', 'puestos', 'plaza', 'plazas', 'vacante', 'vacantes', 'vaga', 'vagas',
  'posizione', 'posizioni', 'vacature', 'vacatures', 'plaats', 'plaatsen'];
