/**
 * Where-to-apply vocabulary, per language: the words that invite the reader
 * to write (apply, send your CV, contact), the spelled-out "@" and "." of
 * obfuscated addresses, mailbox names that are jobs mailboxes, and the words
 * that mark an address as not about the job. A new language is a few more
 * strings here.
 */

/**
 * Headings of the section that says how to apply, per language (language facts): an address under one is offered for
 * applying ("## Apply now!" over "send a CV … to info@…", "## Bewerbung und zeitlicher Ablauf"). Whole words, case-insensitive.
 */
export const applyHeadingWords: string[] = [
  'apply', 'apply now', 'how to apply', 'to apply', 'application process', 'application procedure', 'your application', 'applying',
  'bewerbung', 'bewerben', 'bewerbungsprozess', 'jetzt bewerben', 'candidature', 'postuler', 'comment postuler', 'candidatura', 'candidaturas',
  'candidatar', 'candidatar-se', 'como se candidatar', 'cómo postular', 'postulación', 'sollicitatie', 'solliciteren', 'solliciteer',
  'aplikuj', 'aplikacja', 'rekrutacja', 'ansökan', 'søknad', 'ansøgning', 'hakemus', 'başvuru', 'отклик', 'как откликнуться',
  '応募方法', '応募', '申请方式', '申請方式', '投递方式', '应聘方式', '지원 방법', '지원방법',
];

/**
 * Heading words that say applying only as the whole heading ("## Application", "## Applications:"): in a longer one they
 * name software as often ("## Applications we support", "## Application security").
 */
export const applyHeadingWholeWords: string[] = ['application', 'applications'];

