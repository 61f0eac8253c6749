import { commercialPdf, formPdf, letterPdf, slidesPdf, templatePdf, wrappedTablePdf } from './pdf-layouts.mjs';
import { PHRASES, detailedBody, legalDate, writtenDate } from './phrases.mjs';
import { envelope, numberClaims, story } from './stories.mjs';

/**
 * The claims of the evaluation set and, beside each, what a careful reviewer concludes from
 * ../shared/DOMAIN.md and QUEUE-FORMAT.md: the status of every check and the suggested decision.
 * These expectations were written from the rules before the engine ran on the documents; one is
 * changed only with a written reason beside it.
 *
 * An expectation is a status, or a list of statuses when the rules allow either (the reason is
 * given). `null` means the rules do not decide that check for this claim: it is not counted.
 * `ocr: true` marks claims whose documents are scans without a text layer: the expectation is
 * what the scan shows once read; until OCR lands the engine says "review" on them.
 */

/** A valid claim's expectations: everything passes, a commercial customer's sector rule is n/a. */
export const VALID = {
  signature: 'pass',
  names: 'pass',
  dates: 'pass',
  workloads: 'pass',
  'public-sector': 'n/a',
  'activity-detail': 'pass',
  'document-type': 'pass',
  decision: 'approve',
};
/** A defect: the named checks fail, the rest as in a valid claim, the decision "action required". */
const defect = (over) => ({ ...VALID, decision: 'action-required', ...over });
/** No customer acknowledgement: its date cannot be current (fail) or cannot be found (review). */
const NO_ACK_DATE = ['fail', 'review'];

const pdf = (name, build) => ({ name, type: 'application/pdf', build });

/** One claim; its id and document paths are given when the whole set is numbered (`numberTuned`). */
function claim(spec) {
  return { vendor: null, classes: [], ocr: false, ...spec };
}

/** Numbers the claims EV001... in order and builds their queue.json entries (paths `<claimId>/<name>`). */
export const numberTuned = (list) => numberClaims('EV', null, list);

const uuid = (n) => {
  const h = (k) => ((n * 2654435761 + k * 40503) >>> 0).toString(16).padStart(8, '0');
  return `${h(1)}-${h(2).slice(0, 4)}-${h(3).slice(0, 4)}-${h(4).slice(0, 4)}-${h(5)}${h(6).slice(0, 4)}`;
};

/** Valid claims signed through each e-signature vendor (class 3: any vendor; class 6: the date attached to the signature). */
function vendorClaims() {
  const plan = [
    ['docusign', 'en', 1, letterPdf, 'us'],
    ['adobe', 'it', 0, formPdf, 'numeric'],
    ['dropboxsign', 'nl', 0, letterPdf, 'none'],
    ['pandadoc', 'en', 2, wrappedTablePdf, 'written'],
    ['signnow', 'en', 3, slidesPdf, 'none'],
    ['yousign', 'fr', 0, letterPdf, 'written'],
    ['zoho', 'en', 5, formPdf, 'none'],
    ['skribble', 'de', 2, letterPdf, 'none'],
    ['scrive', 'sv', 0, letterPdf, 'none'],
    ['penneo', 'da', 0, formPdf, 'numeric'],
    ['onespan', 'en', 0, letterPdf, 'none'],
    ['signaturit', 'es', 0, wrappedTablePdf, 'written'],
    ['clicksign', 'pt', 0, letterPdf, 'none'],
    ['autenti', 'pl', 0, formPdf, 'numeric'],
  ];
  return plan.map(([vendor, lang, i, build, dateStyle], k) => {
    const s = story(lang, i + k, { signed: `2026-0${(k % 6) + 3}-${String(10 + k).padStart(2, '0')}` });
    const sign = { vendor, envelope: envelope(uuid(k + 1), PHRASES[lang].title, s, s.signed), customerDate: s.signed, dateStyle };
    return claim({
      title: `${vendor} certificate, ${lang}, ${build.name}`,
      lang,
      s,
      vendor,
      layout: build.name,
      classes: dateStyle === 'none' ? [3, 6] : [3],
      docs: [pdf(`${vendor}-signed.pdf`, () => build({ lang, s, sign }))],
      expect: VALID,
      why: 'Detailed POE signed by the customer contact through an e-signature service with a certificate/audit trail (DOMAIN 1, 5); the signing date is the one in the signer panel and trail.',
    });
  });
}

