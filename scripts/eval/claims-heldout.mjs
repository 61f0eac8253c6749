import { NO_ACK_DATE, VALID, claim, defect, pdf } from './claims.mjs';
import { xlsxWorkbook } from './other-formats.mjs';
import {
  TEXT,
  TRAILS,
  body,
  certificatePdf,
  closurePdf,
  docxWithHeader,
  envelopeOf,
  formPdf,
  letterheadPdf,
  localDate,
  minutesPdf,
  quotePdf,
  replyMail,
  sowPdf,
} from './heldout-docs.mjs';
import { numberClaims, storyMaker } from './stories.mjs';

/**
 * The held-out batch (ids HO001…): claims deliberately unlike the rest of the set, to measure the
 * engine on what it was not tuned on. Other partners and customers, Italian, Portuguese, Dutch,
 * Turkish, Czech, Puerto Rican Spanish and British / US / Indian English; signature tables at the
 * end of multi-page SOWs, acceptance certificates, closure reports, meeting minutes, letters on
 * the customer's letterhead, forms naming the customer only in the signature block, seven
 * e-signature trails laid out by other vendors (heldout-docs.mjs), replies in another language
 * than the thread, Word letterheads in page headers, Excel check columns on a second sheet, local
 * date forms, public sector with and without disclosure, workloads by the ruleset's synonyms.
 *
 * Expectations were written from ../shared/DOMAIN.md before the engine ran on any of these
 * documents; one is changed only with a written reason beside it.
 */

const CUSTOMERS = {
  summit: ['Summit Ridge Outfitters', 'summitridge.com', 'US', 'Jason Alvarez', 'VP of IT', '1400 Larimer St, Denver, CO 80202'],
  kookaburra: [
    'Kookaburra Freight Pty Ltd',
    'kookaburrafreight.com.au',
    'AU',
    "Liam O'Brien",
    'IT Manager',
    '22 Wharf Rd, Newcastle NSW 2300',
  ],
  marchetti: [
    'Officine Marchetti S.r.l.',
    'officinemarchetti.it',
    'IT',
    'Giulia Conti',
    'Responsabile Sistemi Informativi',
    'Via Emilia 112, Modena',
  ],
  valsesia: ['Lanificio Valsesia S.p.A.', 'lanificiovalsesia.it', 'IT', 'Roberto Galli', 'CIO', 'Corso Roma 4, Biella'],
  serraverde: [
    'Cooperativa Agrícola Serra Verde',
    'serraverde.coop.br',
    'BR',
    'Fernanda Ribeiro',
    'Coordenadora de TI',
    'Rod. BR-153 km 12, Goiânia',
  ],
  rioclaro: [
    'Transportadora Rio Claro Ltda',
    'rioclarolog.com.br',
    'BR',
    'Paulo Nascimento',
    'Gerente de Infraestrutura',
    'Av. Brasil 900, Rio Claro',
  ],
  hoogendoorn: ['Bakkerij Hoogendoorn B.V.', 'hoogendoorn-bakkerij.nl', 'NL', 'Femke Jansen', 'Manager ICT', 'Industrieweg 8, Gouda'],
  zeeland: ['Zeeland Havenlogistiek N.V.', 'zeelandhavens.nl', 'NL', 'Joris van Leeuwen', 'CIO', 'Kanaalweg 3, Vlissingen'],
  anadolu: [
    'Anadolu Tekstil A.Ş.',
    'anadolutekstil.com.tr',
    'TR',
    'Ayşe Yılmaz',
    'Bilgi Teknolojileri Müdürü',
    'Organize Sanayi Bölgesi, Bursa',
  ],
  ege: ['Ege Gıda Sanayi A.Ş.', 'egegida.com.tr', 'TR', 'Mehmet Demir', 'BT Direktörü', 'Kemalpaşa OSB, İzmir'],
  hradec: ['Strojírny Hradec a.s.', 'strojirnyhradec.cz', 'CZ', 'Jan Novák', 'Vedoucí IT', 'Průmyslová 15, Hradec Králové'],
  lipova: ['Pivovar Lipová s.r.o.', 'pivovarlipova.cz', 'CZ', 'Petra Dvořáková', 'IT manažerka', 'Lipová 1, Lipová-lázně'],
  hartley: [
    'Hartley & Finch Solicitors LLP',
    'hartleyfinch.co.uk',
    'GB',
    'Eleanor Price',
    'Practice Manager',
    '9 King Street, Leeds LS1 2HH',
  ],
  tricounty: ['Tri-County Water Authority', 'tricountywater.gov', 'US', 'Denise Carter', 'IT Director', '500 Reservoir Rd, Harrisburg, PA'],
  ridgeview: [
    'Ridgeview Unified School District',
    'ridgeviewusd.org',
    'US',
    'Marcus Hill',
    'Director of Technology',
    '77 School Ln, Bakersfield, CA',
  ],
  cmeste: ['Centro Médico del Este', 'cmeste.org', 'PR', 'Isabel Rivera', 'Directora de Sistemas', 'Carr. 3 km 130, Humacao'],
  deccan: ['Deccan College of Engineering', 'deccancoe.edu.in', 'IN', 'Kavita Rao', 'Head of IT', 'Ganeshkhind Rd, Pune'],
};

const PARTNERS = {
  northbridge: ['Northbridge IT Services', 'northbridgeit.com', 'Samir Haddad', 'Delivery Manager', '8123456'],
  vantaggio: ['Vantaggio Digitale S.r.l.', 'vantaggiodigitale.it', 'Luca Ferraro', 'Project Manager', '8234567'],
  nuvem: ['Nuvem Alta Tecnologia', 'nuvemalta.com.br', 'Rafael Costa', 'Gerente de Projetos', '8345678'],
  polderwerk: ['Polderwerk ICT', 'polderwerk.nl', 'Daan de Boer', 'Projectleider', '8456789'],
  bogazici: ['Boğaziçi Bulut Çözümleri', 'bogazicibulut.com.tr', 'Emre Kaya', 'Proje Yöneticisi', '8567890'],
  vltava: ['Vltava Cloud Services s.r.o.', 'vltavacloud.cz', 'Tomáš Černý', 'Projektový manažer', '8678901'],
  keystone: ['Keystone Gov Solutions', 'keystonegov.com', 'Angela Brooks', 'Program Manager', '8789012'],
};

/** A story of the held-out batch: `locale` decides the wording and the date forms. */
const story = storyMaker(CUSTOMERS, PARTNERS, { signed: '2026-09-12', users: 1240, devices: 860, sites: 6, folds: 'ı' });

/** Numbers the held-out claims HO001… (their own ids) and builds their queue.json entries. */
export const numberHeldout = (list) => numberClaims('HO', 'heldout', list);

