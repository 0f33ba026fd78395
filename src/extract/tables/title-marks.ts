/**
 * Title vocabulary, per language, continued from titles.ts: headings over other postings, the hiring words written
 * onto CJK titles, and the decorations and remote words a title carries. A new phrase or language is one line.
 */

/**
 * Headings over a list of other postings on a job page ("Other jobs",
 * "Weitere Stellen", "相关职位"): the headings under them are not this posting's title.
 */
export const otherJobsHeadings: Record<string, string[]> = {
  en: ['other jobs', 'similar jobs', 'related jobs', 'more jobs', 'other openings', 'other positions', 'other open positions', 'more openings',
    'other roles', 'similar positions', 'similar roles', 'related positions', 'recommended jobs', 'latest jobs', 'recent jobs', 'you may also like',
    'more open positions', 'other vacancies', 'see all jobs', 'all jobs', 'suggestion', 'suggestions', 'suggested jobs', 'job suggestions'],
  de: ['weitere stellen', 'weitere jobs', 'ähnliche jobs', 'weitere stellenangebote', 'ähnliche stellenangebote', 'ähnliche stellen'],
  fr: ['autres offres', 'offres similaires', "autres offres d'emploi", 'autres postes'],
  es: ['otras ofertas', 'ofertas similares', 'otras vacantes', 'empleos similares'],
  pt: ['outras vagas', 'vagas semelhantes', 'vagas relacionadas', 'vagas similares'],
  it: ['altre offerte', 'offerte simili', 'altre posizioni'],
  nl: ['andere vacatures', 'vergelijkbare vacatures', 'meer vacatures', 'bekijk ook'],
  pl: ['podobne oferty', 'inne oferty', 'inne oferty pracy', 'podobne oferty pracy'],
  sv: ['andra lediga tjänster', 'liknande jobb', 'fler lediga tjänster', 'andra jobb'],
  cs: ['další pozice', 'podobné pozice', 'další nabídky', 'podobné nabídky'],
  ru: ['похожие вакансии', 'другие вакансии'],
  uk: ['схожі вакансії', 'інші вакансії'],
  ja: ['他の求人', 'その他の求人', '関連求人', '似た求人', 'おすすめ求人'],
  zh: ['相关职位', '其他职位', '相似职位', '热门职位', '推荐职位'],
};

/**
 * Japanese puts the role before the hiring word ("エンジニアを募集"), Chinese
 * after it ("招聘高级工程师"); both also decorate a heading with them
 * ("【急募】", "募集中"). Matched without word boundaries.
 */
export const cjkHiringAfter = ['を大募集', 'を募集', 'を急募', 'を採用', '募集中', '大募集', '募集', '急募'];
export const cjkHiringBefore = ['诚聘', '急聘', '招聘', '招募', '急募', '誠聘', '招聘中'];
/** A recruiter's own title after 招聘 ("招聘专员", "IT招聘顾问": a recruitment specialist or consultant): the hiring word is part of it. */
export const cjkRecruiterNouns = ['专员', '專員', '顾问', '顧問', '经理', '經理', '主管', '助理', '总监', '總監', '专家', '專家', '实习生', '實習生'];

/**
 * Verb-final languages put the role before the hiring verb ("deneyimli bir
 * iOS geliştirici arıyoruz", "“Full Stack Uzmanı” arayışımız bulunmaktadır"):
 * the verbs, and the determiner after which the role starts.
 */
export const roleBeforeVerbs: Record<string, string[]> = {
  tr: ['arıyoruz', 'arayışımız', 'arayışındayız', 'arıyor'],
};
// Turkish "Acme olarak X arıyoruz" (as Acme, we look for X): "olarak" closes the subject before the role.
export const roleBeforeDeterminers: Record<string, string[]> = { tr: ['bir', 'olarak'] };

/**
 * Contract and schedule words a job board puts after a title ("– Full-time",
 * "(Teilzeit)", "in Vollzeit", "- CDI"): they describe the job, they are no
 * part of its title. Compared lower-cased, as a whole part.
 */
export const titleDecorationWords: Record<string, string[]> = {
  en: ['full-time', 'full time', 'fulltime', 'part-time', 'part time', 'contract', 'contractor', 'freelance', 'permanent', 'temporary', 'fixed-term',
    'fixed term', 'full-time or part-time', 'ft', 'pt', 'paid', 'unpaid', 'immediate start', 'urgent'],
  de: ['vollzeit', 'teilzeit', 'in vollzeit', 'in teilzeit', 'vollzeit oder teilzeit', 'voll- oder teilzeit', 'festanstellung', 'befristet',
    'unbefristet', 'minijob', 'freiberuflich', 'ab sofort'],
  fr: ['cdi', 'cdd', 'temps plein', 'temps partiel', 'freelance', 'intérim', 'interim'],
  es: ['jornada completa', 'tiempo completo', 'media jornada', 'medio tiempo', 'indefinido', 'temporal'],
  pt: ['tempo integral', 'meio período', 'meio periodo', 'clt', 'pj', 'efetivo'],
  it: ['tempo pieno', 'part time', 'tempo indeterminato', 'tempo determinato'],
  nl: ['fulltime', 'parttime', 'voltijd', 'deeltijd', 'vast'],
  pl: ['pełny etat', 'pełen etat', 'b2b', 'umowa o pracę', 'uop'],
  ru: ['полная занятость', 'частичная занятость', 'удалённо', 'удаленно'],
  uk: ['повна зайнятість', 'часткова зайнятість', 'віддалено'],
  ja: ['正社員', '契約社員', 'アルバイト', '業務委託'],
  zh: ['全职', '兼职', '全職', '兼職'],
};

/**
 * Remote and work-mode words in a title's parts ("- Remote", "(Hybrid)", ", Remote"), as whole words, and the words
 * that may qualify one after a comma ("Fully Remote", "100% remote").
 */
export const titleRemoteWords: Record<string, string[]> = {
  en: ['remote', 'hybrid', 'on-site', 'onsite', 'worldwide', 'anywhere', 'home office'],
  de: ['homeoffice', 'home office'],
  fr: ['télétravail'],
  es: ['remoto'],
  pt: ['remoto'],
  nl: ['thuiswerken'],
};
export const titleRemoteQualifiers: Record<string, string[]> = {
  en: ['fully', 'full', '100%', '100 %'],
};
