/**
 * The body rules of the company family: sentence shapes that name the hiring
 * organisation ("At Acme, we", "Acme is hiring", "Die Acme GmbH sucht",
 * "Tech Lead hos Variant", "компанія DONE шукає"). Each rule has a
 * confidence, and the words without which it cannot match, so that a line
 * with none of them is not tried.
 */
import { filterable, lazily } from './text.js';
import { atMost } from './match/bounded.js';
import { keywordGroup, type KeywordGroup } from './tree.js';
import { koWithHiring, topicHires, topicIsCompany, youWords, legalFormsAfter, weAreArticles, weAreWords, asWords, atWords, cjkHiringWords, cjkJoinWords, proDropAtWords, weVerbEndings, companyNounTails, bareCopulas, bareCompanyNouns, companyNouns, companyNounsBeforeName, companyVerbs, hiringPhrases, hiringToWords, nounCapitalisingHiringToWords, foundedWords, institutionNouns, isArticles, isVerbs, joinWords, jaAtParticles, jaCompanySuffixes, nameArticles, ourCompanyNouns, companyOursAfter, ourWords, nameConnectors, positionAtWords, positionNouns, roleAtWords, v2AtWords, v2WeWords, weAtWords, weWords } from './tables/companies.js';
import { companyNounsAtName, experienceBeforeCompanyNoun, notNamesAfterCompanyNoun } from './tables/company-in.js';
import { asidePossessivesAfterVerb, complementBreaks, departmentNames, occasionNouns, teamLeadWords, teamNotNames } from './tables/company-evidence.js';
import { GAP_BREAK_WORDS, wordsBeforeNoun } from './company-gap.js';
import { weAppositionPronouns } from './tables/companies.js';

// A word ending in "." ends the name: "Join Bean Co. Part-time." names "Bean Co.", the next word starts a sentence.
// A name may start in lower case when a capital follows ("geOps", "eBay").
// After its first word, a name may hold a short number ("SpareBank 1 Utvikling", "Studio 71"); a year is no part of one.
export const NAME = String.raw`(\p{Lu}[\p{L}\p{N}.&+'’-]{0,40}(?:(?<!\.)[ ](?:\p{Lu}[\p{L}\p{N}.&+'’-]{0,40}|\p{N}{1,3}(?![\p{L}\p{N}])|${nameConnectors.join('|')})){0,4}|\p{Ll}[\p{L}\p{N}.-]{1,30}(?:\.[a-z]{2,6})|\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]{1,30})`;
/** A name in Latin letters inside CJK text, where no space may set it off. */
const LATIN_NAME = String.raw`([A-Z][A-Za-z0-9&.+-]{1,30}(?:[ ][A-Z][A-Za-z0-9&.+-]{0,30}){0,2})`;
/** "Acme (acme.io) is a", "Acme (YC W21) is a": an aside in brackets between a name and its verb. */
export const ASIDE = String.raw`(?:\s\([^()]{1,60}\))?`;
export const ANY_NAME = String.raw`([\p{L}][\p{L}\p{N}.&+'’-]{0,40}(?:(?<!\.)[ ]\p{Lu}[\p{L}\p{N}.&+'’-]{0,40}){0,3})`;
export interface BodyRule {
  rule: string;
  pattern: RegExp;
  confidence: number;
  /** Words the pattern cannot match without (case-sensitive, as the pattern is): a line that has none, lower-cased, is not tried. */
  needs: readonly string[];
}
const flat = (table: Record<string, string[]>): string[] => [...new Set(Object.values(table).flat())];
const any = (words: readonly string[]): string => [...new Set(words)].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const AT = flat(atWords);
/** Each word as written and with a capital first letter (a sentence may open with it). */
const capitalised = (words: readonly string[]): string[] => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
/** "Acme, a farm software startup in Lyon, is hiring", "Acme, eine Agentur aus Berlin, sucht": a noun phrase set off by commas. */
const APPOSITION = String.raw`(?:,\s+(?:${any(weAreArticles)})\s+[^,.;:!?]{3,80},)?`;
const VERBS = flat(companyVerbs);
/** Legal forms written in lower case ("e.V.", "s.r.o.", "sp. z o.o."), which NAME's capitalised words do not take in. */
const LOWER_LEGAL_FORMS = legalFormsAfter.filter((form) => /^\p{Ll}/u.test(form));
const NOUNS = flat(companyNouns);
const POSSESSIVES = flat(asidePossessivesAfterVerb);
/** Up to 100 characters of one sentence that cross no possessive and no word opening a phrase of its own (tables/company-evidence.ts). */
// Right after the article, a partitive stands ("es una de las empresas", "one of the startups"): the subject is one of them.
export const COMPLEMENT_GAP = lazily(() => String.raw`(?:\s+(?:${any(flat(complementBreaks))})(?=\s))?(?:(?!(?<![\p{L}])(?:${any(GAP_BREAK_WORDS)})(?![\p{L}]))[^.]){0,100}`);

