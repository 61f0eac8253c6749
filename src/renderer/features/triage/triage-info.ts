import type { TriageRow } from '@renderer/db/types';
import type { CheckId, DecisionKind } from '@shared/checks/types';
import { claimClocks, type ClaimClocks } from '@shared/clocks/claim-clocks';
import type { WorkCalendar } from '@shared/clocks/work-calendar';
import { findLinks } from '@shared/links/find-links';
import type { ClaimLink, LinkClaim } from '@shared/links/types';
import { DEFAULT_RULESET } from '@shared/checks/ruleset';

/** A claim linked to this one: where it is (queue and claim) and why. */
export interface LinkedClaim {
  queueId: string;
  claimId: string;
  kind: ClaimLink['kind'];
  /** "same customer tenant … and workload …", "same file sow.pdf", "87% same text". */
  why: string;
}

/** What the list and the claim show of triage for one claim. */
export interface TriageInfo {
  engine: TriageRow['engine'] | 'pending';
  message: string | null;
  suggestedDecision: DecisionKind | null;
  failing: CheckId[];
  review: CheckId[];
  clocks: ClaimClocks | null;
  linked: LinkedClaim[];
  documents: TriageRow['documents'];
}

const SEP = '\u0000';

function splitKey(key: string): { queueId: string; claimId: string } {
  const at = key.indexOf(SEP);
  return { queueId: key.slice(0, at), claimId: key.slice(at + 1) };
}

/** Links across every triaged claim of every queue; claims are named by their row key (queue + claim). */
export function linksAcross(rows: readonly TriageRow[]): ClaimLink[] {
  const claims: LinkClaim[] = rows.flatMap((r) =>
    r.link
      ? [{ claimId: r.key, ...r.link, documents: r.documents.map((d) => ({ path: d.path, sha256: d.sha256, signature: d.signature })) }]
      : [],
  );
  return findLinks(claims, DEFAULT_RULESET.workloads);
}

function describe(link: ClaimLink, index: number): string {
  switch (link.kind) {
    case 'conflict':
      return link.why;
    case 'duplicate-document':
      return `same file: ${link.documents[index]?.split('/').pop() ?? ''}`;
    case 'reused-text':
      return `${Math.round(link.similarity * 100)}% same text: ${link.documents[index]?.split('/').pop() ?? ''}`;
  }
}

/** Each claim key's linked claims. */
export function linkedByKey(links: readonly ClaimLink[]): Map<string, LinkedClaim[]> {
  const out = new Map<string, LinkedClaim[]>();
  for (const link of links) {
    for (const key of link.claims) {
      const others = link.claims.flatMap((k, j) => (k === key ? [] : [{ ...splitKey(k), kind: link.kind, why: describe(link, j) }]));
      out.set(key, [...(out.get(key) ?? []), ...others]);
    }
  }
  return out;
}

/** Triage info for the claims of one queue import, by claim ID. */
export function triageInfos(
  rows: readonly TriageRow[],
  queueId: string,
  importId: string,
  linked: ReadonlyMap<string, LinkedClaim[]>,
  today: string,
  calendar: WorkCalendar,
): Map<string, TriageInfo> {
  const out = new Map<string, TriageInfo>();
  for (const r of rows) {
    if (r.queueId !== queueId || r.importId !== importId) continue;
    const others = linked.get(r.key) ?? [];
    const hasCompetingClaim = others.some((o) => o.kind === 'conflict');
    out.set(r.claimId, {
      engine: r.engine,
      message: r.message,
      suggestedDecision: r.suggestedDecision,
      failing: r.failing,
      review: r.review,
      clocks: r.clock ? claimClocks(r.clock, { today, calendar, hasCompetingClaim }) : null,
      linked: others,
      documents: r.documents,
    });
  }
  return out;
}
