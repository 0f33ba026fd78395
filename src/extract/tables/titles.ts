/**
 * Title vocabulary, per language: a new phrase or language is one line.
 * Matching is on lower-cased text; see title-candidates.ts for how each is read.
 */

/** Page headings that name a careers page, never a job ("Careers", "Join us", "採用情報"). Compared without punctuation, emoji or case. */
export const genericHeadings: Record<string, string[]> = {
  en: ['careers', 'career', 'jobs', 'job', 'job openings', 'open positions', 'open roles', 'openings', 'join us', 'join our team', 'join the team',
    "we're hiring", 'we are hiring', 'hiring', 'now hiring', 'work with us', 'vacancies', 'vacancy', 'job offer', 'job offers', 'job description',
    'job posting', 'positions', 'current openings', 'opportunities', 'recruitment', 'work at', 'about the job', 'about the role',
    'come and work with us', 'come work with us', 'work for us', 'apply', 'apply now', 'how to apply', 'who is hiring', 'ask hn who is hiring', 'hacker news who is hiring',
    // a heading over the job's facts, not its name ("Job details", pt "Informações da Vaga")
    'job details', 'job information', 'position details', 'job info'],
  de: ['karriere', 'stellenangebote', 'stellenangebot', 'offene stellen', 'stellenanzeige', 'stellenausschreibung', 'jobangebote', 'jobs bei uns', 'wir suchen', 'wir stellen ein', 'mitarbeiten',
    // apply now, per language below too: a button's or a form's heading, never a job
    'jetzt bewerben', 'bewirb dich', 'bewirb dich jetzt',
    'karriere bei uns'],
  fr: ['carrières', 'carrière', 'recrutement', 'nous recrutons', 'on recrute', 'rejoignez-nous', 'rejoignez nous', "offres d'emploi", "offre d'emploi", 'emploi', 'emplois', 'postulez', 'postuler maintenant', 'postulez maintenant',
    'postes ouverts', 'postes à pourvoir'],
  es: ['empleo', 'bolsa de trabajo', 'bolsa de empleo', 'trabaja con nosotros', 'únete', 'únete a nosotros', 'únete al equipo', 'únete a nuestro equipo', 'ofertas de empleo', 'oferta de empleo', 'oferta de trabajo', 'vacantes', 'vacante', 'estamos contratando',
    'detalles del puesto', 'información del puesto', 'detalles de la vacante', 'información de la vacante',
    'postúlate', 'postúlate ahora', 'postularse', 'aplica ahora', 'aplicar ahora'],
  pt: ['vagas', 'vaga', 'vaga de emprego', 'trabalhe conosco', 'carreiras', 'junte-se a nós', 'junta-te a nós', 'estamos contratando',
    'informações da vaga', 'detalhes da vaga', 'sobre a vaga', 'dados da vaga', 'candidate-se', 'candidate-se agora', 'candidatar-se',
    'vagas abertas'],
  it: ['lavora con noi', 'carriere', 'posizioni aperte', 'offerte di lavoro', 'candidati', 'candidati ora', 'candidati subito', 'invia la candidatura'],
  nl: ['vacatures', 'vacature', 'werken bij', 'kom werken bij', 'wij zoeken', 'solliciteer', 'solliciteer nu', 'direct solliciteren',
    'werken bij ons', 'carrière', 'openstaande vacatures'],
  pl: ['kariera', 'praca', 'oferty pracy', 'oferta pracy', 'rekrutacja', 'aplikuj', 'aplikuj teraz'],
  cs: ['kariéra', 'volná místa', 'hledáme'],
  sv: ['jobb', 'lediga tjänster', 'karriär', 'jobba hos oss', 'ansök', 'ansök nu', 'ledig tjänst', 'lediga jobb'],
  no: ['ledige stillinger', 'karriere', 'jobb hos oss'],
  da: ['job', 'ledige stillinger', 'karriere', 'job hos os'],
  // fi career(s), recruitment, open jobs/posts, apply now
  fi: ['ura', 'urat', 'rekrytointi', 'avoimet työpaikat', 'avoimet tehtävät', 'työpaikat', 'hae nyt'],
  ru: ['вакансии', 'вакансия', 'карьера', 'работа у нас', 'открытые вакансии'],
  uk: ['вакансії', 'вакансія', "кар'єра", 'відкриті вакансії', 'робота у нас'],
  tr: ['kariyer', 'iş ilanları', 'iş ilanı', 'açık pozisyonlar'],
  // ar jobs, employment, vacant jobs, job opportunities
  ar: ['الوظائف', 'وظائف', 'التوظيف', 'الوظائف الشاغرة', 'وظائف شاغرة', 'فرص العمل'],
  el: ['καριέρα', 'θέσεις εργασίας', 'ανοιχτές θέσεις'],
  hu: ['karrier', 'állásajánlatok', 'nyitott pozíciók'],
  ro: ['cariere', 'carieră', 'locuri de muncă', 'posturi disponibile'],
  ja: ['採用情報', '採用', '求人', '募集要項', '求人情報', 'キャリア', '採用募集', '社員募集', '応募・エントリー', 'エントリー', '応募', '応募方法', '中途採用', '新卒採用'],
  // Simplified, then Traditional forms.
  zh: ['招聘', '加入我们', '招贤纳士', '人才招聘', '社会招聘', '校园招聘', '招聘信息', '工作机会', '加入我們', '人才招募', '徵才', '工作機會', '招聘資訊'],
  ko: ['채용', '채용공고', '채용 정보', '채용 안내', '인재 채용'],
  id: ['karir', 'lowongan', 'lowongan kerja'],
  vi: ['tuyển dụng', 'cơ hội nghề nghiệp', 'thông tin tuyển dụng'],
  // et career, vacancies, job offers
  et: ['karjäär', 'vabad töökohad', 'vabad ametikohad', 'tööpakkumised'],
  // hr/bs/sr (Latin and Cyrillic) employment, career(s), vacant work places; sl career, employment, vacant work places
  hr: ['zapošljavanje', 'karijera', 'karijere', 'slobodna radna mjesta', 'slobodna radna mesta', 'otvorene pozicije', 'oglasi za posao', 'запошљавање', 'каријера'],
  sl: ['zaposlitev', 'zaposlitve', 'prosta delovna mesta', 'kariera'],
  // th apply for work, join us, vacant positions, now taking applications
  th: ['สมัครงาน', 'ร่วมงานกับเรา', 'ตำแหน่งงานว่าง', 'รับสมัครงาน'],
};

