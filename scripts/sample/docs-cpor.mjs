import { A4, createWriter, GREY } from './pdf-writer.mjs';
import { signatureBlock } from './signatures.mjs';

/** CPOR documents in different layouts: a stale SOW, a quote, public sector SOWs and a German SOW. */

/** Claim 1005007: Adatum's 2024 SOW for Woodgrove Bank, signed in ink and scanned with its text layer. */
export async function woodgroveStaleSow() {
  const f = await createWriter({
    title: 'Woodgrove Bank - Teams Phone SOW',
    author: 'A. Datum',
    creator: 'Microsoft® Word 2019',
    date: '2024-08-14T09:12:00Z',
    footer: 'ADATUM-SOW-2024-118',
  });
  f.text('A. DATUM CORPORATION', { size: 20, font: 'bold' });
  f.text('Professional Services | Statement of Work ADATUM-SOW-2024-118', { size: 9, color: GREY });
  f.rule();
  f.text('Client: Woodgrove Bank, 400 Pine Street, Charlotte, NC 28202', { font: 'bold' });
  f.text('Project: Microsoft Teams Phone and Teams Rooms rollout for branch offices');
  f.heading('Objectives', 12);
  f.text(
    'Woodgrove Bank operates 42 branches on an end-of-life PBX. The bank will move 2,400 users to Microsoft Teams Phone with Direct Routing through two session border controllers, and equip 60 meeting rooms with Microsoft Teams Rooms. Adatum designs the voice architecture, ports numbers in waves, and trains branch staff.',
  );
  f.heading('Work packages', 12);
  f.bullets([
    'WP1 Voice design (4 weeks): call flows for 42 branches, emergency calling (E911) locations, dial plans, SBC high availability.',
    'WP2 Pilot (3 weeks): 120 users in the Charlotte head office; call quality dashboards; acceptance criteria MOS above 4.0.',
    'WP3 Branch waves (20 weeks): 6 waves of 6-8 branches, number porting, desk phone replacement, 60 Teams Rooms.',
    'WP4 Adoption: 30 training sessions, champions network of 45 staff, service desk runbooks.',
  ]);
  f.heading('Timeline', 12);
  f.text('Start: September 2, 2024. Pilot complete: October 18, 2024. Final wave: March 28, 2025. Hypercare until April 30, 2025.');
  f.heading('Acceptance', 12);
  f.text('Signed by the authorised representatives of both parties.');
  signatureBlock(f, {
    heading: 'Woodgrove Bank',
    company: 'Woodgrove Bank',
    name: 'Karen Mendes',
    title: 'VP Infrastructure and Workplace',
    date: '08/14/2024',
    mode: 'ink',
    seed: 2024,
  });
  signatureBlock(f, {
    heading: 'A. Datum Corporation',
    company: 'A. Datum Corporation',
    name: 'Luis Ortega',
    title: 'Delivery Manager',
    date: '08/13/2024',
    mode: 'ink',
    seed: 1313,
  });
  return f.save();
}

/** Claim 1005033: a quotation with a purchase order number: transactional, not proof of execution. */
export async function tailspinQuote() {
  const f = await createWriter({
    title: 'Quotation Q-88412',
    author: 'Litware Sales',
    creator: 'Litware Quote Builder 5.2',
    producer: 'Litware Quote Builder 5.2',
    date: '2026-09-02T14:00:00Z',
  });
  f.text('LITWARE, INC.', { size: 22, font: 'bold' });
  f.text('Licensing Solutions | 1200 Harbor Blvd, Weehawken, NJ', { size: 8, color: GREY });
  f.heading('QUOTATION  Q-88412', 16);
  f.fields([
    ['Quote date', '2026-09-02'],
    ['Valid until', '2026-10-02'],
    ['Bill to', 'Tailspin Toys, Purchasing Dept., 77 Jet Lane, Orlando, FL'],
    ['Customer PO', 'PO-TT-2026-5531 (received 2026-09-10)'],
  ]);
  f.table(
    ['SKU', 'Description', 'Qty', 'Term', 'Unit price (USD)', 'Extended (USD)'],
    [
      ['CFQ7TTC0LF8Q', 'Dynamics 365 Sales Enterprise', '85', '12 months', '105.00 / month', '107,100.00'],
      ['CFQ7TTC0LH0R', 'Dynamics 365 Customer Service Enterprise', '40', '12 months', '105.00 / month', '50,400.00'],
      ['CFQ7TTC0LFLX', 'Dataverse Database Capacity add-on (GB)', '20', '12 months', '40.00 / month', '9,600.00'],
    ],
    [1.2, 2.6, 0.5, 0.9, 1.2, 1.2],
  );
  f.text('Subtotal USD 167,100.00   Tax USD 0.00   Total USD 167,100.00', { font: 'bold' });
  f.heading('Terms', 11);
  f.text(
    'Prices exclude taxes. Licences are provisioned on receipt of the purchase order and billed annually in advance. This quotation is subject to the Microsoft Customer Agreement.',
    { size: 9 },
  );
  f.text('Accepted for purchase: Tailspin Toys Purchasing, PO-TT-2026-5531', { size: 9 });
  return f.save();
}

