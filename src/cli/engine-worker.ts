import { parentPort, workerData } from 'node:worker_threads';
import { runChecks } from '@shared/checks/engine';
import type { Ruleset } from '@shared/checks/ruleset';
import type { Claim } from '@shared/queue/claim-schema';
import type { ExtractedDocument } from '@shared/documents/types';
import { ownThreadStatPath } from './thread-cpu';

/**
 * The checklist engine of the check command, in its own thread so a claim that runs past its
 * budget (engine-runner.ts) can be stopped: a loop on the main thread could not be.
 */

interface Job {
  id: number;
  claim: Claim;
  documents: ExtractedDocument[];
  now?: Date;
}

// Once per worker: the engine compiles a ruleset's patterns once per object.
const { ruleset } = workerData as { ruleset: Ruleset };

const port = parentPort;
if (!port) throw new Error('engine-worker must run in a worker thread');

port.on('message', (job: Job) => {
  try {
    port.postMessage({ id: job.id, report: runChecks({ claim: job.claim, documents: job.documents, ruleset, now: job.now }) });
  } catch (err) {
    port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});

// Loaded: the runner's budget per claim starts now, counted on this thread's CPU time where it can be read.
port.postMessage({ ready: true, cpuStat: ownThreadStatPath() });
