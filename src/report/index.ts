/**
 * Reporters: one contract, `report(results, io)`, for every output style.
 * Results arrive sorted (file, then line, column and rule id), so every
 * reporter prints in the same deterministic order.
 */
import type { Io } from '../io.js';
import { reportGithub } from './github.js';
import { reportJson } from './json.js';
import { reportSarif } from './sarif.js';
import { reportStylish } from './stylish.js';

export type ProblemSeverity = 'error' | 'warning';

/** One problem in one file, as every reporter receives it. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  severity: ProblemSeverity;
  ruleId: string;
  message: string;
}

/** The problems of one checked file; a clean file has none. */
export interface FileResult {
  file: string;
  problems: Problem[];
}

export type Reporter = (results: FileResult[], io: Io) => void;

export const reporters = {
  stylish: reportStylish,
  json: reportJson,
  github: reportGithub,
  sarif: reportSarif,
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;
export const reporterNames = Object.keys(reporters) as ReporterName[];

/** Totals for summary lines and exit codes. */
export function countProblems(results: FileResult[]): { files: number; errors: number; warnings: number } {
  const problems = results.flatMap((result) => result.problems);
  return {
    files: results.length,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
  };
}

/** Code-point order by file, then line, column and rule id: the same on every machine. */
export function compareProblems(a: Problem, b: Problem): number {
  return compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.ruleId, b.ruleId) || compare(a.message, b.message);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
