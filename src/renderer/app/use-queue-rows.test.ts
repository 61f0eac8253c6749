// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/database';
import { recordDecision } from '@renderer/db';
import { makeClaimRow, makeDecision, makeQueueRow, putClaimRows, resetDatabase } from '@test/db-fixtures';
import type { ClaimRow } from '@renderer/db/types';
import { useAppStore } from './app-store';
import { useQueueRows } from './use-queue-rows';

// The viewer's readers are workers (none in jsdom): what the open claim asks of them is recorded.
const prefetched = vi.hoisted(() => [] as { path: string; signal: AbortSignal }[]);
vi.mock('@renderer/features/viewer/prefetch', () => ({
  prefetchForView: (document: { path: string }, signal: AbortSignal) => prefetched.push({ path: document.path, signal }),
}));

function withDocument(claimId: string, order: number): ClaimRow {
  return {
    ...makeClaimRow('q-1', claimId, order),
    documents: [
      {
        path: `${claimId}/sow.pdf`,
        sha256: 'c'.repeat(64),
        declaredSha256: null,
        state: 'ok',
        stateDetail: null,
        bytes: 3,
        mimeType: 'application/pdf',
      },
    ],
  };
}

afterEach(cleanup);

beforeEach(async () => {
  await resetDatabase();
  await db.queues.put(makeQueueRow({ name: 'Q', label: 'q', claimCount: 8 }));
  await putClaimRows(Array.from({ length: 8 }, (_, i) => withDocument(`c-${i}`, i)));
  act(() => useAppStore.setState({ queueId: 'q-1', view: 'queue', claimId: null }));
});

describe('useQueueRows', () => {
  it('lists every claim from the light summaries, and gives the open claim its details', async () => {
    const { result } = renderHook(() => useQueueRows('q-1'));
    await waitFor(() => expect(result.current.rows).toHaveLength(8));
    expect(result.current.rows.map((r) => r.claimId)).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6', 'c-7']);
    expect(result.current.rows[2]).toMatchObject({ partnerName: 'Fabrikam', raw: null, documents: [] });

    act(() => useAppStore.getState().openClaim('c-2'));
    await waitFor(() => expect(result.current.rows.find((r) => r.claimId === 'c-2')?.raw).toEqual({ claimId: 'c-2', extra: 'kept' }));
    const open = result.current.rows.find((r) => r.claimId === 'c-2');
    expect(open?.documents[0]?.path).toBe('c-2/sow.pdf');
    expect(result.current.rows.filter((r) => r.documents.length > 0)).toHaveLength(1);
  });

  it('opens the next claim without an empty (loading) render, its details having been read ahead', async () => {
    const { result } = renderHook(() => useQueueRows('q-1'));
    await waitFor(() => expect(result.current.rows).toHaveLength(8));
    act(() => useAppStore.getState().openClaim('c-3'));
    await waitFor(() => expect(result.current.rows.find((r) => r.claimId === 'c-3')?.documents).toHaveLength(1));
    // Give the read-ahead of c-4 time to land, then move on: the very next render has its details.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    act(() => useAppStore.getState().openClaim('c-4'));
    expect(result.current.rows.find((r) => r.claimId === 'c-4')?.documents).toHaveLength(1);
  });

  it('overlays a saved decision on the list without re-reading the claims', async () => {
    const { result } = renderHook(() => useQueueRows('q-1'));
    await waitFor(() => expect(result.current.rows).toHaveLength(8));
    await act(async () => {
      await recordDecision(makeDecision({ claimId: 'c-5', kind: 'reject' }));
    });
    await waitFor(() => expect(result.current.rows.find((r) => r.claimId === 'c-5')?.decisionKind).toBe('reject'));
  });

  it("starts reading an opened claim's first document as it opens, before the claim view is drawn, and ends that on the next", async () => {
    prefetched.length = 0;
    const { result } = renderHook(() => useQueueRows('q-1'));
    await waitFor(() => expect(result.current.rows).toHaveLength(8));
    // The highlighted claim's neighbours are read ahead in the list.
    act(() => useAppStore.setState({ claimId: 'c-1' }));
    await waitFor(() => expect(result.current.rows).toHaveLength(8));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    // Opening one of them asks for its document in the same task, with no render between.
    useAppStore.getState().openClaim('c-2');
    expect(prefetched.map((p) => p.path)).toEqual(['c-2/sow.pdf']);
    act(() => useAppStore.getState().openClaim('c-7'));
    expect(prefetched[0]?.signal.aborted).toBe(true);
    // One not read ahead is asked for once its documents are read from the database.
    await waitFor(() => expect(prefetched.map((p) => p.path)).toEqual(['c-2/sow.pdf', 'c-7/sow.pdf']));
    act(() => useAppStore.getState().backToQueue());
    expect(prefetched[1]?.signal.aborted).toBe(true);
  });
});