const eml = (name, build) => ({ name, type: 'message/rfc822', build });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Signed SOWs whose signature area is a table at the end of a multi-page document. */
function sowClaims() {
  const out = [];
  {
    const s = story('en-US', 'summit', 'northbridge');
    const d = localDate('en-US', s.signed, 'us');
    out.push(
      claim({
        title: 'multi-page SOW, signature table at the end, both parties ink-signed (en-US)',
        lang: 'en',
        s,
        layout: 'sowTablePdf',
        docs: [
          pdf('SOW-signed.pdf', () =>
            sowPdf({
              s,
              title: 'Statement of Work: Endpoint Modernisation',
              heads: ['Customer', 'Contractor'],
              sides: [
                { company: s.customer.name, name: s.customer.contactName, title: s.customer.contactTitle, date: d, ink: true },
                { company: s.partner.name, name: s.partner.person, title: s.partner.title, date: d, ink: true },
              ],
            }),
          ),
        ],
        expect: VALID,
        why: "Signed SOW detailing the work per product, users, devices and milestones; the customer's column of the signature table is signed and dated (DOMAIN 1-5).",
      }),
    );
  }
  {
    const s = story('en-AU', 'kookaburra', 'northbridge', { products: ['Exchange Online', 'Microsoft Teams'] });
    out.push(
      claim({
        title: "SOW signature table: partner signed, customer's column blank (en-AU)",
        lang: 'en',
        s,
        layout: 'sowTablePdf',
        classes: [4],
        docs: [
          pdf('SOW-Kookaburra.pdf', () =>
            sowPdf({
              s,
              title: 'Statement of Work: Messaging and Collaboration',
              heads: ['Customer', 'Contractor'],
              sides: [
                { company: s.customer.name, name: '', title: '', date: '', ink: false },
                {
                  company: s.partner.name,
                  name: s.partner.person,
                  title: s.partner.title,
                  date: localDate('en-AU', '2026-09-08'),
                  ink: true,
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: "Only the partner signed; the customer's signature, name and date cells are empty: no customer acknowledgement (DOMAIN 1).",
      }),
    );
  }
  {
    const s = story('en-GB', 'hartley', 'northbridge', { products: ['Microsoft Purview Information Protection'] });
    const env = envelopeOf('TS-7Q2K-88R1-XW04', 'SOW Hartley & Finch', s, s.signed);
    const stamp = (email) => TRAILS.isolog.stamp(env.events.find((e) => e.action === 'signed' && e.email === email));
    out.push(
      claim({
        title: 'SOW with a QES stamp in the signature table and an ISO 8601 evidence log (en-GB)',
        lang: 'en',
        s,
        vendor: 'trustseal',
        layout: 'sowTablePdf',
        classes: [3, 6],
        docs: [
          pdf('SOW-Hartley-Finch-signed.pdf', () =>
            sowPdf({
              s,
              title: 'Statement of Work: Information Protection',
              heads: ['Customer', 'Contractor'],
              sides: [
                {
                  company: s.customer.name,
                  name: s.customer.contactName,
                  title: s.customer.contactTitle,
                  stamp: stamp(s.customer.contactEmail),
                },
                { company: s.partner.name, name: s.partner.person, title: s.partner.title, stamp: stamp(s.partner.personEmail) },
              ],
              trail: 'isolog',
              env,
            }),
          ),
        ],
        expect: VALID,
        why: "Qualified e-signatures of both parties; the evidence record's signature.completed event of the customer's contact dates it 2026-09-12 (DOMAIN 1, 5; issue classes 3, 6).",
      }),
    );
  }
  {
    // Subcontracted delivery: the POE names the subcontractor, never the claiming partner.
    const s = story('en-US', 'summit', 'keystone', { products: ['Microsoft Sentinel'] });
    const sub = { ...s, partner: { ...s.partner, name: 'Cobalt Ridge Consulting', person: 'Nina Patel', title: 'Engagement Lead' } };
    const d = localDate('en-US', s.signed, 'us');
    out.push(
      claim({
        title: "SOW naming only a subcontractor: the claiming partner's name appears nowhere (en-US)",
        lang: 'en',
        s,
        layout: 'sowTablePdf',
        docs: [
          pdf('SOW-Sentinel-signed.pdf', async () => {
            const bytes = await sowPdf({
              s: sub,
              title: 'Statement of Work: Security Operations',
              heads: ['Customer', 'Contractor'],
              sides: [
                { company: s.customer.name, name: s.customer.contactName, title: s.customer.contactTitle, date: d, ink: true },
                { company: sub.partner.name, name: sub.partner.person, title: sub.partner.title, date: d, ink: true },
              ],
            });
            return bytes;
          }),
        ],
        expect: defect({ names: 'fail' }),
        why: "Both the partner's and the customer's names must be visible; the document names another company as contractor (DOMAIN 2).",
      }),
    );
  }
  return out;
}

/** Acceptance certificates: deliverables tables with an "Accepted" column. */
function certificateClaims() {
  const out = [];
  {
    const s = story('it-IT', 'marchetti', 'vantaggio', { products: ['Exchange Online', 'Microsoft Teams'] });
    const env = envelopeOf('FC-2026-004417', 'Certificato di accettazione', s, s.signed);
    const t = TEXT.it;
    const paras = body(s);
    out.push(
      claim({
        title: 'Italian acceptance certificate, deliverables table, QES stamp and Italian trail',
        lang: 'it',
        s,
        vendor: 'firmacerta',
        layout: 'certificatePdf',
        classes: [3, 6, 7],
        docs: [
          pdf('certificato-accettazione-firmato.pdf', () =>
            certificatePdf({
              s,
              title: 'Certificato di accettazione',
              head: [
                ['Fornitore', s.partner.name],
                ['Cliente', s.customer.name],
                ['Periodo', `${localDate('it', s.phases[0][0])} – ${localDate('it', s.phases.at(-1)[1])}`],
              ],
              deliverables: [
                ['Servizio', 'Attività svolte', 'Accettato', 'Data'],
                ...s.products.map((p) => [p, t.scope(s, p), 'Sì', localDate('it', s.phases.at(-1)[1])]),
              ],
              statement: [paras[0], paras[1], ...paras.slice(-4)],
              blocks: [
                {
                  heading: `Per il Cliente: ${s.customer.name}`,
                  stamp: TRAILS.firmaqes.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail)),
                  name: s.customer.contactName,
                  title: s.customer.contactTitle,
                },
              ],
              trail: 'firmaqes',
              env,
            }),
          ),
        ],
        expect: VALID,
        why: "Certificate accepting each claimed service with the work described; the customer's qualified signature and the trail's signing event date it 12 Sep 2026 (DOMAIN 1, 3, 5).",
      }),
    );
  }
  {
    const s = story('pt-BR', 'rioclaro', 'nuvem', { products: ['Exchange Online', 'Microsoft Teams'], describe: ['Exchange Online'] });
    const paras = body(s);
    out.push(
      claim({
        title: 'Portuguese acceptance certificate: the Microsoft Teams row says "Não"',
        lang: 'pt',
        s,
        layout: 'certificatePdf',
        classes: [2],
        docs: [
          pdf('termo-de-aceite.pdf', () =>
            certificatePdf({
              s,
              title: 'Termo de Aceite de Entrega',
              head: [
                ['Fornecedor', s.partner.name],
                ['Cliente', s.customer.name],
              ],
              deliverables: [
                ['Serviço', 'Descrição', 'Aceito', 'Data'],
                ['Exchange Online', TEXT.pt.scope(s, 'Exchange Online'), 'Sim', localDate('pt', s.phases.at(-1)[1])],
                ['Microsoft Teams', '', 'Não', ''],
                ['Microsoft Sentinel', '', 'Não', ''],
              ],
              statement: paras,
              blocks: [
                {
                  heading: `Pela ${s.customer.name}`,
                  ink: true,
                  name: s.customer.contactName,
                  title: s.customer.contactTitle,
                  date: localDate('pt', s.signed, 'long'),
                },
              ],
            }),
          ),
        ],
        expect: defect({ workloads: 'fail' }),
        why: 'Microsoft Teams is claimed but its row is marked "Não" (not accepted) and the described work does not name it (DOMAIN 4).',
      }),
    );
  }
  return out;
}

/** Closure reports with a sign-off table whose rows are the roles. */
function closureClaims() {
  const out = [];
  {
    const s = story('pt-BR', 'serraverde', 'nuvem', { products: ['Microsoft Intune', 'Microsoft Entra ID P1'] });
    const env = envelopeOf('af-93c2e71b-5d0a', 'Relatório de encerramento', s, s.signed, { hour: 13 });
    out.push(
      claim({
        title: 'closure report (pt-BR) e-signed through a Brazilian vendor (one sentence per trail event)',
        lang: 'pt',
        s,
        vendor: 'assinafacil',
        layout: 'closurePdf',
        classes: [3, 6],
        docs: [
          pdf('relatorio-encerramento-assinado.pdf', () =>
            closurePdf({
              s,
              title: 'Relatório de Encerramento do Projeto',
              signoff: [
                ['Papel', 'Nome', 'Assinatura', 'Data'],
                [
                  'Patrocinador (cliente)',
                  `${s.customer.contactName}, ${s.customer.name}`,
                  'Assinado eletronicamente',
                  localDate('pt', s.signed),
                ],
                [
                  'Gerente do projeto (parceiro)',
                  `${s.partner.person}, ${s.partner.name}`,
                  'Assinado eletronicamente',
                  localDate('pt', '2026-09-09'),
                ],
              ],
              trail: 'assinafacil',
              env,
            }),
          ),
        ],
        expect: VALID,
        why: 'Closure report detailing the work; the trail shows the customer contact signing ("assinou este documento como parte") on 12/09/2026 (DOMAIN 1, 5).',
      }),
    );
  }
  {
    const s = story('en-GB', 'hartley', 'northbridge', { products: ['Microsoft Intune'] });
    out.push(
      claim({
        title: "closure report sign-off table: the customer sponsor's row unsigned (en-GB)",
        lang: 'en',
        s,
        layout: 'closurePdf',
        classes: [4],
        docs: [
          pdf('Project-Closure-Report.pdf', () =>
            closurePdf({
              s,
              title: 'Project Closure Report',
              signoff: [
                ['Role', 'Name', 'Signature', 'Date'],
                ['Customer sponsor', `${s.customer.contactName}, ${s.customer.name}`, '', ''],
                ['Partner project manager', `${s.partner.person}, ${s.partner.name}`, '', localDate('en-GB', '2026-09-14')],
              ],
              ink: [[2, 2]],
            }),
          ),
        ],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: "The sign-off table is signed and dated by the partner's project manager only; the customer sponsor's signature and date cells are empty (DOMAIN 1).",
      }),
    );
  }
  return out;
}

/** Meeting minutes approved by the customer. */
function minutesClaims() {
  const out = [];
  const items = (s, lang) => {
    const paras = body(s, { accept: false });
    const heads = {
      nl: ['1. Terugblik op de uitrol', '2. Besluiten', '3. Acties'],
      it: ['1. Stato delle attività', '2. Decisioni', '3. Azioni'],
    }[lang];
    return [
      [heads[0], paras],
      [heads[1], [TEXT[lang].accept(s)]],
      [
        heads[2],
        [`${s.partner.person}: ${lang === 'nl' ? 'overdrachtsdocument naar servicedesk' : 'documentazione consegnata al supporto'}`],
      ],
    ];
  };
  {
    const s = story('nl-NL', 'hoogendoorn', 'polderwerk', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'] });
    const env = envelopeOf('TV-55120-A', 'Notulen stuurgroep', s, s.signed);
    out.push(
      claim({
        title: 'steering committee minutes (nl) approved by the customer through a Dutch e-signature log',
        lang: 'nl',
        s,
        vendor: 'tekenveilig',
        layout: 'minutesPdf',
        classes: [3, 6],
        docs: [
          pdf('notulen-stuurgroep-getekend.pdf', () =>
            minutesPdf({
              s,
              title: 'Notulen stuurgroep – afsluiting project',
              attendees: [
                ['Aanwezig', `${s.customer.contactName} (${s.customer.name}), ${s.partner.person} (${s.partner.name})`],
                ['Datum vergadering', localDate('nl', '2026-09-09')],
              ],
              items: items(s, 'nl'),
              approval: {
                heading: `Notulen goedgekeurd namens ${s.customer.name}`,
                stamp: TRAILS.tekenveilig.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail)),
                name: s.customer.contactName,
                title: s.customer.contactTitle,
              },
              trail: 'tekenveilig',
              env,
            }),
          ),
        ],
        expect: VALID,
        why: 'Minutes recording the delivered work in detail, approved by the customer contact; the log shows "Ondertekend door" the contact on 12-9-2026 (DOMAIN 1, 3, 5).',
      }),
    );
  }
  {
    const s = story('it-IT', 'valsesia', 'vantaggio', { products: ['SharePoint Online'], signed: '2025-07-14' });
    const env = envelopeOf('FC-2025-001982', 'Verbale riunione di chiusura', s, s.signed);
    out.push(
      claim({
        title: 'closing meeting minutes (it) e-signed by the customer on 14 Jul 2025: stale',
        lang: 'it',
        s,
        vendor: 'firmacerta',
        layout: 'minutesPdf',
        classes: [6],
        docs: [
          pdf('verbale-chiusura-firmato.pdf', () =>
            minutesPdf({
              s,
              title: 'Verbale della riunione di chiusura progetto',
              attendees: [
                ['Partecipanti', `${s.customer.contactName} (${s.customer.name}), ${s.partner.person} (${s.partner.name})`],
                ['Data riunione', localDate('it', '2025-07-10')],
              ],
              items: items(s, 'it'),
              approval: {
                heading: `Approvato per ${s.customer.name}`,
                stamp: TRAILS.firmaqes.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail)),
                name: s.customer.contactName,
                title: s.customer.contactTitle,
              },
              trail: 'firmaqes',
              env,
            }),
          ),
        ],
        expect: defect({ dates: 'fail' }),
        why: 'The customer signed on 14 July 2025, more than 12 months before the 2026-10-20 submission, with nothing recent (DOMAIN 5).',
      }),
    );
  }
  return out;
}

/** Letters on the customer's letterhead, dated at the top, signed with no date in the block. */
function letterheadClaims() {
  const out = [];
  for (const [signed, ok] of [
    ['2026-09-12', true],
    ['2025-06-02', false],
  ]) {
    const s = story('en-GB', 'hartley', 'northbridge', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'], signed });
    const paras = body(s);
    out.push(
      claim({
        title: `customer letter on its own letterhead, dated "${localDate('en-GB', signed, 'gb')}" at the top${ok ? '' : ' (stale)'}`,
        lang: 'en',
        s,
        layout: 'letterheadPdf',
        classes: [6, 7],
        docs: [
          pdf('customer-letter.pdf', () =>
            letterheadPdf({
              s,
              place: 'Leeds',
              dateText: localDate('en-GB', signed, 'gb'),
              paragraphs: [`We are writing to confirm the work ${s.partner.name} carried out for us.`, ...paras],
              signer: { name: s.customer.contactName, title: s.customer.contactTitle },
            }),
          ),
        ],
        expect: ok ? VALID : defect({ dates: 'fail' }),
        why: ok
          ? "A letter from the customer on its letterhead, signed by its contact, dated at the top: the letter's date is the acknowledgement's (DOMAIN 1, 5)."
          : 'The letter is dated 2 June 2025, more than 12 months before the 2026-10-20 submission (DOMAIN 5).',
      }),
    );
  }
  return out;
}

/** A form whose only mention of the customer is its signature block. */
function formClaims() {
  const s = story('en-AU', 'kookaburra', 'northbridge', { products: ['Microsoft Intune'] });
  const paras = body(s);
  const l = TEXT.en.labels;
  return [
    claim({
      title: 'service completion form: the customer is named only in its signature block (en-AU)',
      lang: 'en',
      s,
      layout: 'formPdf',
      docs: [
        pdf('service-completion-form.pdf', () =>
          formPdf({
            s,
            title: `${s.partner.name} – Service Completion Form`,
            rows: [
              ['Service', 'Microsoft Intune deployment'],
              ['Work performed', paras.slice(1, 3).join(' ').replace(new RegExp(s.customer.name, 'g'), 'the client')],
              ['Timeline', paras.slice(3, 6).join('; ')],
            ],
            blocks: [
              {
                heading: 'Client sign-off',
                ink: true,
                fields: [
                  [l.company, s.customer.name],
                  [l.name, s.customer.contactName],
                  [l.title, s.customer.contactTitle],
                  [l.date, localDate('en-AU', s.signed)],
                ],
              },
            ],
          }),
        ),
      ],
      expect: VALID,
      why: "Both names are visible (the customer's in its signature block's Company field); the block is signed and dated; the work is detailed (DOMAIN 1-3).",
    }),
  ];
}

/** Turkish and Czech POE with their own e-signature trails and date forms. */
function trTrailClaims() {
  const out = [];
  for (const [kind, cust] of [
    ['signed', 'anadolu'],
    ['declined', 'ege'],
  ]) {
    const s = story('tr-TR', cust, 'bogazici', { products: ['Microsoft Intune', 'Microsoft Entra ID P1'] });
    const env = envelopeOf(`EI-2026-${kind === 'signed' ? '77103' : '77219'}`, 'Proje Kabul Tutanağı', s, s.signed, { customer: kind });
    const customerEvent = env.events.find((e) => e.email === s.customer.contactEmail && e.action === kind);
    const flowBody = body(s);
    out.push(
      claim({
        title:
          kind === 'signed'
            ? 'Turkish acceptance record, e-signed; trail printed as a table of columns'
            : 'Turkish acceptance record: the customer declined ("Reddedildi")',
        lang: 'tr',
        s,
        vendor: 'eimza',
        layout: 'certificatePdf',
        classes: kind === 'signed' ? [3, 6] : [3, 4],
        docs: [
          pdf('kabul-tutanagi.pdf', () =>
            certificatePdf({
              s,
              title: 'Proje Kapanış ve Kabul Tutanağı',
              head: [
                ['Hizmet Sağlayıcı', s.partner.name],
                ['Müşteri', s.customer.name],
              ],
              deliverables: [
                ['Ürün', 'Yapılan çalışma', 'Teslim', 'Tarih'],
                ...s.products.map((p) => [p, TEXT.tr.scope(s, p), 'Evet', localDate('tr', s.phases.at(-1)[1])]),
              ],
              statement: [flowBody[0], flowBody[1], ...flowBody.slice(-4)],
              blocks: [
                {
                  heading: `Müşteri adına: ${s.customer.name}`,
                  stamp: kind === 'signed' ? TRAILS.eimza.stamp(customerEvent) : undefined,
                  name: s.customer.contactName,
                  title: s.customer.contactTitle,
                },
                {
                  heading: `Hizmet sağlayıcı adına: ${s.partner.name}`,
                  stamp: TRAILS.eimza.stamp(env.events.find((e) => e.email === s.partner.personEmail && e.action === 'signed')),
                  name: s.partner.person,
                  title: s.partner.title,
                },
              ],
              trail: 'eimza',
              env,
            }),
          ),
        ],
        expect: kind === 'signed' ? VALID : defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why:
          kind === 'signed'
            ? 'Detailed acceptance record; the trail table has the customer contact\'s "İmzalandı" event on 12.09.2026 (DOMAIN 1, 5; issue class 3).'
            : 'The trail shows the customer declined to sign; only the partner signed (DOMAIN 1; issue class 4).',
      }),
    );
  }
  {
    const s = story('tr-TR', 'ege', 'bogazici', { products: ['Microsoft Intune'] });
    out.push(
      claim({
        title: 'Turkish price quotation ("Fiyat Teklifi") signed "Kabul edilmiştir" by the customer',
        lang: 'tr',
        s,
        layout: 'quotePdf',
        classes: [8],
        docs: [
          pdf('fiyat-teklifi-imzali.pdf', () =>
            quotePdf({
              s,
              title: `Fiyat Teklifi No. 2026/311 – ${s.customer.name}`,
              intro: `${s.partner.name} olarak aşağıdaki lisans ve hizmetler için fiyat teklifimizi sunarız. Teklif 30 gün geçerlidir.`,
              head: ['Ürün Kodu', 'Açıklama', 'Adet', 'Birim Fiyat', 'Tutar'],
              lines: [
                { code: 'INT-P1-12M', name: 'Microsoft Intune Plan 1 (12 ay)', qty: 860, price: 312.5 },
                { code: 'EID-P1-12M', name: 'Microsoft Entra ID P1 (12 ay)', qty: 860, price: 221.4 },
                { code: 'SRV-KUR', name: 'Kurulum hizmeti (sabit fiyat)', qty: 1, price: 185000 },
              ],
              totalLabel: 'Genel Toplam (KDV hariç)',
              block: {
                heading: `Kabul edilmiştir – ${s.customer.name}`,
                ink: true,
                name: s.customer.contactName,
                title: s.customer.contactTitle,
                date: localDate('tr', '2026-05-04'),
              },
            }),
          ),
        ],
        expect: defect({ signature: null, dates: null, workloads: null, 'activity-detail': ['fail', 'review'], 'document-type': 'fail' }),
        why: 'A price quotation stays a quote when the customer signs its acceptance: not POE (DOMAIN "Documents that are not POE on their own"; issue class 8).',
      }),
    );
  }
  return out;
}

function csClaims() {
  const out = [];
  for (const [kind, cust] of [
    ['signed', 'hradec'],
    ['pending', 'lipova'],
  ]) {
    const s = story('cs-CZ', cust, 'vltava', { products: ['Exchange Online', 'Microsoft Defender for Office 365'] });
    const env = envelopeOf(`PD-${kind === 'signed' ? '4f1a' : '9c07'}-22e8-b1d5`, 'Předávací protokol', s, s.signed, { customer: kind });
    out.push(
      claim({
        title:
          kind === 'signed'
            ? 'Czech handover protocol, e-signed; a key-value block per signer ("Stav: Podepsáno")'
            : 'Czech handover protocol: the customer has not signed yet ("Čeká na podpis")',
        lang: 'cs',
        s,
        vendor: 'podepsano',
        layout: 'formPdf',
        classes: kind === 'signed' ? [3, 6, 7] : [3, 4],
        docs: [
          pdf('predavaci-protokol.pdf', () =>
            formPdf({
              s,
              title: 'Předávací protokol',
              rows: [
                ['Dodavatel', s.partner.name],
                ['Objednatel', s.customer.name],
                ['Předmět plnění', body(s).slice(0, 4).join(' ')],
                ['Harmonogram', body(s).slice(4, 7).join('; ')],
                ['Převzetí', TEXT.cs.accept(s)],
              ],
              blocks: [
                {
                  heading: `Za objednatele: ${s.customer.name}`,
                  stamp:
                    kind === 'signed'
                      ? TRAILS.podepsano.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail))
                      : undefined,
                  name: s.customer.contactName,
                  title: s.customer.contactTitle,
                },
                {
                  heading: `Za dodavatele: ${s.partner.name}`,
                  stamp: TRAILS.podepsano.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.partner.personEmail)),
                  name: s.partner.person,
                  title: s.partner.title,
                },
              ],
            }).then(async (bytes) => {
              const { PDFDocument } = await import('pdf-lib');
              // The vendor appends its protocol page to the signed document.
              const { createWriter } = await import('../sample/pdf-writer.mjs');
              const flow = await createWriter({
                title: 'Protokol',
                author: '',
                creator: 'Podepsano.cz',
                date: '2026-01-15T09:00:00Z',
                unicode: true,
              });
              TRAILS.podepsano.page(flow, env);
              const extra = await PDFDocument.load(await flow.save());
              const main = await PDFDocument.load(bytes);
              for (const p of await main.copyPages(extra, extra.getPageIndices())) main.addPage(p);
              return main.save({ useObjectStreams: false });
            }),
          ),
        ],
        expect: kind === 'signed' ? VALID : defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why:
          kind === 'signed'
            ? 'Detailed protocol; the customer contact\'s block in the vendor protocol says "Podepsáno" at 12. 9. 2026 (DOMAIN 1, 5).'
            : "Only the partner signed; the protocol says the customer's signature is still awaited (DOMAIN 1; issue class 4).",
      }),
    );
  }
  for (const [signed, ok] of [
    ['2026-09-12', true],
    ['2025-09-12', false],
  ]) {
    const s = story('cs-CZ', 'hradec', 'vltava', { products: ['Microsoft Teams'], signed });
    const l = TEXT.cs.labels;
    out.push(
      claim({
        title: ok ? 'Czech protocol ink-signed, dated "12. září 2026"' : 'Czech protocol ink-signed, dated "12. 9. 2025" (stale)',
        lang: 'cs',
        s,
        layout: 'formPdf',
        classes: [7],
        docs: [
          pdf('protokol-podepsany.pdf', () =>
            formPdf({
              s,
              title: 'Předávací protokol',
              rows: [
                ['Dodavatel', s.partner.name],
                ['Objednatel', s.customer.name],
                ['Předmět plnění', body(s).slice(0, 3).join(' ')],
                ['Harmonogram', body(s).slice(3, 6).join('; ')],
                ['Převzetí', TEXT.cs.accept(s)],
              ],
              blocks: [
                {
                  heading: `Za objednatele: ${s.customer.name}`,
                  ink: true,
                  fields: [
                    [l.name, s.customer.contactName],
                    [l.title, s.customer.contactTitle],
                    [l.date, localDate('cs', signed, ok ? 'long' : 'num')],
                  ],
                },
              ],
            }),
          ),
        ],
        expect: ok ? VALID : defect({ dates: 'fail' }),
        why: ok
          ? 'Ink-signed by the customer contact with a written Czech date within 12 months of submission (DOMAIN 1, 5).'
          : 'Signed 12 September 2025, more than 12 months before the 2026-10-20 submission (DOMAIN 5).',
      }),
    );
  }
  return out;
}

