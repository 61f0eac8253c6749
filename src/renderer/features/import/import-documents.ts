import type { QueueSource } from '@shared/queue/queue-source';
import { LIMITS, formatBytes } from '@shared/limits';
import { documentMimeType } from '@shared/queue/queue-documents';
import { putDocumentBlob } from '@renderer/db/import-store';

const CONCURRENCY = 4;
/** A read that takes longer (a hung network share, a FIFO that slipped through) is given up. */
export const READ_TIMEOUT_MS = 60_000;

export type StoredDocument =
  { state: 'ok'; sha256: string; bytes: number } | { state: 'refused' | 'timeout'; detail: string; bytes: number | null };

/**
 * Reads each queue-relative path once (through the platform's readFile, which refuses anything
 * outside the queue), hashes it with SHA-256 and stores the bytes as a Blob. A few at a time,
 * so a large queue neither holds every document in memory nor waits on one slow file.
 */
export async function storeDocuments(
  source: QueueSource,
  queueId: string,
  paths: readonly string[],
  onDone: (done: number) => void,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<Map<string, StoredDocument>> {
  const results = new Map<string, StoredDocument>();
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++]!;
      results.set(path, await storeOne(source, queueId, path, timeoutMs));
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return results;
}

async function storeOne(source: QueueSource, queueId: string, path: string, timeoutMs: number): Promise<StoredDocument> {
  let bytes: Uint8Array;
  try {
    const read = await withTimeout(source.readFile(path), timeoutMs);
    if (read === TIMED_OUT)
      return { state: 'timeout', detail: `${path} was not read within ${Math.round(timeoutMs / 1000)} s`, bytes: null };
    bytes = read;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The queue sources' messages name the path already ('"a.pdf" refused: ...').
    return { state: 'refused', detail: message.startsWith(`"${path}"`) ? message : `${path} could not be read: ${message}`, bytes: null };
  }
  // The queue source refuses these already; a platform source that does not is held to the same limit.
  if (bytes.byteLength > LIMITS.documentBytes) {
    return {
      state: 'refused',
      detail: `"${path}" refused: ${formatBytes(bytes.byteLength)} is over the ${formatBytes(LIMITS.documentBytes)} limit for one file`,
      bytes: bytes.byteLength,
    };
  }
  // Copy into a plain ArrayBuffer: the source's view may sit on a shared or larger buffer.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const digest = await crypto.subtle.digest('SHA-256', copy);
  const sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  await putDocumentBlob(queueId, path, new Blob([copy], { type: documentMimeType(path) ?? 'application/octet-stream' }), sha256);
  return { state: 'ok', sha256, bytes: copy.byteLength };
}

const TIMED_OUT = Symbol('timed out');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
