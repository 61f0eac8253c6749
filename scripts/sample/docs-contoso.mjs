import { createWriter, GREY } from './pdf-writer.mjs';
import { signatureBlock, stampEnvelopeId } from './signatures.mjs';

/** Claim 1004973: Fabrikam's signed SOW for Contoso (DocuSign) and the Microsoft POE template. */

export async function contosoSignedSow() {
  const f = await createWriter({
    title: 'Statement of Work - Contoso Endpoint Modernisation',
    author: 'Priya Kaur',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-06-05T16:42:10Z',
    footer: 'Fabrikam, Inc. - Confidential - SOW FAB-2026-0412',
  });
  f.text('Fabrikam, Inc.  |  3500 Paradise Rd, Las Vegas, NV 89169', { size: 8, color: GREY });
  f.heading('Statement of Work: Contoso Endpoint Modernisation with Microsoft Intune and Microsoft Defender for Endpoint', 16);
  f.fields([
    ['Customer', 'Contoso Ltd. (contoso.com)'],
    ['Partner', 'Fabrikam, Inc. (Partner ID 5272302)'],
    ['SOW reference', 'FAB-2026-0412, version 1.3'],
    ['Engagement period', 'June 8, 2026 - September 25, 2026'],
  ]);
  f.heading('1. Background and challenges', 12);
  f.text(
    'Contoso runs an on-premises endpoint management tool that does not manage mobile devices. Corporate mobile phones are issued to staff who also use them as personal devices, and no protection is in place for corporate data on those phones (user-owned or corporate-owned). Contoso plans to retire the current tool by Q4 2026 and to replace it with Microsoft Intune, and to move endpoint protection from a third-party antivirus product to Microsoft Defender for Endpoint.',
  );
  f.heading('2. Scope', 12);
  f.bullets([
    'Approximately 1,000 users in three offices (Seattle, Denver, Toronto).',
    'About 900 Windows 11 workstations to be enrolled in Microsoft Intune through Hybrid Microsoft Entra join and Group Policy enrollment.',
    '350 iOS and Android phones: corporate-owned devices fully managed, personal devices protected with app protection policies.',
    'Microsoft Defender for Endpoint onboarding of all 900 workstations and 40 Windows servers, attack surface reduction rules in audit then block mode.',
    'Compliance policies and Conditional Access requiring compliant devices for Exchange Online and SharePoint Online.',
  ]);
  f.heading('3. Phases and timeline', 12);
  f.table(
    ['Phase', 'Weeks', 'Dates', 'Fabrikam activities'],
    [
      [
        'Plan',
        '1-3',
        'Jun 8 - Jun 26, 2026',
        'Discovery workshops, current-state assessment, design of enrollment profiles, compliance baselines and ASR rules.',
      ],
      [
        'Prepare',
        '4-7',
        'Jun 29 - Jul 24, 2026',
        'Configure Intune tenant, Autopilot profiles, DNS and firewall changes, Defender onboarding packages; test plan with Contoso IT.',
      ],
      [
        'Pilot',
        '8-10',
        'Jul 27 - Aug 14, 2026',
        '50 pilot users in IT and Finance; logging and triage of issues; evaluation against success criteria.',
      ],
      [
        'Transform',
        '11-15',
        'Aug 17 - Sep 18, 2026',
        'Waves of 200-250 users per week; ASR rules to block mode; retirement runbook for the legacy tool.',
      ],
      ['Handover', '16', 'Sep 21 - Sep 25, 2026', 'Operations guide, knowledge transfer to Contoso service desk, sign-off.'],
    ],
    [1.1, 0.7, 1.6, 4],
  );
  f.heading('4. Responsibilities', 12);
  f.text(
    'Contoso is responsible for completing any required upgrades or patching, end-user communications and first-line support. Fabrikam is responsible for design, configuration, pilot support and documentation. Change requests follow the process in the Master Services Agreement dated March 2, 2025.',
  );
  f.heading('5. Acceptance', 12);
  f.text(
    'Each phase ends with a sign-off by the Contoso project sponsor. By signing below, Contoso confirms that Fabrikam is engaged to deliver the work described in this Statement of Work.',
  );
  signatureBlock(f, {
    heading: 'For Contoso Ltd. (Customer)',
    company: 'Contoso Ltd., 1 Microsoft Way, Redmond, WA',
    name: 'John Doe',
    title: 'Chief Information Security Officer',
    date: 'June 5, 2026',
    mode: 'docusign',
    seed: 4711,
    signerId: '4A7B2C9E01D3452F8B6E0C1D9A2F7E55',
  });
  signatureBlock(f, {
    heading: 'For Fabrikam, Inc. (Partner)',
    company: 'Fabrikam, Inc.',
    name: 'Priya Kaur',
    title: 'Engagement Director',
    date: 'June 4, 2026',
    mode: 'docusign',
    seed: 815,
    signerId: '9C01D3E4B2A84F67A1C2D3E4F5A6B7C8',
  });
  stampEnvelopeId(f, '3F2A9C1E-7B4D-4E61-9A0C-5D8E2B7F1A63');
  return f.save();
}

