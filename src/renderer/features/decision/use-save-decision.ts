import { useCallback } from 'react';
import { getCurrentDecision, getSetting, recordDecision } from '@renderer/db';
import { NullableName, SETTINGS } from '@renderer/features/settings/settings';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import type { ChecklistEntry, DecidedDocument, Decision } from '@shared/decisions/types';
import { buildDecision } from './build-decision';
import { useUndo } from './use-undo';
import { DECISION_KIND_LABELS, type DecisionDraft } from './decision-rules';

export interface SaveContext {
  queueId: string;
  claimId: string;
  checklist: ChecklistEntry[];
  documents: DecidedDocument[];
  /** Claims in a conflict with this one (from the review desk's links). */
  relatedClaims?: readonly string[];
  /** Runs after the decision is committed (auto-advance). */
  onSaved: () => void;
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('name' in error)) return '';
  return typeof error.name === 'string' ? error.name : '';
}

/** The error's own words without a trailing full stop (DOMException is no Error in every realm). */
function message(error: unknown): string {
  const text =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : String(error);
  return text.trim().replace(/\.+$/, '');
}

/**
 * Why a save failed, in the reviewer's terms. IndexedDB signals a full disk (or a browser
 * storage quota) as QuotaExceededError; Dexie keeps that name and the original as `inner`.
 */
export function saveFailureReason(error: unknown): string {
  const inner = typeof error === 'object' && error !== null && 'inner' in error ? error.inner : null;
  if (errorName(error) === 'QuotaExceededError' || errorName(inner) === 'QuotaExceededError') {
    return 'the storage is full (free some disk space, then save again)';
  }
  return message(error);
}

/**
 * Saves a decision: commit first, then (and only then) say "Decision saved", then copy it to
 * the journal. A failed commit leaves the caller's form open; a failed journal copy is a
 * warning, the decision itself is safe in the database.
 */
export function useSaveDecision() {
  const bridge = useBridge();
  const announce = useAppStore((s) => s.announce);
  const warn = useAppStore((s) => s.warn);
  const openReviewerDialog = useAppStore((s) => s.setReviewerDialogOpen);
  const undo = useUndo();

  return useCallback(
    async (draft: DecisionDraft, decisionId: string, context: SaveContext): Promise<boolean> => {
      const { queueId, claimId } = context;
      let decision: Decision;
      let outcome: 'saved' | 'already-saved';
      try {
        // Read at save time, not from live queries that may still be loading when a fast
        // reviewer presses a key right after opening the claim.
        const reviewer = await getSetting<string | null>(SETTINGS.reviewerName, null, NullableName);
        if (!reviewer) {
          warn('Enter your reviewer name before deciding: every decision records who made it.');
          openReviewerDialog(true);
          return false;
        }
        const supersedes = (await getCurrentDecision(queueId, claimId))?.decisionId ?? null;
        decision = buildDecision(draft, { ...context, reviewer, supersedes, decisionId, appVersion: bridge.appVersion, now: new Date() });
        outcome = await recordDecision(decision);
      } catch (error) {
        warn(
          `Decision for claim ${claimId} was NOT saved: ${saveFailureReason(error)}. Nothing was written; the form keeps what you entered, try again.`,
        );
        return false;
      }
      announce(`Decision saved: ${DECISION_KIND_LABELS[draft.kind]}`, { label: 'Undo', run: () => void undo(decision) });
      // A retry of a decision already committed (same id) was journalled by the first save.
      if (outcome === 'saved') {
        try {
          await bridge.appendJournal(JSON.stringify(decision));
        } catch (error) {
          warn(`Decision for claim ${claimId} is saved, but its copy in the journal file failed: ${message(error)}`);
        }
      }
      context.onSaved();
      return true;
    },
    [bridge, announce, warn, openReviewerDialog, undo],
  );
}
