/**
 * Postings as a list of roles: a teaser or careers page lists its roles one
 * an item (or one a paragraph), each only linking to the role's own page
 * ("[Psychotherapeut:in 60-80%](…pdf)", "student assistants for UI Design
 * ([Link](…))") or naming it in bold before a line about it ("**AI 视觉专家**：
 * 精通…"). Each becomes a short posting with what the item states (its title
 * and link), never more. Precision first: two or more items must name a
 * role, they must be most of their list, and the page must have no section
 * of a posting (duties, requirements) anywhere, since one posting's bullets
 * can start in bold too.
 */
import type { Link, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import { textOf } from '../extract/tree.js';
import { BOLD_LINE, LINK_LINE, startOf, type Mark } from './marks.js';
import { INTRO_OF_A_POSTING, isRoleHeading, type ListRole, type Range } from './ranges.js';
import { genderedRoleForms, genericLinkText, leadBrackets, linkAside, roleAreaNames } from './tables.js';
import { joinWords } from '../extract/tables/page-part.js';
import { employmentPhrases } from '../extract/tables/employment.js';

/** "full-time", "internship", "Teilzeit": ways of working, not roles (a list of them offers arrangements, not vacancies). */
import { boundedAlternation, WHOLE_WORD } from '../extract/match/bounded.js';
import { isPostingFileLink } from '../extract/posting-kind.js';
import { hiredRole } from '../extract/not-posting-careers.js';
import { countedRole } from './counted-roles.js';
import { announcesVacancies, namesCareersPage, pageNameOf, VACANCY_INTRO } from './vacancy-names.js';

/** Words that hire ("We are looking for", "wir suchen"): a sentence with them leads into the roles it hires for. */
const HIRING = new RegExp(boundedAlternation(Object.values(joinWords).flat(), () => true, WHOLE_WORD), 'iu');

export function roleListSegments(tree: Root, body: BodyLine[], marks: Mark[], pageTitle?: string): Range[] | undefined {
  // A careers page that heads one role ("## Senior Backend Engineer at Acme") is that posting's page: a list in it names whom the job works with.
  const pageName = pageNameOf(tree, pageTitle);
  const careersPage = namesCareersPage(pageName) && !marks.some((mark) => mark.depth <= BOLD_LINE && isRoleHeading(mark.text));
  // A section of a posting (duties, requirements) makes the page one posting, but for one shape: a careers page that lists
  // its roles under a heading that names vacancies, all before its first such section, which then is the roles' shared
  // "About you" ("## Open Positions / 1. NodeJs Developer … ### About You", "### Puestos Disponibles … ### ¿Qué Buscamos en un Candidato?").
  const firstSection = marks.find((mark) => INTRO_OF_A_POSTING.has(sectionKindOf(mark.text)))?.start;
  if (firstSection !== undefined) return careersPage ? sharedSectionRoles(tree, body, firstSection, areasOf(pageName, careersPage)) : undefined;
  const found: Range[] = [];
  // On a page named as one role ("Software Engineer at Acme"), "Back End", "DevOps" are that job's fields of work, not roles.
  const areasAreRoles = areasOf(pageName, careersPage);
  // Lists whose items are mostly roles; paragraphs in a row that start with the same glyph ("✔ **Stagista**: …", "• Designer") are a list written as paragraphs.
  const nodes = withGlyphLists(tree.children);
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'list') continue;
    const roles = node.children.map((item) => ({ item, role: itemRole(item) }));
    const named = roles.filter((entry) => entry.role);
    // A list right after a line ending in a colon is that line's ("You will work with:"), whatever page it is on.
    const before = nodes[index - 1];
    const afterColon = before?.type === 'paragraph' && /[:：]$/.test(textOf(before).trim());
    const bare = named.length >= 2 ? undefined : bareRoles(node, introOf(nodes, index), careersPage && !afterColon && !leadsIntoList(before), areasAreRoles);
    if (named.length >= 2 && named.length * 3 >= roles.length * 2) {
      for (const { item, role } of named) found.push({ start: startOf(item as Nodes), end: (item.position?.end.line ?? 1), role: role! });
    } else if (bare) found.push(...bare);
  }
  // Paragraphs that are only a link naming a role, one after another.
  const linkLines = new Set(marks.filter((mark) => mark.depth === LINK_LINE).map((mark) => mark.start));
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && linkLines.has(startOf(node)));
  const linked = paragraphs.map((node) => ({ node, role: linkRole(node.children) })).filter((entry) => entry.role);
  if (linked.length >= 2 && linked.length * 3 >= paragraphs.length * 2) {
    for (const { node, role } of linked) found.push({ start: startOf(node), end: node.position?.end.line ?? 1, role: role! });
  }
  // On a careers page, lists whose every item leads with a link to its role's page are its roles, grouped by area ("## Marketing"): judged together.
  const linkLed = careersPage ? linkLedRoles(nodes) : [];
  if (linkLed.length > found.length) found.splice(0, found.length, ...linkLed);
  // Lines that count their openings ("**Two** open PhD positions on …"), as paragraphs or list items: one posting each.
  if (found.length < 2) found.splice(0, found.length, ...countedRoles(tree));
  if (found.length < 2) return undefined;
  found.sort((a, b) => a.start - b.start);
  return found.map((range) => ({ ...range, end: Math.min(range.end, body.length) }));
}