/** Email threads: the customer confirms in another language than the partner's message; a courtesy reply; a typo-squatted domain. */
function emailClaims() {
  const out = [];
  const partnerMessage = (s) =>
    [
      `Hello ${s.customer.contactName.split(' ')[0]},`,
      '',
      'Please find below the summary of the work we completed:',
      '',
      ...body({ ...s, lang: 'en', locale: 'en-GB' }, { accept: false }),
      '',
      'Could you please confirm?',
      '',
      `${s.partner.person}`,
      s.partner.name,
    ].join('\n');
  const plan = [
    {
      locale: 'it-IT',
      cust: 'marchetti',
      partner: 'vantaggio',
      top: (s) =>
        `Buongiorno ${s.partner.person.split(' ')[0]},\n\nconfermo che le attività descritte qui sotto (${s.products.join(' e ')}) sono state completate e le accettiamo.\n\nCordiali saluti\n${s.customer.contactName}\n${s.customer.contactTitle}`,
      title: "customer confirms in Italian, above the partner's English summary",
      ok: true,
    },
    {
      locale: 'pt-BR',
      cust: 'serraverde',
      partner: 'nuvem',
      top: (s) =>
        `Olá ${s.partner.person.split(' ')[0]},\n\nConfirmo que o projeto descrito abaixo foi concluído e aprovamos a entrega.\n\nAtenciosamente,\n${s.customer.contactName}`,
      title: "customer confirms in Portuguese, above the partner's English summary",
      ok: true,
    },
    {
      locale: 'tr-TR',
      cust: 'anadolu',
      partner: 'bogazici',
      top: (s) =>
        `Merhaba ${s.partner.person.split(' ')[0]} Bey,\n\nAşağıda özetlenen ${s.products.join(' ve ')} çalışmalarının tamamlandığını onaylıyorum, teslimatı kabul ediyoruz.\n\nSaygılarımla,\n${s.customer.contactName}\n${s.customer.contactTitle}`,
      title: 'customer confirms in Turkish ("onaylıyorum"), above the partner\'s English summary',
      ok: true,
    },
    {
      locale: 'nl-NL',
      cust: 'zeeland',
      partner: 'polderwerk',
      top: (s) =>
        `Hoi ${s.partner.person.split(' ')[0]},\n\nBedankt, goed ontvangen! Fijn weekend alvast.\n\nGroet,\n${s.customer.contactName}`,
      title: 'Dutch courtesy reply ("Bedankt, goed ontvangen!") above the partner\'s summary',
      ok: false,
      why: "A thank-you that does not refer to the work does not accept the partner's message (DOMAIN 1: partner emails the customer did not accept; issue class 9).",
    },
    {
      locale: 'pt-BR',
      cust: 'rioclaro',
      partner: 'nuvem',
      from: (s) => `${s.customer.contactName} <${s.customer.contactEmail.replace('rioclarolog', 'rioclar0log')}>`,
      top: (s) =>
        `Olá ${s.partner.person.split(' ')[0]},\n\nConfirmo que o projeto descrito abaixo foi concluído e aprovamos a entrega.\n\nAtenciosamente,\n${s.customer.contactName}`,
      title: 'confirmation from a typo-squatted domain (rioclar0log.com.br for rioclarolog.com.br)',
      ok: false,
      why: "The sender's domain is a look-alike, not the customer's domain (DOMAIN 1: the customer's domain must be correct; issue class 9).",
    },
  ];
  for (const t of plan) {
    const s = story(t.locale, t.cust, t.partner, {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2026-09-18',
    });
    const from = t.from ? t.from(s) : `${s.customer.contactName} <${s.customer.contactEmail}>`;
    out.push(
      claim({
        title: t.title,
        lang: s.lang,
        s,
        layout: 'eml',
        classes: [9],
        docs: [
          eml('Re project summary.eml', () =>
            replyMail({
              from,
              to: `${s.partner.person} <${s.partner.personEmail}>`,
              subject: 'Re: Project summary – please confirm',
              day: s.signed,
              top: t.top(s),
              quotedFrom: `${s.partner.person} <${s.partner.personEmail}>`,
              quotedDay: '2026-09-16',
              quotedBody: partnerMessage(s),
            }),
          ),
        ],
        expect: t.ok ? VALID : defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: t.ok
          ? "The customer's reply from its own domain confirms the work described in the partner's detailed message quoted below it (DOMAIN 1; issue class 9)."
          : t.why,
      }),
    );
  }
  return out;
}