/** Class 5: vendors' trails are month-first whatever the customer's country; the trail's format wins. */
function trailDateClaims() {
  const plan = [
    {
      lang: 'de',
      i: 0,
      days: { signed: '2025-11-02', submittedAt: '2026-10-20', createdAt: '2026-10-18' },
      vendor: 'docusign',
      envelope: [31, 'Abnahmeerklärung'],
      file: 'Abnahme-signiert.pdf',
      title: 'DocuSign trail 11/2/2025 for a German customer (month-first: 2 Nov 2025, current)',
      classes: [5, 6],
      expect: VALID,
      why: 'DocuSign prints month-first; 11/2/2025 is 2 November 2025, within 12 months of the 2026-10-20 submission (read day-first it would be stale).',
    },
    {
      lang: 'fr',
      i: 1,
      days: { signed: '2025-11-03', submittedAt: '2026-10-25', createdAt: '2026-10-22' },
      vendor: 'dropboxsign',
      envelope: [32, 'Procès-verbal de réception'],
      file: 'PV-reception-signe.pdf',
      title: 'Dropbox Sign trail "11 / 03 / 2025" (declared MM / DD / YYYY) for a French customer',
      classes: [5, 6],
      expect: VALID,
      why: 'The trail declares MM / DD / YYYY: 3 November 2025, current for a 2026-10-25 submission.',
    },
    {
      lang: 'es',
      i: 0,
      days: { signed: '2025-10-11', submittedAt: '2026-10-20', createdAt: '2026-10-18' },
      vendor: 'dropboxsign',
      envelope: [33, 'Acta de aceptación'],
      file: 'acta-firmada.pdf',
      title: 'Dropbox Sign trail "10 / 11 / 2025" for a Spanish customer: 11 October 2025, stale',
      classes: [5],
      expect: defect({ dates: 'fail' }),
      why: 'Declared MM / DD / YYYY: signed 11 October 2025, more than 12 months before the 2026-10-20 submission (DOMAIN 5). Day-first it would read 10 November 2025 (a false pass).',
    },
    {
      lang: 'it',
      i: 1,
      days: { signed: '2025-09-12', submittedAt: '2026-10-01', createdAt: '2026-09-29' },
      vendor: 'docusign',
      envelope: [34, 'Verbale di collaudo'],
      file: 'verbale-firmato.pdf',
      title: 'DocuSign trail 9/12/2025 for an Italian customer: 12 September 2025, stale',
      classes: [5],
      expect: defect({ dates: 'fail' }),
      why: 'DocuSign is month-first: 12 September 2025 is older than 12 months before 2026-10-01 (day-first 9 December 2025 would wrongly pass).',
    },
  ];
  // The trail carries the only signing date: the letter's signature blocks show none.
  const out = plan.map(({ lang, i, days, vendor, envelope: [n, heading], file, title, classes, expect, why }) => {
    const s = story(lang, i, days);
    const sign = { vendor, envelope: envelope(uuid(n), heading, s, s.signed), customerDate: null, dateStyle: 'none' };
    return claim({
      title,
      lang,
      s,
      vendor,
      layout: 'letterPdf',
      classes,
      docs: [pdf(file, () => letterPdf({ lang, s, sign }))],
      expect,
      why,
    });
  });
  {
    const s = story('en', 0, {
      signed: '2025-10-11',
      submittedAt: '2026-10-20',
      createdAt: '2026-10-18',
      customer: {
        country: 'CA',
        name: 'Maple Leaf Outfitters',
        domain: 'mapleleafoutfitters.ca',
        contactName: 'Emily Tremblay',
        contactEmail: 'emily.tremblay@mapleleafoutfitters.ca',
        contactTitle: 'IT Director',
      },
    });
    const sign = { customerDate: null, dateStyle: 'none', customerMark: 'ink', partnerMark: 'ink' };
    const body = [...detailedBody('en', s)];
    out.push(
      claim({
        title: 'Ink-signed letter dated 10/11/2025 by a Canadian customer (both orders used there)',
        lang: 'en',
        s,
        layout: 'letterPdf',
        classes: [5],
        docs: [
          pdf('acceptance-signed.pdf', async () =>
            letterPdf({ lang: 'en', s, body: [...body, 'Signed by the customer on 10/11/2025.'], sign }),
          ),
        ],
        expect: defect({ dates: 'review' }),
        why: 'Canada writes both orders: 10/11/2025 is 11 October 2025 (stale) or 10 November 2025 (current). Still ambiguous, so review, never a silent swap (issue class 5).',
      }),
    );
  }
  return out;
}

