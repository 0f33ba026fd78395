/**
 * Experience-years vocabulary for the languages the hand-read rules of
 * experience.ts leave out (their words are not ASCII, so \b cannot bound
 * them, or those rules do not know the language), plus Chinese and Japanese
 * ranges. A statement counts only when its line names experience too. A new
 * language is a line in each list.
 */

/** Words for years after a number. */
export const otherYearsWords = [
  'лет', 'года', 'год', // ru
  'років', 'роки', 'рік', 'року', // uk
  'år', 'års', 'åren', // sv, da, no
  'yıl', 'yıllık', 'yil', 'sene', // tr
  'anni', 'anno', // it
  'lata', // pl ("lat" is read by experience.ts)
  // pl, cs, sk the years as an adjective joined to the figure ("min. 2-letnie doświadczenie", "3letá praxe", "2-ročná prax"), as et "3-aastane"
  'letnie', 'letniego', 'letnim', 'letnią', 'letá', 'leté', 'letou', 'ročná', 'ročné', 'ročnú',
  'vuotta', 'vuoden', 'vuosi', // fi
  'aastat', 'aasta', 'aastane', // et
  'tahun', // id
  'سنوات', 'سنة', 'سنين', 'أعوام', 'عام', // ar
  'năm', // vi
  '년', '년차', // ko: "경력 5년 이상", "실무 3년차 이상" (in the third year or later)
  // Language facts (issue #13 audit): fr années; hu év ("3 éves tapasztalat"); ro ani; el χρόνια/έτη/ετών; he שנים; fi "3-vuotinen"
  'années', 'année', 'év', 'éves', 'évnyi', 'ani', 'χρόνια', 'έτη', 'ετών', 'שנים', 'שנות', 'vuotinen',
];
/** Years words experience.ts reads, for statements that name experience first ("experiência de 3 anos"). */
export const asciiYearsWords = ['years', 'year', 'yrs', 'jahre', 'jahren', 'ans', 'años', 'anos', 'jaar', 'jaren', 'roky', 'rokov', 'lat'];

/** Words for "at least" / "more than" before the number. */
export const otherAtLeastWords = [
  'от', 'не менее', 'более', 'минимум', // ru
  'від', 'не менше', 'понад', 'щонайменше', 'мінімум', // uk
  'minst', 'mindst', 'mer enn', 'mere end', 'mer än', 'över', // sv, da, no
  'en az', 'asgari', // tr
  'almeno', 'minimo', // it
  'co najmniej', 'minimum', 'min.', // pl
  'vähintään', 'vähemalt', // fi, et
  'minimal', 'setidaknya', // id
  'على الأقل', 'لا تقل عن', // ar
  'tối thiểu', 'ít nhất', // vi
  '최소', // ko
  'au moins', 'minim', 'cel puțin', 'cel putin', 'legalább', 'τουλάχιστον', // fr, ro, hu, el (issue #13 audit)
];

/** Words for experience; one must be on the line. */
export const otherExperienceWords = [
  'опыт', 'стаж', 'досвід', 'досвіду', 'erfarenhet', 'erfaring', 'deneyim', 'tecrübe', 'esperienza', 'doświadczenie', 'doświadczenia',
  'kokemus', 'kokemusta', 'työkokemus', 'kogemus', 'kogemust', 'töökogemus', 'pengalaman', 'خبرة', 'kinh nghiệm', 'ervaring', 'werkervaring',
  'experience', 'experiência', 'experiencia', 'expérience', 'erfahrung', 'berufserfahrung',
  '경력', '경험', // ko: career, experience
  'praxe', 'praxi', 'prax', 'zkušenost', 'zkušenosti', 'skúsenosť', 'skúsenosti', // cs, sk
  'tapasztalat', 'tapasztalattal', 'experiență', 'experienta', 'εμπειρία', 'εμπειρίας', 'ניסיון', // hu, ro, el, he (issue #13 audit)
];

/** Chinese and Japanese words for experience or its length, one of which a CJK range ("1-3 年") needs on its line. */
export const cjkExperienceWords = ['经验', '經驗', '経験', '年限'];

/** Words after "N years" that make it an age, not experience ("25+ years old", "18 Jahre alt", "30 años de edad"). */
export const ageAfterYearsWords = ['old', 'of age', 'alt', 'oud', 'de edad', 'de idade'];

