/**
 * Employment-type vocabulary, per language, continued from employment.ts: the units of working hours and job size, the
 * sentences that say what this job is, negations and prospects, fixed terms and probation. A new phrase is a line.
 */

/**
 * Working hours a week: "40 Std./Woche", "30h/week", "10 timmar per vecka". Under PART_TIME_HOURS
 * is part-time, FULL_TIME_HOURS or more full-time; the hours between say neither.
 */
export const hoursWords = ['h', 'hrs', 'hr', 'hours', 'hour', 'stunden', 'stunde', 'std', 'heures', 'horas', 'ore', 'uur', 'timmar', 'timer', 'saat', 'godzin', 'часов', 'годин'];
// de "25 Std. in der Woche" (in the week: a week)
export const perWords = ['per', 'a', 'each', 'every', 'pro', 'die', 'in der', 'par', 'por', 'a la', 'por semana', 'i', 'per', 'в', 'на', 'na', 'w'];
export const weekWords = ['week', 'wk', 'woche', 'semaine', 'semana', 'settimana', 'vecka', 'veckan', 'uge', 'ugen', 'uke', 'uken', 'tydzień', 'tygodniowo', 'неделю', 'тиждень', 'hafta',
  // "40 horas semanais", "20 ore settimanali", "35 heures hebdomadaires", "30 hours weekly": weekly, after the hours
  'semanais', 'semanales', 'semanal', 'settimanali', 'hebdomadaires', 'weekly', 'wöchentlich'];
/** Labels of weekly hours, before the figure: "carga horária semanal de 20 horas", "Wochenarbeitszeit: 30 Stunden". */
export const weeklyHoursLabels = [
  'carga horária semanal', 'carga horaria semanal', 'jornada semanal', 'horas semanales', 'weekly hours', 'weekly working hours', 'wochenarbeitszeit',
  'wöchentliche arbeitszeit', 'temps de travail hebdomadaire', 'durée hebdomadaire', 'orario settimanale', 'tygodniowy wymiar czasu pracy',
];
/** One word for hours a week ("20 Wochenstunden"). */
export const weeklyHoursWords = ['wochenstunden', 'wochenstd', 'h/woche', 'h/week', 'h/semaine', 'h/semana'];
export const PART_TIME_HOURS = 32;
export const FULL_TIME_HOURS = 35;

/** Words for the size of a job, beside a percentage ("80% Stelle", "Pensum 60-80%", "tjänsten är på 25%"): 100% is full-time, less part-time. */
export const jobSizeWords = [
  'stelle', 'pensum', 'arbeitspensum', 'beschäftigungsgrad', 'anstellung', 'tjänst', 'tjänsten', 'tjänstgöringsgrad', 'stilling', 'stillingen',
  'stillingsprosent', 'fte', 'poste', "taux d'activité", 'taux d’activité', 'etatu', 'etat',
  // de the job's extent ("Stellenumfang 75%", "Beschäftigungsumfang: 50 %"), fr its rate ("Taux d'occupation : 80 %")
  'stellenumfang', 'beschäftigungsumfang', 'arbeitsumfang', "taux d'occupation", 'taux d’occupation',
];
/**
 * What may follow a fraction of a full-time job ("0.4 FTE", "0,5 full time equivalent") for it to be this job's size:
 * the end of the phrase, or these words ("0.5 FTE and above", "a 0.8 FTE post"). Any other word makes it a colleague's
 * ("a 0.5 FTE product manager").
 */
export const fractionAfterWords = ['and', 'or', 'to', 'position', 'post', 'role', 'job', 'contract', 'appointment'];

/**
 * A sentence that says what this job is: a noun for the job and a copula ("This position is temporary", "Die Stelle ist
 * befristet", "X is a part-time contract position"). Under a field that names only the hours, only such a sentence's
 * contract and fixed-term words count ("temporary housing", "temporary visa" say nothing of the job), and never with a
 * negation ("not a temporary or contract position").
 */
export const thisJobNouns = ['position', 'role', 'job', 'post', 'opening', 'vacancy', 'stelle', 'poste', 'puesto', 'vaga', 'cargo', 'functie', 'baan'];
export const copulaWords = ['is', 'will be', 'ist', 'wird', 'est', 'es', 'é', 'será'];
export const negationWords = ['not', 'no', 'never', 'nicht', 'kein', 'keine', 'keinen', 'pas', 'non', 'niet', 'geen', 'não', 'nunca',
  // pl, cs (a negated verb: "není", "nejedná se o", "nenabízíme"), sk, sv, da/no, fi, ru/uk
  'nie', 'není', 'nejedná', 'nenabízíme', 'inte', 'ej', 'ikke', 'ei', 'не'];
/**
 * Prepositions that set a negation apart from the employment word after it ("No visa sponsorship for full-time roles" negates
 * the sponsorship, not the full-time job): a negation counts only with none of them between. Per language, lower case.
 */
