import { useCallback } from 'react';
import { getSetting, lastUndoableDecision, recordUndo } from '@renderer/db';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import { NullableName, SETTINGS } from '@renderer/features/settings/settings';
import type { Undo } from '@shared/decisions/undo';
import type { Decision } from '@shared/decisions/types';
import { DECISION_KIND_LABELS } from './decision-rules';

/**
 * Undoes the reviewer's latest decision in the open queue that is not undone yet: a new undo
 * record and audit event naming it (never an erasure), committed before the UI says so, then
 * copied to the journal. Opens the claim it concerned, so the reviewer sees what came back.
 */
export function useUndo(): (target?: Decision) => Promise<void> {
  const bridge = useBridge();
  return useCallback(
    async (target?: Decision) => {
      const { queueId, announce, warn, openClaim } = useAppStore.getState();
      if (!queueId) return;
      try {
        const reviewer = await getSetting<string | null>(SETTINGS.reviewerName, null, NullableName);
        if (!reviewer) return;
        const last = target ?? (await lastUndoableDecision(queueId, reviewer));
        if (!last) {
          announce('Nothing to undo: you have no decision left in this queue');
          return;
        }
        const undo: Undo = {
          undoId: crypto.randomUUID(),
          queueId: last.queueId,
          claimId: last.claimId,
          revokes: last.decisionId,
          reviewer,
          undoneAt: new Date().toISOString(),
          appVersion: bridge.appVersion,
        };
        await recordUndo(undo);
        openClaim(last.claimId);
        announce(`Undone: ${DECISION_KIND_LABELS[last.kind]} on claim ${last.claimId}`);
        try {
          await bridge.appendJournal(JSON.stringify({ undo }));
        } catch (error) {
          warn(`The undo is saved, but its copy in the journal file failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      } catch (error) {
        warn(`Nothing was undone: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [bridge],
  );
}
