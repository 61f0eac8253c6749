import type { ClaimCheckReport } from '@shared/checks/types';
import type { DocumentState } from '@shared/documents/types';
import type { Claim } from '@shared/queue/claim-schema';

/** Messages between the claim view and engine.worker.ts (structured-cloned; bytes transferred). */

export interface EngineRequest {
  id: number;
  /** Base URL the readers fetch pdf.js assets from (the page's, the worker has no document). */
  assetsBase: string;
  claim: Claim;
  /** One per claim document; bytes null when the import stored none (missing or refused file). */
  documents: { path: string; bytes: ArrayBuffer | null; state: DocumentState | 'pending'; stateDetail: string | null }[];
}

/** How reading each document ended, as the readers saw it in this run. */
export interface EngineDocumentFact {
  path: string;
  state: DocumentState;
  stateDetail: string | null;
  sha256: string | null;
}

export type EngineResponse =
  { id: number; ok: true; report: ClaimCheckReport; documents: EngineDocumentFact[] } | { id: number; ok: false; message: string };
