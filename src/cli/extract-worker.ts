import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '@readers/extract';
import { createNodeReaderEnv } from '@readers/node';

/**
 * One reader thread of the check command: reads whole documents, one at a time, and posts the
 * ExtractedDocument back. The main thread owns the watchdog; this side only does the work.
 */

interface Job {
  id: number;
  path: string;
  bytes: Uint8Array;
}

const { timeoutMs } = workerData as { timeoutMs: number };
const env = createNodeReaderEnv();
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

port.on('message', (job: Job) => {
  void extractDocument({ path: job.path, bytes: job.bytes }, env, { timeoutMs }).then(
    (doc) => port.postMessage({ id: job.id, doc }),
    (err: unknown) => port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