/** Class 7: written and local date forms next to ink signatures; two stale ones. */
function writtenDateClaims() {
  const plan = [
    ['en', 'legal', '2026-03-03', true, 'In witness whereof, the parties have signed this acceptance'],
    ['de', 'written', '2026-03-03', true, 'Unterschrieben in München am'],
    ['fr', 'written', '2026-03-03', true, 'Fait à Lyon, le'],
    ['es', 'written', '2026-03-03', true, 'Firmado en Madrid, a'],
    ['pt', 'written', '2026-03-04', true, 'Assinado em Lisboa, em'],
    ['it', 'written', '2026-03-04', true, 'Firmato a Milano il'],
    ['nl', 'written', '2026-03-05', true, 'Getekend te Utrecht op'],
    ['pl', 'written', '2026-03-05', true, 'Podpisano w Gdańsku dnia'],
    ['en', 'legal', '2025-03-03', false, 'In witness whereof, the parties have signed this acceptance'],
    ['de', 'written', '2025-03-03', false, 'Unterschrieben in Hamburg am'],
  ];
  return plan.map(([lang, style, day, current, lead], k) => {
    const s = story(lang, k + 1, { signed: day });
    const when = style === 'legal' ? legalDate(day) : writtenDate(lang, day);
    const body = [...detailedBody(lang, s), `${lead} ${when}.`];
    const sign = { customerDate: day, dateStyle: style, customerMark: 'ink', partnerMark: 'ink' };
    return claim({
      title: `${style} date "${when}" (${lang})${current ? '' : ', stale'}`,
      lang,
      s,
      layout: 'letterPdf',
      classes: [7],
      docs: [pdf('signed-acceptance.pdf', () => letterPdf({ lang, s, body, sign }))],
      expect: current ? VALID : defect({ dates: 'fail' }),
      why: current
        ? 'Ink-signed acceptance, written signing date within 12 months of submission (DOMAIN 1, 5).'
        : 'Signed more than 12 months before the 2026-10-20 submission, no recent acknowledgement (DOMAIN 5).',
    });
  });
}

/** Class 6: the report's own date is recent, but the signature (trail) is old. */
function attachedDateClaims() {
  const s = story('en', 4, { signed: '2025-08-04' });
  const sign = { vendor: 'adobe', envelope: envelope(uuid(41), 'Deployment report', s, s.signed), customerDate: null, dateStyle: 'none' };
  const body = ['Report date: 15 September 2026', ...detailedBody('en', s)];
  return [
    claim({
      title: 'Report dated 15 September 2026, customer e-signed 2025-08-04 (Adobe trail)',
      lang: 'en',
      s,
      vendor: 'adobe',
      layout: 'letterPdf',
      classes: [6],
      docs: [pdf('deployment-report-signed.pdf', () => letterPdf({ lang: 'en', s, body, sign }))],
      expect: defect({ dates: 'fail' }),
      why: 'The signing date is the one attached to the signature (2025-08-04), more than 12 months before the 2026-10-20 submission; the report date is not the acknowledgement (DOMAIN 5).',
    }),
  ];
}

