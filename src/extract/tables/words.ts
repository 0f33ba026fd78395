/**
 * Word tables for seniority and experience, per language (employment
 * type: tables/employment.ts; remote policy: tables/remote.ts). Phrases are matched case-insensitively as whole words unless
 * noted; a new language is a few more strings here.
 */
import type { Seniority } from '../../schema/posting.js';

/**
 * Seniority from title words, checked in this order (the first hit wins). Each pattern comes with
 * lower-case keywords one of which every match contains (a prefilter, see text.ts mayContain).
 */
export const seniorityWords: Array<[pattern: RegExp, seniority: Seniority, keywords: string[]]> = [
  // sv "VD" (verkställande direktör): the managing director
  [/\b(?:chief|ceo|cto|cfo|coo|cio|cpo|vp|svp|evp|vice[- ]president|président(?:e)?|presidente|geschäftsführer(?:in)?|pdg|vd)\b/iu, 'executive',
    ['chief', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'cpo', 'vp', 'vice', 'présid', 'presid', 'geschäftsführer', 'pdg', 'vd']],
  // A project's head manages a project, heads no unit: ru "руководитель проекта/проектов", uk "керівник проєкту", de "Projektleiter" (project manager)
  [/(?<![\p{L}])(?:руководител\p{L}*\s+проект|керівник\p{L}*\s+про[еє]кт|projektleiter)\p{L}*/iu, 'manager', ['руководител', 'керівн', 'projektleiter']],
  // ru/uk директор, руководитель, керівник: the head of a unit (as Leiter)
  // zh 总监 (director)
  [/\b(?:director|directeur|directrice|directeur·rice|director[a]?|direktor(?:in)?|head of|leiter(?:in)?|responsable)\b|(?<![\p{L}])(?:директор|руководител|керівн)\p{L}*|总监|總監/iu, 'director',
    ['direct', 'direktor', 'head of', 'leiter', 'responsable', 'директор', 'руководител', 'керівн', '总监', '總監']],
  [/\bprincipal\b/iu, 'principal', ['principal']],
  [/\bstaff\b/iu, 'staff', ['staff']],
  // ja リード/リーダー, ko 리드/리더 (loanwords), zh 组长: a lead position; CJK words match without word boundaries
  // ru ведущий / uk провідний before a role noun (a lead engineer; alone, "Ведущий мероприятий" is a host), hu vezető, ko 팀장 (team lead)
  [/\b(?:lead|leader|teamlead|team lead|tech lead|lead developer)\b|リード|リーダー|리드|리더|组长|組長|팀장|(?<![\p{L}])(?:ведущ|провідн)\p{L}*(?=\s+[\p{L}\p{N}+#.-]*(?:разработчик|инженер|аналитик|программист|специалист|дизайнер|менеджер|тестировщик|архитектор|розробник|інженер|аналітик|програміст|спеціаліст|тестувальник|архітектор))|(?<![\p{L}])vezető(?![\p{L}])/iu, 'lead',
    ['lead', 'リード', 'リーダー', '리드', '리더', '组长', '組長', '팀장', 'ведущ', 'провідн', 'vezető']],
  // zh 经理 (manager), 主管 (supervisor: "用户运营主管"), ko 매니저
  [/\b(?:manager|managerin|gerente|gestionnaire|manažér)\b|マネージャー|经理|經理|主管|매니저/iu, 'manager', ['manager', 'gerente', 'gestionnaire', 'manažér', 'マネージャー', '经理', '經理', '主管', '매니저']],
  // es "semi senior" is the middle level, read before "senior"
  [/\bsemi[- ]?senior\b/iu, 'mid', ['semi']],
  // pt sênior, pl starszy, ru/uk старший, tr kıdemli; ja シニア, ko 시니어, zh 资深/高级 ("高级工程师": a senior engineer)
  [/\b(?:senior|sr\.?|snr)(?![\p{L}])|(?<![\p{L}])(?:sênior|starszy|старший|kıdemli)(?![\p{L}])|シニア|시니어|资深|資深|高级|高級/iu, 'senior',
    ['senior', 'sr', 'snr', 'sênior', 'starszy', 'старший', 'kıdemli', 'シニア', '시니어', '资深', '資深', '高级', '高級']],
  // "middle" as in ru/uk/pl IT ("PHP-разработчик (middle)"), not a middle school; pt-BR "pleno"
  // pl "Regular" (the middle level of Polish IT titles; not English "Regular Full-Time", a permanent post), fr "confirmé"
  [/\b(?:mid[- ]level|intermediate|medior|mid|pleno|regular(?![- ](?:full|part)[- ]?time)|middle(?![- ]?(?:school|east|office|ware|age)))\b|中级|中級|(?<![\p{L}])confirmée?(?![\p{L}])/iu, 'mid',
    ['mid', 'intermediate', 'medior', 'pleno', 'regular', '中级', '中級', 'confirmé']],
  // pt júnior, pl młodszy, ru младший, uk молодший; ja ジュニア, ko 주니어, zh 初级; ar مبتدئ (beginner), حديث التخرج (new graduate)
  [/\b(?:junior|jr\.?|graduate|entry[- ]level|einsteiger(?:in)?|débutant(?:e)?)(?![\p{L}])|(?<![\p{L}])(?:júnior|młodszy|младший|молодший|مبتدئ|حديث التخرج)(?![\p{L}])|ジュニア|주니어|初级|初級/iu, 'junior',
    ['junior', 'jr', 'graduate', 'entry', 'einsteiger', 'débutant', 'júnior', 'młodszy', 'младший', 'молодший', 'مبتدئ', 'حديث التخرج', 'ジュニア', '주니어', '初级', '初級']],
  // tr staj, stajyer; fr "stage", not the English stage of "Stage host", "stage manager"
  // zh 实习, ja インターン, ko 인턴 (CJK: no word boundaries)
  [/\b(?:intern|internship|praktikant(?:in)?|praktikum|stagiaire|stage(?![\s-]+(?:host|manager|hand|crew|door|lighting|technician|designer|director|presence|actor|performer))|estagiário|estágio|becario|becaria|werkstudent(?:in)?|staj|stajyer)\b|实习|實習|インターン|인턴/iu, 'intern',
    ['intern', 'praktik', 'stag', 'estagiário', 'estágio', 'becari', 'werkstudent', 'staj', '实习', '實習', 'インターン', '인턴']],
];

/** Labels of a line that states the level ("Level: Senior", "Poziom: Mid", "Уровень: Middle"). */
export const seniorityLabels = ['seniority', 'seniority level', 'level', 'experience level', 'career level', 'job level', 'position level', 'poziom', 'poziom stanowiska', 'уровень', 'рівень', 'nível', 'nivel', 'niveau', 'karrierestufe',
  // Language facts (issue #13 audit): tr experience level, de, fr, es, pt, it, nl, pl, cs/sk, ru/uk grade, sv/no, fi, hu, ro, el, zh/ko rank
  'tecrübe seviyesi', 'deneyim seviyesi', 'kıdem', 'erfahrungslevel', 'erfahrungsstufe', "niveau d'expérience", 'niveau d’expérience', 'séniorité',
  'nivel de experiencia', 'nível de experiência', 'senioridade', 'livello', 'livello di esperienza', 'ervaringsniveau', 'poziom doświadczenia',
  'úroveň', 'seniorita', 'грейд', 'nivå', 'erfarenhetsnivå', 'kokemustaso', 'taso', 'szint', 'tapasztalati szint', 'nivel de experiență', 'επίπεδο',
  '职级', '級別', '级别', '직급',
  // ar career level, job level, experience level
  'المستوى المهني', 'المستوى الوظيفي', 'مستوى الخبرة'];
/**
 * Words before a level inside a sentence: ru/uk "разработчика уровня Middle" (a developer of level Middle); pl "na poziomie
 * Mid+", cs/sk "na úrovni Senior" (at the level of). A language level after them ("na poziomie B2") names no seniority.
 */
export const seniorityLevelWords = ['уровня', 'рівня', 'na poziomie', 'na úrovni'];
/** A language's level after those words ("angielski na poziomie intermediate", "English at an advanced level") is no job's seniority. */
export const languageLevelWords = ['intermediate', 'upper-intermediate', 'pre-intermediate', 'advanced', 'beginner', 'elementary', 'native', 'fluent', 'basic'];

/** Number words, so "au moins trois ans" reads as 3. */
export const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
  ein: 1, eins: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  um: 1, dois: 2, três: 3, quatro: 4, oito: 8, nove: 9, dez: 10,
  één: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10,
  jeden: 1, dva: 2, tri: 3, štyri: 4, päť: 5,
  // pl and cs, as their years of experience are written out ("pięć lat doświadczenia", "alespoň pět let praxe")
  dwa: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5, sześć: 6, dziesięć: 10,
  tři: 3, čtyři: 4, pět: 5, šest: 6, deset: 10,
  // it (uno, nove: as es and pt above)
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10,
};

