// First: the worker gets the same CSP (Electron sends it on worker scripts); zod must not eval.
import '@renderer/features/shell/zod-jitless';
import { listAllTriage } from '@renderer/db';
import type { ClaimLink } from '@shared/links/types';
import { linksAcross } from './triage-info';

/**
 * Links across every queue imported, found off the main thread: reads every queue's current
 * triage rows from IndexedDB itself (their text signatures never cross to the page) and answers
 * with the links, claims named by row key (queue + claim).
 */

export interface LinksRequest {
  id: number;
}
export type LinksResponse = { id: number; ok: true; links: ClaimLink[] } | { id: number; ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<LinksRequest>) => void) | null;
  postMessage(message: LinksResponse): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id } = event.data;
  listAllTriage().then(
    (rows) => scope.postMessage({ id, ok: true, links: linksAcross(rows) }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