/** The customer's short confirming reply to the partner's "report attached" email. */
function confirmMailOf(s, text) {
  return eml('RE report.eml', () =>
    replyMail({
      from: `${s.customer.contactName} <${s.customer.contactEmail}>`,
      to: `${s.partner.person} <${s.partner.personEmail}>`,
      subject: 'RE: Completion report',
      day: s.signed,
      top: text,
      quotedFrom: `${s.partner.person} <${s.partner.personEmail}>`,
      quotedDay: '2026-09-10',
      quotedBody: 'Hello,\n\nattached is the completion report for your review.\n\nKind regards',
    }),
  );
}

/** Office files: a Word letterhead in the page header; Excel check columns on a second sheet. */
function officeClaims() {
  const out = [];
  const confirmMail = (s, text) =>
    eml('RE report.eml', () =>
      replyMail({
        from: `${s.customer.contactName} <${s.customer.contactEmail}>`,
        to: `${s.partner.person} <${s.partner.personEmail}>`,
        subject: 'RE: Completion report',
        day: s.signed,
        top: text,
        quotedFrom: `${s.partner.person} <${s.partner.personEmail}>`,
        quotedDay: '2026-09-10',
        quotedBody: 'Hello,\n\nattached is the completion report for your review.\n\nKind regards',
      }),
    );
  for (const generic of [false, true]) {
    const s = story('nl-NL', 'zeeland', 'polderwerk', { products: ['Microsoft Intune', 'Exchange Online'], signed: '2026-09-19' });
    const paras = generic
      ? [`${s.customer.name}: ${s.products.join(', ')}.`, TEXT.en.generic]
      : body(s).map((p) => p.replace(new RegExp(`${s.partner.name}\\s*`, 'g'), 'wij '));
    out.push(
      claim({
        title: generic
          ? ".docx report, partner named only in the header's letterhead table, generic text"
          : '.docx report (nl): the partner is named only in the letterhead table of the page header',
        lang: 'nl',
        s,
        layout: 'docx',
        docs: [
          {
            name: 'opleverrapport.docx',
            type: DOCX,
            build: () =>
              docxWithHeader({
                header: [
                  [s.partner.name, 'Kanaalstraat 40, Utrecht'],
                  ['KvK 81234567', `info@${s.partner.domain}`],
                ],
                blocks: [{ p: 'Opleverrapport', bold: true }, ...paras.map((p) => ({ p }))],
                meta: { author: s.partner.person, title: 'Opleverrapport' },
              }),
          },
          confirmMail(
            s,
            `Hallo ${s.partner.person.split(' ')[0]},\n\nHierbij bevestig ik dat de werkzaamheden uit het opleverrapport zijn uitgevoerd; wij accepteren de oplevering.\n\nGroet,\n${s.customer.contactName}`,
          ),
        ],
        expect: generic ? defect({ 'activity-detail': 'fail' }) : VALID,
        why: generic
          ? 'The report only lists products and generic phrases ("testing, ongoing support"): no users, phases or timelines (DOMAIN 3).'
          : "The partner's name is visible in the document's letterhead (page header); the customer confirms the report's work from its own domain (DOMAIN 1-3).",
      }),
    );
  }
  {
    const s = story('en-US', 'summit', 'northbridge', {
      products: ['Exchange Online', 'Microsoft Teams'],
      claimed: ['Exchange Online', 'Microsoft Teams'],
      describe: ['Microsoft Teams'],
      signed: '2026-09-21',
    });
    out.push(
      claim({
        title: '.docx template: the claimed Exchange Online sits on an unticked row written "Exchange Online (EXO)"',
        lang: 'en',
        s,
        layout: 'docx',
        classes: [2],
        docs: [
          {
            name: 'POE-form.docx',
            type: DOCX,
            build: () =>
              docxWithHeader({
                header: [[s.partner.name, 'Proof of Execution form']],
                blocks: [
                  { p: `Customer: ${s.customer.name}` },
                  {
                    table: [
                      ['Workload', 'Delivered?'],
                      ['Microsoft Teams', '☒'],
                      ['Exchange Online (EXO)', '☐'],
                      ['SharePoint Online (SPO)', '☐'],
                    ],
                  },
                  ...body(s).map((p) => ({ p })),
                ],
                meta: { author: s.partner.person, title: 'POE' },
              }),
          },
          confirmMail(
            s,
            `Hi ${s.partner.person.split(' ')[0]},\n\nI confirm the Microsoft Teams rollout described in the form is complete and accepted.\n\n${s.customer.contactName}`,
          ),
        ],
        expect: defect({ workloads: 'fail' }),
        why: 'Exchange Online is claimed but its row is unticked and the described work does not name it (DOMAIN 4).',
      }),
    );
  }
  for (const defectRow of [false, true]) {
    const s = story('it-IT', 'marchetti', 'vantaggio', {
      products: ['Microsoft Intune', 'Microsoft Teams'],
      describe: defectRow ? ['Microsoft Intune'] : ['Microsoft Intune', 'Microsoft Teams'],
      signed: '2026-09-22',
    });
    const rows = defectRow
      ? [
          ['Microsoft Intune', s.users, '✓'],
          ['Microsoft Teams', s.users, '✗'],
          ['Microsoft Sentinel', '', '✗'],
        ]
      : [
          ['Microsoft Intune', s.users, true],
          ['Microsoft Teams', s.users, true],
          ['Microsoft Sentinel', '', false],
        ];
    out.push(
      claim({
        title: defectRow
          ? '.xlsx: the check column on a second sheet marks the claimed Microsoft Teams "✗"'
          : '.xlsx: report on the first sheet, check column (TRUE/FALSE) on a second sheet',
        lang: 'it',
        s,
        layout: 'xlsx',
        classes: [2],
        docs: [
          {
            name: 'rapporto-POE.xlsx',
            type: XLSX,
            build: () =>
              xlsxWorkbook(
                [
                  {
                    name: 'Rapporto',
                    rows: [['Fornitore', s.partner.name], ['Cliente', s.customer.name], [], ...body(s).map((p) => [p])],
                  },
                  { name: 'Perimetro', rows: [['Workload', 'Utenti', 'Incluso'], ...rows] },
                ],
                { author: s.partner.person },
              ),
          },
          confirmMail(
            s,
            `Ciao ${s.partner.person.split(' ')[0]},\n\nconfermo che le attività del rapporto allegato sono state completate e le accettiamo.\n\n${s.customer.contactName}`,
          ),
        ],
        expect: defectRow ? defect({ workloads: 'fail' }) : VALID,
        why: defectRow
          ? 'Microsoft Teams is claimed but its row on the scope sheet is marked ✗ and the report does not describe work on it (DOMAIN 4).'
          : 'Both claimed workloads are TRUE on the scope sheet and described on the report sheet; the customer confirms by email (DOMAIN 1, 4).',
      }),
    );
  }
  return out;
}

