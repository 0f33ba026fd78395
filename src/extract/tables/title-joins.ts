/**
 * "Join Acme as a Backend Engineer", "Rejoignez Acme en tant que X": a headline inviting the reader to join, per language.
 * The title is what follows the "as" word (and an article); the words between name the employer or "our team". Lower case.
 */
export const titleJoinLeads: Record<string, string[]> = {
  en: ['join'],
  fr: ['rejoignez', 'rejoins'],
  es: ['únete a', 'unete a'],
  pt: ['junte-se à', 'junte-se ao', 'junte-se a', 'venha para a', 'venha para o'],
  it: ['unisciti a', 'entra in'],
  nl: ['kom werken bij'],
  de: ['verstärke', 'komm zu', 'werde teil von', 'werde teil der', 'werde teil des'],
};

/** The "as" word after the employer, per language, and the articles that may follow it. */
export const titleJoinAs: Record<string, string[]> = {
  en: ['as an', 'as a', 'as'],
  fr: ['en tant que', 'comme'],
  es: ['como'],
  pt: ['como'],
  it: ['come'],
  nl: ['als'],
  de: ['als'],
};
