/**
 * How a page speaks of all its postings at once ("All roles are remote
 * within the EU"), per language: a new phrase is a line. Matched
 * lower-cased at the start of a paragraph after the last posting: from
 * there on the page's closing part speaks for every posting.
 */
export const allPostingsPhrases: Record<string, string[]> = {
  en: ['all roles', 'all positions', 'all jobs', 'all openings', 'all vacancies', 'all our roles', 'all our positions', 'all our jobs', 'all our openings', 'all our vacancies', 'all of our roles', 'all of our positions', 'all of our jobs', 'all of these roles', 'all of these positions', 'all these roles', 'all these positions', 'all the roles', 'all the positions', 'all of the roles', 'all of the positions', 'all listed roles', 'all listed positions', 'each of these roles', 'each of these positions', 'every role', 'these roles are', 'these positions are', 'for all roles', 'for all positions', 'for all of these', 'for any of these', 'to apply for any', 'interested in any of these', 'any of these roles', 'any of these positions'],
  de: ['alle stellen', 'alle unsere stellen', 'alle unsere positionen', 'alle unsere jobs', 'alle positionen', 'alle jobs', 'alle ausgeschriebenen', 'alle offenen stellen', 'alle vakanzen', 'sämtliche stellen', 'sämtliche positionen', 'diese stellen sind', 'für alle stellen', 'für alle positionen', 'bewerbungen für alle'],
  fr: ['toutes nos offres', 'tous nos postes', 'toutes les offres', 'tous les postes', "l'ensemble de nos postes", "l'ensemble de nos offres", 'ces postes sont', 'toutes nos annonces', 'pour tous nos postes', 'pour toutes nos offres'],
  es: ['todas nuestras vacantes', 'todas las vacantes', 'todas nuestras ofertas', 'todas las ofertas', 'todos nuestros puestos', 'todos los puestos', 'todas las posiciones', 'todas nuestras posiciones'],
  pt: ['todas as vagas', 'todas as nossas vagas', 'todas as posições', 'todos os cargos'],
  it: ['tutte le posizioni', 'tutte le nostre posizioni', 'tutte le offerte', 'tutte le nostre offerte', 'tutti i ruoli'],
  nl: ['alle vacatures', 'al onze vacatures', 'alle functies', 'al onze functies'],
  pl: ['wszystkie oferty', 'wszystkie stanowiska', 'wszystkie nasze oferty'],
  sv: ['alla tjänster', 'alla roller', 'alla våra tjänster'],
};

/**
 * Words for a company's staff ("our 60 employees", "unsere Mitarbeitenden", "nos collaborateurs") and its
 * history ("founded in Berlin in 2010", "gegründet"), per language, matched whole: a sentence of the page's
 * intro about them says where the staff work or the company began, not where a posting's job is, so its
 * places carry to no posting; their remote words still do (the policy speaks for every posting).
 */
export const staffWords: Record<string, string[]> = {
  en: ['founded', 'established in', 'employees', 'staff', 'staff members', 'colleagues', 'team members', 'teammates', 'people', 'workers', 'employee', 'our team', 'of us'],
  de: ['gegründet', 'mitarbeiter', 'mitarbeiterinnen', 'mitarbeitende', 'mitarbeitenden', 'beschäftigte', 'beschäftigten', 'kollegen', 'kolleginnen', 'angestellte', 'angestellten', 'menschen'],
  fr: ['fondée', 'fondé', 'créée en', 'salariés', 'collaborateurs', 'collaboratrices', 'employés', 'collègues', 'personnes'],
  es: ['fundada', 'fundado', 'empleados', 'colaboradores', 'trabajadores', 'personas', 'compañeros'],
  pt: ['fundada', 'fundado', 'colaboradores', 'funcionários', 'pessoas'],
  it: ['fondata', 'fondato', 'dipendenti', 'collaboratori', 'colleghi', 'persone'],
  nl: ['opgericht', 'medewerkers', "collega's", 'werknemers', 'mensen'],
  pl: ['pracowników', 'pracownicy', 'osób'],
  sv: ['medarbetare', 'anställda'],
  da: ['medarbejdere', 'ansatte'],
  ru: ['сотрудники', 'сотрудников', 'человек'],
};

/** Words that hire or invite the reader to join the staff ("Join our 60 employees in Berlin", "we are looking for people in Oslo"): such a sentence states the job's place. */
export const joinWords: Record<string, string[]> = {
  en: ['join', 'joining', 'hiring', 'looking for', 'seeking'],
  de: ['verstärke', 'verstärken', 'verstärkung', 'werde teil', 'werden sie teil', 'suchen', 'sucht'],
  fr: ['rejoignez', 'rejoindre', 'rejoins', 'recherchons', 'recrutons', 'recrute'],
  es: ['únete', 'unirte', 'súmate', 'buscamos', 'contratamos'],
  pt: ['junte-se', 'venha fazer parte', 'procuramos', 'contratando'],
  it: ['unisciti', 'entra a far parte', 'cerchiamo'],
  nl: ['versterk', 'kom werken', 'zoeken'],
  ru: ['ищем', 'присоединяйтесь'],
};

/**
 * Front-matter keys of a page that hold a sentence about it ("description: Acme, a Lyon startup, is looking for
 * developers"): read as the page's own text when its postings are a list in its front matter (stages/carry-employer.ts).
 */
export const pageSentenceKeys = ['description', 'summary', 'excerpt', 'subtitle', 'intro', 'lead', 'teaser', 'abstract', 'meta_description'];
