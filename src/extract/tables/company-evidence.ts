/**
 * Vocabulary of the company family's general evidence (company-general.ts),
 * per language: the words of a definitional sentence ("Acme is a …") and the
 * words that open such a sentence without naming anything ("This is a …").
 * A new language is a line in each table.
 */

/** "Acme is a …", "Acme ist ein …": the verb and article after the subject of a definition. */
export const definitionVerbs: Record<string, string[]> = {
  // A company also describes itself by what it is doing, each verb seen in a posting ("X is changing…", "X is on a mission…", "X is building…").
  en: ['is a', 'is an', 'is the', 'is building', 'is on a mission', 'is changing'],
  de: ['ist ein', 'ist eine', 'ist der', 'ist die', 'ist das'],
  fr: ['est un', 'est une', 'est le', 'est la', "est l'", 'est l’'],
  es: ['es un', 'es una', 'es el', 'es la'],
  pt: ['é um', 'é uma', 'é o', 'é a'],
  it: ['è un', 'è una', "è un'", 'è il', 'è la', "è l'"],
  nl: ['is een', 'is de', 'is het'],
  sv: ['är ett', 'är en'],
  no: ['er et', 'er en', 'er ei'],
  da: ['er et', 'er en'],
  // Not Czech "je" nor Finnish "on": Dutch "Ben je", "Heb je" and English "Based on" open lines with the same words.
  pl: ['jest'],
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
  en: ['while', 'when', 'if', 'because', 'although', 'since', 'once', 'as', 'this', 'that', 'it', 'there', 'here', 'what', 'who', 'which', 'team', 'role', 'position', 'job', 'salary', 'pay', 'visa', 'location', 'remote', 'experience', 'everything', 'nothing', 'today', 'one', 'each', 'every'],
  de: ['wenn', 'während', 'weil', 'ob', 'dies', 'das', 'es', 'was', 'wer', 'hier', 'dein', 'ihr', 'unser', 'team', 'stelle', 'gehalt'],
  fr: ['quand', 'si', 'lorsque', 'comme', 'ce', 'cela', 'ceci', 'il', 'elle', 'qui', 'que', 'quel', 'quelle', 'voici', 'équipe', 'poste'],
  es: ['cuando', 'si', 'como', 'aunque', 'esto', 'esta', 'este', 'eso', 'qué', 'quién', 'lo', 'equipo', 'puesto'],
  pt: ['quando', 'se', 'como', 'isto', 'isso', 'este', 'esta', 'quem', 'equipe', 'vaga'],
  it: ['questo', 'questa', 'cosa', 'chi', 'squadra'],
  nl: ['wanneer', 'als', 'omdat', 'terwijl', 'vanuit', 'dit', 'dat', 'het', 'wat', 'wie', 'er', 'team', 'functie'],
  sv: ['det', 'detta', 'vad', 'vem', 'team', 'tjänsten'],
  no: ['det', 'dette', 'hva', 'hvem', 'team', 'stillingen'],
  da: ['det', 'dette', 'hvad', 'hvem', 'team', 'stillingen'],
  pl: ['to', 'co', 'kto', 'jaka', 'jaki', 'jakie', 'czym', 'gdzie', 'kiedy', 'zespół'],
  ru: ['это', 'что', 'кто', 'главное', 'основное', 'команда'],
  uk: ['це', 'що', 'хто', 'команда'],
};

/**
 * What an "About …" heading is about when it is not the company's name:
 * the company as a noun, the project, the job, the team, the reader ("O
 * firme", "O projekcie", "Sobre o trabalho", "Über die Stelle"), after the
 * heading's article. Compared lower-cased with the name's first word.
 */
