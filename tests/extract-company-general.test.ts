/**
 * Company on synthetic postings nobody tuned on: each row is a language fact
 * or a page shape (hiring verbs, "at X we", "our company X", founding,
 * CJK particles, title pairs, links, wrapped legal forms), written here in
 * several languages and run through the CLI. A row states the company chosen
 * (null: none) and, where it matters, the rule that chose it.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; company: string | null; rule?: string }

/** A posting with a title heading, the sentence under test and a line of requirements. */
const posting = (line: string, title = 'Backend Developer'): string => `# ${title}\n\n${line}\n\nRequirements: Python, three years.\n`;

/** A JSON-LD JobPosting script of the organisation "Nordlicht Verwaltung". */
const jsonLdPosting = (title: string): string =>
  `<script type="application/ld+json">\n${JSON.stringify({ '@context': 'http://schema.org', '@type': 'JobPosting', title, hiringOrganization: { '@type': 'Organization', name: 'Nordlicht Verwaltung' } })}\n</script>`;

/** A posting whose second line is the definition under test, and three more lines that write the name. */
const defined = (line: string, name = 'Nordlicht'): string =>
  `# Backend Developer\n\n${line}\n\nYou will build the services of ${name} in Python.\n\nThe data of ${name} grows fast.\n\nYour work reaches every user of ${name}.\n`;

