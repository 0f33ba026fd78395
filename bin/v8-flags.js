/**
 * The V8 flags the `postings` command sets (#18), before the CLI loads; a flag given to node itself (on its
 * command line or in NODE_OPTIONS) wins. They change how fast code runs, never what it does.
 *
 * Peak memory: by default V8 lets garbage grow to several times what a run keeps alive. The old generation's
 * growth is read at each full collection: here 30% between them, not up to 4x. The young generation is sized
 * when a thread starts, so 4 MB semi-spaces (V8's default: 16) reach the worker threads only; the main thread's
 * stops growing at 8 MB instead (young-generation.js).
 *
 * Start-up and short runs: V8 optimizes a function with TurboFan once about 66 KB of its bytecode has run, and
 * compiles a regular expression to machine code on its second match. A run of one file, or of a few hundred,
 * pays for thousands of such compilations that its few documents never earn back (the extractors are many
 * functions and about 800 patterns, most run a few times a document). So a function is optimized after 8 times
 * that budget, and a pattern compiled after 10 matches (V8 still compiles it at once for a text of 1,000
 * characters or more); what runs hot in a long run is still compiled, a little later.
 */

/** V8's own --interrupt-budget on Node 20 (V8 11.3): 66 KB of bytecode run. */
const V8_INTERRUPT_BUDGET = 66 * 1024;

/** [flag, value]: what the command asks of V8, each unless node was given it. */
export const COMMAND_FLAGS = [
  ['max-semi-space-size', 4],
  ['heap-growing-percent', 30],
  ['interrupt-budget', 8 * V8_INTERRUPT_BUDGET],
  ['regexp-tier-up-ticks', 10],
];

/** Whether node was given a flag, in `given` (its exec arguments and NODE_OPTIONS, joined): part of a name is enough. */
export function isGiven(given, name) {
  return given.includes(name) || given.includes(name.replaceAll('-', '_'));
}

/**
 * The tiering flags' values were measured on Node 20's V8 only: on another Node, V8's own tiering stays, and no flag
 * that a later V8 may have renamed (it would print "unrecognized flag" on every run) is set.
 */
const TIERING_FLAGS = new Set(['interrupt-budget', 'regexp-tier-up-ticks']);
const MEASURED_NODE_MAJOR = 20;

/** The flags to set, as `--name=value`, given what node was started with and its major version. */
export function flagsToSet(given, nodeMajor = Number(process.versions.node.split('.')[0])) {
  return COMMAND_FLAGS
    .filter(([name]) => !isGiven(given, name) && (nodeMajor === MEASURED_NODE_MAJOR || !TIERING_FLAGS.has(name)))
    .map(([name, value]) => `--${name}=${value}`);
}
