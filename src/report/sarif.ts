/**
 * sarif: a SARIF 2.1.0 log on stdout, for GitHub code scanning
 * (github/codeql-action/upload-sarif) and other viewers. One run, one
 * rule per rule id that occurs, results pointing at file, line and column.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../io.js';
import { VERSION } from '../version.js';
import type { FileResult, Problem } from './index.js';
import { ruleDescription } from './rules.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function reportSarif(results: FileResult[], io: Io): void {
  const problems = results.flatMap((result) => result.problems);
  const ruleIds = [...new Set(problems.map((problem) => problem.ruleId))].sort();
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postings',
            version: VERSION,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: ruleDescription(id) },
              defaultConfiguration: { level: problems.find((problem) => problem.ruleId === id)!.severity },
            })),
          },
        },
        results: problems.map((problem) => sarifResult(problem, ruleIds.indexOf(problem.ruleId))),
      },
    ],
  };
  io.stdout.write(JSON.stringify(log, null, 2) + '\n');
}

function sarifResult(problem: Problem, ruleIndex: number) {
  const region: Record<string, number> = {};
  if (problem.line !== undefined) {
    region.startLine = problem.line;
    if (problem.column !== undefined) region.startColumn = problem.column;
  }
  return {
    ruleId: problem.ruleId,
    ruleIndex,
    level: problem.severity,
    message: { text: problem.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(problem.file) },
          ...(problem.line !== undefined ? { region } : {}),
        },
      },
    ],
  };
}

/** A relative path becomes a relative URI reference with forward slashes; an absolute one a file: URL. */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}
