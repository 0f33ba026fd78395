/**
 * Role nouns, per language: the words that make a text name a job
 * ("engineer", "Entwickler", "développeur", "programista", "разработчик",
 * "エンジニア", "工程师"). A new word or language is one line.
 * - `stems` match at the start of a word and may run on ("develop" would
 *   match "developer"): list a stem only when every word it starts is a role.
 * - `words` match as whole words, with an optional plural "s"/"es"
 *   ("nurse", "nurses"; never "internal" for "intern").
 * - `inside` match anywhere in a word: the heads of compounds
 *   ("Softwareentwickler", "systemutvecklare", "projektijuht") and words of
 *   scripts written without spaces ("バックエンドエンジニア", "高级后端工程师").
 * Every language's nouns are looked for in every text: a noun that starts or
 * is a common word elsewhere stays out or is listed as a whole word (pt
 * "repositor" would match "repository", et "pagar" is pt "to pay", es
 * "panader" would match "panadería", a bakery's name).
 * The languages after Dutch live in title-roles-more.ts. All lower case.
 * Seniority and specialty words alone ("Senior", "Backend")
 * are no role: they qualify one.
 */
import { moreRoleNouns } from './title-roles-more.js';

export interface RoleNouns { stems?: string[]; words?: string[]; inside?: string[] }

