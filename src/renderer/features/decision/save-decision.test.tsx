// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Bridge } from '@renderer/bridge/bridge';
import { BridgeProvider } from '@renderer/bridge/bridge-context';
import { getDecisionHistory, recordDecision, setSetting } from '@renderer/db';
import { App } from '@renderer/app/app';
import { useAppStore } from '@renderer/app/app-store';
import { SETTINGS } from '@renderer/features/settings/settings';
import type * as Db from '@renderer/db';
import { fakeBridge, testClaim } from '@test/fake-bridge';

// RELIABILITY 19: a full disk makes IndexedDB refuse the write. The real recordDecision runs
// unless a test makes it fail.
vi.mock('@renderer/db', async (importOriginal) => {
  const actual = await importOriginal<typeof Db>();
  return { ...actual, recordDecision: vi.fn(actual.recordDecision) };
});

// pdf.js needs Node 22 iterator helpers; this test is about saving, not viewing.
vi.mock('@renderer/features/viewer/document-viewer', () => ({
  DocumentViewer: () => <section aria-label="Documents">This claim has no documents.</section>,
}));

afterEach(cleanup);

/**
 * Starts the app on the test queue (the database and the store outlive a test: each test
 * decides its own claim), opens the claim and fills a Reject form; returns the form.
 */
async function openRejectForm(bridge: Bridge, claimId: string): Promise<HTMLElement> {
  await setSetting(SETTINGS.reviewerName, 'Ana Reviewer');
  useAppStore.getState().clearAlert();
  render(
    <BridgeProvider bridge={bridge}>
      <App />
    </BridgeProvider>,
  );
  await waitFor(() => expect(useAppStore.getState().queueId).toBeTruthy(), { timeout: 10_000 });
  act(() => useAppStore.getState().openClaim(claimId));
  await waitFor(() => expect(screen.getByRole('region', { name: 'Claim facts' }).textContent).toContain(claimId), { timeout: 10_000 });
  fireEvent.click(within(screen.getByRole('region', { name: 'Decision' })).getByRole('button', { name: /^Reject/ }));
  const form = await screen.findByRole('dialog', { name: 'Decision' });
  fireEvent.click(within(form).getByRole('checkbox', { name: 'Another partner drove more influence (conflicting claim)' }));
  fireEvent.change(within(form).getByRole('textbox', { name: 'Comment to the partner' }), {
    target: { value: 'A competing claim was approved for this customer.' },
  });
  return form;
}

describe('saving a decision', () => {
  it('on a full disk keeps the form open with its content, says the decision was NOT saved and why, and a retry saves it once', async () => {
    const form = await openRejectForm(fakeBridge([testClaim('C-1'), testClaim('C-2')]), 'C-1');
    const comment = within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Comment to the partner' });

    vi.mocked(recordDecision).mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save decision' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/NOT saved/);
    expect(alert.textContent).toMatch(/storage is full/i);
    expect(screen.getByRole('status').textContent).not.toMatch(/Decision saved/);
    // The form is still there, usable, with what the reviewer wrote.
    expect(screen.getByRole('dialog', { name: 'Decision' })).toBe(form);
    expect(comment.value).toBe('A competing claim was approved for this customer.');
    expect(
      within(form).getByRole<HTMLInputElement>('checkbox', { name: 'Another partner drove more influence (conflicting claim)' }).checked,
    ).toBe(true);
    await waitFor(() => expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Save decision' }).disabled).toBe(false));
    const queueId = useAppStore.getState().queueId ?? '';
    expect(await getDecisionHistory(queueId, 'C-1')).toEqual([]);

    // Space freed: the same form saves, once.
    fireEvent.click(within(form).getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Decision saved: Reject'));
    expect(screen.queryByRole('dialog', { name: 'Decision' })).toBeNull();
    const history = await getDecisionHistory(queueId, 'C-1');
    expect(history.map((d) => [d.kind, d.comment])).toEqual([['reject', 'A competing claim was approved for this customer.']]);
  }, 30_000);

  it('a save whose id is already committed says saved and does not copy it to the journal again', async () => {
    const bridge = fakeBridge([testClaim('C-1'), testClaim('C-2')]);
    const form = await openRejectForm(bridge, 'C-2');
    vi.mocked(recordDecision).mockResolvedValueOnce('already-saved');
    fireEvent.click(within(form).getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Decision saved: Reject'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bridge.appendJournal).not.toHaveBeenCalled();
  }, 30_000);
});