const found: Row[] = [
  // Verbs after the name, per language.
  { name: 'es: "X está buscando"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht está buscando un desarrollador backend.') },
  { name: 'es: "X está en la búsqueda de"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht está en la búsqueda de un desarrollador backend.') },
  { name: 'pt: "A X está à procura de": the article goes', company: 'Nordlicht', rule: 'body.sucht', input: posting('A Nordlicht está à procura de um desenvolvedor backend.') },
  { name: 'pt: "X está contratando"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht está contratando desenvolvedor backend.') },
  { name: 'de: "X ist auf der Suche nach"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht ist auf der Suche nach einem Backend-Entwickler.') },
  { name: 'fr: "X est à la recherche d\'un"', company: 'Nordlicht', rule: 'body.sucht', input: posting("Nordlicht est à la recherche d'un développeur backend.") },
  { name: 'nl: "X is op zoek naar"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht is op zoek naar een backend developer.') },
  { name: 'cs: "X přijme"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht přijme programátora.') },
  { name: 'ru: "Компания X приглашает"', company: 'Nordlicht', input: posting('Компания Nordlicht приглашает backend-разработчика.') },
  { name: 'id: "X sedang mencari"', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht sedang mencari backend developer.') },
  { name: 'en: "X is on the lookout for"', company: 'Nordlicht', rule: 'body.is-hiring', input: posting('Nordlicht is on the lookout for a backend developer.') },
  // Must not: the same legal forms without a comma name a company; a name under the title is still one (review26)
  { name: 'nl: "Nordlicht Holding NV" keeps its legal form', company: 'Nordlicht Holding NV', rule: 'text.legal-form', input: posting('Nordlicht Holding NV bouwt software voor boeren.') },
  { name: 'sv: "Nordlicht AB" keeps its legal form', company: 'Nordlicht AB', rule: 'text.legal-form', input: posting('Nordlicht AB utvecklar mjukvara för lantbruk.') },
  { name: 'en: a short name under the title', company: 'Nordlicht Labs', rule: 'text.under-title', input: '# Backend Engineer\n\nNordlicht Labs\n\nYou will build our payment APIs in Go.\n' },
  { name: 'en: a name and its legal form across a comma under the title', company: 'Nordlicht, LLC', input: '# Backend Engineer\n\nNordlicht, LLC\n\nYou will build our payment APIs in Go.\n' },
  // A job board's page title: the board's name is the site's, the other part the employer's (review26)
  { name: 'en: <title> "X - Acme - Glassdoor"', company: 'Harbour Analytics', rule: 'page.title',
    input: '<html><head><title>Data Engineer - Harbour Analytics - Glassdoor</title></head><body><main><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'de: <title> "X - Berlin - Acme | StepStone"', company: 'Harbour Analytics', rule: 'page.title',
    input: '<html><head><title>Dateningenieur (m/w/d) - Berlin - Harbour Analytics | StepStone</title></head><body><main><p>Du baust unsere Datenstrecken in Python.</p></main></body></html>\n' },
  // "At X, we", per language, and verb-second word order.
  { name: 'it: "Presso X cerchiamo"', company: 'Nordlicht', rule: 'body.at-x-we', input: posting('Presso Nordlicht cerchiamo uno sviluppatore backend.') },
  { name: 'id: "Di X, kami"', company: 'Nordlicht', rule: 'body.at-x-we', input: posting('Di Nordlicht, kami membangun alat untuk petani.') },
  { name: 'nl: "Bij X bouwen we"', company: 'Nordlicht', rule: 'body.at-x-verb-we', input: posting('Bij Nordlicht bouwen we software voor boeren.') },
  { name: 'sv: "Hos X bygger vi"', company: 'Nordlicht', rule: 'body.at-x-verb-we', input: posting('Hos Nordlicht bygger vi verktyg för lantbruk.') },
  // Founding.
  { name: 'en: "X was founded in"', company: 'Nordlicht', rule: 'body.founded', input: posting('Nordlicht was founded in 2015 and builds tools for farmers.') },
  { name: 'de: "Die X GmbH wurde 2015 gegründet"', company: 'Nordlicht GmbH', input: posting('Die Nordlicht GmbH wurde 2015 gegründet und baut Werkzeuge für Landwirte.') },
  { name: 'fr: "X a été fondée en"', company: 'Nordlicht', rule: 'body.founded', input: posting('Nordlicht a été fondée en 2015 à Lyon.') },
  { name: 'es: "X fue fundada en"', company: 'Nordlicht', rule: 'body.founded', input: posting('Nordlicht fue fundada en 2015 en Valencia.') },
  { name: 'en: "Founded in 2015, X builds"', company: 'Nordlicht', rule: 'body.founded-in', input: posting('Founded in 2015, Nordlicht builds tools for farmers.') },
  // "our company X".
  { name: 'cs: "naši malou a mladou společnost X"', company: 'Nordlicht', rule: 'body.our-company', input: posting('Pro naši malou a mladou společnost Nordlicht hledáme programátora.') },
  { name: 'pl: "Nasza agencja interaktywna, X,"', company: 'Nordlicht', rule: 'body.our-company', input: posting('Nasza agencja interaktywna, Nordlicht, z siedzibą we Wrocławiu, poszukuje programisty.') },
  { name: 'id: "perusahaan kami (X Pty Ltd)", the legal form on the next line', company: 'Nordlicht Software Pty Ltd',
    input: posting('Kami sedang mencari developer untuk membantu perusahaan kami (Nordlicht Software\nPty Ltd) mengembangkan aplikasi baru.') },
  { name: 'de: "Werde Teil von geOps!": a name may start in lower case before a capital', company: 'geOps', rule: 'body.join', input: posting('Du hast Freude an Zahlen? Dann werde Teil von geOps!') },
  { name: 'a data file\'s quoted value loses its quotes', company: 'Nordlicht', rule: 'text.labelled-line', input: posting('company: "Nordlicht",') },
  { name: 'en: "our company, X,"', company: 'Nordlicht', rule: 'body.our-company', input: posting('Our company, Nordlicht, builds tools for farmers.') },
  // CJK.
  { name: 'zh: a Latin name before 招聘', company: 'Nordlicht', rule: 'body.cjk-hiring', input: posting('Nordlicht 招聘后端开发工程师。', '后端开发工程师') },
  { name: 'zh: 加入 before a Latin name', company: 'Nordlicht', rule: 'body.cjk-hiring', input: posting('欢迎加入Nordlicht，一起构建工具。', '后端开发工程师') },
  { name: 'ja: "X社" and "Xでは" add up', company: 'NORDLICHT',
    input: posting('NORDLICHTでは開発者を支援しています。\n\nNORDLICHT社としては海外にも力を入れています。', 'バックエンドエンジニア') },
  // Lines doing a heading's work.
  { name: 'en: "About X:" at a line start', company: 'Nordlicht', rule: 'text.about-line', input: posting('About Nordlicht: we build tools for farmers.') },
  { name: 'en: a whole-bold "**About X**" line', company: 'Nordlicht', rule: 'text.about-line', input: posting('**About Nordlicht**\n\nWe build tools for farmers.') },
  { name: 'nl: "Over X:"', company: 'Nordlicht', rule: 'text.about-line', input: posting('Over Nordlicht: wij bouwen tools voor boeren.') },
  // A kind of organisation after a sector describes one: the employer is read elsewhere ("Wir bei X").
  { name: 'de: "Greentech Startup sucht" describes, "Wir bei X" names', company: 'Nordlicht', rule: 'body.we-at-x',
    input: '---\ntitle: Greentech Startup sucht Chemiker*in\n---\n\nWir bei Nordlicht möchten die Baubranche verändern. Dafür suchen wir eine Chemikerin.\n' },
  { name: 'pl: a domain under a national one names its employer through a mention', company: 'Nordlicht', rule: 'domain.mention',
    input: '# Programista Python\n\nTworzymy narzędzia dla rolników w Łodzi.\n\nNordlicht oferuje umowę o pracę.\n\nKontakt: jan.kowalski@nordlicht.com.pl\n' },
  // Chinese, Japanese and Korean write no space after a Latin name: the script ends the word a domain is matched to.
  { name: 'ja: "Xは…" matched to the apply address\'s domain', company: 'Nordlicht Analytics', rule: 'domain.mention',
    input: '# バックエンドエンジニア\n\nNordlicht Analyticsは小売向けの分析ソフトウェアを開発しています。\n\n応募は jobs@nordlichtanalytics.com まで。\n' },
  { name: 'ko: "X는…" matched to the apply address\'s domain', company: 'Nordlicht', rule: 'domain.mention',
    input: '# 백엔드 개발자\n\nNordlicht는 소매업을 위한 분석 소프트웨어를 만듭니다.\n\n지원: jobs@nordlicht.kr\n' },
  // A company label alone on its line over its value, or beside it in a table of one row: a page's layout of a labelled line.
  { name: 'en: a definition list\'s "Company" term over its name', company: 'Nordlicht Analytics', rule: 'text.label-value',
    input: '<html><body><main><h1>Backend Engineer</h1><p>You will build our payment APIs in Go.</p><dl><dt>Position</dt><dd>Backend Engineer</dd><dt>Company</dt><dd>Nordlicht Analytics</dd><dt>Location</dt><dd>Berlin</dd></dl></main></body></html>\n' },
  { name: 'ja: a definition list\'s "会社名" over its name', company: 'Nordlicht Analytics', rule: 'text.label-value',
    input: '<html><body><main><h1>バックエンドエンジニア</h1><p>決済APIを開発します。</p><dl><dt>会社名</dt><dd>Nordlicht Analytics</dd><dt>勤務地</dt><dd>東京都渋谷区</dd></dl></main></body></html>\n' },
  { name: 'de: a definition list\'s "Arbeitgeber" term over its name', company: 'Nordlicht Analytics', rule: 'text.label-value',
    input: '<html><body><main><h1>Backend-Entwickler</h1><dl><dt>Arbeitgeber</dt><dd>Nordlicht Analytics</dd></dl><p>Du baust unsere Zahlungs-APIs in Go.</p></main></body></html>\n' },
  { name: 'it: "Datore di lavoro" labels the employer', company: 'Nordlicht Analytics',
    input: '<html><body><main><h1>Sviluppatore Backend</h1><table><tr><th>Posizione</th><td>Sviluppatore Backend</td></tr><tr><th>Datore di lavoro</th><td>Nordlicht Analytics</td></tr></table><p>Svilupperai le nostre API in Go.</p></main></body></html>\n' },
  { name: 'en: a bold label over its value', company: 'Nordlicht Analytics', rule: 'text.label-value',
    input: '# Backend Engineer\n\n**Employer**\nNordlicht Analytics\n\nYou will build our payment APIs in Go.\n' },
  // "Role at Acme" as the page's own title, where the posting's heading is the role alone.
  { name: 'en: <title> "Role at X"', company: 'Nordlicht Analytics', rule: 'page.title.at-company',
    input: '<html><head><title>Backend Engineer at Nordlicht Analytics</title></head><body><main><h1>Backend Engineer</h1><p>You will build our payment APIs in Go.</p></main></body></html>\n' },
  { name: 'en: <title> "Job Application for Role at X"', company: 'Nordlicht Analytics', rule: 'page.title.at-company',
    input: '<html><head><title>Job Application for Backend Engineer at Nordlicht Analytics</title></head><body><main><h1>Backend Engineer</h1><p>You will build our payment APIs in Go.</p></main></body></html>\n' },
  { name: 'de: <title> "Role bei X | Board": the part with "bei"', company: 'Nordlicht Analytics', rule: 'page.title.at-company',
    input: '<html><head><title>Backend-Entwickler (m/w/d) bei Nordlicht Analytics | StepStone</title></head><body><main><h1>Backend-Entwickler (m/w/d)</h1><p>Du baust unsere Zahlungs-APIs in Go.</p></main></body></html>\n' },
  { name: 'fr: og:title "Role chez X"', company: 'Nordlicht Analytics', rule: 'page.og-title.at-company',
    input: '<html><head><meta property="og:title" content="Développeur Backend chez Nordlicht Analytics"></head><body><main><h1>Développeur Backend</h1><p>Vous construirez nos API en Go.</p></main></body></html>\n' },
  // Invitations to join, per language; Japanese and Korean "about" after the name.
  { name: 'nl: "Werken bij X betekent …"', company: 'Nordlicht Analytics', rule: 'body.join', input: posting('Werken bij Nordlicht Analytics betekent werken in een klein team.') },
  { name: 'nl: "Kom werken bij X!"', company: 'Nordlicht', rule: 'body.join', input: posting('Kom werken bij Nordlicht!') },
  { name: 'nl: "kom je te werken bij X"', company: 'Nordlicht', rule: 'body.join', input: posting('Wil je bouwen aan logistiek? Dan kom je te werken bij Nordlicht in Utrecht.') },
  // A page title's "Role at X" that the posting writes nowhere else ranks below a name the body gives with its legal form.
  { name: 'en: <title> "Role at X" where X is written nowhere else loses to the body\'s "Acme Inc"', company: 'Acme Inc',
    input: '<!doctype html><html><head><title>Senior Engineer at Scale | Acme Careers</title></head><body><h1>Senior Engineer</h1><p>Acme Inc builds tools. You will ship features weekly.</p></body></html>\n' },
  // A lower-case "werken bij X" inside a sentence is anyone's past employer, not the one hiring.
  { name: 'nl: "ervaring met werken bij Google of Booking" is no employer', company: 'Nordwind', input: '# Backend Engineer (m/v)\n\nBij Nordwind bouw je API\'s voor logistiek. Ervaring met werken bij Google of Booking is een plus.\n\n## Wat je doet\n\n- Code schrijven\n\nSolliciteer via jobs@nordwind.nl\n' },
  { name: 'nl: "ervaring opgedaan met werken bij Booking" is no employer', company: 'Nordwind', input: '# Backend Engineer (m/v)\n\nBij Nordwind bouw je API\'s voor logistiek. Je hebt eerder ervaring opgedaan met werken bij Booking.\n\n## Wat je doet\n\n- Code schrijven\n\nSolliciteer via jobs@nordwind.nl\n' },
  { name: 'cs: "Přidej se k X!"', company: 'Nordlicht', rule: 'body.join', input: posting('Přidej se k Nordlicht a stav s námi platební systémy.') },
  // company26b probe: invitations and hiring verbs of German and Japanese (language knowledge).
  { name: 'de: "Komm zu X"', company: 'Nordlicht', rule: 'body.join', input: posting('Komm zu Nordlicht und baue mit uns die Zukunft der Logistik.') },
  { name: 'de: "Kommen Sie ins Team von X"', company: 'Nordlicht', rule: 'body.join', input: posting('Kommen Sie ins Team von Nordlicht und bauen Sie mit uns Logistik-Software.') },
  // de "X stellt ein!" is not read (review26c): "Die Region stellt ein!", "Wer stellt ein?" name no employer; the GmbH after it is the company.
  { name: 'de: "Die Region stellt ein!" names no employer; the GmbH does', company: 'Kramer Logistik GmbH', input: posting('Die Region stellt ein! Die Firma Kramer Logistik GmbH sucht Verstärkung.', 'Backend-Entwickler (m/w/d)') },
  { name: 'ja: "Xで働こう"', company: 'Nordlicht', rule: 'body.cjk-hiring', input: posting('Nordlichtで働こう！東京オフィスでプロダクトを作りましょう。', 'バックエンドエンジニア') },
  { name: 'ja: "Xで一緒に働きませんか"', company: 'Nordlicht', rule: 'body.cjk-hiring', input: posting('Nordlichtで一緒に働きませんか？', 'バックエンドエンジニア') },
  { name: 'ja: "Xは採用中です"', company: 'Nordlicht', rule: 'body.topic-hires', input: posting('Nordlichtは採用中です。東京オフィスでプロダクトを作りましょう。', 'バックエンドエンジニア') },
  // A Chinese or Japanese copyright holder has no capital letter.
  { name: 'ja: a footer "© 2024 株式会社X All Rights Reserved"', company: '株式会社ノルドリヒト', rule: 'page.footer-copyright',
    input: '<html><head><title>バックエンドエンジニア</title></head><body><main><h1>バックエンドエンジニア</h1><p>東京でAPIを開発します。</p></main><footer><p>© 2024 株式会社ノルドリヒト All Rights Reserved</p></footer></body></html>\n' },
  { name: 'zh: a footer "版权所有 © X有限公司"', company: '北辰科技有限公司', rule: 'page.footer-copyright',
    input: '<html><head><title>后端工程师</title></head><body><main><h1>后端工程师</h1><p>加入我们的上海团队。</p></main><footer><p>版权所有 © 北辰科技有限公司</p></footer></body></html>\n' },
  { name: 'zh: a footer "© 2024 X有限公司 版权所有": the rights words end the holder', company: '北辰科技有限公司', rule: 'page.footer-copyright',
    input: '<html><head><title>后端工程师</title></head><body><main><h1>后端工程师</h1><p>加入我们的上海团队。</p></main><footer><p>© 2024 北辰科技有限公司 版权所有</p></footer></body></html>\n' },
  { name: 'zh: a text copyright line "© 2024 X有限公司"', company: '北辰科技有限公司', rule: 'text.copyright', input: posting('负责后台服务开发。\n\n© 2024 北辰科技有限公司', '后端工程师') },
  { name: 'ja: "Xについて" heading', company: 'Nordlicht Analytics', rule: 'heading.about',
    input: '# バックエンドエンジニア\n\n決済APIを開発します。\n\n## Nordlicht Analyticsについて\n\n小売向けの分析ソフトウェアを開発しています。\n' },
  { name: 'ko: "X 소개" heading', company: 'Nordlicht', rule: 'heading.about',
    input: '# 백엔드 개발자\n\n결제 API를 개발합니다.\n\n## Nordlicht 소개\n\n소매업을 위한 분석 소프트웨어를 만듭니다.\n' },
  // A trade mark marks a product or a brand: the employer is the organisation the text defines.
  { name: 'a title paired with a trade-marked brand ("X - Brand™ FC") leaves the company to its definition', company: 'Nordlicht', rule: 'body.x-is-a',
    input: 'Online Software Engineer - Nordwind Arena™ FC\n\nNordlicht is the leading interactive entertainment company.\n\nWe keep making Nordlicht better.\n' },
  // "About the company X" where the language names the company in its case; French elides "de" before a vowel.
  { name: 'pl: "## O firmie X"', company: 'Nordlicht', rule: 'heading.about', input: '# Programista Python\n\n## O firmie Nordlicht\n\nTworzymy narzędzia dla rolników.\n' },
  { name: 'cs: "## O společnosti X"', company: 'Nordlicht', rule: 'heading.about', input: '# Python vývojář\n\n## O společnosti Nordlicht\n\nVyvíjíme nástroje pro zemědělce.\n' },
  { name: 'sk: "## O spoločnosti X"', company: 'Nordlicht', rule: 'heading.about', input: '# Python vývojár\n\n## O spoločnosti Nordlicht\n\nVyvíjame nástroje pre farmárov.\n' },
  { name: 'ru: "## О компании X"', company: 'Nordlicht', rule: 'heading.about', input: '# Python-разработчик\n\n## О компании Nordlicht\n\nМы делаем инструменты для фермеров.\n' },
  { name: 'fr: "## À propos d\'X"', company: 'Orbexa', rule: 'heading.about', input: "# Développeur Python\n\n## À propos d'Orbexa\n\nNous créons des outils pour les agriculteurs.\n" },
  // A board's link to the posting: "Company - Title".
  { name: 'a link "X - <title>" names the company', company: 'Nordlicht', rule: 'text.title-pair',
    input: '# Backend Engineer\n\nYou will build our services.\n\n[Nordlicht - Backend Engineer](https://boards.example.org/jobs/42)\n' },
  { name: 'ko: a link "X - <title>" under a Korean title', company: '텀블벅', rule: 'text.title-pair',
    input: '# 백엔드 엔지니어\n\n웹 서비스를 개발합니다.\n\n## 자격 요건\n\n- Java 경험 2년 이상\n\n[텀블벅 - 백엔드 엔지니어](https://www.rocketpunch.com/jobs/1)\n' },
  { name: 'ko: a board links a title with a part after a dash by its head alone', company: '당근마켓', rule: 'text.title-pair', input: '# 서버 개발자 - 당근페이 플랫폼\n\n결제 서비스를 개발합니다.\n\n[당근마켓 - 서버 개발자(당근페이)](https://programmers.example.kr/job_positions/1)\n' },
  { name: 'en: a board links a title with a part after a dash by its head alone', company: 'Nordlicht', rule: 'text.title-pair', input: '# Backend Engineer - Payments Platform\n\nYou will build payment services.\n\n[Nordlicht - Backend Engineer](https://boards.example.org/jobs/42)\n' },
  // Norwegian and Danish "I X <verb> vi" (at X we …); a short number inside a name.
  { name: 'no: "I X 1 Utvikling er vi": "I" as "Hos", a number in the name', company: 'Nordlicht 1 Utvikling', rule: 'body.at-x-verb-we',
    input: posting('I Nordlicht 1 Utvikling er vi nysgjerrige på ny teknologi.') },
  { name: 'da: "I X bygger vi"', company: 'Nordlicht', rule: 'body.at-x-verb-we', input: posting('I Nordlicht bygger vi værktøjer til landbruget.') },
  { name: 'no: "X inviterer til" (invites to)', company: 'Nordlicht', rule: 'body.sucht', input: posting('Nordlicht inviterer til sommerjobb i Oslo.') },
  // A careers page's title without a job title in it.
  { name: 'a PHP template\'s title variable "Careers and Jobs at X"', company: 'Nordlicht', rule: 'page.title.careers',
    input: '<?php\n$html_title = \'Careers and Jobs at Nordlicht\';\ninclude "header.php";\n?>\n<h1>Backend Developer</h1>\n<p>You will build our services in Python.</p>\n' },
  { name: 'zh: a page title "加入我们_X网", X written in the text', company: '星辰科技网', rule: 'page.title.careers',
    input: '<html><head><title>加入我们_星辰科技网</title></head><body>\n<h1>后端开发工程师</h1>\n<p>负责星辰科技的后台服务开发。</p>\n</body></html>\n' },
  // A careers page's title whose other part has a legal form names the employer, written in the text or not.
  { name: 'de: a page title "Karriere - X GmbH", X never written', company: 'Nordlicht Software GmbH', rule: 'page.title.careers',
    input: '<html><head><title>Karriere - Nordlicht Software GmbH</title></head><body><main><h1>Backend-Entwickler (m/w/d)</h1><p>Du baust unsere Dienste in Go.</p></main></body></html>\n' },
  { name: 'en: a page title "Jobs | X Ltd", X never written', company: 'Harbour Analytics Ltd', rule: 'page.title.careers',
    input: '<html><head><title>Jobs | Harbour Analytics Ltd</title></head><body><main><h1>Data Engineer</h1><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'fr: a page title "Offres d\'emploi – X SAS", X never written', company: 'Atelier Lumière SAS', rule: 'page.title.careers',
    input: '<html><head><title>Offres d\'emploi – Atelier Lumière SAS</title></head><body><main><h1>Développeur backend</h1><p>Vous construirez nos services en Go.</p></main></body></html>\n' },
  { name: 'en: a page title "Careers | X", X never written but spelled by the apply domain', company: 'Nordlicht', rule: 'page.title.careers',
    input: '<html><head><title>Careers | Nordlicht</title></head><body><main><h1>Backend Engineer</h1><p>You will build our APIs in Go. Apply: jobs@nordlicht.io</p></main></body></html>\n' },
  // A hiring platform's address names the employer, as the text writes it.
  { name: 'a Lever link\'s path, written in the text', company: 'Nordlicht', rule: 'domain.mention',
    input: '# Backend Engineer\n\nYou will build the data services of Nordlicht in Python.\n\n[Apply here](https://jobs.lever.co/nordlicht/4f1c-99)\n' },
  { name: 'a Recruitee subdomain, written in the text', company: 'NordLicht', rule: 'domain.mention',
    input: '# Backend Engineer\n\nYou will build data services in Python for NordLicht.\n\nApply: https://nordlicht.recruitee.com/o/backend-engineer\n' },
  // A front-matter slug gives way to the name a site's hyphenated subdomain spells and the text writes.
  { name: 'a slug "startup: werk-digital" and "nordlicht-werk-digital.<parent>": the name as written', company: 'Nordlicht werk digital', rule: 'domain.mention',
    input: '---\nstartup: werk-digital\n---\n\n[Nordlicht werk digital](https://nordlicht-werk-digital.beta.example.fr/) est une start-up d’État.\n\nNordlicht werk digital s’adresse aux collectivités.\n\nDeuxième développeur de Nordlicht werk digital, vous serez amené à coder.\n' },
  // A lower-case name before a hiring verb, when a domain of the posting spells it.
  { name: 'fr: "x recrute", x a domain of the posting', company: 'nordlicht', rule: 'body.lower-name-hiring',
    input: '# Développeur backend\n\nnordlicht recrute un développeur backend à Lyon.\n\nÉcrivez à jobs@nordlicht.fr.\n' },
  { name: 'fr: "élnordo recherche" in the description, the domain without its accent', company: 'élnordo', rule: 'frontmatter.description.lower-name-hiring',
    input: '---\ndescription: "élnordo recherche un développeur backend à Lyon."\n---\n\n# Développeur backend\n\nNous recherchons un développeur.\n\nÉcrivez à jobs@elnordo.fr.\n' },
  // A front-matter title in a board's shape.
  { name: 'a front-matter title "Role | X", X written in the text', company: 'Nordlicht', rule: 'frontmatter.title-part',
    input: '---\ntitle: "Senior Backend Engineer | Nordlicht"\n---\n\nYou will build Nordlicht services in Python.\n' },
  // JSON-LD: several JobPostings of one hiring organisation.
  { name: 'two JSON-LD JobPostings naming one hiringOrganization', company: 'Nordlicht Verwaltung', rule: 'structured:hiringOrganization.shared',
    input: `Title: Vacantes\n\n### Auxiliar\n\nDesarrollo de software.\n\n${jsonLdPosting('Auxiliar')}\n\n${jsonLdPosting('Analista')}\n` },
  // A definition at a line's start, and the name written on three more lines: two weak readings that agree.
  { name: 'en: "X is a …" and the name repeated', company: 'Nordlicht', rule: 'body.repeated', input: defined('Nordlicht is a maker of tools for farmers.') },
  { name: 'de: "X ist ein …" and the name repeated', company: 'Nordlicht', rule: 'body.repeated', input: defined('Nordlicht ist ein Hersteller von Werkzeugen für Landwirte.') },
  { name: 'fr: "X est un …" and the name repeated', company: 'Nordlicht', rule: 'body.repeated', input: defined('Nordlicht est un fabricant d’outils agricoles pour les fermes.') },
  { name: 'sv: "X är ett …" and the name repeated', company: 'Nordlicht', rule: 'body.repeated', input: defined('Nordlicht är ett litet gäng som bygger verktyg för lantbruk.') },
  { name: 'ru: "X — это …" and the name repeated', company: 'Nordlicht', rule: 'body.repeated', input: defined('Nordlicht — это производитель инструментов для фермеров.') },
  // The chosen name as the text writes it in full: a legal form or an organisation word after it, when the text writes one such form.
  { name: 'sk: the legal form written after the chosen name stays with it', company: 'Nordlicht s.r.o.', input: posting('Nordlicht is hiring a backend developer for its client Sonnenfeld GmbH.\n\nNordlicht s.r.o., Hlavná 1, Bratislava') },
  { name: 'en: "Foundation" written after the chosen name', company: 'Nordlicht Foundation', input: posting('Nordlicht is hiring a community manager.\n\nThe Nordlicht Foundation supports open source.', 'Community Manager') },
  { name: 'en: an organisation word written once beside the bare name written more often names another body', company: 'Nordlicht',
    input: posting('Nordlicht is hiring a community manager.\n\nAt Nordlicht you will grow our forum.\n\nYou work closely with Nordlicht Labs, our research arm.', 'Community Manager') },
  { name: 'en: two longer forms written: the name stays as chosen', company: 'Nordlicht', input: posting('Nordlicht is hiring a community manager.\n\nThe Nordlicht Foundation and Nordlicht Labs support open source.', 'Community Manager') },
];

