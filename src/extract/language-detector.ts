/**
 * The maintained language detector: franc (trigram profiles of 187
 * languages, by the unified authors), loaded on first use, since its tables
 * cost start-up that a command which detects no language should not pay.
 * franc is an ES module and the pipeline is synchronous, so it is loaded with
 * require(), which Node reads ES modules with from 20.19 (and 22.12); where
 * that fails, null, and language.ts falls back to its stop-word counts.
 * Its tables are read by match/trigrams.ts, which gives francAll's answers
 * with one lookup per trigram of the text instead of one per language.
 */
import { closeLanguageGroups, closeRelatives, francCodes } from './tables/languages.js';
import { lazily } from './text.js';
import { trigramDetector } from './match/trigrams.js';
import { TIE_BAND, type Candidate } from './language-tie.js';

/** Fewer characters than this say too little: "und". */
export const MIN_LENGTH = 40;
/**
 * franc reads about this much of the text: its cost grows with the sample (and with the languages it
 * compares), and a thousand characters of prose say a language as well as two thousand.
 */
export const SAMPLE_LENGTH = 1000;
/** franc compares the sample with the languages of the tables and their close relatives only. */
const CANDIDATES = [...Object.keys(francCodes), ...closeRelatives];
// franc's francAll with these options, one lookup per trigram (match/trigrams.ts), built on first use.
const franc = lazily(() => trigramDetector({ minLength: MIN_LENGTH, only: CANDIDATES }));

/**
 * The language franc reads in a text, as a BCP 47 code, with franc's ISO 639-3 answer; "und" when the
 * text is too short or franc's answer is no language of tables/languages.ts (a close relative, such as
 * Scots for a short English text), how far ahead of the runner-up it is, and the languages scored within
 * TIE_BAND of it (best first, one entry per code). Null when franc cannot be loaded here.
 */
export function francLanguage(text: string): { code: string; answer: string; margin: number; candidates: Candidate[] } | null {
  const detector = franc();
  if (!detector) return null;
  const ranked = detector(proseSample(text));
  const best = ranked[0];
  const answer = best?.[0] ?? 'und';
  const code = francCodes[answer] ?? 'und';
  // franc's scores are relative to the best (1): how far the first language outside the answer's close group is
  // behind says how sure the answer is (Norwegian and Danish sit within a hair on any Norwegian text).
  const group = closeLanguageGroups.find((languages) => languages.includes(code)) ?? [code];
  const rival = ranked.find(([other]) => !group.includes(francCodes[other] ?? other));
  const candidates: Candidate[] = [];
  for (const [other, score] of ranked) {
    if (best && score < best[1] - TIE_BAND) break;
    const candidate = francCodes[other] ?? 'und';
    if (!candidates.some((known) => known.code === candidate)) candidates.push({ code: candidate, score });
  }
  return { code, answer, margin: best && rival ? best[1] - rival[1] : 1, candidates };
}

/**
 * About SAMPLE_LENGTH characters of the text's prose: its longest lines, in their order. Pages put
 * chrome first (a job board's menus, a pasted site's UI, a template's code header), in a language
 * other than the posting's; a paragraph is a long line.
 */
export function proseSample(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text;
  const lines = text.split('\n');
  const longestFirst = lines.map((line, index) => index).sort((a, b) => lines[b]!.length - lines[a]!.length || a - b);
  const chosen: number[] = [];
  let length = 0;
  for (const index of longestFirst) {
    if (length >= SAMPLE_LENGTH) break;
    chosen.push(index);
    length += lines[index]!.length + 1;
  }
  return chosen.sort((a, b) => a - b).map((index) => lines[index]).join('\n');
}
