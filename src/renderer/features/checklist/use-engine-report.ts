import { useEffect, useState } from 'react';
import type { ClaimRow } from '@renderer/db/types';
import { checkClaim, type EngineOutcome } from './check-claim';

export type EngineState =
  | { status: 'checking' }
  | { status: 'done'; outcome: EngineOutcome }
  | { status: 'failed'; message: string }
  | { status: 'skipped'; message: string };

/** Runs (or reads from cache) the engine for the open claim; a newer claim cancels the wait. */
export function useEngineReport(row: ClaimRow): EngineState {
  const [state, setState] = useState<{ key: string; value: EngineState } | null>(null);
  const rowKey = `${row.key}\u0000${row.documents.map((d) => d.sha256 ?? '').join(',')}`;

  useEffect(() => {
    if (!row.claim) return;
    const controller = new AbortController();
    checkClaim(row, controller.signal).then(
      (outcome) => {
        if (!controller.signal.aborted) setState({ key: rowKey, value: { status: 'done', outcome } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key: rowKey, value: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
    // The row object changes on every live-query refresh; rerun only when the claim or its bytes change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rowKey]);

  if (!row.claim)
    return { status: 'skipped', message: `Claim ${row.claimId} failed validation: the engine did not run. Check it by hand.` };
  if (!state || state.key !== rowKey) return { status: 'checking' };
  return state.value;
}