export const aboutNotNames: Record<string, string[]> = {
  en: ['company', 'firm', 'organisation', 'organization', 'project', 'job', 'role', 'position', 'opportunity', 'team', 'work', 'you', 'us'],
  de: ['firma', 'unternehmen', 'projekt', 'stelle', 'position', 'job', 'aufgabe', 'team', 'uns', 'dich', 'sie'],
  fr: ['entreprise', "l'entreprise", 'société', 'projet', 'poste', 'mission', 'équipe', "l'équipe", 'nous', 'vous'],
  es: ['empresa', 'compañía', 'proyecto', 'puesto', 'trabajo', 'vacante', 'equipo', 'nosotros', 'ti'],
  pt: ['empresa', 'companhia', 'projeto', 'vaga', 'trabalho', 'cargo', 'equipe', 'time', 'nós', 'você'],
  it: ['azienda', 'società', 'progetto', 'posizione', 'ruolo', 'lavoro', 'squadra', 'noi'],
  nl: ['bedrijf', 'organisatie', 'project', 'functie', 'vacature', 'baan', 'team', 'ons', 'jou'],
  sk: ['firme', 'spoločnosti', 'projekte', 'pozícii', 'práci', 'tíme', 'nás', 'tebe'],
  cs: ['firmě', 'společnosti', 'projektu', 'pozici', 'práci', 'týmu', 'nás', 'tobě'],
  pl: ['firmie', 'firmy', 'projekcie', 'stanowisku', 'pracy', 'zespole', 'nas', 'tobie'],
  sv: ['företaget', 'bolaget', 'projektet', 'tjänsten', 'rollen', 'jobbet', 'teamet', 'oss', 'dig'],
  no: ['selskapet', 'bedriften', 'prosjektet', 'stillingen', 'rollen', 'jobben', 'teamet', 'oss', 'deg'],
  da: ['virksomheden', 'selskabet', 'projektet', 'stillingen', 'rollen', 'jobbet', 'teamet', 'os', 'dig'],
  ru: ['компании', 'проекте', 'вакансии', 'работе', 'команде', 'нас', 'тебе', 'вас'],
  // Chinese is written without spaces: a subject that starts with one of these ("关于我们的团队") is no name.
  zh: ['我们', '我們', '你', '您', '本公司', '公司', '职位', '職位', '岗位', '崗位', '团队', '團隊', '工作', '项目', '項目', '招聘'],
};

/**
 * Words that end an organisation's name after it ("Eclipse Foundation",
 * "Grafana Labs", "Nordlicht Stiftung"): a chosen name the text writes with
 * one of them, or with a legal form, is written in full. Case as written.
 */
export const organisationWordsAfterName: Record<string, string[]> = {
  // Not "Group": "Paf Group" is the parent of "Paf", not its full name.
  en: ['Foundation', 'Labs', 'Institute', 'Association', 'Society', 'Cooperative'],
  de: ['Stiftung', 'Institut', 'Verein', 'Verband', 'Genossenschaft'],
  fr: ['Fondation'],
  // nl "wholesaler", "association" ("Wiringa Technische Groothandel")
  nl: ['Groothandel', 'Vereniging'],
};

/**
 * A country written right after a name, as a subsidiary names itself in its country's language ("Software Engineering
 * Italia", "Nordlicht Deutschland", "Nordlicht Polska"): part of the name written in full. Case as written.
 */
export const countryNamesAfterName: Record<string, string[]> = {
  it: ['Italia'], de: ['Deutschland', 'Österreich', 'Schweiz'], fr: ['France', 'Belgique', 'Suisse'], es: ['España', 'México', 'Argentina', 'Chile', 'Colombia'],
  pt: ['Brasil', 'Portugal'], nl: ['Nederland', 'België'], pl: ['Polska'], cs: ['Česko'], sk: ['Slovensko'], hu: ['Magyarország'],
  ro: ['România'], sv: ['Sverige'], no: ['Norge'], da: ['Danmark'], fi: ['Suomi'], en: ['UK', 'Ireland', 'India'],
};

/**
 * Words that open an organisation's name before it ("University of Padova", "Stowarzyszenie Lokalna Grupa Działania
 * Chełmno", "Coopérative des ambulanciers du Grand Ouest"): the form a name takes first, then the case forms a
 * sentence puts it in (Polish "Zarząd Stowarzyszenia …", "w Stowarzyszeniu …": the name after it stays as it is). Case as written.
 */
