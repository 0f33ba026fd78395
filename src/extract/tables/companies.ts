/**
 * Company vocabulary, per language: the words around a name in the sentences
 * that name the hiring organisation. A new language is a line in each table.
 */

/** "At X, we …": the word before the name, at a sentence start. */
export const atWords: Record<string, string[]> = {
  en: ['At'], de: ['Bei'], fr: ['Chez'], es: ['En'], pt: ['Na', 'No'], sk: ['Na', 'V'], nl: ['Bij'], sv: ['Hos', 'På'], no: ['Hos', 'I'], da: ['Hos', 'I'],
};

/** "… X, we": the pronoun or verb that follows the name in "At X, we". */
export const weWords: Record<string, string[]> = {
  en: ['we', 'our'], de: ['wir', 'unser'], fr: ['nous', 'notre'], es: ['nosotros', 'nuestra', 'estamos', 'buscamos'], pt: ['nós', 'nossa', 'estamos'],
  nl: ['wij', 'we', 'ons'], sv: ['vi', 'vår'], no: ['vi', 'vår'], da: ['vi', 'vores'],
};

/** "X sucht", "X is looking for": the verb after the name. */
export const companyVerbs: Record<string, string[]> = {
  de: ['sucht'], fr: ['recrute', 'recherche'], es: ['busca'], pt: ['procura', 'contrata'], nl: ['zoekt'], sk: ['hľadá'], cs: ['hledá'],
  pl: ['szuka', 'poszukuje', 'zatrudni'], sv: ['söker'], no: ['søker'], da: ['søger'], fi: ['etsii'], ru: ['ищет'], uk: ['шукає'],
};

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
};

/** "X is a …": the verb, and the articles that may follow it. */
export const isVerbs = ['is', 'ist', 'est', 'es', 'é', 'er', 'är', 'on', 'jest', 'je', 'è', 'is'];
export const isArticles = ['a', 'an', 'the', 'our', 'ein', 'eine', 'das', 'der', 'un', 'une', 'la', 'le', 'el', 'um', 'uma', 'een', 'het', 'en', 'ett', 'et', 'una', 'uno'];

/** "Join X", "Bli en del av X": an invitation to join, before the name. */
export const joinWords = ['Join', 'join', 'Rejoins', 'rejoignez', 'Rejoignez', 'Junte-se à', 'Junte-se ao', 'Únete a', 'Bli en del av', 'bli en del av', 'Dołącz do', 'dołącz do', 'Word onderdeel van', 'Werde Teil von', 'werde Teil von'];

/** "as <role> at X": the words around a role and its employer ("Som Tech Lead hos Variant", "Als Entwickler bei Acme"). */
export const asWords = ['as', 'As', 'als', 'Als', 'som', 'Som', 'comme', 'en tant que', 'como', 'Como', 'jako', 'Jako'];
export const roleAtWords = ['at', 'bei', 'hos', 'chez', 'bij', 'na', 'en', 'w', 'på'];

/** Headings "About X", per language ("Om Variant", "Über Acme", "Sobre nós" is excluded by the name test). */
export const aboutWords = ['about', 'über', 'a propos de', 'à propos de', 'acerca de', 'sobre', 'over', 'o', 'om', 'tietoa', 'o firmie'];
