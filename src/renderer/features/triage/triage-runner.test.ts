// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TriageRow } from '@renderer/db/types';
import { failedTriage, type TriageJob } from './triage-claim';
import type { TriageRequest, TriageResponse } from './triage.worker';

/** The stored queue the runner sees: its current import and claims; rows it wrote. */
const stored = vi.hoisted(() => ({ importId: 'imp-A', claimIds: [] as string[], written: [] as TriageRow[] }));

vi.mock('@renderer/db', () => ({
  getQueue: (queueId: string) => Promise.resolve({ queueId, importId: stored.importId }),
  listClaimSummaries: () => Promise.resolve(stored.claimIds.map((claimId) => ({ claimId }))),
  listTriage: () => Promise.resolve([]),
  putTriage: (rows: readonly TriageRow[]) => {
    stored.written.push(...rows);
    return Promise.resolve();
  },
}));

/**
 * A triage worker as the real one behaves, driven by the test: `step()` finishes the claim in
 * hand (its row), and the batch ends (`done`) when it has no claim left or was asked to yield.
 */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<TriageResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  isTerminated = false;
  batch: { id: number; jobs: TriageJob[]; isYielding: boolean } | null = null;
  readonly imports: string[] = [];
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: TriageRequest): void {
    if (request.kind === 'yield') {
      if (this.batch?.id === request.id) this.batch.isYielding = true;
      return;
    }
    this.batch = { id: request.id, jobs: [...request.jobs], isYielding: false };
    this.imports.push(...request.jobs.map((j) => j.importId));
  }
  terminate(): void {
    this.isTerminated = true;
  }
  step(): void {
    const batch = this.batch;
    if (!batch || this.isTerminated) throw new Error('this worker has no claim in hand');
    const job = batch.jobs.shift()!;
    this.send({ id: batch.id, kind: 'row', row: { ...failedTriage(job, 'x'), engine: 'done', message: null } });
    if (batch.jobs.length === 0 || batch.isYielding) {
      this.batch = null;
      this.send({ id: batch.id, kind: 'done' });
    }
  }
  private send(data: TriageResponse) {
    this.onmessage?.({ data } as MessageEvent<TriageResponse>);
  }
}

const busyWorkers = () => FakeWorker.all.filter((w) => w.batch && !w.isTerminated);

/** Lets the workers finish every claim they are given, until the run has none left. */
async function runToTheEnd(running: Promise<void>): Promise<void> {
  while (busyWorkers().length > 0) {
    for (const w of busyWorkers()) w.step();
    await new Promise((r) => setTimeout(r, 0));
  }
  await running;
}

beforeEach(() => {
  FakeWorker.all = [];
  stored.importId = 'imp-A';
  stored.claimIds = Array.from({ length: 8 }, (_, i) => `C-${i + 1}`);
  stored.written = [];
  vi.stubGlobal('Worker', FakeWorker);
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: 4, configurable: true });
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

