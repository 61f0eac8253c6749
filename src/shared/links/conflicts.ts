import type { WorkloadAlias } from '../checks/ruleset';
import { resolveWorkload } from '../checks/workload-match';
import { normalizeName } from '../text/names';
import { domainKey, isSameCustomer, partnerIdentity, tenantKey } from './customer-key';
import type { ClaimLink, LinkClaim } from './types';

type ConflictLink = Extract<ClaimLink, { kind: 'conflict' }>;

interface WorkloadKey {
  key: string;
  label: string;
}

/** A workload's keys: its subscription id, and its catalog entry (aliases) or normalised name. */
function workloadKeys(w: LinkClaim['workloads'][number], catalog: readonly WorkloadAlias[]): WorkloadKey[] {
  const keys: WorkloadKey[] = [];
  const sub = (w.subscriptionId ?? '').trim().toLowerCase();
  if (sub) keys.push({ key: `sub:${sub}`, label: `subscription ${w.subscriptionId?.trim() ?? ''}` });
  const entry = resolveWorkload(w.name, catalog).catalogId;
  keys.push({ key: entry ? `wl:${entry}` : `name:${normalizeName(w.name, []).key}`, label: `workload ${w.name}` });
  return keys;
}

function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}

function customerLabel(a: LinkClaim['customer'], b: LinkClaim['customer']): string {
  const ta = tenantKey(a.tenantId);
  if (ta && ta === tenantKey(b.tenantId)) return `customer tenant ${shortId(ta)}`;
  return `customer domain ${domainKey(a.domain) ?? ''}`;
}

function partnersOf(claims: LinkClaim[]): string {
  const names = [...new Set(claims.map((c) => c.partner.name))];
  return names.length === 2 ? `${names[0]} and ${names[1]}` : names.join(', ');
}

/** Buckets claims that could be the same customer: by tenant, and by domain. */
function customerBuckets(claims: readonly LinkClaim[]): LinkClaim[][] {
  const buckets = new Map<string, LinkClaim[]>();
  for (const c of claims) {
    const keys = [tenantKey(c.customer.tenantId), domainKey(c.customer.domain)];
    keys.forEach((k, i) => {
      if (!k) return;
      const key = `${i}:${k}`;
      buckets.set(key, [...(buckets.get(key) ?? []), c]);
    });
  }
  return [...buckets.values()].filter((b) => b.length > 1);
}

/** Pairs of claims by different partners on the same customer (tenant, else domain). */
function sameCustomerPairs(claims: readonly LinkClaim[]): [LinkClaim, LinkClaim][] {
  const seen = new Set<string>();
  const pairs: [LinkClaim, LinkClaim][] = [];
  for (const bucket of customerBuckets(claims)) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!].sort((x, y) => (x.claimId < y.claimId ? -1 : 1)) as [LinkClaim, LinkClaim];
        const id = `${a.claimId}\u0000${b.claimId}`;
        if (seen.has(id) || a.claimId === b.claimId) continue;
        seen.add(id);
        if (partnerIdentity(a.partner) === partnerIdentity(b.partner)) continue;
        if (isSameCustomer(a.customer, b.customer)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** Why two claims conflict, or null when they do not. */
function conflictReason(a: LinkClaim, b: LinkClaim, catalog: readonly WorkloadAlias[]): string | null {
  const bKeys = new Map(b.workloads.flatMap((w) => workloadKeys(w, catalog)).map((k) => [k.key, k.label]));
  const shared = [
    ...new Set(
      a.workloads
        .flatMap((w) => workloadKeys(w, catalog))
        .filter((k) => bKeys.has(k.key))
        .map((k) => k.label),
    ),
  ];
  const customer = customerLabel(a.customer, b.customer);
  if (shared.length > 0) return `same ${customer} and ${shared.join(', ')}, partners ${partnersOf([a, b])}`;
  const marked = [a, b].find((c) => c.workloads.some((w) => w.association === 'another-partner'));
  if (!marked) return null;
  const other = marked === a ? b : a;
  const names = marked.workloads
    .filter((w) => w.association === 'another-partner')
    .map((w) => w.name)
    .join(', ');
  return `claim ${marked.claimId} marks ${names} as associated to another partner, and claim ${other.claimId} by ${other.partner.name} is for the same ${customer}`;
}

/**
 * Conflicting claims: different partners, the same customer (tenant, else domain) and the same
 * workload (catalog entry or name) or subscription id; or a workload marked "another-partner"
 * when another partner's claim on that customer is in the queue. One link per pair.
 */
export function findConflicts(claims: readonly LinkClaim[], catalog: readonly WorkloadAlias[] = []): ConflictLink[] {
  const links: ConflictLink[] = [];
  for (const [a, b] of sameCustomerPairs(claims)) {
    const why = conflictReason(a, b, catalog);
    if (why) links.push({ kind: 'conflict', claims: [a.claimId, b.claimId], why });
  }
  return links;
}
