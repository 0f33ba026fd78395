/**
 * A title of two parts: "Acme s.r.o. - HR Generalist" and "Engineer | Acme" name the company beside the title,
 * "Engineer - Berlin" and "(Remote, Germany)" the place, "(Eclipse Foundation)" the company; "Fernway : Engineer" a
 * header's other part. The part that is the title stays; the company and the place go to the hints, for the company
 * and location extractors. A gender marker ("(m/w/d)") tells which part is the title.
 */
import type { ExtractContext, Hints } from './context.js';
import { specialtyWords } from './tables/title-roles.js';
import { titleLabels, titlePrefixWords } from './tables/titles.js';
import { looksLikeJobTitle, namesRole } from './title-role-noun.js';
import { isPlaceList } from './title-place.js';
import { isGenericHeading } from './title-page-names.js';
import { escapeRegExp } from './text.js';
import { domainsOf } from './company-domain.js';
import { isNamedAside } from './title-aside.js';

/** What cleaning reads of the posting: its lines, and its links and front matter for the domains it names. */
export type TitleContext = Pick<ExtractContext, 'text'> & Partial<Pick<ExtractContext, 'links' | 'frontmatterStrings'>>;

/**
 * "(m/w/d)", "[f/m/x]", "(all genders)": the gender marker German and French ads put after a job title; its letters are
 * the genders' initials: m, w (de weiblich), d or div (divers), f, h (fr homme, es hombre), x, v (nl vrouw: "(m/v)", "(m/v/x)"),
 * k (pl kobieta: "(k/m)", "(m/k)", which Polish ads are bound to write), ž (cs, sk, hr, sl žena: "(m/ž)"), м and ж
 * (ru, uk, bg: "(м/ж)"); German "(gn)" (geschlechtsneutral) is one too.
 */
