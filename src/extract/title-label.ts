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

const TITLE_LABEL_SET = new Set(Object.values(titleLabels).flat().map(normalizeHeading));

/** Is the text a title label, as a heading or a line writes it ("## Position", "Job Title:")? */
export const isTitleLabel = (text: string): boolean => TITLE_LABEL_SET.has(normalizeHeading(text));

/**
 * The value under a title label alone on its line: the next line with text, within two, when it reads like a job title
 * and is no sentence or workload ("Position" over "You will build …" or over "Vollzeit" names none).
 */
export function valueUnderLabel(top: readonly TextLine[], index: number): TextLine | undefined {
  const label = top[index]!.plain.replace(/[:：]\s*$/u, '').trim();
  if (label.length > 40 || !isTitleLabel(label)) return undefined;
  const next = top.slice(index + 1, index + 3).find((line) => /[\p{L}\p{N}]/u.test(line.plain));
  const text = next?.plain.trim() ?? '';
  return next && text.length <= 120 && !/[.!?。！？:：]$/u.test(text) && !namesOnlyWorkload(text) && looksLikeJobTitle(text) ? next : undefined;
}