/**
 * Organisations whose own years a figure can be ("un despacho con más de 15 años de experiencia", "a firm with over
 * 20 years of experience"): the years after "with" belong to the noun before it, not to the candidate. Lower case.
 */
export const organisationWords = [
  'company', 'firm', 'agency', 'business', 'studio', 'consultancy', 'organisation', 'organization', 'practice',
  'empresa', 'despacho', 'compañía', 'agencia', 'firma', 'estudio', 'companhia', 'agência', 'escritório',
  'entreprise', 'société', 'agence', 'cabinet', 'unternehmen', 'agentur', 'kanzlei', 'azienda', 'società', 'agenzia', 'bedrijf', 'bureau',
  'spółka',
  // pl the company in the instrumental, as "we are a firm with …" puts it ("Jesteśmy firmą z 25-letnim doświadczeniem")
  'firmą', 'spółką', 'agencją', 'firmy',
  'zespół',
  'společnost',
  // cs/sk/pl the company in the locative or genitive, as "work at a firm with 25 years" puts it ("ve firmě s 25letou praxí",
  // "stabilní společnosti s 25letou praxí", "w firmie z 20-letnim doświadczeniem", "vo firme s 20-ročnou tradíciou")
  'firmě', 'společnosti', 'společností', 'firmie', 'firmę', 'firme', 'spoločnosti',
  'tým',
];
/** The words for "with" that join an organisation to its years, per language. */
export const withWords = ['with', 'con', 'com', 'avec', 'mit', 'met',
  's', // cs "firma s více než 20 lety zkušeností"
  'z', // pl "firma z 25-letnim doświadczeniem"
  'se', // cs "s" before s-/z- sounds: "firma se 17letou praxí" (sedmnáctiletou)
  'ze', // pl "z" before a cluster: "firma ze 100-letnią tradycją"
  'ma', // pl "Nasz zespół ma ponad 10 lat doświadczenia" (has)
  'má', // cs "Naše firma má 20 let zkušeností" (has)
];
/** "We have" before the years: the speakers' own ("We have 15 years of experience", "Mamy 15 lat doświadczenia"), per language. */
export const weHaveWords = ["we have", "we've", 'wir haben', 'nous avons', 'tenemos', 'temos', 'abbiamo', 'we hebben', 'mamy', 'máme', 'máme už', 'vi har', "we've got",
  'posiadamy',
];
/** "Without" between the years and the experience word: none asked ("do 26 lat bez doświadczenia", an age), one a line. */
export const withoutWords = [
  'bez',
  'without',
  'ohne',
  'sin',
  'sans',
  'zonder',
  'senza',
  'sem',
];
/** "More than" between "we have" and the years ("Mamy ponad 15 lat", "Wir haben über 20 Jahre"): the only words allowed there, one a line. */
export const weHaveOverWords = [
  'over',
  'more than',
  'über',
  'mehr als',
  'plus de',
  'más de',
  'mais de',
  'oltre',
  'ruim',
  'meer dan',
  'ponad',
  'přes',
  'více než',
  'över',
];

/**
 * Labels of the years of experience asked, as a form's field, a table's th or a dt names them (the value beside
 * or under it: "Experience | 3 years", "Berufserfahrung" over "3 Jahre"). Whole labels, case-insensitive.
 */
export const experienceLabels: string[] = [
  'experience', 'work experience', 'professional experience', 'relevant experience', 'years of experience', 'experience required', 'required experience', 'min. experience', 'minimum experience', // en
  'erfahrung', 'berufserfahrung', 'berufserfahrung erforderlich', // de
  'expérience', 'expérience requise', 'expérience professionnelle', // fr
  'experiencia', 'experiencia requerida', 'experiencia mínima', 'años de experiencia', // es
  'experiência', 'experiência profissional', 'tempo de experiência', // pt
  'ervaring', 'werkervaring', 'esperienza', 'esperienza richiesta', 'anni di esperienza', // nl, it
  'doświadczenie', 'zkušenosti', 'praxe', 'skúsenosti', 'опыт', 'опыт работы', 'требуемый опыт работы', 'досвід', 'досвід роботи', // pl, cs, sk, ru, uk
  'erfarenhet', 'erfaring', 'kokemus', 'työkokemus', 'deneyim', 'tecrübe', 'iş deneyimi', // sv, da/no, fi, tr
  '経験', '経験年数', '必要経験', '경력', '경력사항', '경력 요건', '经验', '工作经验', '经验要求', '工作年限', '經驗', '工作經驗', // ja, ko, zh
];
