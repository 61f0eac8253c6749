import { getQueue, listClaimSummaries, listTriage, putTriage } from '@renderer/db';
import type { TriageRow } from '@renderer/db/types';
import { failedTriage, type TriageJob } from './triage-claim';
import { useTriageStore } from './triage-store';
import { useAppStore } from '@renderer/app/app-store';
import type { TriageRequest, TriageResponse } from './triage.worker';

/**
 * Claims checked at once: one per core, at most two; while a claim is open only one, so the open
 * claim's own engine run and its viewer keep a core.
 */
const POOL_SIZE = Math.max(1, Math.min(2, typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1));
/** Budget of one claim: a stuck parser gets its worker terminated and the claim is marked failed. */
const CLAIM_BUDGET_MS = 120_000;
/** Finished rows are written in batches: fewer transactions, fewer live-query refreshes. */
const FLUSH_MS = 700;
const RATE_WINDOW = 20;
/**
 * Claims a worker takes at once on the list: their details are read in one go and their engine
 * cache rows written in one transaction. Small, so a pause takes effect within a second or so;
 * one at a time while a claim is open, so the reviewer's own claim waits for one claim at most.
 */
const BATCH = 4;

function batchSize(): number {
  return useAppStore.getState().view === 'claim' ? 1 : BATCH;
}

let run: { queueId: string; importId: string; stop: boolean } | null = null;
let resumeWaiters: (() => void)[] = [];
let nextId = 1;

function store() {
  return useTriageStore.getState();
}

/** Jobs still to do: claims without a row from the current import. */
async function pendingJobs(queueId: string, importId: string): Promise<{ jobs: TriageJob[]; total: number }> {
  const [summaries, rows] = await Promise.all([listClaimSummaries(queueId), listTriage(queueId)]);
  const done = new Set(rows.filter((r) => r.importId === importId).map((r) => r.claimId));
  const jobs = summaries.filter((s) => !done.has(s.claimId)).map((s) => ({ queueId, claimId: s.claimId, importId }));
  return { jobs, total: summaries.length };
}

function waitWhilePaused(): Promise<void> {
  if (!store().isPaused) return Promise.resolve();
  return new Promise((resolve) => resumeWaiters.push(resolve));
}

/** Resolves once no claim is open (the list is shown). */
function waitForListView(): Promise<void> {
  if (useAppStore.getState().view !== 'claim') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useAppStore.subscribe((s) => {
      if (s.view === 'claim') return;
      stop();
      resolve();
    });
  });
}

/**
 * Runs one batch in a worker: each claim's row to `onRow` as it comes. The budget is per claim
 * (restarted by each row); a worker over it is terminated, the claim it was on marked failed and
 * the batch's unanswered claims put back. Resolves with the worker to use next (null once terminated).
 */
function runBatch(worker: Worker, batch: TriageJob[], jobs: TriageJob[], onRow: (row: TriageRow) => void): Promise<Worker | null> {
  const assetsBase = new URL('./', document.baseURI).href;
  const id = nextId++;
  const waiting = [...batch];
  return new Promise<Worker | null>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = (message: string) => {
      clearTimeout(timer);
      worker.terminate();
      const [stuck, ...rest] = waiting;
      if (stuck) onRow(failedTriage(stuck, message));
      jobs.unshift(...rest);
      resolve(null);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => giveUp(`checking took longer than ${CLAIM_BUDGET_MS / 1000} s and was stopped`), CLAIM_BUDGET_MS);
    };
    worker.onmessage = (event: MessageEvent<TriageResponse>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.kind === 'row') {
        const at = waiting.findIndex((j) => j.claimId === m.row.claimId);
        if (at >= 0) waiting.splice(at, 1);
        onRow(m.row);
        arm();
      } else if (m.kind === 'done') {
        clearTimeout(timer);
        resolve(worker);
      } else {
        clearTimeout(timer);
        for (const job of waiting.splice(0)) onRow(failedTriage(job, m.message));
        resolve(worker);
      }
    };
    worker.onerror = (event) => giveUp(event.message || 'the checking worker failed');
    arm();
    worker.postMessage({ id, jobs: batch, assetsBase } satisfies TriageRequest);
  });
}

/** One worker's loop: a small batch at a time until the jobs run out or the run is replaced. */
async function workerLoop(
  index: number,
  current: NonNullable<typeof run>,
  jobs: TriageJob[],
  onRow: (row: TriageRow) => void,
): Promise<void> {
  let worker: Worker | null = null;
  try {
    for (;;) {
      await waitWhilePaused();
      if (index > 0) await waitForListView();
      const batch = current.stop ? [] : jobs.splice(0, batchSize());
      if (batch.length === 0) return;
      worker ??= new Worker(new URL('./triage.worker.ts', import.meta.url), { type: 'module', name: 'poe-triage' });
      worker = await runBatch(worker, batch, jobs, onRow);
    }
  } finally {
    worker?.terminate();
  }
}

/**
 * Runs the engine over every claim of a queue in the background, a few at a time, skipping
 * claims already triaged for the queue's current import (so a reload resumes where it was).
 * Starting another queue stops the current run after its claims in flight.
 */
export async function startTriage(queueId: string): Promise<void> {
  // Environments without workers (jsdom component tests) have nothing to run the engine in.
  if (typeof Worker === 'undefined') return;
  const queue = await getQueue(queueId);
  if (!queue) return;
  if (run && run.queueId === queueId && run.importId === queue.importId && !run.stop) return;
  if (run) run.stop = true;
  const current = { queueId, importId: queue.importId, stop: false };
  run = current;
  const { jobs, total } = await pendingJobs(queueId, queue.importId);
  if (current.stop) return;
  store().setProgress({ queueId, total, done: total - jobs.length, failed: 0, isRunning: jobs.length > 0, rate: null });
  if (jobs.length === 0) return;
  let buffer: TriageRow[] = [];
  const finishedAt: number[] = [];
  const flush = async () => {
    const rows = buffer;
    buffer = [];
    await putTriage(rows);
  };
  const timer = setInterval(() => void flush(), FLUSH_MS);
  const onRow = (row: TriageRow) => {
    buffer.push(row);
    finishedAt.push(performance.now());
    if (finishedAt.length > RATE_WINDOW) finishedAt.shift();
    const span = (finishedAt.at(-1)! - finishedAt[0]!) / 1000;
    const s = store();
    if (s.queueId !== queueId) return;
    s.setProgress({
      done: s.done + 1,
      failed: s.failed + (row.engine === 'failed' ? 1 : 0),
      rate: finishedAt.length > 2 && span > 0 ? (finishedAt.length - 1) / span : s.rate,
    });
  };
  try {
    await Promise.all(Array.from({ length: Math.min(POOL_SIZE, jobs.length) }, (_, i) => workerLoop(i, current, jobs, onRow)));
  } finally {
    clearInterval(timer);
    await flush();
    if (run === current) {
      run = null;
      store().setProgress({ isRunning: false });
    }
  }
}

export function pauseTriage(): void {
  store().setProgress({ isPaused: true });
}

export function resumeTriage(): void {
  store().setProgress({ isPaused: false });
  const waiters = resumeWaiters;
  resumeWaiters = [];
  for (const w of waiters) w();
}