function publicSectorSow(f, { customer, scope, users }) {
  f.text('TREY RESEARCH', { size: 18, font: 'bold' });
  f.text('Public Sector Practice | GSA Schedule 47QTCA20D00XX', { size: 8, color: GREY });
  f.heading(`Statement of Work: ${scope}`, 14);
  f.fields([
    ['Agency / institution', customer],
    ['Contractor', 'Trey Research Inc.'],
    ['Period of performance', 'July 13, 2026 through October 30, 2026'],
    ['Users in scope', users],
  ]);
  f.heading('Tasks', 12);
  f.bullets([
    'Task 1 (Jul 13 - Jul 31): Assessment of the current mail, file and collaboration estate; security baseline per CISA SCuBA for Microsoft 365.',
    'Task 2 (Aug 3 - Aug 28): Microsoft Entra ID P2 Conditional Access and Privileged Identity Management for 85 administrators.',
    'Task 3 (Aug 31 - Oct 9): Microsoft Purview Information Protection labels (Public, Internal, Sensitive, Restricted), auto-labelling for records with personal data.',
    'Task 4 (Oct 12 - Oct 30): Knowledge transfer, runbooks and closing report.',
  ]);
}

/** Claim 1005061: US county government; SOW plus the fee disclosure the customer acknowledged. */
export async function lucerneSow() {
  const f = await createWriter({
    title: 'Lucerne County SOW',
    author: 'Trey Research',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-07-09T15:30:00Z',
  });
  publicSectorSow(f, {
    customer: 'Lucerne County Government, Department of Information Technology',
    scope: 'Lucerne County Microsoft 365 security hardening',
    users: '3,150 county employees across 14 departments',
  });
  f.heading('Approval', 12);
  signatureBlock(f, {
    heading: 'Lucerne County',
    company: 'Lucerne County Government',
    name: 'Dana Whitfield',
    title: 'Chief Information Officer',
    date: '07/09/2026',
    mode: 'adobe',
    signerId: 'CBJCHBCAABAA7xQ2mR',
  });
  return f.save();
}

export async function lucerneFeeDisclosure() {
  const f = await createWriter({
    title: 'Disclosure of Microsoft incentive compensation',
    author: 'Trey Research',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-07-09T15:45:00Z',
  });
  f.heading('Disclosure of Compensation from Microsoft', 15);
  f.text('To: Lucerne County Government, Department of Information Technology');
  f.text('From: Trey Research Inc.');
  f.text('Date: July 9, 2026');
  f.text(
    'In accordance with Microsoft partner incentive program requirements for public sector customers in the United States, Trey Research discloses that it may receive fees, commission or other compensation from Microsoft Corporation in connection with the services described in SOW TR-PS-2026-031 (Microsoft 365 security hardening), including incentives for Microsoft Entra ID P2 and Microsoft Purview Information Protection usage. The estimated compensation is up to USD 18,500. This compensation does not change the price paid by Lucerne County.',
  );
  f.heading('Customer acknowledgement', 12);
  f.text(
    'Lucerne County acknowledges in writing that it has received and read this disclosure of fees, commission and compensation Trey Research receives from Microsoft.',
  );
  signatureBlock(f, {
    heading: 'Acknowledged by Lucerne County',
    company: 'Lucerne County Government',
    name: 'Dana Whitfield',
    title: 'Chief Information Officer',
    date: '07/09/2026',
    mode: 'adobe',
    signerId: 'CBJCHBCAABAA7xQ2mS',
  });
  return f.save();
}

