import type { Customer } from '@shared/queue/claim-schema';
import { isRecord } from '@shared/queue/claim-validation';

/** Known keys per contract object; anything else is an extra field to show as it came. */
export const KNOWN_KEYS = {
  claim: [
    'claimId',
    'program',
    'solutionArea',
    'partnerRole',
    'activity',
    'engagement',
    'claimName',
    'status',
    'createdAt',
    'submittedAt',
    'statusChangedAt',
    'transactionDate',
    'incentiveOptOut',
    'partner',
    'customer',
    'workloads',
    'documents',
    'comments',
  ],
  partner: ['name', 'partnerId', 'location', 'contactName', 'contactEmail'],
  customer: [
    'name',
    'domain',
    'tenantId',
    'tpid',
    'country',
    'sector',
    'contactName',
    'contactEmail',
    'contactTitle',
    'domainMismatchReason',
  ],
  workload: ['name', 'subscriptionId', 'association'],
  document: ['path', 'sha256', 'uploadedAt'],
  comment: ['author', 'at', 'text'],
} as const;

/** Shows a value of unknown shape as one line of text. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value || '""';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Keys of `obj` outside `known`, as dotted paths with their values. */
export function extraFields(obj: unknown, known: readonly string[], prefix: string): { path: string; value: string }[] {
  if (!isRecord(obj)) return [];
  return Object.keys(obj)
    .filter((k) => !known.includes(k))
    .map((k) => ({ path: prefix ? `${prefix}.${k}` : k, value: formatValue(obj[k]) }));
}

/** Every extra field of a raw claim, nested objects and list items included. */
export function allExtraFields(raw: unknown): { path: string; value: string }[] {
  if (!isRecord(raw)) return [];
  const list = (key: string, known: readonly string[]) =>
    Array.isArray(raw[key]) ? (raw[key] as unknown[]).flatMap((item, i) => extraFields(item, known, `${key}[${i}]`)) : [];
  return [
    ...extraFields(raw, KNOWN_KEYS.claim, ''),
    ...extraFields(raw.partner, KNOWN_KEYS.partner, 'partner'),
    ...extraFields(raw.customer, KNOWN_KEYS.customer, 'customer'),
    ...list('workloads', KNOWN_KEYS.workload),
    ...list('documents', KNOWN_KEYS.document),
    ...list('comments', KNOWN_KEYS.comment),
  ];
}

/** Every field of a raw object, flattened (for claims that failed validation). */
export function flattenFields(value: unknown, prefix = ''): { path: string; value: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => flattenFields(v, `${prefix}[${i}]`));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => flattenFields(v, prefix ? `${prefix}.${k}` : k));
  return [{ path: prefix, value: formatValue(value) }];
}

export interface DomainCheck {
  customerDomain: string;
  emailDomain: string;
  /** The claim's own explanation, when it gives one. */
  reason: string | null;
  message: string;
}

function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at >= 0
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase() || null
    : null;
}

/**
 * The customer contact's email domain should be the customer's domain (or a subdomain of it);
 * otherwise the claim must say why. Null when they match or either is unknown.
 */
export function checkContactDomain(customer: Pick<Customer, 'domain' | 'contactEmail' | 'domainMismatchReason'>): DomainCheck | null {
  const domain = customer.domain?.trim().toLowerCase().replace(/^@/, '');
  const mail = customer.contactEmail ? emailDomain(customer.contactEmail) : null;
  if (!domain || !mail) return null;
  if (mail === domain || mail.endsWith(`.${domain}`)) return null;
  const reason = customer.domainMismatchReason?.trim() || null;
  return {
    customerDomain: domain,
    emailDomain: mail,
    reason,
    message: reason
      ? `Contact email domain ${mail} differs from customer domain ${domain}. Reason given: ${reason}`
      : `Contact email domain ${mail} differs from customer domain ${domain}, and the claim gives no mismatch reason.`,
  };
}

export function basename(path: string): string {
  const hash = path.indexOf('#');
  const clean = hash >= 0 ? path.slice(0, hash) : path;
  return clean.slice(clean.lastIndexOf('/') + 1);
}
