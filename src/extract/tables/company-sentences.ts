/**
 * Sentences that name an employer, per language: "Acme was founded", Chinese and Japanese hiring words, "our company Acme", the Korean recruiting sentence (moved from companies.ts, which re-exports them).
 */

/** "Acme was founded", "Acme wurde 2015 gegründet": only an organisation is founded (words may come between a phrase's words). */
export const foundedWords: Record<string, string[]> = {
  en: ['was founded'], de: ['wurde gegründet'], fr: ['a été fondée', 'a été fondé'], es: ['fue fundada', 'fue fundado'], pt: ['foi fundada', 'foi fundado'],
  it: ['è stata fondata', 'è stato fondato'], nl: ['werd opgericht'], pl: ['została założona', 'został założony'], ru: ['была основана', 'был основан'],
  sv: ['grundades'], no: ['ble grunnlagt'], da: ['blev grundlagt'], fi: ['perustettiin'],
};

/** Chinese: words after a name that say it hires ("Acme 招聘"), and before it that invite to join ("欢迎加入Acme"). */
export const cjkHiringWords = ['正在招聘', '招聘', '诚聘', '急聘', '招募', '誠聘',
  // ja "Nordlichtで働こう" (let's work at X), "Nordlichtで一緒に働きませんか" (won't you work with us at X)
  'で働こう', 'で働きませんか', 'で一緒に働きませんか', 'で一緒に働こう',
];
export const cjkJoinWords = ['欢迎加入', '加入', '歡迎加入'];
/** Japanese: "Acmeでは" (at Acme); "Acme社は", "Acme社の" (the company Acme), 社 with a particle, never 社会 or 社員. */
export const jaAtParticles = ['では'];
export const jaCompanySuffixes = ['社では', '社は', '社の', '社と', '社が', '社で', '社に', '社として'];

/** "our company Acme", "naši malou společnost Acme", "Nasza agencja interaktywna, Acme": the possessive, then (in any order with adjectives) the noun. */
export const ourWords: Record<string, string[]> = {
  en: ['our'], de: ['unser', 'unsere', 'unserer', 'unserem', 'unseren'], fr: ['notre'], es: ['nuestra', 'nuestro'], pt: ['nossa', 'nosso'], it: ['nostra', 'nostro'],
  nl: ['onze', 'ons'], sv: ['vårt', 'vår'], no: ['vårt', 'vår'], da: ['vores'], cs: ['naše', 'naši', 'naší'], sk: ['naša', 'našu', 'našej'],
  pl: ['nasza', 'naszej', 'naszą', 'naszego', 'nasz'], ru: ['наша', 'нашей', 'нашу', 'наше'], uk: ['наша', 'нашої', 'нашу'],
};
export const ourCompanyNouns: Record<string, string[]> = {
  en: ['company', 'firm', 'agency', 'startup', 'studio', 'consultancy'], de: ['Unternehmen', 'Firma', 'Agentur', 'Startup'],
  fr: ['société', 'entreprise', 'agence', 'startup'], es: ['empresa', 'agencia', 'compañía'], pt: ['empresa', 'agência'], it: ['azienda', 'società', 'agenzia'],
  nl: ['bedrijf', 'bureau', 'organisatie'], sv: ['företag', 'byrå'], no: ['selskap', 'byrå', 'bedrift'], da: ['virksomhed', 'bureau'],
  cs: ['společnost', 'firma', 'firmu', 'agentura', 'agenturu'], sk: ['spoločnosť', 'firma', 'firmu'],
  pl: ['firma', 'firmy', 'firmie', 'firmę', 'agencja', 'agencji', 'agencję', 'spółka', 'spółki', 'spółce', 'spółkę'],
  ru: ['компания', 'компании', 'компанию'], uk: ['компанія', 'компанії', 'компанію'],
};
/** Indonesian and Malay put the possessive after the noun: "perusahaan kami (Acme)". */
export const companyOursAfter = ['perusahaan kami', 'syarikat kami'];