/** Claim 1005088: a US college (education = public sector) with a signed SOW and no disclosure. */
export async function bellowsSow() {
  const f = await createWriter({
    title: 'Bellows College SOW',
    author: 'Trey Research',
    creator: 'Microsoft® Word for Microsoft 365',
    date: '2026-07-20T18:00:00Z',
  });
  publicSectorSow(f, {
    customer: 'Bellows College, Office of Information Technology',
    scope: 'Bellows College identity and data protection',
    users: '1,200 faculty and staff, 9,800 students (A3 licences)',
  });
  f.heading('Approval', 12);
  signatureBlock(f, {
    heading: 'Bellows College',
    company: 'Bellows College',
    name: 'Marcus Lee',
    title: 'Director of IT Security',
    date: '07/20/2026',
    mode: 'docusign',
    seed: 5150,
    signerId: '1B2C3D4E5F60718293A4B5C6D7E8F901',
  });
  return f.save();
}

/** Claim 1005102: German SOW (Leistungsbeschreibung), dd.mm.yyyy dates, GmbH parties, A4. */
export async function fourthCoffeeSow() {
  const f = await createWriter({
    title: 'Leistungsbeschreibung Fourth Coffee GmbH',
    author: 'Proseware GmbH',
    creator: 'Microsoft® Word für Microsoft 365',
    date: '2026-08-21T08:15:00Z',
    size: A4,
    footer: 'Proseware GmbH - Vertraulich',
  });
  f.text('Proseware GmbH · Speicherstraße 12 · 20457 Hamburg', { size: 8, color: GREY });
  f.heading('Leistungsbeschreibung (Statement of Work) Nr. PW-2026-077', 15);
  f.fields([
    ['Auftraggeber', 'Fourth Coffee GmbH, Röstereiweg 5, 80331 München'],
    ['Auftragnehmer', 'Proseware GmbH, Hamburg'],
    ['Projektzeitraum', '01.09.2026 bis 27.11.2026'],
    ['Anwender', 'ca. 640 Mitarbeitende an 5 Standorten, 210 Schichtarbeitsplätze in der Rösterei'],
  ]);
  f.heading('1. Ausgangslage', 12);
  f.text(
    'Fourth Coffee nutzt derzeit lokale Dateiserver und eine veraltete Telefonanlage. Schichtmitarbeitende in der Produktion haben keinen Zugang zu Dienstplänen und Sicherheitsunterweisungen.',
  );
  f.heading('2. Leistungsumfang', 12);
  f.bullets([
    'Microsoft Teams: Einführung für 640 Anwender, Teams-Vorlagen je Standort, Schichten-App für 210 Frontline-Arbeitsplätze.',
    'Microsoft SharePoint Online: Migration von 4,2 TB Dateiserverdaten, Berechtigungskonzept nach Abteilungen.',
    'Schulung: 12 Anwenderschulungen, 2 Administratorenworkshops, Champions-Programm mit 25 Teilnehmenden.',
  ]);
  f.heading('3. Zeitplan', 12);
  f.table(
    ['Phase', 'Zeitraum', 'Ergebnis'],
    [
      ['Analyse und Design', '01.09.2026 - 18.09.2026', 'Zielarchitektur, Migrationsplan'],
      ['Pilot (Hamburg)', '21.09.2026 - 09.10.2026', '80 Pilotanwender, Abnahme Pilot'],
      ['Rollout und Migration', '12.10.2026 - 20.11.2026', 'alle Standorte migriert'],
      ['Abschluss', '23.11.2026 - 27.11.2026', 'Betriebshandbuch, Abnahmeprotokoll'],
    ],
    [1.4, 1.6, 2],
  );
  f.heading('4. Unterschriften', 12);
  const labels = { signature: 'Unterschrift', name: 'Name', title: 'Funktion', date: 'Datum' };
  signatureBlock(f, {
    heading: 'Für den Auftraggeber',
    company: 'Fourth Coffee GmbH',
    name: 'Jürgen Weiß',
    title: 'Geschäftsführer',
    date: '21.08.2026',
    mode: 'ink',
    seed: 2108,
    labels,
  });
  signatureBlock(f, {
    heading: 'Für den Auftragnehmer',
    company: 'Proseware GmbH',
    name: 'Anna Schäfer',
    title: 'Projektleiterin',
    date: '20.08.2026',
    mode: 'ink',
    seed: 2008,
    labels,
  });
  return f.save();
}
