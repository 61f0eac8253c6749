import type { Claim } from '@shared/queue/claim-schema';

export interface ComparedFact {
  label: string;
  left: string;
  right: string;
  isDifferent: boolean;
}

const norm = (s: string) => s.trim().toLowerCase();

/** The facts a conflict is judged on, side by side, with the differences marked. */
export function compareFacts(left: Claim | null, right: Claim | null): ComparedFact[] {
  const pick: [string, (c: Claim) => string][] = [
    ['Claim ID', (c) => c.claimId],
    ['Partner', (c) => `${c.partner.name} (${c.partner.partnerId})`],
    ['Customer', (c) => c.customer.name],
    ['Customer domain', (c) => c.customer.domain ?? ''],
    ['Tenant ID', (c) => c.customer.tenantId ?? ''],
    [
      'Workloads',
      (c) =>
        c.workloads
          .map(
            (w) =>
              `${w.name}${w.subscriptionId ? ` [${w.subscriptionId}]` : ''}${w.association === 'another-partner' ? ' (another partner)' : ''}`,
          )
          .join(', '),
    ],
    ['Partner role', (c) => c.partnerRole],
    ['Activity', (c) => c.activity],
    ['Status', (c) => c.status],
    ['Created', (c) => c.createdAt],
    ['Submitted', (c) => c.submittedAt ?? ''],
    ['Status changed', (c) => c.statusChangedAt ?? ''],
    ['Documents', (c) => c.documents.map((d) => d.path.split('/').pop() ?? d.path).join(', ')],
  ];
  return pick.map(([label, get]) => {
    const l = left ? get(left) : '';
    const r = right ? get(right) : '';
    return { label, left: l, right: r, isDifferent: label !== 'Claim ID' && norm(l) !== norm(r) };
  });
}
