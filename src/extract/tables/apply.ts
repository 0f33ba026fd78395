/**
 * Where-to-apply vocabulary, per language: the words that invite the reader
 * to write (apply, send your CV, contact), the spelled-out "@" and "." of
 * obfuscated addresses, mailbox names that are jobs mailboxes, and the words
 * that mark an address as not about the job. A new language is a few more
 * strings here.
 */

/** Words about applying or writing to someone, matched as whole words, case-insensitively; "*": any letters may follow. */
export const applyWords: Record<string, string[]> = {
  en: ['apply', 'applying', 'application', 'applications', 'resume', 'résumé', 'cv', 'cover letter', 'send', 'email us', 'e-mail us', 'mail us',
    'email me', 'e-mail me', 'write to', 'reach out', 'get in touch', 'contact', 'interested'],
  de: ['bewerbung', 'bewirb', 'bewerben', 'lebenslauf', 'anschreiben', 'schick*', 'schreib*', 'ansprechpartner*', 'kontakt*', 'melde dich', 'meld dich',
    'melden sie sich', 'meldet euch', 'wenden sie sich'],
  fr: ['candidature', 'postuler', 'envoy*', 'écrivez', 'contactez'],
  nl: ['solliciteer', 'sollicitatie', 'stuur', 'reageer', 'neem contact op'],
  es: ['candidatura', 'envía', 'envia', 'envíanos', 'envianos', 'escríbenos', 'escribenos', 'escribir', 'currículum', 'curriculum', 'interesa', 'interesados', 'interesadas', 'mandar'],
  pt: ['currículo', 'envie', 'mande', 'candidate-se', 'interessados'],
  it: ['candidatura', 'invia', 'inviare', 'scrivi', 'scrivere'],
  sk: ['pošli', 'pošlite', 'životopis', 'prihlás*'],
  cs: ['pošlete', 'napište', 'životopis', 'kontaktujte'],
  pl: ['aplikuj', 'wyślij', 'prześlij', 'cv'],
  // nb/no, da, sv: "contact", "e-mail", "apply", "send"
  no: ['kontakt*', 'e-post', 'søk*', 'søknad', 'send'],
  da: ['kontakt*', 'ansøg*', 'søg*', 'send'],
  sv: ['kontakt*', 'maila', 'mejla', 'skicka', 'ansök*', 'sök', 'ansökan', 'e-post', 'hör av dig', 'hör gärna av dig'],
  tr: ['başvur*', 'e-posta', 'eposta', 'email atarak', 'e-mail atarak', 'mail atarak', 'iletişim*', 'özgeçmiş*'],
  ru: ['резюме', 'пишите', 'присылайте', 'отправляйте', 'откликайтесь'],
  uk: ['резюме', 'пишіть', 'надсилайте'],
};

/** Words about applying in scripts without spaces between words (ja, zh): found anywhere. */
export const applyWordsUnbounded = [
  // ja: apply, CV
  '応募', '履歴書',
  // zh: CV, send, submit (a CV), contact
  '简历', '簡歷', '发送', '投递', '聯絡', '联系',
];

/** Words that make a line's address not about the job (accommodations, privacy, press, ...); as a pattern source, whole words. */
export const notApplySource = String.raw`\b(?:accommodations?|accessibility|disabilit\w*|privacy|gdpr|data protection|datenschutz|press|media inquiries|security|abuse|unsubscribe|support@|billing)\b`;

/** Mailbox names (before the "@") that are jobs mailboxes whatever the words around them. */
export const jobsMailboxes = [
  'job', 'jobs', 'career', 'careers', 'hiring', 'recruiting', 'recruitment', 'recruit', 'talent', 'hr', 'people', 'apply', 'application', 'applications',
  'join', 'work', 'bewerbung', 'bewerbungen', 'karriere', 'emploi', 'recrutement', 'empleo', 'vagas', 'vacatures', 'werken', 'prace', 'kariera', 'jobb',
  // pl, ru, fi, es, pt, it, tr: work, recruitment, careers
  'praca', 'rekrutacja', 'rabota', 'vacancy', 'rekry', 'rekrytointi', 'trabajo', 'empleos', 'carreira', 'carreiras', 'lavoro', 'kariyer',
];

/**
 * The "@" of an obfuscated address, spelled out. In brackets ("[at]", "(arroba)") any of them; bare
 * between spaces only those that are no common word ("jobs arroba acme punto com"): a bare " at " counts
 * only when a spelled-out dot follows ("jobs at acme dot com").
 */
export const obfuscatedAt = {
  bracketed: ['at', '@', 'arroba', 'zavináč', 'zavinac', 'собака', 'chiocciola', 'małpa'],
  bare: ['arroba', 'zavináč', 'zavinac', 'собака', 'chiocciola', 'małpa'],
};

/** The "." of an obfuscated address, spelled out: en dot, es/it punto, pt ponto, cs tečka, ru точка, de/sv/no punkt, fr point, pl kropka. */
export const obfuscatedDot = {
  bracketed: ['dot', '.', 'punto', 'ponto', 'tečka', 'tecka', 'точка', 'punkt', 'point', 'kropka'],
  bare: ['dot', 'punto', 'ponto', 'tečka', 'tecka', 'точка', 'punkt', 'kropka'],
};

/** Front-matter key words: a key of an email word after a contact or apply word names an apply address ("contact_emails", "contact_details.email"). */
export const emailKeyWords = { email: ['email', 'emails', 'e-mail', 'mail'], owner: ['apply', 'application', 'contact', 'contacts', 'recruiter', 'hiring', 'jobs'] };

/** Front-matter key words: a key of an apply word and a link word names an apply URL ("applicationFormUrl", "apply_link"). */
export const urlKeyWords = { apply: ['apply', 'application', 'applications'], link: ['url', 'link', 'href', 'form'] };

/**
 * A link's own text that invites the reader to write ("[contact me](…)", "[私にコンタクト](…)"): with the
 * link in a sentence, its URL is a way to apply. Matched anywhere in the link text, case-insensitively.
 */
export const contactLinkWords = [
  'contact me', 'contact us', 'get in touch', 'reach out', 'write to me', 'email me', 'dm me', 'message me', 'kontaktiere mich', 'schreib mir',
  'contactez-moi', 'écrivez-moi', 'escríbeme', 'contáctame', 'fale comigo', 'scrivimi', 'napisz do mnie', 'напишите мне', 'napište mi',
  'コンタクト', 'ご連絡', '連絡', 'お問い合わせ', '联系我', '聯絡我', '연락',
];
