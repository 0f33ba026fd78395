/**
 * Counted openings ("2 open positions", "3 Stellen") and the words around a counted role, per language, and the words that end a period (moved from tables.ts, which re-exports them).
 */

/**
 * A line that counts its openings ("**Two** open PhD positions on …", "Zwei offene Stellen als …"; split/counted-roles.ts):
 * the position nouns, singular and plural, per language; the words for "open" that stand between; and the words that lead
 * to the role when only "open" stands before the noun ("Two open positions for a Data Engineer").
 */
export const countedPositionNouns: Record<string, string[]> = {
  en: ['position', 'positions', 'opening', 'openings', 'vacancy', 'vacancies', 'post', 'posts', 'role', 'roles', 'job', 'jobs'],
  de: ['stelle', 'stellen', 'position', 'positionen', 'promotionsstelle', 'promotionsstellen', 'doktorandenstelle', 'doktorandenstellen'],
  fr: ['poste', 'postes'], es: ['puesto', 'puestos', 'plaza', 'plazas', 'vacante', 'vacantes'], pt: ['vaga', 'vagas'],
  it: ['posizione', 'posizioni'], nl: ['functie', 'functies', 'vacature', 'vacatures', 'plaats', 'plaatsen'],
  el: ['θέση', 'θέσεις', 'θέσης'],
};
/** Counts beside the number words of tables/words.ts: feminine "one" and "several". */
export const countWords: Record<string, string[]> = {
  en: ['several', 'multiple'], de: ['eine', 'mehrere'], fr: ['une', 'plusieurs'], es: ['una', 'varias', 'varios'], pt: ['uma', 'várias', 'vários'],
  it: ['una', 'diverse', 'diversi'], nl: ['een', 'meerdere', 'enkele'],
  // Greek counts are words of their own (no numberWords entry): one (feminine, as θέση is), two to five, several.
  el: ['μία', 'μια', 'μιας', 'δύο', 'τρεις', 'τέσσερις', 'πέντε', 'αρκετές', 'πολλές'],
};
export const countedOpenWords: Record<string, string[]> = {
  en: ['open', 'new', 'vacant', 'funded', 'full-time', 'part-time'], de: ['offene', 'freie', 'neue'], fr: ['ouvert', 'ouverts', 'ouverte', 'ouvertes'],
  es: ['abierta', 'abiertas', 'abierto', 'abiertos'], pt: ['aberta', 'abertas'], it: ['aperta', 'aperte'], nl: ['open', 'openstaande'],
};
export const countedRoleLeads: Record<string, string[]> = {
  en: ['for', 'as'], de: ['als', 'für'], fr: ['de', 'pour'], es: ['de', 'para'], pt: ['de', 'para'], it: ['di', 'per'], nl: ['als', 'voor'],
};
/** Words that end such a role where its place or employer follows ("als Projektleiter/in in Hamburg", "for a Designer at Acme"). */
export const countedRoleEnds: Record<string, string[]> = {
  en: ['in', 'at', 'with'], de: ['in', 'im', 'bei', 'am'], fr: ['à', 'chez', 'au'], es: ['en'], pt: ['em', 'no', 'na'], it: ['presso'], nl: ['in', 'bij'],
};
/** Articles after a counted role's lead ("for a Data Engineer", "als ein …"): not part of the role. */
export const countedRoleArticles: Record<string, string[]> = {
  en: ['a', 'an', 'the'], de: ['ein', 'eine', 'einen'], fr: ['un', 'une'], es: ['un', 'una', 'uno'], pt: ['um', 'uma'], it: ['un', 'uno', 'una'], nl: ['een', 'de'],
};
/**
 * Roles named by a degree or a level, whose position noun stays in the title ("PhD position", "Postdoc positions"):
 * an academic post is named so. After any other role the noun goes ("Two Backend Engineer positions" -> "Backend Engineer").
 */
export const countedNounKeepers: Record<string, string[]> = {
  en: ['phd', 'postdoc', 'post-doc', 'postdoctoral', 'doctoral', 'research', 'faculty', 'tenure-track', 'student', 'msc', 'master', 'bachelor'],
  de: ['doktorand', 'promotion', 'wimi', 'hiwi', 'shk'],
};

/**
 * Words that end a period of work still going on ("Januar 2020 - Heute", "05/2019 – Heden", "2020 – present"), per
 * language: a résumé's entry runs to them (split/periods.ts).
 */
export const periodEndWords: Record<string, string[]> = {
  en: ['present', 'today', 'now', 'current', 'date'],
  de: ['heute', 'jetzt', 'aktuell', 'dato', 'laufend'],
  fr: ['présent', 'aujourd’hui', "aujourd'hui", 'ce jour', 'maintenant'],
  es: ['presente', 'actualidad', 'hoy', 'la fecha'],
  pt: ['presente', 'atual', 'hoje', 'o momento'],
  it: ['presente', 'oggi', 'in corso'],
  nl: ['heden', 'nu', 'huidig'],
  pl: ['obecnie', 'teraz'],
  sv: ['nu', 'idag', 'pågående'],
};
