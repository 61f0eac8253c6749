import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { claimKey, getChecklistDraft, saveChecklistDraft } from '@renderer/db';
import type { CheckId, CheckStatus, ClaimCheckReport } from '@shared/checks/types';
import { mergeChecklist, updateDraft, type CheckView, type DraftEntries } from './checklist-model';

export type DraftState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'failed';

export interface Checklist {
  checks: CheckView[];
  draftState: DraftState;
  draftError: string | null;
  setStatus: (id: CheckId, status: CheckStatus | null) => void;
  setNote: (id: CheckId, note: string) => void;
}

const NOTE_SAVE_DELAY_MS = 400;

/**
 * The reviewer's working checklist for one claim: read from the draft table, edited locally
 * (typing never waits for IndexedDB), written back at once for statuses and shortly after the
 * last keystroke for notes. Pending notes are flushed when the claim closes.
 */
export function useChecklist(queueId: string, claimId: string, report: ClaimCheckReport | null): Checklist {
  const stored = useLiveQuery(() => getChecklistDraft(queueId, claimId), [queueId, claimId]);
  const [local, setLocal] = useState<DraftEntries | null>(null);
  const [draftState, setDraftState] = useState<DraftState>('idle');
  const [draftError, setDraftError] = useState<string | null>(null);
  const pending = useRef<DraftEntries | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const write = useCallback(
    (entries: DraftEntries) => {
      pending.current = null;
      setDraftState('saving');
      saveChecklistDraft({ key: claimKey(queueId, claimId), queueId, claimId, entries, updatedAt: new Date().toISOString() }).then(
        () => setDraftState((s) => (s === 'saving' ? 'saved' : s)),
        (error: unknown) => {
          setDraftState('failed');
          setDraftError(`Checklist of claim ${claimId} was not saved: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    },
    [queueId, claimId],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current) write(pending.current);
    },
    [write],
  );

  const base = local ?? stored?.entries ?? null;
  const checks = useMemo(() => mergeChecklist(report, base), [report, base]);

  const setStatus = useCallback(
    (id: CheckId, status: CheckStatus | null) => {
      const next = updateDraft(local ?? stored?.entries ?? null, id, { manualStatus: status });
      setLocal(next);
      if (timer.current) clearTimeout(timer.current);
      write(next);
    },
    [local, stored, write],
  );

  const setNote = useCallback(
    (id: CheckId, note: string) => {
      const next = updateDraft(local ?? stored?.entries ?? null, id, { note });
      setLocal(next);
      setDraftState('unsaved');
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => write(next), NOTE_SAVE_DELAY_MS);
    },
    [local, stored, write],
  );

  return { checks, draftState, draftError, setStatus, setNote };
}
