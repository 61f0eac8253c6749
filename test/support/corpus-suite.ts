import { describe, it } from 'vitest';
import { CORPUS_SKIP_MESSAGE, HAS_CORPUS } from './corpus';

/**
 * describe() for a suite that reads the shared corpus. Where the corpus is absent the suite is
 * not run at all (its body may read corpus files while collecting) and shows as skipped, the
 * reason in its name.
 */
export function describeCorpus(name: string, fn: () => void): void {
  if (HAS_CORPUS) {
    describe(name, fn);
    return;
  }
  describe.skip(`${name}: ${CORPUS_SKIP_MESSAGE}`, () => {
    it('reads the corpus', () => {});
  });
}
