/**
 * Vocabulary of the company family's general evidence (company-general.ts),
 * per language: the words of a definitional sentence ("Acme is a …") and the
 * words that open such a sentence without naming anything ("This is a …").
 * A new language is a line in each table.
 */

/** "Acme is a …", "Acme ist ein …": the verb and article after the subject of a definition. */
export const definitionVerbs: Record<string, string[]> = {
  en: ['is a', 'is an', 'is the'],
  de: ['ist ein', 'ist eine', 'ist der', 'ist die', 'ist das'],
  fr: ['est un', 'est une', 'est le', 'est la', "est l'", 'est l’'],
  es: ['es un', 'es una', 'es el', 'es la'],
  pt: ['é um', 'é uma', 'é o', 'é a'],
  it: ['è un', 'è una', "è un'", 'è il', 'è la', "è l'"],
  nl: ['is een', 'is de', 'is het'],
  sv: ['är ett', 'är en'],
  no: ['er et', 'er en', 'er ei'],
  da: ['er et', 'er en'],
  pl: ['jest'],
  cs: ['je'],
  fi: ['on'],
  ru: ['— это', '– это', '- это'],
  uk: ['— це', '– це', '- це'],
};

/**
 * Words that open a definition without naming an organisation: pronouns,
 * demonstratives, question words ("This is a…", "Wat is een…", "Was ist
 * eine…"), and nouns of the job itself. Compared lower-cased with the
 * subject's first word.
 */
export const notDefinitionSubjects: Record<string, string[]> = {
  en: ['this', 'that', 'it', 'there', 'here', 'what', 'who', 'which', 'team', 'role', 'position', 'job', 'salary', 'pay', 'visa', 'location', 'remote', 'experience', 'everything', 'nothing', 'today', 'one', 'each', 'every'],
  de: ['dies', 'das', 'es', 'was', 'wer', 'hier', 'dein', 'ihr', 'unser', 'team', 'stelle', 'gehalt'],
  fr: ['ce', 'cela', 'ceci', 'il', 'elle', 'qui', 'que', 'quel', 'quelle', 'voici', 'équipe', 'poste'],
  es: ['esto', 'esta', 'este', 'eso', 'qué', 'quién', 'lo', 'equipo', 'puesto'],
  pt: ['isto', 'isso', 'este', 'esta', 'quem', 'equipe', 'vaga'],
  it: ['questo', 'questa', 'cosa', 'chi', 'squadra'],
  nl: ['dit', 'dat', 'het', 'wat', 'wie', 'er', 'team', 'functie'],
  sv: ['det', 'detta', 'vad', 'vem', 'team', 'tjänsten'],
  no: ['det', 'dette', 'hva', 'hvem', 'team', 'stillingen'],
  da: ['det', 'dette', 'hvad', 'hvem', 'team', 'stillingen'],
  pl: ['to', 'co', 'kto', 'zespół'],
  cs: ['to', 'co', 'kdo', 'tým'],
  fi: ['se', 'tämä', 'mikä', 'kuka', 'tiimi'],
  ru: ['это', 'что', 'кто', 'команда'],
  uk: ['це', 'що', 'хто', 'команда'],
};