/**
 * Headings that invite the reader to join ("Liity tiimiimme", "Dołącz do nas", "Rejoignez notre équipe"): never a title, as
 * genericHeadings are, but a single posting opens with one as often as a careers page does, so no sign that a page is
 * no posting (posting-kind.ts). Per language, lower case.
 */
export const invitationHeadings: Record<string, string[]> = {
  de: ['werde teil unseres teams', 'werde teil des teams', 'komm in unser team', 'verstärke unser team', 'verstärken sie unser team'],
  fr: ['rejoignez notre équipe', "rejoignez l'équipe", 'rejoins-nous', 'rejoins nous', 'rejoins notre équipe', 'nous rejoindre', 'travaillez avec nous'],
  pt: ['junte-se à nossa equipe', 'junte-se ao nosso time', 'faça parte do nosso time', 'faça parte da nossa equipe'],
  it: ['unisciti a noi', 'unisciti al team', 'unisciti al nostro team', 'entra nel nostro team', 'entra nel team'],
  nl: ['versterk ons team', 'kom ons team versterken', 'word lid van ons team'],
  pl: ['dołącz do nas', 'dołącz do naszego zespołu', 'dołącz do zespołu'],
  cs: ['přidej se k nám', 'připoj se k nám', 'pracuj s námi'],
  sv: ['bli en av oss', 'jobba med oss'],
  no: ['bli en av oss', 'bli med oss'],
  da: ['bliv en af os', 'bliv en del af teamet'],
  fi: ['liity tiimiimme', 'liity joukkoomme', 'tule meille töihin'],
  ru: ['присоединяйтесь к нам', 'присоединяйтесь к команде', 'присоединяйтесь к нашей команде', 'присоединяйся к нам', 'присоединяйся к команде'],
  uk: ['приєднуйтесь до нас', 'приєднуйтеся до нас', 'приєднуйся до нас', 'приєднуйтесь до команди', 'приєднуйся до команди'],
  tr: ['bize katılın', 'ekibimize katılın', 'aramıza katılın'],
  ar: ['انضم إلينا', 'انضم الينا', 'انضم إلى فريقنا', 'انضم الى فريقنا'],
  el: ['εργαστείτε μαζί μας', 'ελάτε στην ομάδα μας'],
  hu: ['csatlakozz hozzánk', 'csatlakozz csapatunkhoz'],
  ro: ['alătură-te echipei', 'alătură-te nouă'],
  id: ['bergabunglah dengan kami', 'bergabung bersama kami', 'bergabung dengan kami'],
  vi: ['gia nhập đội ngũ', 'gia nhập với chúng tôi'],
  // et join our team, come work for us, we're looking for (someone) for our team
  et: ['liitu meie meeskonnaga', 'tule meile tööle', 'otsime oma meeskonda', 'otsime meeskonda'],
};

