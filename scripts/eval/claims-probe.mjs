import { NO_ACK_DATE, VALID, claim, defect, pdf } from './claims.mjs';
import { TEXT, localDate, replyMail } from './heldout-docs.mjs';
import { emlMessage, xlsxWorkbook } from './other-formats.mjs';
import { bilingualSow, docxRich, esignedPdf, reportPdf, slideDeck, spanReportPdf, stampLetter } from './probe-docs.mjs';
import { numberClaims, storyMaker } from './stories.mjs';

/**
 * The probe batch (ids PR001…): claims in shapes the rest of the set did not have when it was
 * written, to find the engine's remaining error classes on POE written by other people.
 * Landscape slide exports with the sign-off in free text boxes, two-column bilingual SOWs,
 * letters whose signature stands beside a company stamp, templates ticked "✓"/"X" or "Sí"/"No",
 * product cells spanning several rows (PDF and .docx), acceptance in a .docx footer, .xlsx rows
 * per workload with a Status column, e-signature event logs in vendors' own date formats
 * (year-first with slashes, "12-Sep-2025", Swedish "kl.", a declared day-first format), email
 * threads in Swedish and Polish, another top-level domain and a subdomain of the customer's,
 * a pt-BR proposal "De acordo", an order form, sector from the claim's facts, dates a day or two
 * either side of the 12-month edge.
 *
 * Every expectation below was written from ../shared/DOMAIN.md (and QUEUE-FORMAT.md) before the
 * engine ran on these documents; one changed afterwards carries its written reason beside it.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const eml = (name, build) => ({ name, type: 'message/rfc822', build });
const pad = (n) => String(n).padStart(2, '0');

const CUSTOMERS = {
  alvorada: ['Alvorada Cosméticos Ltda', 'alvoradacosmeticos.com.br', 'BR', 'Juliana Mendes', 'Gerente de TI'],
  norrsken: ['Norrbotten Trävaror AB', 'nbtravaror.se', 'SE', 'Karin Holmberg', 'IT-chef'],
  tapatio: ['Grupo Tapatío de Alimentos S.A. de C.V.', 'tapatioalimentos.mx', 'MX', 'Alejandro Ruiz', 'Director de TI'],
  deventer: ['Drukkerij Deventer B.V.', 'drukkerijdeventer.nl', 'NL', 'Sanne Bakker', 'Hoofd ICT'],
  wisla: ['Wisła Logistyka Sp. z o.o.', 'wislalogistyka.pl', 'PL', 'Katarzyna Nowak', 'Kierownik IT'],
  kapadokya: ['Kapadokya Seramik A.Ş.', 'kapadokyaseramik.com.tr', 'TR', 'Selin Aydın', 'BT Müdürü'],
  andaluza: ['Conservas La Andaluza S.L.', 'conservasandaluza.es', 'ES', 'Lucía Moreno', 'Responsable de Sistemas'],
  harbour: ['Harbourside Veterinary Group Ltd', 'harboursidevets.co.uk', 'GB', 'Oliver Grant', 'Head of IT'],
  banksia: ['Banksia Wine Estates Pty Ltd', 'banksiawines.com.au', 'AU', 'Chloe Nguyen', 'IT Operations Lead'],
  kiso: ['Kiso Precision Industries Co., Ltd.', 'kiso-precision.co.jp', 'JP', 'Haruto Tanaka', 'IT Manager'],
  malmo: ['Öresund Bygg AB', 'oresundbygg.se', 'SE', 'Johan Ek', 'CIO'],
  gorny: ['Górnośląskie Wodociągi S.A.', 'gornewodociagi.pl', 'PL', 'Piotr Zieliński', 'Dyrektor IT'],
  schelde: ['Schelde Scheepvaart N.V.', 'scheldescheepvaart.nl', 'NL', 'Bram Visser', 'IT Manager'],
  cascade: ['Cascade Outdoor Gear Inc.', 'cascadeoutdoor.com', 'US', 'Megan Ross', 'Director of IT'],
  serra: ['Serra Azul Hotéis S.A.', 'serraazulhoteis.com.br', 'BR', 'Ricardo Lima', 'Diretor de Tecnologia'],
  hokkai: ['Hokkai Foods Trading Co., Ltd.', 'hokkaifoods.co.jp', 'JP', 'Yui Sasaki', 'General Manager, IT'],
  healthway: ['Healthway Freight Inc.', 'healthwayfreight.com', 'US', 'Daniel Brooks', 'VP Information Technology'],
  lulea: ['Luleå kommun', 'lulea.se', 'SE', 'Maria Öberg', 'IT-strateg'],
  dublin: ['Liffey Analytics Ltd', 'liffeyanalytics.ie', 'IE', 'Aoife Byrne', 'Head of Technology'],
  brighton: ['Brighton Marine Supplies Ltd', 'brightonmarine.co.uk', 'GB', 'Sarah Collins', 'Operations Director'],
};

const PARTNERS = {
  nuvem: ['Céu Aberto Tecnologia', 'ceuaberto.com.br', 'Bruno Carvalho', 'Gerente de Projetos', '9123456'],
  nordlys: ['Nordlys IT Konsult AB', 'nordlysit.se', 'Lars Nyström', 'Projektledare', '9234567'],
  sierra: ['Sierra Nube Consultores', 'sierranube.mx', 'Fernanda Ortiz', 'Gerente de Proyecto', '9345678'],
  dijk: ['Dijkstra Cloud B.V.', 'dijkstracloud.nl', 'Thijs Mulder', 'Projectmanager', '9456789'],
  baltyk: ['Bałtyk Cloud Sp. z o.o.', 'baltykcloud.pl', 'Marek Wiśniewski', 'Kierownik Projektu', '9567890'],
  ege: ['Ege Bulut Teknoloji', 'egebulut.com.tr', 'Can Öztürk', 'Proje Müdürü', '9678901'],
  iberia: ['Iberia Nube S.L.', 'iberianube.es', 'Javier Santos', 'Jefe de Proyecto', '9789012'],
  thames: ['Thameside Cloud Partners', 'thamesidecloud.co.uk', 'Rachel Adams', 'Delivery Lead', '9890123'],
  sakura: ['Sakura Cloud Integration K.K.', 'sakuracloud-int.co.jp', 'Kenji Mori', 'Project Manager', '9901234'],
  pacific: ['Pacific Crest Consulting', 'pacificcrest.com', 'Evan Lee', 'Engagement Manager', '9012345'],
};

const story = storyMaker(CUSTOMERS, PARTNERS, { signed: '2026-09-14', users: 980, devices: 1130, sites: 5, folds: 'łıøØ' });

/** Numbers the probe claims PR001… and builds their queue.json entries. */
const numberProbe = (list) => numberClaims('PR', 'probe', list);

