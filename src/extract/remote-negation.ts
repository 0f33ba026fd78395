/**
 * Remote work ruled out in prose ("Remote work is not possible", "Nie oferujemy pracy zdalnej", "Práce na dálku
 * není možná"): the clause that rules it out is blanked, so its remote words state nothing. A predicate after the
 * remote words rules out its clause (from the last comma or bracket, within a few words); a verb before
 * them rules out the two words that follow it ("We do not offer relocation but remote work is fine" keeps "remote").
 * The phrases are in tables/remote.ts (remoteRuledOut).
 */
import { clauseJoiners, doubleNegationWords, remoteRuledOut } from './tables/remote.js';
import { escapeRegExp, firstWord } from './text.js';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const alternatives = (phrases: string[]): string => {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const spaced = sorted.filter((phrase) => !CJK.test(phrase)).map(escapeRegExp).join('|');
  const cjk = sorted.filter((phrase) => CJK.test(phrase)).map(escapeRegExp).join('|');
  return [spaced && `(?<![\\p{L}\\p{N}])(?:${spaced})(?![\\p{L}\\p{N}])`, cjk && `(?:${cjk})`].filter(Boolean).join('|');
};
const tables = Object.values(remoteRuledOut);
const AFTER = new RegExp(alternatives(tables.flatMap((t) => t.after)), 'giu');
const BEFORE = new RegExp(alternatives(tables.flatMap((t) => t.before)), 'giu');
// Two words (or up to six CJK characters) after a ruling-out verb: "do not offer [remote work]", "不支持[远程办公]".
const NEXT_WORDS = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}|^\s{0,2}(?:[\p{L}\p{N}'’-]+\s{1,2}){0,1}[\p{L}\p{N}'’-]+/u;
const SENTENCE_END = /[.;!?。；！？\n]/u;
// The last joining word of a clause's reach ("… fully remote and [visa sponsorship is not available]"): the clause starts after it.
const JOINER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.values(clauseJoiners).flat().map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
// A negation just before the predicate: "nicht ausgeschlossen" keeps remote work possible.
const NEGATED_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${doubleNegationWords.map(escapeRegExp).join('|')})\\s{1,2}$`, 'iu');
const CLAUSE_MARK = /[,，、()（）]/u;
// How far before its predicate a clause's remote words may be: "Remote work for this role is unfortunately not possible"; "リモートワーク不可".
const REACH = 80;
const CJK_REACH = 10;

/** Lower-cased words one of which every ruling-out phrase holds (its first word; a CJK phrase whole). */
export const RULED_OUT_WORDS: string[] = [...new Set(tables.flatMap((t) => [...t.after, ...t.before])
  .map((phrase) => (CJK.test(phrase) ? phrase : firstWord(phrase) ?? phrase)))];

/**
 * The text with each clause that rules remote work out blanked (the same length); `weight` measures the
 * remote and hybrid words of a text, and a span is blanked only where that lowers it. The text itself when
 * nothing is ruled out.
 */
export function withoutRuledOut(text: string, weight: (text: string) => number): string {
  // Spans found first and the text built once: a long line of many predicates stays linear.
  const spans: Array<[start: number, end: number]> = [];
  // A span is blanked only where that lowers the weight of the words around it (a phrase may run past its end:
  // "Nenabízíme [práci na] dálku"); weighed on a window of the text, not the whole line, so that many spans stay cheap.
  const add = (start: number, end: number): void => {
    const windowEnd = Math.min(text.length, end + 40);
    const around = text.slice(start, windowEnd);
    if (weight(' '.repeat(end - start) + text.slice(end, windowEnd)) < weight(around)) spans.push([start, end]);
  };
  for (const found of text.matchAll(AFTER)) {
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, found.index - 12), found.index))) continue;
    const end = found.index + found[0].length;
    const reach = Math.max(0, found.index - (CJK.test(found[0]) ? CJK_REACH : REACH));
    let clause = found.index;
    while (clause > reach && !SENTENCE_END.test(text[clause - 1]!) && !CLAUSE_MARK.test(text[clause - 1]!)) clause--;
    // A joining word starts the clause when what follows it names no way of working ("fully remote and [visa sponsorship
    // is not available]"); "Remote and hybrid work is not possible" rules out both.
    const joined = [...text.slice(clause, found.index).matchAll(JOINER)].at(-1);
    if (joined && weight(text.slice(clause + joined.index + joined[0].length, found.index)) === 0) clause += joined.index + joined[0].length;
    add(clause, end);
  }
  for (const found of text.matchAll(BEFORE)) {
    const start = found.index + found[0].length;
    const next = NEXT_WORDS.exec(text.slice(start, start + 60));
    if (next) add(found.index, start + next[0].length);
  }
  if (!spans.length) return text;
  let read = '';
  let at = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    read += text.slice(at, Math.max(at, start)) + ' '.repeat(end - Math.max(at, start));
    at = end;
  }
  return read + text.slice(at);
}
