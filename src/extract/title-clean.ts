/**
 * Cleaning a title as a person would write it: "Seeking:" / "Vacature:"
 * prefixes, "(m/w/d)", emoji, status marks ("(PAUSADA)") and a leading
 * article go. "at Acme", "Acme is hiring a X", "Acme s.r.o. - X" and
 * "(Eclipse Foundation)" name the company, and "(Remote, Germany)" or
 * "- Berlin" name the place: those go to the hints given, for the company and
 * location extractors. A title of two parts is read in title-parts.ts, the
 * names of a page rather than a job are in title-page-names.ts.
 */
import type { Hints } from './context.js';
import { looksLikeJobTitle, namesRole } from './title-role-noun.js';
import { cjkRecruiterNouns, genericHeadings, leadInRoleCompounds, titleAtCompanyWords, titleJobWordsBeforeAt, titlePlacePrepositions, titleHeadCountWords, titleSentenceWords, titleOpeningCountNouns, titleLabels, titleLeadIns, titleLeadOuts, titlePositionWords, titlePrefixWords as PREFIX_WORDS, titleStatusWords, titleWorkloadHourWords, titleNumberUnitWords } from './tables/titles.js';
import { isPlace, isPlaceList } from './title-place.js';
import { stripDecorations } from './title-decoration.js';
import { breadcrumbLast, EMOJI, isGenericHeading } from './title-page-names.js';
import { GENDER, onlyLeftGenderMarked, splitDashed, stripParenthetical, type TitleContext } from './title-parts.js';
import { alternation, capitalize, escapeRegExp, withoutControls } from './text.js';
import { headBeforeCareersAt, withoutCjkQuotes, withoutListMark, withoutLocationField, withoutNameLikeArticle } from './title-edges.js';
import { atMost } from './match/bounded.js';
import { accusativeRoles } from './tables/title-cases.js';
import { titleJoinAs, titleJoinLeads } from './tables/title-joins.js';
import { OBJECT_CASE_VERBS, nominativeRole } from './title-case.js';

export { isPlaceName } from './title-place.js';
export { looksLikeJobTitle, namesRole } from './title-role-noun.js';
export { isGenericHeading, isPageLabel, normalizeHeading } from './title-page-names.js';
export type { TitleContext } from './title-parts.js';

