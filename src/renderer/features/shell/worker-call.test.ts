import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKER_STARTUP_MS, workerCalls } from './worker-call';

interface Request {
  id: number;
  text: string;
}
interface Response {
  id: number;
  text: string;
}

/** A worker whose code "loads" when the test says so, and answers calls when the test says so. */
class SlowWorker extends EventTarget {
  readonly posted: Request[] = [];
  isTerminated = false;
  postMessage(request: Request): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.isTerminated = true;
  }
  send(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  loaded(): void {
    this.send({ id: 0, ready: true });
  }
}

describe('workerCalls', () => {
  let worker: SlowWorker;
  const calls = () =>
    workerCalls<Request, Response>(() => {
      worker = new SlowWorker();
      return worker as unknown as Worker;
    }, 'the test worker failed to start');

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts a call's budget when the worker has loaded, not while it loads", async () => {
    const answer = calls().call({ text: 'check' }, { timeoutMs: 1_000, timeoutMessage: 'over budget' });
    // Loading takes 25 s on a busy machine: far past the call's 1 s budget.
    await vi.advanceTimersByTimeAsync(25_000);
    worker.loaded();
    await vi.advanceTimersByTimeAsync(900);
    worker.send({ id: worker.posted[0]?.id, text: 'done' });
    await expect(answer).resolves.toEqual({ id: 1, text: 'done' });
    expect(worker.isTerminated).toBe(false);
  });

  it('ends a call that overruns its budget once loaded, and the worker with it', async () => {
    const answer = calls().call({ text: 'check' }, { timeoutMs: 1_000, timeoutMessage: 'over budget' });
    const failed = expect(answer).rejects.toThrow('over budget');
    worker.loaded();
    await vi.advanceTimersByTimeAsync(1_001);
    await failed;
    expect(worker.isTerminated).toBe(true);
  });

  it('fails a call whose worker never loads, naming the worker', async () => {
    const answer = calls().call({ text: 'check' }, { timeoutMs: 1_000, timeoutMessage: 'over budget' });
    const failed = expect(answer).rejects.toThrow(`the test worker failed to start: it did not load within ${WORKER_STARTUP_MS / 1000} s`);
    await vi.advanceTimersByTimeAsync(WORKER_STARTUP_MS + 1);
    await failed;
    expect(worker.isTerminated).toBe(true);
  });

  it("hands a call's partial answers (a first screen) on without ending it; the final answer ends it", async () => {
    const partials: unknown[] = [];
    const answer = calls().call(
      { text: 'read' },
      { timeoutMs: 1_000, timeoutMessage: 'over budget', onPartial: (message) => partials.push(message) },
    );
    worker.loaded();
    worker.send({ id: 1, partial: true, text: 'first rows' });
    worker.send({ id: 1, text: 'whole' });
    await expect(answer).resolves.toEqual({ id: 1, text: 'whole' });
    expect(partials).toEqual([{ id: 1, partial: true, text: 'first rows' }]);
  });

  it('gives a second call on a loaded worker its own full budget', async () => {
    const c = calls();
    const first = c.call({ text: 'one' }, { timeoutMs: 1_000, timeoutMessage: 'over budget' });
    worker.loaded();
    worker.send({ id: 1, text: 'one done' });
    await expect(first).resolves.toEqual({ id: 1, text: 'one done' });
    const second = c.call({ text: 'two' }, { timeoutMs: 1_000, timeoutMessage: 'over budget' });
    await vi.advanceTimersByTimeAsync(900);
    worker.send({ id: 2, text: 'two done' });
    await expect(second).resolves.toEqual({ id: 2, text: 'two done' });
  });

  it('cancels one call by asking the worker, which stays up for the next call (a document no longer shown)', async () => {
    const c = calls();
    const stale = new AbortController();
    const first = c.call(
      { text: 'previous workbook' },
      { timeoutMs: 1_000, timeoutMessage: 'over budget', signal: stale.signal, cancelBy: 'asking-the-worker' },
    );
    const failed = expect(first).rejects.toThrow(/abort/i);
    worker.loaded();
    const second = c.call({ text: 'next workbook' }, { timeoutMs: 1_000, timeoutMessage: 'over budget' });
    stale.abort();
    await failed;
    expect(worker.isTerminated).toBe(false);
    expect(worker.posted.at(-1)).toEqual({ id: 1, cancel: true });
    // A late answer to the cancelled call is ignored; the next call gets its own.
    worker.send({ id: 1, text: 'previous done' });
    worker.send({ id: 2, text: 'next done' });
    await expect(second).resolves.toEqual({ id: 2, text: 'next done' });
  });
});
