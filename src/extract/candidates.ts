/**
 * Fields are chosen from candidates. Each field family proposes values, each
 * with where it was read (its source), the rule that read it, the words read
 * and a confidence. One small chooser takes the best:
 * - the highest confidence wins; on a tie, the first proposed;
 * - candidates naming the same value (by the family's own `same`) add up as
 *   independent evidence: 1 - (1 - a)(1 - b), kept below 0.99;
 * - a runner-up with another value within CLOSE of the winner is a conflict,
 *   and becomes a `field-conflict` warning rather than a silent choice.
 * The winner becomes the field's evidence.
 */
import type { Evidence } from '../schema/posting.js';
import { warn, type ExtractContext } from './context.js';
import { structuredConflict } from './structured-conflict.js';

/** Where a candidate was read, from the most to the least direct. */
export type CandidateSource =
  | 'structured' | 'frontmatter' | 'heading' | 'role-phrase' | 'header-line' | 'byline' | 'body' | 'link' | 'email-domain' | 'file-name';

export interface Candidate<T> {
  value: T;
  source: CandidateSource;
  rule: string;
  line: number;
  text: string;
  confidence: number;
}

export interface Choice<T> {
  best: Candidate<T>;
  /** Other values within CLOSE of the best: the posting states the field in conflicting ways. */
  rivals: Array<Candidate<T>>;
}

/** A runner-up this close to the winner is reported as a conflict. */
export const CLOSE = 0.05;
const MAX_CONFIDENCE = 0.99;

/** A value's standing: its strongest candidate and the confidence of all its candidates together. */
export interface Standing<T> { strongest: Candidate<T>; confidence: number }
/** Whether a runner-up is a conflict: by default, when it is within CLOSE of the winner. */
export type IsRival<T> = (best: Standing<T>, other: Standing<T>) => boolean;
const withinClose: IsRival<unknown> = (best, other) => best.confidence - other.confidence <= CLOSE;

/** The best candidate, with agreeing candidates combined and close rivals listed; undefined when there is none. */
export function choose<T>(candidates: ReadonlyArray<Candidate<T>>, same: (a: T, b: T) => boolean = Object.is, isRival: IsRival<T> = withinClose): Choice<T> | undefined {
  const groups: Array<{ first: Candidate<T>; strongest: Candidate<T>; confidence: number; order: number }> = [];
  candidates.forEach((candidate, order) => {
    const group = groups.find((g) => same(g.first.value, candidate.value));
    if (!group) {
      groups.push({ first: candidate, strongest: candidate, confidence: candidate.confidence, order });
      return;
    }
    group.confidence = Math.min(MAX_CONFIDENCE, 1 - (1 - group.confidence) * (1 - candidate.confidence));
    if (candidate.confidence > group.strongest.confidence) group.strongest = candidate;
  });
  if (!groups.length) return undefined;
  groups.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
  const [top, ...rest] = groups as [typeof groups[number], ...typeof groups];
  const best = { ...top.strongest, confidence: round(top.confidence) };
  const rivals = rest
    .filter((g) => isRival(top, g))
    .map((g) => ({ ...g.strongest, confidence: round(g.confidence) }));
  return { best, rivals };
}

/** A candidate as the field's evidence. */
export function evidenceOf(candidate: Candidate<unknown>): Evidence {
  return { line: candidate.line, rule: candidate.rule, text: candidate.text.trim().slice(0, 300), confidence: candidate.confidence };
}

/** How a family settles its field, where it differs from the default. */
export interface SettleOptions<T> {
  same?: (a: T, b: T) => boolean;
  isRival?: IsRival<T>;
  /** Report the rivals in the family's own words (default: one `field-conflict` warning). */
  conflict?: (ctx: ExtractContext, choice: Choice<T>) => void;
}

/**
 * Choose a field's value: the winner's evidence is recorded under `field`, and
 * close rivals become one `field-conflict` warning. Returns the winner.
 */
export function settle<T>(ctx: ExtractContext, field: string, candidates: ReadonlyArray<Candidate<T>>, options?: ((a: T, b: T) => boolean) | SettleOptions<T>): Candidate<T> | undefined {
  const { same, isRival, conflict } = typeof options === 'function' ? { same: options } as SettleOptions<T> : options ?? {};
  const choice = choose(candidates, same, isRival);
  if (!choice) return undefined;
  const named = structuredConflict(ctx, field, candidates);
  ctx.evidence[field] = evidenceOf(choice.best);
  // A disagreement structuredConflict has named already is not said twice.
  const isNamed = (c: Candidate<T>) => named?.some((n) => n.rule === c.rule && n.line === c.line && n.value === c.value);
  if (isNamed(choice.best)) choice.rivals = choice.rivals.filter((rival) => !isNamed(rival));
  if (choice.rivals.length && conflict) conflict(ctx, choice);
  else if (choice.rivals.length) {
    const values = [choice.best, ...choice.rivals].map((c) => `"${String(c.value)}" (${c.rule}, line ${c.line})`).join(' vs ');
    warn(ctx, 'field-conflict', { field, values }, choice.rivals[0]!.line || undefined);
  }
  return choice.best;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