/** Words about applying or writing to someone, matched as whole words, case-insensitively; "*": any letters may follow. */
export const applyWords: Record<string, string[]> = {
  en: ['apply', 'applying', 'application', 'applications', 'resume', 'résumé', 'cv', 'cover letter', 'send', 'email us', 'e-mail us', 'mail us',
    'email me', 'e-mail me', 'write to', 'reach out', 'get in touch', 'contact', 'interested', 'drop us a line', 'drop me a line', 'reach us',
    'reach me', 'shoot me', 'shoot us', 'ping me', 'ping us', 'write us', 'write me', 'talk to us', 'hit me up', "let's talk", 'let’s talk',
    'hear from you', 'your portfolio'],
  de: ['bewerbung*', 'bewirb', 'bewerben', 'lebenslauf', 'anschreiben', 'schick*', 'schreib*', 'ansprechpartner*', 'kontakt*', 'melde dich', 'meld dich',
    'melden sie sich', 'meldet euch', 'wenden sie sich', 'bei interesse'],
  fr: ['candidature', 'postuler', 'postulez', 'candidater', 'envoy*', 'écrivez', 'contactez', 'lettre de motivation', 'adressez'],
  nl: ['solliciteer', 'sollicitatie', 'solliciteren', 'sollicitatiebrief', 'motivatiebrief', 'stuur', 'reageer', 'neem contact op', 'contactpersoon'],
  es: ['candidatura', 'envía', 'envia', 'envíanos', 'envianos', 'escríbenos', 'escribenos', 'escribir', 'currículum', 'curriculum', 'interesa', 'interesados', 'interesadas', 'mandar',
    'postula*', 'postúlate', 'hoja de vida', 'contacto', 'contáctanos', 'contactanos'],
  pt: ['currículo', 'envie', 'enviar', 'mande', 'candidate-se', 'candidatar', 'candidatar-se', 'candidatura', 'inscreva-se', 'interessados', 'contato',
    'fale conosco'],
  it: ['candidatura', 'candidati', 'candidarsi', 'invia', 'inviare', 'inviaci', 'scrivi', 'scrivere', 'contatti', 'contatto', 'contattaci'],
  sk: ['pošli', 'pošlite', 'životopis', 'prihlás*'],
  cs: ['pošlete', 'napište', 'životopis', 'kontaktujte'],
  pl: ['aplikuj', 'wyślij', 'prześlij', 'cv', 'zgłoszenie', 'zgłoszenia', 'zgłoś się', 'aplikacje', 'aplikacji', 'dokumenty aplikacyjne', 'napisz'],
  // nb/no, da, sv: "contact", "e-mail", "apply", "send"
  no: ['kontakt*', 'e-post', 'søk*', 'søknad', 'send'],
  da: ['kontakt*', 'ansøg*', 'søg*', 'send'],
  sv: ['kontakt*', 'maila', 'mejla', 'skicka', 'ansök*', 'sök', 'ansökan', 'e-post', 'hör av dig', 'hör gärna av dig'],
  tr: ['başvur*', 'e-posta', 'eposta', 'email atarak', 'e-mail atarak', 'mail atarak', 'iletişim*', 'özgeçmiş*'],
  ru: ['резюме', 'пишите', 'напишите', 'присылайте', 'пришлите', 'отправляйте', 'отправьте', 'направляйте', 'откликайтесь', 'отклик*',
    'контакт*'],
  uk: ['резюме', 'пишіть', 'напишіть', 'надсилайте', 'надішліть', 'відгук*', 'контакт*'],
  // fi: apply, application, send, contact (person, details); et: apply, send (saatke); hu: apply, CV
  fi: ['hae', 'hakemus*', 'lähetä', 'ota yhteyttä', 'yhteyshenkilö', 'yhteystiedot'],
  et: ['kandideeri*', 'saatke'],
  hu: ['jelentkez*', 'önéletrajz*'],
  // id: application, apply, send; vi: apply, send, CV file; ar: send, CV, to apply
  id: ['lamaran', 'lamar', 'kirim*'],
  vi: ['ứng tuyển', 'gửi', 'hồ sơ'],
  ar: ['أرسل', 'السيرة الذاتية', 'للتقديم'],
  // Language facts (issue #13 audit), the invitations each language writes that the lists above lack: de send (sende, senden Sie),
  // fr send (envoie), interested; es/it send (manda), write; pt write, registration; nl mail us; pl interested, sending;
  // cs/sk get in touch, write; ru/uk write, send (informal); tr send; hu send, apply; ro send, apply; el send, CV, application;
  // he send, CV, apply; ar send (plural), CV; id contact; vi contact; et send
  'de+': ['sende*', 'senden sie'],
  'fr+': ['envoie', 'envoie-nous', 'intéressé', 'intéressée', 'intéressé(e)', 'écris-nous'],
  'es/it+': ['manda', 'mándanos', 'mandanos', 'mandaci', 'escríbeme', 'aplica', 'aplicar'],
  'pt+': ['escreva', 'inscrição', 'inscrições', 'candidaturas'],
  'nl+': ['mail ons', 'mail je', 'mailen', 'sollicit*'],
  'pl+': ['zainteresowane', 'zainteresowanych', 'przesyłanie', 'przesyłaj', 'aplikować'],
  'cs/sk+': ['ozvi se', 'ozvěte se', 'napiš', 'ozvi sa', 'napíš', 'napíšte', 'kontaktuj*'],
  'ru/uk+': ['пиши', 'присылай', 'отправляй', 'надсилай'],
  'tr+': ['gönder*'],
  'hu+': ['küldd', 'küldje', 'pályáz*'],
  ro: ['trimite*', 'aplică', 'aplicați', 'candidatură', 'candidatura'],
  el: ['στείλτε', 'στείλε', 'βιογραφικό', 'αίτηση', 'αιτήσεις'],
  // el contact ("Στοιχεία επικοινωνίας": contact details, over a posting's address block; "επικοινωνήστε": contact us)
  'el+': ['επικοινων*'],
  he: ['שלחו', 'שלח', 'קורות חיים', 'הגשת מועמדות'],
  'ar+': ['أرسلوا', 'إرسال', 'سيرتكم', 'سيرتك'],
  'id/vi/et+': ['hubungi', 'liên hệ', 'saada'],
};

/** Words about applying in scripts without spaces between words (ja, zh): found anywhere. */
export const applyWordsUnbounded = [
  // ja: apply, CV
  '応募', '履歴書',
  // ja: entry (as an application)
  'エントリー',
  // ja: contact details, inquiry
  '連絡先', '問い合わせ',
  // zh: CV, send, submit (a CV), contact, apply
  '简历', '簡歷', '履歷', '发送', '投递', '投遞', '聯絡', '联系', '申请', '应聘', '應徵',
  // ko: CV, application form, apply (지원하기, 지원해 주세요)
  '이력서', '지원서', '지원하',
  // ko: send (보내주세요, 보내 주세요: "please send it to")
  '보내',
];

/**
 * Words that ask for an application itself (apply, CV, application letter), not for mere contact: a line with these and
 * privacy words is the apply sentence with its consent clause ("CV wraz ze zgodą na przetwarzanie danych (RODO) …
 * na:"); a line with privacy words and only contact words ("kontaktować się pisząc:") is about data protection.
 * "*": any letters may follow.
 */
