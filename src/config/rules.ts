/**
 * Apply the rules of a validate run to one processed document: required
 * fields, allowed values, the age of datePosted and the front-matter JSON
 * Schema. Violations are attached to the document as messages, pointing at
 * the source line the value came from where the record knows it.
 */
import { message, recordsOf, type PostingDoc } from '../document.js';
import { STOPPED, withinSeconds } from '../budget-backstop.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../budget.js';
import type { Posting } from '../schema/posting.js';
import { requirableFields, valuesAt } from './fields.js';
import type { Rules } from './load.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What one run learns from file to file, owned by the run (validate makes one per run): the file on which the
 * front-matter schema went past the time budget. A schema that did is not tried again, so a run of 500 files spends
 * the budget once, not 500 times.
 */
export interface RulesRun {
  schemaStoppedOn?: string;
}

/**
 * Check one document against the rules; `now` is injected so tests never depend on the clock. The front-matter
 * schema's check runs within the file's time budget (`timeoutSeconds`, --timeout).
 */
export function applyRules(doc: PostingDoc, rules: Rules, now: Date, timeoutSeconds = DEFAULT_TIMEOUT_SECONDS, run: RulesRun = {}): void {
  if (rules.frontMatter) checkFrontMatter(doc, rules, timeoutSeconds, run);
  for (const record of recordsOf(doc)) applyRecordRules(doc, record, rules, now);
}

/** The rules of one record (a file of several postings is checked posting by posting). */
function applyRecordRules(doc: PostingDoc, record: Posting, rules: Rules, now: Date): void {
  for (const field of rules.required) {
    // In a file of several postings, the posting is named by its title's line.
    if (!requirableFields[field]?.(record)) message(doc, 'required-field', { line: record.source.count ? record.evidence.title?.line : undefined, args: { field } });
  }
  for (const [path, allowed] of rules.allowed) {
    for (const value of valuesAt(record, path)) {
      if (allowed.includes(value as string | number | boolean)) continue;
      message(doc, 'value-not-allowed', {
        line: evidenceLine(record, path),
        args: { field: path, value: String(value), allowed: allowed.map(String).join(', ') },
      });
    }
  }
  if (rules.maxAgeDays !== undefined && record.datePosted) {
    const age = ageInDays(record.datePosted, now);
    if (age !== undefined && age > rules.maxAgeDays) {
      message(doc, 'posting-too-old', {
        line: evidenceLine(record, 'datePosted'),
        args: { date: record.datePosted, days: age, max: rules.maxAgeDays },
      });
    }
  }
}

/** Whole days from a YYYY-MM-DD date to `now` (UTC), or undefined for an impossible date. */
export function ageInDays(date: string, now: Date): number | undefined {
  const posted = Date.parse(`${date}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over into March; a date that does not exist has no age.
  if (Number.isNaN(posted) || new Date(posted).toISOString().slice(0, 10) !== date) return undefined;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.floor((today - posted) / DAY_MS);
}

function evidenceLine(record: Posting, path: string): number | undefined {
  const evidence = record.evidence[path] ?? record.evidence[path.split('.')[0]!];
  return evidence && evidence.line >= 1 ? evidence.line : undefined;
}

/**
 * Files without front matter are checked as an empty mapping, so `required` keys still apply. The config's patterns
 * are the user's: one the check at load lets through may still backtrack for ever on a value (`^((a)|a)+$` on a long title), so the check runs where V8 stops
 * it past the budget (budget-backstop.ts). Not V8's switch to its linear-time engine: it holds for the whole process
 * (the caller's regexes, the pipeline's in every thread), and on a 5 MB hostile file the pipeline's patterns then took
 * over 500 MB outside the JavaScript heap, past --max-memory's bound.
 */
function checkFrontMatter(doc: PostingDoc, rules: Rules, timeoutSeconds: number, run: RulesRun): void {
  if (doc.text === undefined || doc.messages.some((m) => m.fatal && m.ruleId.startsWith('front-matter'))) return;
  if (run.schemaStoppedOn !== undefined) {
    const reason = `not checked: the config's schema went past the time budget on ${run.schemaStoppedOn}, so it is not tried again in this run`;
    message(doc, 'front-matter-schema', { line: 1, args: { path: '(root)', reason } });
    return;
  }
  const data = doc.frontmatter ?? {};
  const result = withinSeconds(timeoutSeconds, () => rules.frontMatter!.safeParse(data));
  if (result === STOPPED) {
    run.schemaStoppedOn = doc.path;
    const reason = `not checked: the config's schema went past the time budget of ${timeoutSeconds} s (--timeout); a pattern of it may backtrack on these values`;
    message(doc, 'front-matter-schema', { line: 1, args: { path: '(root)', reason } });
    return;
  }
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const present = path.length > 0 && valueAtKeys(data, path) !== undefined;
    const where = path.length ? locateKey(doc, path[0]!) : undefined;
    message(doc, 'front-matter-schema', {
      line: where?.line ?? 1,
      column: where?.column,
      args: { path: path.join('.') || '(root)', reason: present || !path.length ? issue.message : 'required by the config, but missing' },
    });
  }
}

function valueAtKeys(data: unknown, keys: string[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The source line and column of a top-level front matter key (YAML, TOML or JSON). */
function locateKey(doc: PostingDoc, key: string): { line: number; column: number } | undefined {
  const lines = (doc.text ?? '').split(/\r\n|\n|\r/);
  const end = doc.bodyLine !== undefined ? doc.bodyLine - 1 : lines.length;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(\\s*)["']?${escaped}["']?\\s*[:=]`);
  for (let index = 0; index < end; index++) {
    const match = pattern.exec(lines[index]!);
    if (match) return { line: index + 1, column: match[1]!.length + 1 };
  }
  return undefined;
}
