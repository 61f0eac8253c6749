import { rgb } from 'pdf-lib';
import { A4, BLUE, GREY, LETTER, createWriter } from '../sample/pdf-writer.mjs';
import { PHRASES, detailedBody, legalDate, numericDate, usDate, writtenDate } from './phrases.mjs';
import { VENDORS } from './vendors.mjs';

/**
 * PDF layout families of the evaluation set: letters, two-column forms, tables whose cells
 * wrap, check-box / Yes-No templates, slide exports, each with signature blocks and, when an
 * e-signature vendor is named, its signer panel and certificate page.
 */

const FIXED = '2026-01-15T09:00:00Z';

/** A date as the document writes it in the signature block. */
export function blockDate(lang, iso, style) {
  if (!iso || style === 'none') return '';
  switch (style) {
    case 'written':
      return writtenDate(lang, iso);
    case 'legal':
      return legalDate(iso);
    case 'us':
      return usDate(iso);
    case 'iso':
      return iso;
    default:
      return numericDate(lang, iso);
  }
}

/**
 * One party's signature block. mark: 'ink' (drawn stroke), 'typed' (/s/ Name), 'vendor'
 * (the vendor's signer panel), 'blank' (empty line: not signed), 'pending' (vendor says awaiting).
 */
export function drawSignature(flow, lang, block) {
  const labels = PHRASES[lang === 'ja' ? 'en' : lang].labels;
  flow.ensure(140);
  flow.text(block.heading, { font: 'bold', size: 10, gap: 2 });
  flow.text(block.company, { size: 10, gap: 6 });
  const page = flow.page;
  const x = flow.margin;
  const top = flow.y;
  if (block.mark === 'ink') flow.scribble(x + 8, top - 26, block.seed ?? 11, 140);
  else if (block.mark === 'typed')
    page.drawText(`/s/ ${block.name}`, { x: x + 6, y: top - 28, size: 13, font: flow.fonts.regular, color: BLUE });
  else if (block.mark === 'vendor' || block.mark === 'pending') {
    const lines = block.mark === 'pending' ? [`${block.vendorName ?? ''}`, 'Awaiting signature'] : block.panel;
    page.drawRectangle({ x, y: top - 48, width: 230, height: 46, borderColor: rgb(0.1, 0.3, 0.75), borderWidth: 1 });
    lines
      .slice(0, 3)
      .forEach((line, i) =>
        page.drawText(line, { x: x + 6, y: top - 12 - i * 12, size: i === 1 ? 9 : 7, font: flow.fonts.regular, color: BLUE }),
      );
  }
  page.drawLine({ start: { x, y: top - 52 }, end: { x: x + 230, y: top - 52 }, thickness: 0.6, color: GREY });
  page.drawText(labels.signature, { x, y: top - 62, size: 7, font: flow.fonts.regular, color: GREY });
  flow.y = top - 70;
  const blankName = block.mark === 'blank' || block.mark === 'pending';
  flow.fields(
    [
      [labels.name, blankName && block.hideName ? '' : block.name],
      [labels.title, blankName && block.hideName ? '' : block.title],
      [labels.date, block.date ?? ''],
    ],
    { labelWidth: 110 },
  );
}

/** The signature area: customer then partner, per the claim's `sign` plan. */
export function drawSignatures(flow, lang, s, sign) {
  const p = PHRASES[lang === 'ja' ? 'en' : lang];
  const vendor = sign.vendor ? VENDORS[sign.vendor] : null;
  const env = sign.envelope;
  const panelFor = (email) => {
    const ev = env?.events.find((e) => e.action === 'signed' && e.email === email);
    return ev && vendor ? vendor.panel(ev, env) : null;
  };
  const customerPanel = panelFor(s.customer.contactEmail);
  drawSignature(flow, lang, {
    heading: sign.customerHeading ?? p.customerHeading,
    company: s.customer.name,
    name: sign.customerSigner?.name ?? s.customer.contactName,
    title: sign.customerSigner?.title ?? s.customer.contactTitle,
    date: blockDate(lang, sign.customerDate, sign.dateStyle),
    mark: sign.customerMark ?? (customerPanel ? 'vendor' : 'ink'),
    panel: customerPanel ?? [],
    vendorName: vendor?.name,
    hideName: sign.hideCustomerName,
    seed: 17,
  });
  if (sign.partner !== false) {
    const partnerPanel = panelFor(s.partner.personEmail);
    drawSignature(flow, lang, {
      heading: p.partnerHeading,
      company: s.partner.name,
      name: s.partner.person,
      title: s.partner.title,
      date: blockDate(lang, sign.partnerDate ?? sign.customerDate, sign.dateStyle),
      mark: sign.partnerMark ?? (partnerPanel ? 'vendor' : 'ink'),
      panel: partnerPanel ?? [],
      seed: 29,
    });
  }
}

