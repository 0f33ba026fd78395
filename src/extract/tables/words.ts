/**
 * Word tables for remote policy, seniority and experience, per language
 * (employment type: tables/employment.ts). Phrases are matched case-insensitively as whole words unless
 * noted; a new language is a few more strings here.
 */
import type { Seniority } from '../../schema/posting.js';

/** Phrases that state a remote policy outright, with their weight (3 strong, 1 weak). */
export const remotePhrases: Record<'remote' | 'hybrid' | 'onsite', Array<[phrase: string, weight: number]>> = {
  remote: [
    ['fully remote', 3], ['full remote', 3], ['100% remote', 3], ['100 % remote', 3], ['remote-first', 3], ['remote first', 3],
    ['all-remote', 3], ['all remote', 3], ['remote position', 3], ['remote role', 3], ['remote job', 3], ['remote-only', 3],
    ['remote only', 3], ['work from anywhere', 3], ['work remotely from anywhere', 3], ['anywhere in the world', 3],
    ['distributed company', 2], ['telecommute', 2], ['telecommuting', 2], ['remote', 1], ['remotely', 1],
    // de
    ['vollständig remote', 3], ['komplett remote', 3], ['100% homeoffice', 3], ['100 % homeoffice', 3], ['ortsunabhängig', 3],
    // fr
    ['100% télétravail', 3], ['télétravail complet', 3], ['télétravail total', 3], ['full télétravail', 3], ['entièrement à distance', 3],
    ['intégralement à distance', 3], ['100% à distance', 3], ['en télétravail', 2],
    // es
    ['100% remoto', 3], ['remoto', 3], ['en remoto', 3], ['teletrabajo', 2], ['trabajo remoto', 3], ['desde donde quieras', 2],
    // pt
    ['100% remota', 3], ['de forma remota', 3], ['trabalho remoto', 3], ['home office integral', 3],
    // nl
    ['volledig remote', 3], ['thuiswerken', 2], ['op afstand', 2],
    // sk / cz
    ['plne remote', 3], ['práca z domu', 2], ['na diaľku', 2],
    // ja
    ['フルリモート', 3], ['完全リモート', 3], ['リモートワーク', 2],
  ],
  hybrid: [
    ['hybrid', 3], ['hybride', 3], ['híbrido', 3], ['hibrido', 3], ['partially remote', 3], ['partial remote', 3], ['partly remote', 3],
    ['remote: partial', 3], ['flexible working location', 2], ['teilweise remote', 3], ['teilweise homeoffice', 3],
    ['télétravail possible', 3], ['télétravail partiel', 3], ['teletrabajo parcial', 3], ['gedeeltelijk thuiswerken', 3],
    ['možný občasný home-office', 3], ['občasný home office', 3], ['home office možný', 3], ['home office möglich', 2],
    ['homeoffice möglich', 2], ['remote arbeiten ist möglich', 2], ['ハイブリッド', 3],
    // ja: "remote possible", "working from home possible" (as télétravail possible)
    ['リモート可', 3], ['リモート可能', 3], ['在宅勤務可', 3], ['在宅勤務可能', 3],
  ],
  onsite: [
    ['on-site', 3], ['onsite', 3], ['on site', 3], ['in-office', 3], ['in office', 2], ['office-based', 3], ['office based', 3],
    ['no telecommuting', 3], ['no remote', 3], ['not remote', 3], ['not a remote', 3], ['remote: no', 3], ['vor ort', 2],
    ['präsenz', 2], ['sur site', 3], ['en présentiel', 3], ['presencial', 3], ['presencialmente', 3], ['op kantoor', 2], ['出社', 2],
  ],
};

/**
 * Seniority from title words, checked in this order (the first hit wins). Each pattern comes with
 * lower-case keywords one of which every match contains (a prefilter, see text.ts mayContain).
 */
