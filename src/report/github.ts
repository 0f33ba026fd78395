/**
 * github: one workflow command a problem on stdout, so a GitHub Actions run
 * annotates the file and line: `::error file=F,line=L,col=C,title=RULE::message`.
 * Escaping follows the runner's rules: %, CR and LF in the message; also
 * `:` and `,` in property values.
 */
import type { Io } from '../io.js';
import { safeForTerminal } from '../terminal.js';
import type { FileResult, Problem } from './index.js';

export function reportGithub(results: FileResult[], io: Io): void {
  for (const result of results) {
    for (const problem of result.problems) io.stdout.write(githubCommand(problem) + '\n');
  }
}

/** The workflow command for one problem. */
export function githubCommand(problem: Problem): string {
  const properties: Array<[string, string | number | undefined]> = [
    ['file', problem.file],
    ['line', problem.line],
    ['col', problem.line !== undefined ? problem.column : undefined],
    ['title', problem.ruleId],
  ];
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${problem.severity} ${props}::${escapeData(problem.message)}`;
}

/** Escaped first, so CR/LF survive as %0D/%0A; then stripped of anything that could drive a terminal. */
export function escapeData(text: string): string {
  return safeForTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
