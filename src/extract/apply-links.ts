/**
 * What a link is, for the apply field (apply.ts): a link to an applicant tracker or a form host, a posting's own page on a
 * job board, a link whose text says "apply" or names the title. Hosts and link texts are in tables/apply.ts.
 */
import { applyHosts, applyLinkTexts, jobBoardHosts } from './tables/apply.js';
import { escapeRegExp } from './text.js';
import { boundedAlternation } from './match/bounded.js';

const APPLY_HOST = new RegExp(`^https?://(?:[^/?#\\s]*\\.)?(?:${applyHosts.map(escapeRegExp).join('|')})(?::\\d+)?(?:[/?#]|$)|^https?://[^/?#\\s]+\\.jobs(?::\\d+)?(?:[/?#]|$)`, 'i');
/** Is the URL on an applicant tracker or a form host (tables/apply.ts), or under the .jobs domain? */
export const onApplyHost = (url: string): boolean => APPLY_HOST.test(url);
const BOARD_HOST = new RegExp(`^https?://(?:[^/?#\\s]*\\.)?(?:${jobBoardHosts.map(escapeRegExp).join('|')})(?::\\d+)?[/?#]`, 'i');
// A posting's page on a board: a job path word ("/jobs/", "/vacancy/", "/job_positions/", pl "/praca/", "/oferta/") or a path part that is a posting number ("/rpd/1234567/").
const BOARD_POSTING_PATH = /^https?:\/\/[^/?#\s]+(?=[/?#]).*?(?:\/(?:jobs?|job_positions?|job_detail|jobdetail|viewjob|positions?|vacanc(?:y|ies)|vacatures?|offers?|offres?|ofertas?|vagas?|praca|oferta|aplikuj|rabota|vakansii|companies\/[^/]+\/jobs)(?:[\/?#_,-]|$)|\/\d{5,}(?:[/?#.]|$))/i;
// An employer's profile or its list of jobs ("hh.ru/employer/1234567", "linkedin.com/company/acme/jobs/") is no posting's page.
const BOARD_EMPLOYER_PATH = /^https?:\/\/[^/?#\s]+\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:employers?|company|companies|cmp|pracodawcy|firma|firmy|organization|org)(?:[/?#]|$)(?!.*\/(?:jobs?|vacancy|view|oferta)\/[^/?#]*\d{4,})/i;
// A board's questions, tags, users or searches ("stackoverflow.com/questions/12345", "…/jobs/tag/java") are no posting's page.
// So is its index of jobs alone ("careers.stackoverflow.com/jobs", "linkedin.com/jobs/").
const BOARD_OTHER_PATH = /^https?:\/\/[^/?#\s]+\/(?:(?:[^?#\s]*\/)?(?:questions|tags?|users|search)(?:[/?#]|$)|jobs?\/?(?:[?#]|$))/i;
/** Is the URL a posting's own page on a job board (tables/apply.ts jobBoardHosts)? */
export const onBoardPosting = (url: string): boolean => BOARD_HOST.test(url) && BOARD_POSTING_PATH.test(url) && !BOARD_EMPLOYER_PATH.test(url) && !BOARD_OTHER_PATH.test(url);

// Japanese, Chinese and Korean texts go on without a word boundary ("応募する").
const APPLY_LINK_TEXT = new RegExp(`^(?:${boundedAlternation(applyLinkTexts, (text) => !/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(text), { before: '', after: '(?![\\p{L}\\p{N}])' })})`, 'iu');
/** Does a link's own short text say "apply" ("Apply now", "Jetzt bewerben", "応募する")? Emoji and arrows around it aside. */
export function saysApply(text: string): boolean {
  const core = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return core.length > 0 && core.length <= 40 && APPLY_LINK_TEXT.test(core);
}

/** Does a link's text name the title (its words without brackets: "백엔드 개발자 (python)" in "Acme - 백엔드 개발자")? */
export function namesTitle(text: string, title: string): boolean {
  const core = title.replace(/\([^()]*\)|\[[^[\]]*\]/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
  return core.length >= 6 && text.toLowerCase().includes(core);
}
