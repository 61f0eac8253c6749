import { CHECK_IDS, type CheckId, type CheckStatus, type ClaimCheckReport, type Evidence } from '@shared/checks/types';
import type { ChecklistEntry } from '@shared/decisions/types';
import type { ChecklistDraftRow } from '@renderer/db/types';

/** One check as the checklist shows it: the engine's verdict and the reviewer's side by side. */
export interface CheckView {
  id: CheckId;
  engineStatus: CheckStatus | null;
  engineSummary: string | null;
  evidence: Evidence[];
  manualStatus: CheckStatus | null;
  note: string;
  /** What counts: the reviewer's status when set, else the engine's. */
  effective: CheckStatus | null;
}

export type DraftEntries = ChecklistDraftRow['entries'];

export function mergeChecklist(report: ClaimCheckReport | null, draft: DraftEntries | null): CheckView[] {
  return CHECK_IDS.map((id) => {
    const engine = report?.checks.find((c) => c.id === id) ?? null;
    const manual = draft?.find((e) => e.id === id) ?? null;
    const manualStatus = manual?.manualStatus ?? null;
    return {
      id,
      engineStatus: engine?.status ?? null,
      engineSummary: engine?.summary ?? null,
      evidence: engine?.evidence ?? [],
      manualStatus,
      note: manual?.note ?? '',
      effective: manualStatus ?? engine?.status ?? null,
    };
  });
}

/** Checks whose effective status is "fail": what an approve must explain with an override note. */
export function failingChecks(checks: readonly CheckView[]): CheckId[] {
  return checks.filter((c) => c.effective === 'fail').map((c) => c.id);
}

export function toChecklistEntries(checks: readonly CheckView[]): ChecklistEntry[] {
  return checks.map((c) => ({
    id: c.id,
    engineStatus: c.engineStatus,
    engineSummary: c.engineSummary,
    manualStatus: c.manualStatus,
    note: c.note,
  }));
}

export function updateDraft(
  draft: DraftEntries | null,
  id: CheckId,
  change: Partial<{ manualStatus: CheckStatus | null; note: string }>,
): DraftEntries {
  return CHECK_IDS.map((checkId) => {
    const current = draft?.find((e) => e.id === checkId) ?? { id: checkId, manualStatus: null, note: '' };
    return checkId === id ? { ...current, ...change } : current;
  });
}