export const applicationWords = [
  'apply', 'applying', 'application', 'applications', 'cv', 'resume', 'résumé', 'cover letter', 'lebenslauf', 'anschreiben', 'bewerb*', 'bewirb',
  'candidatur*', 'postul*', 'candidat*', 'currículum', 'curriculum', 'currículo', 'hoja de vida', 'lettre de motivation', 'sollicit*', 'motivatiebrief',
  'aplik*', 'zgłoszeni*', 'życiorys', 'životopis', 'ansök*', 'søknad', 'ansøg*', 'hakemus*', 'başvur*', 'özgeçmiş*', 'резюме', 'önéletrajz*',
  'jelentkez*', 'pályáz*', 'lamaran', 'ứng tuyển', 'βιογραφικό', 'αίτηση', 'קורות חיים', 'السيرة الذاتية',
];

/** Words that make a line's address not about the job (accommodations, privacy, press, ...); as a pattern source, whole words. */
export const notApplySource = String.raw`\b(?:accommodations?|accessibility|disabilit\w*|privacy|gdpr|data protection|datenschutz\w*|ochron\w* danych|press|media inquiries|security|abuse|unsubscribe|support@|billing)\b`;

/** Mailbox names (before the "@") that are jobs mailboxes whatever the words around them. */
export const jobsMailboxes = [
  'job', 'jobs', 'career', 'careers', 'hiring', 'recruiting', 'recruitment', 'recruit', 'talent', 'hr', 'people', 'apply', 'application', 'applications',
  'join', 'work', 'bewerbung', 'bewerbungen', 'karriere', 'emploi', 'recrutement', 'empleo', 'vagas', 'vacatures', 'werken', 'prace', 'kariera', 'jobb',
  // pl, ru, fi, es, pt, it, tr: work, recruitment, careers
  'praca', 'rekrutacja', 'rabota', 'vacancy', 'rekry', 'rekrytointi', 'trabajo', 'empleos', 'carreira', 'carreiras', 'lavoro', 'kariyer',
  // fr/pt/es "RH"/"RRHH" (human resources), pt/es/it recruiting, nl/no/sv recruiting, pl HR, CVs
  'rh', 'rrhh', 'recrutamento', 'reclutamiento', 'selezione', 'rekrutering', 'rekrytering', 'kadry', 'cv', 'resume', 'resumes', 'talents', 'vacature',
  // Language facts (issue #13 audit): en recruiters, join us, work with us; de Personal (HR); fr candidatures; es selection, talent; pt talents, CVs;
  // it work with us; nl work, applications; cs/sk recruitment (nábor), career; sv/no/da career, recruiting; et career; id career, recruitment,
  // vacancy; vi recruitment (tuyển dụng); hu job, career, recruitment; ro careers, recruitment; ja recruitment (採用), HR (人事); zh recruitment (招聘)
  'recruiter', 'recruiters', 'joinus', 'join-us', 'workwithus', 'vacancies', 'personal', 'candidature', 'candidatures', 'seleccion', 'talento',
  'talentos', 'curriculos', 'curriculo', 'lavoraconnoi', 'werk', 'sollicitatie', 'sollicitaties', 'nabor', 'kariera', 'karriar', 'rekruttering',
  'karjaar', 'karir', 'rekrutmen', 'lowongan', 'hrd', 'tuyendung', 'allas', 'karrier', 'toborzas', 'cariere', 'cariera', 'recrutare', 'saiyo',
  'jinji', 'zhaopin',
];

/**
 * Mailbox names (or one part of one: "general-partnership") for a business function other than hiring: a page's
 * contact block lists them beside its jobs address ("Connectivity & general partnership: partnership@…"), and words
 * about contacting around them do not make them apply addresses; a line or heading that asks to apply to one does.
 */
export const notApplyMailboxParts = ['partnership', 'partnerships', 'partners', 'partner', 'sales', 'support', 'press', 'media', 'billing', 'invoice', 'invoices', 'accounting', 'legal', 'abuse', 'security', 'marketing', 'webmaster', 'postmaster'];

/**
 * Data-protection mailboxes (en privacy, data protection officer, GDPR; pl RODO, inspektor ochrony danych; de Datenschutz):
 * never where to apply, even below a line that asks to.
 */
export const privacyMailboxParts = ['privacy', 'dpo', 'gdpr', 'rodo', 'iod', 'datenschutz'];

/** Shared mailboxes that are no person's name: before a spelled " at ", they make an address ("Info AT Globex.com"). */
export const sharedMailboxes = ['info', 'contact', 'kontakt', 'hello', 'office', 'mail', 'post', 'welcome', 'team'];

/**
 * A spaced " @ " reads as "at" more often than as an address ("Follow us @ x.com", "postgres @ aws.amazon.com"), so
 * an address is read from it only for a mailbox named like one (jobsMailboxes, sharedMailboxes), and never for these
 * verbs among them: "apply @ jobs.acme.com" is a site to apply at.
 */
