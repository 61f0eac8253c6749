import { customerIdentity, partnerIdentity } from './customer-key';
import type { ClaimLink, LinkClaim } from './types';

type DuplicateLink = Extract<ClaimLink, { kind: 'duplicate-document' }>;

/**
 * The same file (SHA-256) on claims of different partners or different customers. One partner
 * re-using a file for one customer is not listed; a claim attaching one file twice is not either.
 */
export function findDuplicateDocuments(claims: readonly LinkClaim[]): DuplicateLink[] {
  const byHash = new Map<string, { claim: LinkClaim; path: string }[]>();
  for (const claim of claims) {
    for (const d of claim.documents) {
      const hash = d.sha256?.toLowerCase();
      if (!hash || !/^[0-9a-f]{64}$/.test(hash)) continue;
      const uses = byHash.get(hash) ?? [];
      if (!uses.some((u) => u.claim.claimId === claim.claimId)) uses.push({ claim, path: d.path });
      byHash.set(hash, uses);
    }
  }
  const links: DuplicateLink[] = [];
  for (const [sha256, uses] of byHash) {
    if (uses.length < 2) continue;
    const owners = new Set(uses.map((u) => `${partnerIdentity(u.claim.partner)}\u0000${customerIdentity(u.claim.customer)}`));
    if (owners.size < 2) continue;
    const sorted = [...uses].sort((a, b) => (a.claim.claimId < b.claim.claimId ? -1 : a.claim.claimId > b.claim.claimId ? 1 : 0));
    links.push({ kind: 'duplicate-document', claims: sorted.map((u) => u.claim.claimId), sha256, documents: sorted.map((u) => u.path) });
  }
  return links.sort((a, b) => (a.claims[0]! < b.claims[0]! ? -1 : a.claims[0]! > b.claims[0]! ? 1 : 0));
}
