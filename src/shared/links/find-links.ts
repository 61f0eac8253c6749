import type { WorkloadAlias } from '../checks/ruleset';
import { findConflicts } from './conflicts';
import { findDuplicateDocuments } from './duplicates';
import { findReusedText } from './reused-text';
import type { ClaimLink, LinkClaim } from './types';

/** Every link of a queue (or of several queues together): conflicts, duplicate files, reused text. */
export function findLinks(claims: readonly LinkClaim[], catalog: readonly WorkloadAlias[] = []): ClaimLink[] {
  return [...findConflicts(claims, catalog), ...findDuplicateDocuments(claims), ...findReusedText(claims)];
}

/** The links naming a claim, and the other claims they name. */
export function linksOfClaim(links: readonly ClaimLink[], claimId: string): { link: ClaimLink; others: string[] }[] {
  return links.filter((l) => l.claims.includes(claimId)).map((link) => ({ link, others: link.claims.filter((c) => c !== claimId) }));
}