// "Poszukujemy: Programista Java": a hiring verb before a colon is a label too. A hyphen joined to the next word joins a compound
// ("Job-Sharing Koordinator", "Jobs-to-be-done Researcher"): it separates only with a space after it ("Job - X") or before it ("Job -X").
export const PREFIX = new RegExp(`^\\s{0,4}(?:${[...PREFIX_WORDS, ...Object.values(titleLabels).flat(), ...OBJECT_CASE_VERBS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:[-‐][\\p{L}]{2,12})?(?:\\s{0,3}[:：–—|]|\\s{0,3}-(?=\\s)|\\s-)\\s{0,3}`, 'iu');
// French inclusive writing joins the feminine ending with a middle dot, typed as ·, ⋅, • or a full stop ("un·e", "un⋅e").
// Dutch "een" likewise ("EEN FULL TIME MAGAZIJN MEDEWERKER"); "una", "uno", "um", "uma" go in title-edges.ts, unless they open a name.
const ARTICLE = /^(?:un|une|un\(e\)|un[·⋅•.]e|une?\s?\(e\)|a|an|eine?\*?n?|eine?:n|ein\(e\)|een)\s+(?=\p{L})/iu;
// French repeats the article with each joined noun: "un développeur ou d'une développeuse" is "développeur ou développeuse".
const JOINED_ARTICLE = /(\s(?:ou|et)\s+)(?:d['’]une?|une?)\s+(?=\p{L})/iu;
// "Hiring our next X", "Wir suchen eine*n X", "Vi söker en X", "НАМ НУЖЕН X": a lead word and up to three articles (tables/titles.ts).
const OBJECT_CASE_LEAD_INS = Object.values(accusativeRoles).flatMap((table) => table.verbs.map((verb): [string, string[]] => [verb, table.fillers]));
const LEAD_INS = [...Object.values(titleLeadIns).flat(), ...OBJECT_CASE_LEAD_INS];
// A lead with a straight apostrophe also as typographers write it ("We’re hiring").
export const LEAD_IN = new RegExp(`^(?:${[...LEAD_INS, ...LEAD_INS.filter(([lead]) => lead.includes("'")).map(([lead, articles]): [string, string[]] => [lead.replace(/'/g, '’'), articles])].sort((a, b) => b[0].length - a[0].length)
  .map(([lead, articles]) => `${escapeRegExp(lead)}${articles.length ? atMost(`\\s+(?:${alternation(articles)})`, 3) : ''}`).join('|')})\\s+`, 'iu');
// "X gesucht!", "X sökes", "Developer wanted": a word after the title.
const LEAD_OUT = new RegExp(`\\s+(?:${alternation(Object.values(titleLeadOuts).flat())})[.!！]*$`, 'iu');
// "エンジニア（1名）", "工程师（2人）", "エンジニア 若干名": a head count after the title.
const HEAD_COUNT = new RegExp(`\\s*(?:[（(]\\s*(?:\\d+|若干)\\s*(?:${alternation(titleHeadCountWords)})\\s*[）)]|若干名)$`, 'u');
// "Android Engineer 2 positions", "Designer (3 openings)": a card's count of openings after the title.
const OPENING_COUNT = new RegExp(`\\s*[(（]?\\s*\\d{1,3}\\s+(?:${alternation(titleOpeningCountNouns)})\\s*[)）]?$`, 'iu');
// "バックエンドエンジニア募集要項", "前端工程师招聘信息": a careers word written straight after the title (tables/titles.ts), in
// Japanese also after the genitive "の" ("バックエンドエンジニアの求人": job offers for a backend engineer).
const CJK_GENERIC_TAIL = new RegExp(`^(.{2,80}?)\\s*の?(?:${alternation([...genericHeadings.ja ?? [], ...genericHeadings.zh ?? [], ...genericHeadings.ko ?? []])})$`, 'u');
// "インフラエンジニア ※未経験者も歓迎", "X（※実務未経験者も歓迎）": what follows the reference mark is a note, with the bracket it opens.
const CJK_NOTE = /\s*(?:[（(]\s*)?※.*$/u;
// "Buchhalter (60 %), ab März", "Java developer 32-40 uur per week": a workload figure ends the title.
export const WORKLOAD = new RegExp(`^(.{2,120}?)[\\s(（,;:–—-]*(?:\\d{1,3}(?:[.,]\\d)?\\s*[-–]\\s*)?\\d{1,3}(?:[.,]\\d)?\\s?(?:%|(?:${alternation(Object.values(titleWorkloadHourWords).flat())})(?![\\p{L}]))`, 'iu');
// 'title: "Data Engineer",' in a data file: the quotes and the comma are the file's, not the title's.
const LIST_NUMBER = /^\d{1,2}\s?[.)、．]\s*(?=\S)/u;
// "1 Leerkracht": a number without its dot, unless a unit follows it ("24 Hour Support Agent": tables/titles.ts).
const BARE_LIST_NUMBER = new RegExp(`^\\d{1,2}\\s+(?=\\p{Lu}\\p{Ll})(?!(?:${alternation(Object.values(titleNumberUnitWords).flat().flatMap((word) => [word, capitalize(word), word.toUpperCase()]))})(?![\\p{L}]))`, 'u');
const QUOTED = /^["“„«](.{2,160}?)["”“»]\s*,?$/u;
// '"name": "Руководитель отдела IT",' (a JSON or Python dict line): a quoted key, then its quoted value; both keep no quotes.
const QUOTED_KEY_VALUE = /^["']([^"':：]{1,40})["']\s*:\s*["'“„«](.{2,160}?)["'”“»]\s*,?$/u;
// "(posted March 3, 2021)", "(2021-03-03)": a date in brackets is no part of a title.
const DATED = /\s*[([][^()[\]]{0,40}\b(?:19|20)\d\d\b[^()[\]]{0,20}[)\]]\s*$/u;
// "Programmer wanted :)": a smiley closes a headline, not a title.
const EMOTICON = /\s*(?:[:;]-?[)D(P]|\^\^|\^_\^)+\s*$/u;
const CJK_HIRING_START = /^(?:【[^】]{1,10}】\s*|(?:急募|诚聘|急聘|招聘|招募)[:：\s]*)/u;
const CJK_HIRING_END = /(?:を)?(?:大?募集(?:中|します|しています)?|急募|招聘中?)[！!。]*$/u;
// "北京星辰科技有限公司招聘高级后端工程师", "Acme 招聘：后端工程师": the hiring word between the employer and the title (the company
// extractor reads "X招聘" itself). Only after an organisation's name (a Latin name or a company noun): "高级招聘专员" and
// "人力资源部招聘主管" name a recruiter, and "社会招聘：X" a careers page.
const CJK_HIRING_MIDDLE = /^(.{1,40}?(?:公司|集团|集團|科技|银行|銀行|大学|大學|医院|醫院|[A-Za-z0-9)）]))\s*(?:招聘|诚聘|急聘|招募|誠聘)[:：\s]*(\S.{1,60})$/u;
// An aside in brackets between the verb and the article ("recrute (toujours) un⋅e X") is no part of the title: the role starts at its article.
const HIRING = /^(.{2,80}?)\s+(?:(?:is|are|est|ist)\s+)?(?:hiring|looking for|seeking|recruiting|recrute|sucht|on the lookout for)\s+(?:\([^()]{1,24}\)\s+(?=(?:an?|une?|un[·⋅•.]e|eine?n?)\s))?(?:an?\s+|une?\s+|eine?n?\s+)?(.{2,120})$/iu;
const JOIN_AS = new RegExp(`^(?:${alternation(Object.values(titleJoinLeads).flat())})\\s+(.{2,60}?)\\s+(?:${alternation(Object.values(titleJoinAs).flat())})\\s+(?:(?:an?|une?|un[ae]|uma?|een|eine?n?)\\s+)?(\\S.{1,120})$`, 'iu');
// A name, capitalised, with no word that speaks for the writer ("our", "unser", "notre": tables/titles.ts) and not "us".
const SPEAKER_WORDS = new Set([...Object.values(titleSentenceWords).flat(), 'us', 'uns', 'nous']);
const namesEmployer = (text: string): boolean => /^\p{Lu}/u.test(text) && !text.toLowerCase().split(/\s+/u).some((word) => SPEAKER_WORDS.has(word));
const AT_COMPANY = new RegExp(`^(.{3,120}?)\\s+(?:${alternation(Object.values(titleAtCompanyWords).flat())})\\s+(\\p{Lu}[\\p{L}\\p{N}.&+'’-]{0,40}(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&+'’-]{0,40}){0,3})$`, 'u');
const JOB_WORD_BEFORE_AT = new RegExp(`^(.{2,120}?)\\s+(?:${alternation(Object.values(titleJobWordsBeforeAt).flat())})$`, 'iu');
// `(?<!\s)`: a match starts after no space, so a long run of spaces is not rescanned from each of its positions (it was
// quadratic); the leftmost match of the form without it starts there anyway, so the matches are the same.
export const STATUS = new RegExp(`(?<!\\s)\\s*[([](?:${titleStatusWords.map(escapeRegExp).join('|')})[)\\]]\\s*$`, 'iu');
// A character each of these patterns cannot match without, none with a case variant: a title without it skips the
// pattern, so a run whose titles have none never compiles it (#18: compiling `iu` alternations is much of a first document).
export const PREFIX_MARK = /[:：\-–—|]/;
export const STATUS_MARK = /[)\]]/;
export const WORKLOAD_MARK = /[0-9]/;
// "80% Stelle als Buchhalter", "Position as Data Analyst": "a position as" (tables/titles.ts), after a workload figure or none, before the title.
const POSITION_AS = new RegExp(`^(?:\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?\\s?%\\s+)?(?:${alternation(Object.values(titlePositionWords).flat())})\\s+(?=\\p{L})`, 'iu');

