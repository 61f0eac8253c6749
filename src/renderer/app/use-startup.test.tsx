// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSetting } from '@renderer/db';
import { makeClaimRow, putClaimRows, resetDatabase } from '@test/db-fixtures';
import { SETTINGS } from '@renderer/features/settings/settings';
import { fakeBridge } from '@test/fake-bridge';
import { useAppStore } from './app-store';
import { useStartup } from './use-startup';

const INITIAL = useAppStore.getState();

beforeEach(async () => {
  await resetDatabase();
  act(() => useAppStore.setState(INITIAL, true));
  await putClaimRows([makeClaimRow('q-1', 'c-1', 0), makeClaimRow('q-1', 'c-2', 1)]);
  await setSetting(SETTINGS.lastQueueId, 'q-1');
  await setSetting(SETTINGS.lastClaimId, 'c-2');
});

describe('useStartup', () => {
  it('reopens the last queue and claim, without showing the list on the way', async () => {
    const seen: string[] = [];
    const unsubscribe = useAppStore.subscribe((s) => seen.push(`${s.queueId ?? '-'} ${s.view} ${s.claimId ?? '-'}`));
    try {
      renderHook(() => useStartup(fakeBridge([])));
      await waitFor(() => expect(useAppStore.getState()).toMatchObject({ queueId: 'q-1', view: 'claim', claimId: 'c-2' }));
    } finally {
      unsubscribe();
    }
    expect(seen.filter((s) => s.startsWith('q-1'))[0]).toBe('q-1 claim c-2');
  });

  it('reopens the last queue on its list when the last claim is gone', async () => {
    await setSetting(SETTINGS.lastClaimId, 'removed-by-a-later-import');
    renderHook(() => useStartup(fakeBridge([])));
    await waitFor(() => expect(useAppStore.getState()).toMatchObject({ queueId: 'q-1', view: 'queue', claimId: null }));
  });

  it('does not pull the reviewer back to the last claim once they started something else', async () => {
    renderHook(() => useStartup(fakeBridge([])));
    // The reviewer clicks "Open sample queue" while the database is still being read.
    act(() => useAppStore.getState().setImport('the sample queue', { phase: 'reading', done: 0, total: 0 }));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(useAppStore.getState()).toMatchObject({ queueId: null, view: 'queue', claimId: null });
  });

  describe('on a first run (empty database)', () => {
    beforeEach(async () => {
      await resetDatabase();
    });

    it('stays on the start screen when the end-to-end fixture set __poeFirstRunSkipsSample', async () => {
      window.__poeFirstRunSkipsSample = true;
      try {
        let asked = 0;
        const bridge = fakeBridge([]);
        renderHook(() => useStartup({ ...bridge, openSampleQueue: () => (asked++, bridge.openSampleQueue()) }));
        await act(async () => new Promise((resolve) => setTimeout(resolve, 200)));
        expect(asked).toBe(0);
        expect(useAppStore.getState()).toMatchObject({ queueId: null, importProgress: null });
      } finally {
        delete window.__poeFirstRunSkipsSample;
      }
    });

    it('imports the sample queue', async () => {
      let asked = 0;
      const bridge = fakeBridge([]);
      renderHook(() => useStartup({ ...bridge, openSampleQueue: () => (asked++, bridge.openSampleQueue()) }));
      await waitFor(() => expect(asked).toBe(1));
      // The import ends before the test does: nothing of it reaches the next test's store.
      await waitFor(() => expect(useAppStore.getState().importProgress).toBeNull());
    });
  });
});
