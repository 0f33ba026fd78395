/**
 * Words that are never a company's name when prose reads them where a name
 * stands ("We are hiring", "Join us", "hos En renare vardag": the article
 * alone), per language: pronouns, articles and other determiners, and
 * common nouns. Lower case. Front matter and structured data are not held to
 * them: `company: On` is a firm's name.
 */
export const notANameWords: Record<string, string[]> = {
  en: ['the', 'us', 'our', 'we', 'you', 'your', 'this', 'that', 'team', 'role', 'job', 'position', 'project', 'company', 'it', 'them', 'him', 'her',
    'a', 'an', 'me', 'my', 'they', 'he', 'she', 'data', 'code', 'software', 'work', 'life', 'everyone', 'someone', 'one', 'all', 'each', 'here', 'there', 'what', 'who', 'why', 'how'],
  de: ['uns', 'wir', 'ich', 'dich', 'dir', 'euch', 'sie', 'ihnen', 'was', 'ein', 'eine', 'der', 'die', 'das', 'dem', 'den'],
  fr: ['nous', 'nos', 'je', 'toi', 'vous', 'vos', 'la', 'le', 'de'],
  es: ['el', 'la', 'de', 'nosotros', 'yo'],
  pt: ['o', 'a', 'de', 'nós', 'nas', 'os', 'oss', 'eu', 'você', 'vocês'],
  it: ['io', 'voi'],
  nl: ['ons', 'ik', 'je', 'jou', 'jullie', 'een', 'het'],
  sv: ['vi', 'jag', 'dig', 'en', 'ett', 'den', 'det'], no: ['vi', 'eg', 'jeg', 'deg', 'en', 'ei', 'et', 'den', 'det'], da: ['vi', 'jeg', 'dig', 'en', 'et', 'den', 'det'],
  fi: ['sinua', 'teitä'], tr: ['biz', 'siz'], id: ['kami', 'anda', 'kamu'],
  pl: ['my', 'nam', 'tobie', 'ciebie', 'was'], cs: ['my', 'tebe', 'tobě', 'vás'],
  ru: ['нас', 'нам', 'мы', 'тебе', 'вас', 'вами'], uk: ['нас', 'нам', 'ми', 'тобі', 'вам', 'вас'],
  // ja "our company" (当社, 弊社), "we", "the said company"; ko "we" (저희, 우리), "you all", "our company" (당사), "head office" (본사), "the said company" (동사)
  ja: ['私たち', 'あなた', '当社', '弊社', '我々', '同社', '私達'], zh: ['我们', '我們', '你', '您', '你们'], ko: ['저희', '우리', '저', '여러분', '당신', '회사', '저희 회사', '우리 회사', '당사', '본사', '동사'],
};

/**
 * Possessive determiners: a subject that opens with one is a common noun ("Unser Kunde ist ein …", "Notre client est
 * une …"), never a name read from prose. Lower case; short forms that are also names' words ("ma", "su") left out.
 */
export const possessiveDeterminers: Record<string, string[]> = {
  en: ['our', 'your', 'their', 'my'],
  de: ['unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'euer', 'eure', 'meine', 'deine', 'ihre'],
  fr: ['notre', 'nos', 'votre', 'vos', 'leur', 'leurs'],
  es: ['nuestro', 'nuestra', 'nuestros', 'nuestras', 'vuestro', 'vuestra'],
  pt: ['nosso', 'nossa', 'nossos', 'nossas'],
  it: ['nostro', 'nostra', 'nostri', 'nostre', 'vostro', 'vostra'],
  nl: ['onze', 'jouw', 'uw'],
  sv: ['vår', 'vårt', 'våra'], no: ['vår', 'vårt', 'våre'], da: ['vores'],
  pl: ['nasz', 'nasza', 'nasze', 'naszego', 'naszej'],
};

/**
 * A pronoun that is also a firm's name, and the phrases in which it is the
 * pronoun (French "on": "On recrute !", we are hiring). Lower case.
 */
export const pronounPhrases: Record<string, string[]> = {
  fr: ['on recrute', 'on recherche', 'on cherche', 'on embauche', 'on est', 'on a', 'on vous', 'on t'],
};

/** A team word after a name ("Join Unbody Team", "Acme-Team", "l'équipe"): the team is the company's, its word no part of the name. */
export const teamWords: Record<string, string[]> = {
  en: ['team', 'Team', 'TEAM'],
};

/**
 * German writes every noun with a capital: after an article, one word with an abstract noun's ending names an activity,
 * not an organisation ("Wir suchen Unterstützung bei der Portierung", "für die Entwicklung unserer Plattform"). The
 * articles before it, and the endings (German word formation), per language.
 */
export const abstractNouns: Record<string, { articles: string[]; endings: string[] }> = {
  de: { articles: ['der', 'die', 'das', 'dem', 'den', 'einer', 'eines', 'einem'], endings: ['ung', 'heit', 'keit', 'schaft', 'ität', 'tion'] },
};

/**
 * Kinds of organisation that head an anonymous description, never a name, after a sector or a quality ("Greentech Startup
 * sucht", "Innovatives Unternehmen sucht", "Fintech Startup is hiring"): the last word of a name read from prose. Case as written.
 */
export const descriptionHeads: Record<string, string[]> = {
  en: ['Startup', 'startup', 'Start-up', 'start-up'],
  de: ['Startup', 'Start-up', 'Start-Up', 'Unternehmen'],
};