/** Public sector claims (sector from the claim's facts), with and without the fee disclosure. */
function publicSectorClaims() {
  const out = [];
  const disclosureEn = (s) =>
    `Fee disclosure: ${s.partner.name} discloses that it receives incentive payments from Microsoft in connection with the services described in this document. ${s.customer.name} acknowledges this disclosure by signing below.`;
  {
    const s = story('en-US', 'tricounty', 'keystone', {
      customer: { sector: 'government' },
      products: ['Microsoft Intune', 'Microsoft Entra ID P1'],
    });
    const env = envelopeOf('IWS-40-7781-22', 'Acceptance of Services', s, s.signed);
    out.push(
      claim({
        title: 'US water authority (government) with the fee disclosure, signed through a US e-signature audit log',
        lang: 'en',
        s,
        vendor: 'inkwell',
        layout: 'sowTablePdf',
        classes: [3, 10],
        docs: [
          pdf('acceptance-of-services.pdf', () =>
            sowPdf({
              s,
              title: 'Acceptance of Services',
              heads: ['Customer', 'Contractor'],
              extra: [disclosureEn(s)],
              sides: [
                {
                  company: s.customer.name,
                  name: s.customer.contactName,
                  title: s.customer.contactTitle,
                  stamp: TRAILS.inkwell.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail)),
                },
                {
                  company: s.partner.name,
                  name: s.partner.person,
                  title: s.partner.title,
                  stamp: TRAILS.inkwell.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.partner.personEmail)),
                },
              ],
              trail: 'inkwell',
              env,
            }),
          ),
        ],
        expect: { ...VALID, 'public-sector': 'pass' },
        why: 'Government customer in the US: the written fee disclosure is in the document the customer e-signed (DOMAIN 6).',
      }),
    );
  }
  {
    const s = story('en-US', 'ridgeview', 'keystone', { customer: { sector: 'education' }, products: ['Microsoft Teams'] });
    const d = localDate('en-US', s.signed, 'us');
    out.push(
      claim({
        title: 'US school district (education), no fee disclosure anywhere',
        lang: 'en',
        s,
        layout: 'sowTablePdf',
        classes: [10],
        docs: [
          pdf('SOW-Ridgeview-signed.pdf', () =>
            sowPdf({
              s,
              title: 'Statement of Work: Teams for Classrooms',
              heads: ['District', 'Contractor'],
              sides: [
                { company: s.customer.name, name: s.customer.contactName, title: s.customer.contactTitle, date: d, ink: true },
                { company: s.partner.name, name: s.partner.person, title: s.partner.title, date: d, ink: true },
              ],
            }),
          ),
        ],
        expect: defect({ 'public-sector': 'fail' }),
        why: 'Education customer in the US, Modern Work usage: the fee disclosure acknowledged by the customer is required and missing (DOMAIN 6).',
      }),
    );
  }
  {
    const s = story('es-PR', 'cmeste', 'keystone', { customer: { sector: 'healthcare' }, products: ['Microsoft Intune'] });
    const l = TEXT.es.labels;
    out.push(
      claim({
        title: 'Puerto Rico hospital (healthcare): Spanish acceptance with the fee disclosure, ink-signed',
        lang: 'es',
        s,
        layout: 'formPdf',
        classes: [7, 10],
        docs: [
          pdf('acta-aceptacion-firmada.pdf', () =>
            formPdf({
              s,
              title: 'Acta de aceptación de servicios',
              rows: [
                ['Proveedor', s.partner.name],
                ['Cliente', s.customer.name],
                ['Servicios', body(s).slice(0, 3).join(' ')],
                ['Calendario', body(s).slice(3, 6).join('; ')],
                [
                  'Divulgación',
                  `${s.partner.name} divulga que recibe incentivos y honorarios de Microsoft por los servicios descritos. ${s.customer.name} reconoce esta divulgación con su firma.`,
                ],
                ['Aceptación', TEXT.es.accept(s)],
              ],
              blocks: [
                {
                  heading: `Por el cliente: ${s.customer.name}`,
                  ink: true,
                  fields: [
                    [l.name, s.customer.contactName],
                    [l.title, s.customer.contactTitle],
                    [l.date, localDate('es', s.signed, 'long')],
                  ],
                },
              ],
            }),
          ),
        ],
        expect: { ...VALID, 'public-sector': 'pass' },
        why: 'Healthcare customer in Puerto Rico: the fee disclosure is written in the acceptance the customer signed (DOMAIN 6).',
      }),
    );
  }
  {
    const s = story('en-IN', 'deccan', 'northbridge', {
      customer: { sector: 'education' },
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
    });
    const l = TEXT.en.labels;
    out.push(
      claim({
        title: 'Partner Activities, Indian engineering college (education) with the disclosure, ink-signed "12-Sep-2026"',
        lang: 'en',
        s,
        layout: 'formPdf',
        classes: [7, 10],
        extra: { program: 'partner-activities', partnerRole: 'Partner activity', engagement: 'Deployment' },
        docs: [
          pdf('deployment-acceptance.pdf', () =>
            formPdf({
              s,
              title: 'Deployment Acceptance',
              rows: [
                ['Partner', s.partner.name],
                ['Institution', s.customer.name],
                ['Work performed', body(s).slice(0, 4).join(' ')],
                ['Timeline', body(s).slice(4, 7).join('; ')],
                ['Public sector disclosure', disclosureEn(s)],
              ],
              blocks: [
                {
                  heading: `For the institution: ${s.customer.name}`,
                  ink: true,
                  fields: [
                    [l.name, s.customer.contactName],
                    [l.title, s.customer.contactTitle],
                    [l.date, '12-Sep-2026'],
                  ],
                },
              ],
            }),
          ),
        ],
        expect: { ...VALID, 'public-sector': 'pass' },
        why: 'Partner Activities need proof of public sector disclosure for Indian public sector customers: present in the signed acceptance (DOMAIN 6).',
      }),
    );
  }
  return out;
}

