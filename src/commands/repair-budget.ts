/**
 * The time budget of `postings repair`: the repair is linear in its input, and
 * this is the backstop (budget-backstop.ts) that stops one that is not, as the
 * fast path of normalize and validate is stopped.
 */
import { STOPPED, withinSeconds } from '../budget-backstop.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../budget.js';
import { repairDecoded, repairText, type RepairResult } from '../repair/index.js';

/** repairText (repairDecoded, given the bytes the text lines up with) stopped after `seconds` of its own time (budget-own-time.ts): undefined when it was. */
export function repairWithin(text: string, seconds = DEFAULT_TIMEOUT_SECONDS, bytes: Uint8Array | null = null): RepairResult | undefined {
  const result = withinSeconds(seconds, () => (bytes ? repairDecoded(text, bytes) : repairText(text)));
  return result === STOPPED ? undefined : result;
}

/** The arguments of the `file-too-complex` message for a stopped repair. */
export function stoppedArgs(seconds = DEFAULT_TIMEOUT_SECONDS): Record<string, string> {
  return { budget: 'time', limit: `${seconds} s`, option: '--timeout' };
}