/**
 * Words of a sentence that speaks to or for someone ("We want you!", "Join
 * our team", "Wir suchen dich"): a job title names a role, it addresses no
 * one. Lower case, compared as whole words. "us" is left out: it is also
 * the country in "Sales Engineer, US".
 */
export const titleSentenceWords: Record<string, string[]> = {
  en: ['we', 'you', 'our', 'your', "we're", "you're", "you'll", "we'll", 'my', 'me'],
  de: ['wir', 'du', 'dich', 'dein', 'deine', 'uns', 'unser', 'unsere', 'unseres', 'unserem', 'unseren', 'unserer', 'euch'],
  fr: ['nous', 'vous', 'tu', 'toi', 'notre', 'nos', 'votre', 'vos'],
  es: ['nosotros', 'tú', 'usted', 'nuestro', 'nuestra', 'nuestros', 'tu', 'tus'],
  pt: ['nós', 'você', 'vocês', 'nosso', 'nossa', 'nossos', 'seu', 'sua'],
  it: ['noi', 'voi', 'nostro', 'nostra', 'tuo', 'tua'],
  nl: ['wij', 'jij', 'je', 'jou', 'jouw', 'ons', 'onze'],
  pl: ['my', 'ty', 'nasz', 'nasza', 'ciebie'],
  cs: ['my', 'vy', 'nás', 'náš', 'naše', 'tebe'],
  sv: ['vi', 'du', 'dig', 'oss', 'vår', 'våra'],
  no: ['vi', 'du', 'deg', 'oss', 'vår', 'våre'],
  da: ['vi', 'du', 'dig', 'vores'],
  ru: ['мы', 'вы', 'тебя', 'вас', 'наш', 'наша'],
  uk: ['ми', 'ви', 'нас', 'тебе', 'вас', 'наш', 'наша'],
  tr: ['biz', 'sen', 'siz', 'bizim'],
  id: ['kami', 'kamu', 'anda'],
};

/**
 * Labels that introduce a title on a line of its own ("Position: X",
 * "ВАКАНСИЯ: X", "募集職種：X"). A second word may follow the first with a
 * hyphen ("Посада-роль:").
 */