/** Workloads written by the synonyms and abbreviations the ruleset knows. */
function synonymClaims() {
  const out = [];
  {
    const s = story('en-US', 'summit', 'northbridge', {
      products: ['MDE', 'Azure AD Premium P1'],
      claimed: ['Microsoft Defender for Endpoint', 'Microsoft Entra ID P1'],
    });
    const d = localDate('en-US', s.signed, 'us');
    out.push(
      claim({
        title: 'claim names Defender for Endpoint and Entra ID P1; the SOW says "MDE" and "Azure AD Premium P1"',
        lang: 'en',
        s,
        layout: 'sowTablePdf',
        docs: [
          pdf('SOW-security-signed.pdf', () =>
            sowPdf({
              s,
              title: 'Statement of Work: Identity and Endpoint Security',
              heads: ['Customer', 'Contractor'],
              sides: [
                { company: s.customer.name, name: s.customer.contactName, title: s.customer.contactTitle, date: d, ink: true },
                { company: s.partner.name, name: s.partner.person, title: s.partner.title, date: d, ink: true },
              ],
            }),
          ),
        ],
        expect: VALID,
        why: 'The claimed products appear under their known former name and abbreviation (DOMAIN 4: linked by name or a known alias).',
      }),
    );
  }
  {
    const s = story('nl-NL', 'hoogendoorn', 'polderwerk', {
      products: ['Microsoft Endpoint Manager', 'Phone System'],
      claimed: ['Microsoft Intune', 'Teams Phone'],
      signed: '2026-09-15',
    });
    const env = envelopeOf('TV-60331-B', 'Opleververklaring', s, s.signed);
    out.push(
      claim({
        title: 'claim names Intune and Teams Phone; the Dutch minutes say "Microsoft Endpoint Manager" and "Phone System"',
        lang: 'nl',
        s,
        vendor: 'tekenveilig',
        layout: 'minutesPdf',
        docs: [
          pdf('notulen-oplevering.pdf', () =>
            minutesPdf({
              s,
              title: 'Notulen opleveroverleg',
              attendees: [
                ['Aanwezig', `${s.customer.contactName} (${s.customer.name}), ${s.partner.person} (${s.partner.name})`],
                ['Datum', localDate('nl', '2026-09-14')],
              ],
              items: [
                ['1. Opgeleverd', body(s, { accept: false })],
                ['2. Besluit', [TEXT.nl.accept(s)]],
              ],
              approval: {
                heading: `Akkoord namens ${s.customer.name}`,
                stamp: TRAILS.tekenveilig.stamp(env.events.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail)),
                name: s.customer.contactName,
                title: s.customer.contactTitle,
              },
              trail: 'tekenveilig',
              env,
            }),
          ),
        ],
        expect: VALID,
        why: 'Microsoft Endpoint Manager and Phone System are known names of the claimed Intune and Teams Phone (DOMAIN 4).',
      }),
    );
  }
  return out;
}

/**
 * Written after the first fixes landed, before the engine ran on them: the same classes in other
 * shapes and languages, to see whether the fixes generalise rather than fit HO001-HO036.
 */
