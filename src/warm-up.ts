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
 * file never takes. So the warm-up runs only when it may matter: when a
 * thread's first file (a budget worker's, for the budget workers) is stopped
 * at its time budget, the thread runs the pipeline over the samples below,
 * outside any clock, and the file runs once more under a fresh budget
 * (worker-task.ts for the fast path, budget.ts for the budget workers). A file
 * that hangs is stopped on both tries: as a thread's first file it costs its
 * budget twice, at most once a thread.
 */
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

/** A thread's warm-up of one pipeline. */
export interface WarmUp {
  /** Run the samples through the pipeline if the thread is still cold: whether it ran them now. */
  ifCold(): boolean;
  /** A document went through in this thread: it is warm, and a later stop runs no warm-up. */
  markWarm(): void;
}

export function warmUpOf(pipeline: Array<[string, Stage]>): WarmUp {
  let warm = false;
  return {
    ifCold: () => {
      if (warm) return false;
      // What the samples make is thrown away: what is kept is what the stages built on the way.
      for (const [path, text] of WARM_UP_SAMPLES) processBytes(path, new TextEncoder().encode(text), { stages: pipeline });
      warm = true;
      return true;
    },
    markWarm: () => {
      warm = true;
    },
  };
}
