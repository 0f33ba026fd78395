/**
 * Word tables for employment type, seniority and experience, per language
 * (remote policy: remote.ts). Phrases are matched case-insensitively as whole words unless
 * noted; a new language is a few more strings here.
 */
import type { EmploymentType, Seniority } from '../../schema/posting.js';

/** Employment-type words, per language. */
export const employmentWords: Array<[phrase: string, type: EmploymentType]> = [
  ['full-time', 'FULL_TIME'], ['full time', 'FULL_TIME'], ['fulltime', 'FULL_TIME'], ['full_time', 'FULL_TIME'],
  ['part-time', 'PART_TIME'], ['part time', 'PART_TIME'], ['parttime', 'PART_TIME'], ['part_time', 'PART_TIME'],
  ['contractor', 'CONTRACTOR'], ['contract', 'CONTRACTOR'], ['freelance', 'CONTRACTOR'], ['freelancer', 'CONTRACTOR'],
  ['freelance position', 'CONTRACTOR'], ['freelance role', 'CONTRACTOR'], ['freelance basis', 'CONTRACTOR'], ['contract position', 'CONTRACTOR'],
  ['contract role', 'CONTRACTOR'], ['contract basis', 'CONTRACTOR'], ['contract job', 'CONTRACTOR'], ['contractor position', 'CONTRACTOR'],
  ['contractor role', 'CONTRACTOR'], ['independent contractor', 'CONTRACTOR'], ['as a freelancer', 'CONTRACTOR'],
  ['contract-to-hire', 'CONTRACTOR'], ['temporary', 'TEMPORARY'], ['temp', 'TEMPORARY'], ['fixed-term', 'TEMPORARY'], ['fixed term', 'TEMPORARY'],
  ['internship', 'INTERN'], ['intern', 'INTERN'], ['volunteer', 'VOLUNTEER'], ['per diem', 'PER_DIEM'],
  // de
  ['vollzeit', 'FULL_TIME'], ['teilzeit', 'PART_TIME'], ['freiberuflich', 'CONTRACTOR'], ['freie mitarbeit', 'CONTRACTOR'],
  ['befristet', 'TEMPORARY'], ['praktikum', 'INTERN'], ['praktikant', 'INTERN'], ['werkstudent', 'PART_TIME'], ['minijob', 'PART_TIME'],
  ['ehrenamtlich', 'VOLUNTEER'],
  // fr
  ['cdi', 'FULL_TIME'], ['temps plein', 'FULL_TIME'], ['temps complet', 'FULL_TIME'], ['cdd', 'TEMPORARY'], ['temps partiel', 'PART_TIME'],
  ['mi-temps', 'PART_TIME'], ['freelance', 'CONTRACTOR'], ['indépendant', 'CONTRACTOR'], ['stage', 'INTERN'], ['stagiaire', 'INTERN'],
  ['alternance', 'INTERN'], ['bénévole', 'VOLUNTEER'],
  // es
  ['tiempo completo', 'FULL_TIME'], ['jornada completa', 'FULL_TIME'], ['medio tiempo', 'PART_TIME'], ['media jornada', 'PART_TIME'],
  ['tiempo parcial', 'PART_TIME'], ['autónomo', 'CONTRACTOR'], ['prácticas', 'INTERN'], ['pasantía', 'INTERN'], ['temporal', 'TEMPORARY'],
  // pt
  ['tempo integral', 'FULL_TIME'], ['meio período', 'PART_TIME'], ['meio periodo', 'PART_TIME'], ['estágio', 'INTERN'], ['estagiário', 'INTERN'],
  // nl
  ['voltijd', 'FULL_TIME'], ['deeltijd', 'PART_TIME'], ['tijdelijk', 'TEMPORARY'], ['stagiair', 'INTERN'], ['zzp', 'CONTRACTOR'],
  // sk / cz
  ['plný úväzok', 'FULL_TIME'], ['hlavný pracovný pomer', 'FULL_TIME'], ['skrátený úväzok', 'PART_TIME'], ['polovičný úväzok', 'PART_TIME'],
  ['polovičný', 'PART_TIME'], ['živnosť', 'CONTRACTOR'], ['živnostník', 'CONTRACTOR'], ['brigáda', 'TEMPORARY'], ['stáž', 'INTERN'],
  ['plný pracovní úvazek', 'FULL_TIME'],
  // ja
  ['フルタイム', 'FULL_TIME'], ['正社員', 'FULL_TIME'], ['パートタイム', 'PART_TIME'], ['アルバイト', 'PART_TIME'], ['契約社員', 'CONTRACTOR'],
  ['業務委託', 'CONTRACTOR'], ['インターン', 'INTERN'], ['派遣', 'TEMPORARY'],
];

/** Words that only count in a field labelled as the contract type, never in free text (too ambiguous there). */
export const employmentLabelOnly = new Set(['contract', 'contractor', 'freelance', 'freelancer', 'temp', 'intern', 'stage', 'temporal', 'volunteer', 'polovičný', 'prácticas']);

/**
 * Seniority from title words, checked in this order (the first hit wins). Each pattern comes with
 * lower-case keywords one of which every match contains (a prefilter, see text.ts mayContain).
 */
export const seniorityWords: Array<[pattern: RegExp, seniority: Seniority, keywords: string[]]> = [
  [/\b(?:chief|ceo|cto|cfo|coo|cio|cpo|vp|svp|evp|vice[- ]president|président(?:e)?|presidente|geschäftsführer(?:in)?|pdg)\b/iu, 'executive',
    ['chief', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'cpo', 'vp', 'vice', 'présid', 'presid', 'geschäftsführer', 'pdg']],
  [/\b(?:director|directeur|directrice|directeur·rice|director[a]?|direktor(?:in)?|head of|leiter(?:in)?|responsable)\b/iu, 'director',
    ['direct', 'direktor', 'head of', 'leiter', 'responsable']],
  [/\bprincipal\b/iu, 'principal', ['principal']],
  [/\bstaff\b/iu, 'staff', ['staff']],
  [/\b(?:lead|leader|teamlead|team lead|tech lead|lead developer)\b/iu, 'lead', ['lead']],
  [/\b(?:manager|managerin|gerente|gestionnaire|manažér)\b|マネージャー/iu, 'manager', ['manager', 'gerente', 'gestionnaire', 'manažér', 'マネージャー']],
  [/\b(?:senior|sr\.?|snr)(?![\p{L}])/iu, 'senior', ['senior', 'sr', 'snr']],
  [/\b(?:mid[- ]level|intermediate|medior|mid)\b/iu, 'mid', ['mid', 'intermediate', 'medior']],
  [/\b(?:junior|jr\.?|graduate|entry[- ]level|einsteiger(?:in)?|débutant(?:e)?)(?![\p{L}])/iu, 'junior', ['junior', 'jr', 'graduate', 'entry', 'einsteiger', 'débutant']],
  [/\b(?:intern|internship|praktikant(?:in)?|praktikum|stagiaire|stage|estagiário|estágio|becario|becaria|werkstudent(?:in)?)\b/iu, 'intern',
    ['intern', 'praktik', 'stag', 'estagiário', 'estágio', 'becari', 'werkstudent']],
];

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
