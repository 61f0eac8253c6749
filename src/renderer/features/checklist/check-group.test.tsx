// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ClaimCheckReport } from '@shared/checks/types';
import { CheckGroup } from './check-group';
import { failingChecks, mergeChecklist, updateDraft } from './checklist-model';
import { evidenceWhere, evidenceWhereFull, formFieldLabel } from './evidence-label';

afterEach(cleanup);

const report: ClaimCheckReport = {
  claimId: '1',
  suggestedDecision: 'action-required',
  checks: [
    {
      id: 'signature',
      status: 'pass',
      summary: 'DocuSign envelope, signed 2026-06-05 by John Doe',
      evidence: [{ document: '1/sow.pdf', page: 3, text: 'Signed by John Doe', box: { x: 1, y: 2, width: 3, height: 4 } }],
    },
    { id: 'dates', status: 'fail', summary: 'Signature older than 12 months', evidence: [] },
  ],
};

describe('checklist model', () => {
  it("lets the reviewer's status override the engine's, and lists failing checks by effective status", () => {
    const draft = updateDraft(null, 'dates', { manualStatus: 'pass', note: 'renewal email attached' });
    const checks = mergeChecklist(report, updateDraft(draft, 'names', { manualStatus: 'fail' }));
    expect(checks).toHaveLength(7);
    expect(checks.find((c) => c.id === 'dates')).toMatchObject({
      engineStatus: 'fail',
      manualStatus: 'pass',
      effective: 'pass',
      note: 'renewal email attached',
    });
    expect(checks.find((c) => c.id === 'signature')?.effective).toBe('pass');
    expect(checks.find((c) => c.id === 'workloads')?.effective).toBeNull();
    expect(failingChecks(checks)).toEqual(['names']);
    expect(failingChecks(mergeChecklist(report, null))).toEqual(['dates']);
  });
});

describe('check group', () => {
  it('is a group named by its label with the engine verdict and evidence, the quote first; override on demand', () => {
    const onStatus = vi.fn();
    const onNote = vi.fn();
    const onEvidence = vi.fn();
    const [signature] = mergeChecklist(report, null);
    if (!signature) throw new Error('no check');
    render(<CheckGroup index={0} check={signature} isEngineRunning={false} onStatus={onStatus} onNote={onNote} onEvidence={onEvidence} />);
    const group = screen.getByRole('group', { name: 'Customer signature or acknowledgement' });
    expect(group.textContent).toContain('Engine: Pass');
    expect(group.textContent).toContain('DocuSign envelope, signed 2026-06-05 by John Doe');
    // The button's name is what it shows: the quote, then where it is.
    const evidence = within(group).getByRole('button', { name: 'Show evidence: “Signed by John Doe” sow.pdf · p. 3' });
    fireEvent.click(evidence);
    expect(onEvidence).toHaveBeenCalledWith(expect.objectContaining({ document: '1/sow.pdf', page: 3 }));
    expect(within(group).queryByRole('radio')).toBeNull();
    fireEvent.click(within(group).getByRole('button', { name: 'Override: Customer signature or acknowledgement' }));
    fireEvent.click(within(group).getByRole('radio', { name: 'Fail' }));
    expect(onStatus).toHaveBeenCalledWith('fail');
    for (const name of ['Pass', 'Review', 'N/A']) expect(within(group).getByRole('radio', { name })).toBeTruthy();
    fireEvent.change(within(group).getByRole('textbox', { name: 'Note' }), { target: { value: 'checked' } });
    expect(onNote).toHaveBeenCalledWith('checked');
  });

  it('opens the override by itself where the engine gave no verdict, and says what the reviewer must check', () => {
    const checks = mergeChecklist(report, null);
    const workloads = checks.find((c) => c.id === 'workloads');
    const dates = checks.find((c) => c.id === 'dates');
    if (!workloads || !dates) throw new Error('no check');
    render(
      <CheckGroup
        index={3}
        check={workloads}
        isEngineRunning={false}
        onStatus={() => undefined}
        onNote={() => undefined}
        onEvidence={() => undefined}
      />,
    );
    render(
      <CheckGroup
        index={2}
        check={dates}
        isEngineRunning={false}
        onStatus={() => undefined}
        onNote={() => undefined}
        onEvidence={() => undefined}
      />,
    );
    const noVerdict = screen.getByRole('group', { name: 'Workloads' });
    expect(within(noVerdict).getAllByRole('radio')).toHaveLength(4);
    const failing = screen.getByRole('group', { name: 'Dates' });
    expect(failing.textContent).toContain('To confirm');
    expect(within(failing).getByRole('button', { name: /^Override/ })).toBeTruthy();
  });
});

describe('evidence from a fillable form', () => {
  it('names the form field holding the quoted value, after the quote; the full field name on hover', () => {
    const [signature] = mergeChecklist(
      {
        ...report,
        checks: [
          {
            id: 'signature',
            status: 'pass',
            summary: 'Customer signer typed in the form',
            evidence: [
              { document: '1/acceptance-form.pdf', page: 1, text: 'Jane Doe', formField: 'topmostSubform[0].Page1[0].CustomerSigner[0]' },
            ],
          },
        ],
      },
      null,
    );
    if (!signature) throw new Error('no check');
    render(
      <CheckGroup
        index={0}
        check={signature}
        isEngineRunning={false}
        onStatus={() => undefined}
        onNote={() => undefined}
        onEvidence={() => undefined}
      />,
    );
    const button = screen.getByRole('button', { name: 'Show evidence: “Jane Doe” field CustomerSigner acceptance-form.pdf · p. 1' });
    expect(button.title).toContain('Form field: topmostSubform[0].Page1[0].CustomerSigner[0]');
  });

  it('reads a field name by its last part', () => {
    expect(formFieldLabel('Customer.Name')).toBe('Name');
    expect(formFieldLabel('SignerName')).toBe('SignerName');
    expect(formFieldLabel('a.b[0][1]')).toBe('b');
    expect(formFieldLabel('[0]')).toBe('[0]');
  });
});

describe('evidence labels', () => {
  it('shortens long file names in the middle, keeps attachments by their own name, and gives the full place on hover', () => {
    expect(evidenceWhere({ document: 'C-1/Very-long-statement-of-work-for-Contoso-signed.pdf', page: 2, text: 'x' })).toBe(
      'Very-long-sta…o-signed.pdf · p. 2',
    );
    expect(evidenceWhere({ document: 'C-1/mail.eml#SOW.pdf', page: 1, text: 'x' })).toBe('SOW.pdf · p. 1');
    expect(evidenceWhere({ document: 'C-1/plan.xlsx', part: 'sheet:Tasks', text: 'x' })).toBe('plan.xlsx · sheet Tasks');
    expect(evidenceWhereFull({ document: 'C-1/mail.eml#SOW.pdf', page: 1, text: 'x' })).toBe('C-1/mail.eml › SOW.pdf · p. 1');
  });
});