export const titleLabels: Record<string, string[]> = {
  en: ['position', 'job title', 'title', 'role', 'vacancy', 'job', 'opening', 'job position', 'position title', 'role title', 'job name'],
  de: ['stelle', 'position', 'stellenbezeichnung', 'jobtitel', 'titel', 'stellentitel'],
  fr: ['poste', 'intitulé du poste', 'intitulé', 'titre du poste', 'nom du poste'],
  // "Título del cargo:": Latin American Spanish names the post "cargo" as Portuguese does
  es: ['puesto', 'cargo', 'vacante', 'posición', 'nombre del puesto', 'título del puesto', 'nombre de la vacante', 'título de la vacante', 'título del cargo', 'nombre del cargo'],
  // pt "name of the vacancy", "title of the vacancy", "name of the post"
  pt: ['vaga', 'cargo', 'função', 'nome da vaga', 'título da vaga', 'nome do cargo', 'título do cargo'],
  it: ['posizione', 'ruolo', 'titolo della posizione', 'nome della posizione'],
  nl: ['functie', 'vacature', 'functietitel'],
  pl: ['stanowisko'],
  cs: ['pozice', 'pracovní pozice'],
  sk: ['pozícia'],
  // sv, no, da, fi: "post", "position", "role", "job title" ("Tjänst: X", "Befattning: X", "Stilling: X", "Tehtävänimike: X")
  sv: ['tjänst', 'befattning', 'roll', 'tjänstetitel'],
  no: ['stilling', 'stillingstittel'],
  da: ['stilling', 'stillingsbetegnelse'],
  fi: ['tehtävä', 'tehtävänimike'],
  ru: ['вакансия', 'должность', 'позиция'],
  uk: ['вакансія', 'посада', 'позиція', 'роль'],
  id: ['posisi', 'jabatan', 'lowongan'],
  ja: ['募集職種', '応募職種', '職種', '募集ポジション', 'ポジション'],
  zh: ['职位', '岗位', '招聘职位', '职位名称', '岗位名称'],
  // ko "recruiting field", "recruiting division", "recruited occupation", "recruited duty": the label a Korean posting puts over its post
  ko: ['모집분야', '모집부문', '모집직종', '모집직무', '채용분야', '채용부문', '채용직종', '채용직무'],
};

/**
 * Role phrases: the words before a title in a sentence ("we're looking for a
 * Senior X", "wir suchen eine/n X"). Each is a lower-case lead; the title runs
 * from after the lead (and an article) to the end of the clause.
 */