export const organisationWordsBeforeName: Record<string, string[][]> = {
  en: [['University'], ['Association'], ['Foundation'], ['Cooperative'], ['Society']],
  de: [['Stiftung'], ['Verein'], ['Genossenschaft'], ['Universität'], ['Hochschule']],
  fr: [['Association'], ['Fondation'], ['Coopérative'], ['Université'], ['Fédération']],
  es: [['Asociación'], ['Fundación'], ['Cooperativa'], ['Universidad'], ['Federación']],
  pt: [['Associação'], ['Fundação'], ['Cooperativa'], ['Universidade']],
  it: [['Associazione'], ['Fondazione'], ['Cooperativa'], ['Università']],
  nl: [['Stichting'], ['Vereniging'], ['Coöperatie'], ['Universiteit']],
  pl: [['Stowarzyszenie', 'Stowarzyszenia', 'Stowarzyszeniu', 'Stowarzyszeniem'], ['Fundacja', 'Fundacji', 'Fundację', 'Fundacją'],
    ['Spółdzielnia', 'Spółdzielni', 'Spółdzielnię', 'Spółdzielnią'], ['Uniwersytet', 'Uniwersytetu', 'Uniwersytecie', 'Uniwersytetem']],
  sv: [['Föreningen'], ['Stiftelsen']],
};
/**
 * Organisation words that open a name in English only with a particle after them ("Foundation for Public Code", "Society of
 * Actuaries"): English names end on them ("Eclipse Foundation"), so "Foundation Models" or "Society Editor" is no name.
 */
export const organisationWordsNeedingParticle = ['Foundation', 'Society'];
/**
 * Words before an organisation's name that make it another organisation than the employer: a degree's school ("a degree from
 * University of Toronto") or a partner ("works closely with the University of Toronto researchers"), with or without the
 * language's article after the word. Lower case, per language.
 */
export const wordsBeforeOtherOrganisation: Record<string, string[]> = {
  en: ['from', 'with', 'from the', 'with the'],
  de: ['mit', 'mit der', 'mit dem', 'mit den'],
  fr: ['avec', 'avec la', 'avec le', 'avec les'],
  es: ['con', 'con la', 'con el', 'con los', 'con las'],
  pt: ['com', 'com a', 'com o', 'com as', 'com os'],
  it: ['con', 'con la', 'con il', 'con lo'],
  nl: ['met', 'met de', 'met het'],
};
/** Lower-case words inside a name that an organisation word opens ("Coopérative des ambulanciers du Grand Ouest", "University of X"). */
export const organisationNameParticles = ['of', 'for', 'the', 'and', '&', 'de', 'des', 'du', 'la', 'le', 'les', "d'", 'd’', 'et', 'del', 'de la', 'y', 'e', 'di', 'della', 'dei', 'für', 'der', 'die', 'und', 'van', 'voor', 'het', 'en', 'för', 'och', 'i', 'w', 'na', 'do', 'da', 'dos', 'das'];

/**
 * Words that open the first sentence of an "About us" section without naming
 * the company: pronouns, and openers of time, place and size ("We build…",
 * "Founded in 2019…", "Every day…", "Over 500…"). Lower case; compared with
 * the subject's first word, beside notDefinitionSubjects.
 */