export const spacedAtVerbs = ['apply', 'join', 'work', 'werken'];

/**
 * Mailbox names with one of jobsMailboxes and one more part ("tech-jobs", "careers.eu", "hr_team") are jobs mailboxes too,
 * unless a part says no one reads them.
 */
export const notReadMailboxParts = ['noreply', 'no-reply', 'donotreply', 'do-not-reply', 'alerts', 'alert', 'notifications', 'notification', 'newsletter', 'digest'];

/**
 * A link's whole text that says "apply" ("Apply now", "Jetzt bewerben", "Postuler", "応募する"): its URL is
 * where to apply, whatever its host. Matched at the start of the link text, case-insensitively, as words.
 */
export const applyLinkTexts = [
  'apply', 'apply now', 'apply here', 'apply online', 'submit application', 'submit your application', 'bewerben', 'jetzt bewerben',
  'hier bewerben', 'online bewerben', 'bewirb dich', 'postuler', 'je postule', 'candidater', 'candidatar', 'candidatar-se', 'candidate-se',
  'postular', 'postúlate', 'postulate', 'aplicar', 'aplikuj', 'solliciteer', 'solliciteren', 'ansök', 'sök tjänsten', 'søk nå',
  'søk stillingen', 'ansøg', 'hae paikkaa', 'hae nyt', 'başvur', 'hemen başvur', 'başvuru yap', 'откликнуться', 'подать заявку',
  'відгукнутися', 'candidati', 'invia la candidatura', 'prihlásiť sa', 'reagovat', 'lamar', 'ứng tuyển', '応募', 'エントリー', '申请',
  '立即申请', '投递简历', '지원하기',
];

/**
 * Hosts of applicant trackers and application forms (a host ending so): a link there is a way to apply.
 * Also any host under the .jobs top-level domain, which is for employment sites.
 */
export const applyHosts = [
  'greenhouse.io', 'lever.co', 'workable.com', 'teamtailor.com', 'recruitee.com', 'personio.de', 'personio.com', 'smartrecruiters.com',
  'ashbyhq.com', 'bamboohr.com', 'breezy.hr', 'jobvite.com', 'myworkdayjobs.com', 'icims.com', 'applytojob.com', 'homerun.co', 'join.com',
  'softgarden.io', 'comeet.com', 'pinpointhq.com', 'gupy.io', 'typeform.com', 'forms.gle', 'jotform.com', 'tally.so', 'forms.office.com',
  // More applicant trackers (issue #13): JazzHR, Factorial, Workday sites, Taleo, SuccessFactors, Rippling, Zoho Recruit, Freshteam, Manatal,
  // JobScore, HireHive, Recruiterbox, Dover, Gem; de d.vinci, rexx, concludis, Prescreen, Umantis; nordic Varbi, ReachMee, Jobylon,
  // Webcruiter, Jobbnorge, HR Manager, Emply; pl Traffit, eRecruiter; TalentLyft, Kenjo, Polymer, Getro
  'jazz.co', 'jazzhr.com', 'factorialhr.com', 'myworkdaysite.com', 'taleo.net', 'successfactors.com', 'successfactors.eu', 'rippling-ats.com',
  'zohorecruit.com', 'zohorecruit.eu', 'freshteam.com', 'careers-page.com', 'jobscore.com', 'hirehive.com', 'recruiterbox.com', 'dover.io',
  'jobs.gem.com', 'dvinci-easy.com', 'rexx-systems.com', 'concludis.de', 'prescreen.io', 'umantis.com', 'varbi.com', 'reachmee.com', 'jobylon.com',
  'webcruiter.no', 'jobbnorge.no', 'hr-manager.net', 'emply.com', 'traffit.com', 'erecruiter.pl', 'talentlyft.com', 'kenjo.io', 'polymer.co',
  'getro.com', 'recruitcrm.io', 'hiringroom.com', 'bizneo.com', 'welcomekit.co',
  // Google Forms under its long address (forms.gle is its short one)
  'docs.google.com/forms',
];

/**
 * Job boards (a host ending so): a link or bare URL there on a posting's path (a job path word, or a posting
 * number) is the posting's own page, where the reader applies. Per country, the boards postings link to.
 */