/** Class 4: who signed. Partner-only signatures are not a customer acknowledgement. */
function signerClaims() {
  const out = [];
  {
    const s = story('en', 1);
    const sign = {
      vendor: 'docusign',
      envelope: envelope(uuid(51), 'Statement of Work acceptance', s, s.signed, { customer: false }),
      customerDate: null,
      dateStyle: 'none',
      customerMark: 'pending',
      hideCustomerName: false,
    };
    out.push(
      claim({
        title: 'DocuSign envelope signed by the partner only; customer "Awaiting signature"',
        lang: 'en',
        s,
        vendor: 'docusign',
        layout: 'letterPdf',
        classes: [4],
        docs: [pdf('sow-docusign.pdf', () => letterPdf({ lang: 'en', s, sign }))],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: 'The only signer is the partner; the customer block is pending: no customer acknowledgement (DOMAIN 1).',
      }),
    );
  }
  {
    const s = story('de', 1);
    const sign = {
      vendor: 'adobe',
      envelope: envelope(uuid(52), 'Abnahmeerklärung', s, s.signed, { customer: false }),
      customerDate: null,
      dateStyle: 'none',
      customerMark: 'blank',
      hideCustomerName: true,
    };
    out.push(
      claim({
        title: 'Adobe Sign: only the partner e-signed, customer block empty (de)',
        lang: 'de',
        s,
        vendor: 'adobe',
        layout: 'formPdf',
        classes: [4],
        docs: [pdf('Abnahme.pdf', () => formPdf({ lang: 'de', s, sign }))],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: 'The audit trail shows only the partner signing; the customer signatory block is empty (DOMAIN 1).',
      }),
    );
  }
  {
    const s = story('fr', 2);
    const sign = {
      customerDate: null,
      dateStyle: 'numeric',
      customerMark: 'blank',
      hideCustomerName: true,
      partnerMark: 'ink',
      partnerDate: '2026-09-08',
    };
    out.push(
      claim({
        title: 'Ink signature of the partner only, customer block blank (fr)',
        lang: 'fr',
        s,
        layout: 'letterPdf',
        classes: [4],
        docs: [pdf('pv-reception.pdf', () => letterPdf({ lang: 'fr', s, sign }))],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: 'Signed by the partner only; nothing from the customer (DOMAIN 1).',
      }),
    );
  }
  {
    const s = story('en', 2);
    s.customer.contactName = 'Mia Chen';
    const signer = { name: 'Daniel Wright', title: 'Chief Financial Officer' };
    const env = envelope(uuid(53), 'Project acceptance', s, s.signed);
    const ev = env.events.find((e) => e.action === 'signed' && e.email === s.customer.contactEmail);
    ev.name = signer.name;
    ev.email = `daniel.wright@${s.customer.domain}`;
    env.events
      .filter((e) => e.action === 'sent' || e.action === 'viewed')
      .forEach((e) => Object.assign(e, { name: signer.name, email: ev.email }));
    const sign = {
      vendor: 'pandadoc',
      envelope: env,
      customerDate: s.signed,
      dateStyle: 'written',
      customerSigner: signer,
      customerMark: 'ink',
    };
    out.push(
      claim({
        title: "Signed by another person of the customer's own domain (CFO), not the claim contact",
        lang: 'en',
        s,
        vendor: 'pandadoc',
        layout: 'letterPdf',
        classes: [4],
        docs: [pdf('acceptance.pdf', () => letterPdf({ lang: 'en', s, sign }))],
        expect: VALID,
        why: "The signer's email is on the customer's domain and the customer block names the customer: a customer acknowledgement (DOMAIN 1).",
      }),
    );
  }
  {
    const s = story('sv', 1);
    const sign = {
      vendor: 'scrive',
      envelope: envelope(uuid(54), 'Leveransgodkännande', s, s.signed, { declined: true }),
      customerDate: null,
      dateStyle: 'none',
      customerMark: 'blank',
      hideCustomerName: true,
    };
    out.push(
      claim({
        title: 'Scrive: the customer declined to sign',
        lang: 'sv',
        s,
        vendor: 'scrive',
        layout: 'letterPdf',
        classes: [3, 4],
        docs: [pdf('leveransgodkannande.pdf', () => letterPdf({ lang: 'sv', s, sign }))],
        expect: defect({ signature: 'fail', dates: NO_ACK_DATE }),
        why: 'The trail shows the customer declined: no acknowledgement (DOMAIN 1).',
      }),
    );
  }
  return out;
}

