import { createWriter, GREY } from './pdf-writer.mjs';
import { signatureBlock } from './signatures.mjs';

/** The 10-page report, Partner Activities documents, a generic letter and the SOW that is truncated. */

const WEEKS = [
  ['Sprint 1', 'Jul 6 - Jul 17, 2026', 'Lead and opportunity model, 14 sales stages mapped, data migration rules for 38,000 accounts.'],
  ['Sprint 2', 'Jul 20 - Jul 31, 2026', 'Outlook and Teams integration for 120 sellers, territory model for 9 regions.'],
  ['Sprint 3', 'Aug 3 - Aug 14, 2026', 'Case management for 45 service agents, SLA timers, entitlement rules.'],
  ['Sprint 4', 'Aug 17 - Aug 28, 2026', 'Omnichannel chat on northwindtraders.com, knowledge base of 310 articles.'],
  ['Sprint 5', 'Aug 31 - Sep 11, 2026', 'Power BI sales dashboards, forecasting, user acceptance testing.'],
  ['Go-live', 'Sep 14 - Sep 18, 2026', 'Cut-over weekend, hypercare, 165 users live.'],
];

/** Claim 1005120: Relecloud's 10-page Dynamics 365 closure report for Northwind Traders. */
export async function northwindClosureReport() {
  const f = await createWriter({
    title: 'Northwind Traders - Dynamics 365 Closure Report',
    author: 'Relecloud',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-09-30T12:00:00Z',
    footer: 'Relecloud | Northwind Traders Dynamics 365 programme | Closure report v1.0',
  });
  f.text('Relecloud', { size: 26, font: 'bold' });
  f.heading('Northwind Traders: Dynamics 365 Sales and Customer Service', 20);
  f.text('Project closure and acceptance report, version 1.0, September 30, 2026', { color: GREY });
  f.fields([
    ['Customer', 'Northwind Traders (northwindtraders.com)'],
    ['Partner', 'Relecloud (Partner ID 6120045)'],
    ['Programme period', 'July 6, 2026 - September 18, 2026'],
    ['Users live', '120 sellers, 45 service agents'],
  ]);
  const chapters = [
    [
      '1. Executive summary',
      'Northwind Traders replaced a spreadsheet-based pipeline and a shared support mailbox with Dynamics 365 Sales Enterprise and Dynamics 365 Customer Service Enterprise. 165 users went live on September 14, 2026.',
    ],
    [
      '2. Business challenges',
      'Forecasts were compiled by hand each month from 9 regional spreadsheets; 23% of support emails had no owner after 24 hours; no single customer view existed across sales and service.',
    ],
    [
      '3. Solution scope',
      'Dynamics 365 Sales: leads, opportunities, quotes, territories, forecasting. Dynamics 365 Customer Service: cases, SLAs, entitlements, knowledge base, omnichannel chat. Integration with Outlook, Teams and the ERP order history.',
    ],
    [
      '4. Delivery approach',
      'Six two-week sprints with a joint product owner from Northwind; fortnightly steering committee chaired by the Chief Revenue Officer.',
    ],
  ];
  for (const [title, text] of chapters) {
    f.newPage();
    f.heading(title, 15);
    for (let i = 0; i < 5; i++) f.text(text, { gap: 8 });
  }
  f.newPage();
  f.heading('5. Sprint log', 15);
  f.table(['Sprint', 'Dates', 'Delivered'], WEEKS, [1, 1.5, 4]);
  f.newPage();
  f.heading('6. Data migration', 15);
  f.table(
    ['Entity', 'Source', 'Records', 'Result'],
    [
      ['Accounts', 'Regional spreadsheets', '38,214', '38,102 migrated, 112 duplicates merged'],
      ['Contacts', 'Spreadsheets and Outlook', '91,530', '91,530 migrated'],
      ['Open opportunities', 'Spreadsheets', '1,846', '1,846 migrated'],
      ['Cases (24 months)', 'Shared mailbox export', '27,400', '27,385 migrated, 15 rejected (no customer)'],
    ],
    [1.3, 1.6, 0.9, 2.4],
  );
  f.newPage();
  f.heading('7. Adoption and training', 15);
  f.bullets([
    '14 classroom sessions for sellers (120 attendees).',
    '6 sessions for service agents (45 attendees).',
    'Adoption dashboard: 94% weekly active sellers in week 2 after go-live.',
  ]);
  f.newPage();
  f.heading('8. Open items and recommendations', 15);
  f.bullets([
    'Field service scheduling is out of scope; candidate for phase 2 in 2027.',
    'Retire the shared support mailbox by November 30, 2026.',
  ]);
  f.newPage();
  f.heading('9. Customer acceptance', 15);
  f.text(
    'Northwind Traders accepts the Dynamics 365 Sales and Customer Service implementation delivered by Relecloud as described in this report.',
  );
  signatureBlock(f, {
    heading: 'Northwind Traders',
    company: 'Northwind Traders',
    name: 'Laura Callahan',
    title: 'Chief Revenue Officer',
    date: 'September 29, 2026',
    mode: 'adobe',
    signerId: 'CBJCHBCAABAAqP9x1Zt',
  });
  while (f.doc.getPageCount() < 10) {
    f.newPage();
    f.heading('Appendix: contacts', 15);
    f.fields([
      ['Relecloud programme manager', 'Samir Haddad, shaddad@relecloud.com'],
      ['Northwind product owner', 'Andrew Fuller, afuller@northwindtraders.com'],
    ]);
  }
  return f.save();
}

