import { DECISION_COLUMNS, csvText, decisionCells } from '../decisions/export';
import { claimOutcomes } from './outcomes';
import type { DecisionLog } from './schema';

/**
 * The human-facing CSV of a log (RFC 4180, CRLF, formula-like cells neutralised): one row per
 * event in log order, and whether it is the claim's standing decision now or the claim is in
 * disagreement.
 */
export function decisionLogToCsv(log: DecisionLog): string {
  const header = [
    'queue',
    'claimId',
    'event',
    'decision',
    'standing',
    ...DECISION_COLUMNS,
    'ruleset',
    'appVersion',
    'decisionId',
    'supersedes',
    'settles',
    'hash',
  ];
  const outcomes = claimOutcomes(log.events);
  const rows = [header];
  for (const e of log.events) {
    const outcome = outcomes.get(e.claimId);
    const isStanding = outcome?.standing.some((s) => s.decisionId === e.decisionId) ?? false;
    const standing = !isStanding ? 'no' : outcome?.status === 'disagreement' ? 'disagreement' : 'yes';
    rows.push([
      log.queue.name,
      e.claimId,
      e.type,
      e.kind ?? '',
      standing,
      ...decisionCells(e),
      e.ruleset ? `${e.ruleset.id} ${e.ruleset.version}` : '',
      e.appVersion,
      e.decisionId,
      e.supersedes ?? '',
      (e.settles ?? []).join('; '),
      e.hash,
    ]);
  }
  return csvText(rows);
}