export const roleNouns: Record<string, RoleNouns> = {
  en: {
    stems: ['engineer', 'developer', 'programmer', 'architect', 'designer', 'analyst', 'scientist', 'consultant', 'administrator', 'specialist',
      'coordinator', 'technician', 'accountant', 'bookkeeper', 'electrician', 'receptionist', 'translator',
      'interpreter', 'illustrator', 'animator', 'photographer', 'journalist', 'instructor', 'lecturer', 'statistician', 'mathematician',
      'physicist', 'biologist', 'technologist', 'underwriter', 'economist', 'pharmacist', 'therapist', 'psychologist', 'physician',
      'paralegal', 'caregiver', 'copywriter', 'maintainer', 'evangelist', 'strategist', 'postdoc', 'apprentice', 'trainee', 'freelancer',
      'sysadmin', 'webmaster', 'salesperson', 'auditor', 'supervisor', 'superintendent', 'manager', 'officer', 'recruiter', 'advisor', 'adviser',
      'coach', 'generalist', 'assistant', 'representative', 'operator', 'researcher', 'professor', 'fellow', 'president', 'hacker', 'marketer',
      'tester', 'writer', 'head of', 'post-doc',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'fundraiser', 'physiotherapist', 'psychotherapist', 'radiographer', 'sonographer', 'phlebotomist', 'dietitian', 'nutritionist', 'optometrist',
      'paramedic', 'midwife', 'midwives', 'hygienist', 'veterinarian', 'surgeon', 'dentist', 'librarian', 'archivist', 'proofreader', 'copyeditor',
      'videographer', 'cinematographer', 'bartender', 'barista', 'waiter', 'waitress', 'housekeeper', 'janitor', 'groundskeeper', 'landscaper',
      'gardener', 'firefighter', 'bricklayer', 'labourer', 'laborer', 'machinist', 'pipefitter', 'roofer', 'solicitor', 'barrister',
      'merchandiser', 'telemarketer', 'chauffeur', 'caretaker', 'babysitter', 'hairdresser', 'beautician'],
    words: ['nurse', 'teacher', 'tutor', 'driver', 'cook', 'chef', 'clerk', 'cashier', 'welder', 'carpenter', 'plumber', 'controller', 'lawyer',
      'attorney', 'counsel', 'doctor', 'secretary', 'producer', 'reporter', 'trainer', 'planner', 'buyer', 'broker', 'actuary', 'coder',
      'advocate', 'steward', 'scrum master', 'product owner', 'phd student', 'phd position', 'phd candidate', 'working student', 'volunteer',
      'contractor', 'cto', 'ceo', 'cfo', 'coo', 'cmo', 'cpo', 'cio', 'ciso', 'vp', 'vice president', 'headhunter', 'sourcer', 'faculty',
      'lectureship', 'professorship', 'internship', 'intern', 'chemist', 'mechanic', 'director', 'editor', 'expert', 'admin', 'lead', 'leader', 'support',
      'partner', 'associate', 'executive', 'devops', 'sre', 'qa', 'owner', 'generalist',
      // Abbreviations of a role: "Dev" (developer), "SWE" (software engineer), "Bizdev" (business developer).
      'dev', 'swe', 'bizdev',
      // A team's name is the role in "Inside Sales", "Internal Sales", "Sales & Marketing".
      'sales',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'butcher', 'painter', 'nanny', 'carer', 'counselor', 'counsellor', 'caseworker', 'inspector', 'surveyor', 'notary',
      'attendant', 'stylist', 'curator', 'trucker', 'lifeguard', 'warehouse worker', 'construction worker', 'social worker', 'care worker',
      'support worker', 'factory worker', 'security guard', 'bank teller', 'flight attendant', 'au pair',
      // British spelling keeps the hyphen: "Part-time Co-ordinator".
      'co-ordinator'],
  },
  de: {
    inside: ['entwickler', 'ingenieur', 'berater', 'leiter', 'architekt', 'techniker', 'kaufmann', 'kauffrau', 'fachkraft', 'sachbearbeiter',
      'mitarbeiter', 'referent', 'spezialist', 'assistent', 'programmierer', 'informatiker', 'elektroniker', 'mechatroniker', 'mechaniker', 'monteur',
      'pfleger', 'redakteur', 'wissenschaftler', 'werkstudent', 'praktikant', 'verkäufer', 'buchhalter', 'erzieher', 'lehrer', 'fahrer',
      'doktorand', 'volontär', 'auszubildende', 'betreuer', 'disponent', 'koordinator', 'gestalter', 'administrator', 'analyst', 'tester',
      'therapeut', 'psycholog', 'pflegefachperson', 'lehrperson', 'mediziner', 'tierarzt', 'tierärztin', 'tierärzte',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'kassierer', 'lagerist', 'lagerarbeiter', 'hilfsarbeiter', 'bauarbeiter', 'produktionshelfer', 'kommissionierer', 'zusteller', 'reinigungskraft',
      'pflegekraft', 'pflegekräfte', 'lehrkraft', 'lehrkräfte', 'servicekraft', 'fachkräfte', 'aushilfe', 'elektriker', 'schweißer',
      'installateur', 'klempner', 'hausmeister', 'handwerker', 'rezeptionist', 'krankenschwester', 'hebamme', 'apotheker', 'zahnarzt',
      'zahnärztin', 'assistenzarzt', 'assistenzärztin', 'oberarzt', 'oberärztin', 'facharzt', 'fachärztin', 'sozialarbeiter', 'dozent', 'anwalt',
      'anwältin', 'übersetzer', 'dolmetscher', 'grafiker', 'sekretär', 'vertriebler', 'kaufleute', 'manager', 'fundraiser',
      // "Assistenz" is the post of an assistant, any gender: "Organisationsassistenz", "Teamassistenz", "Assistenz der Geschäftsführung".
      'assistenz'],
    words: ['arzt', 'ärztin', 'ärzte', 'azubi', 'koch', 'köchin', 'experte', 'expertin', 'professur', 'hilfskraft', 'geschäftsführer', 'geschäftsführerin', 'vorstand',
      'hilfskräfte', 'maler', 'malerin', 'maurer', 'gärtner', 'gärtnerin', 'bäcker', 'bäckerin', 'metzger', 'fleischer', 'friseur', 'friseurin', 'kellner',
      'kellnerin', 'pädagoge', 'pädagogin', 'jurist', 'juristin', 'lektor', 'lektorin', 'fotograf', 'fotografin', 'kurier', 'tischler', 'tischlerin', 'dachdecker', 'dachdeckerin'],
  },
  fr: {
    stems: ['développeu', 'developpeu', 'ingénieu', 'ingenieu', 'technicien', 'analyste', 'architecte', 'administrateur', 'administratrice', 'directeur', 'directrice',
      'gestionnaire', 'chercheu', 'doctorant', 'concepteu', 'conceptric', 'rédacteur', 'rédactrice', 'comptable', 'stagiaire', 'alternant', 'apprenti', 'vendeu',
      'conseiller', 'conseillère', 'opérateur', 'opératrice', 'infirmier', 'infirmière', 'enseignant', 'formateu', 'formatric', 'coordinateur',
      'coordinatrice', 'animateur', 'animatrice', 'juriste', 'avocat', 'intégrateur', 'intégratrice', 'testeu',
      'programmeu', 'graphiste', 'chargé', 'responsable', 'consultant', 'chef de', 'chef d\'', 'assistant',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'caissi', 'chauffeur', 'cuisinier', 'cuisinière', 'serveuse', 'électricien', 'soudeu', 'plombier', 'menuisier', 'peintre',
      'mécanicien', 'magasinier', 'préparateur', 'préparatrice', 'cariste', 'manutentionnaire', 'nettoyeu', 'agent d\'', 'agent de', 'agente d',
      'agent commercial', 'aide-soignant', 'aide soignant', 'auxiliaire', 'pharmacien', 'dentiste', 'kinésithérapeute', 'sage-femme', 'éducateur',
      'éducatrice', 'professeu', 'instituteur', 'institutrice', 'traducteur', 'traductrice', 'interprète', 'notaire', 'recruteu', 'livreu', 'coursier',
      'pâtissier', 'barman', 'plongeu', 'réceptionniste', 'hôte d\'accueil', 'hôtesse', 'secrétaire', 'ouvrier', 'ouvrière',
      'postdoctorant', 'surveillant', 'gardien', 'jardinier', 'paysagiste', 'couvreur', 'charpentier', 'carreleur', 'conducteur', 'conductrice',
      'standardiste', 'téléconseill', 'acheteu', 'logisticien', 'dessinat', 'photographe', 'coiffeu', 'esthéticienne',
      // social work: "travailleur social" (not "travailleur" alone: "travailleurs indépendants"), "moniteur éducateur"
      'travailleur social', 'travailleurs sociaux', 'travailleuse sociale', 'travailleuses sociales', 'moniteur éducateur', 'monitrice éducatrice'],
    words: ['médecin', 'médecins', 'maçon', 'maçons', 'boulanger', 'boulangère',
      // the salesperson in inclusive writing ("un.e commercial.e"); not "commercial" alone, an English adjective, nor it "commerciale" ("area commerciale")
      'commercial.e', 'commercial·e', 'commercial(e)', 'commercial-e'],
  },
  es: {
    stems: ['desarrollador', 'ingeniero', 'ingeniera', 'programador', 'analista', 'gerente', 'consultor', 'arquitecto', 'arquitecta', 'administrador', 'diseñador',
      'jefe', 'jefa', 'director', 'coordinador', 'especialista', 'asistente', 'becari', 'practicante', 'investigador', 'responsable', 'vendedor',
      'contador', 'auxiliar', 'operari', 'enfermer', 'profesor', 'docente', 'redactor', 'abogad', 'ejecutiv', 'encargad', 'líder',
      'científico de datos', 'científica de datos',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'cajer', 'conductor', 'chofer', 'chófer', 'repartidor', 'cociner', 'camarer', 'electricista', 'soldador', 'albañil',
      'pintor', 'almacenista', 'mozo de almacén', 'limpiador', 'conserje', 'recepcionista', 'odontólog', 'dentista', 'fisioterapeuta', 'psicólog',
      'educador', 'traductor', 'intérprete', 'contable', 'reclutador', 'captador', 'periodista', 'fotógraf', 'vigilante', 'guardia de seguridad',
      'estilista', 'niñera', 'cuidador', 'dependienta', 'montador'],
    words: ['técnico', 'técnica', 'mensajero', 'mensajera', 'mesero', 'mesera', 'carpintero', 'carpintera', 'mecánico', 'secretario', 'secretaria',
      'maestro', 'maestra', 'peluquero', 'peluquera', 'asesor', 'asesora', 'asesores', 'agente', 'barista', 'panadero', 'panadera', 'carnicero', 'carnicera',
      'jardinero', 'jardinera', 'fontanero', 'fontanera', 'plomero', 'plomera',
      // pastry cooks (not the stem "reposter": "repostería" is the bakery)
      'repostero', 'repostera', 'pastelero', 'pastelera'],
  },
  pt: {
    stems: ['desenvolvedor', 'engenheir', 'programador', 'analista', 'gerente', 'consultor', 'arquiteto', 'arquiteta', 'administrador', 'coordenador',
      'especialista', 'assistente', 'estagiári', 'pesquisador', 'professor', 'diretor', 'supervisor', 'líder', 'vendedor', 'auxiliar', 'cientista',
      'projetista', 'redator', 'advogad', 'enfermeir', 'contador', 'bolsista',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'operador de caixa', 'motorista', 'entregador', 'cozinheir', 'garçom', 'garçonete', 'atendente', 'recepcionista', 'eletricista', 'soldador',
      'encanador', 'pedreiro', 'carpinteir', 'pintor', 'almoxarife', 'estoquista', 'faxineir', 'zelador', 'porteir', 'vigilante',
      'dentista', 'fisioterapeuta', 'psicólog', 'nutricionista', 'educador', 'tradutor', 'tradutora', 'intérprete', 'jornalista', 'fotógraf',
      'recrutador', 'captador de recursos', 'contabilista', 'secretári', 'cuidador', 'diarista', 'jardineir', 'padeir', 'açougueir', 'cabeleireir',
      'barbeir', 'operári', 'promotor de vendas', 'promotora de vendas'],
    words: ['estágio', 'estagio', 'mecânico', 'operador', 'operadores', 'técnico', 'técnicos', 'babá'],
  },
  it: {
    stems: ['sviluppator', 'sviluppatric', 'ingegner', 'programmator', 'programmatric', 'analista', 'consulente', 'architetto', 'amministratore',
      'amministratrice', 'progettista', 'responsabile',
      'coordinatore', 'coordinatrice', 'specialista', 'stagista', 'tirocinante', 'ricercatore', 'ricercatrice', 'dottorand', 'assegnista', 'addett',
      'impiegat', 'direttore', 'sistemista', 'docente', 'redattore',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'cassier', 'camerier', 'elettricista', 'saldator', 'muratore', 'muratori', 'falegname', 'magazzinier', 'mulettista', 'operai', 'infermier',
      'farmacista', 'fisioterapista', 'insegnant', 'educatore', 'educatrice', 'traduttor', 'traduttric', 'avvocat', 'commercialista', 'giornalista',
      'redattrice', 'selezionator', 'segretari', 'centralinista', 'venditore', 'venditrice', 'giardinier', 'panettier', 'macellai',
      'parrucchier', 'estetista', 'badante', 'custode', 'guardia giurata', 'dirigente', 'direttrice', 'manutentore', 'autotrasportator'],
    words: ['tecnico', 'tecnici', 'autista', 'autisti', 'cuoco', 'cuoca', 'cuochi', 'barista', 'commesso', 'commessi', 'psicologo', 'psicologa',
      'interprete', 'contabile', 'contabili', 'fotografo', 'fotografa', 'agente', 'agenti', 'colf'],
  },
  nl: {
    // Dutch closes English loan words into compounds too ("webdeveloper", "webdesigner").
    inside: ['developer', 'designer', 'ontwikkelaar', 'beheerder', 'medewerker', 'adviseur', 'programmeur', 'ontwerper', 'stagiair', 'afstudeerder', 'leider', 'coördinator',
      'verpleegkundige', 'monteur', 'chauffeur', 'begeleider', 'promovendus', 'analist', 'specialist', 'consultant', 'architect', 'ingenieur', 'docent',
      'manager', 'leerkracht', 'leraar', 'lerares', 'onderwijzer',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'schoonmaker', 'schoonmaakster', 'elektricien', 'timmerman', 'loodgieter', 'orderpicker', 'secretaresse', 'boekhouder', 'huisarts', 'tandarts',
      'vertaler', 'redacteur', 'fotograaf', 'fondsenwerver', 'verkoper', 'verkoopster', 'vertegenwoordiger', 'hovenier', 'beveiliger', 'conciërge',
      'koerier', 'bezorger', 'postbode', 'caissière', 'kassière', 'installateur', 'verzorger', 'verpleger', 'apotheker', 'tuinman'],
    words: ['kok', 'koks', 'tolk', 'tolken', 'lasser', 'lassers', 'schilder', 'schilders', 'kapper', 'kappers', 'advocaat', 'advocaten'],
  },
  ...moreRoleNouns,
};

