/**
 * A valid claim as a manifest carries it (raw JSON values): the one builder for the tests
 * (test/support/raw-claim.ts re-exports it) and the benchmarks' generated queues. Overrides
 * replace fields.
 * @param {string | number} id
 * @param {Record<string, unknown>} [overrides]
 * @returns {Record<string, unknown>}
 */
export function rawClaim(id, overrides = {}) {
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