export const aboutSentenceOpeners: Record<string, string[]> = {
  en: ['we', 'our', 'us', 'i', 'you', 'your', 'founded', 'since', 'based', 'headquartered', 'today', 'every', 'over', 'more', 'in', 'at', 'with', 'for', 'from',
    'after', 'as', 'by', 'all', 'most', 'many', 'some', 'join', 'imagine', 'together', 'currently', 'here', 'welcome', 'hello', 'hi'],
  de: ['wir', 'unser', 'unsere', 'ich', 'du', 'ihr', 'seit', 'gegründet', 'heute', 'mit', 'als', 'bei', 'im', 'in', 'über', 'mehr', 'jeden', 'gemeinsam', 'hallo'],
  fr: ['nous', 'notre', 'nos', 'je', 'vous', 'depuis', 'fondée', 'fondé', 'aujourd', 'avec', 'en', 'chez', 'plus', 'chaque', 'ensemble', 'bonjour'],
  es: ['nosotros', 'nuestra', 'nuestro', 'somos', 'desde', 'fundada', 'fundado', 'hoy', 'con', 'en', 'más', 'cada', 'juntos', 'hola'],
  pt: ['nós', 'nossa', 'nosso', 'somos', 'desde', 'fundada', 'fundado', 'hoje', 'com', 'em', 'mais', 'cada', 'juntos', 'olá'],
  it: ['noi', 'nostra', 'nostro', 'siamo', 'dal', 'fondata', 'fondato', 'oggi', 'con', 'in', 'più', 'ogni', 'insieme', 'ciao'],
  nl: ['wij', 'we', 'onze', 'ons', 'sinds', 'opgericht', 'vandaag', 'met', 'in', 'bij', 'meer', 'elke', 'samen', 'hallo'],
  sv: ['vi', 'vår', 'vårt', 'sedan', 'grundat', 'idag', 'med', 'på', 'hos'], no: ['vi', 'vår', 'vårt', 'siden', 'grunnlagt', 'i dag', 'med', 'hos'],
  da: ['vi', 'vores', 'siden', 'grundlagt', 'i dag', 'med', 'hos'],
  pl: ['my', 'nasza', 'nasz', 'jesteśmy', 'od', 'założona', 'dziś', 'dzisiaj', 'z', 'w', 'razem', 'cześć'],
  cs: ['my', 'naše', 'náš', 'jsme', 'od', 'založena', 'dnes', 's', 'v', 've', 'společně', 'ahoj'],
  sk: ['my', 'naša', 'náš', 'sme', 'od', 'založená', 'dnes', 's', 'v', 'vo', 'spolu', 'ahoj'],
  fi: ['me', 'olemme', 'meidän', 'vuodesta', 'tänään', 'yhdessä'], tr: ['biz', 'bizim', 'bugün', 'birlikte'], hu: ['mi', 'vagyunk', 'ma', 'együtt'],
  ru: ['мы', 'наша', 'наш', 'с', 'в', 'сегодня', 'более', 'уже', 'вместе', 'привет'],
  uk: ['ми', 'наша', 'наш', 'з', 'в', 'у', 'сьогодні', 'понад', 'вже', 'разом', 'привіт'],
};

/**
 * "Join the Acme team", "das Acme-Team", "Just Arrived-teamet": the article or
 * possessive before a team's name, and the words that name a department or a
 * trade rather than an employer ("the Engineering team"). Case as written.
 */
export const teamLeadWords = ['the', 'The', 'our', 'Our', 'das', 'Das', 'dem', 'unser', 'unserem', 'het', 'Het', 'ons', 'vårt', 'det'];
export const teamNotNames = [
  'Engineering', 'Product', 'Design', 'Data', 'Sales', 'Marketing', 'Support', 'Customer', 'Success', 'Operations', 'Ops', 'DevOps', 'Finance', 'Legal',
  'HR', 'RH', 'RRHH', 'UX', 'UI', 'SRE', 'BI', 'PR', 'CX', 'R&D', 'People', 'Talent', 'Recruiting', 'Recruitment', 'Hiring', 'Tech', 'Technology', 'IT', 'Dev', 'Development', 'Platform', 'Core', 'Backend',
  'Frontend', 'Mobile', 'Security', 'Infrastructure', 'Growth', 'Research', 'ML', 'AI', 'QA', 'Web', 'Content', 'Editorial', 'Community', 'Founding',
  'Leadership', 'Management', 'Executive', 'Whole', 'Entire', 'Global', 'Local', 'Remote', 'Great', 'Amazing', 'Awesome', 'Small', 'Growing', 'New',
  'Personal', 'Vertrieb', 'Entwicklung', 'Redaktion', 'Kundenservice', 'Kundeservice', 'Kundtjänst', 'Klantenservice',
];
/**
 * A company's function, named alone: "HR招聘专员" (an HR recruiting specialist), "HR Recruiting Specialist", "IT sucht".
 * A department is never the employer, whatever rule reads it from the text (front matter and structured data may name any).
 */
