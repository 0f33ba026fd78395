/** json: one JSON document on stdout, `{summary, problems}`, for jq and other programs. */
import type { Io } from '../io.js';
import { countProblems, type FileResult } from './index.js';

export function reportJson(results: FileResult[], io: Io): void {
  const problems = results.flatMap((result) => result.problems);
  io.stdout.write(JSON.stringify({ summary: countProblems(results), problems }, null, 2) + '\n');
}