function afterFixClaims() {
  const out = [];
  {
    const s = story('nl-NL', 'zeeland', 'polderwerk', { products: ['Microsoft Intune'] });
    out.push(
      claim({
        title: 'Dutch closure report, sign-off table (Rol | Naam | Handtekening | Datum), customer row dated 12-9-2026',
        lang: 'nl',
        s,
        layout: 'closurePdf',
        docs: [
          pdf('afsluitrapport.pdf', () =>
            closurePdf({
              s,
              title: 'Afsluitrapport project',
              signoff: [
                ['Rol', 'Naam', 'Handtekening', 'Datum'],
                ['Opdrachtgever (klant)', `${s.customer.contactName}, ${s.customer.name}`, '', localDate('nl', s.signed)],
                ['Projectleider (partner)', `${s.partner.person}, ${s.partner.name}`, '', localDate('nl', '2026-09-10')],
              ],
              ink: [
                [1, 2],
                [2, 2],
              ],
            }),
          ),
        ],
        expect: VALID,
        why: "The customer's row of the sign-off table is signed and dated 12-9-2026; the report details the work (DOMAIN 1, 3, 5).",
      }),
    );
  }
  for (const [, ok] of [
    ['customer', true],
    ['partner', false],
  ]) {
    const s = story('it-IT', 'valsesia', 'vantaggio', { products: ['Exchange Online'] });
    out.push(
      claim({
        title: ok
          ? 'Italian letter from the customer, "Distinti saluti", dated at the top'
          : 'Italian letter signed by the partner only ("Distinti saluti")',
        lang: 'it',
        s,
        layout: 'letterheadPdf',
        classes: ok ? [7] : [4],
        docs: [
          pdf('lettera.pdf', async () => {
            const { createWriter } = await import('../sample/pdf-writer.mjs');
            const flow = await createWriter({ title: 'Lettera', author: '', creator: 'Word', date: '2026-01-15T09:00:00Z', unicode: true });
            const from = ok ? s.customer : { name: s.partner.name, address: 'Via Roma 1, Torino' };
            flow.text(from.name.toUpperCase(), { font: 'bold', size: 14 });
            flow.text(from.address, { size: 8, gap: 12 });
            flow.text(`${ok ? 'Biella' : 'Torino'}, ${localDate('it', s.signed, 'long')}`, { gap: 12 });
            flow.text('Oggetto: conferma delle attività svolte', { gap: 8 });
            for (const p of body(s)) flow.text(p, { gap: 6 });
            flow.text('Distinti saluti', { gap: 30 });
            flow.scribble(flow.margin + 4, flow.y + 16, 31, 110);
            flow.text(ok ? s.customer.contactName : s.partner.person, { font: 'bold', gap: 1 });
            flow.text(ok ? `${s.customer.contactTitle}, ${s.customer.name}` : `${s.partner.title}, ${s.partner.name}`);
            return flow.save();
          }),
        ],
        expect: ok ? VALID : defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: ok
          ? 'A letter from the customer confirming the work, signed by its IT head and dated at the top (DOMAIN 1, 5).'
          : 'A letter signed by the partner is not a customer acknowledgement (DOMAIN 1).',
      }),
    );
  }
  {
    const s = story('cs-CZ', 'lipova', 'vltava', { products: ['Microsoft Teams'] });
    out.push(
      claim({
        title: 'Czech price quote ("Cenová nabídka") signed by the customer',
        lang: 'cs',
        s,
        layout: 'quotePdf',
        classes: [8],
        docs: [
          pdf('cenova-nabidka.pdf', () =>
            quotePdf({
              s,
              title: `Cenová nabídka č. 2026-044 – ${s.customer.name}`,
              intro: `${s.partner.name} nabízí následující licence a služby. Platnost nabídky 30 dní.`,
              head: ['Kód', 'Položka', 'Množství', 'Cena/ks', 'Celkem'],
              lines: [
                { code: 'TMS-12', name: 'Microsoft Teams Premium (12 měsíců)', qty: 150, price: 2150 },
                { code: 'SRV-01', name: 'Implementace (paušál)', qty: 1, price: 98000 },
              ],
              totalLabel: 'Celkem bez DPH',
              block: {
                heading: `Objednatel: ${s.customer.name}`,
                ink: true,
                name: s.customer.contactName,
                title: s.customer.contactTitle,
                date: localDate('cs', '2026-05-04'),
              },
            }),
          ),
        ],
        expect: defect({ signature: null, dates: null, workloads: null, 'activity-detail': ['fail', 'review'], 'document-type': 'fail' }),
        why: 'A signed price quote is still a quote, not POE (DOMAIN; issue class 8).',
      }),
    );
  }
  {
    const s = story('tr-TR', 'anadolu', 'bogazici', { products: ['Microsoft Teams'] });
    const env = envelopeOf('EI-2026-78001', 'Kabul Tutanağı', s, s.signed, { customer: 'pending' });
    out.push(
      claim({
        title: 'Turkish e-signature trail: the customer\'s signature still awaited ("İmza bekleniyor")',
        lang: 'tr',
        s,
        vendor: 'eimza',
        layout: 'certificatePdf',
        classes: [4],
        docs: [
          pdf('kabul.pdf', () =>
            certificatePdf({
              s,
              title: 'Kabul Tutanağı',
              head: [
                ['Hizmet Sağlayıcı', s.partner.name],
                ['Müşteri', s.customer.name],
              ],
              deliverables: [
                ['Ürün', 'Yapılan çalışma', 'Teslim', 'Tarih'],
                ['Microsoft Teams', TEXT.tr.scope(s, 'Microsoft Teams'), 'Evet', localDate('tr', s.phases.at(-1)[1])],
              ],
              statement: body(s),
              blocks: [
                { heading: `Müşteri adına: ${s.customer.name}`, name: s.customer.contactName, title: s.customer.contactTitle },
                {
                  heading: `Hizmet sağlayıcı adına: ${s.partner.name}`,
                  stamp: TRAILS.eimza.stamp(env.events.find((e) => e.email === s.partner.personEmail && e.action === 'signed')),
                  name: s.partner.person,
                  title: s.partner.title,
                },
              ],
              trail: 'eimza',
              env,
            }),
          ),
        ],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: 'Only the partner signed; the trail says the customer has not (DOMAIN 1; issue class 4).',
      }),
    );
  }
  {
    const s = story('en-GB', 'hartley', 'northbridge', { products: ['Microsoft Intune'], signed: '2026-09-18' });
    out.push(
      claim({
        title: 'customer confirms in Dutch ("Akkoord … goedgekeurd") over an English summary (en-GB customer)',
        lang: 'en',
        s: { ...s, customer: { ...s.customer } },
        layout: 'eml',
        classes: [9],
        docs: [
          eml('Re summary.eml', () =>
            replyMail({
              from: `${s.customer.contactName} <${s.customer.contactEmail}>`,
              to: `${s.partner.person} <${s.partner.personEmail}>`,
              subject: 'Re: Intune rollout summary',
              day: s.signed,
              top: `Hi ${s.partner.person.split(' ')[0]},\n\nAkkoord, de uitrol van Microsoft Intune zoals hieronder beschreven is afgerond en goedgekeurd.\n\n${s.customer.contactName}`,
              quotedFrom: `${s.partner.person} <${s.partner.personEmail}>`,
              quotedDay: '2026-09-16',
              quotedBody: body(s, { accept: false }).join('\n'),
            }),
          ),
        ],
        expect: VALID,
        why: "The customer's own words confirm the Intune rollout described in the partner's message quoted below (DOMAIN 1; issue class 9).",
      }),
    );
  }
  {
    const s = story('en-US', 'summit', 'northbridge', { products: ['Microsoft Intune'], signed: '2026-09-19' });
    out.push(
      claim({
        title: '.docx: the customer is named only in the page footer; the customer confirms by email',
        lang: 'en',
        s,
        layout: 'docx',
        docs: [
          {
            name: 'completion.docx',
            type: DOCX,
            build: async () => {
              const { Document, Footer, Packer, Paragraph } = await import('docx');
              const paras = body(s).map((p) => p.replace(new RegExp(s.customer.name, 'g'), 'the customer'));
              const doc = new Document({
                sections: [
                  {
                    footers: { default: new Footer({ children: [new Paragraph(`Confidential – prepared for ${s.customer.name}`)] }) },
                    children: [new Paragraph('Completion report'), ...paras.map((p) => new Paragraph(p))],
                  },
                ],
              });
              return new Uint8Array(await Packer.toBuffer(doc));
            },
          },
          confirmMailOf(
            s,
            `Hi ${s.partner.person.split(' ')[0]},\n\nI confirm the Intune work in the completion report is done and accepted.\n\n${s.customer.contactName}`,
          ),
        ],
        expect: VALID,
        why: "The customer's name is visible in the document's footer; the customer confirms the report by email from its domain (DOMAIN 1-3).",
      }),
    );
  }
  {
    const s = story('en-GB', 'hartley', 'northbridge', {
      products: ['Microsoft Intune'],
      signed: '2025-10-11',
      customer: { country: 'DE' },
    });
    const env = envelopeOf('IW-1011-DE', 'Acceptance', s, s.signed);
    out.push(
      claim({
        title: 'US-style trail declaring "Date format: MM-DD-YYYY", 10-11-2025 for a German customer: 11 Oct 2025, stale',
        lang: 'en',
        s,
        vendor: 'inkwell',
        layout: 'sowTablePdf',
        classes: [5],
        docs: [
          pdf('acceptance-signed.pdf', async () => {
            const { createWriter } = await import('../sample/pdf-writer.mjs');
            const flow = await createWriter({
              title: 'Acceptance',
              author: '',
              creator: 'Word',
              date: '2026-01-15T09:00:00Z',
              unicode: true,
            });
            flow.heading('Acceptance of Services', 15);
            for (const p of body(s)) flow.text(p, { gap: 5 });
            flow.newPage();
            flow.heading('Signing log', 13);
            flow.text('Date format: MM-DD-YYYY · times UTC', { size: 8.5 });
            for (const e of env.events) {
              const [y, m, d] = e.at.slice(0, 10).split('-');
              flow.text(`${m}-${d}-${y} ${e.at.slice(11, 19)}   ${e.action.toUpperCase()}   ${e.name} <${e.email}>`, { size: 8.5, gap: 2 });
            }
            return flow.save();
          }),
        ],
        expect: defect({ dates: 'fail' }),
        why: 'The log declares month-first: 10-11-2025 is 11 October 2025, more than 12 months before the 2026-10-20 submission (DOMAIN 5; issue class 5).',
      }),
    );
  }
  return out;
}

