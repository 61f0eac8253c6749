import { getQueue, listClaimSummaries, listTriage, putTriage } from '@renderer/db';
import { LIMITS } from '@shared/limits';
import type { TriageRow } from '@renderer/db/types';
import { failedTriage, type TriageJob } from './triage-claim';
import { useTriageStore } from './triage-store';
import { useAppStore } from '@renderer/app/app-store';
import { isEngineBusy, isOpening, onEngineBusy, openingSettled } from '@renderer/features/checklist/engine-busy';
import type { TriageRequest, TriageResponse } from './triage.worker';

/**
 * Claims checked at once: one per core, at most two; while a claim is open only one (the second
 * worker starts no batch then: waitForListView), so the open claim's own engine run and its
 * viewer keep a core. Two on a 2-core machine while the list is shown keep a 1,000-claim queue's
 * triage within twice the time of `check` (bench-prescreen: one worker made it 2.3 times).
 */
const POOL_SIZE = Math.max(1, Math.min(2, typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1));
/**
 * Budget of one claim: a stuck parser gets its worker terminated and the claim is marked failed.
 * Scans add their OCR (bounded per document by the readers, LIMITS.ocrDocumentMs).
 */
const CLAIM_BUDGET_MS = 120_000 + 2 * LIMITS.ocrDocumentMs;
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

/**
 * A batch under way in a worker: asked to yield it ends after the claim in hand (a pause);
 * pre-empted it ends now and its unanswered claims go back to the queue (the open claim's engine
 * run needs the cores); cancelled it ends now (the run stopped).
 */
interface BatchHandle {
  yieldNow(): void;
  preempt(): void;
  cancel(): void;
}

interface Run {
  queueId: string;
  importId: string;
  stop: boolean;
  batches: Set<BatchHandle>;
  /** Settles when the run is stopped: its workers' loops stop waiting (for a resume, the list...). */
  stopped: Promise<void>;
  markStopped: () => void;
}

function newRun(queueId: string, importId: string): Run {
  let markStopped = () => {};
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  return { queueId, importId, stop: false, batches: new Set(), stopped, markStopped };
}

let run: Run | null = null;
const rowListeners = new Set<(rows: readonly TriageRow[]) => void>();

/**
 * Calls `listener` with each batch of rows once it is stored: the list adds them to the rows it
 * holds instead of reading (and Dexie deep-copying) every row of the queue again on each write.
 */
export function onTriageRows(listener: (rows: readonly TriageRow[]) => void): () => void {
  rowListeners.add(listener);
  return () => rowListeners.delete(listener);
}
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

/** Resolves once the open claim's engine run (if any) is done: the reviewer waits on it, not on triage. */
function waitForEngineIdle(): Promise<void> {
  if (!isEngineBusy()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = onEngineBusy((isBusy) => {
      if (isBusy) return;
      stop();
      resolve();
    });
  });
}

/**
 * Stops a run at once: its batches' workers are terminated (the claims they were on are not
 * written, so a later run does them again). A replaced run must not go on through its batches:
 * its workers would share the cores with the new run's and starve the open claim's engine run.
 */
