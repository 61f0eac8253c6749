import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { LIMITS } from '@shared/limits';
import { extractDocument } from './extract';
import { createNodeReaderEnv } from './node';
import { formValues } from './pdf-form';

/** Fillable PDFs (pdf-lib AcroForms): the values a reviewer sees painted in the fields are the page's text. */

const env = createNodeReaderEnv();

async function formPdf(build: (doc: PDFDocument) => Promise<void> | void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  await build(doc);
  doc.getForm().updateFieldAppearances(await doc.embedFont(StandardFonts.Helvetica));
  return doc.save({ useObjectStreams: false });
}

async function read(bytes: Uint8Array) {
  const d = await extractDocument({ path: 'a/form.pdf', bytes }, env);
  expect(d.state).toBe('ok');
  const part = d.parts[0];
  if (!part) throw new Error('no page');
  return { doc: d, part, lines: part.text.split('\n') };
}

describe('PDF form fields (AcroForm) read as the page shows them', () => {
  it('puts a typed value after its label on the same line, marked as a form value at its field', async () => {
    const bytes = await formPdf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([612, 792]);
      page.drawText('Customer name:', { x: 56, y: 700, size: 10, font });
      page.drawText('Date signed:', { x: 56, y: 680, size: 10, font });
      const form = doc.getForm();
      const name = form.createTextField('customer.name');
      name.setText('Contoso Ltd');
      name.addToPage(page, { x: 150, y: 696, width: 200, height: 16, font });
      const date = form.createTextField('customer.date');
      date.setText('2026-10-01');
      date.addToPage(page, { x: 150, y: 676, width: 100, height: 16, font });
    });
    const { part, lines } = await read(bytes);
    expect(lines).toEqual(['Customer name: Contoso Ltd', 'Date signed: 2026-10-01']);
    const item = part.items?.find((i) => i.text === 'Contoso Ltd');
    expect(item?.formField).toBe('customer.name');
    // Inside the field's rectangle (150..350 × 696..712), in the text items' space.
    expect(item?.box?.x).toBeGreaterThanOrEqual(150);
    expect(item?.box?.y).toBeGreaterThan(696);
    expect(item?.box?.y).toBeLessThan(712);
    expect(part.hasTextLayer).toBe(true);
  });

  it('reads check boxes as ☒ / ☐ on their rows, and a radio group as the button chosen', async () => {
    const bytes = await formPdf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([612, 792]);
      const form = doc.getForm();
      ['Microsoft Intune', 'Microsoft Teams'].forEach((product, i) => {
        page.drawText(product, { x: 56, y: 660 - i * 20, size: 10, font });
        const box = form.createCheckBox(`scope.${i}`);
        box.addToPage(page, { x: 300, y: 659 - i * 20, width: 10, height: 10 });
        if (i === 0) box.check();
      });
      page.drawText('Delivered:', { x: 56, y: 600, size: 10, font });
      page.drawText('Yes', { x: 314, y: 600, size: 10, font });
      page.drawText('No', { x: 364, y: 600, size: 10, font });
      const radio = form.createRadioGroup('delivered');
      radio.addOptionToPage('Yes', page, { x: 300, y: 599, width: 10, height: 10 });
      radio.addOptionToPage('No', page, { x: 350, y: 599, width: 10, height: 10 });
      radio.select('No');
    });
    const { lines } = await read(bytes);
    expect(lines).toEqual(['Microsoft Intune ☒', 'Microsoft Teams ☐', 'Delivered: ☐ Yes ☒ No']);
  });

  it('leaves out hidden fields, push buttons and password fields, and shows a drop-down as its choice', async () => {
    const bytes = await formPdf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([612, 792]);
      page.drawText('Customer:', { x: 56, y: 700, size: 10, font });
      page.drawText('Country:', { x: 56, y: 680, size: 10, font });
      const form = doc.getForm();
      const shown = form.createTextField('shown');
      shown.setText('Northwind Traders');
      shown.addToPage(page, { x: 150, y: 696, width: 150, height: 16, font });
      const hidden = form.createTextField('hidden');
      hidden.setText('Contoso');
      hidden.addToPage(page, { x: 320, y: 696, width: 150, height: 16, font, hidden: true });
      const secret = form.createTextField('pin');
      secret.setText('123456');
      secret.enablePassword();
      secret.addToPage(page, { x: 150, y: 640, width: 100, height: 16, font });
      const button = form.createButton('send');
      button.addToPage('Send', page, { x: 150, y: 600, width: 80, height: 20, font });
      const country = form.createDropdown('country');
      country.setOptions(['United States', 'Germany']);
      country.select('Germany');
      country.addToPage(page, { x: 150, y: 676, width: 120, height: 16, font });
    });
    const { doc, lines } = await read(bytes);
    expect(lines).toEqual(['Customer: Northwind Traders', 'Country: Germany']);
    expect(JSON.stringify(doc.parts)).not.toMatch(/Contoso|123456|Send/);
  });

  it('wraps a multi-line value inside its box and reads a comb field as one word', async () => {
    const bytes = await formPdf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([612, 792]);
      const form = doc.getForm();
      const notes = form.createTextField('notes');
      notes.enableMultiline();
      notes.setText('Enrolled 900 Windows devices in Intune\nPilot of 50 users in June');
      notes.addToPage(page, { x: 56, y: 600, width: 400, height: 60, font });
      notes.setFontSize(10);
      const tpid = form.createTextField('tpid');
      tpid.setMaxLength(8);
      tpid.enableCombing();
      tpid.setText('12345678');
      tpid.addToPage(page, { x: 56, y: 500, width: 160, height: 20, font });
    });
    const { part, lines } = await read(bytes);
    expect(lines).toEqual(['Enrolled 900 Windows devices in Intune', 'Pilot of 50 users in June', '12345678']);
    for (const item of part.items ?? []) {
      expect(item.box?.y).toBeGreaterThan(item.text === '12345678' ? 500 : 600);
      expect(item.box?.y).toBeLessThan(item.text === '12345678' ? 520 : 660);
    }
  });

  it('keeps a scanned page with typed fields a scan (no text layer), its values kept', async () => {
    const bytes = await formPdf((doc) => {
      const page = doc.addPage([612, 792]);
      const f = doc.getForm().createTextField('name');
      f.setText('Contoso');
      f.addToPage(page, { x: 56, y: 700, width: 150, height: 16 });
    });
    const { part } = await read(bytes);
    expect(part.hasTextLayer).toBe(false);
    expect(part.text).toBe('Contoso');
  });

  it('is bounded: a value is cut at its limit, and fields past the page limit are counted, not read', () => {
    const widget = (i: number, value: string) => ({
      annotationType: 20,
      fieldType: 'Tx',
      fieldName: `f${i}`,
      fieldValue: value,
      rect: [56, 700 - i, 300, 716 - i],
      multiLine: false,
    });
    const long = formValues([widget(0, 'x'.repeat(LIMITS.formValueChars + 500))]);
    expect(long.items[0]?.text.length).toBe(LIMITS.formValueChars);
    const many = formValues(Array.from({ length: LIMITS.formFieldsPerPage + 3 }, (_, i) => widget(i, 'v')));
    expect(many.items).toHaveLength(LIMITS.formFieldsPerPage);
    expect(many.skipped).toBe(3);
    // Hostile shapes are skipped, not thrown on.
    expect(
      formValues([
        null,
        7,
        { annotationType: 20, fieldType: 'Tx', fieldValue: 'a', rect: 'no' },
        { annotationType: 20, fieldType: 'Btn', checkBox: true, rect: [0, 0, Infinity, 1] },
      ]).items,
    ).toEqual([]);
  });
});
