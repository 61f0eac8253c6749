import type { ReaderEnv } from '@readers/extract';
import { extractDocument } from '@readers/extract';
import { runChecks } from '@shared/checks/engine';
import { DEFAULT_RULESET } from '@shared/checks/ruleset';
import { ocrLanguagesFor } from '@shared/documents/ocr';
import type { ClaimCheckReport } from '@shared/checks/types';
import type { DocumentState, ExtractedDocument } from '@shared/documents/types';
import type { Claim } from '@shared/queue/claim-schema';

/** A document as the import stored it: bytes null when none were stored (missing or refused file). */
export interface StoredDocumentInput {
  path: string;
  bytes: ArrayBuffer | null;
  state: DocumentState | 'pending';
  stateDetail: string | null;
}

/** A document the import could not store still counts: the engine sees it as unreadable. */
function unreadDocument(path: string, state: ExtractedDocument['state'], detail: string | null): ExtractedDocument {
  return { path, kind: 'unsupported', state, stateDetail: detail ?? undefined, parts: [], metadata: {}, signatures: [], attachments: [] };
}

/**
 * Reads a claim's documents one at a time and runs the checklist engine on them: what the
 * engine worker (open claim) and the triage workers (whole queue) both do, in a worker. Scans
 * are read by OCR where the environment has it (app-reader-env.ts).
 */
export async function readAndCheck(
  claim: Claim,
  inputs: readonly StoredDocumentInput[],
  env: ReaderEnv,
): Promise<{ report: ClaimCheckReport; documents: ExtractedDocument[] }> {
  const documents: ExtractedDocument[] = [];
  // Scans are read in the languages of the customer's country, English last, as `check` reads them.
  const languages = ocrLanguagesFor([claim.customer.country ?? ''], DEFAULT_RULESET.ocr);
  for (const doc of inputs) {
    if (!doc.bytes) {
      const state = doc.state === 'pending' || doc.state === 'ok' ? 'missing' : doc.state;
      documents.push(unreadDocument(doc.path, state, doc.stateDetail ?? 'no bytes were stored at import'));
      continue;
    }
    documents.push(await extractDocument({ path: doc.path, bytes: new Uint8Array(doc.bytes) }, env, { ocr: { languages } }));
  }
  return { report: runChecks({ claim, documents, ruleset: DEFAULT_RULESET }), documents };
}
