import type { ExtractedDocument } from '@shared/documents/types';
import { runChecks } from '@shared/checks/engine';
import { DEFAULT_RULESET } from '@shared/checks/ruleset';
import type { CheckId, CheckResult } from '@shared/checks/types';
import { makeClaim, type ClaimOverrides } from './check-fixtures';

/** Runs the engine with the default rules and returns one check's result. */
export function checkOf(id: CheckId, documents: ExtractedDocument[], claim: ClaimOverrides = {}): CheckResult {
  // The claim lists exactly the documents given, unless a test says otherwise.
  const listed = { documents: documents.map((d) => ({ path: d.path })), ...claim };
  const report = runChecks({ claim: makeClaim(listed), documents, ruleset: DEFAULT_RULESET, now: new Date('2026-11-20T00:00:00Z') });
  const result = report.checks.find((c) => c.id === id);
  if (!result) throw new Error(`no ${id} result`);
  if (result.status === 'pass' && result.evidence.length === 0) throw new Error(`${id} passed without evidence`);
  return result;
}
