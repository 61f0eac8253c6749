import { canonicalJson } from '../audit/canonical-json';
import { buildDecisionLog, type HashText } from './chain';
import { compareText, findDisagreements, type Disagreement } from './outcomes';
import type { DecisionLog, LogEvent, LogQueue } from './schema';
import { verifyDecisionLog, verifyDecisionLogText } from './verify';

/** A log to merge: its text as read from the file (faster to verify), or the parsed JSON. */
export type LogInput = {
  /** Where the log came from (file name), for messages. */
  source: string;
} & ({ text: string } | { data: unknown });

export interface MergeResult {
  /** The merged log; null when no log was accepted. */
  log: DecisionLog | null;
  accepted: { source: string; events: number; added: number }[];
  refused: { source: string; reason: string }[];
  disagreements: Disagreement[];
}

interface Candidate {
  source: string;
  log: DecisionLog;
}

/**
 * Merges decision logs of one queue. Every event of every accepted log is kept exactly once
 * (by hash); no event is rewritten, so each reviewer's chain stays verifiable. A log that fails
 * verification, belongs to another queue (`queueId`, or else the queue with the most events),
 * or forks a reviewer's chain already merged is refused with the reason; the others still
 * merge. The result depends on the set of logs only: idempotent and order-free.
 */
export function mergeDecisionLogs(inputs: readonly LogInput[], options: { queueId?: string; hash?: HashText } = {}): MergeResult {
  const refused: MergeResult['refused'] = [];
  const verified: Candidate[] = [];
  for (const input of inputs) {
    const result =
      'text' in input ? verifyDecisionLogText(input.text, { hash: options.hash }) : verifyDecisionLog(input.data, { hash: options.hash });
    if (result.ok) verified.push({ source: input.source, log: result.log });
    else {
      const isNoLog = /^not (JSON|a )/.test(result.reason);
      refused.push({ source: input.source, reason: isNoLog ? `it is ${result.reason}` : `its chain is broken: ${result.reason}` });
    }
  }
  const queueId = options.queueId ?? majorityQueue(verified);
  const candidates = uniqueBySeal(verified).sort(
    (a, b) => b.log.events.length - a.log.events.length || compareText(a.log.seal, b.log.seal),
  );
  const chains = new Map<string, LogEvent[]>();
  const idToHash = new Map<string, string>();
  const claims = new Map<string, { claimId: string } & Record<string, unknown>>();
  const accepted: MergeResult['accepted'] = [];
  let queue: LogQueue | null = null;
  for (const candidate of candidates) {
    const { log } = candidate;
    if (log.queue.queueId !== queueId) {
      refused.push({
        source: candidate.source,
        reason: `it is a log of queue "${log.queue.name}" (${log.queue.queueId}), not of ${queueId}`,
      });
      continue;
    }
    const conflict = findConflict(log.events, chains, idToHash);
    if (conflict) {
      refused.push({ source: candidate.source, reason: conflict });
      continue;
    }
    let added = 0;
    for (const [reviewer, chain] of chainsOf(log.events)) {
      const have = chains.get(reviewer) ?? [];
      if (chain.length > have.length) {
        added += chain.length - have.length;
        chains.set(reviewer, chain);
      }
    }
    for (const e of log.events) idToHash.set(e.decisionId, e.hash);
    for (const claim of log.claims ?? []) keepClaim(claims, claim);
    queue ??= { queueId: log.queue.queueId, name: log.queue.name };
    accepted.push({ source: candidate.source, events: log.events.length, added });
  }
  for (const duplicate of verified.filter((c) => !candidates.includes(c))) {
    accepted.push({ source: duplicate.source, events: duplicate.log.events.length, added: 0 });
  }
  if (!queue) return { log: null, accepted, refused, disagreements: [] };
  const events = interleave([...chains.values()]);
  const disagreements = findDisagreements(events);
  const log = buildDecisionLog(
    {
      queue,
      events,
      claims: [...claims.values()].sort((a, b) => compareText(a.claimId, b.claimId)),
      extra: {
        // Keys in canonical order, so the seal writes them with JSON.stringify.
        disagreements: disagreements.map((d) => ({
          claimId: d.claimId,
          decisions: d.decisions.map((e) => ({ decisionId: e.decisionId, kind: e.kind, reviewer: e.reviewer })),
        })),
      },
    },
    options.hash,
  );
  return { log, accepted, refused, disagreements };
}

/** Each reviewer's events, in chain order. */
export function chainsOf(events: readonly LogEvent[]): Map<string, LogEvent[]> {
  const chains = new Map<string, LogEvent[]>();
  for (const e of events) {
    const chain = chains.get(e.reviewer);
    if (chain) chain.push(e);
    else chains.set(e.reviewer, [e]);
  }
  return chains;
}

/**
 * Events of all chains in one list: the earliest next event first (ties by reviewer), each
 * chain kept in its own order even when a clock went back.
 */
export function interleave(chains: readonly (readonly LogEvent[])[]): LogEvent[] {
  const sorted = [...chains].filter((c) => c.length > 0).sort((a, b) => compareText(a[0]!.reviewer, b[0]!.reviewer));
  const at = sorted.map(() => 0);
  const times = sorted.map((c) => c.map((e) => Date.parse(e.decidedAt) || 0));
  const out: LogEvent[] = [];
  for (;;) {
    let pick = -1;
    for (let i = 0; i < sorted.length; i++) {
      if (at[i]! >= sorted[i]!.length) continue;
      if (pick < 0 || times[i]![at[i]!]! < times[pick]![at[pick]!]!) pick = i;
    }
    if (pick < 0) return out;
    out.push(sorted[pick]![at[pick]!]!);
    at[pick]! += 1;
  }
}

function findConflict(
  events: readonly LogEvent[],
  chains: ReadonlyMap<string, readonly LogEvent[]>,
  idToHash: ReadonlyMap<string, string>,
): string | null {
  for (const [reviewer, chain] of chainsOf(events)) {
    const have = chains.get(reviewer) ?? [];
    const shared = Math.min(have.length, chain.length);
    for (let i = 0; i < shared; i++) {
      if (have[i]!.hash !== chain[i]!.hash) {
        return `${reviewer}'s chain in it differs from the one already merged at their event ${i + 1} (${chain[i]!.decisionId}): two different histories under one reviewer name`;
      }
    }
  }
  for (const e of events) {
    const hash = idToHash.get(e.decisionId);
    if (hash !== undefined && hash !== e.hash)
      return `its event ${e.decisionId} (claim ${e.claimId}) has the id of a different event already merged`;
  }
  return null;
}

function majorityQueue(logs: readonly Candidate[]): string {
  const counts = new Map<string, number>();
  for (const { log } of logs) counts.set(log.queue.queueId, (counts.get(log.queue.queueId) ?? 0) + log.events.length + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? '';
}

function uniqueBySeal(logs: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of [...logs].sort((a, b) => compareText(a.source, b.source))) if (!seen.has(c.log.seal)) seen.set(c.log.seal, c);
  return [...seen.values()];
}

function keepClaim(
  claims: Map<string, { claimId: string } & Record<string, unknown>>,
  claim: { claimId: string } & Record<string, unknown>,
): void {
  const have = claims.get(claim.claimId);
  if (!have || canonicalJson(claim) < canonicalJson(have)) claims.set(claim.claimId, claim);
}
