/**
 * Slavic languages name the employer after "in/at/to the company" in its case ("в компании X", "w firmie X"):
 * the company nouns with their prepositions, and what makes such a phrase name no employer (company-rules.ts,
 * rule body.in-company).
 */
/**
 * "работаю в компании Петрович", "do firmy Acme", "ve společnosti Acme": Slavic languages name the employer after a
 * preposition and the company noun in its case (in, at, to the company), where English says "at Acme".
 */
export const companyNounsAtName: Record<string, string[]> = {
  ru: ['в компании', 'в компанию'], uk: ['в компанії', 'у компанії', 'до компанії'],
  pl: ['w firmie', 'do firmy', 'w spółce', 'do spółki'], cs: ['ve společnosti', 'do společnosti'], sk: ['v spoločnosti', 'do spoločnosti'],
};

/**
 * Experience nouns that make "в компании X" a place the candidate worked, not the employer ("Опыт работы в компании
 * Яндекс", "Doświadczenie w firmie Microsoft", "Praxe ve společnosti Škoda"): up to two words may stand between.
 */
/** Capitalised words after "в компании", "w firmie" that name no employer: an agency's client, a dream, a category. */
export const notNamesAfterCompanyNoun: Record<string, string[]> = {
  ru: ['Мечты', 'Клиента', 'Заказчика'], uk: ['Мрії', 'Клієнта', 'Замовника'], pl: ['Klienta', 'Klient', 'Marzeń', 'Big Four'],
  cs: ['Klienta', 'Snů', 'Big Four'], sk: ['Klienta', 'Snov', 'Big Four'],
};

export const experienceBeforeCompanyNoun: Record<string, string[]> = {
  ru: ['опыт', 'опыта', 'опытом', 'стаж'], uk: ['досвід', 'досвіду', 'досвідом', 'стаж'],
  pl: ['doświadczenie', 'doświadczenia', 'doświadczeniem', 'staż'], cs: ['praxe', 'praxi', 'zkušenost', 'zkušenosti', 'zkušeností'],
  sk: ['prax', 'praxe', 'skúsenosť', 'skúsenosti', 'skúsenosťami'],
};