export const functionNotCompanies = [
  'HR', 'RH', 'RRHH', 'IT', 'QA', 'PR', 'R&D', 'UX', 'UI', 'BI', 'SRE', 'CX', 'DevOps', 'Engineering', 'Sales', 'Marketing', 'Finance', 'Legal',
  'Recruiting', 'Recruitment', 'Talent Acquisition', 'People Operations', 'Human Resources', 'Personalabteilung', 'Ressources Humaines', 'Recursos Humanos',
];
/** Words that name a unit inside a company, as a name's last word ("The Platform Team", "Payments Department"): no employer. */
export const departmentNames = ['Team', 'Department', 'Dept', 'Division', 'Squad', 'Tribe', 'Unit', 'Abteilung', 'Bereich', 'Équipe', 'Equipo', 'Afdeling', 'Avdelning', 'Avdeling'];

/**
 * Occasions, not employers, after "At … you" ("At Onboarding Week, you will meet", "Na Semana de Integração, você"):
 * the noun that heads the phrase, its last word in English, its first in Portuguese (word order). Case as written.
 */
export const occasionNouns = {
  last: { en: ['Week', 'Weekend', 'Day', 'Days', 'Night', 'Month', 'Year', 'Summit', 'Conference', 'Meetup', 'Hackathon', 'Offsite', 'Retreat', 'Kickoff', 'Festival', 'Bootcamp', 'Party'] },
  first: { pt: ['Semana', 'Dia', 'Mês', 'Conferência', 'Festa', 'Reunião'] },
};

/**
 * A bracketed name after a title ("Nurse (Night Shift)") is the employer only where the posting writes it as an
 * organisation elsewhere (company-aside.ts): after these words ("at Klarna", "bei Klarna", "join Klarna")…
 */
export const asideOrganisationLeads: Record<string, string[]> = {
  en: ['at', 'join', 'joining'], de: ['bei'], fr: ['chez', 'rejoignez', 'rejoindre'], es: ['únete a'], pt: ['junte-se à', 'junte-se ao'],
  nl: ['bij'], sv: ['hos'], no: ['hos'], da: ['hos'], it: ['presso'], pl: ['dołącz do'],
};
/** …or before a verb of its own ("Klarna builds", "Klarna entwickelt", "Klarna sucht"; companies.ts companyVerbs too)… */
export const asideOrganisationVerbs: Record<string, string[]> = {
  en: ['is hiring', 'builds', 'develops', 'provides', 'offers'], de: ['entwickelt', 'bietet'], fr: ['développe', 'propose'], es: ['desarrolla', 'ofrece'],
  pt: ['desenvolve', 'oferece'], nl: ['ontwikkelt', 'biedt'], sv: ['utvecklar'], no: ['utvikler'], da: ['udvikler'], it: ['sviluppa'], pl: ['rozwija'],
};
/**
 * …or before a copula only where an organisation's noun or its founding follows within a few words ("Supporo ist ein
 * Start-Up", "Klarna wurde 2005 gegründet", "Xavannah ist Experte"): a bare copula lets any subject count ("Night Shift
 * is 7pm to 7am")…
 */
