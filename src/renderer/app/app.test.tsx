// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { BridgeProvider } from '@renderer/bridge/bridge-context';
import { getDecisionHistory } from '@renderer/db';
import { App } from './app';
import { useAppStore } from './app-store';
import { fakeBridge, testClaim } from '@test/fake-bridge';

// pdf.js (modern build) needs Node 22 iterator helpers; the viewer has its own tests. Here it
// only has to show which documents it was given.
vi.mock('@renderer/features/viewer/document-viewer', () => ({
  DocumentViewer: ({ documents }: { documents: { name: string }[] }) => (
    <section aria-label="Documents">
      {documents.length === 0 ? 'This claim has no documents.' : documents.map((d) => d.name).join(', ')}
    </section>
  ),
}));

afterEach(cleanup);

describe('the app', () => {
  it('asks for the reviewer name, lands on the sample queue, and decides a claim from the keyboard', async () => {
    const bridge = fakeBridge([testClaim('C-1', 'Fabrikam', 'john@contoso.com'), testClaim('C-2', 'Litware', 'john@contoso.com')]);
    render(
      <BridgeProvider bridge={bridge}>
        <App />
      </BridgeProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reviewer name' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(await within(dialog).findByText(/Enter your name/)).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Your name' }), { target: { value: 'Ana Reviewer' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('button', { name: 'Reviewer: Ana Reviewer' }, { timeout: 5000 })).toBeTruthy();

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported "Test queue": 2 claims'), { timeout: 10_000 });
    expect(await screen.findByText('2 of 2 claims')).toBeTruthy();

    fireEvent.keyDown(document.body, { key: '?' });
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull());

    act(() => useAppStore.getState().openClaim('C-1'));
    const facts = await screen.findByRole('region', { name: 'Claim facts' });
    expect(facts.textContent).toContain('C-1');
    // No Worker in jsdom: the engine fails visibly and the checks stay usable by hand.
    expect(await screen.findByText(/Automatic checks failed/, undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: 'Pass' })).toHaveLength(7);

    // Typing in a note is not a shortcut.
    const note = screen.getAllByRole('textbox', { name: 'Note' })[0];
    if (!note) throw new Error('no note');
    fireEvent.keyDown(note, { key: 'a' });
    expect(screen.queryByText(/Decision saved/)).toBeNull();

    // The engine failed: approving is an override, the form says why and wants a note.
    fireEvent.keyDown(document.body, { key: 'a' });
    const form = await screen.findByRole('dialog', { name: 'Decision' });
    expect(within(form).getByText('The automatic checks did not run (they failed).')).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: 'Override note' }), {
      target: { value: 'Checked every document by hand.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save decision' }));
    await waitFor(
      () =>
        expect([screen.getByRole('status').textContent, screen.queryByRole('alert')?.textContent]).toEqual([
          'Decision saved: Approve',
          undefined,
        ]),
      { timeout: 5000 },
    );
    const [decision] = await getDecisionHistory(useAppStore.getState().queueId ?? '', 'C-1');
    expect(decision).toMatchObject({
      kind: 'approve',
      reviewer: 'Ana Reviewer',
      appVersion: '0.0.0-test',
      supersedes: null,
      overrideNote: 'Checked every document by hand.',
    });
    expect(decision?.checklist).toHaveLength(7);
    await waitFor(() => expect(bridge.appendJournal).toHaveBeenCalledWith(JSON.stringify(decision)));
    // Auto-advance: the next undecided claim opens.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Claim facts' }).textContent).toContain('C-2'));
  }, 30_000);
});
