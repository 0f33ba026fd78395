/**
 * vitest's order (failed first, then the longest, or the largest when there
 * is no record), with one change: the files that await a background job
 * (tests/background.ts) go last, so their jobs have had the whole run to
 * finish and no test worker sits idle waiting for one.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { JOBS } from './background.js';

const awaitsJob = (spec: TestSpecification) => Object.values(JOBS).some((job) => spec.moduleId.endsWith(path.normalize(job.testFile)));

export default class JobsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((spec) => !awaitsJob(spec)), ...sorted.filter(awaitsJob)];
  }
}
