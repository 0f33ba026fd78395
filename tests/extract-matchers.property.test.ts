/**
 * Every hand-written fast matcher of src/extract/match/ (and experience's
 * hand rules) against the plain pattern or reading it stands for: the same
 * answers on generated text, built from each matcher's own vocabulary with
 * case changes, CJK, accents and the characters whose lower case and case
 * folding differ (İ, ſ), and on the corpus lines (skipped, with the
 * reason, when ../shared is absent).
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { corpusLines, textsOf } from './matcher-texts.js';
import { describe, expect, it } from 'vitest';
import { phraseAnywhere, phraseAnywhereSource, phraseFinder, phrasePattern } from '../src/extract/match/phrases.js';
import { policyWeights, policyWeightsByClass } from '../src/extract/match/policy.js';
import { applyWordsPattern, hasApplyWords } from '../src/extract/match/apply-words.js';
import { AFTER_CURRENCY, currencyAfter, PERIOD_AFTER, periodAfterFigure } from '../src/extract/match/money.js';
import { candidatesBySplitting, scanText } from '../src/extract/match/skills.js';
import { keywordBitsOf, keywordIndex, keywordsInPlain } from '../src/extract/match/keywords.js';
import { placeCandidates, placeCandidatesPlain } from '../src/extract/match/places.js';
import { experienceRuleMatches } from '../src/extract/experience-rules.js';
import { CJK_ROLE_WORDS, cjkRolePhraseTitle, cjkRolePhraseTitleFast, ROLE_LEAD_WORDS, rolePhraseTitle } from '../src/extract/title.js';
import { cjkHiringAfter, cjkHiringBefore, roleBeforeVerbs, rolePhrases } from '../src/extract/tables/titles.js';
import { LEGAL_FORM_WORDS, legalFormNamesIn, legalFormNamesInPlain } from '../src/extract/company-sources.js';
import {
  asWords, atWords, cjkLegalForms, companyNounsBeforeName, companyOursAfter, companyVerbs, foundedWords, hiringPhrases, hiringToWords, jaCompanySuffixes, joinWords, legalFormsAfter, legalFormsBefore, ourCompanyNouns, ourWords,
  positionAtWords, positionNouns, roleAtWords, v2AtWords, v2WeWords, weAreWords, weWords,
} from '../src/extract/tables/companies.js';
import { teamLeadWords } from '../src/extract/tables/company-evidence.js';
import { BODY_RULES } from '../src/extract/company-rules.js';
import { bodyRuleGate, gatedBodyRuleMatches } from '../src/extract/company.js';
import { mayHoldObfuscatedAddress, mayHoldObfuscatedAddressPlain } from '../src/extract/company-domain.js';
import { OBFUSCATED_AT_KEYWORDS, SPELLED_DOT_KEYWORDS } from '../src/extract/apply-address.js';
import { extractorKeywordGroups } from '../src/extract/index.js';
import { filterForm } from '../src/extract/text.js';
import { applyWords } from '../src/extract/tables/apply.js';
import { currencies } from '../src/extract/tables/currencies.js';
import { employmentWordsCjk } from '../src/extract/tables/employment.js';
import { periodWords } from '../src/extract/tables/periods.js';
import { remoteCompanyWords, remotePhrases, teamPlacePhrases } from '../src/extract/tables/remote.js';
import { places } from '../src/extract/tables/places.js';
import { sectionPhrases } from '../src/extract/tables/sections.js';
import { skillAliases } from '../src/extract/tables/skills.js';
import { numberWords } from '../src/extract/tables/words.js';
import { CORPUS } from './helpers.js';
import { deepOr, propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(100);
/** The corpus lines a matcher finds nothing on are compared one in CORPUS_STRIDE (every one under `npm run test:deep`). */
const CORPUS_STRIDE = deepOr(4, 1);
/** Whether a matcher's answer is a find: not null, false, 0, an empty list or weights of nothing. */
const isFind = (answer: unknown): boolean => {
  if (answer === null || answer === undefined || answer === false || answer === 0 || answer === '') return false;
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object') return Object.values(answer as object).some(isFind);
  return true;
};
const NOISE = [' ', '  ', '', 'x', 'é', 'の', '（', '-', '.', ',', '+', '/', '100%', '5', '12', 'İ', 'ſ', 'ß', 'Σ', '\u00A0', '\n', '年', 'работа', '😀'];

const corpusReason = existsSync(CORPUS) ? '' : `${CORPUS} is absent`;
if (corpusReason) process.stderr.write(`skipped the corpus half of the matcher tests: ${corpusReason}\n`);

/** A matcher pair: the fast answer and the plain one for a text. */
interface Pair { name: string; vocabulary: readonly string[]; fast: (text: string) => unknown; plain: (text: string) => unknown }