export const jobBoardHosts = [
  'linkedin.com', 'indeed.com', 'glassdoor.com', 'wellfound.com', 'angel.co', 'workatastartup.com', 'otta.com', 'weworkremotely.com',
  'remoteok.com', 'remoteok.io', 'remotive.com', 'xing.com', 'stepstone.de', 'karriere.at', 'jobs.ch', 'welcometothejungle.com',
  'infojobs.net', 'tecnoempleo.com', 'computrabajo.com', 'getonbrd.com', 'vagas.com.br', 'programathor.com.br', 'catho.com.br', 'pracuj.pl',
  'justjoin.it', 'nofluffjobs.com', 'bulldogjob.pl', 'rocketjobs.pl', 'jobs.cz', 'startupjobs.cz', 'profesia.sk', 'hh.ru', 'hh.kz', 'career.habr.com',
  'djinni.co', 'jobs.dou.ua', 'work.ua', 'robota.ua', 'kariyer.net', 'jobindex.dk', 'finn.no', 'arbetsformedlingen.se', 'duunitori.fi', 'cv.ee',
  'profession.hu', 'ejobs.ro', 'kariera.gr', 'alljobs.co.il', 'drushim.co.il', 'bayt.com', 'naukri.com', 'seek.com.au', 'glints.com', 'jobstreet.com',
  'kalibrr.com', 'topcv.vn', 'itviec.com', 'vietnamworks.com', 'programmers.co.kr', 'saramin.co.kr', 'jobkorea.co.kr', 'rocketpunch.com', '104.com.tw',
  'cakeresume.com', 'cake.me', 'yourator.co', 'zhipin.com', 'lagou.com', 'liepin.com', 'wantedly.com', 'green-japan.com', 'findy-code.io',
  // Stack Overflow's job board (stackoverflow.com/jobs/N, careers.stackoverflow.com/jobs/N; closed in 2022); pl theprotocol.it
  'stackoverflow.com', 'theprotocol.it',
];

/**
 * The "@" of an obfuscated address, spelled out. In brackets ("[at]", "(arroba)") any of them; bare
 * between spaces only those that are no common word ("jobs arroba acme punto com"): a bare " at " counts
 * only when a spelled-out dot follows ("jobs at acme dot com").
 */
export const obfuscatedAt = {
  // ja "アットマーク" (at mark): "info{アットマーク}acme.co.jp", "info(アットマーク)acme.jp"
  bracketed: ['at', '@', 'arroba', 'zavináč', 'zavinac', 'собака', 'chiocciola', 'małpa', 'アットマーク',
    // fr arobase, nl apenstaartje, de Klammeraffe, sv/da snabel-a, hu kukac (language facts)
    'arobase', 'arrobase', 'apenstaartje', 'klammeraffe', 'snabel-a', 'kukac'],
  bare: ['arroba', 'zavináč', 'zavinac', 'собака', 'chiocciola', 'małpa', 'arobase', 'arrobase', 'apenstaartje', 'klammeraffe', 'snabel-a'],
};

/** The "." of an obfuscated address, spelled out: en dot, es/it punto, pt ponto, cs tečka, ru точка, de/sv/no punkt, fr point, pl kropka, nl punt, fi piste, hu pont. */
export const obfuscatedDot = {
  bracketed: ['dot', '.', 'punto', 'ponto', 'tečka', 'tecka', 'точка', 'punkt', 'point', 'kropka', 'punt', 'piste', 'pont'],
  bare: ['dot', 'punto', 'ponto', 'tečka', 'tecka', 'точка', 'punkt', 'kropka'],
};

/** Front-matter key words: a key of an email word after a contact or apply word names an apply address ("contact_emails", "contact_details.email"). */
export const emailKeyWords = { email: ['email', 'emails', 'e-mail', 'mail'], owner: ['apply', 'application', 'contact', 'contacts', 'recruiter', 'hiring', 'jobs'] };

/** Front-matter key words: a key of an apply word and a link word names an apply URL ("applicationFormUrl", "apply_link"). */
export const urlKeyWords = { apply: ['apply', 'application', 'applications'], link: ['url', 'link', 'href', 'form'] };

/**
 * A link's own text that invites the reader to write ("[contact me](…)", "[私にコンタクト](…)"): with the
 * link in a sentence, its URL is a way to apply. Matched anywhere in the link text, case-insensitively.
 */
export const contactLinkWords = [
  'contact me', 'contact us', 'get in touch', 'reach out', 'write to me', 'email me', 'dm me', 'message me', 'kontaktiere mich', 'schreib mir',
  'contactez-moi', 'écrivez-moi', 'escríbeme', 'contáctame', 'fale comigo', 'scrivimi', 'napisz do mnie', 'напишите мне', 'napište mi',
  'コンタクト', 'ご連絡', '連絡', 'お問い合わせ', '联系我', '聯絡我', '연락',
];
