import { NO_ACK_DATE, VALID, claim, defect, pdf } from './claims.mjs';
import { body, localDate, replyMail } from './heldout-docs.mjs';
import { esignedPdf, reportPdf } from './probe-docs.mjs';
import { numberClaims, phasesBefore, storyMaker } from './stories.mjs';
import { A4, createWriter } from '../sample/pdf-writer.mjs';

/**
 * The second probe batch (ids PQ001…), written after the first probe batch stopped finding
 * errors, aimed at false approvals and false passes: "approved on behalf of" lines signed by the
 * partner's own people or naming another company, signature blocks whose signature line is
 * empty ("Signature: ______", "Firma: ____") or signed by the partner only, e-signature trails
 * whose envelope was declined, voided or expired, emails whose "approved" is only in the
 * partner's quoted text or that come from a look-alike or free-mail domain, ticks written in
 * running text ("[x]", "☐ Yes ☒ No", "X"), a marked activity row for another product, dates
 * in the Thai Buddhist era (2569) and the ROC calendar (民國 115), an old signature under a
 * recent partner stamp, Arabic and Hebrew signed statements, and public sector customers whose
 * fee disclosure is missing or only in the partner's unsigned cover letter.
 *
 * Every expectation below was written from ../shared/DOMAIN.md (and QUEUE-FORMAT.md) before the
 * engine ran on these documents, with the rule it follows in `why`.
 */

const CUSTOMERS = {
  harbour: ['Harbourside Veterinary Group Ltd', 'harboursidevets.co.uk', 'GB', 'Oliver Grant', 'Head of IT'],
  cascade: ['Cascade Outdoor Gear Inc.', 'cascadeoutdoor.com', 'US', 'Megan Ross', 'Director of IT'],
  andaluza: ['Conservas La Andaluza S.L.', 'conservasandaluza.es', 'ES', 'Lucía Moreno', 'Responsable de Sistemas'],
  ferretti: ['Ferretti Meccanica S.p.A.', 'ferrettimeccanica.it', 'IT', 'Giulia Russo', 'Responsabile IT'],
  liffey: ['Liffey Analytics Ltd', 'liffeyanalytics.ie', 'IE', 'Aoife Byrne', 'Head of Technology'],
  kestrel: ['Kestrel Freight Ltd', 'kestrelfreight.co.uk', 'GB', 'Hannah Lowe', 'IT Manager'],
  tapatio: ['Grupo Tapatío de Alimentos S.A. de C.V.', 'tapatioalimentos.mx', 'MX', 'Alejandro Ruiz', 'Director de TI'],
  ipe: ['Construtora Ipê Ltda', 'construtoraipe.com.br', 'BR', 'Ana Souza', 'Gerente de TI'],
  siam: ['Siam Riverside Foods Co., Ltd.', 'siamriverside.co.th', 'TH', 'Somchai Rattanakul', 'IT Director'],
  formosa: ['Formosa Precision Optics Corp.', 'formosaoptics.com.tw', 'TW', 'Chen Wei-Ling', 'IT Manager'],
  deventer: ['Drukkerij Deventer B.V.', 'drukkerijdeventer.nl', 'NL', 'Sanne Bakker', 'Hoofd ICT'],
  gulf: ['Gulf Horizon Trading LLC', 'gulfhorizon.ae', 'AE', 'Khalid Al Mansoori', 'IT Director'],
  galil: ['Galil Medical Devices Ltd', 'galilmed.co.il', 'IL', 'Noa Levi', 'IT Manager'],
  maple: ['Maple Valley School District', 'maplevalleysd.org', 'US', 'Jennifer Ortiz', 'Director of Technology'],
  bayamon: ['Municipio de Bayamón', 'bayamon.pr.gov', 'PR', 'Luis Rivera', 'Director de Informática'],
  mercy: ['Riverbend County Hospital', 'riverbendhospital.org', 'US', 'Paul Whitman', 'CIO'],
};

const PARTNERS = {
  thames: ['Thameside Cloud Partners', 'thamesidecloud.co.uk', 'Rachel Adams', 'Delivery Lead', '9890123'],
  pacific: ['Pacific Crest Consulting', 'pacificcrest.com', 'Evan Lee', 'Engagement Manager', '9012345'],
  iberia: ['Iberia Nube S.L.', 'iberianube.es', 'Javier Santos', 'Jefe de Proyecto', '9789012'],
  lagunare: ['Laguna Re Digitale S.r.l.', 'lagunare.it', 'Paolo Conti', 'Project Manager', '9111222'],
  sierra: ['Sierra Nube Consultores', 'sierranube.mx', 'Fernanda Ortiz', 'Gerente de Proyecto', '9345678'],
  nuvem: ['Céu Aberto Tecnologia', 'ceuaberto.com.br', 'Bruno Carvalho', 'Gerente de Projetos', '9123456'],
  lotus: ['Lotus Bridge Systems Co., Ltd.', 'lotusbridge.co.th', 'Anan Wongsakul', 'Project Manager', '9222333'],
  jade: ['Jade Harbor IT Services Ltd.', 'jadeharbor.com.tw', 'Lin Yu-Ting', 'Project Manager', '9333444'],
  dijk: ['Dijkstra Cloud B.V.', 'dijkstracloud.nl', 'Thijs Mulder', 'Projectmanager', '9456789'],
  dune: ['Dune Digital Solutions FZ-LLC', 'dunedigital.ae', 'Omar Haddad', 'Delivery Manager', '9444555'],
  carmel: ['Carmel Cloud Integrators Ltd', 'carmelcloud.co.il', 'Yossi Cohen', 'Project Manager', '9555666'],
};

/** A story: who did what for whom (the body text comes from heldout-docs' TEXT in `lang`). */
const story = storyMaker(CUSTOMERS, PARTNERS, { signed: '2026-09-14', users: 860, devices: 1040, sites: 4 });