const firstMatch = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  return match ? { index: match.index, end: match.index + match[0].length } : null;
};
const finderPair = (name: string, phrases: string[]): Pair => {
  const finder = phraseFinder(phrases);
  const pattern = phrasePattern(phrases, 'giu');
  return { name, vocabulary: phrases, fast: (text) => finder.find(text), plain: (text) => firstMatch(pattern, text) };
};
const cjkWords = employmentWordsCjk.map(([word]) => word);
const anywhere = phraseAnywhere(cjkWords);
const anywherePattern = new RegExp(phraseAnywhereSource(cjkWords), 'giu');
const policyPhrases = Object.values(remotePhrases).flat().map(([phrase]) => phrase);
const weightsOf = (text: string, fast: boolean) => {
  const weights = { remote: 0, hybrid: 0, onsite: 0 };
  if (fast) policyWeights(text, filterForm(text), weights);
  else policyWeightsByClass(text, null, weights);
  return weights;
};
const moneyTokens = [...currencies.flatMap((c) => [c.code, ...c.symbols, ...c.words]), ...Object.values(periodWords).flat(), 'brutto', 'per', '/', '(', ')'];
const keywords = keywordIndex(extractorKeywordGroups);
const keywordBits = keywordBitsOf(extractorKeywordGroups).bits;
/**
 * The plain reading's groups, each once: extractors share groups (55 places, 35 groups), a group's bit is the same
 * wherever it stands, and the answer ORs the bits, so reading a shared group again changes nothing but the cost (it was
 * half of this pair's CPU on the corpus lines).
 */
const distinctKeywordGroups = [...new Set(extractorKeywordGroups)];
const applyWordsPlain = applyWordsPattern();
const keywordVocabulary = extractorKeywordGroups.flatMap((group) => (group ? [...group.keywords] : []));
const skillsScanned = (text: string) => {
  const found = scanText(text, 0, text.length);
  return found === null ? null : [...found];
};
const experienceVocabulary = [...Object.keys(numberWords), 'years', 'year', 'Jahre', 'ans', 'años', 'at least', 'mindestens', 'experience', 'of', '+', '-', 'to', 'or more', '3', '10'];

/** company.ts's gate (each line's and each front matter description's keyword bits, then each rule's own words) against every rule tried. */
const bodyRuleGateOfIndex = bodyRuleGate({ keywords });
const bodyRuleMatches = (text: string, prefiltered: boolean) => {
  if (prefiltered) return gatedBodyRuleMatches(text, keywords.scan(text), bodyRuleGateOfIndex).map(([rule, match]) => [rule.rule, match[1]]);
  return BODY_RULES.flatMap((rule) => {
    const match = rule.pattern.exec(text);
    return match ? [[rule.rule, match[1]]] : [];
  });
};
const flatWords = (table: Record<string, string[]>) => Object.values(table).flat();
const bodyRuleVocabulary = [
  ...flatWords(atWords), ...flatWords(weWords), ...flatWords(companyVerbs), ...companyNounsBeforeName, ...joinWords, ...flatWords(positionNouns), ...positionAtWords,
  ...flatWords(hiringPhrases), ...hiringToWords, ...asWords, ...roleAtWords, ' Senior Engineer', ' Acme', ' Nordlicht GmbH', ' «Вектор»', ' "Kodex"', '. ', ', ', ' is hiring', ' a ', ' the ', 'We are ',
  // The words that tell apart the rules of one group (match/rule-words.ts).
  ...flatWords(ourWords), ...flatWords(ourCompanyNouns), ...companyOursAfter, ...flatWords(foundedWords), 'Founded in 2015, ', ...flatWords(v2AtWords), ...flatWords(v2WeWords), ...flatWords(weAreWords),
  ...teamLeadWords, ' team', '-Team', ...jaCompanySuffixes, 'アクメ', ' ACME',
];

