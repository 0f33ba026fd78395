/**
 * Text from a posting must not drive the user's terminal: ANSI escape
 * sequences and control characters are stripped from everything printed
 * as a message (file names included).
 */
// CSI/OSC/other escape sequences, then any remaining C0/C1 control except tab.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeForTerminal(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, (ch) => (ch === '\n' || ch === '\r' ? ' ' : ''));
}
