/**
 * The order of the test files: failed first, then the longest first, so no long file starts last and keeps one
 * core busy while the other idles. The lengths are vitest's own timings when it has them, else those measured in
 * a whole run and kept in tests/file-costs.json (a fresh clone has no timings: vitest would start the largest
 * files first, and several long files are small). Files with no figure come after, largest first. The files that
 * await a background job (tests/background.ts) go last, so their jobs have had the whole run to finish and no
 * test worker sits idle waiting for one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { JOBS } from './background.js';

const awaitsJob = (spec: TestSpecification) => Object.values(JOBS).some((job) => job.testFiles.some((file) => spec.moduleId.endsWith(path.normalize(file))));

/** Measured seconds per test file, by its path from the repository's root. */
function measuredCosts(root: string): Record<string, number> {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'tests', 'file-costs.json'), 'utf8')) as { files: Record<string, number> }).files;
  } catch {
    return {};
  }
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const costs = measuredCosts(root);
    const key = (spec: TestSpecification) => `${spec.project.name}:${path.relative(root, spec.moduleId)}`;
    const cached = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(key(spec));
    const failed = (spec: TestSpecification) => (cached(spec)?.failed ? 1 : 0);
    const seconds = (spec: TestSpecification) => {
      const timing = cached(spec);
      return timing ? timing.duration / 1000 : (costs[path.relative(root, spec.moduleId).split(path.sep).join('/')] ?? -1);
    };
    // A stable sort of vitest's order: files alike in both keys keep it (largest first among the unmeasured).
    const ordered = [...sorted].sort((a, b) => failed(b) - failed(a) || seconds(b) - seconds(a));
    return [...ordered.filter((spec) => !awaitsJob(spec)), ...ordered.filter(awaitsJob)];
  }
}