const BRACKET_TAG = /^[[【［]([^\]】］]{1,20})[\]】］]\s*(?=\S)/u;
// "X @Crawly - Vaga de Emprego", "Data Engineer | Careers": a careers page's heading after a separator is the site's, not the title's.
const GENERIC_TAIL = /^(.{2,160}?)\s+[-–—|·•]\s+([^-–—|·•]{2,40})$/u;

// "creatieve developer<br> met een passie voor web": a line break or inline formatting a site put in a title's text is no part of it
// (any other tag stays text, for the outputs to escape).
const HTML_TAG = /<\/?(?:br|wbr|span|b|i|u|em|strong|small|big|sup|sub|font|abbr|mark)(?:\s[^<>]{0,80})?\s?\/?>/giu;
// "Local Job Vacancy: X", "Neue Stellenausschreibung: X": a label of a few words before a colon that ends in a vacancy word (PREFIX_WORDS)
// and names no role is the post's kind, as "Vacature: X" is; what follows is the title when it reads as one.
const LABEL_BEFORE_COLON = /^([^:：]{2,40}?)\s*[:：]\s+(\S.{1,160})$/u;
const ENDS_IN_VACANCY_WORD = new RegExp(`(?:^|\\s)(?:${alternation(PREFIX_WORDS)})$`, 'iu');
function withoutPostingLabel(title: string): string {
  const match = LABEL_BEFORE_COLON.exec(title);
  if (!match) return title;
  const label = match[1]!.trim();
  return label.split(/\s+/).length <= 4 && ENDS_IN_VACANCY_WORD.test(label) && !namesRole(label) && looksLikeJobTitle(match[2]!) ? match[2]! : title;
}

