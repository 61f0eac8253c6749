import { parentPort, workerData } from 'node:worker_threads';
import { runChecks } from '@shared/checks/engine';
import { evidenceOnPages } from '@shared/documents/ocr-evidence';
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
    const report = runChecks({ claim: job.claim, documents: job.documents, ruleset, now: job.now });
    // The report's evidence boxes on the pages as they are, OCR'd scans included (QUEUE-FORMAT.md).
    port.postMessage({ id: job.id, report: evidenceOnPages(report, job.documents) });
  } catch (err) {
    port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});

// Loaded: the runner's budget per claim starts now, counted on this thread's CPU time where it can be read.
port.postMessage({ ready: true, cpuStat: ownThreadStatPath() });