const ymd = (iso) => iso.slice(0, 10).split('-').map(Number);
const SV_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const PL_MONTHS_GEN = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];
const EN_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Swedish and Polish wording (the other languages come from heldout-docs TEXT). */
const MORE_TEXT = {
  sv: {
    intro: (s, d) =>
      `Under perioden ${d(s.phases[0][0])}–${d(s.phases.at(-1)[1])} genomförde ${s.partner.name} följande uppdrag hos ${s.customer.name}.`,
    challenge: (s) =>
      `Utgångsläge: ${s.customer.name} hade ${s.devices} ohanterade datorer på ${s.sites} orter och ingen gemensam säkerhetspolicy för sina ${s.users} medarbetare.`,
    scope: (s, p) =>
      `${p}: design, konfiguration och utrullning för ${s.users} användare och ${s.devices} enheter, med pilotgrupp och produktionsvågor.`,
    phase: (i, a, b, d) =>
      `Fas ${i + 1} (${d(a)}–${d(b)}): ${['kartläggning och design', 'pilot med 40 användare', 'produktionssättning och överlämning'][i]}`,
    accept: (s) => `${s.customer.name} bekräftar att arbetet ovan har utförts av ${s.partner.name} och godkänner leveransen.`,
  },
  pl: {
    intro: (s, d) =>
      `W okresie od ${d(s.phases[0][0])} do ${d(s.phases.at(-1)[1])} ${s.partner.name} zrealizował dla ${s.customer.name} opisane poniżej prace.`,
    challenge: (s) =>
      `Stan wyjściowy: ${s.customer.name} posiadała ${s.devices} niezarządzanych urządzeń w ${s.sites} lokalizacjach i nie miała wspólnej polityki bezpieczeństwa dla ${s.users} pracowników.`,
    scope: (s, p) =>
      `${p}: projekt, konfiguracja i wdrożenie dla ${s.users} użytkowników i ${s.devices} urządzeń, z grupą pilotażową i falami produkcyjnymi.`,
    phase: (i, a, b, d) =>
      `Etap ${i + 1} (${d(a)} – ${d(b)}): ${['analiza i projekt', 'pilotaż z 40 użytkownikami', 'wdrożenie produkcyjne i przekazanie'][i]}`,
    accept: (s) =>
      `${s.customer.name} potwierdza, że powyższe prace zostały wykonane przez ${s.partner.name}, i przyjmuje je bez zastrzeżeń.`,
  },
};

function dateIn(locale, iso, style = 'num') {
  const [y, m, d] = ymd(iso);
  const lang = locale.slice(0, 2);
  if (lang === 'sv') return style === 'long' ? `${d} ${SV_MONTHS[m - 1]} ${y}` : `${y}-${pad(m)}-${pad(d)}`;
  if (lang === 'pl') return style === 'long' ? `${d} ${PL_MONTHS_GEN[m - 1]} ${y} r.` : `${pad(d)}.${pad(m)}.${y}`;
  if (locale === 'en-GB' || locale === 'en-IE' || locale === 'en-AU')
    return style === 'long' ? localDate('en-GB', iso, 'gb') : `${pad(d)}/${pad(m)}/${y}`;
  if (locale === 'en-JP') return `${y}/${pad(m)}/${pad(d)}`;
  return localDate(locale, iso, style);
}

/** The detailed paragraphs of a story in its language. */
function paras(s, { products = s.describe ?? s.products, accept = true } = {}) {
  const t = MORE_TEXT[s.lang] ?? TEXT[s.lang];
  const d = (iso) => dateIn(s.locale, iso);
  return [
    t.intro(s, d),
    t.challenge(s),
    ...products.map((p) => t.scope(s, p)),
    ...s.phases.map(([a, b], i) => t.phase(i, a, b, d)),
    ...(accept ? [t.accept(s)] : []),
  ];
}

const RFC_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const rfc = (day, t = '09:12:44', zone = '+0200') => {
  const d = new Date(`${day}T${t}Z`);
  return `${RFC_DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${EN_ABBR[d.getUTCMonth()]} ${d.getUTCFullYear()} ${t} ${zone}`;
};

/** A reply as Outlook writes it in the sender's language: the top, then a header block and the quoted message. */
function outlookReply({ s, from, top, labels, quotedDay, quotedText, subject }) {
  const [fromL, sentL, toL, subjL] = labels;
  const body = `${top}\n\n________________________________\n${fromL}: ${s.partner.person} <${s.partner.personEmail}>\n${sentL}: ${dateIn(s.locale, quotedDay)} 16:20\n${toL}: ${s.customer.contactName} <${s.customer.contactEmail}>\n${subjL}: ${subject}\n\n${quotedText}`;
  return emlMessage({
    headers: {
      From: from ?? `${s.customer.contactName} <${s.customer.contactEmail}>`,
      To: `${s.partner.person} <${s.partner.personEmail}>`,
      Subject: `SV: ${subject}`,
      Date: rfc(s.signed),
      'Message-ID': `<probe-${s.signed}-${s.customer.domain}@mail.example>`,
    },
    body,
  });
}

/** The customer's plain confirmation by email (Gmail-style quote of a short partner message). */
const confirmMail = (s, text, { from } = {}) =>
  eml('RE completion.eml', () =>
    replyMail({
      from: from ?? `${s.customer.contactName} <${s.customer.contactEmail}>`,
      to: `${s.partner.person} <${s.partner.personEmail}>`,
      subject: 'RE: Completion report',
      day: s.signed,
      top: text,
      quotedFrom: `${s.partner.person} <${s.partner.personEmail}>`,
      quotedDay: '2026-09-08',
      quotedBody: 'Hello,\n\nattached is the completion report for your review.\n\nKind regards',
    }),
  );

/* ───────────────────────── slides ───────────────────────── */

