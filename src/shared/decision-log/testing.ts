import { CHECK_IDS, type DecisionKind } from '../checks/types';
import { buildDecisionLog, chainLogEvent } from './chain';
import type { DecisionLog, LogEvent, LogEventBody } from './schema';

/** Test and benchmark builders for decision logs (not used by the app). */

export const TEST_QUEUE = { queueId: 'week-47-0a1b2c3d', name: 'Week 47 CPOR batch' };

export function eventBody(over: Partial<LogEventBody> & { decisionId: string; claimId: string; reviewer: string }): LogEventBody {
  return {
    type: 'decision',
    queueId: TEST_QUEUE.queueId,
    decidedAt: '2026-11-20T10:00:00.000Z',
    kind: 'approve',
    reasons: [],
    comment: '',
    overrideNote: '',
    checklist: CHECK_IDS.map((id) => ({ id, engineStatus: 'pass' as const, engineSummary: `${id} ok`, manualStatus: null, note: '' })),
    documents: [{ path: `${over.claimId}/poe.pdf`, sha256: 'ab'.repeat(32) }],
    ruleset: { id: 'poe-default', version: '2026.11.2' },
    appVersion: '0.1.0',
    supersedes: null,
    ...over,
  };
}

/** Chains bodies per reviewer in the order given. */
export function chainAll(bodies: readonly LogEventBody[]): LogEvent[] {
  const heads = new Map<string, LogEvent>();
  return bodies.map((body) => {
    const event = chainLogEvent(heads.get(body.reviewer) ?? null, body);
    heads.set(body.reviewer, event);
    return event;
  });
}

export interface ScriptedDecision {
  reviewer: string;
  claimId: string;
  kind: DecisionKind;
}

/** A sealed log of one reviewer (or several) deciding claims in order, one minute apart. */
export function logOf(decisions: readonly ScriptedDecision[], start = Date.parse('2026-11-20T09:00:00Z'), idPrefix = 'd'): DecisionLog {
  const bodies = decisions.map((d, i) =>
    eventBody({
      decisionId: `${idPrefix}-${d.reviewer}-${i}`,
      claimId: d.claimId,
      reviewer: d.reviewer,
      kind: d.kind,
      reasons: d.kind === 'approve' ? [] : ['names-missing'],
      decidedAt: new Date(start + i * 60_000).toISOString(),
    }),
  );
  return buildDecisionLog({
    queue: TEST_QUEUE,
    events: chainAll(bodies),
    claims: [...new Set(decisions.map((d) => d.claimId))].map((claimId) => ({ claimId })),
  });
}

/** A JSON copy, as a file would give it. */
export function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
