/**
 * Title and company rules from session 20's dev sets (issue #13): each row is a
 * language fact or a page shape, written here in invented text and run through
 * the CLI. A row states the title and company chosen (null: none) and, where it
 * matters, the rule that chose them. Every row fails without the rule it names.
 */
import { describeTitleCompanyCases } from './company-cases.js';

interface Row { name: string; input: string; title: string | null; titleRule?: string; company?: string | null; companyRule?: string }

const rows: Row[] = [
  // German and French ads attach the gender marker to the job title only: of "A | B" or "A - B", the marked part is the title,
  // even when its noun is in no role table, and never the company; the other part names the employer only when it reads as one
  // (a legal form, where the posting writes it), else it is a department or field and the title keeps it.
  { name: 'de: the part with "(m/w/d)" before a pipe is the title, the site part names the employer as the posting writes it', title: 'Stallhelfer*in', titleRule: 'frontmatter.title',
    company: 'Kornfeld GmbH & Co. KG',
    input: '---\ntitle: Stallhelfer*in (m/w/d) | Kornfeld\n---\n\nDu fütterst und mistest in unserem Pferdestall, 25 Stunden in der Woche.\n\nKornfeld GmbH & Co. KG, Am Weiher 3, Twist\n' },
  { name: 'fr: the part with "(h/f)" before a dash is the title', title: 'Fromager', titleRule: 'frontmatter.title', company: 'Maison Caillé SARL',
    input: '---\ntitle: "Fromager (h/f) - Maison Caillé"\n---\n\nVous affinez nos tommes à la cave, à Rodez.\n\nMaison Caillé SARL, 4 rue du Lac, Rodez\n' },
  { name: 'must not: a marked title keeps no company from a part the posting never writes', title: 'Stallhelfer*in - Ref 4411', titleRule: 'frontmatter.title', company: null,
    input: '---\ntitle: Stallhelfer*in (m/w/d) - Ref 4411\n---\n\nDu fütterst und mistest in unserem Pferdestall, 25 Stunden in der Woche.\n' },
  { name: 'must not (de): a department after "(m/w/d) -" that the body writes is no company; the body\'s employer stays', title: 'Lagerhelfer - Wareneingang',
    company: 'Brenner Spedition GmbH',
    input: '---\ntitle: "Lagerhelfer (m/w/d) - Wareneingang"\n---\n\nDie Brenner Spedition GmbH sucht Verstärkung für den Wareneingang in Hameln.\n' },
  { name: 'must not (de): a ward after "(m/w/d) |" that the body writes is no company', title: 'Altenpfleger | Wohnbereich 2', titleRule: 'heading.h1', company: null,
    input: '# Altenpfleger (m/w/d) | Wohnbereich 2\n\nDu betreust die Bewohner in unserem Wohnbereich 2, im Früh- und Spätdienst.\n' },
  // A subject that opens with a possessive determiner is a common noun ("our client"), in every language with one: the
  // definition "X ist ein Logistikunternehmen" names no company when X is "Unser Kunde".
  { name: 'must not (de): "Unser Kunde ist ein Logistikunternehmen" names no company', title: 'Lagerlogistiker', company: null,
    input: '# Lagerlogistiker (m/w/d)\n\nUnser Kunde ist ein Logistikunternehmen in Bremen. Du kommissionierst Ware im Schichtbetrieb.\n' },
  // French inclusive writing: the article "un·e" is typed with a middle dot, a dot operator or a full stop; an aside in brackets
  // between the hiring verb and the article is no part of the role, which starts at its article.
  { name: 'fr: "recrute (encore) un·e X": the aside before the article goes', title: 'Développeur·se mobile', titleRule: 'frontmatter.title', company: 'Brumeo',
    input: '---\ntitle: "Brumeo recrute (encore) un·e développeur·se mobile"\n---\n\nVous travaillez sur notre application de covoiturage.\n' },
  { name: 'fr: "recrute un⋅e X": an inclusive article written with a dot operator', title: 'Graphiste', titleRule: 'heading.h1',
    input: '# Atelier Brume recrute un⋅e graphiste\n\nVous dessinez nos affiches, à Nantes.\n' },
  { name: 'must not: a bracket the role begins with stays when no article follows it', title: '(Senior) Backend Developers', titleRule: 'heading.h1',
    input: '# Fernway is hiring (Senior) Backend Developers\n\nBuild our routing engine.\n' },
  // Latin American Spanish calls the post "cargo", as Portuguese does: "Título del cargo:" labels a title.
  { name: 'es: "Título del cargo:" labels the title', title: 'Analista de datos', titleRule: 'text.labelled-line',
    input: '# Oferta de empleo\n\n**Título del cargo:** Analista de datos\n**Ubicación:** Bogotá\n\nTrabajarás con nuestro equipo de finanzas.\n' },
  // Chinese 下的 is an ordinary "under / of" (在疫情下的 "under the pandemic"): no company is read from "我们是X下的Y".
  ...([
    '我们是研发中心下的小团队，负责日志和监控系统。',
    '我们是在远程办公下的团队，大家都在家工作。',
  ]).map((sentence): Row => ({ name: `must not (zh): "${sentence.slice(0, 12)}…" names no company`, title: '后端工程师', company: null,
    input: `# 后端工程师\n\n${sentence}\n` })),
  // A company describes itself by what it is doing ("X is building …", "X is on a mission to …"): a weak definition (0.35) that counts when
  // another reading agrees, here a second one.
  { name: 'en: "X is building …" and "X is on a mission …" agree on the company', title: 'Backend Engineer', company: 'Tallowby', companyRule: 'body.defines',
    input: '# Backend Engineer\n\nTallowby is building grain-drying sensors for small farms.\n\nTallowby is on a mission to cut crop losses by half.\n' },
  { name: 'must not: one "X is changing …" alone names no company', title: 'Backend Engineer', company: null,
    input: '# Backend Engineer\n\nRust is changing how we write firmware for grain-drying sensors.\n' },
  // Hiring verbs and inclusive articles per language (tables/titles.ts rolePhrases, roleLeadFillers): under a careers heading, a page
  // whose role phrase is not read names no role and gives no record at all.
  ...([
    ['es', '# Empleo\n\nEn Fernlog seleccionamos Técnico de Soporte para la oficina de Sevilla.', 'Técnico de Soporte'],
    ['es', '# Empleo\n\nEn Fernlog buscamos un/a Ingeniero/a de Datos para nuestro equipo de Madrid.', 'Ingeniero/a de Datos'],
    ['pt', '# Vagas\n\nA Fernlog está contratando um(a) Desenvolvedor(a) Backend para o time de logística.', 'Desenvolvedor(a) Backend'],
    ['pt', '# Trabalhe conosco\n\nEstamos à procura de uma Analista de Dados para a Fernlog.', 'Analista de Dados'],
    ['it', '# Lavora con noi\n\nAssumiamo un Backend Developer per il team di Milano.', 'Backend Developer'],
    ['nl', '# Werken bij Fernlog\n\nWij zijn op zoek naar een Data Engineer (32-40 uur).', 'Data Engineer'],
    ['pl', '# Kariera\n\nFirma Fernlog poszukuje osoby na stanowisko Specjalista ds. Logistyki.', 'Specjalista ds. Logistyki'],
    ['fr', '# Carrières\n\nFernlog recrute un(e) Chef(fe) de projet digital en CDI.', 'Chef(fe) de projet digital'],
    ['ro', '# Cariere\n\nFernlog angajează Programator Backend pentru echipa din Cluj.', 'Programator Backend'],
    ['id', '# Karir\n\nKami sedang mencari Backend Developer untuk tim kami di Jakarta.', 'Backend Developer'],
    ['tr', '# Kariyer\n\nFernlog olarak Backend Geliştirici arıyoruz.', 'Backend Geliştirici'],
  ] as const).map(([lang, text, title]): Row => ({ name: `${lang}: "${text.split('\n\n')[1]!.slice(0, 48)}…"`, title, titleRule: 'text.role-phrase',
    input: `${text}\n\nWrite to jobs@fernlog.example.\n` })),
  // A verb in the third person has any subject: "Nuestra app incorpora un asistente virtual" names no role, the hiring sentence does.
  ...([
    ['es', 'Nuestra app incorpora un asistente virtual para conductores.', 'Buscamos un Desarrollador Backend con experiencia en Go.', 'Desarrollador Backend'],
    ['it', 'Il nostro software seleziona un autista in pochi secondi.', 'Cerchiamo un Backend Developer per il team di Milano.', 'Backend Developer'],
    ['id', 'Aplikasi kami membantu pelanggan mencari dokter terdekat.', 'Kami mencari Backend Developer untuk tim kami.', 'Backend Developer'],
  ] as const).map(([lang, other, hiring, title]): Row => ({ name: `must not (${lang}): "${other.slice(0, 32)}…" names no role`, title, titleRule: 'text.role-phrase',
    input: `# Fernlog\n\n${other}\n\n${hiring}\n\nWrite to jobs@example.org.\n` })),
  // Spanish, Portuguese and Italian drop "we": after "En/Na/In X", a verb's first-person-plural ending (-amos, -emos, -imos, -iamo)
  // says who works there, as "At X, we" does. A weak reading: a tool or a season reads the same way, so it counts when another agrees
  // (here a second such sentence). An article before a name is no part of it ("A Fernlog é uma empresa").
  { name: 'es: "En X creamos …" twice names X', title: 'Desarrollador backend', company: 'Fernlog', companyRule: 'body.at-x-we-verb',
    input: '# Desarrollador backend\n\nEn Fernlog creamos software para transportistas.\n\nEn Fernlog trabajamos en remoto desde 2019.\n\nEscríbenos a jobs@example.org.\n' },
  { name: 'pt: "Na X, criamos …" twice names X', title: 'Desenvolvedor backend', company: 'Fernlog', companyRule: 'body.at-x-we-verb',
    input: '# Desenvolvedor backend\n\nNa Fernlog, criamos software para transportadoras.\n\nNa Fernlog, trabalhamos em casa.\n\nEscreva para jobs@example.org.\n' },
  { name: 'it: "In X sviluppiamo …" twice names X', title: 'Sviluppatore backend', company: 'Fernlog', companyRule: 'body.at-x-we-verb',
    input: '# Sviluppatore backend\n\nIn Fernlog sviluppiamo software per i trasportatori.\n\nIn Fernlog lavoriamo da remoto.\n\nScrivi a jobs@example.org.\n' },
  { name: 'must not (es): "En Madrid trabajamos" names a place, no company', title: 'Desarrollador backend', company: null,
    input: '# Desarrollador backend\n\nEn Madrid trabajamos en una oficina junto al río.\n\nEscríbenos a jobs@example.org.\n' },
  ...([
    ['es', 'Desarrollador backend', 'En GitLab publicamos todo nuestro código.'],
    ['es', 'Desarrollador backend', 'En Semana Santa cerramos la oficina.'],
    ['pt', 'Desenvolvedor backend', 'No Discord conversamos todos os dias.'],
  ] as const).map(([lang, title, sentence]): Row => ({ name: `must not (${lang}): "${sentence.slice(0, 28)}…" alone names no company`, title, company: null,
    input: `# ${title}\n\n${sentence}\n\nWrite to jobs@example.org.\n` })),
  { name: 'pt: "A X é uma empresa" names X without its article', title: 'Desenvolvedor backend', company: 'Fernlog', companyRule: 'body.x-is-a',
    input: '# Desenvolvedor backend\n\nA Fernlog é uma empresa de software para transportadoras.\n\nEscreva para jobs@example.org.\n' },
  // A kind of company written as one closed compound, its head last (de, nl, sv, no, da, fi); and copulas of languages without
  // articles before a company noun in the nominative (pl "to", ru "— это", cs "je", id "adalah").
  ...([
    ['nl', 'Fernlog is een softwarebedrijf voor vervoerders.', 'body.x-is-a'],
    ['sv', 'Fernlog är ett mjukvaruföretag för åkerier.', 'body.x-is-a'],
    ['pl', 'Fernlog to firma tworząca oprogramowanie dla przewoźników.', 'body.x-is-a-bare'],
    ['ru', 'Fernlog — это компания, которая делает софт для перевозчиков.', 'body.x-is-a-bare'],
    ['cs', 'Fernlog je softwarová firma pro dopravce.', 'body.x-is-a-bare'],
    ['id', 'Fernlog adalah perusahaan perangkat lunak untuk logistik.', 'body.x-is-a-bare'],
  ] as const).map(([lang, sentence, rule]): Row => ({ name: `${lang}: "${sentence.slice(0, 40)}…" names the company`, title: 'Backend Engineer', company: 'Fernlog',
    companyRule: rule, input: `# Backend Engineer\n\n${sentence}\n\nWrite to jobs@example.org.\n` })),
  { name: 'must not (pl): "X to miasto" (a town) names no company', title: 'Backend Engineer', company: null,
    input: '# Backend Engineer\n\nGdynia to miasto nad morzem, w którym pracujemy.\n\nWrite to jobs@example.org.\n' },
];

describeTitleCompanyCases('title and company rules from the session 20 dev sets', rows);
