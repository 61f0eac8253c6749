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
  /** How many claims are linked to this one, in all and by kind of link (cheap: no expansion). */
  linkCount: number;
  linkCounts: Partial<Record<ClaimLink['kind'], number>>;
  /** The linked claims, expanded on first use. */
  readonly linked: readonly LinkedClaim[];
  /** The claims linked by one kind of link, expanded on first use. */
  linkedOf(kind: ClaimLink['kind']): readonly LinkedClaim[];
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

/** A link naming a claim, and where the claim is in it: the other claims are expanded only when asked. */
export interface LinkRef {
  link: ClaimLink;
  index: number;
}

/**
 * Each claim key's links. Linear in the claims named: one template reused by a thousand claims is
 * one link, not a million pairs (the list needs only counts; a claim's view expands its own).
 */
export function linkRefsByKey(links: readonly ClaimLink[]): Map<string, LinkRef[]> {
  const out = new Map<string, LinkRef[]>();
  for (const link of links) {
    link.claims.forEach((key, index) => {
      const refs = out.get(key);
      if (refs) refs.push({ link, index });
      else out.set(key, [{ link, index }]);
    });
  }
  return out;
}

/** The claims linked to one claim, from its link refs. */
export function linkedClaims(refs: readonly LinkRef[]): LinkedClaim[] {
  return refs.flatMap(({ link, index }) =>
    link.claims.flatMap((k, j) => (j === index ? [] : [{ ...splitKey(k), kind: link.kind, why: describe(link, j) }])),
  );
}

/**
 * What an info is made from, as one string: the same string, the same info. Small links name their
 * claims; a link of more than ten claims is shown by its count only, so its count stands for it.
 */
function infoStamp(r: TriageRow, refs: readonly LinkRef[], today: string): string {
  const links = refs.map((x) => `${x.link.kind}:${x.link.claims.length > 10 ? x.link.claims.length : x.link.claims.join(',')}`);
  return [r.computedAt, r.importId, today, ...links].join('\u0001');
}

/** Infos kept between calls, so a claim whose row and links did not change keeps its object (and its list row is not drawn again). */
export type TriageInfoCache = Map<string, { stamp: string; calendar: WorkCalendar; info: TriageInfo }>;

/** Triage info for the claims of one queue import, by claim ID. */
export function triageInfos(
  rows: readonly TriageRow[],
  queueId: string,
  importId: string,
  linked: ReadonlyMap<string, readonly LinkRef[]>,
  today: string,
  calendar: WorkCalendar,
  cache?: TriageInfoCache,
): Map<string, TriageInfo> {
  const out = new Map<string, TriageInfo>();
  for (const r of rows) {
    if (r.queueId !== queueId || r.importId !== importId) continue;
    const refs = linked.get(r.key) ?? [];
    const stamp = cache ? infoStamp(r, refs, today) : '';
    const kept = cache?.get(r.key);
    if (kept && kept.stamp === stamp && kept.calendar === calendar) {
      out.set(r.claimId, kept.info);
      continue;
    }
    const hasCompetingClaim = refs.some((x) => x.link.kind === 'conflict');
    let expanded: LinkedClaim[] | null = null;
    const byKind = new Map<ClaimLink['kind'], LinkedClaim[]>();
    const linkCounts: TriageInfo['linkCounts'] = {};
    for (const x of refs) linkCounts[x.link.kind] = (linkCounts[x.link.kind] ?? 0) + x.link.claims.length - 1;
    const info: TriageInfo = {
      engine: r.engine,
      message: r.message,
      suggestedDecision: r.suggestedDecision,
      failing: r.failing,
      review: r.review,
      clocks: r.clock ? claimClocks(r.clock, { today, calendar, hasCompetingClaim }) : null,
      linkCount: refs.reduce((n, x) => n + x.link.claims.length - 1, 0),
      linkCounts,
      get linked() {
        return (expanded ??= linkedClaims(refs));
      },
      linkedOf(kind) {
        let list = byKind.get(kind);
        if (!list) byKind.set(kind, (list = linkedClaims(refs.filter((x) => x.link.kind === kind))));
        return list;
      },
      documents: r.documents,
    };
    out.set(r.claimId, info);
    cache?.set(r.key, { stamp, calendar, info });
  }
  return out;
}
