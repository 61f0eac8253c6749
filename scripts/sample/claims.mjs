/**
 * The claims of the sample queue (schema poe-queue/1). Dates are fixed around the export date
 * 2026-11-20 so tests and the engine's 12-month windows give the same answers on every run.
 * Between them the claims use every field of the contract, and one carries a field the contract
 * does not know (`crmReference`), which import and export must keep.
 */

export const SAMPLE_QUEUE_NAME = 'Sample CPOR and MCI batch';
export const SAMPLE_EXPORTED_AT = '2026-11-20T09:00:00Z';

const MS = 'Microsoft';

/**
 * @param {(path: string) => string | null} sha sha256 of a generated document (null when missing)
 * @param {(path: string) => string} uploaded upload date of a document
 */
export function sampleClaims(sha, uploaded) {
  const doc = (path, withSha = true) => ({ path, ...(withSha && sha(path) ? { sha256: sha(path) } : {}), uploadedAt: uploaded(path) });
  const usage = { program: 'cpor', partnerRole: 'Use or consume', activity: 'usage' };
  return [
    {
      claimId: '1004973', ...usage, solutionArea: 'Modern Work and Security', engagement: 'Modern Work and Security Usage',
      claimName: 'Contoso Intune and Defender for Endpoint rollout', status: 'Submitted',
      createdAt: '2026-10-01', submittedAt: '2026-10-03', statusChangedAt: '2026-10-03T16:20:00Z', incentiveOptOut: false,
      partner: { name: 'Fabrikam', partnerId: '5272302', location: 'Fabrikam, US, Las Vegas', contactName: 'Priya Kaur', contactEmail: 'pkaur@fabrikam.com' },
      customer: { name: 'Contoso', domain: 'contoso.com', tenantId: '45e6435d-dc1c-42e3-89be-e72e6c8f072d', tpid: 10458213, country: 'US', sector: 'commercial', contactName: 'John Doe', contactEmail: 'john.doe@contoso.com', contactTitle: 'CISO', domainMismatchReason: null },
      workloads: [
        { name: 'Microsoft Intune', subscriptionId: '6f1c2d7e-0b44-4c1e-9a55-2f0e6b3d9c11', association: 'none' },
        { name: 'Microsoft Defender for Endpoint', subscriptionId: null, association: 'none' },
      ],
      documents: [doc('1004973/Contoso-SOW-signed.pdf'), doc('1004973/Contoso-POE-template.pdf')],
      comments: [{ author: 'Priya Kaur (Fabrikam)', at: '2026-10-03T16:18:00Z', text: 'Signed SOW and POE template attached. Engagement runs June to September 2026.' }],
    },
    {
      claimId: '1005007', ...usage, solutionArea: 'Modern Work and Security', engagement: 'Modern Work Usage',
      claimName: 'Woodgrove Bank Teams Phone', status: 'Under review',
      createdAt: '2026-09-28', submittedAt: '2026-10-14', statusChangedAt: '2026-10-16T08:00:00Z',
      partner: { name: 'A. Datum Corporation', partnerId: '4410987', location: 'A. Datum Corporation, US, Charlotte', contactName: 'Luis Ortega', contactEmail: 'luis.ortega@adatum.com' },
      customer: { name: 'Woodgrove Bank', domain: 'woodgrovebank.com', tenantId: 'b9a0c3d1-5e2f-4a7b-8c6d-0e1f2a3b4c5d', tpid: '8800231', country: 'US', sector: 'commercial', contactName: 'Karen Mendes', contactEmail: 'karen.mendes@woodgrovebank.com', contactTitle: 'VP Infrastructure and Workplace' },
      workloads: [
        { name: 'Microsoft Teams Phone', subscriptionId: null, association: 'you' },
        { name: 'Microsoft Teams Rooms', subscriptionId: null, association: 'none' },
      ],
      documents: [doc('1005007/Woodgrove-SOW-2024-signed.pdf'), doc('1005007/RE Teams Phone managed service.eml')],
      comments: [
        { author: MS, at: '2026-10-05T10:12:00Z', text: 'Partner action required: the customer signature (08/14/2024) is older than 12 months before submission. Provide a recent customer acknowledgement confirming active engagement.' },
        { author: 'Luis Ortega (A. Datum)', at: '2026-10-14T13:02:00Z', text: 'Added the customer email of October 12, 2026 confirming the 2026 expansion.' },
      ],
    },
    {
      claimId: '1005033', program: 'cpor', partnerRole: 'Build intent - Advisor', activity: 'pre-sales', solutionArea: 'Business Applications',
      engagement: 'Business Applications Pre-sales', claimName: 'Tailspin Toys Dynamics 365', status: 'Submitted',
      createdAt: '2026-10-06', submittedAt: '2026-10-07', transactionDate: '2026-09-30',
      partner: { name: 'Litware, Inc.', partnerId: 3390021, location: 'Litware, US, Weehawken' },
      customer: { name: 'Tailspin Toys', domain: 'tailspintoys.com', tenantId: '0d7f3a9e-2c41-4b8a-9e77-5a6b1c2d3e4f', country: 'US', sector: 'commercial', contactName: 'Mia Chen', contactEmail: 'mia.chen@tailspintoys.com', contactTitle: 'Procurement Lead' },
      workloads: [
        { name: 'Dynamics 365 Sales', subscriptionId: 'c2f0a1e9-7d3b-4b6c-8a90-1e2d3c4b5a69', association: 'none' },
        { name: 'Dynamics 365 Customer Service', subscriptionId: 'c2f0a1e9-7d3b-4b6c-8a90-1e2d3c4b5a70', association: 'none' },
      ],
      documents: [doc('1005033/Litware-Quote-Q-88412.pdf', false)],
      comments: [],
    },
    {
      claimId: '1005061', ...usage, solutionArea: 'Security', engagement: 'Security Usage',
      claimName: 'Lucerne County M365 security hardening', status: 'Submitted',
      createdAt: '2026-10-08', submittedAt: '2026-10-10', statusChangedAt: '2026-10-10',
      partner: { name: 'Trey Research', partnerId: '6001458', location: 'Trey Research, US, Austin', contactName: 'Noah Patel', contactEmail: 'noah.patel@treyresearch.net' },
      customer: { name: 'Lucerne County Government', domain: 'lucernecounty.gov', tenantId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', tpid: 20331457, country: 'US', sector: 'government', contactName: 'Dana Whitfield', contactEmail: 'dana.whitfield@lucernecounty.gov', contactTitle: 'Chief Information Officer' },
      workloads: [
        { name: 'Microsoft Entra ID P2', subscriptionId: null, association: 'none' },
        { name: 'Microsoft Purview Information Protection', subscriptionId: null, association: 'none' },
      ],
      documents: [doc('1005061/Lucerne-County-SOW.pdf'), doc('1005061/Lucerne-County-fee-disclosure-acknowledged.pdf')],
      comments: [{ author: 'Noah Patel (Trey Research)', at: '2026-10-10T15:00:00Z', text: 'Public sector customer (US county): fee disclosure acknowledged by the CIO attached.' }],
    },
    {
      claimId: '1005088', ...usage, solutionArea: 'Security', engagement: 'Security Usage',
      claimName: 'Bellows College identity and data protection', status: 'Submitted',
      createdAt: '2026-10-09', submittedAt: '2026-10-12',
      partner: { name: 'Trey Research', partnerId: '6001458', location: 'Trey Research, US, Austin', contactName: 'Noah Patel', contactEmail: 'noah.patel@treyresearch.net' },
      customer: { name: 'Bellows College', domain: 'bellowscollege.edu', tenantId: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7', tpid: null, country: 'US', sector: 'education', contactName: 'Marcus Lee', contactEmail: 'marcus.lee@bellowscollege.edu', contactTitle: 'Director of IT Security' },
      workloads: [
        { name: 'Microsoft Entra ID P2', subscriptionId: null, association: 'none' },
        { name: 'Microsoft Purview Information Protection', subscriptionId: null, association: 'none' },
      ],
      documents: [doc('1005088/Bellows-College-SOW-signed.pdf')],
      comments: [],
    },
    {
      claimId: '1005102', ...usage, solutionArea: 'Modern Work and Security', engagement: 'Modern Work Usage',
      claimName: 'Fourth Coffee Teams und SharePoint', status: 'Submitted',
      createdAt: '2026-10-13', submittedAt: '2026-10-15',
      partner: { name: 'Proseware GmbH', partnerId: '7120334', location: 'Proseware GmbH, DE, Hamburg', contactName: 'Anna Schäfer', contactEmail: 'anna.schaefer@proseware.de' },
      customer: {
        name: 'Fourth Coffee GmbH', domain: 'fourthcoffee.de', tenantId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', tpid: 5512090, country: 'DE', sector: 'commercial',
        contactName: 'Jürgen Weiß', contactEmail: 'juergen.weiss@fourthcoffee.com', contactTitle: 'Geschäftsführer',
        domainMismatchReason: 'Group email domain fourthcoffee.com; the tenant is registered as fourthcoffee.de.',
      },
      workloads: [
        { name: 'Microsoft Teams', subscriptionId: null, association: 'none' },
        { name: 'SharePoint Online', subscriptionId: null, association: 'none' },
      ],
      documents: [doc('1005102/Leistungsbeschreibung-Fourth-Coffee-unterschrieben.pdf')],
      comments: [],
    },
    {
      claimId: '1005120', ...usage, solutionArea: 'Business Applications', engagement: 'Business Applications Usage',
      claimName: 'Northwind Traders Dynamics 365 Sales and Customer Service', status: 'Under review',
      createdAt: '2026-09-30', submittedAt: '2026-10-02', statusChangedAt: '2026-10-06T09:30:00Z',
      partner: { name: 'Relecloud', partnerId: '6120045', location: 'Relecloud, US, Seattle', contactName: 'Samir Haddad', contactEmail: 'shaddad@relecloud.com' },
      customer: { name: 'Northwind Traders', domain: 'northwindtraders.com', tenantId: 'f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b', tpid: 3007788, country: 'US', sector: 'commercial', contactName: 'Laura Callahan', contactEmail: 'laura.callahan@northwindtraders.com', contactTitle: 'Chief Revenue Officer' },
      workloads: [
        { name: 'Dynamics 365 Sales', subscriptionId: '0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9', association: 'none' },
        { name: 'Dynamics 365 Customer Service', subscriptionId: '0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8fa', association: 'another-partner' },
      ],
      documents: [doc('1005120/Northwind-D365-closure-report.pdf')],
      comments: [{ author: MS, at: '2026-10-06T09:30:00Z', text: 'A competing claim exists for Dynamics 365 Customer Service on this subscription. Both POEs are under review.' }],
    },
    {
      claimId: '1005155', ...usage, solutionArea: 'Security', engagement: 'Security Usage',
      claimName: "Margie's Travel Defender for Office 365", status: 'Submitted',
      createdAt: '2026-10-02', submittedAt: '2026-10-06',
      partner: { name: 'Wingtip Toys Consulting', partnerId: '8830117', location: 'Wingtip Toys Consulting, AU, Sydney', contactName: 'Chloe Martin', contactEmail: 'chloe.martin@wingtiptoys.com.au' },
      customer: { name: "Margie's Travel", domain: 'margiestravel.com', tenantId: '2b3c4d5e-6f70-4819-a2b3-c4d5e6f7a8b9', country: 'AU', sector: 'commercial', contactName: 'Ahmed Siddiqui', contactEmail: 'ahmed.siddiqui@margiestravel.com', contactTitle: 'IT Manager' },
      workloads: [{ name: 'Microsoft Defender for Office 365', subscriptionId: null, association: 'none' }],
      documents: [doc('1005155/Margies-Travel-POE-scan.pdf')],
      comments: [],
    },
    {
      claimId: '1005170', ...usage, solutionArea: 'Security', engagement: 'Security Usage',
      claimName: 'Wide World Importers Entra ID P2', status: 'Submitted',
      createdAt: '2026-09-21', submittedAt: '2026-09-25',
      partner: { name: 'A. Datum Corporation', partnerId: '4410987', location: 'A. Datum Corporation, SE, Stockholm', contactName: 'Erik Nilsson', contactEmail: 'erik.nilsson@adatum.com' },
      customer: { name: 'Wide World Importers', domain: 'wideworldimporters.com', tenantId: '5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f', tpid: 7741200, country: 'SE', sector: 'commercial', contactName: 'Hannah Lindqvist', contactEmail: 'hannah.lindqvist@wideworldimporters.com', contactTitle: 'Director of IT' },
      workloads: [{ name: 'Microsoft Entra ID P2', subscriptionId: 'e0f1a2b3-c4d5-4e6f-8a7b-9c0d1e2f3a4b', association: 'another-partner' }],
      documents: [doc('1005170/signed-page-photo.png'), doc('1005170/FW Conditional Access go-live.eml')],
      comments: [
        { author: MS, at: '2026-09-29T11:00:00Z', text: 'Another partner is associated to this subscription for Microsoft Entra ID P2.' },
        { author: 'Erik Nilsson (A. Datum)', at: '2026-09-30T08:45:00Z', text: 'We led the Conditional Access and PIM rollout in September 2026, see the signed sign-off page.' },
      ],
    },
    {
      claimId: '1005190', program: 'partner-activities', partnerRole: 'Pre-sales workshop', activity: 'pre-sales', solutionArea: 'Modern Work and Security',
      engagement: 'Copilot for Microsoft 365 readiness workshop', claimName: 'Humongous Insurance Copilot workshop', status: 'Submitted',
      createdAt: '2026-09-25', submittedAt: '2026-10-09', transactionDate: '2026-10-05', incentiveOptOut: false,
      partner: { name: 'Trey Research', partnerId: '6001458', location: 'Trey Research, US, Austin', contactName: 'Noah Patel', contactEmail: 'noah.patel@treyresearch.net' },
      customer: { name: 'Humongous Insurance', domain: 'humongousinsurance.com', tenantId: '8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b', tpid: 4400912, country: 'US', sector: 'commercial', contactName: 'Olivia Brooks', contactEmail: 'olivia.brooks@humongousinsurance.com', contactTitle: 'Head of Digital Workplace' },
      workloads: [{ name: 'Microsoft 365 Copilot', subscriptionId: null, association: 'none' }],
      documents: [doc('1005190/customer-attestation.pdf'), doc('1005190/invoice-INV-2026-0457.pdf')],
      comments: [{ author: MS, at: '2026-10-08T20:12:00Z', text: 'Customer consent received.' }],
    },
    {
      claimId: '1005215', ...usage, solutionArea: 'Security', engagement: 'Security Usage',
      claimName: 'Lamna Healthcare Purview DLP', status: 'Submitted',
      createdAt: '2026-10-09', submittedAt: '2026-10-11',
      partner: { name: 'Coho Consulting', partnerId: '9011223', location: 'Coho Consulting, CA, Vancouver', contactName: 'Ben Miller', contactEmail: 'ben.miller@cohoconsulting.ca' },
      customer: { name: 'Lamna Healthcare Company', domain: 'lamnahealthcare.com', tenantId: '1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b', country: 'CA', sector: 'healthcare', contactName: 'Grace Ohana', contactEmail: 'grace.ohana@lamnahealthcare.com', contactTitle: 'Chief Medical Information Officer' },
      workloads: [{ name: 'Microsoft Purview Data Loss Prevention', subscriptionId: null, association: 'none' }],
      documents: [doc('1005215/Lamna-SOW-signed.pdf'), doc('1005215/Lamna-POE-acceptance.pdf')],
      comments: [],
    },
    {
      claimId: '1005233', ...usage, solutionArea: 'Modern Work and Security', engagement: 'Modern Work Usage',
      claimName: 'Tailwind Traders Microsoft 365', status: 'Submitted',
      createdAt: '2026-10-19', submittedAt: '2026-10-21',
      partner: { name: 'Fabrikam', partnerId: '5272302', location: 'Fabrikam, US, Las Vegas', contactName: 'Priya Kaur', contactEmail: 'pkaur@fabrikam.com' },
      customer: { name: 'Tailwind Traders', country: 'US', sector: null },
      workloads: [
        { name: 'Microsoft Teams', subscriptionId: null, association: 'none' },
        { name: 'Microsoft Intune', subscriptionId: null, association: 'none' },
      ],
      documents: [doc('1005233/POE-letter.pdf')],
      comments: [],
    },
    {
      claimId: '1005240', program: 'cpor', partnerRole: 'Influenced Revenue recognition - Non-Incentivized', activity: 'revenue', solutionArea: 'Azure',
      claimName: 'Alpine Ski House Azure Virtual Desktop', status: 'Submitted', createdAt: '2026-11-02', incentiveOptOut: true,
      partner: { name: 'Fabrikam', partnerId: '5272302' },
      customer: { name: 'Alpine Ski House', domain: 'alpineskihouse.com', country: 'CH', sector: 'commercial' },
      workloads: [{ name: 'Azure Virtual Desktop', subscriptionId: '4c5d6e7f-8091-4a2b-b3c4-d5e6f7a8b9c0', association: 'none' }],
      documents: [],
      comments: [],
      crmReference: { system: 'Dynamics 365', opportunityId: 'OPP-2026-7781', stage: 'Closed won' },
    },
  ];
}