/** Title as a person would write it; decoration goes to hints. */
export function cleanTitle(raw: string, hints: Hints = {}, line = 0, ctx?: TitleContext): string {
  // A list mark before, CJK title marks around, a location field after (title-edges.ts).
  const unquoted = withoutListMark(withoutControls(raw).replace(HTML_TAG, ' ').replace(EMOJI, ' ').replace(/\s+/g, ' ').trim()).replace(QUOTED_KEY_VALUE, '$1: $2').replace(QUOTED, '$1');
  let title = withoutLocationField(withoutCjkQuotes(unquoted), hints, line);
  title = breadcrumbLast(title);
  // "[채용] 쇼핑몰 관리직", "【採用】X", "[Hiring] X": a board's tag in brackets that is a careers word, before the title.
  const tag = BRACKET_TAG.exec(title);
  if (tag && isGenericHeading(tag[1]!) && looksLikeJobTitle(title.slice(tag[0].length))) title = title.slice(tag[0].length);
  if (PREFIX_MARK.test(title)) title = withoutPostingLabel(title.replace(PREFIX, ''));
  if (STATUS_MARK.test(title)) title = title.replace(STATUS, '');
  // "1. Frontend Engineer", "2) Data Analyst": a list number before a title.
  // "1 Leerkracht", "2 Inval leerkracht": a heading's number without its dot, before a capitalised title.
  const unnumbered = title.replace(LIST_NUMBER, '').replace(BARE_LIST_NUMBER, '');
  if (unnumbered !== title && looksLikeJobTitle(unnumbered)) title = unnumbered;
  const workload = WORKLOAD_MARK.test(title) ? WORKLOAD.exec(title) : null;
  if (workload && looksLikeJobTitle(workload[1]!)) title = workload[1]!.trim();
  const role = title.replace(POSITION_AS, '');
  if (role !== title && looksLikeJobTitle(role)) title = role;
  const genericTail = GENERIC_TAIL.exec(title);
  if (genericTail && isGenericHeading(genericTail[2]!)) title = genericTail[1]!;
  // "X — Careers at Icalia Labs": a careers heading naming the employer, after a separator, is the site's too (title-edges.ts).
  if (genericTail) title = headBeforeCareersAt(genericTail[1]!, genericTail[2]!, hints, line, raw) ?? title;
  // "Hiring our next Community Manager", "Wir suchen eine*n Entwickler*in": the sentence around a title.
  const lead = LEAD_IN.exec(title);
  if (lead && looksLikeJobTitle(title.slice(lead[0].length)) && !isLeadInCompound(lead[0], title.slice(lead[0].length))) {
    title = title.slice(lead[0].length).replace(/[.!]+$/, '');
    // "Ищем Java-разработчика" -> "Java-разработчик": an active verb's object in the nominative (title-case.ts).
    const leadWords = `${lead[0].toLowerCase().trim()} `;
    const language = [...OBJECT_CASE_VERBS].find(([verb]) => leadWords.startsWith(`${verb} `))?.[1];
    if (language) title = nominativeRole(title, language, namesRole);
  }
  const leadOut = LEAD_OUT.exec(title);
  if (leadOut && looksLikeJobTitle(title.slice(0, leadOut.index))) title = title.slice(0, leadOut.index);
  title = title.replace(HEAD_COUNT, '');
  const uncounted = title.replace(OPENING_COUNT, '');
  if (uncounted !== title && looksLikeJobTitle(uncounted)) title = uncounted;
  // "【急募】バックエンドエンジニア募集", "招聘：高级工程师": Japanese and Chinese hiring words around a title.
  const bare = title.replace(CJK_HIRING_START, '').replace(CJK_HIRING_END, '').trim();
  if (bare !== title && bare && looksLikeJobTitle(bare)) title = bare;
  const middle = CJK_HIRING_MIDDLE.exec(title);
  if (middle && looksLikeJobTitle(middle[2]!) && !looksLikeJobTitle(middle[1]!) && !cjkRecruiterNouns.some((noun) => middle[2]!.startsWith(noun))) title = middle[2]!.replace(/[。！!]+$/u, '');
  const noted = title.replace(CJK_NOTE, '');
  if (noted !== title && looksLikeJobTitle(noted)) title = noted;
  const cjkTail = CJK_GENERIC_TAIL.exec(title);
  if (cjkTail && looksLikeJobTitle(cjkTail[1]!)) title = cjkTail[1]!.trim();
  const hiring = HIRING.exec(title);
  if (hiring && !looksLikeJobTitle(hiring[1]!)) {
    // An emphasis the line opens and a later line closes ("_Acme recrute un.e X" over "en alternance_") is no part of the name.
    hints.company ??= { name: hiring[1]!.trim().replace(/^[*_]+(?=\p{L})/u, ''), line, rule: 'title.is-hiring', text: raw };
    title = hiring[2]!.replace(/[.!]+$/, '');
  }
  // "Join Acme as a Backend Engineer", "Rejoignez Acme en tant que X": the title after the "as" word (tables/title-joins.ts), when the
  // one to join is named; "Join our team as a X" speaks to the reader and stays a sentence, which a title-shaped heading beats.
  const join = JOIN_AS.exec(title);
  if (join && namesEmployer(join[1]!) && looksLikeJobTitle(join[2]!) && !looksLikeJobTitle(join[1]!)) title = join[2]!.replace(/[.!]+$/, '');
  const leftMarked = onlyLeftGenderMarked(title);
  title = title.replace(GENDER, '').replace(BARE_GENDER, '').replace(EMOTICON, '').replace(/\s*[!！]+$/u, '').trim();
  title = stripDecorations(title, hints, line, looksLikeJobTitle);
  title = splitDashed(title, hints, line, raw, ctx, leftMarked);
  title = stripParenthetical(title, hints, line, raw, ctx);
  const undated = title.replace(DATED, '');
  if (undated !== title && looksLikeJobTitle(undated)) title = undated;
  title = withoutBoardPlace(title, hints, line);
  const at = AT_COMPANY.exec(title);
  if (at && looksLikeJobTitle(at[1]!) && !isPlace(at[2]!)) {
    hints.company ??= { name: at[2]!, line, rule: 'title.at-company', text: raw };
    // "Backend Engineer job at Acme": the word for the post goes, when what is left still names a role.
    const jobWord = JOB_WORD_BEFORE_AT.exec(at[1]!);
    title = jobWord && looksLikeJobTitle(jobWord[1]!) ? jobWord[1]! : withoutBoardPlace(at[1]!, hints, line);
  }
  title = withoutNameLikeArticle(title.replace(ARTICLE, '')).replace(JOINED_ARTICLE, '$1').replace(/[\s,;:|–—-]+$/u, '').replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(title) ? capitalizeTitle(title) : '';
}

