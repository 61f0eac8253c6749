import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that run for a minute or more (the evaluation set and the sample queue through the real
 * `check`, OCR included) start first. On a fresh CI machine vitest has no timings from an earlier
 * run and orders by file size, which put the eval last: one worker ran it alone at the end while
 * the other had nothing left to do.
 */
const LONG_FIRST = [
  'scripts/eval/eval.test.mjs',
  'src/cli/check-sample-queue.test.ts',
  'test/unit/structure/workloads-structure.test.ts',
  'src/cli/ocr/node-ocr.test.ts',
  'src/shared/queue/parse-queue.test.ts',
  'test/unit/boundaries.test.ts',
  'src/cli/check-limits.test.ts',
];

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const at = LONG_FIRST.findIndex((suffix) => f.moduleId.endsWith(suffix));
      return at < 0 ? LONG_FIRST.length : at;
    };
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}
