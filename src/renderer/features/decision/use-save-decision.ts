import { useCallback } from 'react';
import { recordDecision } from '@renderer/db';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import type { ChecklistEntry, DecidedDocument } from '@shared/decisions/types';
import { buildDecision } from './build-decision';
import { DECISION_KIND_LABELS, type DecisionDraft } from './decision-rules';

export interface SaveContext {
  queueId: string;
  claimId: string;
  reviewer: string | null;
  checklist: ChecklistEntry[];
  documents: DecidedDocument[];
  supersedes: string | null;
  /** Runs after the decision is committed (auto-advance). */
  onSaved: () => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

  return useCallback(
    async (draft: DecisionDraft, decisionId: string, context: SaveContext): Promise<boolean> => {
      if (!context.reviewer) {
        warn('Enter your reviewer name before deciding: every decision records who made it.');
        openReviewerDialog(true);
        return false;
      }
      const decision = buildDecision(draft, { ...context, reviewer: context.reviewer, decisionId, appVersion: bridge.appVersion, now: new Date() });
      try {
        await recordDecision(decision);
      } catch (error) {
        warn(`Decision for claim ${context.claimId} was NOT saved: ${message(error)}. Nothing was written; try again.`);
        return false;
      }
      announce(`Decision saved: ${DECISION_KIND_LABELS[draft.kind]}`);
      try {
        await bridge.appendJournal(JSON.stringify(decision));
      } catch (error) {
        warn(`Decision for claim ${context.claimId} is saved, but its copy in the journal file failed: ${message(error)}`);
      }
      context.onSaved();
      return true;
    },
    [bridge, announce, warn, openReviewerDialog],
  );
}
