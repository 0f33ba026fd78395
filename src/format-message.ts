/** One message as one line: `file:line:col severity rule-id reason`, the form compilers and CI read. */
import type { Message } from './document.js';
import { safeForTerminal } from './terminal.js';

export function formatMessageLine(file: string, message: Message): string {
  const where = [file, message.line, message.line !== undefined ? message.column : undefined].filter((part) => part !== undefined).join(':');
  return safeForTerminal(`${where} ${message.severity} ${message.ruleId} ${message.reason}`);
}
