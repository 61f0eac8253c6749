import { workerCalls } from '@renderer/features/shell/worker-call';
import { whileEngineBusy } from './engine-busy';
import type { EngineRequest, EngineResponse } from './engine-protocol';

type Success = Extract<EngineResponse, { ok: true }>;

/**
 * One engine worker for the app, runs one claim at a time. A run over its time budget
 * terminates the worker (the only way to stop a stuck parser) and the next run starts a new one.
 */
const engine = workerCalls<EngineRequest, EngineResponse>(
  () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'poe-engine' }),
  'the checking worker failed to start',
);
let chain: Promise<unknown> = Promise.resolve();

async function runOne(request: Omit<EngineRequest, 'id'>, timeoutMs: number, signal?: AbortSignal): Promise<Success> {
  const answer = await engine.call(request, {
    ...(signal ? { signal } : {}),
    transfer: request.documents.flatMap((d) => (d.bytes ? [d.bytes] : [])),
    timeoutMs,
    timeoutMessage: `checking took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`,
  });
  if (!answer.ok) throw new Error(answer.message);
  return answer;
}

/**
 * Queues a run behind the current one. `prepare` runs only when the run's turn comes (so
 * documents of claims the reviewer already left are never loaded) and may throw an AbortError.
 * The engine counts as busy (the background triage holds its claims) until the run settles.
 * `signal` ends a run under way (the worker is terminated, its OCR with it): the claim was closed.
 */
export function runEngine(prepare: () => Promise<Omit<EngineRequest, 'id'>>, timeoutMs: number, signal?: AbortSignal): Promise<Success> {
  const run = whileEngineBusy(chain.then(async () => runOne(await prepare(), timeoutMs, signal)));
  chain = run.catch(() => undefined);
  return run;
}