/** English body paragraphs for a story whose own language has no TEXT entry (day-first dates). */
const enBody = (s, opts) => body({ ...s, lang: 'en', locale: s.bodyLocale ?? 'en-GB' }, opts);

const eml = (name, build) => ({ name, type: 'message/rfc822', build });
/* ───────────────────────── "approved for / on behalf of" ───────────────────────── */

function behalfClaims() {
  const out = [];
  // 1. "Approved on behalf of <customer>" signed by the partner's own delivery lead.
  {
    const s = story('en-GB', 'harbour', 'thames', { signed: '2026-09-17' });
    out.push(
      claim({
        title:
          '"Approved on behalf of <customer>" sign-off whose signatory is the partner\'s own delivery lead (partner title and company), ink-signed',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [4],
        docs: [
          pdf('Completion-Report.pdf', () =>
            reportPdf({
              title: 'Completion Report',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
                ...body(s, { accept: false }).map((p) => ({ p })),
                { h: `Approved on behalf of ${s.customer.name}` },
                {
                  sign: {
                    ink: 19,
                    lines: [
                      `Name: ${s.partner.person}`,
                      `Title: ${s.partner.title}, ${s.partner.name}`,
                      `Date: ${localDate('en-GB', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: 'The one who signs "on behalf of" the customer is the partner\'s delivery lead (partner title and company): no acknowledgement by the customer (DOMAIN 1: documents without customer acknowledgement). Review is acceptable, a pass is not.',
      }),
    );
  }
  // 2. "Accepted for <another company>": a document written for another customer.
  {
    const other = { customer: { name: 'Summit Ridge Outfitters Inc.', contactName: 'Laura Kim', contactTitle: 'IT Manager' } };
    const s = story('en-US', 'cascade', 'pacific', { signed: '2026-09-15' });
    out.push(
      claim({
        title:
          'signed acceptance written for another company ("Accepted for Summit Ridge Outfitters Inc.: Laura Kim"), attached to a claim for Cascade Outdoor Gear',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [4, 7],
        docs: [
          pdf('Acceptance.pdf', () =>
            reportPdf({
              title: 'Service Acceptance',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${other.customer.name}`, bold: true },
                ...body({ ...s, customer: { ...s.customer, ...other.customer }, locale: 'en-US', bodyDates: 'us' }, { accept: false }).map(
                  (p) => ({ p }),
                ),
                { h: `Accepted for ${other.customer.name}` },
                {
                  sign: {
                    ink: 21,
                    lines: [
                      `Name: ${other.customer.contactName}`,
                      `Title: ${other.customer.contactTitle}`,
                      `Date: ${localDate('en-US', s.signed, 'us')}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], names: ['fail', 'review'], dates: NO_ACK_DATE, 'activity-detail': null }),
        why: "The document names and is signed for another company; the claim's customer (Cascade Outdoor Gear Inc.) is not in it and did not acknowledge anything (DOMAIN 1, 2). Whether its detail describes this customer's work is not decided (null).",
      }),
    );
  }
  // 3. Spanish "Aprobado en nombre de <cliente>" signed by the partner's project manager.
  {
    const s = story('es-ES', 'andaluza', 'iberia', { signed: '2026-09-18' });
    out.push(
      claim({
        title: 'Spanish "Aprobado en nombre de <cliente>" block signed by the partner\'s Jefe de Proyecto (Iberia Nube S.L.)',
        lang: 'es',
        s,
        layout: 'reportPdf',
        classes: [4],
        docs: [
          pdf('acta-de-cierre.pdf', () =>
            reportPdf({
              title: 'Acta de cierre del proyecto',
              author: s.partner.person,
              parts: [
                { p: `Socio: ${s.partner.name} · Cliente: ${s.customer.name}`, bold: true },
                ...body(s, { accept: false }).map((p) => ({ p })),
                { h: `Aprobado en nombre de ${s.customer.name}` },
                {
                  sign: {
                    ink: 23,
                    lines: [
                      `Nombre: ${s.partner.person}`,
                      `Cargo: ${s.partner.title}, ${s.partner.name}`,
                      `Fecha: ${localDate('es', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: 'The signatory approving "en nombre de" the customer is the partner\'s own project manager: the customer did not acknowledge (DOMAIN 1).',
      }),
    );
  }
  // 4. Control: Italian "Per conto di <cliente>" signed by the customer contact.
  {
    const s = story('it-IT', 'ferretti', 'lagunare', { signed: '2026-09-16' });
    out.push(
      claim({
        title: 'Italian "Per conto di <cliente>" block ink-signed by the customer\'s Responsabile IT, dated',
        lang: 'it',
        s,
        layout: 'reportPdf',
        classes: [1],
        docs: [
          pdf('verbale-di-collaudo.pdf', () =>
            reportPdf({
              title: 'Verbale di collaudo',
              author: s.partner.person,
              parts: [
                { p: `Partner: ${s.partner.name} · Cliente: ${s.customer.name}`, bold: true },
                ...body(s).map((p) => ({ p })),
                { h: `Per conto di ${s.customer.name}` },
                {
                  sign: {
                    ink: 25,
                    lines: [
                      `Nome e cognome: ${s.customer.contactName}`,
                      `Qualifica: ${s.customer.contactTitle}`,
                      `Data: ${localDate('it', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: VALID,
        why: "The customer's own Responsabile IT signs for the customer, dated 16/09/2026, under a detailed description of both claimed workloads (DOMAIN 1, 3, 4, 5).",
      }),
    );
  }
  return out;
}

/* ───────────────────────── signature blocks with an empty line ───────────────────────── */

function emptyLineClaims() {
  const out = [];
  // 5. Partner block ink-signed, customer block typed name and date over an empty "Signature: ____".
  for (const customerInk of [false, true]) {
    const s = story('en-GB', 'kestrel', 'thames', { signed: '2026-09-21', products: ['Exchange Online', 'Microsoft Teams'] });
    out.push(
      claim({
        title: customerInk
          ? 'sign-off with two blocks, both ink-signed over "Signature: ________" (the customer\'s typed name, title and date under it)'
          : 'sign-off with two blocks: the partner\'s ink-signed; the customer\'s "Signature: ________" line empty, its name, title and date typed',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: customerInk ? [1] : [4],
        docs: [
          pdf(customerInk ? 'Handover-signed.pdf' : 'Handover.pdf', () =>
            reportPdf({
              title: 'Project Handover',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
                ...body(s).map((p) => ({ p })),
                { h: `For ${s.partner.name}` },
                {
                  sign: {
                    ink: 27,
                    lines: [
                      'Signature: ______________________',
                      `Name: ${s.partner.person}`,
                      `Title: ${s.partner.title}`,
                      `Date: ${localDate('en-GB', '2026-09-20')}`,
                    ],
                  },
                },
                { h: `For ${s.customer.name}` },
                {
                  sign: {
                    ...(customerInk ? { ink: 29 } : {}),
                    lines: [
                      'Signature: ______________________',
                      `Name: ${s.customer.contactName}`,
                      `Title: ${s.customer.contactTitle}`,
                      `Date: ${localDate('en-GB', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: customerInk ? VALID : defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: customerInk
          ? 'The customer contact signed in ink over the signature line, dated 21/09/2026; detailed work (DOMAIN 1, 3, 5).'
          : "Only the partner signed; the customer's signature line is empty (a typed name is not a signature): no customer acknowledgement (DOMAIN 1). Review is acceptable, a pass is not.",
      }),
    );
  }
  // 6. Spanish "Firma: ______" typed, no ink anywhere.
  {
    const s = story('es-MX', 'tapatio', 'sierra', { signed: '2026-09-22' });
    out.push(
      claim({
        title: 'Mexican acceptance: "Firma: ____________" empty, name, cargo and fecha typed, no ink anywhere',
        lang: 'es',
        s,
        layout: 'reportPdf',
        classes: [4],
        docs: [
          pdf('acta-entrega.pdf', () =>
            reportPdf({
              title: 'Acta de entrega-recepción',
              author: s.partner.person,
              parts: [
                { p: `Proveedor: ${s.partner.name} · Cliente: ${s.customer.name}`, bold: true },
                ...body(s).map((p) => ({ p })),
                { h: `Por ${s.customer.name}` },
                {
                  sign: {
                    lines: [
                      'Firma: ______________________',
                      `Nombre: ${s.customer.contactName}`,
                      `Cargo: ${s.customer.contactTitle}`,
                      `Fecha: ${localDate('es', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: 'The signature line is blank and nothing else carries the customer\'s mark; a typed name under "Firma:" in the partner\'s document is no signature (DOMAIN 1).',
      }),
    );
  }
  // 7. Portuguese "Assinatura: ____" with the partner's ink over its own line.
  {
    const s = story('pt-BR', 'ipe', 'nuvem', { signed: '2026-09-23' });
    out.push(
      claim({
        title:
          'pt-BR "Termo de aceite": a single table, the partner\'s column ink-signed, the customer\'s "Assinatura" cell empty with name and date typed',
        lang: 'pt',
        s,
        layout: 'templatePdf',
        classes: [4],
        docs: [
          pdf('termo-de-aceite.pdf', () =>
            reportPdf({
              title: 'Termo de aceite',
              author: s.partner.person,
              parts: [
                ...body(s).map((p) => ({ p })),
                {
                  grid: [
                    ['', 'Contratante', 'Contratada'],
                    ['Empresa', s.customer.name, s.partner.name],
                    ['Assinatura', '', ''],
                    ['Nome', s.customer.contactName, s.partner.person],
                    ['Cargo', s.customer.contactTitle, s.partner.title],
                    ['Data', localDate('pt', s.signed), localDate('pt', s.signed)],
                  ],
                  widths: [1.2, 2, 2],
                  ink: [[2, 2]],
                  height: 24,
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: "Only the partner (Contratada) signed; the customer's (Contratante) signature cell is empty: no customer acknowledgement (DOMAIN 1).",
      }),
    );
  }
  return out;
}

/* ───────────────────────── e-signature trails: declined, voided, expired ───────────────────────── */

function trailEvents(s, day, kind) {
  const at = (off, t) => `${new Date(Date.parse(`${day}T00:00:00Z`) + off * 86400000).toISOString().slice(0, 10)}T${t}Z`;
  const P = { name: s.partner.person, email: s.partner.personEmail };
  const C = { name: s.customer.contactName, email: s.customer.contactEmail };
  const ev = [
    { action: 'created', ...P, at: at(-3, '08:10:12') },
    { action: 'sent', ...C, at: at(-3, '08:11:03') },
    { action: 'psigned', ...P, at: at(-3, '08:14:51') },
    { action: 'viewed', ...C, at: at(0, '09:55:40') },
  ];
  if (kind === 'declined') ev.push({ action: 'declined', ...C, at: at(0, '10:02:11') });
  if (kind === 'voided') ev.push({ action: 'signed', ...C, at: at(0, '10:01:22') }, { action: 'voided', ...P, at: at(1, '11:40:00') });
  if (kind === 'expired') ev.push({ action: 'expired', name: 'System', email: '—', at: at(30, '00:00:01') });
  if (kind === 'signed') ev.push({ action: 'signed', ...C, at: at(0, '10:01:22') }, { action: 'completed', ...P, at: at(0, '10:01:23') });
  return ev;
}

function trailClaims() {
  const out = [];
  const ACT = {
    created: 'Envelope created',
    sent: 'Sent for signature',
    psigned: 'Signed',
    signed: 'Signed',
    viewed: 'Viewed',
    declined: 'Declined to sign (reason: scope not agreed)',
    voided: 'Envelope voided by sender (reason: wrong version)',
    expired: 'Envelope expired',
    completed: 'Completed',
  };
  for (const kind of ['declined', 'voided', 'expired']) {
    const s =
      kind === 'declined'
        ? story('en-IE', 'liffey', 'thames', { signed: '2026-09-15' })
        : kind === 'voided'
          ? story('en-US', 'cascade', 'pacific', { signed: '2026-09-16' })
          : story('nl-NL', 'deventer', 'dijk', { signed: '2026-08-10' });
    const ev = trailEvents(s, s.signed, kind);
    const when = (at) => `${at.slice(0, 10)} ${at.slice(11, 19)} UTC`;
    const status = { declined: 'Declined', voided: 'Voided', expired: 'Expired' }[kind];
    const paragraphs = kind === 'expired' ? body(s) : enBody(s);
    out.push(
      claim({
        title:
          kind === 'declined'
            ? 'e-signature certificate: the partner signed, the customer "Declined to sign (reason: scope not agreed)", status Declined'
            : kind === 'voided'
              ? 'e-signature certificate: the customer signed, then the sender voided the envelope ("Envelope voided by sender"), status Voided'
              : 'Dutch acceptance sent for e-signature: the partner signed, the customer viewed, then "Envelope expired", status Expired',
        lang: kind === 'expired' ? 'nl' : 'en',
        s,
        vendor: 'inksure',
        layout: 'esignLogPdf',
        classes: [3, 4],
        docs: [
          pdf(kind === 'expired' ? 'opleverdocument.pdf' : 'Acceptance-certificate.pdf', () =>
            esignedPdf({
              title: kind === 'expired' ? 'Opleverdocument' : 'Acceptance Certificate',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} · ${s.customer.name}`, ...paragraphs],
              stamps: [
                {
                  heading: `For ${s.partner.name}`,
                  lines: [`InkSure: signed by ${s.partner.person}`, when(ev.find((e) => e.action === 'psigned').at)],
                  fields: [`${s.partner.person}, ${s.partner.title}`],
                },
                kind === 'voided'
                  ? {
                      heading: `For ${s.customer.name}`,
                      lines: [`InkSure: signed by ${s.customer.contactName}`, when(ev.find((e) => e.action === 'signed').at)],
                      fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`],
                    }
                  : { heading: `For ${s.customer.name}`, lines: [], fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`] },
              ],
              log: {
                heading: 'InkSure Certificate of Completion',
                meta: [
                  `Envelope ID: IS-${s.signed.replace(/-/g, '')}-${kind.toUpperCase()}-77`,
                  `Envelope status: ${status}`,
                  'All times UTC',
                ],
                head: ['Timestamp', 'Name', 'Email', 'Event'],
                events: ev,
                when,
                action: ACT,
              },
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why:
          kind === 'declined'
            ? 'The customer declined to sign; only the partner signed (DOMAIN 1: a valid verifiable e-signature of the customer is needed).'
            : kind === 'voided'
              ? 'The envelope was voided after the customer signed: the signed document was withdrawn, so its signature does not validate anything; review is acceptable, never a pass (DOMAIN 1: a valid verifiable electronic signature).'
              : 'The envelope expired without the customer signing: only the partner signed (DOMAIN 1).',
      }),
    );
  }
  return out;
}

/* ───────────────────────── emails ───────────────────────── */

function emailClaims() {
  const out = [];
  const partnerSummary = (s) =>
    `Hi ${s.customer.contactName.split(' ')[0]},\n\nplease find the summary of the engagement below.\n\n${enBody(s, { accept: false }).join('\n\n')}\n\nCould you reply to confirm? Once you do, we will record the work as approved by ${s.customer.name}.\n\nApproved: ${s.customer.contactName}, ${s.customer.contactTitle}\n\nKind regards,\n${s.partner.person}\n${s.partner.title}, ${s.partner.name}`;
  // 11. The customer's only words are a courtesy; "approved" is only in the partner's quoted text.
  {
    const s = story('en-IE', 'liffey', 'thames', { signed: '2026-09-24' });
    out.push(
      claim({
        title:
          'customer reply "Got it, I\'ll have a look next week." over the partner\'s quoted summary, which holds "approved by <customer>" and "Approved: <contact>"',
        lang: 'en',
        s,
        layout: 'eml',
        classes: [9],
        docs: [
          eml('RE Engagement summary.eml', () =>
            replyMail({
              from: `${s.customer.contactName} <${s.customer.contactEmail}>`,
              to: `${s.partner.person} <${s.partner.personEmail}>`,
              subject: 'RE: Engagement summary',
              day: s.signed,
              top: `Got it, I'll have a look next week.\n\n${s.customer.contactName}`,
              quotedFrom: `${s.partner.person} <${s.partner.personEmail}>`,
              quotedDay: '2026-09-23',
              quotedBody: partnerSummary(s),
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: 'The customer\'s own words do not acknowledge the work; "approved" stands only in the partner\'s quoted message (DOMAIN 1: partner emails the customer did not accept).',
      }),
    );
  }
  // 12–14. A confirmation from a look-alike domain or a free-mail address.
  for (const kind of ['hyphen-net', 'co', 'gmail']) {
    const s =
      kind === 'hyphen-net'
        ? story('en-US', 'cascade', 'pacific', { signed: '2026-09-25' })
        : kind === 'co'
          ? story('en-GB', 'kestrel', 'thames', {
              signed: '2026-09-25',
              customer: { domain: 'kestrelfreight.com', contactEmail: 'hannah.lowe@kestrelfreight.com' },
            })
          : story('en-IE', 'liffey', 'thames', { signed: '2026-09-25' });
    const local = s.customer.contactEmail.split('@')[0];
    const from =
      kind === 'hyphen-net'
        ? `${local}@cascadeoutdoor-com.net`
        : kind === 'co'
          ? `${local}@kestrelfreight.co`
          : 'aoife.byrne.liffey@gmail.com';
    out.push(
      claim({
        title:
          kind === 'hyphen-net'
            ? 'confirmation of the detailed work from a look-alike domain (cascadeoutdoor-com.net for cascadeoutdoor.com)'
            : kind === 'co'
              ? 'confirmation of the detailed work from a look-alike domain (kestrelfreight.co for kestrelfreight.com)'
              : "confirmation of the detailed work from a free-mail address (aoife.byrne.liffey@gmail.com), the claim's contact is on liffeyanalytics.ie",
        lang: 'en',
        s,
        layout: 'eml',
        classes: [9],
        docs: [
          eml('RE Project handover.eml', () =>
            replyMail({
              from: `${s.customer.contactName} <${from}>`,
              to: `${s.partner.person} <${s.partner.personEmail}>`,
              subject: 'RE: Project handover',
              day: s.signed,
              top: `Hi ${s.partner.person.split(' ')[0]},\n\nI confirm ${s.partner.name} delivered the Intune and Defender for Endpoint project described below, and we accept it as complete.\n\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
              quotedFrom: `${s.partner.person} <${s.partner.personEmail}>`,
              quotedDay: '2026-09-23',
              quotedBody: enBody(s, { accept: false }).join('\n\n'),
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why:
          kind === 'gmail'
            ? "A free-mail address is nobody's company domain: the email is not from the customer's domain (DOMAIN 1: \"the customer's domain is correct\"). Review is acceptable, never a pass."
            : "The sender's domain only looks like the customer's: it is not the customer's domain (DOMAIN 1: an email acknowledgement where the customer's domain is correct). Review is acceptable, never a pass.",
      }),
    );
  }
  return out;
}

/* ───────────────────────── ticks in running text ───────────────────────── */

function tickClaims() {
  const out = [];
  // 15. "[x] Microsoft Intune   [ ] Microsoft Defender for Endpoint" in a paragraph; Defender claimed.
  {
    const s = story('en-GB', 'harbour', 'thames', { signed: '2026-09-19', describe: ['Microsoft Intune'] });
    out.push(
      claim({
        title:
          'scope line in running text "[x] Microsoft Intune   [ ] Microsoft Defender for Endpoint   [ ] Microsoft Sentinel"; Defender is claimed, undescribed',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [2],
        docs: [
          pdf('POE-Statement.pdf', () =>
            reportPdf({
              title: 'Proof of Execution Statement',
              author: s.partner.person,
              parts: [
                { p: `Partner: ${s.partner.name}   Customer: ${s.customer.name}`, bold: true },
                {
                  p: 'Workloads in scope (tick all that apply): [x] Microsoft Intune   [ ] Microsoft Defender for Endpoint   [ ] Microsoft Sentinel',
                },
                ...body(s).map((p) => ({ p })),
                { h: `Accepted for ${s.customer.name}` },
                {
                  sign: {
                    ink: 31,
                    lines: [
                      `Name: ${s.customer.contactName}`,
                      `Title: ${s.customer.contactTitle}`,
                      `Date: ${localDate('en-GB', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ workloads: ['fail', 'review'] }),
        why: 'Microsoft Defender for Endpoint is claimed but is only named after an unticked "[ ]" and the described work is Intune only (DOMAIN 4: a product named only unticked is not linked).',
      }),
    );
  }
  // 16. "☐ Yes ☒ No" per workload in running text; the claimed Teams line is "No".
  {
    const s = story('en-IE', 'liffey', 'thames', {
      signed: '2026-09-20',
      products: ['Exchange Online', 'Microsoft Teams'],
      describe: ['Exchange Online'],
    });
    out.push(
      claim({
        title:
          'delivery questions in running text "Exchange Online delivered? ☒ Yes ☐ No" and "Microsoft Teams delivered? ☐ Yes ☒ No"; Teams is claimed',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [2],
        docs: [
          pdf('Delivery-Confirmation.pdf', () =>
            reportPdf({
              title: 'Delivery Confirmation',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
                ...body(s).map((p) => ({ p })),
                { p: 'Exchange Online delivered?   ☒ Yes   ☐ No' },
                { p: 'Microsoft Teams delivered?   ☐ Yes   ☒ No' },
                { h: `Signed for ${s.customer.name}` },
                {
                  sign: {
                    ink: 33,
                    lines: [`${s.customer.contactName}, ${s.customer.contactTitle}`, `Date: ${localDate('en-GB', s.signed)}`],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ workloads: ['fail', 'review'] }),
        why: 'The form answers "No" (☒ No) for Microsoft Teams, and the described work is Exchange Online only: the claimed Teams is not linked (DOMAIN 4).',
      }),
    );
  }
  // 17. Control: "X" marks in running text, both claimed workloads marked and described.
  {
    const s = story('es-ES', 'andaluza', 'iberia', { signed: '2026-09-21', products: ['Microsoft Intune', 'Exchange Online'] });
    out.push(
      claim({
        title:
          'Spanish scope line in running text "X Microsoft Intune   X Exchange Online   __ Microsoft Teams"; both claimed marked and described',
        lang: 'es',
        s,
        layout: 'reportPdf',
        classes: [2],
        docs: [
          pdf('certificado-ejecucion.pdf', () =>
            reportPdf({
              title: 'Certificado de ejecución',
              author: s.partner.person,
              parts: [
                { p: `Socio: ${s.partner.name} · Cliente: ${s.customer.name}`, bold: true },
                { p: 'Cargas de trabajo incluidas:   X Microsoft Intune    X Exchange Online    __ Microsoft Teams' },
                ...body(s).map((p) => ({ p })),
                { h: `Por ${s.customer.name}` },
                {
                  sign: {
                    ink: 35,
                    lines: [
                      `Nombre: ${s.customer.contactName}`,
                      `Cargo: ${s.customer.contactTitle}`,
                      `Fecha: ${localDate('es', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: VALID,
        why: 'Both claimed workloads are marked and described in detail; the customer signed and dated (DOMAIN 1, 3, 4, 5).',
      }),
    );
  }
  // 18. An activity table whose X-marked row is another product; the claimed one's row is unmarked.
  {
    const s = story('en-GB', 'kestrel', 'thames', {
      signed: '2026-09-22',
      products: ['Microsoft Intune'],
      describe: ['Microsoft Sentinel'],
    });
    out.push(
      claim({
        title:
          'activity table "Product | Activity | Done": the X-marked rows are Microsoft Sentinel, the claimed Microsoft Intune row is unmarked; the text describes Sentinel',
        lang: 'en',
        s,
        layout: 'templatePdf',
        classes: [2],
        docs: [
          pdf('Activity-Record.pdf', () =>
            reportPdf({
              title: 'Activity Record',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
                {
                  grid: [
                    ['Product', 'Activity', 'Done'],
                    ['Microsoft Sentinel', 'Workspace design, 14 data connectors, analytics rules', 'X'],
                    ['Microsoft Sentinel', 'SOC playbooks and hand-over to 6 analysts', 'X'],
                    ['Microsoft Intune', 'Autopilot enrolment and compliance policies', ''],
                  ],
                  widths: [2, 4, 0.8],
                },
                ...body(s).map((p) => ({ p })),
                { h: `Accepted for ${s.customer.name}` },
                {
                  sign: {
                    ink: 37,
                    lines: [
                      `Name: ${s.customer.contactName}`,
                      `Title: ${s.customer.contactTitle}`,
                      `Date: ${localDate('en-GB', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ workloads: ['fail', 'review'], 'activity-detail': null }),
        why: 'The claimed Microsoft Intune is only on the row left unmarked; the marked rows and the described work are Microsoft Sentinel, which is not claimed (DOMAIN 4). Whether detail about another product counts as detail is not decided (null).',
      }),
    );
  }
  return out;
}

/* ───────────────────────── other calendars, old signatures ───────────────────────── */

function calendarClaims() {
  const out = [];
  const ACT = { created: 'Created', sent: 'Sent', psigned: 'Signed', signed: 'Signed', viewed: 'Viewed', completed: 'Completed' };
  // 19–20. Thai Buddhist era: 14/09/2569 (= 2026-09-14) and 15/10/2568 (= 2025-10-15, stale).
  for (const [signed, current] of [
    ['2026-09-14', true],
    ['2025-10-15', false],
  ]) {
    const s = story('en-TH', 'siam', 'lotus', { signed, submittedAt: '2026-10-20', bodyLocale: 'en-GB' });
    const be = (at) => `${at.slice(8, 10)}/${at.slice(5, 7)}/${Number(at.slice(0, 4)) + 543} ${at.slice(11, 19)} (ICT)`;
    const ev = trailEvents(s, s.signed, 'signed');
    out.push(
      claim({
        title: current
          ? 'Thai e-signature certificate dated in the Buddhist era: customer signed "14/09/2569 10:01:22 (ICT)" (= 14 September 2026)'
          : 'Thai e-signature certificate in the Buddhist era: customer signed "15/10/2568" (= 15 October 2025), submitted 2026-10-20: stale',
        lang: 'en',
        s,
        vendor: 'thaisign',
        layout: 'esignLogPdf',
        classes: current ? [3, 5] : [5],
        docs: [
          pdf('Acceptance-signed.pdf', () =>
            esignedPdf({
              title: 'Service Acceptance',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} · ${s.customer.name}`, ...enBody({ ...s, phases: phasesBefore(signed) })],
              stamps: [
                {
                  heading: `For ${s.customer.name}`,
                  lines: [`ThaiSign: signed by ${s.customer.contactName}`, be(ev.find((e) => e.action === 'signed').at)],
                  fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`],
                },
              ],
              log: {
                heading: 'ThaiSign Certificate of Signing',
                meta: [
                  'Document: Service Acceptance',
                  `Reference: TS-${Number(signed.slice(0, 4)) + 543}-0914-2207`,
                  'Dates: Buddhist Era (B.E.), time zone ICT (UTC+07:00)',
                ],
                head: ['Date and time (B.E.)', 'Name', 'Email', 'Event'],
                events: ev,
                when: be,
                action: ACT,
              },
            }),
          ),
        ],
        // The body's milestone dates are written in the Gregorian calendar (dd/mm/yyyy).
        expect: current ? { ...VALID, dates: ['pass', 'review'], decision: 'approve' } : defect({ dates: ['fail', 'review'] }),
        why: current
          ? 'B.E. 2569 is 2026 (the certificate says its dates are Buddhist Era): signed 14 September 2026, within 12 months (DOMAIN 5). A year 2569 read as is would be after the submission; an engine that cannot tell says review.'
          : 'B.E. 2568 is 2025: signed 15 October 2025, more than 12 months before the 2026-10-20 submission (DOMAIN 5). Read as year 2568 it is no current date either; never a pass.',
      }),
    );
  }
  // 21. ROC calendar: 115/09/14 (民國 115 = 2026).
  {
    const s = story('en-TW', 'formosa', 'jade', { signed: '2026-09-14', bodyLocale: 'en-GB' });
    const roc = (at) => `${Number(at.slice(0, 4)) - 1911}/${at.slice(5, 7)}/${at.slice(8, 10)} ${at.slice(11, 16)}`;
    const ev = trailEvents(s, s.signed, 'signed');
    out.push(
      claim({
        title: 'Taiwanese e-signature log in the ROC calendar: customer signed "115/09/14 10:01" (Minguo 115 = 2026)',
        lang: 'en',
        s,
        vendor: 'formosign',
        layout: 'esignLogPdf',
        classes: [3, 5],
        docs: [
          pdf('Acceptance-ROC.pdf', () =>
            esignedPdf({
              title: 'Acceptance of Services',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} · ${s.customer.name}`, ...enBody(s)],
              stamps: [
                {
                  heading: `For ${s.customer.name}`,
                  lines: [`FormoSign: signed by ${s.customer.contactName}`, roc(ev.find((e) => e.action === 'signed').at)],
                  fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`],
                },
              ],
              log: {
                heading: 'FormoSign Signing Record',
                meta: [
                  'Document: Acceptance of Services',
                  'Record No.: FS-115-0914-3381',
                  'Dates: Republic of China (Minguo) calendar, Taipei time',
                ],
                head: ['Date (ROC)', 'Name', 'Email', 'Event'],
                events: ev,
                when: roc,
                action: ACT,
              },
            }),
          ),
        ],
        expect: { ...VALID, dates: ['pass', 'review'], decision: 'approve' },
        why: 'ROC year 115 is 2026: signed 14 September 2026, within 12 months (DOMAIN 5). "115/09/14" must not be read as any other date; an engine that cannot tell says review.',
      }),
    );
  }
  // 22. A document ink-signed by the customer 18 months ago, with a recent e-stamp by the partner only.
  {
    const s = story('en-GB', 'harbour', 'thames', { signed: '2025-03-10', submittedAt: '2026-10-20' });
    out.push(
      claim({
        title:
          'SOW ink-signed by the customer on 10/03/2025 (19 months before submission), re-issued with a recent "Electronically signed by <partner> 20/09/2026" stamp',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [5],
        docs: [
          pdf('SOW-reissued.pdf', () =>
            reportPdf({
              title: 'Statement of Work (re-issued copy)',
              author: s.partner.person,
              parts: [
                {
                  p: `Electronically signed by ${s.partner.person}, ${s.partner.name} – 20/09/2026 14:02 BST – certified true copy`,
                  bold: true,
                },
                { p: `${s.partner.name} · ${s.customer.name}` },
                ...body(s).map((p) => ({ p })),
                { h: `Signed for ${s.customer.name}` },
                {
                  sign: {
                    ink: 39,
                    lines: [
                      `Name: ${s.customer.contactName}`,
                      `Title: ${s.customer.contactTitle}`,
                      `Date: ${localDate('en-GB', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ dates: ['fail', 'review'] }),
        why: "The customer's signature is dated 10 March 2025, more than 12 months before the 2026-10-20 submission; the recent stamp is the partner's, not a customer acknowledgement of active engagement (DOMAIN 5).",
      }),
    );
  }
  return out;
}

/* ───────────────────────── right-to-left scripts ───────────────────────── */

/**
 * A page in English with a right-to-left statement and signature block, laid out as RTL word
 * processors export it: each line's right-to-left words are one run set at the right margin, a
 * Latin value (a name, a date) its own run to their left, so no Latin text is reversed (a single
 * mixed run would be: the PDF writer has no bidi). rtl: [{ runs: [[text, 'left'|'right']], size?, ink? }].
 */
async function rtlPdf({ title, author, paragraphs, rtl }) {
  const flow = await createWriter({
    title,
    author,
    creator: 'Microsoft Word',
    date: '2026-01-15T09:00:00Z',
    unicode: true,
    size: A4,
    producer: 'Microsoft Word for Microsoft 365',
  });
  flow.heading(title, 16);
  for (const p of paragraphs) flow.text(p, { size: 9.5 });
  flow.y -= 8;
  const right = flow.margin + flow.width;
  for (const line of rtl) {
    const size = line.size ?? 10;
    flow.ensure(size + 40);
    if (line.ink) {
      flow.scribble(right - 190, flow.y - 16, line.ink, 120);
      flow.y -= 30;
    }
    flow.y -= size + 6;
    let x = right;
    for (const [text, side] of line.runs) {
      const w = flow.fonts.regular.widthOfTextAtSize(text, size);
      const at = side === 'right' ? right - w : x - w - 8;
      flow.page.drawText(text, { x: at, y: flow.y, size, font: flow.fonts.regular });
      x = at;
    }
  }
  return flow.save();
}

function rtlClaims() {
  const out = [];
  // 23. Arabic acceptance statement under an English description, ink-signed by the customer.
  {
    const s = story('ar-AE', 'gulf', 'dune', { signed: '2026-09-15', bodyLocale: 'en-GB' });
    out.push(
      claim({
        title:
          'UAE completion certificate: English description, Arabic acceptance statement and signature block (عن / الاسم / التاريخ, labels at the right) ink-signed by the customer',
        lang: 'ar',
        s,
        layout: 'reportPdf',
        classes: [1, 7],
        docs: [
          pdf('completion-certificate.pdf', () =>
            rtlPdf({
              title: 'Completion Certificate',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} · ${s.customer.name}`, ...enBody(s)],
              rtl: [
                { runs: [['تقر الشركة الموقعة أدناه بأن الأعمال الموضحة أعلاه قد تم تنفيذها وتقبلها.', 'right']] },
                {
                  runs: [
                    ['عن', 'right'],
                    [s.customer.name, 'left'],
                  ],
                  size: 11,
                },
                {
                  ink: 41,
                  runs: [
                    ['الاسم:', 'right'],
                    [s.customer.contactName, 'left'],
                  ],
                },
                {
                  runs: [
                    ['المسمى الوظيفي:', 'right'],
                    [s.customer.contactTitle, 'left'],
                  ],
                },
                {
                  runs: [
                    ['التاريخ:', 'right'],
                    [localDate('en-GB', s.signed), 'left'],
                  ],
                },
              ],
            }),
          ),
        ],
        expect: VALID,
        why: 'The customer contact ink-signed the Arabic acceptance and block, dated 15/09/2026; the English description is detailed (DOMAIN 1, 3, 5).',
      }),
    );
  }
  // 24. Hebrew acceptance whose signature line is empty.
  {
    const s = story('he-IL', 'galil', 'carmel', { signed: '2026-09-16', bodyLocale: 'en-GB' });
    out.push(
      claim({
        title:
          'Israeli acceptance: English description, Hebrew statement and block with the name and date typed and "חתימה: ________" empty, no ink',
        lang: 'he',
        s,
        layout: 'reportPdf',
        classes: [4],
        docs: [
          pdf('ishur-biztua.pdf', () =>
            rtlPdf({
              title: 'Acceptance',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} · ${s.customer.name}`, ...enBody(s)],
              rtl: [
                { runs: [['החברה החתומה מטה מאשרת כי העבודות המתוארות לעיל בוצעו.', 'right']] },
                {
                  runs: [
                    ['בשם', 'right'],
                    [s.customer.name, 'left'],
                  ],
                  size: 11,
                },
                {
                  runs: [
                    ['חתימה:', 'right'],
                    ['______________________', 'left'],
                  ],
                },
                {
                  runs: [
                    ['שם:', 'right'],
                    [s.customer.contactName, 'left'],
                  ],
                },
                {
                  runs: [
                    ['תפקיד:', 'right'],
                    [s.customer.contactTitle, 'left'],
                  ],
                },
                {
                  runs: [
                    ['תאריך:', 'right'],
                    [localDate('en-GB', s.signed), 'left'],
                  ],
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: "The Hebrew signature line (חתימה) is empty and nothing carries a mark of the customer: a typed statement in the partner's document is no acknowledgement (DOMAIN 1).",
      }),
    );
  }
  return out;
}

/* ───────────────────────── public sector ───────────────────────── */

function sectorClaims() {
  const out = [];
  const signedReport = (s, file, title, extra = [], footnote) =>
    pdf(file, () =>
      reportPdf({
        title,
        author: s.partner.person,
        parts: [
          { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
          ...body({ ...s, lang: 'en', locale: 'en-US', bodyDates: 'us' }).map((p) => ({ p })),
          ...extra.map((p) => ({ p })),
          { h: `Accepted for ${s.customer.name}` },
          {
            sign: {
              ink: 43,
              lines: [
                `Name: ${s.customer.contactName}`,
                `Title: ${s.customer.contactTitle}`,
                `Date: ${localDate('en-US', s.signed, 'us')}`,
              ],
            },
          },
          ...(footnote ? [{ p: footnote, size: 7 }] : []),
        ],
      }),
    );
  // 25. US school district, no disclosure.
  {
    const s = story('en-US', 'maple', 'pacific', { signed: '2026-09-15', customer: { sector: 'education' } });
    out.push(
      claim({
        title: 'US school district (education), MW&S usage, signed acceptance with no fee disclosure anywhere',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [10],
        docs: [signedReport(s, 'Acceptance.pdf', 'Service Acceptance')],
        expect: defect({ 'public-sector': 'fail' }),
        why: 'Education customer in the United States, Modern Work usage: the written fee disclosure acknowledged by the customer is required and missing (DOMAIN 6).',
      }),
    );
  }
  // 26. Puerto Rico municipality: the disclosure only in a Spanish footnote of the signed document.
  {
    const s = story('en-US', 'bayamon', 'pacific', { signed: '2026-09-16', customer: { sector: 'government' } });
    out.push(
      claim({
        title:
          'Puerto Rico municipality (government): English acceptance, ink-signed; the fee disclosure only in a small Spanish footnote under the signature',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [10],
        docs: [
          signedReport(
            s,
            'Aceptacion-Bayamon.pdf',
            'Service Acceptance',
            [],
            `* Divulgación: ${s.partner.name} recibe honorarios e incentivos de parte de Microsoft por los servicios descritos en este documento; ${s.customer.name} reconoce esta divulgación con su firma.`,
          ),
        ],
        expect: { ...VALID, 'public-sector': ['pass', 'review'] },
        why: 'Government customer in Puerto Rico: the fee disclosure is written (in Spanish, a footnote) in the document the customer signed, so it is disclosed and acknowledged in writing (DOMAIN 6); a footnote is easy to miss, so review is acceptable.',
      }),
    );
  }
  // 27. US public hospital: the disclosure only in the partner's unsigned cover letter.
  {
    const s = story('en-US', 'mercy', 'pacific', { signed: '2026-09-17', customer: { sector: 'healthcare' } });
    out.push(
      claim({
        title:
          "US county hospital (healthcare): the fee disclosure is only in the partner's unsigned cover letter; the customer's signed acceptance does not mention it",
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [10],
        docs: [
          pdf('Cover-Letter.pdf', () =>
            reportPdf({
              title: 'Cover letter',
              author: s.partner.person,
              parts: [
                { p: `Dear ${s.customer.contactName},` },
                {
                  p: `Public sector disclosure: ${s.partner.name} receives fees and incentive payments from Microsoft in connection with the services delivered to ${s.customer.name}.`,
                },
                { p: `Sincerely,\n${s.partner.person}, ${s.partner.title}, ${s.partner.name}` },
              ],
            }),
          ),
          signedReport(s, 'Acceptance.pdf', 'Service Acceptance'),
        ],
        expect: defect({ 'public-sector': ['fail', 'review'] }),
        why: "US healthcare customer: the partner disclosed its Microsoft fees in its own unsigned letter, but the customer's written acknowledgement of that disclosure is missing (DOMAIN 6: disclosed in writing, acknowledged by the customer in writing). Review is acceptable, a pass is not.",
      }),
    );
  }
  return out;
}

export const PROBE2_GROUPS = [behalfClaims, emptyLineClaims, trailClaims, emailClaims, tickClaims, calendarClaims, rtlClaims, sectorClaims];

/** The second probe batch, numbered PQ001…. */
export function probe2Claims() {
  return numberClaims(
    'PQ',
    'probe2',
    PROBE2_GROUPS.flatMap((g) => g()),
  );
}