/**
 * Korean: "X와 함께할 Y를 채용합니다" ("we hire a Y to work with X"), the standard recruiting
 * sentence: the name before the particle 와/과, then "together", the role and a hiring verb.
 */
export const koWithHiring = {
  particles: ['와', '과'], together: ['함께할', '함께하실', '함께 일할'], verbs: ['채용', '모집', '찾'],
  // Pronouns and common nouns that stand where the name does ("우리와 함께할": "to work with us"), never a name;
  // also with the plural 들 or the honorific 님 (company-rules.ts).
  notNames: ['우리', '저희', '여러분', '당신', '고객', '고객사', '회사', '동료', '사람', '파트너', '팀원', '구성원', '사용자'],
};

/**
 * A privacy notice's controller sentence: "Administratorem danych osobowych jest Acme Sp. z o.o.", "The data controller
 * is Acme Ltd": the employer who collects the applications names itself, in law's words (company-privacy.ts). Each
 * phrase's words in order, up to six words between them ("Administratorem Pani/Pana danych osobowych jest"); the
 * name follows its last word. Lower case; a processor ("podmiot przetwarzający") is no controller.
 */
export const controllerPhrases: Record<string, string[]> = {
  pl: ['administratorem danych jest', 'administratorem danych będzie'],
  en: ['data controller is', 'controller of your personal data is', 'controller of personal data is', 'controller for the processing is'],
  de: ['verantwortlich für die datenverarbeitung ist', 'verantwortliche im sinne der dsgvo ist', 'verantwortlicher im sinne der dsgvo ist', 'verantwortliche stelle ist'],
  fr: ['responsable du traitement est', 'responsable de traitement est'],
  it: ['titolare del trattamento è', 'titolare del trattamento dei dati è'],
  es: ['responsable del tratamiento es', 'responsable del tratamiento de sus datos es'],
  pt: ['responsável pelo tratamento é', 'responsável pelo tratamento dos dados é'],
  nl: ['verwerkingsverantwoordelijke is'],
  cs: ['správcem osobních údajů je', 'správcem údajů je'],
  sk: ['prevádzkovateľom osobných údajov je'],
};
/** Words between the phrase and the name: an article or the word for a company ("ist die Firma", "est la société", "jest spółka"). */
export const controllerLeadIns = ['the', 'der', 'die', 'das', 'la', 'le', "l'", 'il', 'el', 'o', 'a', 'de',
  'company', 'Firma', 'firma', 'spółka', 'société', 'società', 'sociedad', 'empresa', 'společnost', 'spoločnosť', 'Gesellschaft'];
/**
 * The role a controller clause names in place of a name, capitalised as Polish and Czech RODO/GDPR wording does
 * ("Administratorem danych jest Pracodawca, do którego …"): no employer's name. Compared lower-cased.
 */
export const controllerRoleNouns: Record<string, string[]> = {
  pl: ['pracodawca', 'zleceniodawca', 'administrator'], cs: ['zaměstnavatel', 'správce'], sk: ['zamestnávateľ', 'prevádzkovateľ'],
  de: ['arbeitgeber', 'auftraggeber'], en: ['employer', 'company', 'controller'], fr: ['employeur'], es: ['empleador'],
  pt: ['empregador'], it: ['datore'], nl: ['werkgever'],
};
/**
 * Where a name without a legal form ends: a seat or address follows it ("Fundacja X z siedzibą w Łodzi"), else a stop
 * or the line's end. A lower-case word that goes on ("is GDPR compliant", "is EU-based or relies on") was no name.
 */
export const controllerSeatWords = ['z siedzibą', 'with its registered office', 'with registered office', 'registered in', 'based in',
  'located', 'mit Sitz', 'se sídlem', 'so sídlom', 'con sede', 'con domicilio', 'com sede', 'gevestigd', 'dont le siège', 'ayant son siège', 'in'];