export const asideCopulas: Record<string, string[]> = {
  en: ['is', 'was', 'has been'], de: ['ist', 'war', 'wurde'], fr: ['est', 'était', 'a été'], es: ['es', 'fue', 'era'], pt: ['é', 'foi', 'era'],
  nl: ['is', 'was', 'werd'], sv: ['är', 'var', 'blev'], no: ['er', 'var', 'ble'], da: ['er', 'var', 'blev'], it: ['è', 'era', 'fu'], pl: ['jest', 'był', 'była'],
};
/** …the nouns a firm is described by besides companies.ts companyNouns ("ist Experte", "is the market leader"), case aside… */
export const asideOrganisationNouns: Record<string, string[]> = {
  en: ['expert', 'specialist', 'manufacturer', 'maker', 'employer', 'start-up', 'studio'],
  de: ['Experte', 'Spezialist', 'Marktführer', 'Hersteller', 'Arbeitgeber', 'Start-Up', 'Konzern', 'Dienstleister'],
  fr: ['leader', 'spécialiste', 'fabricant', 'employeur'], es: ['líder', 'especialista', 'fabricante'], pt: ['líder', 'especialista', 'fabricante'],
  nl: ['specialist', 'werkgever', 'marktleider'], it: ['leader', 'specialista'],
};
/** …and its founding, after a copula or set off by commas ("Klarna, founded in 2005, makes …"). */
export const asideFoundedWords: Record<string, string[]> = {
  en: ['founded', 'established', 'headquartered'], de: ['gegründet'], fr: ['fondée', 'fondé', 'créée', 'créé'], es: ['fundada', 'fundado'],
  pt: ['fundada', 'fundado'], nl: ['opgericht'], sv: ['grundat', 'grundades'], no: ['grunnlagt', 'etablert'], da: ['grundlagt'], it: ['fondata', 'fondato'],
  pl: ['założona', 'założony'],
};
/** …but not before a possessive: "Payments is our fastest growing area", "Marketing ist dein Bereich" name a part of the job. */
export const asidePossessivesAfterVerb: Record<string, string[]> = {
  en: ['our', 'your', 'my', 'their', 'its'], de: ['unser', 'unsere', 'dein', 'deine', 'euer', 'eure', 'ihr', 'ihre', 'Ihr', 'Ihre', 'mein', 'meine'],
  fr: ['notre', 'votre', 'nos', 'vos', 'ton', 'ta', 'mon', 'ma'], es: ['nuestro', 'nuestra', 'tu', 'su', 'mi'], pt: ['nosso', 'nossa', 'seu', 'sua', 'teu', 'tua'],
  nl: ['onze', 'ons', 'jouw', 'je', 'uw'], sv: ['vår', 'vårt', 'din', 'ditt'], no: ['vår', 'vårt', 'din', 'ditt'], da: ['vores', 'din', 'dit'],
  it: ['il nostro', 'la nostra', 'il tuo', 'la tua'], pl: ['naszym', 'nasz', 'nasza', 'twoim'],
};

/**
 * Words that open a phrase of its own inside a copula's complement: an organisation's noun after one is not what the
 * subject is ("Payments is the heart of our business", "Checkout is a product of a Berlin company", "Zahlungen ist ein
 * Bereich innerhalb unseres Unternehmens"): the possessives above, and prepositions of containment or of another
 * entity ("of a"), relative pronouns, per language. Not a bare "of" ("a new kind of company" is one). Lower case.
 */
export const complementBreaks: Record<string, string[]> = {
  en: ['inside', 'within', 'behind', 'across', 'among', 'that', 'which', 'who', 'used', 'of a', 'of an'],
  de: ['innerhalb', 'unseres', 'unserer', 'von einem', 'von einer', 'eines', 'einer'], fr: ['dans', 'au sein', 'qui', 'que', "d'une", "d'un", 'd’une', 'd’un'],
  es: ['dentro', 'que', 'de una', 'de un'], pt: ['dentro', 'que', 'de uma', 'de um'], nl: ['binnen', 'die', 'van een'], it: ['nel', 'nella', 'che'], sv: ['inom', 'som'], no: ['innen', 'som'], da: ['inden', 'som'], pl: ['który', 'która'],
};

/**
 * English possessives that are no organisation's ("a Master's degree", "the World's largest", "Children's Hospital"):
 * capitalised words that take "'s" inside a sentence (company-possessive.ts). Lower case.
 */
export const possessiveNotNames = [
  'master', 'bachelor', 'doctor', 'associate', 'world', 'today', 'tomorrow', 'yesterday', 'year', 'people', 'children', 'women', 'men',
  'customer', 'client', 'company', 'team', 'nation', 'country', 'city', 'state', 'everyone', 'member', 'user', 'employee', 'god', 'earth',
  'i', 'it', 'that', 'what', 'here', 'there', 'he', 'she', 'who', 'let', 'new year', 'valentine', 'mother', 'father', 'st',
  // Continents and regions, which the place gazetteer does not hold as places ("Europe's largest market").
  'europe', 'asia', 'africa', 'america', 'americas', 'north america', 'south america', 'latin america', 'australia', 'oceania', 'emea', 'apac', 'latam', 'eu',
];
/**
 * A determiner before a possessive makes its noun a common one ("the Trust's values", "our Bank's policies", "this
 * University's campus"): such a possessive names no employer (company-possessive.ts). Lower case, per language.
 */