/** Class 1: product names wrapping inside table cells. */
function wrappedCellClaims() {
  const plan = [
    ['en', ['Microsoft Defender for Endpoint', 'Microsoft Defender for Cloud Apps'], null],
    ['de', ['Microsoft Purview Information Protection'], null],
    ['fr', ['Microsoft Defender for Office 365', 'Microsoft Entra Conditional Access'], null],
    ['nl', ['Microsoft Defender for Identity'], ['Microsoft Defender for Identity', 'Microsoft Sentinel']],
  ];
  return plan.map(([lang, products, claimed], k) => {
    const s = story(lang, k + 3, { products, ...(claimed ? { claimed } : {}) });
    const sign = {
      vendor: ['docusign', 'adobe', 'yousign', 'dropboxsign'][k],
      envelope: envelope(uuid(60 + k), PHRASES[lang].title, s, s.signed),
      customerDate: s.signed,
      dateStyle: 'numeric',
    };
    return claim({
      title: `scope table with wrapped product cells (${lang})${claimed ? ', Sentinel claimed but absent' : ''}`,
      lang,
      s,
      vendor: sign.vendor,
      layout: 'wrappedTablePdf',
      classes: [1],
      docs: [pdf('scope-table-signed.pdf', () => wrappedTablePdf({ lang, s, sign }))],
      expect: claimed ? defect({ workloads: 'fail' }) : VALID,
      why: claimed
        ? 'Microsoft Sentinel is claimed but appears nowhere in the POE (DOMAIN 4).'
        : 'Every claimed product is a row of the scope table (its name wraps inside the cell) with the work described.',
    });
  });
}

/** Class 2: template rows; a product counts only when its own row marks it in scope. */
function templateClaims() {
  const out = [];
  const all = [
    'Microsoft Intune',
    'Microsoft Defender for Endpoint',
    'Exchange Online',
    'Microsoft Teams',
    'Microsoft Sentinel',
    'Microsoft Purview Information Protection',
  ];
  const plan = [
    {
      lang: 'en',
      on: ['ticked', 'ticked'],
      claimed: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      yes: 'ticked',
      no: 'unticked',
      two: false,
    },
    {
      lang: 'en',
      on: ['ticked', 'unticked'],
      claimed: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      yes: 'ticked',
      no: 'unticked',
      two: false,
    },
    { lang: 'es', on: ['yes', 'yes'], claimed: ['Microsoft Intune', 'Microsoft Defender for Endpoint'], yes: 'yes', no: 'no', two: false },
    { lang: 'fr', on: ['yes', 'no'], claimed: ['Microsoft Intune', 'Microsoft Defender for Endpoint'], yes: 'yes', no: 'no', two: false },
    { lang: 'en', on: ['ticked', 'ticked'], claimed: ['Microsoft Intune', 'Exchange Online'], yes: 'ticked', no: 'unticked', two: true },
    {
      lang: 'en',
      on: ['ticked', 'unticked'],
      claimed: ['Microsoft Intune', 'Microsoft Sentinel'],
      yes: 'ticked',
      no: 'unticked',
      two: true,
    },
    { lang: 'de', on: ['y', 'n'], claimed: ['Microsoft Intune', 'Microsoft Teams'], yes: 'y', no: 'n', two: false },
    { lang: 'it', on: ['ticked', 'blank'], claimed: ['Microsoft Intune', 'Exchange Online'], yes: 'ticked', no: 'blank', two: false },
  ];
  plan.forEach((t, k) => {
    const ok = t.on.every((st) => st === t.yes);
    const products = all.map((name) => {
      const i = t.claimed.indexOf(name);
      return { name, state: i >= 0 ? t.on[i] : t.no, work: i >= 0 && t.on[i] === t.yes ? 'Configured and rolled out' : '' };
    });
    const inScope = t.claimed.filter((_, i) => t.on[i] === t.yes);
    const s = story(t.lang, k + 2, { products: t.claimed, describe: inScope });
    const sign = {
      vendor: k % 2 === 0 ? 'docusign' : 'adobe',
      envelope: envelope(uuid(70 + k), 'Proof of Execution', s, s.signed),
      customerDate: s.signed,
      dateStyle: 'numeric',
    };
    out.push(
      claim({
        title: `${t.two ? 'two-column ' : ''}template, rows ${t.on.join('/')} (${t.lang})`,
        lang: t.lang,
        s,
        vendor: sign.vendor,
        layout: 'templatePdf',
        classes: [2],
        docs: [pdf('POE-template-signed.pdf', () => templatePdf({ lang: t.lang, s, sign, products, twoColumn: t.two }))],
        expect: ok ? VALID : defect({ workloads: 'fail' }),
        why: ok
          ? 'Every claimed product is on a row marked in scope, and the work is described.'
          : `A claimed product sits only on a row marked ${t.on.find((st) => st !== t.yes)} and is not in the described work: not linked (DOMAIN 4).`,
      }),
    );
  });
  return out;
}

