// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ClaimCheckReport } from '@shared/checks/types';
import { DecisionForm } from './decision-form';
import { approveOverrideRules, type DecisionDraft } from './decision-rules';

afterEach(cleanup);

const report: ClaimCheckReport = {
  claimId: '1004973',
  suggestedDecision: 'action-required',
  checks: [],
  suggestedReasons: ['workloads-not-in-poe'],
  draftComment: 'Please remove Microsoft Defender from the claim.',
};

type Submit = (draft: DecisionDraft, id: string) => Promise<boolean>;

function setup(
  kind: 'approve' | 'action-required' | 'reject',
  failing: ('dates' | 'workloads')[],
  onSubmit = vi.fn<Submit>(() => Promise.resolve(true)),
) {
  const rules = approveOverrideRules({ engine: 'done', failing, documents: [], isValid: true, conflicts: [], anotherPartnerWorkloads: [] });
  render(
    <DecisionForm
      claimId="1004973"
      kind={kind}
      failing={failing}
      rules={rules}
      report={report}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  );
  return onSubmit;
}

describe('decision form', () => {
  it('is a dialog named "Decision" with the engine\'s reasons ticked and its comment filled in', () => {
    setup('action-required', ['workloads']);
    const dialog = screen.getByRole('dialog', { name: 'Decision' });
    expect(dialog).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Claimed workloads not supported by the POE' }).checked).toBe(true);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Comment to the partner' }).value).toBe(
      'Please remove Microsoft Defender from the claim.',
    );
    expect(screen.queryByRole('textbox', { name: 'Override note' })).toBeNull();
  });

  it('refuses a reject without reason and comment, and does not save', async () => {
    const onSubmit = setup('reject', []);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Claimed workloads not supported by the POE' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment to the partner' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Pick at least one reason.')).toBeTruthy();
    expect(screen.getByText('Write the comment the partner will read.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('saves a complete reject with the ticked reasons and the comment', async () => {
    const onSubmit = setup('reject', []);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Another partner drove more influence (conflicting claim)' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment to the partner' }), { target: { value: 'Competing claim approved.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const draft = onSubmit.mock.calls[0]?.[0];
    expect(draft).toEqual({
      kind: 'reject',
      reasons: ['workloads-not-in-poe', 'competing-claim'],
      comment: 'Competing claim approved.',
      overrideNote: '',
    });
  });

  it('asks for an override note to approve with a failing check, and says why', async () => {
    const onSubmit = setup('approve', ['dates']);
    expect(screen.getByText(/A check fails \(Dates\)/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Explain why you approve although a check fails.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('textbox', { name: 'Override note' }), { target: { value: 'Customer re-confirmed by email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  });

  it('keeps its content after a failed save and retries with the same decision id', async () => {
    const onSubmit = vi.fn<Submit>().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    setup('action-required', ['workloads'], onSubmit);
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save decision' }).disabled).toBe(false));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Comment to the partner' }).value).toBe(
      'Please remove Microsoft Defender from the claim.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    const firstId = onSubmit.mock.calls[0]?.[1];
    expect(firstId).toMatch(/^[0-9a-f-]{36}$/);
    expect(onSubmit.mock.calls[1]?.[1]).toBe(firstId);
  });

  it('saves with Ctrl+Enter from the comment box', async () => {
    const onSubmit = setup('action-required', ['workloads']);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Comment to the partner' }), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  });

  it('redrafts the comment from the ticked reasons until the reviewer edits it', () => {
    render(
      <DecisionForm
        claimId="1"
        kind="reject"
        failing={[]}
        rules={[]}
        report={null}
        onSubmit={() => Promise.resolve(true)}
        onCancel={() => undefined}
      />,
    );
    const comment = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Comment to the partner' });
    expect(comment.value).toBe('');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Partner or customer name not visible' }));
    expect(comment.value).toContain('names both parties');
    fireEvent.change(comment, { target: { value: 'My own words.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Activities described generically' }));
    expect(comment.value).toBe('My own words.');
  });
});

describe('decision form, submitted twice before it re-renders', () => {
  it('hands the decision to the save once (a fast double click, or Ctrl+Enter with a click)', async () => {
    let finish: (isSaved: boolean) => void = () => undefined;
    const onSubmit = vi.fn<Submit>(() => new Promise<boolean>((resolve) => (finish = resolve)));
    setup('action-required', ['workloads'], onSubmit);
    const form = screen.getByRole('dialog', { name: 'Decision' }).querySelector('form');
    if (!form) throw new Error('no form');
    // One task, no re-render in between: the "Saving…" state is not on screen yet.
    act(() => {
      form.requestSubmit();
      form.requestSubmit();
      fireEvent.keyDown(form, { key: 'Enter', ctrlKey: true });
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(() => {
      finish(false);
      return Promise.resolve();
    });
    // A failed save frees the form for a retry, with the same id.
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]?.[1]).toBe(onSubmit.mock.calls[0]?.[1]);
  });
});