export const possessiveDeterminers: Record<string, string[]> = {
  en: ['the', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'a', 'an', 'each', 'every', 'any'],
  nl: ['de', 'het', 'dit', 'dat', 'onze', 'ons', 'jouw', 'uw', 'een'],
};
/**
 * A possessive after these words in its sentence names whom the employer works for, a client, not the employer ("We help
 * Google's teams", "clients such as Google's"): a name written so anywhere is only a weak reading. Lower case, per language.
 */
export const possessiveClientMarkers: Record<string, string[]> = {
  en: ['we help', 'we helped', 'we serve', 'we served', 'we support', 'we work with', 'we worked with', 'we partner with', 'we partnered with',
    'clients such as', 'clients like', 'clients include', 'clients including', 'customers such as', 'customers like', 'customers include',
    'customers including', 'partners such as', 'partners like', 'partners include', 'partners including', 'companies such as', 'companies like',
    'brands such as', 'brands like', 'trusted by', 'used by'],
};
/**
 * A hiring sentence whose new hire will join or build a name's work names the employer ("We're looking for a Python Developer to
 * help build Bilus Teknoloji's products", "… who'll join Fairlo's success"): the sentence's hiring words, and the verb right before
 * the possessive. Lower case, per language.
 */
export const possessiveHiringSentence: Record<string, { hiring: string[]; verbs: string[] }> = {
  en: { hiring: ["we're looking for", 'we’re looking for', 'we are looking for', 'we are seeking', "we're seeking", 'we’re seeking', 'we are hiring', "we're hiring", 'we’re hiring'],
    verbs: ['build', 'join', 'grow', 'shape', 'scale'] },
};
/** What follows a person's possessive, not a firm's ("Sarah's team", "under Mary's supervision"): such a possessive names no employer. */
export const possessivePersonObjects = ['team', 'group', 'lab', 'leadership', 'supervision', 'guidance', 'direction', 'mentorship', 'office', 'family', 'husband', 'wife'];

/**
 * Lower-case words inside an organisation's name whose initial its acronym keeps ("Van der Let & Partners": vdlp.nl),
 * besides companies.ts nameConnectors (company-acronym.ts). Lower case.
 */
export const acronymNameParticles = ['der', 'den', 'van', 'von', 'du', 'des', 'le', 'da', 'do', 'dos', 'das'];
/**
 * Function words that never open a name an acronym spells ("We work In Berlin Mostly" is no "ibm"): prepositions,
 * articles, pronouns and conjunctions, per language (company-acronym.ts). Lower case.
 */
export const acronymNotFirstWords: Record<string, string[]> = {
  en: ['in', 'at', 'on', 'to', 'of', 'for', 'by', 'with', 'from', 'as', 'into', 'the', 'a', 'an', 'we', 'our', 'us', 'you', 'your', 'they', 'their', 'it',
    'its', 'he', 'she', 'i', 'my', 'this', 'that', 'and', 'or', 'but', 'if', 'is', 'are', 'be', 'all', 'any'],
  de: ['in', 'im', 'am', 'an', 'auf', 'bei', 'mit', 'für', 'von', 'vom', 'zu', 'zum', 'zur', 'aus', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'wir',
    'unser', 'unsere', 'du', 'sie', 'ihr', 'und', 'oder', 'ist'],
  nl: ['in', 'bij', 'op', 'met', 'voor', 'van', 'naar', 'de', 'het', 'een', 'wij', 'we', 'onze', 'ons', 'jij', 'je', 'jouw', 'en', 'of', 'is'],
  fr: ['à', 'au', 'aux', 'en', 'dans', 'chez', 'avec', 'pour', 'par', 'de', 'du', 'des', 'le', 'la', 'les', 'un', 'une', 'nous', 'notre', 'vous', 'votre',
    'et', 'ou', 'est'],
  es: ['en', 'con', 'para', 'por', 'de', 'del', 'el', 'la', 'los', 'las', 'un', 'una', 'nosotros', 'nuestra', 'nuestro', 'y', 'o', 'es'],
};
