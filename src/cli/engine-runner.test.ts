import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULESET } from '@shared/checks/ruleset';
import type { Claim } from '@shared/queue/claim-schema';
import { EngineRunner } from './engine-runner';

// A stand-in engine thread: answers, or never answers for claim "slow" (a runaway pattern).
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.claim.claimId === 'slow') { for (;;) {} }
  parentPort.postMessage({ id: job.id, report: { claimId: job.claim.claimId, suggestedDecision: 'approve', checks: [] } });
});
parentPort.postMessage({ ready: true });
`;
const dir = mkdtempSync(join(tmpdir(), 'poe-engine-'));
const workerUrl = pathToFileURL(join(dir, 'fake-engine.mjs'));
writeFileSync(workerUrl, WORKER);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claim = (claimId: string) => ({ claimId }) as Claim;

// Slow to start (a machine busy with OCR): 1.5 s before it is ready, then quick.
const SLOW_START = `
import { parentPort } from 'node:worker_threads';
const until = Date.now() + 1500;
while (Date.now() < until) {}
parentPort.on('message', (job) => {
  parentPort.postMessage({ id: job.id, report: { claimId: job.claim.claimId, suggestedDecision: 'approve', checks: [] } });
});
parentPort.postMessage({ ready: true });
`;
const slowStartUrl = pathToFileURL(join(dir, 'slow-start-engine.mjs'));
writeFileSync(slowStartUrl, SLOW_START);

// An engine thread that says where its CPU time is read (as engine-worker.ts does): claim "waits"
// sleeps 1.5 s without using a core (a busy machine gave its core to others), "spins" loops.
const CPU_AWARE = `
import { parentPort } from 'node:worker_threads';
import { realpathSync } from 'node:fs';
parentPort.on('message', (job) => {
  if (job.claim.claimId === 'waits') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
  if (job.claim.claimId === 'spins') { for (;;) {} }
  parentPort.postMessage({ id: job.id, report: { claimId: job.claim.claimId, suggestedDecision: 'approve', checks: [] } });
});
parentPort.postMessage({ ready: true, cpuStat: realpathSync('/proc/thread-self') + '/stat' });
`;
const cpuAwareUrl = pathToFileURL(join(dir, 'cpu-aware-engine.mjs'));
writeFileSync(cpuAwareUrl, CPU_AWARE);
const HAS_THREAD_STAT = existsSync('/proc/thread-self/stat');

describe('EngineRunner (issue 12 item 3: a budget per claim in check)', () => {
  it.skipIf(!HAS_THREAD_STAT)(
    "counts the engine thread's CPU time, so a claim kept waiting for a core on a busy machine is not stopped (only Linux says)",
    async () => {
      const runner = new EngineRunner({ workerUrl: cpuAwareUrl, ruleset: DEFAULT_RULESET, budgetMs: 500 });
      try {
        // Before: a 500 ms wall-clock budget stopped it at 0.5 s ("review: took too long"), CPU used or not.
        expect(await runner.run(claim('waits'), [])).toEqual({ report: { claimId: 'waits', suggestedDecision: 'approve', checks: [] } });
        const spun = await runner.run(claim('spins'), []);
        expect(spun.error).toBe('review: took too long (over 1 s): stopped');
        expect(await runner.run(claim('fine'), [])).toEqual({ report: { claimId: 'fine', suggestedDecision: 'approve', checks: [] } });
      } finally {
        await runner.close();
      }
    },
  );

  it('does not count the engine thread starting up against a claim (every claim after a timeout paid it again)', async () => {
    const runner = new EngineRunner({ workerUrl: slowStartUrl, ruleset: DEFAULT_RULESET, budgetMs: 500 });
    try {
      const first = await runner.run(claim('a'), []);
      expect(first).toEqual({ report: { claimId: 'a', suggestedDecision: 'approve', checks: [] } });
    } finally {
      await runner.close();
    }
  });

  it('stops a claim past its budget as "review: took too long" and checks the next claim', async () => {
    const runner = new EngineRunner({ workerUrl, ruleset: DEFAULT_RULESET, budgetMs: 500 });
    try {
      const slow = await runner.run(claim('slow'), []);
      expect(slow.error).toBe('review: took too long (over 1 s): stopped');
      expect(slow.report.suggestedDecision).toBe('action-required');
      expect(slow.report.checks.every((c) => c.status === 'review')).toBe(true);
      const next = await runner.run(claim('fine'), []);
      expect(next).toEqual({ report: { claimId: 'fine', suggestedDecision: 'approve', checks: [] } });
    } finally {
      await runner.close();
    }
  });
});
