/**
 * stylish: problems grouped by file, one `file:line:col severity rule-id
 * message` line each (editors and terminals make these clickable), then a
 * summary line. Goes to stderr; coloured only when stderr is a terminal.
 */
import { Chalk } from 'chalk';
import { useColor, type Io } from '../io.js';
import { safeForTerminal } from '../terminal.js';
import { countProblems, type FileResult, type Problem } from './index.js';

export function reportStylish(results: FileResult[], io: Io): void {
  const chalk = new Chalk({ level: useColor(io, io.stderr) ? 1 : 0 });
  const groups = results.filter((result) => result.problems.length);
  const lines: string[] = [];
  for (const group of groups) {
    for (const problem of group.problems) lines.push(problemLine(problem, chalk));
    lines.push('');
  }
  const { files, errors, warnings } = countProblems(results);
  const parts = [
    `${files} ${plural(files, 'file')} checked`,
    errors ? chalk.red(`${errors} ${plural(errors, 'error')}`) : '0 errors',
    warnings ? chalk.yellow(`${warnings} ${plural(warnings, 'warning')}`) : '0 warnings',
  ];
  lines.push(`postings: ${parts.join(', ')}`);
  io.stderr.write(lines.join('\n') + '\n');
}

function problemLine(problem: Problem, chalk: InstanceType<typeof Chalk>): string {
  const where = [problem.file, problem.line, problem.line !== undefined ? problem.column : undefined].filter((part) => part !== undefined).join(':');
  const severity = problem.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
  return `${chalk.bold(safeForTerminal(where))} ${severity} ${chalk.dim(safeForTerminal(problem.ruleId))} ${safeForTerminal(problem.message)}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