/** The vendor's certificate / audit trail on its own page (after the document, as vendors append it). */
export function drawCertificate(flow, sign) {
  if (!sign.vendor || !sign.envelope || sign.certificate === false) return;
  const cert = VENDORS[sign.vendor].certificate(sign.envelope);
  flow.newPage();
  flow.heading(cert.title, 13);
  for (const line of cert.lines) flow.text(line, { size: 8.5, gap: 3 });
}

/** `footer: false` leaves the partner's name out of the page footers, the metadata and the letter's heading. */
async function writer(title, s, size = LETTER, footer = true, fillable = false) {
  return createWriter({
    fillable,
    title,
    author: footer ? s.partner.person : '',
    creator: 'Microsoft Word',
    date: FIXED,
    unicode: true,
    size,
    footer: footer ? `${s.partner.name} | ${title}` : undefined,
  });
}

/** A letter / SOW: heading, parties, detailed body (or `body`), signatures, certificate. */
export async function letterPdf({ lang, s, sign, title, body, size, footer = true }) {
  const p = PHRASES[lang];
  const flow = await writer(title ?? p.title, s, size ?? (lang === 'en' ? LETTER : A4), footer);
  flow.heading(title ?? p.title, 16);
  flow.text(footer ? `${s.partner.name} · ${s.customer.name}` : s.customer.name, { size: 10, font: 'bold' });
  for (const para of body ?? detailedBody(lang, s)) flow.text(para, { size: 10, gap: 6 });
  if (sign) {
    flow.rule();
    drawSignatures(flow, lang, s, sign);
    drawCertificate(flow, sign);
  }
  return flow.save();
}

/** A two-column form: label cells on the left, values on the right (the guide's template style). */
export async function formPdf({ lang, s, sign, title, rows }) {
  const p = PHRASES[lang];
  const flow = await writer(title ?? p.title, s, A4);
  flow.heading(title ?? p.title, 15);
  const body = detailedBody(lang, s);
  flow.fields(
    rows ?? [
      ['Partner', s.partner.name],
      ['Customer', s.customer.name],
      ['Customer domain', s.customer.domain],
      ['Engagement', body[0]],
      ['Challenge', body[1]],
      ['Services', body.slice(2, 2 + s.products.length).join(' ')],
      ['Timeline', s.phases.map(([a, b], i) => p.phase(i, a, b)).join('; ')],
      ['Acceptance', body.at(-1)],
    ],
  );
  if (sign) {
    drawSignatures(flow, lang, s, sign);
    drawCertificate(flow, sign);
  }
  return flow.save();
}

/**
 * A scope table whose product column is narrow, so product names wrap inside the cell
 * ("Microsoft Defender for" / "Endpoint").
 */
export async function wrappedTablePdf({ lang, s, sign, title, rows }) {
  const p = PHRASES[lang];
  const flow = await writer(title ?? p.title, s, A4);
  flow.heading(title ?? p.title, 15);
  flow.text(p.intro(s), { gap: 6 });
  flow.text(p.challenge(s), { gap: 6 });
  const header = ['Workload', 'Work performed', 'Users / devices', 'Completed'];
  flow.table(
    header,
    rows ??
      s.products.map((prod, i) => [
        prod,
        p.scope(s, prod),
        `${s.users} / ${s.devices}`,
        numericDate(lang, s.phases[Math.min(i, s.phases.length - 1)][1]),
      ]),
    [1.1, 3.4, 1.2, 1.2],
  );
  for (const [i, [a, b]] of s.phases.entries()) flow.text(p.phase(i, a, b), { size: 9.5 });
  flow.text(p.accept(s), { gap: 8 });
  if (sign) {
    drawSignatures(flow, lang, s, sign);
    drawCertificate(flow, sign);
  }
  return flow.save();
}

/** Yes / No in the template's language, for radio buttons and drop-downs. */
const YES_NO = {
  en: ['Yes', 'No'],
  de: ['Ja', 'Nein'],
  fr: ['Oui', 'Non'],
  es: ['Sí', 'No'],
  it: ['Sì', 'No'],
  nl: ['Ja', 'Nee'],
  pt: ['Sim', 'Não'],
};

/**
 * The POE template: every product on its own row with an in-scope cell in another column.
 * state per row: 'ticked' ☒, 'unticked' ☐, 'yes', 'no', 'y', 'n', 'blank'; form controls
 * 'radio-yes' / 'radio-no' (a Yes/No radio group), 'choice-yes' / 'choice-no' (a Yes/No
 * drop-down). `twoColumn` lays the products out in two side-by-side columns as the guide's
 * template does. `fillable`: a fillable PDF form, its values (names, dates, boxes, choices) in
 * form fields, none in the page text; printed otherwise. `hidden`: a hidden field's value
 * (fillable only: a viewer shows nothing).
 */