export const GENDER = /\s{0,3}[([]\s{0,2}(?:(?:div|[mwfdhxvkžмж*])\s{0,2}[/|,]\s{0,2}){1,3}(?:div|[mwfdhxvkžмж*])\s{0,2}[)\]]|\s{0,3}\((?:all genders|alle geschlechter|gn|h\/f|f\/h|m\/f|f\/m)\)/giu;
const ORG_SUFFIX = /\b(?:inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|bv|b\.v|nv|s\.r\.o|a\.s|oy|ab|as|plc|corp|corporation|co|foundation|labs|group|stiftung|e\.v)\.?$/iu;
const LABEL_START = new RegExp(`^(?:${[...titlePrefixWords, ...Object.values(titleLabels).flat()].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
const SPECIALTY = new Set(specialtyWords);
/** "(m/w/d)" in a text: a copy of GENDER without /g, so a test keeps no lastIndex. */
const GENDER_MARK = new RegExp(GENDER.source, 'iu');
/** A title of two parts, "A - B" or "A | B". */
const DASHED = /^(.{2,120}?)\s+[-–—|]\s+(.{2,120})$/u;
/** Does only the left part of "A | B" (or "A - B") carry a gender marker ("(m/w/d)", "(h/f)")? */
export function onlyLeftGenderMarked(title: string): boolean {
  const match = DASHED.exec(title);
  return !!match && GENDER_MARK.test(match[1]!) && !GENDER_MARK.test(match[2]!);
}

/** "Acme s.r.o. - HR Generalist" names the company; "Engineer - Berlin" names the place. */
export function splitDashed(title: string, hints: Hints, line: number, raw: string, ctx?: TitleContext, leftMarked = false): string {
  const match = DASHED.exec(title);
  if (!match) return splitSpacedColon(title);
  const [, left, right] = match as unknown as [string, string, string];
  // "21/06/2021 - Softwareentwickler": a date or a number before a title is no part of it, and names no company.
  if (!/\p{L}/u.test(left) && /\p{L}/u.test(right)) return right;
  // "[São Luís] - Desenvolvedor Back-end C#", "[채용] …": a tag in square brackets before a title is a label (a place, a kind of
  // post), no company, unless the posting writes it elsewhere without its brackets.
  const tag = /^\[([^[\]]{1,40})\]$/u.exec(left.trim())?.[1]?.trim();
  if (tag && looksLikeJobTitle(right) && !ctx?.text.some((l) => l.plain.includes(tag) && !l.plain.includes(`[${tag}]`))) {
    if (isPlaceList(tag)) hints.location ??= { text: tag, line };
    return right;
  }
  const leftIsTitle = looksLikeJobTitle(left);
  const leftIsOrg = ORG_SUFFIX.test(left.trim());
  if (!leftIsOrg && isPlaceList(right)) {
    hints.location ??= { text: right, line };
    return left;
  }
  const rightIsTitle = looksLikeJobTitle(right);
  // "Hauswirtschafter*in (m/w/d) | HermesHof": German and French ads attach the gender marker to the job title only (AGG, loi de 2001),
  // so the marked part is the title and never the company, whether or not its noun is in the role tables. The other part names the
  // employer only when it reads as one (a legal form, here or where the posting writes it; the posting's domain); otherwise it is
  // a department or field that qualifies the job ("- Buchhaltung", "| Station 4") and the title keeps it.
  if (leftMarked && !leftIsOrg && !rightIsTitle) {
    if (right.split(/\s+/).length <= 4 && !isGenericHeading(right) && (ORG_SUFFIX.test(right.trim()) || writtenWithLegalForm(right, ctx) || spelledByDomain(right, ctx))) {
      hints.company ??= { name: right, line, rule: 'title.company-suffix', text: raw };
      return left;
    }
    return title;
  }
  // "Oferta beca de formación - Programador junior": a label, not a company; the title is the right part, when it names a role.
  if (LABEL_START.test(left) && rightIsTitle) return right;
  // "Frontend - разработчик": a specialty word qualifies the role, it names no company.
  if (SPECIALTY.has(left.trim().toLowerCase())) return title;
  const leftNamedInBody = ctx?.text.some((l) => l.plain === left) ?? false;
  if (leftIsOrg || leftNamedInBody || (!leftIsTitle && (rightIsTitle || !/\s/.test(left)))) {
    hints.company ??= { name: left, line, rule: 'title.company-prefix', text: raw };
    return right;
  }
  // "Hausmeister*in | HermesHof" beside "HermesHof GmbH & Co. KG": after a pipe, a page title's site part that the posting writes with a legal form.
  if (leftIsTitle && !rightIsTitle && /\s\|\s/u.test(title) && right.split(/\s+/).length <= 4 && writtenWithLegalForm(right, ctx)) {
    hints.company ??= { name: right, line, rule: 'title.company-suffix', text: raw };
    return left;
  }
  // "Senior Rust Engineer - Fernway" beside jobs@fernway.io: a right part the posting's own domain spells is the company.
  if (leftIsTitle && !rightIsTitle && right.split(/\s+/).length <= 4 && spelledByDomain(right, ctx)) {
    hints.company ??= { name: right, line, rule: 'title.company-suffix', text: raw };
    return left;
  }
  return title;
}

/** Does one of the posting's own domains spell the name ("Fernway" beside jobs@fernway.io)? */
function spelledByDomain(name: string, ctx?: TitleContext): boolean {
  const key = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return !!ctx?.links && domainsOf(ctx as Required<TitleContext>).some((domain) => domain.name === key);
}

/** Does the posting (its body or a front-matter text) write the name followed by a legal form ("HermesHof GmbH & Co. KG")? */
function writtenWithLegalForm(name: string, ctx?: TitleContext): boolean {
  if (!ctx) return false;
  const texts = [...ctx.text.map((line) => line.plain), ...(ctx.frontmatterStrings ?? []).map((item) => item.text)];
  return texts.some((text) => {
    const at = text.indexOf(`${name} `);
    // The word after the name is a legal form ("GmbH" of "HermesHof GmbH & Co. KG").
    return at !== -1 && (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) && ORG_SUFFIX.test(/^[^\s,;]+/u.exec(text.slice(at + name.length + 1))?.[0] ?? '');
  });
}

/**
 * "Fernway : Senior Rust Engineer", "Fernway: Senior Rust Engineer": a colon with a space after it separates a header's parts
 * as a dash does, spaced before (French typography) or not (English). Only the title part is kept, and no company is read
 * from the other: a label goes before a colon too ("Alternance : Développeur").
 */
function splitSpacedColon(title: string): string {
  const match = /^(.{2,60}?)\s*:\s+(.{2,120})$/u.exec(title);
  return match && !looksLikeJobTitle(match[1]!) && looksLikeJobTitle(match[2]!) ? match[2]! : title;
}

/** "(Remote, Germany)" is a place, "(Eclipse Foundation)" a company; "(Open Source Program Office)" stays. */
export function stripParenthetical(title: string, hints: Hints, line: number, raw: string, ctx?: TitleContext): string {
  const match = /^(.{2,160}?)\s*(?:\(([^()]{2,80})\)|\[([^[\]]{2,80})\])$/u.exec(title);
  if (!match) return title;
  const [, head, round, square] = match as unknown as [string, string, string | undefined, string | undefined];
  const inner = (round ?? square)!;
  if (isPlaceList(inner)) {
    hints.location ??= { text: inner, line };
    return head;
  }
  if (ORG_SUFFIX.test(inner.trim())) {
    hints.company ??= { name: inner.trim(), line, rule: 'title.company-parenthetical', text: raw };
    return head;
  }
  if (looksLikeJobTitle(head) && isNamedAside(inner, head, line, ctx, namesRole)) {
    hints.company ??= { name: inner.trim(), line, rule: 'title.company-aside', text: raw };
    return head;
  }
  return title;
}