/** A third look, after HO037-HO044 agreed: shapes no batch had yet (expectations first, as always). */
function thirdLookClaims() {
  const out = [];
  {
    // A two-page letter: the date at the top of page 1, the closing and signature on page 2.
    const s = story('es-PR', 'cmeste', 'keystone', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'] });
    out.push(
      claim({
        title: 'two-page customer letter (es): date at the top of page 1, "Atentamente" and the signature on page 2',
        lang: 'es',
        s,
        layout: 'letterheadPdf',
        classes: [6, 7],
        docs: [
          pdf('carta-cliente.pdf', async () => {
            const { createWriter } = await import('../sample/pdf-writer.mjs');
            const flow = await createWriter({ title: 'Carta', author: '', creator: 'Word', date: '2026-01-15T09:00:00Z', unicode: true });
            flow.text(s.customer.name.toUpperCase(), { font: 'bold', size: 14 });
            flow.text(s.customer.address, { size: 8, gap: 12 });
            flow.text(`Humacao, ${localDate('es', s.signed, 'long')}`, { gap: 12 });
            flow.text('A quien corresponda:', { gap: 8 });
            for (const p of body(s)) flow.text(p, { gap: 6 });
            flow.newPage();
            flow.text('Quedamos a su disposición para cualquier aclaración.', { gap: 10 });
            flow.text('Atentamente,', { gap: 30 });
            flow.scribble(flow.margin + 4, flow.y + 16, 41, 110);
            flow.text(s.customer.contactName, { font: 'bold', gap: 1 });
            flow.text(`${s.customer.contactTitle}, ${s.customer.name}`);
            return flow.save();
          }),
        ],
        expect: VALID,
        why: 'A letter from the customer confirming the work in detail, signed by its contact and dated at its top (DOMAIN 1, 5).',
      }),
    );
  }
  {
    // A signature table whose customer column carries the vendor's "awaiting signature" placeholder.
    const s = story('en-US', 'summit', 'northbridge', { products: ['Microsoft Intune'] });
    out.push(
      claim({
        title: 'SOW signature table: the customer\'s cell holds the vendor\'s "Awaiting signature" placeholder',
        lang: 'en',
        s,
        layout: 'sowTablePdf',
        classes: [4],
        docs: [
          pdf('SOW-pending.pdf', () =>
            sowPdf({
              s,
              title: 'Statement of Work: Endpoint Management',
              heads: ['Customer', 'Contractor'],
              sides: [
                {
                  company: s.customer.name,
                  name: s.customer.contactName,
                  title: s.customer.contactTitle,
                  stamp: ['Inkwell Sign', 'Awaiting signature'],
                },
                {
                  company: s.partner.name,
                  name: s.partner.person,
                  title: s.partner.title,
                  date: localDate('en-US', '2026-09-08', 'us'),
                  ink: true,
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: "The customer's signature is still awaited; only the partner signed (DOMAIN 1; issue class 4).",
      }),
    );
  }
  {
    // Outlook in German: the quoted message's header is "Von: / Gesendet: / An: / Betreff:".
    const s = story('en-GB', 'hartley', 'northbridge', {
      products: ['Microsoft Intune'],
      signed: '2026-09-23',
      customer: { country: 'DE' },
    });
    out.push(
      claim({
        title: 'customer confirms in German above a thread quoted by a German Outlook ("Von: … Gesendet: …")',
        lang: 'en',
        s,
        layout: 'eml',
        classes: [9],
        docs: [
          eml('AW Zusammenfassung.eml', () =>
            replyMail({
              from: `${s.customer.contactName} <${s.customer.contactEmail}>`,
              to: `${s.partner.person} <${s.partner.personEmail}>`,
              subject: 'AW: Intune rollout summary',
              day: s.signed,
              top: `Hallo ${s.partner.person.split(' ')[0]},\n\nhiermit bestätige ich die unten beschriebene Einführung von Microsoft Intune; die Leistung ist abgenommen.\n\nViele Grüße\n${s.customer.contactName}`,
              quotedFrom: '',
              quotedDay: '2026-09-21',
              wroteLine: `Von: ${s.partner.person} <${s.partner.personEmail}>\nGesendet: Montag, 21. September 2026 16:20\nAn: ${s.customer.contactName} <${s.customer.contactEmail}>\nBetreff: Intune rollout summary\n`,
              quotedBody: body(s, { accept: false }).join('\n'),
            }),
          ),
        ],
        expect: VALID,
        why: "The customer's own words confirm the Intune rollout described in the partner's message quoted below (DOMAIN 1; issue class 9).",
      }),
    );
  }
  {
    // An .xlsx template whose check column marks rows with a plain "x" and leaves the others blank.
    const s = story('pt-BR', 'rioclaro', 'nuvem', {
      products: ['Microsoft Intune', 'SharePoint Online'],
      describe: ['Microsoft Intune'],
      signed: '2026-09-24',
    });
    out.push(
      claim({
        title: '.xlsx check sheet with "x" marks: the claimed SharePoint Online row left blank',
        lang: 'pt',
        s,
        layout: 'xlsx',
        classes: [2],
        docs: [
          {
            name: 'POE-modelo.xlsx',
            type: XLSX,
            build: () =>
              xlsxWorkbook(
                [
                  { name: 'Relatório', rows: [['Parceiro', s.partner.name], ['Cliente', s.customer.name], [], ...body(s).map((p) => [p])] },
                  {
                    name: 'Escopo',
                    rows: [
                      ['Produto', 'Marcar'],
                      ['Microsoft Intune', 'x'],
                      ['SharePoint Online', ''],
                      ['Microsoft Teams', ''],
                      ['Exchange Online', 'x'],
                    ],
                  },
                ],
                { author: s.partner.person },
              ),
          },
          confirmMailOf(
            s,
            `Olá ${s.partner.person.split(' ')[0]},\n\nConfirmo que as atividades do relatório foram concluídas e aprovamos a entrega.\n\n${s.customer.contactName}`,
          ),
        ],
        expect: defect({ workloads: 'fail' }),
        why: 'SharePoint Online is claimed but its row is not marked and the report describes no work on it (DOMAIN 4).',
      }),
    );
  }
  {
    // Hungarian (a language the ruleset has no words for): a year-first written date.
    const s = story('en-GB', 'hartley', 'northbridge', { products: ['Microsoft Intune'], customer: { country: 'HU' } });
    const l = TEXT.en.labels;
    out.push(
      claim({
        title: 'English protocol for a Hungarian customer, signed and dated "2026. szeptember 12." (Hungarian year-first form)',
        lang: 'en',
        s,
        layout: 'formPdf',
        classes: [7],
        docs: [
          pdf('protocol-signed.pdf', () =>
            formPdf({
              s,
              title: 'Handover protocol',
              rows: [
                ['Contractor', s.partner.name],
                ['Customer', s.customer.name],
                ['Work performed', body(s).slice(0, 3).join(' ')],
                ['Timeline', body(s).slice(3, 6).join('; ')],
                ['Acceptance', TEXT.en.accept(s)],
              ],
              blocks: [
                {
                  heading: `For the customer: ${s.customer.name}`,
                  ink: true,
                  fields: [
                    [l.name, s.customer.contactName],
                    [l.title, s.customer.contactTitle],
                    [l.date, '2026. szeptember 12.'],
                  ],
                },
              ],
            }),
          ),
        ],
        expect: VALID,
        why: 'Signed by the customer contact and dated 12 September 2026 in the Hungarian form, within 12 months (DOMAIN 1, 5).',
      }),
    );
  }
  return out;
}

export const HELDOUT_GROUPS = [
  sowClaims,
  certificateClaims,
  closureClaims,
  minutesClaims,
  letterheadClaims,
  formClaims,
  trTrailClaims,
  csClaims,
  emailClaims,
  officeClaims,
  publicSectorClaims,
  synonymClaims,
  afterFixClaims,
  thirdLookClaims,
];

/** The held-out claims, numbered HO001…. */
export function heldoutClaims() {
  return numberHeldout(HELDOUT_GROUPS.flatMap((g) => g()));
}