export const negationBreakWords = ['for', 'with', 'without', 'from', 'für', 'mit', 'pour', 'avec', 'para', 'con', 'com', 'per', 'voor', 'met', 'dla', 'pro', 'för', 'til', 'для',
  // Idioms that negate nothing: "No matter whether full-time or part-time", "Not only full-time", "No importa si", "Niet alleen".
  'matter', 'importa', 'only', 'alleen', 'nur', 'solo', 'sólo', 'seulement', 'apenas', 'tylko', 'jen', 'bara'];
/**
 * A prospect of another contract ("tijdelijk, met uitzicht op vast", "befristet mit der Option auf Übernahme in ein
 * unbefristetes Arbeitsverhältnis", "CDD avec possibilité de CDI", "Teilzeit mit der Option auf Vollzeit"): the
 * employment word after it is what the job may become, not what it is. Per language, lower case.
 */
export const prospectPhrases = [
  'with the possibility of', 'with a possibility of', 'with the option of', 'option to go', 'option to switch to', 'with a view to', 'with the prospect of', 'possibility of', 'prospect of',
  'option auf', 'möglichkeit auf', 'möglichkeit zur', 'aussicht auf', 'perspektive auf', 'possibilité de', "possibilité d'", 'possibilité d’', 'perspective de',
  'posibilidad de', 'possibilidade de', 'possibilità di', 'prospettiva di', 'uitzicht op', 'perspectief op', 'optie op', 'mogelijkheid tot',
  'możliwością', 'możliwość', 'perspektywą', 'možností', 'možnost', 'möjlighet till', 'mulighed for', 'mulighet for', 'возможностью', 'перспективой',
  // sv/no/da "med chans att gå upp till heltid", "möjlighet att gå upp till heltid", "mulighet til å gå opp til full stilling"
  'möjlighet att', 'chans att', 'chans till', 'mulighet til', 'mulighed for at',
];

/** Words after "N full-time …" that count people, not the job ("five full-time employees" is the company's size). */
export const headcountWords = ['employees', 'staff', 'people', 'team members', 'colleagues', 'workers', 'ftes', 'mitarbeiter', 'mitarbeitende', 'beschäftigte', 'salariés', 'employés', 'empleados', 'funcionários', 'medewerkers'];

/** "a two-year position", "12-month contract": a job with a stated term is fixed-term. Units, and the words naming the job after them. */
export const termUnits = ['year', 'month'];
export const termJobWords = ['position', 'contract', 'appointment', 'fellowship', 'postdoc', 'post-doc', 'assignment'];
/**
 * "a contract of 12 months", nl "contract van 1 jaar", fr "contrat de 6 mois", es "contrato de 1 año", it "contratto di 12 mesi",
 * de "Vertrag für 2 Jahre": a contract, a preposition, then its term (language facts). Units as each language writes them.
 */
export const termContractWords = ['contract', 'contrat', 'contrato', 'contratto', 'vertrag', 'befristung'];
export const termPrepositions = ['of', 'for', 'van', 'voor', 'de', 'di', 'da', 'für', 'über', 'auf'];
export const termUnitWords = ['years', 'year', 'months', 'month', 'jaar', 'jaren', 'maand', 'maanden', 'ans', 'an', 'mois', 'años', 'año', 'meses', 'mes', 'anni', 'anno', 'mesi', 'jahre', 'jahr', 'monate', 'monat'];
/**
 * A trial period at the start of a job (language facts): a term in the sentence that names one is the trial's, not the
 * contract's ("the first contract of 6 months is a probation period"). Lower case, matched as words, per language.
 */
export const probationWords: Record<string, string[]> = {
  en: ['probation', 'probationary', 'trial period'], de: ['probezeit'], nl: ['proeftijd'], fr: ["période d'essai", 'période d’essai', "periode d'essai"],
  it: ['periodo di prova'], es: ['período de prueba', 'periodo de prueba'], pt: ['período de experiência', 'periodo de experiencia', 'período experimental', 'contrato de experiência'],
  sv: ['provanställning', 'prövotid'], da: ['prøvetid'], no: ['prøvetid'], pl: ['okres próbny', 'okresie próbnym'],
};
/** Words that add a trial to a contract ("a contract of 12 months with a probation period"): the term stays the contract's. */
export const trialWithWords: Record<string, string[]> = {
  en: ['with', 'including', 'incl.'], de: ['mit', 'inkl.', 'inklusive'], nl: ['met', 'inclusief', 'incl.'], fr: ['avec', 'dont', 'y compris'],
  it: ['con', 'incluso'], es: ['con', 'incluido'], pt: ['com', 'incluindo'], sv: ['med', 'inklusive'], da: ['med', 'inklusive'], no: ['med', 'inkludert'], pl: ['z', 'ze', 'w tym'],
};
