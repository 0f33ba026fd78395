/**
 * Legacy encodings: which one a file that is not UTF-8 was written in.
 *
 * Two opinions:
 * - jschardet (a maintained port of chardet 7, pure JavaScript): it knows
 *   the multi-byte encodings (Shift-JIS, EUC-JP, EUC-KR/CP949, GB18030,
 *   Big5), the Cyrillic pages (KOI8-R, CP866, Windows-1251, MacCyrillic),
 *   ISO-8859-2 and the rest, from byte statistics of real text;
 * - our own test (codepages.ts guessLegacyEncoding): each single-byte page's
 *   reading scored with the mojibake oddness measure.
 * The choice, in order (readLegacy):
 * 1. The detector's multi-byte answer, which ours cannot read, unless its
 *    reading holds more U+FFFD or control characters than ours.
 * 2. Windows-1252, when one opinion names it, its reading is Latin script,
 *    and the detector rates it within WESTERN_MARGIN of its own answer (on a
 *    line or two of French it is guessing: Windows-1250, MacCyrillic) or its
 *    answer puts letters of another script inside Latin words. (Our score
 *    finds a Western file that quotes mojibake, CafÃ©, odd on Windows-1252.)
 * 3. The detector's single-byte answer, at MIN_CONFIDENCE or more, when its
 *    reading is no less readable and no odder by our score than ours.
 * 4. Otherwise ours.
 * jschardet and iconv-lite are CommonJS and loaded on the first legacy file:
 * start-up and UTF-8 input never need them.
 */
import { createRequire } from 'node:module';
import type * as Jschardet from 'jschardet';
import { decodeLegacy, guessLegacyEncoding, languageMisfit, legacyCandidates, legacyOddness } from './codepages.js';

const require = createRequire(import.meta.url);
// Loaded on first use; require keeps it.
const jschardet = (): typeof Jschardet => require('jschardet') as typeof Jschardet;

/** Detector names spelled as `source.encoding` spells them (lower case, with the usual hyphens). */
const NAMES: Record<string, string> = {
  cp932: 'shift_jis', 'shift-jis': 'shift_jis', ibm866: 'cp866', 'utf-32-le': 'utf-32le', 'utf-32-be': 'utf-32be',
  'euc-kr': 'cp949', gb2312: 'gb18030', gbk: 'gb18030', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252',
  // Windows-1254 is ISO-8859-9 with printable characters where ISO-8859-9 has C1 controls, as Windows-1252 is to Latin-1.
  'iso-8859-9': 'windows-1254',
};

/** Below this confidence the detector's single-byte answer is a guess our own test overrules. */
const MIN_CONFIDENCE = 0.05;
/**
 * The detector's rating of Windows-1252, as a share of its own answer's, at
 * or above which Latin-script text stays Western: on short French it rates
 * 1250 0.12 and 1252 0.11 (0.92), on short Czech 1250 0.15 and 1252 at most
 * 0.10 (0.67); tests/decode-legacy-choice.test.ts holds both sides.
 */
const WESTERN_MARGIN = 0.85;
/** Legacy encodings with characters of more than one byte (and UTF-32). */
export const MULTI_BYTE_LEGACY: ReadonlySet<string> = new Set(['shift_jis', 'euc-jp', 'cp949', 'gb18030', 'big5', 'utf-32le', 'utf-32be']);

interface Opinion {
  /** The detector's answer, spelled our way. */
  name: string;
  confidence: number;
  /** Its rating of Windows-1252 (or Latin-1), 0 when it has none. */
  western: number;
}

/** The detector's answer spelled our way, or null when it names nothing we can decode. */
function detectorOpinion(bytes: Uint8Array): Opinion | null {
  const answers = jschardet().detectAll(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { minimumThreshold: 0 });
  const spelled = answers.filter((answer) => answer.encoding).map((answer) => ({ name: spelledOurWay(answer.encoding!), confidence: answer.confidence }));
  const top = spelled[0];
  if (!top || top.name === 'utf-8' || top.name.startsWith('utf-16')) return null;
  if (top.confidence < MIN_CONFIDENCE && !MULTI_BYTE_LEGACY.has(top.name)) return null;
  if (!decodable(top.name)) return null;
  const western = Math.max(0, ...spelled.filter((answer) => answer.name === 'windows-1252').map((answer) => answer.confidence));
  return { ...top, western };
}