function stopRun(r: Run): void {
  r.stop = true;
  r.markStopped();
  for (const b of [...r.batches]) b.cancel();
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
 * the batch's unanswered claims put back, as are those a yield left. Resolves with the worker to
 * use next (null once terminated).
 */
function runBatch(
  worker: Worker,
  current: Run,
  batch: TriageJob[],
  jobs: TriageJob[],
  onRow: (row: TriageRow) => void,
): Promise<Worker | null> {
  const assetsBase = new URL('./', document.baseURI).href;
  const id = nextId++;
  const waiting = [...batch];
  return new Promise<Worker | null>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (next: Worker | null) => {
      clearTimeout(timer);
      current.batches.delete(handle);
      resolve(next);
    };
    const giveUp = (message: string) => {
      worker.terminate();
      const [stuck, ...rest] = waiting;
      if (stuck) onRow(failedTriage(stuck, message));
      jobs.unshift(...rest);
      finish(null);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => giveUp(`checking took longer than ${CLAIM_BUDGET_MS / 1000} s and was stopped`), CLAIM_BUDGET_MS);
    };
    const handle: BatchHandle = {
      yieldNow: () => worker.postMessage({ kind: 'yield', id } satisfies TriageRequest),
      preempt: () => {
        worker.terminate();
        jobs.unshift(...waiting);
        finish(null);
      },
      cancel: () => {
        worker.terminate();
        finish(null);
      },
    };
    current.batches.add(handle);
    worker.onmessage = (event: MessageEvent<TriageResponse>) => {
      const m = event.data;
      if (m.id !== id || current.stop) return;
      if (m.kind === 'row') {
        const at = waiting.findIndex((j) => j.claimId === m.row.claimId);
        if (at >= 0) waiting.splice(at, 1);
        onRow(m.row);
        arm();
      } else if (m.kind === 'done') {
        jobs.unshift(...waiting);
        finish(worker);
      } else {
        for (const job of waiting.splice(0)) onRow(failedTriage(job, m.message));
        finish(worker);
      }
    };
    worker.onerror = (event) => {
      if (!current.stop) giveUp(event.message || 'the checking worker failed');
    };
    arm();
    worker.postMessage({ kind: 'run', id, jobs: batch, assetsBase } satisfies TriageRequest);
    // Paused before the batch got going: it ends after one claim.
    if (store().isPaused) handle.yieldNow();
  });
}

/**
 * One worker's loop: a small batch at a time until the jobs run out or the run is stopped; no
 * batch starts while paused, while the open claim's engine runs or while a claim opens.
 */
async function workerLoop(index: number, current: Run, jobs: TriageJob[], onRow: (row: TriageRow) => void): Promise<void> {
  let worker: Worker | null = null;
  try {
    for (;;) {
      const until = (wait: Promise<void>) => Promise.race([wait, current.stopped]);
      await until(waitWhilePaused());
      await until(waitForEngineIdle());
      // A claim opening: its first screen is read first (and its engine run after it).
      await until(openingSettled());
      if (index > 0) await until(waitForListView());
      if (current.stop) return;
      // Paused, the engine turned busy again or a claim began opening while this loop waited: wait once more.
      if (store().isPaused || isEngineBusy() || isOpening()) continue;
      const batch = jobs.splice(0, batchSize());
      if (batch.length === 0) return;
      worker ??= new Worker(new URL('./triage.worker.ts', import.meta.url), { type: 'module', name: 'poe-triage' });
      worker = await runBatch(worker, current, batch, jobs, onRow);
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
  if (run) stopRun(run);
  const current = newRun(queueId, queue.importId);
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
    if (rows.length === 0) return;
    await putTriage(rows);
    for (const listener of [...rowListeners]) listener(rows);
  };
  const timer = setInterval(() => void flush(), FLUSH_MS);
  // The reviewer opened a claim whose engine must run: batches under way stop now and their
  // claims wait (a claim in hand can take as long as the reviewer's own on a loaded machine, and
  // a worker's first claim also loads pdf.js); the loops start again once the engine is idle.
  const stopWatching = onEngineBusy((isBusy) => {
    if (isBusy) for (const b of [...current.batches]) b.preempt();
  });
  const onRow = (row: TriageRow) => {
    buffer.push(row);
    // A stopped run's last rows are kept, but its progress is no longer the bar's.
    if (run !== current) return;
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
    stopWatching();
    clearInterval(timer);
    await flush();
    if (run === current) {
      run = null;
      store().setProgress({ isRunning: false });
    }
  }
}

/** Stops the run under way at once (an import began); `startTriage` resumes it without redoing finished claims. */
export function stopTriage(): void {
  if (run) stopRun(run);
}

/** Pauses: batches under way end after the claim in hand. */
export function pauseTriage(): void {
  store().setProgress({ isPaused: true });
  for (const b of run?.batches ?? []) b.yieldNow();
}

export function resumeTriage(): void {
  store().setProgress({ isPaused: false });
  const waiters = resumeWaiters;
  resumeWaiters = [];
  for (const w of waiters) w();
}
