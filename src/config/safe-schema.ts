/**
 * A config's JSON Schema is checked before zod builds a validator from it:
 * every `$ref` must point inside the schema (no remote refs: nothing is
 * fetched) and no chain of refs may lead back to itself (zod would recurse
 * until the stack overflows). Backreferences and lookarounds are refused, and
 * so are the shapes that backtrack exponentially (pattern-safety.ts). Every
 * other pattern runs within the file's time budget (rules.ts). A reason names
 * where it was found as a JSON pointer into the schema ("#/properties/title/pattern").
 */
import { backtrackingShape, charSets, type CharSets } from './pattern-safety.js';

const MAX_DEPTH = 200;
/** Backreferences and lookarounds: their matching can take exponential time whatever the pattern's shape. */
const NEEDS_BACKTRACKING = /\\[1-9]|\\k<|\(\?<?[=!]/;

/** The first reason the schema is unsafe to use, or undefined when it is safe. */
export function unsafeSchemaReason(schema: unknown): string | undefined {
  const refs = new Map<string, string[]>();
  const chars = charSets();
  const problem = walk(schema, (node, pointer) => {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) return `at ${pointer}: $ref "${node.$ref}" points outside the config; only local refs ("#/...") are allowed`;
    if (typeof node.pattern === 'string') {
      const reason = patternProblem(node.pattern, chars);
      if (reason) return `at ${pointer}/pattern: ${reason}`;
    }
    if (node.patternProperties && typeof node.patternProperties === 'object') {
      for (const pattern of Object.keys(node.patternProperties)) {
        const reason = patternProblem(pattern, chars);
        if (reason) return `at ${pointer}/patternProperties/${pointerPart(pattern)}: ${reason}`;
      }
    }
    return undefined;
  });
  if (problem) return problem;
  // A cycle: a ref whose target holds, directly or through further refs, a ref back to it.
  const refsUnder = (pointer: string): string[] => {
    let found = refs.get(pointer);
    if (found) return found;
    found = [];
    const target = resolvePointer(schema, pointer);
    walk(target, (node) => {
      if (typeof node.$ref === 'string') found!.push(node.$ref);
      return undefined;
    });
    refs.set(pointer, found);
    return found;
  };
  const state = new Map<string, 'open' | 'done'>();
  const visit = (pointer: string): string | undefined => {
    if (state.get(pointer) === 'open') return `$ref "${pointer}" refers back to itself (a cycle)`;
    if (state.get(pointer) === 'done') return undefined;
    state.set(pointer, 'open');
    for (const next of refsUnder(pointer)) {
      const reason = visit(next);
      if (reason) return reason;
    }
    state.set(pointer, 'done');
    return undefined;
  };
  for (const pointer of refsUnder('#')) {
    const reason = visit(pointer);
    if (reason) return reason;
  }
  return undefined;
}

function patternProblem(pattern: string, chars: CharSets): string | undefined {
  if (NEEDS_BACKTRACKING.test(pattern)) return `pattern "${pattern}" uses a backreference or lookaround, which can take exponential time`;
  const shape = backtrackingShape(pattern, chars);
  if (shape) return `pattern "${pattern}" ${shape}, which can take exponential time; write the repeated part so each repeat starts or ends with a character nothing else in it matches, as in "^[a-z]+(-[a-z]+)*$"`;
  return undefined;
}

/** A key as one part of a JSON pointer (RFC 6901: "~" and "/" escaped). */
const pointerPart = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Visit every object in the value (iteratively, at most MAX_DEPTH deep), with its JSON pointer; stop at the first reason given. */
function walk(value: unknown, check: (node: Record<string, unknown>, pointer: string) => string | undefined): string | undefined {
  const stack: Array<[unknown, number, string]> = [[value, 0, '#']];
  while (stack.length) {
    const [node, depth, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return `nested more than ${MAX_DEPTH} levels`;
    if (!Array.isArray(node)) {
      const reason = check(node as Record<string, unknown>, pointer);
      if (reason) return reason;
    }
    for (const [key, child] of Object.entries(node)) stack.push([child, depth + 1, `${pointer}/${pointerPart(key)}`]);
  }
  return undefined;
}

/** The node a local JSON pointer ("#", "#/$defs/a") names; undefined when there is none. */
function resolvePointer(root: unknown, pointer: string): unknown {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter((part) => part !== '');
  let node = root;
  for (const raw of parts) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
