/**
 * Section headings per kind and language. A heading is compared in lower
 * case without punctuation; the first kind with a phrase contained in it wins,
 * so the more specific kinds (niceToHave before requirements) come first.
 */
import type { SectionKind } from '../../schema/posting.js';

/** Heading phrases by section kind, most specific kind first. */
export const sectionPhrases: Array<[kind: SectionKind, phrases: string[]]> = [
  ['niceToHave', [
    'nice to have', 'nice-to-have', 'nice to haves', 'bonus', 'preferred', 'pluses', 'a plus', 'not required', 'ideal but',
    'would be great', 'advantage', 'wünschenswert', 'von vorteil', 'pluspunkte', 'idealerweise', 'un plus', 'atouts', 'souhaité',
    'se valorará', 'valorable', 'deseable', 'diferenciais', 'desejável', 'pluspunten', 'pré', 'výhodou', '歓迎', '尚可', 'want',
    '우대사항', '우대 사항', '우대 요건',
    // zh (Simplified, Traditional): "pluses", "preferred"
    '加分项', '加分項', '优先考虑', '優先考慮',
    // ru, uk, fi, hu, el "will be a plus", "an advantage"
    'будет плюсом', 'будет преимуществом', 'буде плюсом', 'буде перевагою', 'katsotaan eduksi', 'eduksi', 'előnyt jelent', 'előny lehet', 'előny', 'επιθυμητά',
  ]],
  ['compensation', [
    'salary', 'compensation', 'pay range', 'pay', 'gehalt', 'vergütung', 'rémunération', 'salaire', 'salario', 'sueldo',
    'remuneração', 'salário', 'salaris', 'plat', 'mzda', '給与', '年収', '報酬',
    // zh pay and benefits, pay range
    '薪资福利', '薪資福利', '薪资待遇', '薪資待遇', '薪资范围', '薪資範圍',
    // ru/uk, tr, fi, hu, ro, el, vi pay
    'зарплата', 'заработная плата', 'оплата', 'maaş', 'palkka', 'fizetés', 'bérezés', 'salariu', 'μισθός', 'mức lương',
  ]],
  ['benefits', [
    'benefits', 'perks', 'what we offer', 'we offer', 'what you get', 'why join', 'why you should join', 'why work', 'what\'s in it',
    'what you will enjoy', 'you will be able to enjoy', 'wir bieten', 'was wir bieten', 'unser angebot', 'das bieten wir', 'benefits',
    'avantages', 'ce que nous offrons', 'ce que nous proposons', 'nous offrons', 'rejoindre', 'qué ofrecemos', 'ofrecemos', 'beneficios',
    'benefícios', 'oferecemos', 'wat bieden wij', 'wat wij bieden', 'arbeidsvoorwaarden', 'ponúkame', 'benefity', 'čo ponúkame',
    '福利厚生', '待遇', '条件',
    // zh benefits
    '福利待遇', '福利制度', '员工福利', '員工福利',
    // it "what we offer" / "what the company offers", "benefits" (before the company's "la nostra azienda": "Cosa offre la nostra azienda")
    'cosa offriamo', 'offriamo', 'cosa offre', 'cosa ti offriamo', 'benefit',
    // pl, cs, sv, da, no "we offer", "benefits" (session 25: a posting's sections in every language keep it one posting)
    'oferujemy', 'co oferujemy', 'nabízíme', 'co nabízíme', 'vi erbjuder', 'förmåner', 'vi tilbyder', 'vi tilbyr',
    // ru, uk, tr, fi, hu, el, ro, id, vi "we offer", "benefits", "conditions"
    'мы предлагаем', 'что мы предлагаем', 'условия', 'ми пропонуємо', 'що ми пропонуємо', 'умови', 'neler sunuyoruz', 'yan haklar',
    'tarjoamme', 'mitä tarjoamme', 'amit kínálunk', 'amit nyújtunk', 'juttatások', 'προσφέρουμε', 'παροχές', 'ce oferim', 'oferim', 'beneficii',
    'yang kami tawarkan', 'quyền lợi', 'phúc lợi',
  ]],
  ['process', [
    'how to apply', 'to apply', 'apply', 'application', 'hiring process', 'interview process', 'recruitment process',
    'next steps', 'what to expect', 'bewerbung', 'bewirb', 'so geht es weiter', 'wie es weitergeht', 'comment postuler', 'postuler',
    'candidature', 'processus', 'cómo aplico', 'cómo aplicar', 'proceso', 'processo seletivo', 'como se candidatar', 'sollicitatie',
    'solliciteren', 'ďalší postup', 'ako sa prihlásiť', '選考', '応募方法', 'interested',
  ]],
  ['requirements', [
    'requirements', 'qualifications', 'what we\'re looking for', 'what we are looking for', 'we are looking for', 'about you',
    'who you are', 'you have', 'you are', 'your profile', 'skills', 'must have', 'must-have', 'experience', 'what you bring',
    'what you\'ll need', 'what you need', 'a good match', 'ideal candidate', 'competences', 'competencies', 'dein profil', 'ihr profil',
    'profil', 'anforderungen', 'was du mitbringst', 'was sie mitbringen', 'du bist', 'du hast', 'qualifikation', 'profil recherché',
    'compétences', 'votre profil', 'vous', 'qui êtes-vous', 'prérequis', 'qué pedimos', 'requisitos', 'lo que buscamos', 'perfil',
    'wat vragen wij', 'functie-eisen', 'wie ben jij', 'vind jij', 'požiadavky', 'požadujeme', '応募資格', '必須', 'must', '求める人物',
    '자격 요건', '자격요건', '자격 조건', '지원 자격',
    // zh (Simplified, Traditional): job requirements, qualifications
    '任职要求', '任職要求', '任职资格', '任職資格', '岗位要求', '崗位要求', '职位要求', '職位要求', '应聘条件', '應徵條件',
    // pl, cs, sv, da, no, it requirements
    'wymagania', 'oczekujemy', 'požadavky', 'co požadujeme', 'kvalifikationer', 'kvalifikasjoner', 'requisiti',
    // ru, uk, tr, fi, hu, el, ro, id, vi requirements, "we expect"
    'требования', 'мы ожидаем', 'что мы ожидаем', 'вимоги', 'ми очікуємо', 'aranan nitelikler', 'gereksinimler', 'nitelikler', 'aradığımız',
    'vaatimukset', 'edellytämme', 'odotamme', 'elvárások', 'elvárásaink', 'követelmények', 'απαιτήσεις', 'προσόντα', 'cerințe', 'cerinte',
    'persyaratan', 'kualifikasi', 'yêu cầu',
    // hr/bs/sr (Latin, Cyrillic), sl, th requirements: "conditions" (of the call), "we expect", "qualifications"
    'uvjeti', 'uslovi', 'услови', 'potrebna znanja', 'očekujemo', 'очекујемо', 'pričakujemo', 'zahtevamo', 'คุณสมบัติ',
  ]],
  ['responsibilities', [
    'responsibilities', 'what you\'ll do', 'what you will do', 'what you will be doing', 'what you\'ll be doing', 'your tasks',
    'duties', 'key tasks', 'your role', 'in this role', 'day to day', 'day in the life', 'your mission', 'you will', 'you\'ll',
    'deine aufgaben', 'ihre aufgaben', 'aufgaben', 'tätigkeiten', 'du willst', 'tes missions', 'vos missions', 'ta mission',
    'missions', 'votre mission', 'vos responsabilités', 'qué harás', 'cómo lo harás', 'responsabilidades', 'funciones', 'atribuições', 'wat ga je doen', 'taken',
    'náplň práce', 'zodpovednosti', '具体的には', '業務内容', '仕事内容',
    // pl, sv, da, no, it duties ("zakres obowiązków": the scope of duties)
    'zakres obowiązków', 'obowiązki', 'twoje zadania', 'arbetsuppgifter', 'arbejdsopgaver', 'arbeidsoppgaver', 'mansioni',
    // ru, uk, tr, fi, hu, el, ro, id, vi duties, tasks
    'обязанности', 'задачи', 'чем предстоит заниматься', "обов'язки", 'обовʼязки', 'завдання', 'sorumluluklar', 'görevler', 'tehtävät',
    'feladatok', 'feladataid', 'feladatkör', 'αρμοδιότητες', 'καθήκοντα', 'responsabilități', 'responsabilitati', 'tanggung jawab', 'trách nhiệm',
    // hr/bs/sr (Latin, Cyrillic), sl, th duties: "job description", "tasks", "duties and responsibilities"
    'opis posla', 'опис посла', 'zadaci', 'задаци', 'naloge', 'opis dela', 'หน้าที่ความรับผิดชอบ', 'ลักษณะงาน',
    // zh (Simplified, Traditional): duties, job content
    '岗位职责', '崗位職責', '工作职责', '工作職責', '职位职责', '職位職責', '工作内容', '工作內容', '职责描述', '職責描述', '职位描述', '職位描述', '職務內容',
    '职责', '職責', '工作职责与要求',
  ]],
  // "About the Role" describes the job, not the company: checked before the company kind's bare "about".
  ['role', [
    'about the role', 'about this role', 'about the job', 'about this job', 'about the position', 'about this position',
    'about the opportunity', 'about this opportunity', 'about the project', 'about this project', 'about the team', 'about this team', 'about the work',
  ]],
  ['company', [
    'about us', 'about the company', 'about the company and', 'who we are', 'our mission', 'the mission', 'our story', 'company',
    'über uns', 'wer wir sind', 'das sind wir', 'qui sommes-nous', 'qui sommes nous', 'à propos', 'sobre nosotros', 'quiénes somos',
    'sobre nós', 'sobre a', 'quem somos', 'over ons', 'wie zijn wij', 'o firme', 'o nás', '会社概要', '当社について', 'about',
    // zh company introduction
    '公司介绍', '公司介紹', '公司简介', '公司簡介', '关于我们', '關於我們',
    // "about us" / "our company" as it, sv/no, da, ru, uk, pl and cs write the heading
    'chi siamo', 'la nostra società', 'la nostra azienda', 'om oss', 'om os', 'о нас', 'о компании', 'про нас', 'про компанію',
    'o nas', 'o firmie', 'o společnosti',
  ]],
  ['role', [
    'the role', 'about the role', 'role', 'the job', 'about the job', 'job description', 'description', 'the position', 'position',
    'overview', 'summary', 'die stelle', 'die rolle', 'deine rolle', 'le poste', 'rôle', 'descripción', 'el puesto', 'a vaga',
    'de functie', 'de rol', 'pozícia', '職務概要', '募集要項',
    // "job description" as nl (one word, and as often written in two), de, fr, es and pt write it
    'functieomschrijving', 'functie omschrijving', 'stellenbeschreibung', 'description du poste', 'descripción del puesto', 'descrição da vaga',
  ]],
];

/**
 * Headings that hold a section's word but head no section of a posting: a careers index's "open positions" (fi "Avoimet
 * tehtävät", ru "Интересные задачи и открытые вакансии") and a site's terms of use (ru "Условия использования сайта").
 */
export const notSectionHeadings = [
  'avoimet tehtävät', 'avoimet työpaikat', 'открытые вакансии', 'открытых вакансий', 'наши вакансии', 'відкриті вакансії', 'наші вакансії',
  'условия использования', 'умови використання',
];
