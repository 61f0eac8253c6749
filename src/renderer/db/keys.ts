import { sha256Text } from '@shared/audit/sha256';

/** Primary key of a claim's rows (claims, checklist drafts): queue and claim IDs joined by NUL. */
export function claimKey(queueId: string, claimId: string): string {
  return `${queueId}\u0000${claimId}`;
}

/** Primary key of a stored document. */
export function documentKey(queueId: string, path: string): string {
  return `${queueId}\u0000${path}`;
}

/**
 * A queue's ID, derived from the manifest's name: a readable slug plus 8 hex of its SHA-256.
 * Importing a queue with the same name again updates that queue (claims refreshed, decisions,
 * drafts and audit kept) instead of creating a second one; renaming a queue in its manifest
 * makes it a new queue. claims.csv has no name, so its folder/zip label stands in.
 */
export function queueIdForName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'queue'}-${sha256Text(name).slice(0, 8)}`;
}