const none: Row[] = [
  // A definition alone is weak: a tool or a product is defined the same way.
  { name: 'en: "X is a …" written once', company: null, input: posting('Nordlicht is a maker of tools for farmers.') },
  // review25b: an About heading's own lower-case words name no one; a trade-marked product names its maker where the text
  // also writes the maker's name alone.
  { name: 'ru: "О компании и команде" names no one', company: null, input: '# Python-разработчик\n\n## О компании и команде\n\nМы делаем инструменты для фермеров.\n' },
  { name: 'en: "About eBay": a name in lower case is one word', company: 'eBay', input: '# Backend Engineer\n\n## About eBay\n\nWe connect buyers and sellers.\n' },
  { name: 'pl: "O firmie w skrócie" names no one', company: null, input: '# Programista Python\n\n## O firmie w skrócie\n\nTworzymy narzędzia dla rolników.\n' },
  { name: 'en: "X is hiring … X Analytics®" names X', company: 'Nordwind', input: '# Backend Engineer\n\nNordwind is hiring a Backend Engineer to work on Nordwind Analytics®, our flagship product.\n' },
  // A technology, a place, a question or the job itself is defined, repeated or not.
  { name: 'en: a technology defined and repeated', company: null, input: defined('Kubernetes is an orchestrator of containers.', 'Kubernetes') },
  { name: 'en: a city defined and repeated', company: null, input: defined('Berlin is a city of startups.', 'Berlin') },
  { name: 'nl: a question "Wat is een …"', company: null, input: defined('Wat is een Scrum master?', 'Scrum') },
  { name: 'en: "This is a …"', company: null, input: defined('This is a full-time role.', 'This') },
  // "About …" headings about the company as a noun, the project or the job.
  { name: 'sk: "O firme" is about the company, not its name', company: null, input: '# Backend Developer\n\n## O firme\n\nSme malý tím z Bratislavy.\n\n## Požiadavky\n\n- Python\n' },
  { name: 'en: "Fintech Startup is hiring" describes a company, names none', company: null, input: '# Fintech Startup is hiring a Backend Engineer\n\nYou will build our payment APIs in Go.\n' },
  { name: 'pl: a city under a national domain ("instytut.lodz.pl") is a regional registry, no employer', company: null,
    input: '# Konsultant\n\nSzukamy konsultanta do projektu w Łódź.\n\nZgłoszenia: Łódź, ul. Piotrkowska 1.\n\nKontakt: jan.kowalski@instytut.lodz.pl\n' },
  { name: 'a product with a registered mark ("Join Apache Kafka®") names no employer', company: null, input: posting('Join Nordwind Arena® and stream events at scale.') },
  { name: 'cs: "O společnosti" alone is about the company, not its name', company: null, input: '# Python vývojář\n\n## O společnosti\n\nJsme malý tým z Brna.\n\n## Požadavky\n\n- Python\n' },
  { name: 'ru: "О компании" alone names no one', company: null, input: '# Python-разработчик\n\n## О компании\n\nМы небольшая команда.\n\n## Требования\n\n- Python\n' },
  { name: 'fr: "À propos du poste" is about the job, not a name', company: null, input: '# Développeur Python\n\n## À propos du poste\n\nVous construirez nos API.\n' },
  { name: 'fr: "À propos des avantages" names no one', company: null, input: '# Développeur Python\n\n## À propos des avantages\n\nTélétravail et tickets restaurant.\n' },
  { name: 'fr: "À propos de nous" names no one', company: null, input: '# Développeur Python\n\n## À propos de nous\n\nNous sommes une petite équipe.\n' },
  { name: 'pl: "O projekcie" is about the project', company: null, input: '# Programista Python\n\n## O projekcie\n\nBudujemy system płatności.\n\n## Wymagania\n\n- Python\n' },
  { name: 'pt: "Sobre o trabalho" is about the job', company: null, input: '# Desenvolvedor Backend\n\n## Sobre o trabalho\n\nVocê vai construir APIs.\n\n## Requisitos\n\n- Python\n' },
  // A heading under the title: a page part, or a heading the text never writes again, is no employer alone.
  { name: 'en: a page title "Careers | X", X neither written nor spelled by a domain', company: null,
    input: '<html><head><title>Careers | Nordlicht</title></head><body><main><h1>Backend Engineer</h1><p>You will build our APIs in Go. Apply: jobs@sonnenfeld.io</p></main></body></html>\n' },
  // company26b probe: a section heading or a department names no employer; a verb's other sense, a footer's rights words alone.
  { name: 'zh: "职责" (duties) under the title is a section', company: null,
    input: '<html><head><title>后端工程师</title></head><body><main><h1>后端工程师</h1><h2>职责</h2><ul><li>开发API</li></ul></main></body></html>\n' },
  { name: 'zh: "HR招聘专员" (an HR recruiting specialist): a department is no company', company: null, input: '# HR招聘专员\n\n负责招聘工作，地点：上海。\n' },
  { name: 'en: "HR Recruiting Specialist": a department is no company', company: null, input: '# HR Recruiting Specialist\n\nYou will run recruiting in Shanghai.\n' },
  { name: 'de: "stellt eine Verbindung her" is no hiring', company: null, input: posting('Das Modul stellt eine Verbindung zur Datenbank her.', 'Backend-Entwickler (m/w/d)') },
  { name: 'ja: "Pythonで働こう": a technology is no employer', company: null, input: posting('Pythonで働こう！', 'バックエンドエンジニア') },
  // A Chinese or Japanese holder without a legal form is a place or the site's word (review26c): "上海", "本网站".
  { name: 'zh: a footer "Copyright©2024 上海 版权所有" names no holder', company: null,
    input: '<html><head><title>后端工程师</title></head><body><main><h1>后端工程师</h1><p>加入我们的团队。</p></main><footer><p>Copyright©2024 上海 版权所有</p></footer></body></html>\n' },
  { name: 'zh: a footer "© 2024 本网站 版权所有" names no holder', company: null,
    input: '<html><head><title>后端工程师</title></head><body><main><h1>后端工程师</h1><p>加入我们的团队。</p></main><footer><p>© 2024 本网站 版权所有</p></footer></body></html>\n' },
  { name: 'zh: a footer "© 2024 版权所有" names no holder', company: null,
    input: '<html><head><title>后端工程师</title></head><body><main><h1>后端工程师</h1><p>加入我们的上海团队。</p></main><footer><p>© 2024 版权所有</p></footer></body></html>\n' },
  { name: 'zh: "基本資訊" under the title is a page part', company: null, input: '# 社工員\n## 基本資訊\n\n工作地點：台北市\n\n負責個案管理。\n' },
  { name: 'pl: "O Tobie" (about you) is no company', company: null, input: '# Junior PHP Developer\n\n### O Tobie\n\nJesteś początkującym programistą.\n' },
  { name: 'de: "Über dich" is no company', company: null, input: '# Backend-Entwickler\n\n## Über dich\n\nDu kennst Python.\n' },
  { name: 'zh: a slogan heading under the title is no company', company: null,
    input: '# Magview\n\n## 重新定义全球工业后市场的链接方式：从重卡到工程机械。\n\n我们在寻找合伙人。\n' },
  { name: 'a product only linked to, in a list of skills, is no company', company: null,
    input: '# Full Stack Developer\n\n- C# and Angular\n- [ASP.NET Zero](https://aspnetzero.com/) experience is a plus\n' },
  { name: 'a tag list of links to one site is no company', company: null,
    input: '# Programista PHP\n\nSzukamy programisty PHP.\n\nTechnorati Tags: [job](http://technorati.com/tag/job), [code](http://technorati.com/tag/code)\n' },
  { name: '"Role - <title>" labels the title: no company', company: null, input: 'Роль - Growth Marketing Manager\n\nРабота в офисе.\n' },
  { name: 'nl: "In Berlin bouwen we" names a place, not an employer', company: null, input: posting('Bij Amsterdam bouwen we een nieuw kantoor.') },
  { name: 'ja: one "Xでは" alone is too weak', company: null, input: posting('Zoomでは会議をします。', 'バックエンドエンジニア') },
  { name: 'a legal form alone ("Pty Ltd") is no name', company: null, input: posting('Kami mencari developer dengan gaji\nPty Ltd sebagai pemberi kerja.') },
  { name: 'ja: a longer Latin word before a CJK particle ("Nordlichtwerkは") is no mention of the domain "nordlicht"', company: null,
    input: '# バックエンドエンジニア\n\nNordlichtwerkは小売向けのツールです。\n\n応募は jobs@nordlicht.jp まで。\n' },
  { name: 'nl: a menu\'s "Werkgever" entry over the next entry names no employer', company: null,
    input: '# Binnenhuisarchitect\n\n* Werknemer\n+ Vacatures\n* Werkgever\n+ Credits kopen\n+ Vacature plaatsen\n\nJe ontwerpt interieurs voor kantoren.\n' },
  { name: 'en: a "Company" label over a sentence names no one', company: null,
    input: '# Backend Engineer\n\n**Company**\nWe build tools for farmers.\n\nYou will build our payment APIs in Go.\n' },
  { name: 'en: <title> "Role at <a city>" names a place', company: null,
    input: '<html><head><title>Backend Engineer at Berlin</title></head><body><main><h1>Backend Engineer</h1><p>You will build our payment APIs in Go.</p></main></body></html>\n' },
  { name: 'es: <title> "Role en Remoto" names a way of working', company: null,
    input: '<html><head><title>Desarrollador Backend en Remoto</title></head><body><main><h1>Desarrollador Backend</h1><p>Construirás nuestras API en Go.</p></main></body></html>\n' },
  { name: 'es: <title> "Role en Teletrabajo", de "Rolle bei Homeoffice": workplace values of the tables, no employer', company: null,
    input: '<html><head><title>Desarrollador Backend en Teletrabajo | Entwickler bei Homeoffice</title></head><body><main><h1>Desarrollador Backend</h1><p>Construirás nuestras API en Go.</p></main></body></html>\n' },
  { name: 'sv: <title> "Utvecklare hos Distans"', company: null,
    input: '<html><head><title>Utvecklare hos Distans</title></head><body><main><h1>Utvecklare</h1><p>Du bygger våra API:er i Go.</p></main></body></html>\n' },
  { name: 'nl: "werken bij een bureau" names no one', company: null, input: posting('Je leert hoe het is om te werken bij een professioneel webbureau.') },
  { name: 'ja: "働き方について" is about the way of working, "当社について" about the company as a noun', company: null,
    input: '# バックエンドエンジニア\n\n決済APIを開発します。\n\n## 働き方について\n\nリモート可能です。\n\n## 当社について\n\n小売向けの分析ソフトウェアを開発しています。\n' },
  { name: 'ko: "회사 소개" is about the company as a noun', company: null,
    input: '# 백엔드 개발자\n\n결제 API를 개발합니다.\n\n## 회사 소개\n\n소매업을 위한 분석 소프트웨어를 만듭니다.\n' },
  { name: 'a domain written once, in lower case, may name a product: no company', company: null,
    input: '# Web Engineer\n\nWrite hello@nordlicht.com to apply.\n\n- build the version control system for apps like nordlicht\n' },
  { name: 'fr: "x recrute" with no domain spelling x: no company', company: null, input: '# Développeur backend\n\nnordlicht recrute un développeur backend à Lyon.\n' },
  { name: 'a platform link whose name the text never writes: no company', company: null,
    input: '# Backend Engineer\n\nYou will build data services in Python.\n\n[Apply here](https://jobs.lever.co/nordlicht/4f1c-99)\n' },
  { name: 'a front-matter title "Role — Team": a team is no company', company: null,
    input: '---\ntitle: "Senior Backend Engineer — Platform"\n---\n\nYou will join the Platform team and build services in Python.\n' },
  // The words before the legal form are the name's own (capitalised), not a relation to it.
  { name: 'de: a page title "Karriere | Ein Unternehmen der X AG" names a parent, not the employer', company: null,
    input: '<html><head><title>Karriere | Ein Unternehmen der Lindhorst AG</title></head><body><main><h1>Data Engineer</h1><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'en: a page title "Careers | Part of X plc" names a parent', company: null,
    input: '<html><head><title>Careers | Part of Harbour Group plc</title></head><body><main><h1>Data Engineer</h1><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'en: a page title "Apply | Powered by X Inc." names a vendor', company: null,
    input: '<html><head><title>Apply | Powered by Hireflow Inc.</title></head><body><main><h1>Data Engineer</h1><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'es: a page title "Empleo | Cliente: X S.L." is a label and a name', company: null,
    input: '<html><head><title>Empleo | Cliente: Transportes Ruiz S.L.</title></head><body><main><h1>Data Engineer</h1><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'en: a page title "Careers | X & Sons Ltd" keeps its "&"', company: 'Harbour & Sons Ltd', rule: 'page.title.careers',
    input: '<html><head><title>Careers | Harbour & Sons Ltd</title></head><body><main><h1>Data Engineer</h1><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'a careers page title whose other part, without a legal form, the text never writes: no company', company: null,
    input: '<html><head><title>Careers | Harbour Analytics</title></head><body><main><h1>Data Engineer</h1><p>You will build our pipelines in Python.</p></main></body></html>\n' },
  { name: 'a careers page title whose other part the text never writes: no company', company: null,
    input: '<html><head><title>加入我们_星辰科技网</title></head><body>\n<h1>后端开发工程师</h1>\n<p>负责后台服务开发。</p>\n</body></html>\n' },
  // A company label's value that is a placeholder, workload, place or phrase names no employer.
  { name: 'en: <dt>Company</dt> over "Confidential"', company: null, input: '<!doctype html><html><head><title>Backend Engineer</title></head><body><h1>Backend Engineer</h1><dl><dt>Company</dt><dd>Confidential</dd></dl><p>You will build APIs for our clients.</p></body></html>\n' },
  { name: 'de: <dt>Firma</dt> over "Vollzeit"', company: null, input: '<!doctype html><html><head><title>Softwareentwickler</title></head><body><h1>Softwareentwickler</h1><dl><dt>Firma</dt><dd>Vollzeit</dd></dl><p>Du entwickelst APIs für unsere Kunden.</p></body></html>\n' },
  { name: 'nl: <dt>Bedrijf</dt> over "Amsterdam"', company: null, input: '<!doctype html><html><head><title>Developer</title></head><body><h1>Developer</h1><dl><dt>Bedrijf</dt><dd>Amsterdam</dd></dl><p>Je bouwt API\'s voor onze klanten.</p></body></html>\n' },
  { name: 'de: <dt>Arbeitgeber</dt> over a phrase', company: null, input: '<!doctype html><html><head><title>Entwickler</title></head><body><h1>Entwickler</h1><dl><dt>Arbeitgeber</dt><dd>Personalvermittlung im Auftrag unseres Kunden</dd></dl><p>Du entwickelst APIs.</p></body></html>\n' },
  // A page title's "Role at X" where X is a kind of company, a funding stage or a pronoun.
  { name: 'en: <title> "Jobs at Berlin Startups"', company: null, input: '<html><head><title>Software Engineer Jobs at Berlin Startups</title></head><body><h1>Software Engineer</h1><p>Build things with our team. You will ship features weekly.</p></body></html>\n' },
  { name: 'en: <title> "at Series A Startup"', company: null, input: '<html><head><title>Backend Engineer at Series A Startup | Remote Jobs</title></head><body><h1>Backend Engineer</h1><p>Build things with our team. You will ship features weekly.</p></body></html>\n' },
  { name: 'en: <title> "at Night Shift Hospitals"', company: null, input: '<html><head><title>Nurse at Night Shift Hospitals</title></head><body><h1>Nurse</h1><p>Care for patients at night. You will join a small team.</p></body></html>\n' },
  // A field under the title, or a US city and its state's code ("NV", "AB" are legal forms too), names no employer (review26)
  { name: 'en: "**Location:** Reno, NV" under the title', company: null, input: '# Backend Engineer\n\n**Location:** Reno, NV\n\nYou will build our payment APIs in Go.\n' },
  { name: 'en: "Location: Calgary, AB" is a province, no legal form', company: null, input: posting('Location: Calgary, AB') },
  { name: 'en: "Reno, NV" alone under the title', company: null, input: '# Backend Engineer\n\nReno, NV\n\nYou will build our payment APIs in Go.\n' },
  { name: 'en: "Department: Engineering" under the title is a field', company: null, input: '# Backend Engineer\n\nDepartment: Engineering\n\nYou will build our payment APIs in Go.\n' },
  // A person and the employer across a comma, under the title or as a heading there (review26: a sign-off's shape)
  { name: 'en: "Jane Doe, Acme" under the title', company: null, input: '# Backend Engineer\n\nJane Doe, Acme\n\nYou will build our payment APIs in Go.\n' },
  { name: 'en: a firm named after its partners under the title (review27a)', company: 'Baker, Botts & Co', input: '# Paralegal\n\nBaker, Botts & Co\n\nOur firm in Houston is hiring a paralegal.\n\nLocation: Houston, TX\n' },
  { name: 'en: "### Jane Doe, Acme" under the title', company: null, input: '# Backend Engineer\n### Jane Doe, Acme\n\nYou will build our payment APIs in Go.\n' },
  { name: 'fr: <title> "chez Nous"', company: null, input: '<html><head><title>Développeur chez Nous | Carrières</title></head><body><h1>Développeur</h1><p>Rejoignez notre équipe. Vous développerez nos produits.</p></body></html>\n' },
];

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

describe('company read from general evidence, in several languages', () => {
  it.each([...found, ...none])('$name', async ({ input, company, rule }) => {
    const record = await recordOf(input);
    expect(record.company?.name ?? null).toBe(company);
    if (rule) expect(record.evidence.company.rule).toBe(rule);
  });
});

describe('one line read by two rules is one piece of evidence', () => {
  it('a heading under the title, which is also the line under it, is not counted twice', async () => {
    const record = await recordOf('# Backend Developer\n## Sonnenweg\n\nYou will build data services in Python.\n');
    expect(record.company?.name).toBe('Sonnenweg');
    expect(record.evidence.company.confidence).toBeLessThan(0.7);
  });
});
