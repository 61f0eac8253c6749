// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { BridgeProvider } from '@renderer/bridge/bridge-context';
import { countByDecision } from '@renderer/features/queue-list/queue-filters';
import type * as QueueFilters from '@renderer/features/queue-list/queue-filters';
import { App } from './app';
import { useAppStore } from './app-store';
import { fakeBridge, testClaim } from '@test/fake-bridge';

// The header counts decisions each time the shell is drawn: counting those calls counts the
// shell's draws.
vi.mock('@renderer/features/queue-list/queue-filters', async (importOriginal) => {
  const original = await importOriginal<typeof QueueFilters>();
  return { ...original, countByDecision: vi.fn(original.countByDecision) };
});
vi.mock('@renderer/features/viewer/document-viewer', () => ({ DocumentViewer: () => null }));

afterEach(cleanup);

describe('an import in progress', () => {
  it('moves its bar without drawing the shell and the claim list again at each step', async () => {
    const bridge = fakeBridge([testClaim('C-1', 'Fabrikam', 'john@contoso.com')]);
    render(
      <BridgeProvider bridge={bridge}>
        <App />
      </BridgeProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reviewer name' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Your name' }), { target: { value: 'Ana Reviewer' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported "Test queue": 1 claims'), { timeout: 10_000 });

    act(() => useAppStore.getState().setImport('big queue', { phase: 'documents', done: 0, total: 40 }));
    const drawn = vi.mocked(countByDecision).mock.calls.length;
    for (let done = 1; done <= 40; done++)
      act(() => useAppStore.getState().setImport('big queue', { phase: 'documents', done, total: 40 }));
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuetext')).toBe('Storing documents: 40 of 40');
    expect(bar.parentElement?.textContent).toContain('Storing documents big queue 40 / 40');
    expect(vi.mocked(countByDecision).mock.calls.length).toBe(drawn);

    act(() => useAppStore.getState().setImport(null, null));
    expect(screen.queryByRole('progressbar', { name: 'Import progress' })).toBeNull();
  });
});
