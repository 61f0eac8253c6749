/**
 * The repository API: the only way the rest of the renderer reads or writes the database.
 * Components read through hooks (useLiveQuery over these functions).
 */
export {
  listQueues,
  getQueue,
  listClaims,
  listClaimSummaries,
  getClaim,
  getClaimDetails,
  getDocumentBlob,
  getChecklistDraft,
  saveChecklistDraft,
  getSetting,
  setSetting,
  getEngineReport,
  putEngineReport,
  putEngineReports,
} from './repositories';
export { recordDecision, getDecisionHistory, getCurrentDecision, listCurrentDecisions, currentDecisionKinds } from './decisions';
export { listAuditEvents, verifyAuditChain } from './audit-log';
export { exportDecisionLog } from './export-log';
export { restoreDecisionsFromJournal } from './journal-restore';
export { removeAbandonedImports } from './import-store';
export { listTriage, listAllTriage, getTriage, putTriage } from './triage';
export { recordUndo, lastUndoableDecision, undoneDecisionIds } from './undo';
export { claimKey, queueIdForName } from './keys';
export { indexedDbOcrCache, getDocumentOcr } from './ocr-cache';
export { joinClaimRow } from './claim-split';
export type * from './types';