describe('triage runner', () => {
  it('on a 2-core machine checks two claims at once while the list is shown, one while a claim is open, one on a single core', async () => {
    Object.defineProperty(navigator, 'hardwareConcurrency', { value: 2, configurable: true });
    stored.claimIds = Array.from({ length: 20 }, (_, i) => `C-${i + 1}`);
    const { useAppStore } = await import('@renderer/app/app-store');
    useAppStore.setState({ view: 'queue' });
    const { startTriage } = await import('./triage-runner');
    const running = startTriage('q');
    await vi.waitFor(() => expect(busyWorkers()).toHaveLength(2));
    // The reviewer opens a claim: the batches in hand end, and only one worker goes on.
    useAppStore.setState({ view: 'claim' });
    for (const w of busyWorkers()) while (w.batch) w.step();
    await vi.waitFor(() => expect(busyWorkers()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(busyWorkers()).toHaveLength(1);
    useAppStore.setState({ view: 'queue' });
    await runToTheEnd(running);
    expect(stored.written.map((r) => r.claimId).sort()).toEqual([...stored.claimIds].sort());

    vi.resetModules();
    FakeWorker.all = [];
    stored.written = [];
    stored.importId = 'imp-B';
    Object.defineProperty(navigator, 'hardwareConcurrency', { value: 1, configurable: true });
    const single = await import('./triage-runner');
    const second = single.startTriage('q');
    await vi.waitFor(() => expect(busyWorkers()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(FakeWorker.all).toHaveLength(1);
    await runToTheEnd(second);
  });

  it('stops a replaced run at once: after a re-import only the new import is being checked', async () => {
    const { startTriage } = await import('./triage-runner');
    void startTriage('q');
    await vi.waitFor(() => expect(busyWorkers()).toHaveLength(2));
    busyWorkers()[0]!.step();

    // The queue is imported again while both workers are inside their batches of the old import.
    stored.importId = 'imp-B';
    const second = startTriage('q');
    await vi.waitFor(() => expect(FakeWorker.all.some((w) => w.imports.includes('imp-B'))).toBe(true));
    // No worker goes on with the old import's claims next to the new run's workers.
    expect(busyWorkers().filter((w) => w.imports.includes('imp-A'))).toEqual([]);
    expect(busyWorkers().length).toBeLessThanOrEqual(2);

    // The new run does all eight claims of the new import, each once.
    await runToTheEnd(second);
    const fresh = stored.written.filter((r) => r.importId === 'imp-B').map((r) => r.claimId);
    expect(fresh.sort()).toEqual(stored.claimIds);
  });

  it("gives way to the open claim's engine run: batches under way stop at once, none starts until it is done, no claim is lost", async () => {
    // After resetModules: the same engine-busy module as the runner's.
    const { whileEngineBusy } = await import('@renderer/features/checklist/engine-busy');
    const { startTriage } = await import('./triage-runner');
    const running = startTriage('q');
    await vi.waitFor(() => expect(busyWorkers()).toHaveLength(2));
    busyWorkers()[0]!.step();

    let finishEngine!: () => void;
    const engineRun = whileEngineBusy(new Promise<void>((resolve) => (finishEngine = resolve)));
    // Nothing of the triage goes on next to the reviewer's claim.
    expect(busyWorkers()).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(busyWorkers()).toEqual([]);

    finishEngine();
    await engineRun;
    await vi.waitFor(() => expect(busyWorkers().length).toBeGreaterThan(0));
    await runToTheEnd(running);
    // Every claim once: the one done before, and the pre-empted ones again.
    expect(stored.written.map((r) => r.claimId).sort()).toEqual(stored.claimIds);
  });

  it("while a claim opens no batch starts, even as the previous claim's engine run is cancelled; its first screen read, the triage goes on", async () => {
    const { whileEngineBusy, whileOpening } = await import('@renderer/features/checklist/engine-busy');
    const { startTriage } = await import('./triage-runner');
    const running = startTriage('q');
    await vi.waitFor(() => expect(busyWorkers()).toHaveLength(2));
    // The reviewer is on a claim whose engine runs: the triage holds.
    let cancelPrevious!: () => void;
    void whileEngineBusy(new Promise<void>((_, reject) => (cancelPrevious = () => reject(new Error('closed'))))).catch(() => undefined);
    expect(busyWorkers()).toEqual([]);
    const started = FakeWorker.all.length;

    // The next claim opens: its first screen is being read when the previous claim's run is cancelled.
    let firstScreenRead!: () => void;
    const held = whileOpening(new Promise<void>((resolve) => (firstScreenRead = resolve)), new AbortController().signal);
    cancelPrevious();
    await new Promise((r) => setTimeout(r, 20));
    // No triage worker started in between (it would load its script and read the database next to the first screen).
    expect(FakeWorker.all).toHaveLength(started);
    expect(busyWorkers()).toEqual([]);

    firstScreenRead();
    await held;
    await vi.waitFor(() => expect(busyWorkers().length).toBeGreaterThan(0));
    await runToTheEnd(running);
    expect(stored.written.map((r) => r.claimId).sort()).toEqual(stored.claimIds);
  });

  it('a pause ends the batches under way after the claim in hand', async () => {
    const { startTriage, pauseTriage, resumeTriage } = await import('./triage-runner');
    const running = startTriage('q');
    await vi.waitFor(() => expect(busyWorkers()).toHaveLength(2));
    pauseTriage();
    for (const w of busyWorkers()) w.step();
    await new Promise((r) => setTimeout(r, 20));
    expect(busyWorkers()).toEqual([]);
    resumeTriage();
    await vi.waitFor(() => expect(busyWorkers().length).toBeGreaterThan(0));
    await runToTheEnd(running);
    expect(stored.written.map((r) => r.claimId).sort()).toEqual(stored.claimIds);
  });
});