const areasOf = (pageName: string | undefined, careersPage: boolean): boolean => pageName === undefined || careersPage || !looksLikeJobTitle(pageName);

/**
 * The roles of a careers page whose sections of a posting are shared (roleListSegments): lists that end before the first
 * section and sit right under a heading that names vacancies, each item a role (bold-led or bare), two or more in all.
 */
function sharedSectionRoles(tree: Root, body: BodyLine[], firstSection: number, areasAreRoles: boolean): Range[] | undefined {
  const found: Range[] = [];
  const nodes = tree.children;
  // The nearest heading above, and the role a paragraph so far says the page hires for, kept as the loop goes (one pass: review29a).
  let heading: RootContent | undefined;
  let hired: string | undefined;
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'heading') heading = node;
    if (node.type === 'paragraph' && hired === undefined) hired = hiredRole([{ plain: textOf(node) }]);
    if (node.type !== 'list' || (node.position?.end.line ?? Infinity) >= firstSection) continue;
    if (!heading || !announcesVacancies(heading)) continue;
    const named = node.children.map(itemRole);
    // A page that first says whom it hires ("We're hiring a Site Reliability Engineer") is that posting; the list is its other roles.
    if (hired !== undefined && !node.children.some((item, at) => sameRole(named[at]?.title ?? textOf(item), hired!))) return undefined;
    if (named.every((role) => role !== undefined)) {
      node.children.forEach((item, at) => found.push({ start: startOf(item as Nodes), end: item.position?.end.line ?? 1, role: named[at]! }));
      continue;
    }
    const intro = introOf(nodes, index);
    if (nodes[index - 1] !== heading && intro !== heading) continue;
    found.push(...(bareRoles(node, intro) ?? []).filter((range) => readsAsRole(range.role!.title, areasAreRoles)));
  }
  if (found.length < 2) return undefined;
  return found.map((range) => ({ ...range, end: Math.min(range.end, body.length) }));
}

/** A list item's role is the one a line hires for: the same words, whatever the case or what follows ("Buchhalter (m/w/d)"). */
const sameRole = (item: string, hired: string): boolean => clean(item).toLowerCase().startsWith(hired.toLowerCase());