/**
 * First words of a section heading that are no job title's: Hungarian writes the article or "what" before a heading about
 * something ("Az értékesítő csapatról": about the sales team; "Amit a sofőröktől elvárunk": what we expect of drivers), never
 * before a title ("Értékesítési vezető"). Counted only before a lower-case word.
 */
export const sectionHeadingOpeners = ['a', 'az', 'amit', 'mit'];

/** Words that hold a role noun but name no role ("Softwarearchitektur", "architecture"): removed before the role nouns are looked for. */
export const notRoleWords = ['architektur', 'architecture', 'arkitektur', 'arquitectura', 'arquitetura', 'architettura', 'architektura', 'leiterplatte',
  'mimari', 'экспертиз', 'сотрудничеств',
  // Adjectives and fields of work that start as a role noun does: ru/uk "фармацевтический", "журналистика", "фотография", "аудитория", "врачебный".
  'фармацевтическ', 'фармацевтичн', 'журналистик', 'журналістик', 'фотографи', 'фотографі', 'аудитори', 'врачебн', 'педагогическ', 'педагогічн',
  'ветеринарн', 'аудиторі',
  // A field of work or an activity, not who does it: "Engineering", "architecting", "coaching", "presidential", fr "apprentissage".
  'engineering', 'architecting', 'coaching', 'presidential', 'apprentissage',
  // hu an office named for the work its staff do (translation, accounting office): a firm, not a role ("Fordítóiroda", "Könyvelőiroda").
  'fordítóirod', 'könyvelőirod'];

/**
 * Specialty and level words that qualify a role but name no organisation: a
 * title split at a dash ("Frontend - разработчик", "Senior - Developer") keeps
 * them, they never go to the company. Lower case, compared as a whole part.
 */
export const specialtyWords = [
  'frontend', 'front-end', 'front end', 'backend', 'back-end', 'back end', 'fullstack', 'full-stack', 'full stack', 'web', 'mobile', 'ios',
  'android', 'devops', 'data', 'cloud', 'embedded', 'qa', 'ui', 'ux', 'ui/ux', 'senior', 'junior', 'lead', 'principal', 'staff', 'middle',
  'medior', 'pleno', 'sênior', 'júnior',
];
