import { Worker } from 'node:worker_threads';
import { CHECK_IDS, type ClaimCheckReport } from '@shared/checks/types';
import type { Ruleset } from '@shared/checks/ruleset';
import type { ExtractedDocument } from '@shared/documents/types';
import type { Claim } from '@shared/queue/claim-schema';
import { watchCpuBudget } from './thread-cpu';

/**
 * Runs the checklist engine claim by claim in one worker thread with a budget per claim (the
 * app runs it in a Web Worker with a budget too). A claim over budget, or an engine error,
 * becomes a claim to review with an error line; the worker is replaced and the next claim runs.
 * The budget counts from when the thread is ready ({ ready: true }): starting it (loading the
 * engine on a machine busy reading scans by OCR) is not the claim's time. Where the thread says
 * where its CPU time can be read (`cpuStat`, Linux), the budget is the thread's CPU time, so a
 * claim waiting for a core on a busy machine is not stopped; the wall clock still stops it at
 * WALL_CAP times the budget.
 */
export interface EngineRunnerOptions {
  workerUrl: URL;
  ruleset: Ruleset;
  budgetMs: number;
}

export type EngineOutcome = { report: ClaimCheckReport; error?: undefined } | { report: ClaimCheckReport; error: string };

interface Pending {
  id: number;
  claimId: string;
  resolve: (outcome: EngineOutcome) => void;
  cancel: () => void;
}

/** Time an engine thread may take to start before its claim is given up. */
const STARTUP_MS = 120_000;
/** A claim still running after this many budgets of wall-clock time is stopped however little CPU it had. */
const WALL_CAP = 6;

/** Every check "review" with the reason: a person must look. */
export function reviewReport(claimId: string, why: string): ClaimCheckReport {
  return {
    claimId,
    suggestedDecision: 'action-required',
    checks: CHECK_IDS.map((id) => ({
      id,
      status: 'review' as const,
      summary: `The check could not run (${why}): a person must look`,
      evidence: [],
    })),
  };
}

export class EngineRunner {
  private worker: Worker | null = null;
  private ready: Promise<void> = Promise.resolve();
  /** The engine thread's stat file for its CPU time (Linux), or null: the wall clock then. */
  private cpuStat: string | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor(private readonly options: EngineRunnerOptions) {}

  run(claim: Claim, documents: ExtractedDocument[], now?: Date): Promise<EngineOutcome> {
    const worker = this.ensureWorker();
    const ready = this.ready;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.fail(`the engine did not start within ${STARTUP_MS / 1000} s`), STARTUP_MS);
      const pending: Pending = { id, claimId: claim.claimId, resolve, cancel: () => clearTimeout(timer) };
      this.pending = pending;
      void ready.then(() => {
        if (this.pending !== pending) return;
        pending.cancel();
        const { budgetMs } = this.options;
        pending.cancel = watchCpuBudget(this.cpuStat, budgetMs, WALL_CAP * budgetMs, () =>
          this.fail(`took too long (over ${Math.round(budgetMs / 1000)} s): stopped`),
        );
        worker.postMessage({ id, claim, documents, now });
      });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerUrl, { workerData: { ruleset: this.options.ruleset }, stdout: true, stderr: true });
    worker.stdout.on('data', () => undefined);
    worker.stderr.on('data', () => undefined);
    let started = (): void => undefined;
    this.ready = new Promise((resolve) => (started = resolve));
    this.cpuStat = null;
    worker.on('message', (msg: { id: number; ready?: boolean; cpuStat?: string | null; report?: ClaimCheckReport; error?: string }) => {
      if (msg.ready) {
        this.cpuStat = msg.cpuStat ?? null;
        return started();
      }
      const pending = this.pending;
      if (!pending || pending.id !== msg.id) return;
      this.settle(
        msg.report
          ? { report: msg.report }
          : {
              report: reviewReport(pending.claimId, msg.error ?? 'unknown error'),
              error: `checks failed: ${msg.error ?? 'unknown error'}`,
            },
      );
    });
    worker.on('error', (err) => this.fail(`the engine crashed (${err.message})`));
    worker.on('exit', (code) => this.fail(`the engine stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private settle(outcome: EngineOutcome): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    pending.cancel();
    pending.resolve(outcome);
  }

  /** The worker is stuck or gone: answer for its claim with "review", and start afresh on the next. */
  private fail(why: string): void {
    const pending = this.pending;
    const worker = this.worker;
    this.worker = null;
    worker?.removeAllListeners();
    void worker?.terminate();
    if (pending) this.settle({ report: reviewReport(pending.claimId, why), error: `review: ${why}` });
  }
}
