import { readQueueManifest, type ManifestInput, type ParsedClaim, type QueueManifest } from '@shared/queue/parse-queue';
import type { ImportIssue } from '@shared/queue/import-issue';
import { putClaimBatch, readImportBaseline, reconcileDecisionKinds, removeClaimsNotIn } from '@renderer/db/import-store';
import { queueIdForName } from '@renderer/db/keys';
import type { ClaimRow, ImportProgress } from '@renderer/db/types';
import { toClaimRow } from './claim-row';
import { applyDocumentResults } from './document-results';
import type { StoredDocument } from './import-documents';

/** About 500 rows per transaction keeps each block well under 100 ms when this runs on the page. */
export const CLAIM_BATCH_SIZE = 500;
const VALIDATE_SLICE_SIZE = 1000;

export type StageReport = (phase: ImportProgress['phase'], done: number, total: number) => void;

/** What the import needs from the manifest before it reads the documents. */
export interface ClaimPlan {
  queueId: string;
  name: string;
  header: Record<string, unknown>;
  /** Queue-level issues (syntax, schema tag, CSV rows); claim issues come with the write. */
  manifestIssues: ImportIssue[];
  /** SHA-256 (hex) of the manifest text as UTF-8, for the audit event. */
  manifestSha256: string;
  /** Documents to read and store: each queue-relative path once. */
  paths: string[];
}

export interface ClaimWriteResult {
  claimCount: number;
  imported: number;
  invalid: number;
  claimIssues: ImportIssue[];
}

/**
 * The claim half of an import: parse and validate the manifest, plan a row per claim, and (once
 * the documents are stored) write the rows in batches. Runs in the import worker in the app, so
 * JSON.parse, zod and the structured clone of 10,000 rows stay off the page's thread; runs
 * in-process where there is no Worker (unit tests), with the same code.
 */
export interface ClaimStage {
  plan(): Promise<ClaimPlan>;
  write(stored: ReadonlyMap<string, StoredDocument>): Promise<ClaimWriteResult>;
  close(): void;
}

export function createClaimStage(input: ManifestInput, report: StageReport): ClaimStage {
  let planned: { plan: ClaimPlan; rows: ClaimRow[]; existingKeys: Set<string>; previous: Map<string, string> } | null = null;
  return {
    async plan() {
      const manifest = readQueueManifest(input);
      const manifestSha256 = await sha256Hex(input.manifestText);
      const parsed = await validateInSlices(manifest, (done) => report('validating', done, manifest.rawClaims.length));
      const queueId = queueIdForName(manifest.name);
      const files = new Set(input.files);
      const baseline = await readImportBaseline(queueId);
      const rows = parsed.map((c) => toClaimRow(queueId, c, files, baseline.decisionKinds.get(c.claimId ?? '')));
      const paths = [...new Set(rows.flatMap((r) => r.documents.filter((d) => d.state === 'pending').map((d) => d.path)))];
      const plan: ClaimPlan = { queueId, name: manifest.name, header: manifest.header, manifestIssues: manifest.issues, manifestSha256, paths };
      planned = { plan, rows, existingKeys: baseline.existingKeys, previous: baseline.documentHashes };
      return plan;
    },
    async write(stored) {
      if (!planned) throw new Error('import: claims written before they were planned');
      const { plan, existingKeys, previous } = planned;
      const rows = applyDocumentResults(planned.rows, stored, previous, plan.name);
      planned = null;
      for (let start = 0; start < rows.length; start += CLAIM_BATCH_SIZE) {
        await putClaimBatch(rows.slice(start, start + CLAIM_BATCH_SIZE));
        report('storing', Math.min(rows.length, start + CLAIM_BATCH_SIZE), rows.length);
        await yieldToEventLoop();
      }
      await reconcileDecisionKinds(plan.queueId, new Map(rows.map((r) => [r.claimId, r.decisionKind])));
      await removeClaimsNotIn(plan.queueId, new Set(rows.map((r) => r.key)));
      return {
        claimCount: rows.length,
        imported: rows.filter((r) => !existingKeys.has(r.key)).length,
        invalid: rows.filter((r) => !r.isValid).length,
        claimIssues: rows.flatMap((r) => r.issues),
      };
    },
    close() {
      planned = null;
    },
  };
}

/** crypto.subtle hashes off the JS thread (a pure-JS SHA-256 of a 10 MB manifest blocked ~200 ms). */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Validates claims a slice at a time with a yield in between (zod on 10,000 claims is ~400 ms). */
async function validateInSlices(manifest: QueueManifest, onSlice: (done: number) => void): Promise<ParsedClaim[]> {
  const out: ParsedClaim[] = [];
  const raws = manifest.rawClaims;
  for (let start = 0; start < raws.length; start += VALIDATE_SLICE_SIZE) {
    const end = Math.min(raws.length, start + VALIDATE_SLICE_SIZE);
    for (let i = start; i < end; i++) out.push(manifest.validateClaim(raws[i], i));
    onSlice(end);
    await yieldToEventLoop();
  }
  return out;
}

/** Lets input, paint and other tasks run between batches. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