export const rolePhrases: Record<string, string[]> = {
  en: ["we're looking for", 'we are looking for', "we're hiring", 'we are hiring', 'we are seeking', "we're seeking", 'we are recruiting', 'looking to hire', 'is looking for', 'is hiring', 'is seeking',
    'seeking to hire', 'is seeking to hire', 'looking to recruit',
    'for the position of', 'for the role of', 'for the post of',
    // "As a Principal Engineer, you will", "As a Software Engineer at Acme": the reader's role named before the duties
    'as a', 'as an',
    // An opening named with its role ("We have an opening for a Data Analyst"), in each language below too.
    'an opening for', 'a job opening for', 'an open position for', 'a vacancy for'],
  de: ['wir suchen', 'suchen wir', 'sucht', 'verstärkung als', 'als', 'offene stelle für'],
  fr: ['nous recherchons', 'nous cherchons', 'on recrute', 'nous recrutons', 'recrute', 'recherche', 'pour le poste de', 'au poste de', "pour le poste d'", 'en tant que', 'un poste de'],
  // "seleccionamos / incorporamos / necesitamos Y": Spanish job ads' verbs of hiring, in the first person plural only: the third person
  // has any subject ("Nuestra app incorpora un asistente virtual", "El software selecciona un conductor").
  es: ['buscamos', 'estamos buscando', 'busca', 'precisamos', 'para el puesto de', 'para el cargo de', 'para la posición de', 'vacante para', 'vacante de',
    'seleccionamos', 'incorporamos', 'necesitamos', 'en búsqueda de'],
  pt: ['procuramos', 'estamos procurando', 'contrata', 'estamos contratando', 'está contratando', 'para a vaga de', 'para o cargo de', 'para a função de', 'vaga para', 'vagas para', 'uma vaga de',
    // "à procura de" (looking for), and "buscamos" as Brazilian Portuguese writes it
    'à procura de', 'buscamos'],
  // "assumiamo", "selezioniamo": we hire, we select (not "assume", an English word; not "cerca", "seleziona": any subject, and es "cerca" is "near").
  it: ['cerchiamo', 'stiamo cercando', 'ricerca', 'per la posizione di', 'per il ruolo di', 'posizione aperta per', 'posizione aperta di', 'assumiamo', 'selezioniamo'],
  nl: ['wij zoeken', 'we zoeken', 'zoekt', 'voor de functie van', 'voor de functie', 'als', 'vacature voor', 'op zoek naar'],
  pl: ['poszukujemy', 'szukamy', 'na stanowisko', 'na stanowiska'],
  cs: ['hledáme', 'na pozici'],
  sk: ['hľadáme'],
  // "söker vi": the verb before its subject ("Nu söker vi en X", "Därför söker vi en X"), as German "suchen wir".
  sv: ['vi söker', 'söker vi', 'söker', 'tjänst som'],
  no: ['vi søker', 'søker vi', 'søker', 'stilling som'],
  da: ['vi søger', 'søger vi', 'søger', 'stilling som'],
  fi: ['etsimme'],
  ru: ['ищем', 'ищет', 'требуется', 'на позицию', 'на должность', 'на вакансию'],
  uk: ['шукаємо', 'шукає', 'на посаду', 'на позицію', 'на вакансію'],
  tr: ['arıyoruz'],
  id: ['kami mencari', 'kami sedang mencari', 'dibutuhkan', 'lowongan untuk'],
  // Romanian: "căutăm" (we look for), "angajează" (hires), "recrutăm" (we recruit); not "caută" (seeks: any subject).
  ro: ['căutăm', 'angajăm', 'angajează', 'recrutăm', 'recrutează'],
};

/** Articles and pronouns between a role phrase and the title ("a", "eine/n", "Sie als"). */
export const roleLeadFillers = [
  'a', 'an', 'our next', 'our new', 'a new', 'new', 'an experienced', 'an', 'eine', 'einen', 'ein', 'eine/n', 'eine*n', 'eine:n', 'ein(e)', 'einen/eine',
  'sie als', 'dich als', 'zum nächstmöglichen zeitpunkt', 'ab sofort', 'un', 'une', 'un(e)', 'un·e', 'un⋅e', 'un.e', 'una', 'uno', 'um', 'uma', 'een',
  // Inclusive articles of Spanish, Portuguese and Italian ("un/a", "un(a)", "um(a)", "uma/um").
  'un/a', 'un(a)', 'una/un', 'un/una', 'um(a)', 'um/uma', 'uma/um',
  'en', 'ett', 'et', 'dig som', 'erfahrene', 'erfahrenen', 'engagierte', 'engagierten',
  // de praise in inclusive writing, as the article is ("eine/n engagierte/n X", "eine*n motivierte*n X")
  'engagierte/n', 'engagierte*n', 'engagierte:n', 'motivierte/n', 'motivierte*n', 'motivierte:n', 'erfahrene/n', 'erfahrene*n', 'erfahrene:n',
  // Italian "alla ricerca di un X": the preposition of the lead's object.
  'di',
  // Words that praise the one sought, never part of the title ("a passionate NodeJS Engineer", "een gedreven developer").
  // Not "dedicated": a "Dedicated Account Manager" is a role of its own.
  'passionate', 'talented', 'motivated', 'experienced', 'skilled', 'versatile', 'driven', 'enthusiastic',
  'motivierte', 'motivierten', 'talentierte', 'talentierten', 'gedreven', 'ervaren', 'enthousiaste',
  // sv, da, no: "nu" (now) after the verb, and praise ("vi söker nu en engagerad X", "en dygtig X", "en erfaren X").
  // "vi söker därför en X", "vi søger derfor en X": "therefore" after the verb, as "nu" is.
  'därför', 'derfor',
  'nu', 'nå', 'engagerad', 'engageret', 'engasjert', 'erfaren', 'erfarna', 'erfarne', 'duktig', 'dygtig', 'dyktig',
  // de "wir suchen aktuell (nach) X": an adverb of time, and the preposition "suchen" takes, before the role
  'aktuell', 'derzeit', 'zurzeit', 'momentan', 'nach',
];

