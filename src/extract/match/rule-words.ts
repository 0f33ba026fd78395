/**
 * Rules that share one keyword group of the shared index (index.ts: a mask
 * holds 32 groups, and every family files its rules there) all run on each
 * line that group passes. A second scan, of those lines alone, with one group
 * per rule, tells them apart: a rule runs only on a line holding one of its
 * own words. Its plain reading is the shared gate alone (each rule of a
 * passed group tried); tests/extract-matchers.property.test.ts holds the two
 * to the same matches.
 */
import { keywordIndex, MAX_KEYWORD_GROUPS, type KeywordGroup } from './keywords.js';

export interface RuleWords {
  /** The bits of the rules with one of their own words in the text (NO_FILTER_FORM, every bit, when it may have no filter form). */
  scan(text: string): number;
  /** Per rule (by index), its bit in scan(); 0: the rule has no own group, and runs wherever its shared group passes. */
  readonly bits: readonly number[];
}

/** A scan of each rule's own words (null: none). Past MAX_KEYWORD_GROUPS distinct groups, a rule gets no bit: more rules can never break it. */
export function ruleWords(groups: ReadonlyArray<KeywordGroup | null>): RuleWords {
  const kept: Array<KeywordGroup | null> = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const key = group && !group.followedBy ? group.keywords.join('\0') : undefined;
    if (key === undefined || (!seen.has(key) && seen.size === MAX_KEYWORD_GROUPS)) {
      kept.push(null);
      continue;
    }
    seen.add(key);
    kept.push(group);
  }
  const index = keywordIndex(kept);
  return { scan: (text) => index.scan(text), bits: kept.map((group) => index.bit(group)) };
}