export const seniorityWords: Array<[pattern: RegExp, seniority: Seniority, keywords: string[]]> = [
  // sv "VD" (verkställande direktör): the managing director
  [/\b(?:chief|ceo|cto|cfo|coo|cio|cpo|vp|svp|evp|vice[- ]president|président(?:e)?|presidente|geschäftsführer(?:in)?|pdg|vd)\b/iu, 'executive',
    ['chief', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'cpo', 'vp', 'vice', 'présid', 'presid', 'geschäftsführer', 'pdg', 'vd']],
  // ru/uk директор, руководитель, керівник: the head of a unit (as Leiter)
  [/\b(?:director|directeur|directrice|directeur·rice|director[a]?|direktor(?:in)?|head of|leiter(?:in)?|responsable)\b|(?<![\p{L}])(?:директор|руководител|керівн)\p{L}*/iu, 'director',
    ['direct', 'direktor', 'head of', 'leiter', 'responsable', 'директор', 'руководител', 'керівн']],
  [/\bprincipal\b/iu, 'principal', ['principal']],
  [/\bstaff\b/iu, 'staff', ['staff']],
  [/\b(?:lead|leader|teamlead|team lead|tech lead|lead developer)\b/iu, 'lead', ['lead']],
  [/\b(?:manager|managerin|gerente|gestionnaire|manažér)\b|マネージャー/iu, 'manager', ['manager', 'gerente', 'gestionnaire', 'manažér', 'マネージャー']],
  // es "semi senior" is the middle level, read before "senior"
  [/\bsemi[- ]?senior\b/iu, 'mid', ['semi']],
  // pt sênior, pl starszy, ru/uk старший, tr kıdemli
  [/\b(?:senior|sr\.?|snr)(?![\p{L}])|(?<![\p{L}])(?:sênior|starszy|старший|kıdemli)(?![\p{L}])/iu, 'senior', ['senior', 'sr', 'snr', 'sênior', 'starszy', 'старший', 'kıdemli']],
  // "middle" as in ru/uk/pl IT ("PHP-разработчик (middle)"), not a middle school; pt-BR "pleno"
  [/\b(?:mid[- ]level|intermediate|medior|mid|pleno|middle(?![- ]?(?:school|east|office|ware|age)))\b/iu, 'mid', ['mid', 'intermediate', 'medior', 'pleno']],
  // pt júnior, pl młodszy, ru младший, uk молодший
  [/\b(?:junior|jr\.?|graduate|entry[- ]level|einsteiger(?:in)?|débutant(?:e)?)(?![\p{L}])|(?<![\p{L}])(?:júnior|młodszy|младший|молодший)(?![\p{L}])/iu, 'junior',
    ['junior', 'jr', 'graduate', 'entry', 'einsteiger', 'débutant', 'júnior', 'młodszy', 'младший', 'молодший']],
  // tr staj, stajyer
  [/\b(?:intern|internship|praktikant(?:in)?|praktikum|stagiaire|stage|estagiário|estágio|becario|becaria|werkstudent(?:in)?|staj|stajyer)\b/iu, 'intern',
    ['intern', 'praktik', 'stag', 'estagiário', 'estágio', 'becari', 'werkstudent', 'staj']],
];

/** Labels of a line that states the level ("Level: Senior", "Poziom: Mid", "Уровень: Middle"). */
export const seniorityLabels = ['seniority', 'seniority level', 'level', 'experience level', 'career level', 'job level', 'position level', 'poziom', 'poziom stanowiska', 'уровень', 'рівень', 'nível', 'nivel', 'niveau', 'karrierestufe'];
/** Words before a level inside a sentence: ru/uk "разработчика уровня Middle" (a developer of level Middle). */
export const seniorityLevelWords = ['уровня', 'рівня'];

/** Number words, so "au moins trois ans" reads as 3. */
export const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
  ein: 1, eins: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  um: 1, dois: 2, três: 3, quatro: 4, oito: 8, nove: 9, dez: 10,
  één: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10,
  jeden: 1, dva: 2, tri: 3, štyri: 4, päť: 5,
};

/** Words that make a short line look like a job title ("Engineer", "Entwickler*in", "développeur"). Stems, matched at word start. */
export const titleWordStems: string[] = [
  'engineer', 'developer', 'programmer', 'architect', 'manager', 'director', 'designer', 'analyst', 'scientist', 'consultant',
  'administrator', 'admin', 'specialist', 'coordinator', 'lead', 'head of', 'officer', 'intern', 'recruiter', 'writer', 'editor',
  'advisor', 'adviser', 'coach', 'generalist', 'assistant', 'associate', 'representative', 'technician', 'operator', 'owner',
  'strategist', 'researcher', 'postdoc', 'professor', 'fellow', 'executive', 'president', 'hacker', 'devops', 'sre', 'marketer',
  'accountant', 'support', 'partner', 'expert', 'tester', 'qa ', 'entwickler', 'ingenieur', 'berater', 'leiter', 'projektleiter',
  'mitarbeiter', 'referent', 'développeu', 'developpeu', 'ingénieu', 'chargé', 'chef de', 'responsable', 'stagiaire', 'desarrollador',
  'ingeniero', 'programador', 'desenvolvedor', 'desenvolvimento', 'analista', 'gerente', 'ontwikkelaar', 'beheerder', 'medewerker',
  'programátor', 'vývojár', 'コンサルタント', 'エンジニア', 'マネージャー', 'デザイナー', '開発',
];