/** Words that end a title inside a sentence: what follows is context ("a Developer to join", "un développeur pour"). */
/** Abbreviations a title writes with a full stop inside it (pl "Specjalista ds. logistyki": do spraw, in charge of; en "Sr.", "Jr."). */
export const titleAbbreviations = ['ds.', 'sr.', 'jr.'];

export const roleClauseEnds = [
  'to', 'for', 'who', 'that', 'with', 'in', 'at', 'on', 'based', 'join', 'and', 'or', 'is',
  'für', 'mit', 'zur', 'zum', 'bei', 'ab', 'in', 'der', 'die', 'das', 'und', 'oder', 'im', 'am',
  'pour', 'à', 'au', 'qui', 'chez', 'dans', 'avec', 'et', 'afin', 'en',
  'para', 'con', 'que', 'y', 'en', 'em', 'com', 'e', 'per', 'che', 'con', 'nella', 'nel', 'presso', 'pentru', 'din',
  'voor', 'bij', 'die', 'met', 'en', 'till', 'som', 'på', 'med', 'för', 'och', 'til', 'og',
  'do', 'w', 'z', 'na', 'i', 'v', 'pro', 'a', 'в', 'для', 'на', 'с', 'и', 'у', 'з',
];

/**
 * Words a hiring sentence or a vacancy label puts before a title on the same
 * line ("We're hiring a X", "Wir suchen eine*n X", "Vi söker X", "НАМ НУЖЕН X",
 * "Lowongan X"), each with the articles that may follow it. Lower case; the
 * title is what follows, when it names a role.
 */
