import { sha256Text } from '@shared/audit/sha256';
import { claimOutcomes } from '@shared/decision-log/outcomes';
import type { LogEvent } from '@shared/decision-log/schema';

/**
 * QC second review: a reproducible sample of first decisions for a second reviewer, and how
 * often second reviews agree with them. A claim is drawn by the SHA-256 of seed and claim ID,
 * so the same seed over the same decisions always draws the same claims, in any event order.
 */

export interface SampleRule {
  /** Share (0..1) of each reviewer's approvals to draw. */
  approveShare: number;
  /** Share (0..1) of each reviewer's other decisions (action required, reject). */
  otherShare: number;
  seed: string;
}

export interface SampledClaim {
  claimId: string;
  first: LogEvent;
}

/** Standing first decisions (not second reviews, not settlements) not yet second-reviewed. */
export function sampleCandidates(events: readonly LogEvent[]): LogEvent[] {
  const reviewed = new Set(events.flatMap((e) => (e.secondReviewOf ? [e.secondReviewOf] : [])));
  const out: LogEvent[] = [];
  for (const outcome of claimOutcomes(events).values()) {
    if (outcome.status !== 'decided') continue;
    const first = outcome.standing.find((e) => e.type === 'decision' && !e.secondReviewOf);
    if (first && !outcome.standing.some((e) => reviewed.has(e.decisionId))) out.push(first);
  }
  return out;
}

/** Draws the sample: per reviewer, ceil(share × count) of their approvals and of the rest. */
export function drawSample(events: readonly LogEvent[], rule: SampleRule): SampledClaim[] {
  const groups = new Map<string, LogEvent[]>();
  for (const e of sampleCandidates(events)) {
    const key = `${e.reviewer}\u0000${e.kind === 'approve' ? 'approve' : 'other'}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const drawn: SampledClaim[] = [];
  for (const [key, list] of groups) {
    const share = key.endsWith('\u0000approve') ? rule.approveShare : rule.otherShare;
    const count = share <= 0 ? 0 : Math.min(list.length, Math.ceil(share * list.length - 1e-9));
    const ranked = list.map((e) => ({ e, rank: sha256Text(`${rule.seed}\u0000${e.claimId}`) })).sort((a, b) => cmp(a.rank, b.rank));
    for (const { e } of ranked.slice(0, count)) drawn.push({ claimId: e.claimId, first: e });
  }
  return drawn.sort((a, b) => cmp(a.claimId, b.claimId));
}

export interface QcPair {
  claimId: string;
  first: LogEvent;
  second: LogEvent;
  agrees: boolean;
}

export interface Rate {
  key: string;
  reviews: number;
  agreed: number;
  overturned: number;
}

export interface QcStats {
  pairs: QcPair[];
  byReviewer: Rate[];
  byKind: Rate[];
  byCheck: Rate[];
  overturns: QcPair[];
}

/** Each second review (its reviewer's latest on the claim) beside the first decision it names. */
export function qcStats(events: readonly LogEvent[]): QcStats {
  const byId = new Map(events.map((e) => [e.decisionId, e]));
  const latest = new Map<string, LogEvent>();
  const revoked = new Set(events.flatMap((e) => (e.supersedes ? [e.supersedes] : [])));
  for (const e of events) {
    if (!e.secondReviewOf || e.kind === null) continue;
    latest.set(`${e.reviewer}\u0000${e.claimId}`, e);
  }
  const pairs: QcPair[] = [];
  for (const second of latest.values()) {
    const first = byId.get(second.secondReviewOf ?? '');
    if (!first || first.kind === null || revoked.has(second.decisionId)) continue;
    pairs.push({ claimId: second.claimId, first, second, agrees: first.kind === second.kind });
  }
  pairs.sort((a, b) => cmp(a.claimId, b.claimId) || cmp(a.second.reviewer, b.second.reviewer));
  const checkRates = new Map<string, Rate>();
  for (const p of pairs) {
    const secondStatus = new Map(p.second.checklist.map((c) => [c.id, effective(c)]));
    for (const c of p.first.checklist) {
      const other = secondStatus.get(c.id);
      if (other === undefined) continue;
      const rate = checkRates.get(c.id) ?? { key: c.id, reviews: 0, agreed: 0, overturned: 0 };
      rate.reviews += 1;
      if (other === effective(c)) rate.agreed += 1;
      else rate.overturned += 1;
      checkRates.set(c.id, rate);
    }
  }
  return {
    pairs,
    byReviewer: ratesBy(pairs, (p) => p.first.reviewer),
    byKind: ratesBy(pairs, (p) => p.first.kind ?? ''),
    byCheck: [...checkRates.values()].sort((a, b) => cmp(a.key, b.key)),
    overturns: pairs.filter((p) => !p.agrees),
  };
}

/** A check's status as the reviewer left it: their own where set, else the engine's. */
export function effective(entry: { manualStatus: string | null; engineStatus: string | null }): string {
  return entry.manualStatus ?? entry.engineStatus ?? 'none';
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

function ratesBy(pairs: readonly QcPair[], keyOf: (p: QcPair) => string): Rate[] {
  const rates = new Map<string, Rate>();
  for (const p of pairs) {
    const key = keyOf(p);
    const rate = rates.get(key) ?? { key, reviews: 0, agreed: 0, overturned: 0 };
    rate.reviews += 1;
    if (p.agrees) rate.agreed += 1;
    else rate.overturned += 1;
    rates.set(key, rate);
  }
  return [...rates.values()].sort((a, b) => cmp(a.key, b.key));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