/** A rule whose pattern is built on its first use: one with words none of a posting's lines holds is never parsed. */
type LazyBodyRule = Omit<BodyRule, 'pattern'> & { build: () => RegExp };
const RULES: Array<BodyRule | LazyBodyRule> = [
  {
    rule: 'body.at-x-we', confidence: 0.75, needs: flat(weWords),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:${any(AT)})\s+${NAME},?\s+(?:${any(flat(weWords))})\b`, 'u'),
  },
  {
    // "At Apsis, you'll have the opportunity …", "Chez Acme, vous …": the employer, addressed to the reader.
    // Weaker than "Acme is a …" (a capitalised phrase after "At" may be an occasion), and never one (tables/company-evidence.ts).
    rule: 'body.at-x-you', confidence: 0.55, needs: flat(youWords),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:${any(AT)})\s+(?!(?:${any(flat(occasionNouns.first))})(?![\p{L}]))${NAME}(?<!(?<![\p{L}])(?:${any(flat(occasionNouns.last))})),?\s+(?:${any(flat(youWords))})(?![\p{L}])`, 'u'),
  },
  {
    // "We at Acme believe …", "Wir bei Rement möchten …": the speakers' employer, as sure as "At Acme, we". Never a team or
    // a department ("We at Engineering", "Vi på IT-avdelningen").
    rule: 'body.we-at-x', confidence: 0.75, needs: flat(weAtWords).map((words) => words.toLowerCase()),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:${any(flat(weAtWords))})\s+(?!(?:${any(teamNotNames)})(?![\p{L}]))${NAME}(?<![\s-](?:${any(capitalised(departmentNames.map((word) => word.toLowerCase())))})\p{Ll}{0,4})(?=[\s,.!;:]|$)`, 'u'),
  },
  {
    rule: 'body.is-hiring', confidence: 0.8, needs: ['hiring', 'looking for', 'seeking', 'recruiting', 'searching for', 'growing', 'on the lookout for'],
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:The\s+)?${NAME}${ASIDE}${APPOSITION}\s+(?:is|are)\s+(?:hiring|looking for|seeking|recruiting|searching for|growing|on the lookout for)\b`, 'u'),
  },
  {
    // Verb-second languages put a verb between the name and the pronoun: "Bij Acme bouwen we", "Hos Acme bygger vi".
    rule: 'body.at-x-verb-we', confidence: 0.7, needs: flat(v2WeWords),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:${any(flat(v2AtWords))})\s+${NAME},?\s+\p{Ll}{2,20}\s+(?:${any(flat(v2WeWords))})\b`, 'u'),
  },
  {
    // "En Acme creamos …", "Na Acme, criamos …", "In Acme sviluppiamo …": Spanish, Portuguese and Italian drop the pronoun, and the verb's
    // ending says "we" (-amos, -emos, -imos; -iamo): the employer, as in "At Acme, we". A place is none ("En Madrid trabajamos").
    // Weak (counts only when another reading agrees): a tool or a season reads the same way ("En GitHub publicamos", "En Navidad cerramos").
    rule: 'body.at-x-we-verb', confidence: 0.4, needs: flat(proDropAtWords).map((word) => word.toLowerCase()),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:${any(flat(proDropAtWords))})\s+${NAME},?\s+\p{Ll}{1,20}(?:${any(weVerbEndings)})(?![\p{L}])`, 'u'),
  },
  {
    // "Acme was founded in 2015", "Acme wurde 2015 gegründet": only an organisation is founded.
    rule: 'body.founded', confidence: 0.65, needs: flat(foundedWords).map((w) => w.split(' ').pop()!),
    pattern: new RegExp(String.raw`(?:^|[.!?]\s)(?:(?:The|Die|Der|Das|La|Le|El|Het|De|Il|A|O)\s+)?${NAME},?\s+(?:${any(flat(foundedWords)).replace(/ /g, `${atMost(String.raw`\s+[\p{L}\p{N}]+`, 3)}\\s+`)})(?![\p{L}])`, 'u'),
  },
  {
    // "our company Acme", "naši malou a mladou společnost Acme", "Nasza agencja interaktywna, Acme", "perusahaan kami (Acme)".
    rule: 'body.our-company', confidence: 0.65, needs: [...flat(ourWords), ...companyOursAfter],
    build: () => new RegExp(String.raw`(?:(?<![\p{L}])(?:${any(capitalised(flat(ourWords)))})\s+(?:[\p{Ll}-]{1,20}\s+){0,3}(?:${any(capitalised(flat(ourCompanyNouns)))})(?:\s+[\p{Ll}-]{2,20}){0,2}|(?<![\p{L}])(?:${any(companyOursAfter)}))\s*[,(]?\s*${NAME}`, 'u'),
  },
  {
    // "Founded in 2015, Acme builds …".
    rule: 'body.founded-in', confidence: 0.65, needs: ['founded in'],
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)Founded in \d{4},\s+${NAME}\s+\p{Ll}`, 'u'),
  },
  {
    // Chinese: a Latin name before 招聘 ("Acme 招聘后端工程师"); 加入 before it ("欢迎加入Acme"). No word boundaries around CJK.
    rule: 'body.cjk-hiring', confidence: 0.7, needs: [...cjkHiringWords, ...cjkJoinWords],
    build: () => new RegExp(String.raw`(?:(?<![A-Za-z0-9])${LATIN_NAME}\s*(?:${any(cjkHiringWords)})|(?:${any(cjkJoinWords)})\s*${LATIN_NAME}(?![A-Za-z0-9]))`, 'u'),
  },
  {
    // Korean "패션을부탁해와 함께할 소프트웨어 엔지니어를 채용합니다": the name before 와/과 함께할, a role, a hiring verb.
    rule: 'body.ko-with', confidence: 0.7, needs: ['함께'],
    build: () => new RegExp(String.raw`(?<![\p{Script=Hangul}A-Za-z0-9&.+-])(?!(?:${any(koWithHiring.notNames)})(?:들|님)?\s?(?:${any(koWithHiring.particles)})\s)([\p{Script=Hangul}A-Za-z0-9&.+-]{2,20})\s?(?:${any(koWithHiring.particles)})\s+(?:${any(koWithHiring.together)})\s+[^.!?。]{1,40}?(?:을|를)\s+(?:${any(koWithHiring.verbs)})`, 'u'),
  },
  {
    // "에잇퍼센트는 … 핀테크 스타트업입니다", "Cubicsは、…会社です": the topic of a sentence that calls it a company (ko, ja).
    rule: 'body.topic-is-company', confidence: 0.6, needs: Object.values(topicIsCompany).flatMap((table) => table.nouns),
    build: () => new RegExp(Object.values(topicIsCompany).map((table) => String.raw`(?<![\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー&.+-])([\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー&.+-]{2,20})(?:${any(table.particles)})[、,]?\s?[^.!?。]{0,80}?(?:${any(table.nouns)})(?:${any(table.copulas)})`).join('|'), 'u'),
  },
  {
    // "GROUNDは、物流の未来を変革する仲間を募集しています": a Latin name, the topic of one sentence that recruits (ja, ko); as sure as "Acme 招聘".
    rule: 'body.topic-hires', confidence: 0.7, needs: Object.values(topicHires).flatMap((table) => table.verbs),
    build: () => new RegExp(Object.values(topicHires).map((table) => String.raw`(?<![A-Za-z0-9&.+-])([A-Z][A-Za-z0-9&.+-]{1,20}(?: [A-Z][A-Za-z0-9&.+-]{1,20}){0,2})(?:${any(table.particles)})[、,]?\s?[^.!?。]{0,80}?(?:${any(table.verbs)})`).join('|'), 'u'),
  },
  {
    // Japanese "Acmeでは" ("at Acme"): weak alone (a tool may be named so), it adds up over lines.
    rule: 'body.ja-at', confidence: 0.4, needs: jaAtParticles,
    build: () => new RegExp(String.raw`(?<![A-Za-z0-9])${LATIN_NAME}(?:${any(jaAtParticles)})`, 'u'),
  },
  {
    // Japanese "Acme社は", "アクメ社の" ("the company Acme"), a Latin or katakana name; not 社会, 社員 (society, staff).
    rule: 'body.ja-company', confidence: 0.5, needs: jaCompanySuffixes,
    build: () => new RegExp(String.raw`(?:(?<![A-Za-z0-9])${LATIN_NAME}|(?<![\p{Script=Katakana}ー])([\p{Script=Katakana}ー]{2,20}))(?:${any(jaCompanySuffixes)})`, 'u'),
  },
  {
    rule: 'body.sucht', confidence: 0.75, needs: VERBS,
    // "Die Acme GmbH sucht": the article is not part of the name. A legal form in lower case ends it ("Das Institut für X e.V. sucht").
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:(?:${any(nameArticles)})\s+)?((?:${NAME.slice(1, -1)})(?:[ ](?:${any(LOWER_LEGAL_FORMS)}))?)${ASIDE}${APPOSITION}\s+(?:${any(VERBS)})(?![\p{L}])`, 'u'),
  },
  {
    rule: 'body.company-noun', confidence: 0.75, needs: VERBS,
    // "компанія DONE шукає", "la empresa Acme busca": an organisation noun, the name, the verb.
    build: () => new RegExp(String.raw`(?<![\p{L}])(?:${any(companyNounsBeforeName)})\s+${NAME}\s+(?:${any(VERBS)})(?![\p{L}])`, 'iu'),
  },
  {
    rule: 'body.company-noun-quoted', confidence: 0.65, needs: companyNounsBeforeName,
    // "Компания «Вектор» приглашает", "firma „Kodex”": Slavic languages quote a name after the organisation noun.
    build: () => new RegExp(String.raw`(?<![\p{L}])(?:${any(companyNounsBeforeName)})\s+[«"“„]([^»"”“]{2,40})[»"”“]`, 'iu'),
  },
  {
    // "я работаю … в компании Петрович", "praca w firmie Acme": the company noun after its preposition, then the name.
    // Case-sensitive: the name starts with a capital ("в компании мечты" names none). After an experience noun it is a
    // past employer asked for ("Опыт работы в компании Яндекс"), not this one. The look back is bounded (a run of
    // spaces or letters must not be scanned from every position: quadratic, tests/redos.test.ts).
    rule: 'body.in-company', confidence: 0.6, needs: flat(companyNounsAtName),
    build: () => new RegExp(String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:${any(capitalised(flat(experienceBeforeCompanyNoun)))})(?:\s{1,3}\p{L}{1,30}){0,2}\s{1,3})(?:${any(capitalised(flat(companyNounsAtName)))})\s+(?!(?:${any(flat(notNamesAfterCompanyNoun))})(?![\p{L}]))${NAME}(?=[\s,.!;:)]|$)`, 'u'),
  },
  {
    // "„Селектел“ ищет", "«Вектор» приглашает": a quoted name before a hiring verb (Slavic languages quote a firm's name).
    rule: 'body.quoted-sucht', confidence: 0.65, needs: VERBS,
    build: () => new RegExp(String.raw`[«"“„]([^»"”“«„]{2,40})[»"”“]\s+(?:${any(VERBS)})(?![\p{L}])`, 'u'),
  },
  {
    // "Wir, der Kindergartenverein Zwergenland e.V., suchen": the name in apposition to "we", an article before it, a lower-case verb after.
    // Two words at least: German capitalises every noun ("Wir, die Eltern, suchen" names no organisation).
    rule: 'body.we-apposition', confidence: 0.75, needs: flat(weAppositionPronouns),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:${any(flat(weAppositionPronouns))}),\s+(?:(?:${any(weAreArticles)})\s+)?(?=[^,\s]+\s[^,]+,)((?:${NAME.slice(1, -1)})(?:[ ](?:${any(LOWER_LEGAL_FORMS)}))?)(?<![ -](?:${any(departmentNames)})),\s+\p{Ll}`, 'u'),
  },
  {
    // A capitalised name (NAME): "We are excited, a new role…" names no one.
    rule: 'body.we-are', confidence: 0.75, needs: flat(weAreWords),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:${any(flat(weAreWords))})\s+${NAME},\s+(?:${any(weAreArticles)})(?![\p{L}])`, 'u'),
  },
  {
    rule: 'body.bij-x-zoeken', confidence: 0.7, needs: ['zoeken', 'suchen', 'recherchons', 'cherchons', 'buscamos'],
    build: () => new RegExp(String.raw`\b(?:Bij|Bei|Chez)\s+${NAME}\s+(?:zoeken|suchen|recherchons|cherchons|buscamos)\b`, 'u'),
  },
  {
    rule: 'body.apply-at', confidence: 0.6, needs: ['bewirb dich', 'bewerbe dich', 'apply'],
    build: () => new RegExp(String.raw`\b(?:bewirb dich|bewerbe dich|apply)\s+(?:jetzt\s+|now\s+)?(?:bei|at|to)\s+${NAME}\b`, 'u'),
  },
  {
    // Words like "Únete a" start with no ASCII word character: a letter boundary of their own, not \b.
    rule: 'body.join', confidence: 0.55, needs: joinWords,
    build: () => new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${any(joinWords)})\s+${NAME}(?=[\s,.!])`, 'u'),
  },
  {
    rule: 'body.as-role-at', confidence: 0.7, needs: asWords,
    // "Som Tech Lead Backend hos Variant blir du", "As a Senior Engineer at Acme, you".
    build: () => new RegExp(String.raw`(?<![\p{L}])(?:${any(asWords)})\s+(?:an?\s+|une?\s+|um\s+|uma\s+)?[\p{L}\p{N}][^.,;:!?]{1,60}?\s(?:${any(roleAtWords)})\s+${NAME}(?=[\s,.!]|$)`, 'u'),
  },
  {
    rule: 'body.position-at', confidence: 0.7, needs: flat(positionNouns),
    // "a two-year position at the Physics Department, University of Padova", "eine Stelle bei der Acme GmbH": the job, then its employer.
    build: () => new RegExp(String.raw`(?<![\p{L}])(?:${any(flat(positionNouns))})\s+(?:${any(positionAtWords)})\s+(?:(?:the|der|die|das|la|le|el|o|a)\s+)?((?:${NAME.slice(1, -1)})(?:,\s+(?:${any(institutionNouns)})(?:\s+(?:of|de|di|do|da|des)\s+|\s+)\p{Lu}[\p{L}-]{1,30})?)(?=[\s,.!;:)]|$)`, 'u'),
  },
  {
    rule: 'body.role-phrase-to', confidence: 0.65, needs: flat(hiringPhrases),
    // "Vi söker en systemadministratör till CYD-poolen", "Wir suchen eine Entwicklerin für die Acme GmbH": the role, then who hires.
    // Case-sensitive (with the i flag, NAME's capital would match any letter): a phrase may open a sentence.
    build: () => new RegExp(String.raw`(?<![\p{L}])(?:${any(flat(hiringPhrases).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})\s+[^.!?]{1,60}?\s(?:${any(hiringToWords)})\s+(?:(?:the|der|die|das)\s+)?${NAME}(?=[\s,.!;:]|$)`, 'u'),
  },
  {
    // "Join the Acme team", "das Acme-Team", "the devoted Just Arrived-team": a team named for its employer, not a department
    // ("the design and UX team": a joined department is no name).
    rule: 'body.x-team', confidence: 0.5, needs: ['team'],
    build: () => new RegExp(String.raw`(?<![\p{L}])(?:${any(teamLeadWords)})\s+(?:(?!(?:and|or|und|oder|en|och|og)\s)\p{Ll}[\p{L}-]{1,20}\s+){0,2}(?!(?:${any(teamNotNames)})[- ](?:[Tt]eam))${NAME}[- ](?:[Tt]eam(?:et)?)(?![\p{L}])`, 'u'),
  },
  {
    // "Merapar Technologies, an Eindhoven-based startup, are looking for", "Sefaria, a non-profit technology organization,":
    // a sentence's subject set off by an apposition that calls it an organisation.
    rule: 'body.x-apposition', confidence: 0.6, needs: NOUNS,
    // The gap stops at a phrase of its own ("Payments, a small team within the company,"); a department is no employer.
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?!(?:${any(teamNotNames)}),)${NAME}(?<![ ](?:${any(departmentNames)})),\s+(?:${any(weAreArticles)})\s+${wordsBeforeNoun(7, ',.;:!?')}(?:${any(NOUNS)})(?![\p{L}]),`, 'u'),
  },
  {
    // The noun heads the complement: not after a possessive or a phrase of its own ("Payments is the heart of our business").
    // An article before a name is no part of it (pt "A Acme é uma empresa", de "Die Acme GmbH ist ein": nameArticles).
    rule: 'body.x-is-a', confidence: 0.6, needs: NOUNS,
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)(?:(?:The|${any(nameArticles)})\s+)?${ANY_NAME}${ASIDE}\s+(?:${any(isVerbs)})\s+(?:[\p{Ll}]{2,20}\s+){0,2}(?!(?:${any(POSSESSIVES)})(?![\p{L}]))(?:${any(isArticles)})\b${COMPLEMENT_GAP()}(?:\b(?:${any(NOUNS)})|\p{L}{2}(?:${any(flat(companyNounTails))})(?![\p{L}]))`, 'u'),
  },
  {
    // "Acme to firma …", "Acme — это компания …", "Acme je softwarová firma", "Acme adalah perusahaan …": a copula, up to two
    // adjectives and a company noun, in languages that have no article to mark the complement.
    rule: 'body.x-is-a-bare', confidence: 0.6, needs: flat(bareCompanyNouns),
    build: () => new RegExp(String.raw`(?:^|[.!?]\s)${ANY_NAME}${ASIDE}\s+(?:${any(flat(bareCopulas))})\s+(?:[\p{Ll}-]{2,24}\s+){0,2}(?:${any(flat(bareCompanyNouns))})(?![\p{L}])`, 'u'),
  },
];
// Parsing the rules' `\p{…}` classes took about 31 ms at import (load 2.5), though a posting runs only the rules whose words it has (#18).
export const BODY_RULES: BodyRule[] = RULES.map((rule) => ('build' in rule ? builtOnFirstUse(rule) : rule));

const NOUN_CAPITALISING_TO = new RegExp(String.raw`(?<![\p{L}])(?:${any(nounCapitalisingHiringToWords)})\s+(?:(?:der|die|das)\s+)?$`, 'u');
const ENDS_WITH_LEGAL_FORM = new RegExp(String.raw`[ ,](?:${any(legalFormsAfter)})$`, 'u');
/** Organisations that are no company ('en-other', 'de-other' …: an institute, a lab, an association), as the definitions write them. */
const OTHER_NOUNS = new Set(Object.entries(companyNouns).filter(([language]) => language.endsWith('-other')).flatMap(([, nouns]) => nouns));
const LAST_WORD = /([\p{L}-]+)[,\s]*$/u;
/**
 * The confidence of a body rule's reading: "für X" after a hiring phrase is weak unless X has a legal form (tables/companies.ts);
 * a definition as an institute, a lab or an association is weak (0.45, it needs another reading) where the text names
 * another organisation with a legal form ("The Open Data Lab is an institute we work with; the position is at Bright
 * Analytics GmbH"): such organisations are a company's partners as often as its employer.
 */
export function readingConfidence(rule: BodyRule, match: RegExpExecArray, name: string, legalFormNames: readonly string[] = []): number {
  if (rule.rule === 'body.x-is-a' || rule.rule === 'body.x-apposition') {
    const noun = LAST_WORD.exec(match[0])?.[1];
    const other = legalFormNames.some((named) => !named.startsWith(name) && !name.startsWith(named));
    return noun && OTHER_NOUNS.has(noun) && other ? 0.45 : rule.confidence;
  }
  if (rule.rule !== 'body.role-phrase-to') return rule.confidence;
  const before = match[0].slice(0, match[0].lastIndexOf(name));
  return NOUN_CAPITALISING_TO.test(before) && !ENDS_WITH_LEGAL_FORM.test(name) ? 0.45 : rule.confidence;
}

function builtOnFirstUse({ build, ...rule }: LazyBodyRule): BodyRule {
  const pattern = lazily(build);
  return { ...rule, get pattern() { return pattern(); } };
}

/** A lower-case name at a line's start before a hiring verb ("multi recrute", "élao recherche"): company-sentences.ts checks it against a domain. */
export const LOWER_NAME_HIRING = new RegExp(String.raw`^(\p{Ll}[\p{L}\p{N}.-]{1,30})\s+(?:${any(VERBS)}|is hiring|is looking for|are hiring|is seeking)(?![\p{L}])`, 'u');

// A rule runs only on a line that may hold a word it needs: the keyword scan of the lines (lower-cased,
// done once per posting for all extractors) finds the needed words of these groups of rules. A rule in no
// group, or with a word that cannot be found lower-cased, runs on every line. "body.at-x-we" is filed by its
// pronoun ("we", "wir"), which about a third of lines hold, not its "At" ("At", "En", "I"), which 77% hold.
const RULE_GROUPS = [
  ['body.is-hiring'], ['body.sucht', 'body.bij-x-zoeken', 'body.company-noun', 'body.quoted-sucht'], ['body.x-is-a', 'body.x-apposition', 'body.x-is-a-bare'], ['body.we-are', 'body.apply-at', 'body.join'],
  ['body.at-x-we-verb'],
  ['body.at-x-we', 'body.we-at-x', 'body.at-x-verb-we', 'body.founded', 'body.founded-in', 'body.our-company', 'body.at-x-you', 'body.we-apposition'],
  ['body.cjk-hiring', 'body.ko-with', 'body.ja-at', 'body.ja-company', 'body.topic-is-company', 'body.topic-hires'],
  ['body.company-noun-quoted', 'body.in-company'], ['body.position-at'], ['body.role-phrase-to'], ['body.x-team'], ['body.as-role-at'],
];
/** Per rule, the keyword group of the words it needs, or null: run on every line. */
const groupOfRuleGroup = RULE_GROUPS.map((names) => {
  const words = BODY_RULES.filter((rule) => names.includes(rule.rule)).flatMap((rule) => rule.needs);
  return words.every(filterable) ? keywordGroup(words.map((word) => word.toLowerCase())) : null;
});
export const keywordGroupOfRule: ReadonlyArray<KeywordGroup | null> = BODY_RULES.map((rule) => {
  const group = RULE_GROUPS.findIndex((names) => names.includes(rule.rule));
  return group === -1 ? null : groupOfRuleGroup[group]!;
});
/** Per rule, a keyword group of its own words (null: a word that cannot be found lower-cased), for company.ts's second scan (match/rule-words.ts). */
export const ownKeywordGroupOfRule: ReadonlyArray<KeywordGroup | null> = BODY_RULES.map((rule) => (rule.needs.every(filterable) ? keywordGroup(rule.needs.map((word) => word.toLowerCase())) : null));