function slideClaims() {
  const out = [];
  for (const customerSigned of [true, false]) {
    const s = customerSigned
      ? story('pt-BR', 'alvorada', 'nuvem', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'] })
      : story('sv-SE', 'norrsken', 'nordlys', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'] });
    const p = paras(s);
    const pt = s.lang === 'pt';
    const L = pt
      ? {
          cover: 'Encerramento do projeto',
          scope: 'Escopo e números',
          plan: 'Cronograma',
          sign: 'Aceite',
          cust: 'Aceite do cliente',
          part: 'Pelo parceiro',
          name: 'Nome',
          role: 'Cargo',
          date: 'Data',
        }
      : {
          cover: 'Projektavslut',
          scope: 'Omfattning',
          plan: 'Tidplan',
          sign: 'Godkännande',
          cust: 'Kundens godkännande',
          part: 'För leverantören',
          name: 'Namn',
          role: 'Befattning',
          date: 'Datum',
        };
    const d = dateIn(s.locale, s.signed);
    const slides = [
      { title: L.cover, boxes: [{ x: 60, y: 400, w: 840, lines: [s.customer.name, s.partner.name, p[0]], size: 20, bold: [0] }] },
      {
        title: L.scope,
        boxes: [
          { x: 40, y: 440, w: 430, lines: [p[1]], size: 14 },
          { x: 490, y: 440, w: 430, lines: p.slice(2, 4), size: 14 },
        ],
      },
      { title: L.plan, boxes: [{ x: 40, y: 440, w: 880, lines: p.slice(4, 7).map((x) => `• ${x}`), size: 15 }] },
      {
        title: L.sign,
        boxes: [
          { x: 40, y: 440, w: 880, lines: [p.at(-1)], size: 14 },
          {
            x: 60,
            y: 330,
            w: 380,
            border: true,
            size: 12,
            bold: [0],
            lines: customerSigned
              ? [
                  L.cust,
                  '',
                  '',
                  `${L.name}: ${s.customer.contactName}`,
                  `${L.role}: ${s.customer.contactTitle}, ${s.customer.name}`,
                  `${L.date}: ${d}`,
                ]
              : [L.cust, '', '', `${L.name}: ________________________`, `${L.role}: ________________________`, `${L.date}: ____ - __ - __`],
            ...(customerSigned ? { ink: 41, inkY: 278 } : {}),
          },
          {
            x: 500,
            y: 330,
            w: 380,
            border: true,
            size: 12,
            bold: [0],
            lines: [
              L.part,
              '',
              '',
              `${L.name}: ${s.partner.person}`,
              `${L.role}: ${s.partner.title}, ${s.partner.name}`,
              `${L.date}: ${dateIn(s.locale, '2026-09-10')}`,
            ],
            ink: 43,
            inkY: 278,
          },
        ],
      },
    ];
    out.push(
      claim({
        title: customerSigned
          ? "landscape slide export (pt-BR): sign-off in free text boxes, the customer's box ink-signed and dated"
          : "landscape slide export (sv): only the partner's sign-off text box is signed, the customer's box is blank lines",
        lang: s.lang,
        s,
        layout: 'slidesLandscapePdf',
        classes: customerSigned ? [1, 6] : [4],
        docs: [
          pdf(customerSigned ? 'encerramento.pdf' : 'projektavslut.pdf', () =>
            slideDeck({ title: L.cover, author: s.partner.person, slides }),
          ),
        ],
        expect: customerSigned ? VALID : defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: customerSigned
          ? "Slides detail users, devices, products and phases; the customer contact's text box carries an ink signature, name, title and a date within 12 months (DOMAIN 1, 3, 5)."
          : "Only the partner's box is signed; the customer's box is blank lines: no customer acknowledgement (DOMAIN 1), so no acknowledgement date.",
      }),
    );
  }
  return out;
}

/* ───────────────────────── bilingual SOW ───────────────────────── */

function bilingualClaims() {
  const out = [];
  {
    const s = story('es-MX', 'tapatio', 'sierra', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'] });
    const en = { ...s, lang: 'en', locale: 'en-GB' };
    const es = paras(s);
    const e = paras(en);
    const sections = [
      ['1. Background', e[0] + ' ' + e[1], '1. Antecedentes', es[0] + ' ' + es[1]],
      ['2. Scope', e[2] + ' ' + e[3], '2. Alcance', es[2] + ' ' + es[3]],
      ['3. Milestones', e.slice(4, 7).join(' '), '3. Hitos', es.slice(4, 7).join(' ')],
      ['4. Acceptance', e.at(-1), '4. Aceptación', es.at(-1)],
    ];
    const d = dateIn('es-MX', s.signed);
    out.push(
      claim({
        title: 'two-column bilingual SOW (en | es-MX), signature table across the page, both parties ink-signed',
        lang: 'es',
        s,
        layout: 'bilingualPdf',
        classes: [1, 7],
        docs: [
          pdf('SOW-bilingue-firmado.pdf', () =>
            bilingualSow({
              title: 'Statement of Work / Declaración de Trabajo',
              author: s.partner.person,
              parties: `${s.partner.name} ("Partner / Socio") – ${s.customer.name} ("Customer / Cliente")`,
              sections,
              sign: [
                ['', 'Customer / Cliente', 'Partner / Socio'],
                ['Company / Empresa', s.customer.name, s.partner.name],
                ['Signature / Firma', '', ''],
                ['Name / Nombre', s.customer.contactName, s.partner.person],
                ['Title / Cargo', s.customer.contactTitle, s.partner.title],
                ['Date / Fecha', d, dateIn('es-MX', '2026-09-11')],
              ],
              ink: [
                [2, 1],
                [2, 2],
              ],
            }),
          ),
        ],
        expect: VALID,
        why: 'Both columns describe the same detailed work; the customer contact signed the table, dated 14/09/2026 (Mexico writes day-first), within 12 months (DOMAIN 1, 3, 5).',
      }),
    );
  }
  {
    const s = story('nl-NL', 'deventer', 'dijk', {
      products: ['Microsoft Intune'],
      claimed: ['Microsoft Intune', 'Microsoft Purview Information Protection'],
      signed: '2026-09-16',
    });
    const en = { ...s, lang: 'en', locale: 'en-GB' };
    const nl = paras(s);
    const e = paras(en);
    const sections = [
      ['1. Achtergrond', nl[0] + ' ' + nl[1], '1. Background', e[0] + ' ' + e[1]],
      ['2. Scope', nl[2], '2. Scope', e[2]],
      ['3. Planning', nl.slice(3, 6).join(' '), '3. Plan', e.slice(3, 6).join(' ')],
      ['4. Acceptatie', nl.at(-1), '4. Acceptance', e.at(-1)],
    ];
    out.push(
      claim({
        title: 'two-column bilingual SOW (nl | en): the claimed Microsoft Purview Information Protection is in neither column',
        lang: 'nl',
        s,
        layout: 'bilingualPdf',
        classes: [4],
        docs: [
          pdf('SOW-NL-EN-getekend.pdf', () =>
            bilingualSow({
              title: 'Opdrachtomschrijving / Statement of Work',
              author: s.partner.person,
              parties: `${s.partner.name} – ${s.customer.name}`,
              sections,
              sign: [
                ['', 'Opdrachtgever / Customer', 'Opdrachtnemer / Partner'],
                ['Organisatie / Company', s.customer.name, s.partner.name],
                ['Handtekening / Signature', '', ''],
                ['Naam / Name', s.customer.contactName, s.partner.person],
                ['Datum / Date', localDate('nl', s.signed), localDate('nl', '2026-09-15')],
              ],
              ink: [
                [2, 1],
                [2, 2],
              ],
            }),
          ),
        ],
        expect: defect({ workloads: 'fail' }),
        why: 'Microsoft Purview Information Protection is claimed but neither language column names it; only Intune is described (DOMAIN 4).',
      }),
    );
  }
  return out;
}

/* ───────────────────────── letters with a stamp ───────────────────────── */

function stampClaims() {
  const out = [];
  {
    const s = story('pl-PL', 'wisla', 'baltyk', { products: ['Exchange Online', 'Microsoft Teams'] });
    const p = paras(s);
    out.push(
      claim({
        title: 'customer letter (pl): signature block beside the company stamp (pieczęć), "Gdańsk, 14 września 2026 r."',
        lang: 'pl',
        s,
        layout: 'stampLetterPdf',
        classes: [1, 7],
        docs: [
          pdf('potwierdzenie-wykonania.pdf', () =>
            stampLetter({
              title: 'Potwierdzenie wykonania prac',
              author: s.customer.contactName,
              head: s.customer.name,
              address: 'ul. Długie Ogrody 12, 80-765 Gdańsk · NIP 583-31-22-114',
              dateLine: `Gdańsk, ${dateIn('pl', s.signed, 'long')}`,
              greeting: 'POTWIERDZENIE WYKONANIA PRAC',
              paragraphs: p,
              closing: 'Z poważaniem,',
              signer: [s.customer.contactName, `${s.customer.contactTitle}, ${s.customer.name}`],
              stamp: [s.customer.name.toUpperCase(), 'ul. Długie Ogrody 12', '80-765 Gdańsk', 'NIP 583-31-22-114'],
            }),
          ),
        ],
        expect: VALID,
        why: "A letter on the customer's letterhead, ink-signed by the customer contact beside the company stamp, dated 14 September 2026 in the Polish written form (DOMAIN 1, 5); the work is detailed (DOMAIN 3).",
      }),
    );
  }
  {
    const s = story('tr-TR', 'kapadokya', 'ege', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'] });
    const p = paras(s);
    out.push(
      claim({
        title: "letter (tr) on the partner's letterhead, signed by the partner beside the partner's own stamp (kaşe); no customer mark",
        lang: 'tr',
        s,
        layout: 'stampLetterPdf',
        classes: [4],
        docs: [
          pdf('hizmet-teslim-yazisi.pdf', () =>
            stampLetter({
              title: 'Hizmet Teslim Yazısı',
              author: s.partner.person,
              head: s.partner.name,
              address: 'Alsancak Mah. 1453 Sok. No:7, Konak/İzmir · Vergi No 1234567890',
              dateLine: `İzmir, ${localDate('tr', s.signed)}`,
              greeting: `Sayın ${s.customer.contactName}, ${s.customer.name}`,
              paragraphs: p.slice(0, -1),
              closing: 'Saygılarımızla,',
              signer: [s.partner.person, `${s.partner.title}, ${s.partner.name}`],
              stamp: [s.partner.name.toUpperCase(), 'Alsancak / İzmir', 'Vergi No 1234567890'],
            }),
          ),
        ],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: 'The partner writes to the customer and signs beside its own stamp; the customer neither signs nor confirms (DOMAIN 1: documents without customer acknowledgement).',
      }),
    );
  }
  return out;
}

/* ───────────────────────── template ticks ───────────────────────── */

function tickClaims() {
  const out = [];
  for (const variant of ['checkx', 'si']) {
    const s =
      variant === 'checkx'
        ? story('es-ES', 'andaluza', 'iberia', { products: ['Microsoft Intune'], claimed: ['Microsoft Intune', 'Exchange Online'] })
        : story('es-ES', 'andaluza', 'iberia', { products: ['Microsoft Intune', 'Exchange Online'], signed: '2026-09-21' });
    const p = paras(s);
    const rows =
      variant === 'checkx'
        ? [
            ['Carga de trabajo', 'En alcance', 'Usuarios'],
            ['Microsoft Intune', '✓', String(s.users)],
            ['Exchange Online', 'X', ''],
            ['Microsoft Teams', 'X', ''],
            ['SharePoint Online', 'X', ''],
          ]
        : [
            ['Carga de trabajo', '¿Entregado?', 'Usuarios'],
            ['Microsoft Intune', 'Sí', String(s.users)],
            ['Exchange Online', 'Sí', String(s.users)],
            ['Microsoft Teams', 'No', ''],
            ['Microsoft Defender for Endpoint', 'No', ''],
          ];
    out.push(
      claim({
        title:
          variant === 'checkx'
            ? 'POE template (es) whose scope column reads "✓" for Intune and "X" for the claimed Exchange Online and two others'
            : 'POE template (es) with a "¿Entregado?" column "Sí"/"No": both claimed rows "Sí"',
        lang: 'es',
        s,
        layout: 'templatePdf',
        classes: [2],
        docs: [
          pdf('plantilla-POE-firmada.pdf', () =>
            reportPdf({
              title: 'Plantilla de prueba de ejecución (POE)',
              author: s.partner.person,
              parts: [
                { p: `Socio: ${s.partner.name}   ·   Cliente: ${s.customer.name}`, bold: true },
                { grid: rows, widths: [3, 1.2, 1.2] },
                ...p.map((x) => ({ p: x })),
                { h: 'Firma del cliente' },
                {
                  sign: {
                    ink: 17,
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
        expect: variant === 'checkx' ? defect({ workloads: ['fail', 'review'] }) : VALID,
        why:
          variant === 'checkx'
            ? 'In a column that marks in-scope rows "✓", the "X" on the other rows stands against the tick (not in scope); Exchange Online is claimed but only its X row names it, the described work does not (DOMAIN 4). "X" alone could mean a cross in a box, so a reviewer accepts "review"; never a pass.'
            : 'Both claimed workloads are "Sí" in the delivered column and described; signed and dated by the customer contact (DOMAIN 1, 4, 5).',
      }),
    );
  }
  return out;
}

/* ───────────────────────── row-spanning product cells ───────────────────────── */

function spanClaims() {
  const out = [];
  {
    const s = story('en-AU', 'banksia', 'pacific', {
      products: ['Microsoft Defender for Endpoint', 'Microsoft Intune'],
      signed: '2026-09-18',
    });
    const p = paras({ ...s, lang: 'en' });
    out.push(
      claim({
        title:
          '.docx delivery report (en-AU): each product cell spans its activity rows (vertical merge), "Delivered" per row; the customer confirms by email',
        lang: 'en',
        s,
        layout: 'docx',
        classes: [1, 2],
        docs: [
          {
            name: 'Delivery-Report.docx',
            type: DOCX,
            build: () =>
              docxRich({
                meta: { author: s.partner.person, title: 'Delivery Report' },
                blocks: [
                  { p: 'Delivery Report', bold: true },
                  { p: `Prepared by ${s.partner.name} for ${s.customer.name}` },
                  ...p.slice(0, 2).map((x) => ({ p: x })),
                  {
                    table: [
                      ['Product', 'Activity', 'Devices / users', 'Delivered'],
                      [
                        { span: 'restart', text: 'Microsoft Defender for Endpoint' },
                        'Onboarding via Intune policy',
                        `${s.devices} devices`,
                        'Yes',
                      ],
                      [{ span: 'continue' }, 'Attack surface reduction rules in block mode', `${s.devices} devices`, 'Yes'],
                      [{ span: 'continue' }, 'EDR alert triage runbook with the service desk', '6 analysts', 'Yes'],
                      [
                        { span: 'restart', text: 'Microsoft Intune' },
                        'Autopilot enrolment of Windows laptops',
                        `${s.devices} devices`,
                        'Yes',
                      ],
                      [{ span: 'continue' }, 'Compliance and configuration profiles', `${s.users} users`, 'Yes'],
                      [{ span: 'restart', text: 'Microsoft Sentinel' }, 'Workspace and connectors (phase 2)', '—', 'No'],
                    ],
                  },
                  ...p.slice(4).map((x) => ({ p: x })),
                ],
              }),
          },
          confirmMail(
            s,
            `Hi ${s.partner.person.split(' ')[0]},\n\nConfirming the Defender for Endpoint and Intune work in the delivery report is complete and accepted by ${s.customer.name}.\n\nCheers,\n${s.customer.contactName}\n${s.customer.contactTitle}`,
          ),
        ],
        expect: VALID,
        why: 'Both claimed products are on rows marked "Delivered: Yes" (their cells span the activity rows) and described in detail; the customer contact confirms by email from the customer domain (DOMAIN 1, 3, 4).',
      }),
    );
  }
  {
    const s = story('en-GB', 'harbour', 'thames', {
      products: ['Microsoft Intune', 'Microsoft Teams'],
      describe: ['Microsoft Intune'],
      signed: '2026-09-17',
    });
    const p = paras(s);
    out.push(
      claim({
        title: 'PDF scope table (en-GB): the claimed Microsoft Teams cell spans two activity rows, both "Not in scope"',
        lang: 'en',
        s,
        layout: 'spanTablePdf',
        classes: [2],
        docs: [
          pdf('Completion-Certificate.pdf', () =>
            spanReportPdf({
              title: 'Completion Certificate',
              author: s.partner.person,
              before: [`${s.partner.name} · ${s.customer.name}`, ...p.slice(0, 2)],
              head: ['Workload', 'Activity', 'Users', 'Status'],
              groups: [
                {
                  product: 'Microsoft Intune',
                  rows: [
                    ['Autopilot and enrolment', String(s.devices), 'In scope'],
                    ['Compliance policies', String(s.users), 'In scope'],
                  ],
                },
                {
                  product: 'Microsoft Teams',
                  rows: [
                    ['Teams Phone migration', '', 'Not in scope'],
                    ['Teams Rooms', '', 'Not in scope'],
                  ],
                },
              ],
              widths: [2, 3, 1, 1.4],
              after: p.slice(3),
              signLines: [
                `Accepted for ${s.customer.name}: ${s.customer.contactName}, ${s.customer.contactTitle}`,
                `Date: ${localDate('en-GB', s.signed, 'gb')}`,
              ],
              ink: 23,
            }),
          ),
        ],
        expect: defect({ workloads: 'fail' }),
        why: 'Microsoft Teams is claimed but its (row-spanning) cell sits on rows marked "Not in scope", and the described work is Intune only (DOMAIN 4).',
      }),
    );
  }
  return out;
}

/* ───────────────────────── Office files ───────────────────────── */

function officeClaims() {
  const out = [];
  for (const withMail of [false, true]) {
    const s = withMail
      ? story('en-IE', 'dublin', 'thames', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'], signed: '2026-09-22' })
      : story('nl-NL', 'schelde', 'dijk', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'] });
    const p = paras(withMail ? { ...s, lang: 'en' } : s);
    const footer = withMail
      ? [`Accepted by ${s.customer.name} — see confirmation email of ${dateIn('en-IE', s.signed)}`, `${s.partner.name} · Confidential`]
      : [
          `Voor akkoord ${s.customer.name}: ${s.customer.contactName}, ${s.customer.contactTitle} — ${localDate('nl', s.signed)}`,
          `${s.partner.name} · Vertrouwelijk`,
        ];
    out.push(
      claim({
        title: withMail
          ? '.docx (en-IE) whose acceptance line is in the page footer; the customer confirms by email'
          : '.docx (nl) whose only acceptance is a typed "Voor akkoord" line with the customer\'s name in the page footer',
        lang: withMail ? 'en' : 'nl',
        s,
        layout: 'docx',
        classes: withMail ? [1] : [1, 4],
        docs: [
          {
            name: withMail ? 'Engagement-Summary.docx' : 'Opleverdocument.docx',
            type: DOCX,
            build: () =>
              docxRich({
                meta: { author: s.partner.person, title: withMail ? 'Engagement Summary' : 'Opleverdocument' },
                blocks: [
                  { p: withMail ? 'Engagement Summary' : 'Opleverdocument', bold: true },
                  { p: `${s.partner.name}` },
                  ...p.map((x) => ({ p: x })),
                ],
                footer,
              }),
          },
          ...(withMail
            ? [
                confirmMail(
                  s,
                  `Hi ${s.partner.person.split(' ')[0]},\n\nI confirm the endpoint project in the engagement summary (Intune and Defender for Endpoint, ${s.devices} devices) was delivered by ${s.partner.name} and we accept it.\n\nRegards,\n${s.customer.contactName}`,
                ),
              ]
            : []),
        ],
        expect: withMail ? VALID : defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }),
        why: withMail
          ? 'The customer is named in the footer and the email; the contact confirms the detailed work from the customer domain (DOMAIN 1, 2, 3).'
          : 'A typed name in the footer of an editable Word file the partner wrote is not a signature nor an acknowledgement the customer gave (DOMAIN 1: documents without customer acknowledgement); "review" is acceptable, a pass is not.',
      }),
    );
  }
  for (const cancelled of [true, false]) {
    const s = cancelled
      ? story('sv-SE', 'malmo', 'nordlys', {
          products: ['Microsoft Intune', 'Microsoft Teams'],
          describe: ['Microsoft Intune'],
          signed: '2026-09-19',
        })
      : story('en-GB', 'brighton', 'thames', { products: ['Exchange Online', 'Microsoft Teams'], signed: '2026-09-19' });
    const p = paras(s);
    const rows = [
      ['Workload', 'Users', 'Start', 'End', 'Status'],
      ...(cancelled
        ? [
            ['Microsoft Intune', s.users, '2026-05-18', '2026-09-10', 'Completed'],
            ['Microsoft Teams', s.users, '2026-06-01', '', 'Cancelled'],
          ]
        : [
            ['Exchange Online', s.users, '2026-05-18', '2026-08-02', 'Completed'],
            ['Microsoft Teams', s.users, '2026-06-01', '2026-09-10', 'Completed'],
            ['Microsoft Teams Rooms', 12, '2026-07-01', '', 'Cancelled'],
          ]),
    ];
    out.push(
      claim({
        title: cancelled
          ? '.xlsx (sv customer) one row per workload with Status "Completed"/"Cancelled": the claimed Microsoft Teams row "Cancelled"'
          : '.xlsx (en-GB) one row per workload, both claimed rows "Completed" (a third, unclaimed row "Cancelled")',
        lang: cancelled ? 'sv' : 'en',
        s,
        layout: 'xlsx',
        classes: [2],
        docs: [
          {
            name: cancelled ? 'leveransstatus.xlsx' : 'Workload-Tracker.xlsx',
            type: XLSX,
            build: () =>
              xlsxWorkbook(
                [
                  { name: 'Workloads', rows },
                  { name: 'Notes', rows: [['Partner', s.partner.name], ['Customer', s.customer.name], [], ...p.map((x) => [x])] },
                ],
                { author: s.partner.person },
              ),
          },
          confirmMail(
            s,
            cancelled
              ? `Hej ${s.partner.person.split(' ')[0]},\n\njag bekräftar att Intune-projektet i bifogad sammanställning är levererat och godkänt.\n\nMvh\n${s.customer.contactName}`
              : `Hi ${s.partner.person.split(' ')[0]},\n\nI confirm the Exchange Online and Teams work in the tracker is complete and accepted.\n\nBest,\n${s.customer.contactName}`,
          ),
        ],
        expect: cancelled ? defect({ workloads: 'fail' }) : VALID,
        why: cancelled
          ? 'Microsoft Teams is claimed but its row says "Cancelled" and the notes describe Intune only (DOMAIN 4: a product on a row not delivered is not linked).'
          : 'Both claimed workloads are "Completed" and described in the notes; the customer confirms by email (DOMAIN 1, 3, 4).',
      }),
    );
  }
  return out;
}

/* ───────────────────────── e-signature logs ───────────────────────── */

/** Envelope events: created/sent by the partner, viewed/signed by the customer on `day`, partner countersigns. */
function events(s, day, { customer = 'signed', partnerFirst = false } = {}) {
  const at = (off, t) => `${new Date(Date.parse(`${day}T00:00:00Z`) + off * 86400000).toISOString().slice(0, 10)}T${t}Z`;
  const P = { name: s.partner.person, email: s.partner.personEmail };
  const C = { name: s.customer.contactName, email: s.customer.contactEmail };
  const ev = [
    { action: 'created', ...P, at: at(-2, '07:40:12') },
    { action: 'sent', ...C, at: at(-2, '07:41:03') },
  ];
  if (partnerFirst) ev.push({ action: 'signed', ...P, at: at(-2, '07:44:51') });
  if (customer === 'signed') {
    ev.push({ action: 'viewed', ...C, at: at(0, '08:55:40') }, { action: 'signed', ...C, at: at(0, '09:03:11') });
    if (!partnerFirst) ev.push({ action: 'signed', ...P, at: at(0, '13:30:05') });
    ev.push({ action: 'completed', ...P, at: at(0, '13:30:06') });
  } else ev.push({ action: 'pending', ...C, at: at(0, '00:00:00') });
  return ev;
}

function trailClaims() {
  const out = [];
  const act = {
    en: {
      created: 'Document created',
      sent: 'Invitation emailed',
      viewed: 'Opened',
      signed: 'Signed',
      pending: 'Awaiting signature',
      completed: 'Envelope completed',
    },
    sv: {
      created: 'Dokument skapat',
      sent: 'Inbjudan skickad',
      viewed: 'Öppnat',
      signed: 'Signerat med BankID',
      pending: 'Väntar på signering',
      completed: 'Alla parter har signerat',
    },
    pl: {
      created: 'Utworzono dokument',
      sent: 'Wysłano zaproszenie',
      viewed: 'Otwarto',
      signed: 'Podpisano',
      pending: 'Oczekuje na podpis',
      completed: 'Zakończono',
    },
  };
  // 1. Year-first with slashes and JST (a Japanese vendor's English certificate).
  {
    const s = story('en-JP', 'kiso', 'sakura', { products: ['Microsoft Intune', 'Microsoft Entra ID P1'], signed: '2026-09-24' });
    const p = paras({ ...s, lang: 'en' });
    const ev = events(s, s.signed);
    const when = (at) => `${at.slice(0, 10).replace(/-/g, '/')} ${at.slice(11, 19)} JST`;
    out.push(
      claim({
        title:
          'acceptance e-signed through a Japanese vendor: certificate in English, event log "2026/09/24 09:03:11 JST", signer panel stamps',
        lang: 'en',
        s,
        vendor: 'kumosign',
        layout: 'esignLogPdf',
        classes: [3, 6],
        docs: [
          pdf('Acceptance-Certificate-signed.pdf', () =>
            esignedPdf({
              title: 'Acceptance Certificate',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} / ${s.customer.name}`, ...p],
              stamps: [
                {
                  heading: `For ${s.customer.name}`,
                  lines: [
                    `KumoSign: signed by ${s.customer.contactName}`,
                    when(ev.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail).at),
                  ],
                  fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`],
                },
                {
                  heading: `For ${s.partner.name}`,
                  lines: [`KumoSign: signed by ${s.partner.person}`, when(ev.filter((e) => e.action === 'signed').at(-1).at)],
                  fields: [`${s.partner.person}, ${s.partner.title}`],
                },
              ],
              log: {
                heading: 'KumoSign Certificate of Signing',
                meta: ['Document: Acceptance Certificate', 'Request No.: KS-2026-0924-5561', 'Time zone: Japan Standard Time (UTC+09:00)'],
                head: ['Date and time', 'Name', 'Email', 'Event'],
                events: ev,
                when,
                action: act.en,
              },
            }),
          ),
        ],
        expect: VALID,
        why: 'The log shows the customer contact (customer domain) signing on 2026/09/24; the work is detailed (DOMAIN 1, 3, 5).',
      }),
    );
  }
  // 2. Swedish vendor: "2026-09-14 kl. 09:03".
  {
    const s = story('sv-SE', 'norrsken', 'nordlys', {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2026-09-14',
    });
    const ev = events(s, s.signed);
    const when = (at) => `${at.slice(0, 10)} kl. ${at.slice(11, 16)}`;
    out.push(
      claim({
        title: 'Swedish acceptance signed with BankID through a Swedish vendor: log "2026-09-14 kl. 09:03", actions in Swedish',
        lang: 'sv',
        s,
        vendor: 'signeranu',
        layout: 'esignLogPdf',
        classes: [3, 6],
        docs: [
          pdf('leveransgodkannande-signerat.pdf', () =>
            esignedPdf({
              title: 'Leveransgodkännande',
              author: s.partner.person,
              paragraphs: [`Leverantör: ${s.partner.name} · Kund: ${s.customer.name}`, ...paras(s)],
              stamps: [
                {
                  heading: `Kund: ${s.customer.name}`,
                  lines: [`Signerat med BankID av ${s.customer.contactName}`, when(ev.find((e) => e.action === 'signed').at)],
                  fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`],
                },
                {
                  heading: `Leverantör: ${s.partner.name}`,
                  lines: [`Signerat med BankID av ${s.partner.person}`, when(ev.filter((e) => e.action === 'signed').at(-1).at)],
                  fields: [`${s.partner.person}, ${s.partner.title}`],
                },
              ],
              log: {
                heading: 'Verifikat – SigneraNu',
                meta: ['Dokument: Leveransgodkännande', 'Verifikat-ID: SN-7Q2K-88D1', 'Tidszon: Europe/Stockholm'],
                head: ['Tidpunkt', 'Namn', 'E-post', 'Händelse'],
                events: ev,
                when,
                action: act.sv,
              },
            }),
          ),
        ],
        expect: VALID,
        why: 'The customer contact signed with BankID on 2026-09-14 (signer panel and log); detailed Swedish description (DOMAIN 1, 3, 5).',
      }),
    );
  }
  // 3. "15-Oct-2025 09:03 AM GMT", submitted 2026-10-20: five days past the 12 months.
  {
    const s = story('en-GB', 'brighton', 'thames', {
      products: ['Exchange Online', 'Microsoft Teams'],
      signed: '2025-10-15',
      submittedAt: '2026-10-20',
    });
    const ev = events(s, s.signed);
    const when = (at) => {
      const [y, m, d] = ymd(at);
      const h = Number(at.slice(11, 13));
      return `${pad(d)}-${EN_ABBR[m - 1]}-${y} ${pad(h % 12 || 12)}:${at.slice(14, 16)} ${h < 12 ? 'AM' : 'PM'} GMT`;
    };
    out.push(
      claim({
        title: 'e-signature log "15-Oct-2025 09:03 AM GMT" (customer signed), claim submitted 2026-10-20: five days older than 12 months',
        lang: 'en',
        s,
        vendor: 'quillsign',
        layout: 'esignLogPdf',
        classes: [3, 5],
        docs: [
          pdf('SOW-signed.pdf', () =>
            esignedPdf({
              title: 'Statement of Work – Modern Collaboration',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} and ${s.customer.name}`, ...paras(s)],
              stamps: [
                {
                  heading: `Signed for ${s.customer.name}`,
                  lines: [`QuillSign · ${s.customer.contactName}`, when(ev.find((e) => e.action === 'signed').at)],
                  fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`],
                },
              ],
              log: {
                heading: 'QuillSign Audit Log',
                meta: ['Document: Statement of Work – Modern Collaboration', 'Audit ID: QS-5510-AX-2291', 'All times GMT'],
                head: ['Timestamp', 'User', 'Email', 'Action'],
                events: ev,
                when,
                action: act.en,
              },
            }),
          ),
        ],
        expect: defect({ dates: 'fail' }),
        why: 'The customer signed on 15 October 2025, more than 12 months before the 2026-10-20 submission, and nothing more recent acknowledges the work (DOMAIN 5).',
      }),
    );
  }
  // 4. Polish vendor: the partner signed, the customer still "Oczekuje na podpis".
  {
    const s = story('pl-PL', 'gorny', 'baltyk', {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2026-09-14',
    });
    const ev = events(s, s.signed, { customer: 'pending', partnerFirst: true });
    const when = (at) => `${at.slice(8, 10)}.${at.slice(5, 7)}.${at.slice(0, 4)}, ${at.slice(11, 19)}`;
    out.push(
      claim({
        title: 'Polish e-signature log: the partner signed, the customer\'s row "Oczekuje na podpis" (pending)',
        lang: 'pl',
        s,
        vendor: 'podpiszto',
        layout: 'esignLogPdf',
        classes: [3, 4],
        docs: [
          pdf('protokol-odbioru.pdf', () =>
            esignedPdf({
              title: 'Protokół odbioru prac',
              author: s.partner.person,
              paragraphs: [`Wykonawca: ${s.partner.name} · Zamawiający: ${s.customer.name}`, ...paras(s)],
              stamps: [
                {
                  heading: `Zamawiający: ${s.customer.name}`,
                  lines: [],
                  fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`, 'Data: ...................'],
                },
                {
                  heading: `Wykonawca: ${s.partner.name}`,
                  lines: [`Podpisano elektronicznie: ${s.partner.person}`, when(ev.find((e) => e.action === 'signed').at)],
                  fields: [`${s.partner.person}, ${s.partner.title}`],
                },
              ],
              log: {
                heading: 'Raport podpisów – PodpiszTo',
                meta: ['Dokument: Protokół odbioru prac', 'Identyfikator: PT-2026-44718', 'Status: w toku'],
                head: ['Data i godzina', 'Osoba', 'E-mail', 'Zdarzenie'],
                events: ev.map((e) => (e.action === 'pending' ? { ...e } : e)),
                when: (at) => (at.endsWith('T00:00:00Z') ? '—' : when(at)),
                action: act.pl,
              },
            }),
          ),
        ],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: "Only the partner signed; the customer's signature is pending and its block is empty (DOMAIN 1; issue class 4).",
      }),
    );
  }
  // 5. A trail declaring day-first ("DD.MM.YYYY") for a US customer: 10.11.2025 is 10 November 2025, current.
  {
    const s = story('en-US', 'cascade', 'pacific', {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2025-11-10',
      submittedAt: '2026-10-20',
    });
    const ev = events(s, s.signed);
    const when = (at) => `${at.slice(8, 10)}.${at.slice(5, 7)}.${at.slice(0, 4)} ${at.slice(11, 19)} UTC`;
    out.push(
      claim({
        title: 'European vendor\'s log declaring "Date format: DD.MM.YYYY" for a US customer: 10.11.2025 is 10 November 2025 (current)',
        lang: 'en',
        s,
        vendor: 'alpsign',
        layout: 'esignLogPdf',
        classes: [5],
        docs: [
          pdf('Acceptance-signed.pdf', () =>
            esignedPdf({
              title: 'Project Acceptance',
              author: s.partner.person,
              paragraphs: [`${s.partner.name} · ${s.customer.name}`, ...paras({ ...s, locale: 'en-US', bodyDates: 'us' })],
              stamps: [
                {
                  heading: `Customer: ${s.customer.name}`,
                  lines: [`AlpSign – signed by ${s.customer.contactName}`, when(ev.find((e) => e.action === 'signed').at)],
                  fields: [`${s.customer.contactName}, ${s.customer.contactTitle}`],
                },
              ],
              log: {
                heading: 'AlpSign Signature Report',
                meta: ['Document: Project Acceptance', 'Report ID: AS-CH-20251110-771', 'Date format: DD.MM.YYYY, times in UTC'],
                head: ['Date / time', 'Signer', 'Email', 'Event'],
                events: ev,
                when,
                action: act.en,
              },
            }),
          ),
        ],
        expect: VALID,
        why: "The log declares DD.MM.YYYY: signed 10 November 2025, within 12 months of the 2026-10-20 submission; the declared format wins over the customer's country (DOMAIN 5; issue class 5). Read month-first it would be 11 October 2025, stale.",
      }),
    );
  }
  return out;
}

/* ───────────────────────── email threads ───────────────────────── */

function emailClaims() {
  const out = [];
  const detailed = (s) =>
    `Hej ${s.customer.contactName.split(' ')[0]},\n\nhär är en sammanfattning av leveransen:\n\n${paras(s, { accept: false }).join('\n\n')}\n\nVänliga hälsningar\n${s.partner.person}\n${s.partner.title}, ${s.partner.name}`;
  {
    const s = story('sv-SE', 'norrsken', 'nordlys', {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2026-09-25',
    });
    out.push(
      claim({
        title:
          'Swedish Outlook thread: the customer confirms the work ("Jag bekräftar …") on top of the partner\'s detailed summary (Från/Skickat/Till/Ämne)',
        lang: 'sv',
        s,
        layout: 'eml',
        classes: [9],
        docs: [
          eml('SV Leveranssammanfattning.eml', () =>
            outlookReply({
              s,
              top: `Hej ${s.partner.person.split(' ')[0]},\n\njag bekräftar att ${s.partner.name} har genomfört arbetet med Intune och Defender for Endpoint enligt sammanfattningen nedan. Vi godkänner leveransen.\n\nMed vänlig hälsning\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
              labels: ['Från', 'Skickat', 'Till', 'Ämne'],
              quotedDay: '2026-09-23',
              quotedText: detailed(s),
              subject: 'Leveranssammanfattning',
            }),
          ),
        ],
        expect: VALID,
        why: 'The customer contact (customer domain) confirms the work, and the detailed message it answers is quoted below (DOMAIN 1, 3; issue class 9).',
      }),
    );
  }
  {
    const s = story('pl-PL', 'wisla', 'baltyk', { products: ['Exchange Online', 'Microsoft Teams'], signed: '2026-09-25' });
    const quotedText = `Dzień dobry,\n\nponiżej podsumowanie projektu:\n\n${paras(s, { accept: false }).join('\n\n')}\n\nPozdrawiam\n${s.partner.person}`;
    out.push(
      claim({
        title: 'Polish courtesy reply ("Dzięki, dotarło. Miłego weekendu!") on top of the partner\'s detailed summary',
        lang: 'pl',
        s,
        layout: 'eml',
        classes: [9],
        docs: [
          eml('RE Podsumowanie projektu.eml', () =>
            outlookReply({
              s,
              top: `Dzięki, dotarło. Miłego weekendu!\n\n${s.customer.contactName}`,
              labels: ['Od', 'Wysłano', 'Do', 'Temat'],
              quotedDay: '2026-09-24',
              quotedText,
              subject: 'Podsumowanie projektu',
            }),
          ),
        ],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: 'A courtesy reply with no reference to the work does not acknowledge it (issue class 9; DOMAIN 1: partner emails the customer did not accept).',
      }),
    );
  }
  for (const kind of ['tld', 'subdomain']) {
    const s =
      kind === 'tld'
        ? story('nl-NL', 'schelde', 'dijk', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'], signed: '2026-09-26' })
        : story('en-US', 'cascade', 'pacific', { products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'], signed: '2026-09-26' });
    const local = s.customer.contactEmail.split('@')[0];
    const from =
      kind === 'tld'
        ? `${s.customer.contactName} <${local}@scheldescheepvaart.com>`
        : `${s.customer.contactName} <${local}@it.cascadeoutdoor.com>`;
    const lang = kind === 'tld' ? 'nl' : 'en';
    const quotedText = `${paras(s, { accept: false }).join('\n\n')}\n\n${s.partner.person}`;
    out.push(
      claim({
        title:
          kind === 'tld'
            ? "confirmation (nl) from the customer's name under another top-level domain (scheldescheepvaart.com for scheldescheepvaart.nl)"
            : "confirmation from a subdomain of the customer's domain (it.cascadeoutdoor.com for cascadeoutdoor.com)",
        lang,
        s,
        layout: 'eml',
        classes: [9],
        docs: [
          eml('RE Oplevering.eml', () =>
            emlMessage({
              headers: {
                From: from,
                To: `${s.partner.person} <${s.partner.personEmail}>`,
                Subject: kind === 'tld' ? 'RE: Oplevering endpointproject' : 'RE: Endpoint project handover',
                Date: rfc(s.signed),
              },
              body:
                kind === 'tld'
                  ? `Hallo ${s.partner.person.split(' ')[0]},\n\nhierbij bevestig ik dat ${s.partner.name} het Intune- en Defender for Endpoint-project zoals hieronder beschreven heeft opgeleverd. Akkoord.\n\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}\n\nVan: ${s.partner.person} <${s.partner.personEmail}>\nVerzonden: ${localDate('nl', '2026-09-24')}\n\n${quotedText}`
                  : `Hi ${s.partner.person.split(' ')[0]},\n\nI confirm ${s.partner.name} delivered the Intune and Defender for Endpoint project described below; we accept it.\n\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}\n\nFrom: ${s.partner.person} <${s.partner.personEmail}>\nSent: Thursday, September 24, 2026 4:20 PM\n\n${quotedText}`,
            }),
          ),
        ],
        expect: kind === 'tld' ? defect({ signature: ['fail', 'review'], dates: NO_ACK_DATE }) : VALID,
        why:
          kind === 'tld'
            ? 'The customer\'s domain is scheldescheepvaart.nl; a message from scheldescheepvaart.com is not from the customer\'s domain (DOMAIN 1: "the customer domain is correct"; issue class 9). It may be theirs, so "review" is acceptable; never a pass.'
            : "it.cascadeoutdoor.com is a subdomain of the customer's domain cascadeoutdoor.com: the contact confirms the detailed work (DOMAIN 1, 3).",
      }),
    );
  }
  return out;
}

/* ───────────────────────── commercial documents ───────────────────────── */

function commercialClaims() {
  const out = [];
  {
    const s = story('pt-BR', 'serra', 'nuvem', { products: ['Microsoft 365 Apps', 'Exchange Online'], signed: '2026-09-20' });
    out.push(
      claim({
        title: 'pt-BR "Proposta Comercial" (price table of licences and services), countersigned "De acordo" by the customer',
        lang: 'pt',
        s,
        layout: 'quotePdf',
        classes: [8],
        docs: [
          pdf('proposta-assinada.pdf', () =>
            reportPdf({
              title: `Proposta Comercial nº 2026-118 – ${s.customer.name}`,
              author: s.partner.person,
              parts: [
                { p: `Prezados, segue a proposta da ${s.partner.name} para licenciamento e serviços de migração.` },
                {
                  grid: [
                    ['Código', 'Descrição', 'Qtd.', 'Valor unit. (R$)', 'Total (R$)'],
                    ['CFQ7TTC0LF8R', 'Microsoft 365 Apps for business (anual)', '450', '62,40', '28.080,00'],
                    ['CFQ7TTC0LH16', 'Exchange Online (Plan 1) (anual)', '450', '24,90', '11.205,00'],
                    ['SRV-MIG-EXO', 'Serviço de migração de caixas postais', '1', '18.500,00', '18.500,00'],
                  ],
                  widths: [1.6, 3.4, 0.7, 1.3, 1.3],
                },
                { p: 'Total: R$ 57.785,00 · Validade da proposta: 30 dias · Pagamento: 30 dias da nota fiscal.', bold: true },
                { h: 'De acordo' },
                {
                  sign: {
                    ink: 29,
                    lines: [
                      `${s.customer.contactName} – ${s.customer.contactTitle}, ${s.customer.name}`,
                      `Data: ${localDate('pt', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ signature: null, dates: null, workloads: null, 'activity-detail': ['fail', 'review'], 'document-type': 'fail' }),
        why: 'A commercial proposal (price table, validity, payment terms) stays a quote when the customer signs "De acordo": not POE on its own (DOMAIN: pricing quotes; issue class 8).',
      }),
    );
  }
  {
    const s = story('en-JP', 'hokkai', 'sakura', {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2026-09-20',
    });
    out.push(
      claim({
        title: ".xlsx order form (SKUs, quantities, unit prices) with the customer's typed acceptance, no description of work",
        lang: 'en',
        s,
        layout: 'xlsx',
        classes: [8],
        docs: [
          {
            name: 'Order-Form.xlsx',
            type: XLSX,
            build: () =>
              xlsxWorkbook(
                [
                  {
                    name: 'Order Form',
                    rows: [
                      ['ORDER FORM', 'No. OF-2026-0917'],
                      ['Supplier', s.partner.name],
                      ['Customer', s.customer.name],
                      [],
                      ['SKU', 'Product', 'Quantity', 'Unit price (JPY)', 'Amount (JPY)'],
                      ['CFQ7TTC0LFLZ', 'Microsoft Intune Plan 1 (annual)', 1130, 1090, 1231700],
                      ['CFQ7TTC0LFK5', 'Microsoft Defender for Endpoint P2 (annual)', 1130, 785, 887050],
                      [],
                      ['Total (excl. tax)', '', '', '', 2118750],
                      ['Customer acceptance', `${s.customer.contactName}, ${s.customer.contactTitle}`],
                      ['Date', '2026/09/20'],
                    ],
                  },
                ],
                { author: s.partner.person },
              ),
          },
        ],
        expect: defect({
          signature: null,
          names: 'pass',
          dates: null,
          workloads: null,
          'activity-detail': ['fail', 'review'],
          'document-type': 'fail',
        }),
        why: 'An order form of SKUs, quantities and prices is a transactional licensing document, not POE (DOMAIN: "transactional licensing contracts, pricing quotes, purchase orders"; issue class 8); no activity is described.',
      }),
    );
  }
  return out;
}

/* ───────────────────────── sector and the 12-month edge ───────────────────────── */

function factsClaims() {
  const out = [];
  {
    const s = story('en-US', 'healthway', 'pacific', {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2026-09-15',
    });
    out.push(
      claim({
        title: 'US freight company called "Healthway" (claim sector: commercial), ink-signed acceptance: public sector n/a',
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [10],
        docs: [
          pdf('Acceptance-Healthway.pdf', () =>
            reportPdf({
              title: 'Service Acceptance',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
                ...paras({ ...s, bodyDates: 'us' }).map((p) => ({ p })),
                { h: `Accepted for ${s.customer.name}` },
                {
                  sign: {
                    ink: 33,
                    lines: [
                      `Name: ${s.customer.contactName}`,
                      `Title: ${s.customer.contactTitle}`,
                      `Date: ${localDate('en-US', s.signed, 'us')}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: VALID,
        why: 'The claim says sector "commercial"; "Health" in a freight company\'s name does not make it public sector (issue class 10), so public-sector is n/a; the rest is a valid signed POE.',
      }),
    );
  }
  {
    const s = story('sv-SE', 'lulea', 'nordlys', {
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      signed: '2026-09-15',
      customer: { sector: 'government' },
    });
    out.push(
      claim({
        title:
          'Swedish municipality (claim sector: government), MW&S usage, signed Swedish acceptance: Sweden is not a disclosure country and the ineligibility list is empty',
        lang: 'sv',
        s,
        layout: 'reportPdf',
        classes: [10],
        docs: [
          pdf('leveransgodkannande.pdf', () =>
            reportPdf({
              title: 'Leveransgodkännande',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
                ...paras(s).map((p) => ({ p })),
                { h: `För ${s.customer.name}` },
                {
                  sign: {
                    ink: 35,
                    lines: [
                      `Namn: ${s.customer.contactName}`,
                      `Befattning: ${s.customer.contactTitle}`,
                      `Datum: ${dateIn('sv', s.signed)}`,
                    ],
                  },
                },
              ],
            }),
          ),
        ],
        expect: defect({ 'public-sector': 'review' }),
        why: "Public sector (government, from the claim's facts) outside the disclosure countries: the ruleset's ineligibility list is empty, so the ruleset says review (resources/rulesets/README.md); the rest is valid.",
      }),
    );
  }
  for (const [signed, inside] of [
    ['2025-10-22', true],
    ['2025-10-19', false],
  ]) {
    const s = story('en-IE', 'dublin', 'thames', {
      products: ['Microsoft Teams', 'SharePoint Online'],
      signed,
      submittedAt: '2026-10-20',
      createdAt: '2026-10-18',
    });
    out.push(
      claim({
        title: `ink-signed acceptance dated "${dateIn('en-IE', signed, 'long')}", submitted 20 October 2026: ${inside ? 'two days inside' : 'one day outside'} the 12 months`,
        lang: 'en',
        s,
        layout: 'reportPdf',
        classes: [5, 7],
        docs: [
          pdf('Acceptance.pdf', () =>
            reportPdf({
              title: 'Acceptance of Services',
              author: s.partner.person,
              parts: [
                { p: `${s.partner.name} · ${s.customer.name}`, bold: true },
                ...paras({ ...s, locale: 'en-GB', lang: 'en' }).map((p) => ({ p })),
                { h: `Signed on behalf of ${s.customer.name}` },
                {
                  sign: {
                    ink: 37,
                    lines: [`${s.customer.contactName}, ${s.customer.contactTitle}`, `Signed this ${dateIn('en-IE', signed, 'long')}`],
                  },
                },
              ],
            }),
          ),
        ],
        expect: inside ? VALID : defect({ dates: 'fail' }),
        why: inside
          ? 'Signed 22 October 2025; the claim was submitted 20 October 2026: within 12 months (DOMAIN 5).'
          : 'Signed 19 October 2025; submitted 20 October 2026: more than 12 months, and nothing more recent (DOMAIN 5).',
      }),
    );
  }
  return out;
}

export const PROBE_GROUPS = [
  slideClaims,
  bilingualClaims,
  stampClaims,
  tickClaims,
  spanClaims,
  officeClaims,
  trailClaims,
  emailClaims,
  commercialClaims,
  factsClaims,
];

/** The probe claims, numbered PR001…. */
export function probeClaims() {
  return numberProbe(PROBE_GROUPS.flatMap((g) => g()));
}