const pairs: Pair[] = [
  finderPair('phraseFinder: team places', teamPlacePhrases),
  finderPair('phraseFinder: company words', remoteCompanyWords),
  finderPair('phraseFinder: section headings', sectionPhrases.flatMap(([, phrases]) => phrases)),
  { name: 'phraseAnywhere: CJK employment words', vocabulary: cjkWords, fast: (text) => anywhere.find(text), plain: (text) => firstMatch(anywherePattern, text) },
  { name: 'policyWeights: remote phrases', vocabulary: policyPhrases, fast: (text) => weightsOf(text, true), plain: (text) => weightsOf(text, false) },
  { name: 'hasApplyWords: apply words', vocabulary: Object.values(applyWords).flat().map((word) => word.replace(/\*$/, '')), fast: hasApplyWords, plain: (text) => applyWordsPlain.test(text) },
  { name: 'currencyAfter: money tokens', vocabulary: moneyTokens, fast: (text) => currencyAfter(text, 0), plain: (text) => AFTER_CURRENCY().exec(text)?.[0] ?? null },
  { name: 'periodAfterFigure: money tokens', vocabulary: moneyTokens, fast: periodAfterFigure, plain: (text) => { const m = PERIOD_AFTER().exec(text); return m ? [m[0], m[1]] : null; } },
  { name: 'skills scan: aliases', vocabulary: skillAliases.map((skill) => skill.alias), fast: skillsScanned, plain: (text) => (skillsScanned(text) === null ? null : candidatesBySplitting(text, text.toLowerCase())) },
  { name: 'keyword index: every extractor group', vocabulary: keywordVocabulary, fast: (text) => keywords.scan(text), plain: (text) => keywordsInPlain(distinctKeywordGroups, text, keywordBits) },
  { name: 'gazetteer scan: place names', vocabulary: places.map((place) => place.name), fast: placeCandidates, plain: placeCandidatesPlain },
  { name: 'title: CJK role phrases behind a hiring-word prefilter', vocabulary: [...cjkHiringAfter, ...cjkHiringBefore, ...Object.values(roleBeforeVerbs).flat(), 'ARIYORUZ', 'Arıyoruz', 'bir', 'iOS geliştirici', '“', '”', 'バックエンドエンジニア', '高级后端工程师', 'Senior Engineer', 'を', '中'], fast: cjkRolePhraseTitleFast, plain: cjkRolePhraseTitle },
  { name: 'company: legal-form names behind the keyword scan', vocabulary: [...legalFormsAfter.map((form) => ` ${form}`), ...legalFormsBefore, ...cjkLegalForms, 'Acme', ' Nordlicht', ' «Ромашка»', ', ', '北京星辰科技', 'サンプル', ' Because', 'The '], fast: (text) => ((keywords.scan(text) & keywords.bit(LEGAL_FORM_WORDS)) !== 0 ? legalFormNamesIn(text) : []), plain: legalFormNamesInPlain },
  { name: 'title: role phrases behind the keyword scan', vocabulary: [...Object.values(rolePhrases).flat(), ...cjkHiringAfter, ...cjkHiringBefore, ...Object.values(roleBeforeVerbs).flat(), ' a ', ' Senior Engineer', ' to join', 'バックエンドエンジニア', '高级后端工程师', 'bir ', ':', 'We'],
    fast: (text) => {
      const found = keywords.scan(text);
      const [roleBit, cjkBit] = [keywords.bit(ROLE_LEAD_WORDS), keywords.bit(CJK_ROLE_WORDS)];
      return ((found & roleBit) !== 0 || roleBit === 0 ? rolePhraseTitle(text) : undefined) ?? ((found & cjkBit) !== 0 || cjkBit === 0 ? cjkRolePhraseTitleFast(text) : undefined) ?? null;
    },
    plain: (text) => rolePhraseTitle(text) ?? cjkRolePhraseTitle(text) ?? null },
  { name: 'company: body rules behind the keyword scan', vocabulary: bodyRuleVocabulary, fast: (text) => bodyRuleMatches(text, true), plain: (text) => bodyRuleMatches(text, false) },
  { name: 'company: obfuscated-address keywords as one scan', vocabulary: [...OBFUSCATED_AT_KEYWORDS, ...SPELLED_DOT_KEYWORDS, ' at ', 'jobs', 'acme', 'com'], fast: mayHoldObfuscatedAddress, plain: mayHoldObfuscatedAddressPlain },
  { name: 'experience hand rules', vocabulary: experienceVocabulary, fast: (text) => experienceRuleMatches(text, true), plain: (text) => experienceRuleMatches(text, false) },
];

describe('fast matchers equal their plain patterns', () => {
  describe.each(pairs)('$name', (pair) => {
    it('on generated text', () => {
      fc.assert(fc.property(textsOf(pair.vocabulary, NOISE, { random: true, maxLength: 12 }), (text) => {
        expect(pair.fast(text)).toEqual(pair.plain(text));
      }), { numRuns: RUNS });
    });
  });

  const lines = corpusReason ? [] : corpusLines();
  // Every line where the fast matcher finds something (a wrong find, or a right one with a wrong answer, shows there),
  // and every CORPUS_STRIDE-th line of the rest (a find it misses); every line under `npm run test:deep`.
  it.skipIf(corpusReason !== '').each(pairs)('$name, on the corpus lines where it finds something and a sample of the rest', (pair) => {
    expect(lines.length).toBeGreaterThan(1000);
    let compared = 0;
    for (const [index, line] of lines.entries()) {
      const fast = pair.fast(line);
      if (index % CORPUS_STRIDE !== 0 && !isFind(fast)) continue;
      compared++;
      const plain = pair.plain(line);
      // One expect per difference, not per line: thousands of lines.
      if (JSON.stringify(fast) !== JSON.stringify(plain)) expect(fast, `${pair.name}: ${line.slice(0, 80)}`).toEqual(plain);
    }
    expect(compared).toBeGreaterThanOrEqual(lines.length / CORPUS_STRIDE);
  }, 120_000);
});