/** Claim 1005190: MCI Partner Activities customer attestation (survey export with a typed e-signature). */
export async function humongousAttestation() {
  const f = await createWriter({
    title: 'Customer attestation',
    author: 'Microsoft Partner Center',
    creator: 'Partner Center',
    producer: 'Partner Center survey export',
    date: '2026-10-08T20:11:00Z',
  });
  f.text('Microsoft Partner Incentives | Customer Attestation', { size: 9, color: GREY });
  f.heading('Partner Activities engagement: customer attestation', 15);
  f.fields([
    ['Claim ID', '1005190'],
    ['Engagement', 'Copilot for Microsoft 365 readiness workshop'],
    ['Partner', 'Trey Research Inc.'],
    ['Customer', 'Humongous Insurance'],
    ['Delivery date(s)', 'September 22 - September 24, 2026'],
  ]);
  f.text('Q1. Did the partner deliver the engagement described above to your organisation?  Yes');
  f.text(
    'Q2. Describe the outcomes. "Three-day workshop with 18 stakeholders from Claims, Underwriting and IT: data readiness review of 2 SharePoint sites with 1.1 M files, oversharing report, 6 prioritised Copilot scenarios and a 90-day adoption plan for 250 pilot users."',
  );
  f.heading('Electronic signature', 12);
  f.fields([
    ['Full name', 'Olivia Brooks'],
    ['Company', 'Humongous Insurance'],
    ['Job title', 'Head of Digital Workplace'],
    ['Signed', '2026-10-08 20:11 UTC (typed e-signature, olivia.brooks@humongousinsurance.com)'],
  ]);
  return f.save();
}

export async function humongousInvoice() {
  const f = await createWriter({
    title: 'Invoice INV-2026-0457',
    author: 'Trey Research',
    creator: 'Trey Research Billing',
    producer: 'Trey Research Billing',
    date: '2026-10-09T10:00:00Z',
  });
  f.text('Trey Research Inc.', { size: 18, font: 'bold' });
  f.text('1 Research Park, Austin, TX 78701 | billing@treyresearch.net', { size: 8, color: GREY });
  f.heading('INVOICE INV-2026-0457', 14);
  f.fields([
    ['Invoice date', 'October 9, 2026'],
    ['Bill to', 'Microsoft Partner Incentives (Partner Activities)'],
    ['Claim ID', '1005190'],
    ['Partner company', 'Trey Research Inc.'],
  ]);
  f.table(
    ['Description', 'Customer', 'Amount (USD)'],
    [['Copilot for Microsoft 365 readiness workshop, Sep 22-24, 2026', 'Humongous Insurance', '15,000.00']],
    [3, 1.5, 1],
  );
  f.text('Total due: USD 15,000.00', { font: 'bold' });
  return f.save();
}

/** Claim 1005233: the invalid example: generic text, ambiguous acknowledgement, no dates. */
export async function tailwindGenericLetter() {
  const f = await createWriter({
    title: 'Letter',
    author: 'Fabrikam',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-10-20T09:00:00Z',
  });
  f.heading('Proof of Execution', 16);
  f.text('Partner: Fabrikam');
  f.text('Customer: Tailwind Traders');
  f.text(
    'Fabrikam provided Microsoft 365 services to the customer including planning, deployment, testing, and ongoing support. Microsoft 365 helps organisations be more productive and secure, with the apps and services people use every day. The customer benefits from improved collaboration and security.',
  );
  f.text('Approved.');
  f.text('Tailwind Traders IT', { color: GREY });
  return f.save();
}

/** Claim 1005215: a signed SOW that will be truncated to make a corrupt file. */
export async function lamnaSow() {
  const f = await createWriter({
    title: 'Lamna Healthcare SOW',
    author: 'Coho Consulting',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-08-03T13:00:00Z',
  });
  f.heading('Statement of Work: Lamna Healthcare Microsoft Purview rollout', 15);
  f.text(
    'Coho Consulting will deploy Microsoft Purview Data Loss Prevention for 2,300 clinical and administrative staff at Lamna Healthcare Company between August 10 and October 30, 2026.',
  );
  signatureBlock(f, {
    heading: 'Lamna Healthcare Company',
    company: 'Lamna Healthcare Company',
    name: 'Dr. Grace Ohana',
    title: 'Chief Medical Information Officer',
    date: 'August 3, 2026',
    mode: 'docusign',
    seed: 803,
    signerId: '77AA12BC34DE56F0A1B2C3D4E5F60718',
  });
  return f.save();
}
