import { claimOutcomes } from '@shared/decision-log/outcomes';
import type { LogEvent } from '@shared/decision-log/schema';
import { effective } from './qc';

/**
 * Pace from the decision events: the time between a reviewer's consecutive decisions is the
 * time they spent on the later claim, unless it is longer than BREAK_MS (a pause, not work).
 */
export const BREAK_MS = 30 * 60_000;

export interface ReviewerPace {
  reviewer: string;
  decisions: number;
  /** Claims per hour of work, or null before two decisions close together. */
  perHour: number | null;
}

export interface Pace {
  reviewers: ReviewerPace[];
  /** The team's claims per hour: the reviewers' paces added (they work side by side). */
  perHour: number | null;
  /** Median time per claim (ms) over every reviewer's working gaps, or null. */
  medianMs: number | null;
}

/** Decisions and settlements with a kind, in time order (undos are not work on a claim). */
function workEvents(events: readonly LogEvent[]): LogEvent[] {
  return events.filter((e) => e.kind !== null).sort((a, b) => Date.parse(a.decidedAt) - Date.parse(b.decidedAt));
}

export function paceOf(events: readonly LogEvent[]): Pace {
  const byReviewer = new Map<string, number[]>();
  for (const e of workEvents(events)) {
    const list = byReviewer.get(e.reviewer);
    const at = Date.parse(e.decidedAt);
    if (list) list.push(at);
    else byReviewer.set(e.reviewer, [at]);
  }
  const gaps: number[] = [];
  const reviewers: ReviewerPace[] = [];
  for (const [reviewer, times] of [...byReviewer].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let workMs = 0;
    let counted = 0;
    for (let i = 1; i < times.length; i++) {
      const gap = times[i]! - times[i - 1]!;
      if (gap < 0 || gap > BREAK_MS) continue;
      gaps.push(gap);
      workMs += gap;
      counted += 1;
    }
    reviewers.push({ reviewer, decisions: times.length, perHour: workMs > 0 ? counted / (workMs / 3_600_000) : null });
  }
  const paces = reviewers.map((r) => r.perHour).filter((p): p is number => p !== null);
  return {
    reviewers,
    perHour: paces.length > 0 ? paces.reduce((a, b) => a + b, 0) : null,
    medianMs: median(gaps),
  };
}

/** Time left (ms) for `remaining` claims at `perHour`; 0 when nothing remains, null without a pace. */
export function etaMs(remaining: number, perHour: number | null): number | null {
  if (remaining <= 0) return 0;
  if (perHour === null || perHour <= 0) return null;
  return (remaining / perHour) * 3_600_000;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms === 0) return 'done';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.max(1, Math.round(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

export interface BatchProgress {
  total: number;
  decided: number;
  remaining: number;
  /** Claims of the batch decided differently by two reviewers, not yet settled. */
  disagreements: number;
  /** Whether any event of the batch's reviewer has come back. */
  hasLog: boolean;
}

/**
 * A batch's progress: its claims that its reviewer has a standing decision on (a QC batch: a
 * second review), from the merged events.
 */
export function batchProgress(
  batch: { claimIds: readonly string[]; reviewer: string; purpose: 'review' | 'second-review' },
  events: readonly LogEvent[],
): BatchProgress {
  const claims = new Set(batch.claimIds);
  const decidedBy = new Set<string>();
  let hasLog = false;
  for (const e of events) {
    if (e.reviewer !== batch.reviewer) continue;
    hasLog = true;
    if (claims.has(e.claimId) && e.kind !== null && (batch.purpose === 'review' || e.secondReviewOf)) decidedBy.add(e.claimId);
  }
  const outcomes = claimOutcomes(events);
  for (const id of decidedBy) {
    const o = outcomes.get(id);
    if (!o || !o.standing.some((e) => e.reviewer === batch.reviewer || e.type === 'settlement')) decidedBy.delete(id);
  }
  const disagreements = [...claims].filter((id) => outcomes.get(id)?.status === 'disagreement').length;
  return { total: claims.size, decided: decidedBy.size, remaining: claims.size - decidedBy.size, disagreements, hasLog };
}

export interface ChartData {
  /** Per reviewer, cumulative decisions at each decision's time. */
  timeline: { reviewer: string; points: { x: number; y: number }[] }[];
  /** Claims by outcome: approved, action required, rejected, in disagreement. */
  byKind: { label: string; count: number }[];
  /** Decided claims by failing check (the standing decision's checklist). */
  byFailingCheck: { check: string; count: number }[];
}

export function chartData(events: readonly LogEvent[], checkIds: readonly string[]): ChartData {
  const series = new Map<string, { x: number; y: number }[]>();
  for (const e of workEvents(events)) {
    const points = series.get(e.reviewer) ?? [];
    points.push({ x: Date.parse(e.decidedAt), y: points.length + 1 });
    series.set(e.reviewer, points);
  }
  const kinds = { approve: 0, 'action-required': 0, reject: 0, disagreement: 0 };
  const failing = new Map(checkIds.map((id) => [id, 0]));
  for (const outcome of claimOutcomes(events).values()) {
    if (outcome.status === 'disagreement') {
      kinds.disagreement += 1;
      continue;
    }
    if (outcome.decision.kind) kinds[outcome.decision.kind] += 1;
    for (const c of outcome.decision.checklist) if (effective(c) === 'fail') failing.set(c.id, (failing.get(c.id) ?? 0) + 1);
  }
  return {
    timeline: [...series].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([reviewer, points]) => ({ reviewer, points })),
    byKind: [
      { label: 'Approved', count: kinds.approve },
      { label: 'Action required', count: kinds['action-required'] },
      { label: 'Rejected', count: kinds.reject },
      { label: 'In disagreement', count: kinds.disagreement },
    ],
    byFailingCheck: [...failing].map(([check, count]) => ({ check, count })),
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