const TICK = '☒';
const EMPTY = '☐';

export async function contosoPoeTemplate() {
  const f = await createWriter({
    title: 'Proof of Execution (POE) Template - Modern Work and Security Usage',
    author: 'Microsoft',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-06-05T17:05:00Z',
    unicode: true,
  });
  f.text('Microsoft', { size: 18, font: 'bold', color: GREY });
  f.heading('Proof of Execution (POE) Template', 15);
  f.text('Valid for use in the following MCI incentives: Security Usage, Modern Work Usage', { size: 9 });
  f.heading('Section 1 (Required): Select product(s)/workload(s) and activity type', 11);
  const rows = [
    ['Microsoft Entra ID P2 (formerly AADP P2)', false, [false, false, false]],
    ['Microsoft Defender for Endpoint (MDE)', true, [true, true, false]],
    ['Microsoft Purview Information Protection (MIP)', false, [false, false, false]],
    ['Microsoft Intune', true, [true, true, true]],
    ['Microsoft Purview Insider Risk Management (IRM)', false, [false, false, false]],
    ['Microsoft Defender for Identity', false, [false, false, false]],
    ['Microsoft Defender for Office 365', false, [false, false, false]],
    ['Microsoft Defender for Cloud Apps (formerly MCAS)', false, [false, false, false]],
  ];
  f.table(
    ['Product / workload', 'Activity type'],
    rows.map(([name, on, acts]) => [
      `${on ? TICK : EMPTY} ${name}`,
      ['Deployment', 'Implementation', 'Adoption/Change Mgmt.'].map((a, i) => `${acts[i] ? TICK : EMPTY} ${a}`).join('   '),
    ]),
    [1.3, 1.4],
  );
  f.heading('Section 2 (Required): Scope of Work Details', 11);
  f.text(
    'Describe in detail the work performed following the product and activity selection in Section 1. Generic high-level descriptions will not be accepted.',
    { size: 8 },
  );
  f.text(
    'Contoso is using an endpoint management solution but not leveraging MDM features. All mobile devices are issued, but users can use them as personal devices. No protection is in place for corporate data on mobile devices. Fabrikam deploys Microsoft Intune for approximately 1000 users, ~900 Windows 11 workstations and 350 mobile devices, and onboards the 900 workstations and 40 servers to Microsoft Defender for Endpoint. Prepare Phase (weeks 4-7): configuration of Intune, Autopilot and Defender onboarding; Hybrid Microsoft Entra join and Group Policy enrollment; DNS and firewall changes. Pilot (weeks 8-10): 50 pilot users. Transform Phase (weeks 11-15): waves of 200-250 users, attack surface reduction rules moved to block mode. Handover (week 16): operations guide and sign-off.',
  );
  f.heading('Section 3 (Required): Partner and Customer Contact Information', 11);
  f.fields([
    ['Partner Company Name', 'Fabrikam, Inc.'],
    ['Customer Company Name', 'Contoso Ltd.'],
    ['Customer Signatory Name (printed)', 'John Doe'],
    ['Customer Signatory Role or Job Title', 'Chief Information Security Officer'],
    ['Engagement Start and End Date', 'June 8, 2026 – September 25, 2026'],
  ]);
  f.heading('Section 3.1 (Required): Customer Acknowledgment', 11);
  f.text('*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for Dates Signed field below.', {
    size: 8,
  });
  f.fields([
    ['E-Signed by', 'John Doe'],
    ['Date Signed', '6/5/2026'],
  ]);
  return f.save();
}
