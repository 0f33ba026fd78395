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
 * All lower case. Seniority and specialty words alone ("Senior", "Backend")
 * are no role: they qualify one.
 */
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
      'tester', 'writer', 'head of', 'post-doc'],
    words: ['nurse', 'teacher', 'tutor', 'driver', 'cook', 'chef', 'clerk', 'cashier', 'welder', 'carpenter', 'plumber', 'controller', 'lawyer',
      'attorney', 'counsel', 'doctor', 'secretary', 'producer', 'reporter', 'trainer', 'planner', 'buyer', 'broker', 'actuary', 'coder',
      'advocate', 'steward', 'scrum master', 'product owner', 'phd student', 'phd position', 'phd candidate', 'working student', 'volunteer',
      'contractor', 'cto', 'ceo', 'cfo', 'coo', 'cmo', 'cpo', 'cio', 'ciso', 'vp', 'vice president', 'headhunter', 'sourcer', 'faculty',
      'lectureship', 'professorship', 'internship', 'intern', 'chemist', 'mechanic', 'director', 'editor', 'expert', 'admin', 'lead', 'leader', 'support',
      'partner', 'associate', 'executive', 'devops', 'sre', 'qa', 'owner', 'generalist',
      // Abbreviations of a role: "Dev" (developer), "SWE" (software engineer), "Bizdev" (business developer).
      'dev', 'swe', 'bizdev',
      // A team's name is the role in "Inside Sales", "Internal Sales", "Sales & Marketing".
      'sales'],
  },
  de: {
    inside: ['entwickler', 'ingenieur', 'berater', 'leiter', 'architekt', 'techniker', 'kaufmann', 'kauffrau', 'fachkraft', 'sachbearbeiter',
      'mitarbeiter', 'referent', 'spezialist', 'assistent', 'programmierer', 'informatiker', 'elektroniker', 'mechatroniker', 'mechaniker', 'monteur',
      'pfleger', 'redakteur', 'wissenschaftler', 'werkstudent', 'praktikant', 'verkäufer', 'buchhalter', 'erzieher', 'lehrer', 'fahrer',
      'doktorand', 'volontär', 'auszubildende', 'betreuer', 'disponent', 'koordinator', 'gestalter', 'administrator', 'analyst', 'tester',
      'therapeut', 'psycholog', 'pflegefachperson', 'lehrperson', 'mediziner', 'tierarzt', 'tierärztin', 'tierärzte'],
    words: ['arzt', 'ärztin', 'ärzte', 'azubi', 'koch', 'köchin', 'experte', 'expertin', 'professur', 'hilfskraft', 'geschäftsführer', 'geschäftsführerin', 'vorstand'],
  },
  fr: {
    stems: ['développeu', 'developpeu', 'ingénieu', 'ingenieu', 'technicien', 'analyste', 'architecte', 'administrateur', 'administratrice', 'directeur', 'directrice',
      'gestionnaire', 'chercheu', 'doctorant', 'concepteu', 'conceptric', 'rédacteur', 'rédactrice', 'comptable', 'stagiaire', 'alternant', 'apprenti', 'vendeu',
      'conseiller', 'conseillère', 'opérateur', 'opératrice', 'infirmier', 'infirmière', 'enseignant', 'formateu', 'formatric', 'coordinateur',
      'coordinatrice', 'animateur', 'animatrice', 'juriste', 'avocat', 'intégrateur', 'intégratrice', 'testeu',
      'programmeu', 'graphiste', 'chargé', 'responsable', 'consultant', 'chef de', 'chef d\'', 'assistant'],
  },
  es: {
    stems: ['desarrollador', 'ingeniero', 'ingeniera', 'programador', 'analista', 'gerente', 'consultor', 'arquitecto', 'arquitecta', 'administrador', 'diseñador',
      'jefe', 'jefa', 'director', 'coordinador', 'especialista', 'asistente', 'becari', 'practicante', 'investigador', 'responsable', 'vendedor',
      'contador', 'auxiliar', 'operari', 'enfermer', 'profesor', 'docente', 'redactor', 'abogad', 'ejecutiv', 'encargad', 'líder',
      'científico de datos', 'científica de datos'],
    words: ['técnico', 'técnica'],
  },
  pt: {
    stems: ['desenvolvedor', 'engenheir', 'programador', 'analista', 'gerente', 'consultor', 'arquiteto', 'arquiteta', 'administrador', 'coordenador',
      'especialista', 'assistente', 'estagiári', 'pesquisador', 'professor', 'diretor', 'supervisor', 'líder', 'vendedor', 'auxiliar', 'cientista',
      'projetista', 'redator', 'advogad', 'enfermeir', 'contador', 'bolsista'],
    words: ['estágio', 'estagio'],
  },
  it: {
    stems: ['sviluppator', 'sviluppatric', 'ingegner', 'programmator', 'programmatric', 'analista', 'consulente', 'architetto', 'amministratore',
      'amministratrice', 'progettista', 'responsabile',
      'coordinatore', 'coordinatrice', 'specialista', 'stagista', 'tirocinante', 'ricercatore', 'ricercatrice', 'dottorand', 'assegnista', 'addett',
      'impiegat', 'direttore', 'sistemista', 'docente', 'redattore'],
    words: ['tecnico'],
  },
  nl: {
    // Dutch closes English loan words into compounds too ("webdeveloper", "webdesigner").
    inside: ['developer', 'designer', 'ontwikkelaar', 'beheerder', 'medewerker', 'adviseur', 'programmeur', 'ontwerper', 'stagiair', 'afstudeerder', 'leider', 'coördinator',
      'verpleegkundige', 'monteur', 'chauffeur', 'begeleider', 'promovendus', 'analist', 'specialist', 'consultant', 'architect', 'ingenieur', 'docent',
      'manager', 'leerkracht', 'leraar', 'lerares', 'onderwijzer'],
  },
  pl: {
    stems: ['programist', 'specjalist', 'kierownik', 'inżynier', 'deweloper', 'analityk', 'architekt', 'administrator', 'konsultant', 'projektant',
      'tester', 'dyrektor', 'koordynator', 'asystent', 'stażyst', 'praktykant', 'księgow', 'handlowiec', 'doradc', 'sprzedawc', 'opiekun',
      'pracownik', 'lider', 'menedżer', 'menadżer', 'rekruter', 'referent'],
    words: ['technik', 'grafik'],
  },
  cs: {
    stems: ['vývojář', 'programátor', 'inženýr', 'analytik', 'architekt', 'administrátor', 'konzultant', 'specialist', 'tester', 'vedoucí',
      'manažer', 'projektant', 'designér', 'asistent', 'stážist', 'účetní', 'obchodník', 'správce', 'referent',
      // the trades and services, as en driver, cook, teacher, nurse
      'řidič', 'kuchař', 'učitel', 'zdravotní sestr', 'skladník', 'prodavač', 'číšník', 'svářeč', 'elektrikář', 'mechanik', 'kurýr'],
    words: ['technik', 'technička'],
  },
  sk: {
    stems: ['vývojár', 'programátor', 'inžinier', 'analytik', 'architekt', 'administrátor', 'konzultant', 'špecialist', 'tester', 'vedúc',
      'manažér', 'projektant', 'dizajnér', 'asistent', 'stážist', 'účtovní', 'obchodník', 'správca', 'referent'],
    words: ['technik'],
  },
  sv: {
    inside: ['utvecklare', 'administratör', 'ingenjör', 'konsult', 'arkitekt', 'ledare', 'specialist', 'tekniker', 'analytiker', 'handläggare',
      'säljare', 'sjuksköterska', 'lärare', 'testare', 'doktorand', 'praktikant', 'rådgivare', 'samordnare', 'designer', 'chef'],
    words: ['vd'],
  },
  no: {
    inside: ['utvikler', 'rådgiver', 'konsulent', 'ingeniør', 'arkitekt', 'prosjektleder', 'teamleder', 'avdelingsleder', 'fagleder', 'daglig leder', 'sykepleier', 'lærer', 'tekniker', 'selger', 'medarbeider',
      'praktikant', 'stipendiat', 'postdoktor', 'analytiker', 'spesialist', 'sommerjobb', 'sommerstudent'],
  },
  da: {
    inside: ['udvikler', 'rådgiver', 'konsulent', 'ingeniør', 'arkitekt', 'projektleder', 'teamleder', 'afdelingsleder', 'sygeplejerske', 'lærer', 'tekniker', 'sælger', 'medarbejder',
      'praktikant', 'studentermedhjælper', 'analytiker', 'specialist'],
  },
  fi: {
    inside: ['kehittäjä', 'asiantuntija', 'insinööri', 'suunnittelija', 'arkkitehti', 'konsultti', 'päällikkö', 'johtaja', 'harjoittelija', 'tutkija',
      'myyjä', 'analyytikko', 'testaaja', 'koordinaattori', 'sairaanhoitaja', 'opettaja', 'ylläpitäjä'],
  },
  et: { inside: ['arendaja', 'insener', 'analüütik', 'juht', 'spetsialist', 'konsultant', 'arhitekt', 'testija', 'praktikant', 'disainer'] },
  hu: { inside: ['fejlesztő', 'mérnök', 'elemző', 'tanácsadó', 'vezető', 'programozó', 'gyakornok', 'tesztelő', 'tervező', 'munkatárs'] },
  ro: { stems: ['dezvoltator', 'inginer', 'programator', 'analist', 'consultant', 'specialist', 'tehnician', 'stagiar', 'arhitect', 'tester'] },
  ru: {
    inside: ['разработчик', 'инженер', 'менеджер', 'аналитик', 'администратор', 'руководител', 'дизайнер', 'программист', 'тестировщик',
      'специалист', 'архитектор', 'консультант', 'директор', 'бухгалтер', 'стажер', 'стажёр', 'ассистент', 'помощник', 'оператор', 'технолог',
      'тимлид', 'маркетолог', 'рекрутер', 'редактор', 'копирайтер', 'преподавател', 'исследовател', 'сотрудник', 'эксперт', 'верстальщик',
      // the trades and services, as en driver, cook, cashier, welder, nurse, teacher
      'водител', 'курьер', 'комплектовщик', 'кладовщик', 'грузчик', 'продавец', 'продавц', 'кассир', 'повар', 'официант', 'бариста', 'охранник',
      'уборщи', 'сварщик', 'электрик', 'механик', 'медсестр', 'учител', 'юрист'],
  },
  uk: {
    inside: ['розробник', 'керівник', 'інженер', 'менеджер', 'програміст', 'тестувальник', 'спеціаліст', 'аналітик', 'архітектор', 'консультант',
      'директор', 'бухгалтер', 'стажер', 'асистент', 'дизайнер', 'маркетолог', 'рекрутер', 'фахів', 'адміністратор', 'редактор', 'викладач', 'дослідник'],
  },
  tr: {
    inside: ['geliştirici', 'mühendis', 'uzman', 'yazılımcı', 'analist', 'tasarımcı', 'danışman', 'müdür', 'yönetici', 'sorumlu', 'stajyer',
      'asistan', 'mimar', 'teknisyen', 'programcı', 'lider'],
    words: ['staj'],
  },
  id: { stems: ['pengembang', 'insinyur', 'desainer', 'manajer', 'spesialis', 'konsultan', 'magang', 'kepala', 'pengajar'], words: ['analis', 'staf', 'staff'] },
  vi: { inside: ['lập trình', 'nhân viên', 'kỹ sư', 'chuyên viên', 'trưởng nhóm', 'quản lý', 'thực tập sinh', 'kiểm thử'] },
  ar: { inside: ['مهندس', 'مطور', 'مبرمج', 'مدير', 'محلل', 'مصمم', 'أخصائي', 'متدرب', 'مستشار'] },
  ja: {
    inside: ['エンジニア', '開発', 'デザイナー', 'マネージャー', 'マネジャー', 'ディレクター', 'コンサルタント', 'プログラマ', 'アーキテクト', 'アナリスト',
      'リーダー', '責任者', '担当者', 'スタッフ', '技術者', '研究員', '研究者', '営業職', '事務職', 'マーケター', 'プロデューサー', 'サイエンティスト',
      'テスター', 'インターン', 'アシスタント', '講師', '看護師', '薬剤師', '専門職', '部長', '課長', 'デベロッパー', 'ライター', 'エディター'],
  },
  zh: {
    inside: ['工程师', '經理', '经理', '开发', '設計師', '设计师', '实习', '實習', '专员', '專員', '主管', '总监', '總監', '程序员', '程式設計師', '架构师',
      '架構師', '分析师', '分析師', '研究员', '研究員', '顾问', '顧問', '助理', '专家', '專家', '负责人', '負責人', '组长', '組長', '技术员', '讲师', '編輯', '编辑',
      '工程師'],
  },
  ko: { inside: ['개발자', '엔지니어', '디자이너', '매니저', '기획자', '연구원', '분석가', '인턴', '담당자', '팀장', '마케터', '컨설턴트', '아키텍트', '전문가', '리드'] },
};

/** Words that hold a role noun but name no role ("Softwarearchitektur", "architecture"): removed before the role nouns are looked for. */
export const notRoleWords = ['architektur', 'architecture', 'arkitektur', 'arquitectura', 'arquitetura', 'architettura', 'architektura', 'leiterplatte',
  'mimari', 'экспертиз', 'сотрудничеств',
  // A field of work or an activity, not who does it: "Engineering", "architecting", "coaching", "presidential", fr "apprentissage".
  'engineering', 'architecting', 'coaching', 'presidential', 'apprentissage'];

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