export const titleLeadIns: Record<string, Array<[lead: string, articles: string[]]>> = {
  en: [["we're hiring", ['our next', 'our new', 'a new', 'an', 'a']], ['we are hiring', ['our next', 'our new', 'a new', 'an', 'a']],
    ["we're seeking", ['our next', 'our new', 'a new', 'an', 'a']], ['we are seeking', ['our next', 'our new', 'a new', 'an', 'a']],
    ["we're looking for", ['our next', 'our new', 'a new', 'an', 'a']], ['we are looking for', ['our next', 'our new', 'a new', 'an', 'a']],
    ["we're recruiting", ['our next', 'our new', 'a new', 'an', 'a']], ['we are recruiting', ['our next', 'our new', 'a new', 'an', 'a']],
    ['hiring', ['our next', 'our new', 'a new', 'an', 'a']], ['seeking', ['our next', 'our new', 'a new', 'an', 'a']],
    ['looking for', ['our next', 'our new', 'a new', 'an', 'a']], ['recruiting', ['our next', 'our new', 'a new', 'an', 'a']]],
  de: [['wir suchen', ['eine*n', 'eine:n', 'ein(e)', 'einen', 'eine', 'ein', 'dich als']],
    // "Stellenausschreibung Erzieher (m/w/d)": a vacancy word before the title, as nl "Vacature X"
    ['stellenausschreibung', []], ['stellenangebot', []], ['stellenanzeige', []]],
  fr: [['nous recherchons', ['un(e)', 'un·e', 'une', 'un']], ['on recrute', ['un(e)', 'une', 'un']], ['nous recrutons', ['un(e)', 'un·e', 'une', 'un']],
    // "À la recherche d'un(e) X": looking for an X.
    ["à la recherche d'un(e)", []], ["à la recherche d'une", []], ["à la recherche d'un", []], ['à la recherche de', ['un(e)', 'un·e', 'une', 'un']],
    ['à la recherche d’un(e)', []], ['à la recherche d’une', []], ['à la recherche d’un', []],
    // "Offre d'emploi Développeur Backend": a vacancy word before the title, as de "Stellenangebot X", nl "Vacature X"
    // and a contract word after it goes with it ("Offre d'emploi CDI Développeur Backend", "… en alternance Développeur Web").
    ["offre d'emploi", ['cdi', 'cdd', 'en cdi', 'en cdd', 'en alternance', 'en intérim', 'de']], ['offre d’emploi', ['cdi', 'cdd', 'en cdi', 'en cdd', 'en alternance', 'en intérim', 'de']]],
  es: [['estamos buscando', ['una', 'un']], ['buscamos', ['una', 'un']], ['se busca', []], ['se buscan', []], ['se necesita', []],
    // "Oferta de trabajo Desarrollador Backend", "Oferta de empleo X": a vacancy word before the title
    // with "de"/"para" and a contract word after it ("Oferta de trabajo de Camarero", "Oferta de empleo temporal Enfermera"), and
    // "Oferta de Empleo Público" (Spain's name for civil-service openings) whole.
    ['oferta de trabajo', ['de', 'para', 'temporal', 'indefinido', 'indefinida']], ['oferta de empleo', ['de', 'para', 'público', 'temporal', 'indefinido', 'indefinida']]],
  // "Oferta pracy Programista Java": a vacancy word before the title
  pl: [['oferta pracy', ['tymczasowej', 'stałej', 'sezonowej', 'dodatkowej']]],
  pt: [['estamos contratando', ['um', 'uma']], ['estamos procurando', ['um', 'uma']], ['procuramos', ['um', 'uma']], ['contratamos', ['um', 'uma']]],
  it: [['stiamo cercando', ['un', 'una', 'uno', "un'"]], ['cerchiamo', ['un', 'una', 'uno', "un'"]],
    // "Offerte (di) lavoro per X": job offers for X, a page's heading over one role
    ['offerte di lavoro per', []], ['offerte lavoro per', []], ['offerta di lavoro per', []], ['offerta lavoro per', []]],
  // Passive forms keep the role in the nominative ("Hledá se programátor", "Требуется разработчик").
  cs: [['hledá se', []], ['hledají se', []]],
  nl: [['wij zoeken', ['een']], ['we zoeken', ['een']], ['vacature', []]],
  sk: [['hľadáme', []]],
  // "Nu söker vi en X": the verb before its subject after an adverb, as German "Jetzt suchen wir".
  sv: [['vi söker', ['en', 'ett']], ['nu söker vi', ['en', 'ett']]],
  no: [['vi søker', ['en', 'et']], ['nå søker vi', ['en', 'et']]],
  da: [['vi søger', ['en', 'et']], ['nu søger vi', ['en', 'et']]],
  ru: [['нам нужен', []], ['нам нужна', []], ['нам нужны', []], ['требуется', []], ['требуются', []]],
  uk: [['нам потрібен', []], ['нам потрібна', []]],
  id: [['lowongan kerja', []], ['lowongan', []]],
};

export { titleLeadOuts, titleWorkloadHourWords, titleNumberUnitWords, titleAtCompanyWords, titleJobWordsBeforeAt, titlePlacePrepositions, titlePositionWords, titleHeadCountWords, titleOpeningCountNouns } from './title-edge-words.js';
export { leadInRoleCompounds, titlePrefixWords, titleStatusWords } from './title-prefixes.js';
export { otherJobsHeadings, cjkHiringAfter, cjkHiringBefore, cjkRecruiterNouns, roleBeforeVerbs, roleBeforeDeterminers, titleDecorationWords, titleRemoteWords, titleRemoteQualifiers } from './title-marks.js';
