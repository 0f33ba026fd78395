/**
 * Email addresses in a text: plain ones, obfuscated ones ("jobs [at] acme
 * [dot] com", "empleo arroba acme punto org", "jobs at acme dot com");
 * HTML references ("jobs&#64;acme.com") are decoded before (entities.ts). The address pattern is
 * bounded and needs a real top-level domain, so "logo@2x.png" is not an
 * email. The spelled-out "@" and "." come from tables/apply.ts.
 */
import { hasApplyWords } from './match/apply-words.js';
import { jobsMailboxes, obfuscatedAt, obfuscatedDot, sharedMailboxes } from './tables/apply.js';
import { escapeRegExp } from './text.js';

const EMAIL = /(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}[A-Za-z]{2,18})(?![A-Za-z0-9-])/g;
// The same pattern, tried at one place (lastIndex) only.
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
// The same without its lookbehind, for an address right after Markdown's emphasis mark ("_jobs@acme.vn_").
const EMAIL_AFTER_EMPHASIS = new RegExp(EMAIL.source.slice(EMAIL.source.indexOf(')') + 1), 'y');
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|css|js|mjs|ts|json|map|woff2?|ttf|eot|mp4|webm|pdf|zip)$/i;

const words = (list: string[]) => list.map(escapeRegExp).join('|');
const bracketed = (list: string[]) => String.raw`\s{0,3}[\[({<]\s{0,2}(?:${words(list)})\s{0,2}[\])}>]\s{0,3}`;
const bare = (list: string[]) => String.raw`\s{1,3}(?:${words(list)})\s{1,3}`;
const LOCAL = '[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}';
const LABEL = '[A-Za-z0-9-]{1,63}';
const AT = `(?:${bracketed(obfuscatedAt.bracketed)}|${bare(obfuscatedAt.bare)})`;
const SPELLED_DOT = `(?:${bracketed(obfuscatedDot.bracketed)}|${bare(obfuscatedDot.bare)})`;
// A plain "." with spaces on both sides or none ("acme . com"); "acme. Apply" is a sentence's end.
const DOT = String.raw`(?:${SPELLED_DOT}|\.|\s{1,3}\.\s{1,3})`;
/**
 * An obfuscated address: the mailbox, then a spelled-out "@" and the host (group 2), or a bare
 * " at " and a host whose first dot is spelled out (group 3).
 */
// "mike dot smith at acme dot com": a mailbox may spell out its dots too.
const OBFUSCATED = new RegExp(
  String.raw`(?<![\w.])(${LOCAL}(?:${SPELLED_DOT}${LOCAL}){0,2})(?:${AT}(${LABEL}(?:${DOT}${LABEL}){1,5})|\s{1,3}at\s{1,3}(${LABEL}${SPELLED_DOT}${LABEL}(?:${DOT}${LABEL}){0,4}))(?![A-Za-z0-9-])`,
  'giu',
);
const HOST_SEPARATOR = new RegExp(DOT, 'giu');
// "careers AT acme.com": a capital "AT" between a mailbox and a host with its dots (capitals only: "jobs at acme.com" may be prose).
const CAPITAL_AT = new RegExp(String.raw`(?<![\w.])(${LOCAL})\s{1,3}AT\s{1,3}(${LABEL}(?:\.${LABEL}){1,5})(?![A-Za-z0-9-])`, 'gu');

/**
 * "Mike at Booking.com", "Anna AT Amazon.de": a person at a company named with its domain (a host in a name's mixed
 * case), not an address spelled with " at ". A mailbox word before it ("Jobs AT Globex.com", "Info AT Acme.de") makes
 * it an address, and so does a line that asks to write or apply, unless a capitalised name stands before " at ".
 */
export function personAtCompany(mailbox: string, host: string, line: string): boolean {
  if (!/\p{Lu}/u.test(host) || !/\p{Ll}/u.test(host) || MAILBOX_WORDS.has(mailbox.toLowerCase())) return false;
  return /^\p{Lu}/u.test(mailbox) || !hasApplyWords(line);
}
const MAILBOX_WORDS = new Set([...jobsMailboxes, ...sharedMailboxes]);

/** Lower-case keywords, one of which every OBFUSCATED match with a spelled-out "@" holds (for line prefilters). */
export const OBFUSCATED_AT_KEYWORDS = [
  ...obfuscatedAt.bracketed.flatMap((word) => ['[', '(', '{', '<'].flatMap((open) => [`${open}${word}`, `${open} ${word}`])),
  ...obfuscatedAt.bare.map((word) => ` ${word} `),
];
/** Lower-case keywords, one of which every OBFUSCATED match with a bare " at " holds besides " at ". */
export const SPELLED_DOT_KEYWORDS = [
  ...obfuscatedDot.bracketed.flatMap((word) => ['[', '(', '{', '<'].flatMap((open) => [`${open}${word}`, `${open} ${word}`])),
  ...obfuscatedDot.bare.map((word) => ` ${word} `),
];

