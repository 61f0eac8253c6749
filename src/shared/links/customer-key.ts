import { foldString } from '../text/fold';
import { normalizeName } from '../text/names';
import type { LinkClaim } from './types';

/** A tenant id compared without case, braces or spaces. */
export function tenantKey(tenantId: string | null | undefined): string | null {
  const t = (tenantId ?? '').replace(/[{}\s]/g, '').toLowerCase();
  return t.length > 0 ? t : null;
}

/** A customer domain compared without case, scheme, "www." or a trailing dot. */
export function domainKey(domain: string | null | undefined): string | null {
  const d = foldString((domain ?? '').trim())
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/.]+$/, '');
  return d.length > 0 ? d : null;
}

/**
 * Same customer: the same tenant when both claims name one; otherwise the same domain when both
 * name one. Two different tenants are two customers even under one domain.
 */
export function isSameCustomer(a: LinkClaim['customer'], b: LinkClaim['customer']): boolean {
  const ta = tenantKey(a.tenantId);
  const tb = tenantKey(b.tenantId);
  if (ta && tb) return ta === tb;
  const da = domainKey(a.domain);
  const db = domainKey(b.domain);
  return da !== null && da === db;
}

/** One key per customer for "different customers" (tenant, else domain, else the normalised name). */
export function customerIdentity(c: LinkClaim['customer']): string {
  return tenantKey(c.tenantId) ?? domainKey(c.domain) ?? `name:${normalizeName(c.name).key}`;
}

/** One key per partner: the Partner Center id, else the normalised name. */
export function partnerIdentity(p: LinkClaim['partner']): string {
  const id = p.partnerId.trim();
  return id.length > 0 ? `id:${id}` : `name:${normalizeName(p.name).key}`;
}
