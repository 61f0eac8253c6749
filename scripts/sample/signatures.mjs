import { rgb } from 'pdf-lib';
import { BLUE, GREY } from './pdf-writer.mjs';

/**
 * Signature blocks as they look in real SOWs: a printed name, title and date under a line, with
 * either an ink-like scribble or an e-signature service's stamp.
 */

/** "DocuSign Envelope ID: …" as DocuSign prints it at the top left of every page. */
export function stampEnvelopeId(flow, envelopeId) {
  const pages = flow.doc.getPages();
  for (const page of pages) {
    page.drawText(`Docusign Envelope ID: ${envelopeId}`, { x: 24, y: flow.size[1] - 18, size: 7, font: flow.fonts.regular, color: GREY });
  }
}

/**
 * @param {import('./pdf-writer.mjs').TextFlow} flow
 * @param {{ heading: string, company: string, name: string, title: string, date: string,
 *   mode: 'docusign' | 'ink' | 'adobe' | 'typed' | 'blank', seed?: number, signerId?: string,
 *   labels?: { name: string, title: string, date: string, signature: string } }} block
 */
export function signatureBlock(flow, block) {
  const labels = block.labels ?? { signature: 'Signature', name: 'Name', title: 'Title', date: 'Date' };
  flow.ensure(130);
  flow.text(block.heading, { font: 'bold', size: 10, gap: 2 });
  flow.text(block.company, { size: 10, gap: 6 });
  const page = flow.page;
  const x = flow.margin;
  const top = flow.y;
  if (block.mode === 'docusign') {
    page.drawRectangle({ x, y: top - 46, width: 170, height: 44, borderColor: rgb(0.1, 0.3, 0.75), borderWidth: 1.2 });
    page.drawText('DocuSigned by:', { x: x + 6, y: top - 12, size: 7, font: flow.fonts.regular, color: rgb(0.1, 0.3, 0.75) });
    flow.scribble(x + 12, top - 30, block.seed ?? 7, 130);
    page.drawText(block.signerId ?? '', { x: x + 6, y: top - 42, size: 6, font: flow.fonts.regular, color: GREY });
  } else if (block.mode === 'adobe') {
    page.drawText(block.name, { x: x + 4, y: top - 28, size: 18, font: flow.fonts.italic, color: BLUE });
    page.drawText(`${block.name} (${block.date})`, { x: x + 4, y: top - 42, size: 7, font: flow.fonts.regular, color: GREY });
    page.drawText('Adobe Acrobat Sign  Transaction ID: ' + (block.signerId ?? ''), {
      x: x + 4,
      y: top - 50,
      size: 6,
      font: flow.fonts.regular,
      color: GREY,
    });
  } else if (block.mode === 'ink') {
    flow.scribble(x + 8, top - 26, block.seed ?? 11, 140);
  } else if (block.mode === 'typed') {
    page.drawText(`/s/ ${block.name}`, { x: x + 6, y: top - 28, size: 13, font: flow.fonts.italic, color: BLUE });
  }
  page.drawLine({ start: { x, y: top - 52 }, end: { x: x + 220, y: top - 52 }, thickness: 0.6, color: GREY });
  page.drawText(labels.signature, { x, y: top - 62, size: 7, font: flow.fonts.regular, color: GREY });
  flow.y = top - 70;
  flow.fields(
    [
      [labels.name, block.name],
      [labels.title, block.title],
      [labels.date, block.date],
    ],
    { labelWidth: 110 },
  );
}