// "recruit★acme.co.jp（★を@に変えてください）": a Japanese page names the character that stands for "@" ("replace ★ with @").
const STANDS_FOR_AT = /(\S)\s?を\s?[@＠]\s?に/u;

/**
 * A line with its "@" written as Japanese and Chinese pages hide it from harvesters: the full-width "＠", or
 * another character that the line says to replace with "@".
 */
export function withPlainAt(text: string): string {
  let out = text.includes('＠') ? text.replace(/＠/g, '@') : text;
  const stand = out.includes('を') ? STANDS_FOR_AT.exec(out) : null;
  if (stand && !/[\p{L}\p{N}\s@]/u.test(stand[1]!)) {
    const mark = stand[1]!;
    const instruction = stand.index;
    out = out.slice(0, instruction).split(mark).join('@') + out.slice(instruction);
  }
  return out;
}

const SENTENCE_RUN_ON = /(?<=\.[A-Za-z0-9-]{2,18})\.[A-Z][a-z]+$/;

/** Real email addresses in a text; file names such as "logo@2x.png" are not. */
export function emailsIn(text: string): string[] {
  const out: string[] = [];
  // EMAIL's matches, left to right, found from each "@": a match can only start where the run of
  // local-part characters before it starts (the pattern's lookbehind rules out any later start), so
  // the pattern is tried there alone instead of at every letter of the text.
  let end = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalPartCharacter(text.charCodeAt(start - 1))) start--;
    // "_jobs@acme.vn_": Markdown's emphasis around the address, not part of its mailbox.
    let emphasis = false;
    if (text.charCodeAt(start) === 95 && (start === 0 || !/\w/.test(text[start - 1]!))) {
      while (text.charCodeAt(start) === 95) start++;
      emphasis = true;
    }
    if (start < end) continue;
    const pattern = emphasis ? EMAIL_AFTER_EMPHASIS : EMAIL_AT;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) continue;
    end = pattern.lastIndex;
    const [, local, written] = match as unknown as [string, string, string];
    // "job@in-touch.co.il.If any of your work…": a sentence run on without its space; a top-level domain is
    // written in lower case or capitals, never as a capitalised word.
    const runOn = SENTENCE_RUN_ON.exec(written);
    const host = runOn ? written.slice(0, runOn.index) : written;
    if (FILE_EXTENSION.test(host) || /^\d+x$/i.test(host.split('.')[0]!) || /\.\d+$/.test(host)) continue;
    out.push(`${local}@${host}`);
  }
  return out;
}

/** [A-Za-z0-9._%+-]: the characters of EMAIL's local part and of its lookbehind. */
function isLocalPartCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** "jobs [at] acme [dot] com", "empleo arroba acme punto org" and friends, read back: the address and the words read. */
export function obfuscatedEmailsIn(text: string): Array<{ email: string; text: string }> {
  const out: Array<{ email: string; text: string }> = [];
  OBFUSCATED.lastIndex = 0;
  for (const match of text.matchAll(OBFUSCATED)) {
    const host = (match[2] ?? match[3]!).replace(HOST_SEPARATOR, '.');
    const mailbox = match[1]!.replace(HOST_SEPARATOR, '.');
    if (/\.[a-z]{2,18}$/i.test(host) && !FILE_EXTENSION.test(host)) out.push({ email: `${mailbox}@${host}`.toLowerCase(), text: match[0] });
  }
  if (text.includes(' AT ')) {
    for (const match of text.matchAll(CAPITAL_AT)) {
      if (/\.[a-z]{2,18}$/i.test(match[2]!) && !FILE_EXTENSION.test(match[2]!) && !personAtCompany(match[1]!, match[2]!, text)) out.push({ email: `${match[1]}@${match[2]}`.toLowerCase(), text: match[0] });
    }
  }
  return out;
}

/** "giardiniere @ potasiepe.com", "info @ therapion.com": an address written with a space on each side of its "@". */
const SPACED_EMAIL = /(?<![\w.%+-])([\w.+-]{1,64}) @ ([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12})\b/gi;

/** Addresses written "name @ host" (company-domain.ts reads their host, apply.ts the address), in lower case. */
export function spacedEmailsIn(text: string): Array<{ email: string; mailbox: string; host: string; text: string }> {
  if (!text.includes(' @ ')) return [];
  return [...text.matchAll(SPACED_EMAIL)].filter((match) => !FILE_EXTENSION.test(match[2]!))
    .map((match) => ({ email: `${match[1]}@${match[2]}`.toLowerCase(), mailbox: match[1]!, host: match[2]!, text: match[0] }));
}

/** "jobs [at] acme [dot] com" and friends, read back as addresses. */
export function deobfuscateEmails(text: string): string[] {
  return obfuscatedEmailsIn(text).map((found) => found.email);
}
