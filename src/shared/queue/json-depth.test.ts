import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { rawClaim } from '../../../test/support/raw-claim';
import { parseQueue } from './parse-queue';

const nest = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

function queue(claims: string[]): string {
  return `{"schema":"poe-queue/1","name":"Deep","claims":[${claims.join(',')}]}`;
}

describe('nesting limit while parsing queue.json (issue 12 item 2)', () => {
  it('refuses only the claim nested 3,000 deep, naming it, and keeps the others', () => {
    const deep = JSON.stringify(rawClaim('DEEP-1', { documents: [] })).replace('"documents":[]', `"documents":[],"x":${nest(3000)}`);
    const text = queue([JSON.stringify(rawClaim('OK-1', { documents: [] })), deep, JSON.stringify(rawClaim('OK-2', { documents: [] }))]);
    expect(text.length).toBeLessThan(8_000);
    const parsed = parseQueue({ manifestName: 'queue.json', manifestText: text, label: 'q', files: [] });
    expect(parsed.issues).toEqual([]);
    expect(parsed.claims.map((c) => [c.claimId, c.claim !== null])).toEqual([
      ['OK-1', true],
      ['DEEP-1', false],
      ['OK-2', true],
    ]);
    expect(parsed.claims[1]?.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        claimId: 'DEEP-1',
        message: `claims[1] (claim DEEP-1) nests deeper than ${LIMITS.manifestDepth} levels: it was not read`,
      }),
    ]);
    // What is kept of it can be stored and posted: no deep value is left.
    expect(parsed.claims[1]?.raw).toEqual({ claimId: 'DEEP-1' });
  });

  it('refuses a manifest nested too deep outside its claims, saying where, without a stack overflow', () => {
    const parsed = parseQueue({
      manifestName: 'queue.json',
      manifestText: `{"schema":"poe-queue/1","name":"x","extra":${nest(3000)},"claims":[]}`,
      label: 'q',
      files: [],
    });
    expect(parsed.claims).toEqual([]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^queue\.json nests deeper than 64 levels \(line 1, column \d+\): it was not read$/),
      }),
    ]);
  });

  it('reads ordinary nesting as before', () => {
    const parsed = parseQueue({
      manifestName: 'queue.json',
      manifestText: queue([JSON.stringify(rawClaim('A', { documents: [], extra: nest(40) }))]),
      label: 'q',
      files: [],
    });
    expect(parsed.claims[0]?.claim).not.toBeNull();
  });
});
