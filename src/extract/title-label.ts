/**
 * A title's label (tables/titles.ts titleLabels: "Position", "Stelle", "Poste", "Stanowisko", "職種", "职位") written alone
 * on its line, its value on the next: a definition list's term (`<dt>Position</dt><dd>Data Engineer</dd>`), a table's
 * header row over its value row, a bold "**Job Title:**" over the title, a label heading ("### Job Title").
 */
import type { TextLine } from './context.js';
import { titleLabels } from './tables/titles.js';
import { looksLikeJobTitle } from './title-role-noun.js';
import { normalizeHeading } from './title-page-names.js';
import { namesOnlyWorkload } from './title-edges.js';
import { readsAsSentence } from './title-evidence.js';

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/u;
// "Reports to the Head of Engineering", "Works with our team": an English verb in the third person, then its object.
const VERB_THEN_OBJECT = /^\p{Lu}\p{Ll}+s\s+(?:to|the|a|an|with|into|on|for)\s/u;

const TITLE_LABEL_SET = new Set(Object.values(titleLabels).flat().map(normalizeHeading));

/** Is the text a title label, as a heading or a line writes it ("## Position", "Job Title:")? */
export const isTitleLabel = (text: string): boolean => TITLE_LABEL_SET.has(normalizeHeading(text));

/**
 * The value under a title label alone on its line: the next line with text, within two, when it reads like a job title
 * and is no sentence, workload, list item or one of a column of roles ("Position" over "You will build …", over "Vollzeit" or
 * over "- Backend Engineer" / "- Designer" names none).
 */
export function valueUnderLabel(top: readonly TextLine[], index: number): TextLine | undefined {
  const label = top[index]!.plain.replace(/[:：]\s*$/u, '').trim();
  if (label.length > 40 || !isTitleLabel(label)) return undefined;
  const next = top.slice(index + 1, index + 3).find((line) => /[\p{L}\p{N}]/u.test(line.plain));
  const text = next?.plain.trim() ?? '';
  if (!next || LIST_ITEM.test(next.text) || text.length > 120 || /[.!?。！？:：]$/u.test(text) || readsAsSentence(text) || VERB_THEN_OBJECT.test(text)) return undefined;
  // A column of roles under the label ("Position" over three links or table rows) is a careers index: no one title.
  const after = top.slice(top.indexOf(next) + 1, top.indexOf(next) + 3).find((line) => /[\p{L}\p{N}]/u.test(line.plain));
  if (after && !/^\s*#/u.test(after.text) && looksLikeJobTitle(after.plain.trim())) return undefined;
  // "Vollzeit, 40 Stunden, Entwickler-Team": a value that opens with the workload is the job's terms, not its title.
  return !namesOnlyWorkload(text.split(/[,;]/u)[0]!) && looksLikeJobTitle(text) ? next : undefined;
}

/** "Auxiliar Contábil - TOK Contábil": a line's parts around spaced dashes or bars (the role, then its employer). */
const PARTS = /\s+[|–—-]\s+/u;

/**
 * The title under a page's careers or job-details H1 ("# Detalhes da Vaga" over "Auxiliar Contábil - TOK Contábil", "# Job
 * details" over "Backend Engineer"): the value under it when it reads like a job title, without a last part that the page's
 * <title> names apart (its site or employer: "Detalhes da Vaga - TOK Contábil"). A sentence under it is none.
 */
export function titleUnderCareersHeading(value: { plain: string; line: number } | undefined, pageTitle = ''): { plain: string; line: number } | undefined {
  const text = value?.plain.trim() ?? '';
  if (!value || /[.!?。！？:：]$/u.test(text) || readsAsSentence(text) || VERB_THEN_OBJECT.test(text) || namesOnlyWorkload(text.split(/[,;]/u)[0]!)) return undefined;
  const parts = text.split(PARTS);
  const named = new Set(pageTitle.split(PARTS).map((part) => part.trim().toLowerCase()));
  const title = parts.length === 2 && named.has(parts[1]!.trim().toLowerCase()) ? parts[0]!.trim() : text;
  return looksLikeJobTitle(title) ? { plain: title, line: value.line } : undefined;
}