/** Class 8: commercial documents stay commercial when signed. */
function commercialClaims() {
  const out = [];
  const skus = (s) =>
    s.products.map((p, i) => ({ sku: `AAA-${1000 + i * 37}`, name: `${p} (annual, per user)`, qty: s.users, price: 6 + i * 2.5 }));
  const why =
    'A price table countersigned by the customer is still a quote / order, not POE (DOMAIN "Documents that are not POE on their own"; issue class 8).';
  const other = { signature: null, names: 'pass', dates: null, workloads: null, 'activity-detail': ['fail', 'review'] };
  {
    const s = story('en', 1);
    const sign = { customerDate: s.signed, dateStyle: 'us', customerMark: 'ink', customerHeading: 'Accepted', partner: false };
    out.push(
      claim({
        title: 'Quotation with a price table, countersigned "Accepted"',
        lang: 'en',
        s,
        layout: 'commercialPdf',
        classes: [8],
        docs: [
          pdf('quotation-Q-2026-0412.pdf', () =>
            commercialPdf({
              s,
              sign,
              title: 'Quotation Q-2026-0412',
              intro: `${s.partner.name} is pleased to quote ${s.customer.name} the following licences and services.`,
              lines: [...skus(s), { sku: 'SRV-DEPLOY', name: 'Deployment services (fixed price)', qty: 1, price: 18500 }],
            }),
          ),
        ],
        expect: defect({ ...other, 'document-type': 'fail' }),
        why,
      }),
    );
  }
  /** A commercial document e-signed by the customer (`intro` and `lines` from the story). */
  const eSigned = ({ lang, i, vendor, envelope: [n, heading], dateStyle, customerHeading, title, file, doc }) => {
    const s = story(lang, i);
    const sign = {
      vendor,
      envelope: envelope(uuid(n), heading, s, s.signed),
      customerDate: s.signed,
      dateStyle,
      ...(customerHeading ? { customerHeading } : {}),
      partner: false,
    };
    return claim({
      title,
      lang,
      s,
      vendor,
      layout: 'commercialPdf',
      classes: [8],
      docs: [pdf(file, () => commercialPdf({ lang, s, sign, title: doc.title(s), intro: doc.intro(s), lines: doc.lines(s) }))],
      expect: defect({ ...other, 'document-type': 'fail' }),
      why,
    });
  };
  out.push(
    eSigned({
      lang: 'de',
      i: 2,
      vendor: 'docusign',
      envelope: [81, 'Angebot'],
      dateStyle: 'numeric',
      customerHeading: 'Angenommen',
      title: 'Angebot (German quote) e-signed "Angenommen"',
      file: 'Angebot-2026-118.pdf',
      doc: {
        title: () => 'Angebot Nr. 2026-118',
        intro: (s) => `Sehr geehrte Damen und Herren, gerne bieten wir ${s.customer.name} folgende Lizenzen und Leistungen an.`,
        lines: skus,
      },
    }),
    eSigned({
      lang: 'en',
      i: 3,
      vendor: 'adobe',
      envelope: [82, 'Proposal'],
      dateStyle: 'written',
      customerHeading: 'Accepted by',
      title: 'Commercial proposal (price table) accepted through Adobe Sign',
      file: 'proposal-signed.pdf',
      doc: {
        title: (s) => `Commercial proposal for ${s.customer.name}`,
        intro: () => 'Pricing for the licences below. Acceptance of this proposal constitutes an order.',
        lines: skus,
      },
    }),
    eSigned({
      lang: 'en',
      i: 4,
      vendor: 'docusign',
      envelope: [83, 'Order Form'],
      dateStyle: 'us',
      title: 'Order form of SKUs and quantities, DocuSigned by the customer',
      file: 'order-form-signed.pdf',
      doc: {
        title: () => 'Order Form OF-55120',
        intro: (s) => `Customer: ${s.customer.name}. Reseller: ${s.partner.name}. Term: 36 months from the effective date.`,
        lines: skus,
      },
    }),
    eSigned({
      lang: 'fr',
      i: 1,
      vendor: 'yousign',
      envelope: [84, 'Inscription'],
      dateStyle: 'written',
      title: 'Licence enrolment (Microsoft 365 E5 seats) signed through Yousign (fr)',
      file: 'inscription-licences.pdf',
      doc: {
        title: () => 'Formulaire d’inscription – licences Microsoft 365 E5',
        intro: (s) => `Client : ${s.customer.name}. Revendeur : ${s.partner.name}. Quantités de licences souscrites pour 12 mois.`,
        lines: (s) => [
          { sku: 'AAD-33204', name: 'Microsoft 365 E5 (annuel)', qty: s.users, price: 54.75 },
          { sku: 'AAA-10842', name: 'Microsoft Intune Plan 2', qty: 200, price: 4 },
        ],
      },
    }),
  );
  {
    const s = story('en', 5);
    out.push(
      claim({
        title: 'Invoice with the customer\'s "Thanks, received" reply',
        lang: 'en',
        s,
        layout: 'eml',
        classes: [8, 9],
        docs: [
          {
            name: 'RE Invoice INV-2026-0912.eml',
            build: async () => {
              const { invoiceThanks } = await import('./emails.mjs');
              const invoice = await commercialPdf({
                s,
                sign: null,
                title: 'Invoice INV-2026-0912',
                intro: `Bill to: ${s.customer.name}. From: ${s.partner.name}.`,
                lines: skus(s),
              });
              return invoiceThanks({ s, day: '2026-10-02', invoice });
            },
          },
        ],
        expect: defect({
          signature: 'fail',
          dates: NO_ACK_DATE,
          workloads: null,
          'activity-detail': ['fail', 'review'],
          'document-type': 'fail',
        }),
        why: 'A "thanks, received" to an invoice acknowledges the invoice, not the work; an invoice is not POE (DOMAIN 1; issue class 8).',
      }),
    );
  }
  {
    const s = story('es', 1);
    const sign = {
      vendor: 'signaturit',
      envelope: envelope(uuid(85), 'Declaración de trabajo', s, s.signed),
      customerDate: s.signed,
      dateStyle: 'written',
    };
    const body = [...detailedBody('es', s), 'Resumen económico: 120 horas de consultoría a 95 EUR/hora, total 11.400 EUR.'];
    out.push(
      claim({
        title: 'Detailed SOW that also has a price summary (stays POE)',
        lang: 'es',
        s,
        vendor: 'signaturit',
        layout: 'letterPdf',
        classes: [8],
        docs: [pdf('declaracion-de-trabajo-firmada.pdf', () => letterPdf({ lang: 'es', s, body, sign, title: 'Declaración de trabajo' }))],
        expect: VALID,
        why: 'A signed SOW describing the work in detail is POE even with a price line (DOMAIN 3).',
      }),
    );
  }
  return out;
}

export const CLAIM_GROUPS = [
  vendorClaims,
  trailDateClaims,
  writtenDateClaims,
  attachedDateClaims,
  signerClaims,
  wrappedCellClaims,
  templateClaims,
  commercialClaims,
];

export { claim, defect, NO_ACK_DATE, pdf, uuid };