export async function templatePdf({ lang, s, sign, title, products, twoColumn, fillable = false, hidden }) {
  const flow = await writer(title ?? 'Proof of Execution (POE) template', s, LETTER, true, fillable);
  flow.heading(title ?? 'Proof of Execution (POE) template', 15);
  flow.fields(
    [
      ['Partner name', s.partner.name],
      ['Customer name', s.customer.name],
      ['Engagement start / end', `${s.phases[0][0]} / ${s.phases.at(-1)[1]}`],
    ],
    { labelWidth: 170 },
  );
  if (hidden) flow.hiddenField(hidden, flow.margin + 380, flow.y + 30);
  flow.text('Workloads in scope (tick the products delivered):', { font: 'bold', size: 10 });
  const yn = YES_NO[lang] ?? YES_NO.en;
  const mark = (st) =>
    ({
      ticked: { check: true },
      unticked: { check: false },
      'radio-yes': { radio: yn, selected: 0 },
      'radio-no': { radio: yn, selected: 1 },
      'choice-yes': { choice: yn, selected: 0 },
      'choice-no': { choice: yn, selected: 1 },
      yes: 'Yes',
      no: 'No',
      y: 'Y',
      n: 'N',
      blank: '',
    })[st];
  if (twoColumn) {
    const half = Math.ceil(products.length / 2);
    const rows = [];
    for (let i = 0; i < half; i++) {
      const a = products[i];
      const b = products[i + half];
      rows.push([mark(a.state), a.name, b ? mark(b.state) : '', b ? b.name : '']);
    }
    flow.table(['', 'Product', '', 'Product'], rows, [0.4, 2.6, 0.4, 2.6]);
  } else {
    flow.table(
      ['Product', 'Description of work', 'In scope'],
      products.map((r) => [r.name, r.work ?? '', mark(r.state)]),
      products.some((r) => r.state.startsWith('radio')) ? [2.2, 3.0, 1.5] : [2.2, 3.6, 0.9],
    );
  }
  flow.text('Description of the work performed:', { font: 'bold', size: 10 });
  for (const para of detailedBody(lang, { ...s, products: s.describe ?? s.products })) flow.text(para, { size: 9.5, gap: 4 });
  if (sign) {
    drawSignatures(flow, lang, s, sign);
    drawCertificate(flow, sign);
  }
  return flow.save();
}

/** A slide deck exported to PDF: landscape pages, a big title each, short bullets. */
export async function slidesPdf({ lang, s, sign, title }) {
  const p = PHRASES[lang];
  const flow = await createWriter({
    title: title ?? p.title,
    author: s.partner.person,
    creator: 'Microsoft PowerPoint',
    date: FIXED,
    unicode: true,
    size: [960, 540],
    producer: 'Microsoft® PowerPoint® for Microsoft 365',
  });
  flow.margin = 48;
  const slide = (heading, bullets, first) => {
    if (!first) flow.newPage();
    flow.heading(heading, 26);
    flow.bullets(bullets, { size: 16 });
  };
  const body = detailedBody(lang, s);
  slide(title ?? p.title, [`${s.partner.name} × ${s.customer.name}`, body[0]], true);
  slide('1', [body[1]]);
  slide('2', body.slice(2, 2 + s.products.length));
  slide(
    '3',
    s.phases.map(([a, b], i) => p.phase(i, a, b)),
  );
  if (sign) {
    flow.newPage();
    flow.heading(body.at(-1), 16);
    drawSignatures(flow, lang, s, sign);
    drawCertificate(flow, sign);
  }
  return flow.save();
}

/** A quotation / order form: a price table of SKUs and quantities, "Accepted" countersignature. */
export async function commercialPdf({ s, sign, title, intro, lines, lang = 'en' }) {
  const flow = await writer(title, s, LETTER);
  flow.heading(title, 16);
  flow.text(intro, { gap: 8 });
  flow.table(
    ['SKU', 'Description', 'Qty', 'Unit price', 'Total'],
    lines.map((l) => [l.sku, l.name, String(l.qty), l.price.toFixed(2), (l.qty * l.price).toFixed(2)]),
    [1.4, 3.2, 0.7, 1.1, 1.1],
  );
  const total = lines.reduce((a, l) => a + l.qty * l.price, 0);
  flow.text(`Total (USD, excl. tax): ${total.toFixed(2)}`, { font: 'bold' });
  flow.text('Prices valid for 30 days. Payment terms: net 30.', { size: 9 });
  if (sign) {
    drawSignatures(flow, lang, s, sign);
    drawCertificate(flow, sign);
  }
  return flow.save();
}

export { A4, LETTER };
