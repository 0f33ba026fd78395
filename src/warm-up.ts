/**
 * The one-time warm-up of a thread's pipeline, kept out of a file's time
 * budget. A thread's first document pays for what every later one finds
 * ready: the HTML path's modules, the tables and patterns built on first use
 * (`lazily`), the JIT. Measured on one fixture in a fresh process at load 12
 * on 2 cores: 0.25 to 1.0 s of CPU and 1.7 to 4.5 s of wall-clock time, where
 * the same file takes 10 to 60 ms of CPU warm; so `--timeout 1` refused a
 * file of a hundred bytes.
 *
 * Warming every thread before its first file would cost every run (a one-file
 * run in a pre-commit hook) 0.3 to 0.8 s of CPU more, the samples' paths the
 * file never takes. So the warm-up runs only when it may matter: when a file
 * is stopped at its time budget on a path (Markdown, HTML, data) that no
 * document has yet gone through whole in its thread (a budget worker's, for
 * the budget workers), the thread runs the pipeline over the samples below,
 * outside any clock, and the file runs once more under a fresh budget
 * (worker-task.ts for the fast path, budget.ts for the budget workers). A file
 * that hangs is stopped on both tries: on a cold path it costs its budget
 * twice, at most once a thread (the samples warm every path). An empty,
 * binary or unreadable file, or one with a fatal error, warms nothing.
 */
import type { PostingDoc } from './document.js';
import { processBytes, type Stage } from './pipeline.js';

/** A small posting of each path through the pipeline: Markdown with YAML front matter, and an HTML page. */
export const WARM_UP_SAMPLES: ReadonlyArray<[path: string, text: string]> = [
  [
    'warm-up.md',
    `---
title: Senior Backend Engineer
company: Example GmbH
location: Berlin, Germany
date: 2024-03-01
---
# Senior Backend Engineer

**Example GmbH** is hiring in Berlin (hybrid, remote within the EU possible). Full-time, permanent.

## What you will do
- Build and run our payment APIs in TypeScript and Go
- Review code and mentor two engineers

## What we offer
- Salary: €70,000 – €85,000 per year, 30 days of holiday
- At least 5 years of experience with distributed systems

Apply by 31 March 2024 at https://example.com/jobs/42 or write to jobs@example.com.
`,
  ],
  [
    'warm-up.html',
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Barista (part-time) – Bean Co.</title>
<meta name="description" content="Bean Co. is hiring a part-time barista in Lisbon."></head>
<body><main><h1>Barista (part-time)</h1>
<p><strong>Bean Co.</strong> · Lisbon, Portugal · €12 an hour</p>
<h2>Responsibilities</h2><ul><li>Make coffee</li><li>Keep the bar clean</li></ul>
<p>Apply at <a href="https://bean.example/apply">bean.example/apply</a>. Closes 2024-04-30.</p>
</main></body></html>
`,
  ],
];

/**
 * The paths a file can take through the pipeline, each with its own modules, tables and compiled code: Markdown
 * (with or without front matter, and plain text), an HTML page, a data file (JSON or YAML).
 */
export type PipelinePath = 'markdown' | 'html' | 'data';
const EVERY_PATH: readonly PipelinePath[] = ['markdown', 'html', 'data'];

/** The path a document takes, once `detect` has run. */
export function pathOf(doc: Pick<PostingDoc, 'format'>): PipelinePath {
  return doc.format === 'html' ? 'html' : doc.format === 'json' || doc.format === 'yaml' || doc.format === 'xml' ? 'data' : 'markdown';
}

/** A thread's warm-up of one pipeline. */
export interface WarmUp {
  /**
   * A file on `path` (undefined: not known, the file stopped before `detect`) went past its time: if that path is
   * still cold in this thread, run the samples through the pipeline now, and say whether it did.
   */
  ifCold(path: PipelinePath | undefined): boolean;
  /** A document went through every stage on `path`: that path is warm, and a later stop on it runs no warm-up. */
  markWarm(path: PipelinePath): void;
  /** The paths still cold: none once the samples have run. */
  coldPaths(): PipelinePath[];
}

/** The warm-up state of one thread's pipeline; the thread's runner holds it (worker-task.ts). */
export function warmUpOf(pipeline: Array<[string, Stage]>): WarmUp {
  const warm = new Set<PipelinePath>();
  return {
    ifCold: (path) => {
      if (path === undefined ? warm.size === EVERY_PATH.length : warm.has(path)) return false;
      // What the samples make is thrown away: what is kept is what the stages built on the way.
      for (const [name, text] of WARM_UP_SAMPLES) processBytes(name, new TextEncoder().encode(text), { stages: pipeline });
      EVERY_PATH.forEach((each) => warm.add(each));
      return true;
    },
    markWarm: (path) => void warm.add(path),
    coldPaths: () => EVERY_PATH.filter((path) => !warm.has(path)),
  };
}
