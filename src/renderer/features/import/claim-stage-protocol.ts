import type { ManifestInput } from '@shared/queue/parse-queue';
import type { ImportProgress } from '@renderer/db/types';
import type { ClaimPlan, ClaimWriteResult, DocumentsToRead } from './claim-stage';
import type { StoredDocument } from './import-documents';

/** Messages between the page and the import worker (claim-stage.worker.ts). */
export type ClaimStageRequest =
  | { type: 'plan'; input: ManifestInput }
  /** Documents read so far; no answer. */
  | { type: 'documents'; stored: [string, StoredDocument][] }
  | { type: 'write'; stored: [string, StoredDocument][] };

export type ClaimStageResponse =
  | { type: 'progress'; phase: ImportProgress['phase']; done: number; total: number }
  | { type: 'documents-to-read'; toRead: DocumentsToRead }
  | { type: 'planned'; plan: ClaimPlan }
  | { type: 'written'; result: ClaimWriteResult }
  | { type: 'failed'; message: string };
