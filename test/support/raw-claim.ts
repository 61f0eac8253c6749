/** A valid claim as a manifest carries it (raw JSON values), for tests; overrides replace fields. */
export function rawClaim(id: string | number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    claimId: id,
    program: 'cpor',
    solutionArea: 'Modern Work and Security',
    partnerRole: 'Use or consume',
    activity: 'usage',
    status: 'Submitted',
    createdAt: '2026-10-01',
    submittedAt: '2026-10-03',
    partner: { name: 'Fabrikam', partnerId: 5272302 },
    customer: { name: 'Contoso', country: 'US', sector: 'commercial' },
    workloads: [{ name: 'Microsoft Intune', subscriptionId: null, association: 'none' }],
    documents: [{ path: `${id}/sow.pdf` }],
    ...overrides,
  };
}