function spelledOurWay(encoding: string): string {
  const lower = encoding.toLowerCase().replace(/^iso8859-/, 'iso-8859-');
  return NAMES[lower] ?? lower;
}

function decodable(name: string): boolean {
  try {
    decodeLegacy(new Uint8Array([0x41]), name);
    return true;
  } catch {
    return false;
  }
}

/** Characters a right reading of a text file does not hold: U+FFFD and C0/C1 controls other than tab, newlines and form feed. */
function unreadable(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x80 && c <= 0x9f)) n++;
  }
  return n;
}

/** Words (runs of letters) that mix Latin letters with letters of another script: a Latin text read on a Cyrillic or Greek page. */
function mixedScriptWords(text: string): number {
  let mixed = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (/[^\x00-\x7F]/.test(word) && /\p{Script=Latin}/u.test(word) && /[^\p{Script=Latin}\p{M}]/u.test(word)) mixed++;
  }
  return mixed;
}

/** Whether every letter of the text is a Latin one. */
function latinScript(text: string): boolean {
  return !/[^\p{Script=Latin}\P{L}]/u.test(text);
}

/** The likeliest legacy encoding of bytes that are not UTF-8, and the text read with it (the order: top of this file). */
export function readLegacy(bytes: Uint8Array): { encoding: string; text: string } {
  const ours = guessLegacyEncoding(bytes);
  const oursText = decodeLegacy(bytes, ours);
  const theirs = detectorOpinion(bytes);
  if (!theirs || theirs.name === ours) return { encoding: ours, text: oursText };
  const theirsText = decodeLegacy(bytes, theirs.name);
  if (unreadable(theirsText) > unreadable(oursText)) return { encoding: ours, text: oursText };
  if (MULTI_BYTE_LEGACY.has(theirs.name)) return { encoding: theirs.name, text: theirsText };
  // Western when one opinion is Windows-1252, its reading is Latin script, and the other opinion is no clear rival.
  const westernText = ours === 'windows-1252' ? oursText : theirs.name === 'windows-1252' ? theirsText : undefined;
  const other = ours === 'windows-1252' ? { name: theirs.name, text: theirsText } : { name: ours, text: oursText };
  const westernMisfit = westernText !== undefined && languageMisfit(westernText, 'windows-1252') && !languageMisfit(other.text, other.name);
  if (westernText !== undefined && !westernMisfit && latinScript(westernText) && (theirs.western >= WESTERN_MARGIN * theirs.confidence || mixedScriptWords(theirsText) > mixedScriptWords(oursText))) {
    return { encoding: 'windows-1252', text: westernText };
  }
  const theirsOddness = legacyOddness(bytes, theirs.name);
  const oursOddness = legacyOddness(bytes, ours);
  if (theirsOddness < oursOddness || (theirsOddness === oursOddness && legacyCandidates.includes(theirs.name))) return { encoding: theirs.name, text: theirsText };
  return { encoding: ours, text: oursText };
}

/**
 * UTF-32 without a byte order mark: every 4-byte unit a code point, with the
 * zero bytes of one side (ASCII and most scripts sit below U+10000), so the
 * high 16 bits are zero in nearly every unit.
 */
export function utf32WithoutBom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | null {
  if (bytes.length < 8 || bytes.length % 4 !== 0) return null;
  const units = Math.min(bytes.length, 16384) >> 2;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units * 4; i += 4) {
    if (bytes[i + 2] === 0 && bytes[i + 3] === 0 && (bytes[i] !== 0 || bytes[i + 1] !== 0)) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && (bytes[i + 2] !== 0 || bytes[i + 3] !== 0)) be++;
  }
  const kind = le >= units * 0.95 ? 'utf-32le' : be >= units * 0.95 ? 'utf-32be' : null;
  if (!kind) return null;
  // Text has spaces or line breaks; 32-bit numbers that happen to fit have none.
  for (let i = 0; i < units * 4; i += 4) {
    const low = kind === 'utf-32le' ? bytes[i]! | (bytes[i + 1]! << 8) : bytes[i + 3]! | (bytes[i + 2]! << 8);
    if (low === 0x20 || low === 0x0a || low === 0x0d) return kind;
  }
  return null;
}