// "Senior X job in London", "X job at Acme in Berlin": a place after the post's word or after the employer (tables/titles.ts).
const PLACE_AFTER = new RegExp(`^(.{3,160}?)\\s+(?:${alternation(Object.values(titlePlacePrepositions).flat())})\\s+(\\p{Lu}[\\p{L}.'’-]*(?:,?\\s\\p{Lu}[\\p{L}.'’-]*){0,4})$`, 'u');
/**
 * A job board's page title names the place after the word for the post ("Backend Engineer job in London") or after the
 * employer ("… job at Acme in Berlin", "… bei Acme GmbH in München"): the place goes to the hints, and the post's word with it.
 * A place right after the role ("Engineer in Berlin") stays: whether a title holds it is the posting's own choice.
 */
function withoutBoardPlace(title: string, hints: Hints, line: number): string {
  const placed = PLACE_AFTER.exec(title);
  if (!placed || !isPlaceList(placed[2]!)) return title;
  const head = placed[1]!;
  const jobWord = JOB_WORD_BEFORE_AT.exec(head);
  if (jobWord && looksLikeJobTitle(jobWord[1]!)) {
    hints.location ??= { text: placed[2]!, line };
    return jobWord[1]!;
  }
  const at = AT_COMPANY.exec(head);
  if (!at || !looksLikeJobTitle(at[1]!) || isPlace(at[2]!)) return title;
  hints.location ??= { text: placed[2]!, line };
  return head;
}

// A title's first word written with a capital anywhere ("iOS", "eBay", "macOS") is a name's own casing: keep it.
function capitalizeTitle(title: string): string {
  const firstWord = /^\S+/u.exec(title)![0];
  return /\p{Lu}/u.test(firstWord) ? title : capitalize(title);
}

/** "H/F", "m/w/d", "m/ž" without brackets, before the end or a separator. */
const BARE_GENDER = /\s+(?:[hfmwdxž]\s?\/\s?){1,2}[hfmwdxž](?=$|\s[-–—|,])/giu;

/** "Hiring Manager": a bare lead-in word before one role noun is the role's first word (tables/titles.ts leadInRoleCompounds). */
function isLeadInCompound(lead: string, rest: string): boolean {
  const heads = leadInRoleCompounds[lead.trim().toLowerCase()];
  return heads !== undefined && heads.includes(rest.trim().toLowerCase());
}