/** Paragraphs and one-paragraph list items that count their openings (counted-roles.ts): two or more with distinct roles or calls, or none. */
function countedRoles(tree: Root): Range[] {
  const paragraphs = tree.children.flatMap((node): Array<{ at: Nodes; paragraph: Paragraph }> => node.type === 'paragraph' ? [{ at: node, paragraph: node }]
    : node.type === 'list' ? node.children.flatMap((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph' ? [{ at: item as Nodes, paragraph: item.children[0] }] : []) : []);
  const counted = paragraphs.map(({ at, paragraph }) => ({ at, role: countedRole(paragraph) })).filter((entry) => entry.role);
  // One role counted per place ("1 position as Data Engineer in Berlin / … in Munich") is one posting: it takes two distinct roles, or lines that link their own calls.
  const distinct = new Set(counted.map(({ role }) => `${role!.title.toLowerCase()} ${role!.url ?? ''}`));
  return counted.length >= 2 && distinct.size >= 2 ? counted.map(({ at, role }) => ({ start: startOf(at), end: at.position?.end.line ?? 1, role: role! })) : [];
}

/**
 * A list of bare role names under a line that announces vacancies ("Open
 * positions:", "У нас открыты вакансии:", a heading "Offene Stellen"): every
 * item a short line of its own (no sentence, no label), at least half of
 * them reading as job titles (the intro says what the others are).
 */
function bareRoles(list: List, intro: RootContent | undefined, careersPage = false, areasAreRoles = true): Range[] | undefined {
  if (list.children.length < 2 || !intro) return undefined;
  // On a careers page ("Karriere", "Работа в компании"), a list of nothing but job titles is its roles, whatever line is above it;
  // a list after a line ending in a colon that names no vacancies ("You will work with:"), or that ends a sentence, is none.
  const announced = announcesVacancies(intro);
  const onCareersPage = !announced && careersPage;
  if (!announced && !onCareersPage) return undefined;
  const roles: Range[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (item.children.length !== 1 || first?.type !== 'paragraph' || (first.position?.start.line ?? 0) !== (first.position?.end.line ?? -1)) return undefined;
    const line = clean(textOf(first)).replace(linkAside, '').replace(/[;,.]$/, '').trim();
    const title = roleInLeadBracket(line, areasAreRoles) ?? line;
    if (!title || title.length > 100 || /[.!?。]\s|[!?:：]$/.test(title) || isLabelled(title) || sectionKindOf(title) !== 'other') return undefined;
    const link = first.children.find((part): part is Link => part.type === 'link');
    if (link && isPostingFileLink(link.url)) return undefined;
    roles.push({ start: startOf(item as Nodes), end: item.position?.end.line ?? 1, role: link && /^(?:https?:\/\/|\/)/i.test(link.url) ? { title, url: link.url } : { title } });
  }
  const arrangements = roles.filter((range) => employmentPhrases.has(range.role!.title.toLowerCase())).length;
  // At least half must read as job titles: a perk list under "We're hiring" ("Remote work", "Flexible hours") names no roles.
  const titled = roles.filter((range) => readsAsRole(range.role!.title, areasAreRoles)).length;
  if (onCareersPage) return arrangements === 0 && titled === roles.length ? roles : undefined;
  return arrangements < 2 && titled * 2 >= roles.length ? roles : undefined;
}

/** "【Java开发工程师】负责支付系统后端开发": a line that sets off its role in a CJK bracket (tables.ts leadBrackets) names that role. */
function roleInLeadBracket(line: string, areasAreRoles: boolean): string | undefined {
  const close = leadBrackets[line[0] ?? ''];
  const end = close === undefined ? -1 : line.indexOf(close);
  const inner = end > 1 ? line.slice(1, end).trim() : '';
  return inner && readsAsRole(inner, areasAreRoles) ? inner : undefined;
}

/** A job title, or a German role noun in its gendered written form ("Telefonist/in", "Mitarbeiter:in", "Berater*innen"). */
const readsAsRole = (title: string, areasAreRoles = true): boolean => looksLikeJobTitle(title) || Object.values(genderedRoleForms).some((form) => form.test(title))
  || (areasAreRoles && ROLE_AREAS.has(title.toLowerCase()));
const ROLE_AREAS = new Set(roleAreaNames);

/**
 * A sentence that the list ends ("You will report to one of", "In this role you work closely with"): a line of
 * four words or more with no closing mark, that hires no one; the list names whom the job works with, not vacancies.
 */
function leadsIntoList(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const text = textOf(node).replace(/\s+/g, ' ').trim();
  return /\p{L}$/u.test(text) && text.split(' ').length >= 4 && !VACANCY_INTRO.test(text) && !HIRING.test(text);
}

/** "Location: Berlin" is a short label and its value; "Консультант по внедрению 1С: ERP" is a role that names a product after its colon. */
function isLabelled(title: string): boolean {
  const colon = /[:：]\s/.exec(title);
  if (!colon) return false;
  const label = title.slice(0, colon.index).trim();
  return label.split(/\s+/).length <= 3 && !looksLikeJobTitle(label);
}

/** What announces the list at `index`: the node before it, or the heading above a line ending in a colon ("## Open positions" / "We are looking for:"). */
function introOf(nodes: RootContent[], index: number): RootContent | undefined {
  const before = nodes[index - 1];
  if (before?.type === 'paragraph' && nodes[index - 2]?.type === 'heading' && /[:：]$/.test(textOf(before).trim()) && !announcesVacancies(before)) return nodes[index - 2];
  return before;
}

/** The role a list item states: only a link, a title with a "Link" / "more" link, or a title in bold before its line. */
function itemRole(item: ListItem): ListRole | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph' || item.children.some((child) => (child as List).type === 'list')) return undefined;
  return linkRole(first.children) ?? titledLinkRole(first.children) ?? boldRole(first.children);
}

const meaningful = (parts: PhrasingContent[]) => parts.filter((part) => !(part.type === 'text' && !part.value.trim()) && part.type !== 'break');

/** Only a link whose text (or its bold part) reads as a job title: "[**Dipl. Pflegefachperson 80%** [PDF, 102KB]](…)". */
function linkRole(parts: PhrasingContent[]): ListRole | undefined {
  const only = meaningful(parts);
  if (only.length !== 1 || only[0]!.type !== 'link') return undefined;
  const link = only[0] as Link;
  const strong = link.children.find((child) => child.type === 'strong');
  const title = clean(textOf(strong ?? link));
  return roleOf(title, link.url);
}

/** "student assistants for UI Design ([Link](…))": the text is the title, the link's text says only "link". */
function titledLinkRole(parts: PhrasingContent[]): ListRole | undefined {
  const links = parts.filter((part): part is Link => part.type === 'link');
  if (links.length !== 1 || !genericLinkText.test(clean(textOf(links[0]!)))) return undefined;
  const title = clean(parts.filter((part) => part !== links[0]).map((part) => textOf(part)).join('').replace(/[([]\s*[)\]]|[-–—:|]\s*$/g, ''));
  return roleOf(title, links[0]!.url);
}

/**
 * The items of a page's lists that each lead with a link, then at most an aside after a separator ("[Infra](./tech#infra),
 * Cuidar da parte Infra-as-code"): when every item of those lists has that shape and more than half of all of them
 * read as job titles, every item is a role (the rest name areas: "Infra", "DevSecOps"). Lists judged one by one miss
 * roles grouped by area two or three a heading.
 */
function linkLedRoles(nodes: RootContent[]): Range[] {
  const items: Array<{ item: ListItem; link: Link }> = [];
  for (const node of nodes) {
    if (node.type !== 'list') continue;
    const led = node.children.map((item) => ({ item, link: leadingLink(item) }));
    // A list of links with no role among them (a menu: "Benefits", "Team") is none of them.
    if (led.some((entry) => entry.link === undefined) || !led.some((entry) => roleOf(clean(textOf(entry.link!)), entry.link!.url))) continue;
    items.push(...(led as Array<{ item: ListItem; link: Link }>));
  }
  const roles = items.map(({ item, link }) => ({ item, link, title: clean(textOf(link)) }));
  const titled = roles.filter((role) => roleOf(role.title, role.link.url)).length;
  if (roles.length < 2 || titled * 2 <= roles.length || new Set(roles.map((role) => role.title.toLowerCase())).size < roles.length) return [];
  return roles.map(({ item, link, title }) => ({ start: startOf(item as Nodes), end: item.position?.end.line ?? 1, role: /^(?:https?:\/\/|\/)/i.test(link.url) ? { title, url: link.url } : { title } }));
}

/** The link an item leads with ("[QA](…), testar …"), its text short and no posting file beside the page; undefined for any other shape. */
function leadingLink(item: ListItem): Link | undefined {
  const first = item.children[0];
  if (item.children.length !== 1 || first?.type !== 'paragraph') return undefined;
  const only = meaningful(first.children);
  if (only[0]?.type !== 'link' || isPostingFileLink(only[0].url)) return undefined;
  const title = clean(textOf(only[0]));
  const rest = only.slice(1).map((part) => textOf(part)).join('').trim();
  return title && title.length <= 80 && sectionKindOf(title) === 'other' && (!rest || /^[,:：\-–—]/.test(rest)) ? only[0] : undefined;
}

/** A glyph that stands for a list's bullet at a paragraph's start: "✔", "•", "►", "-" (no letter, digit, space or Markdown mark). */
const GLYPH = /^\s*([^\p{L}\p{N}\s*_#[!(<`"'«„“])\s*/u;

/** Each run of two or more paragraphs that start with the same glyph, as the list it stands for (its items keep the paragraphs' lines). */
function withGlyphLists(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length >= 2) out.push({ type: 'list', ordered: false, spread: true, position: { start: run[0]!.position!.start, end: run.at(-1)!.position!.end },
      children: run.map((paragraph) => ({ type: 'listItem', spread: false, position: paragraph.position, children: [{ ...paragraph, children: withoutGlyph(paragraph) }] })) });
    else out.push(...run);
    run = [];
  };
  for (const node of nodes) {
    const glyph = node.type === 'paragraph' ? glyphOf(node) : undefined;
    if (glyph === undefined || (run.length && glyphOf(run[0]!) !== glyph)) flush();
    if (glyph === undefined) out.push(node);
    else run.push(node as Paragraph);
  }
  flush();
  return out;
}

function glyphOf(paragraph: Paragraph): string | undefined {
  const first = paragraph.children[0];
  return first?.type === 'text' ? GLYPH.exec(first.value)?.[1] : undefined;
}

/** A paragraph's parts with its leading glyph dropped; an opening CJK bracket stays, as the title it opens does ("【Java开发工程师】…"). */
function withoutGlyph(paragraph: Paragraph): PhrasingContent[] {
  const [first, ...rest] = paragraph.children;
  if (glyphOf(paragraph)! in leadBrackets) return paragraph.children;
  const value = (first as { value: string }).value.replace(GLYPH, '');
  return value ? [{ ...first!, value } as PhrasingContent, ...rest] : rest;
}

/**
 * "**AI 视觉专家**：精通…": a bold title, then a separator and a line about the role. An emoji before the separator
 * ("**Editor de Videos** 🎬: Buscamos…") was seen in one source only: not read until a second shows it.
 */
function boldRole(parts: PhrasingContent[]): ListRole | undefined {
  const only = meaningful(parts);
  if (only[0]?.type !== 'strong') return undefined;
  const rest = only.slice(1).map((part) => textOf(part)).join('').trim();
  if (rest && !/^[:：\-–—]/.test(rest)) return undefined;
  return roleOf(clean(textOf(only[0]).replace(/[:：]\s*$/, '')), undefined);
}

function roleOf(title: string, url: string | undefined): ListRole | undefined {
  // A link to a Markdown file beside the page is an index's entry: that posting is the other file.
  if (url !== undefined && isPostingFileLink(url)) return undefined;
  if (!title || title.length > 100 || !looksLikeJobTitle(title) || sectionKindOf(title) !== 'other') return undefined;
  return url && /^(?:https?:\/\/|\/)/i.test(url) ? { title, url } : { title };
}

/** One line of text: bold marks the parser left ("** Title **"), a hard break's backslash and brackets left empty dropped. */
const clean = (text: string) => text.replace(/\*\*|\\$/g, ' ').replace(/\\(?=\s|$)/g, '').replace(/\s+/g, ' ').trim();
