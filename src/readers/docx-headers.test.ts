import { describe, expect, it } from 'vitest';
import { Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkFiles, checkIn, readAll } from '@test/real-files';
import { wordPartText } from './office-reader';

/** Held-out class: a .docx whose letterhead (a table in the page header) or footer is the only place a party is named. */

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

async function docxWith(o: { header?: string[][]; footer?: string; body: string[] }): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: o.header
          ? { default: new Header({ children: [new Table({ rows: o.header.map((r) => new TableRow({ children: r.map(cell) })) })] }) }
          : undefined,
        footers: o.footer ? { default: new Footer({ children: [new Paragraph({ children: [new TextRun(o.footer)] })] }) } : undefined,
        children: o.body.map((p) => new Paragraph(p)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const body = [
  'Completion report',
  'We deployed Microsoft Intune for Contoso: 1200 users and 900 devices, compliance policies and Autopilot profiles.',
  'Phase 1 (1 June 2026 – 30 June 2026): pilot with 40 users; phase 2 (1 July 2026 – 15 August 2026): production waves.',
];

describe('.docx page headers and footers', () => {
  it('reads a header table as tab-separated rows, paragraphs and tabs as lines', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const xml = `<w:hdr ${W}><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Fabrikam</w:t></w:r></w:p><w:p><w:r><w:t>Consulting</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1 Main St &amp; Co</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Ref.</w:t></w:r><w:r><w:tab/><w:t>POE-118</w:t></w:r></w:p></w:hdr>`;
    expect(wordPartText(xml)).toBe('Fabrikam Consulting\t1 Main St & Co\nRef.\tPOE-118');
  });

  it("finds the partner named only in the header's letterhead table, and the customer only in the footer", async () => {
    const bytes = await docxWith({
      header: [['Fabrikam', 'Kanaalstraat 40, Utrecht']],
      footer: 'Confidential – prepared for Contoso',
      body: body.map((p) => p.replace('Contoso', 'the customer')),
    });
    const [doc] = await readAll([{ path: 'a/report.docx', bytes }]);
    expect(doc?.parts.map((p) => p.part)).toEqual(['paragraphs', 'page header', 'page footer']);
    expect(doc?.parts[0]?.text).toContain('Completion report');
    const report = await checkFiles([{ path: 'a/report.docx', bytes }]);
    expect(checkIn(report, 'names').status).toBe('pass');
  });

  it('still reads the body when a header part is malformed', async () => {
    const files = unzipSync(await docxWith({ header: [['Fabrikam']], body }));
    const name = Object.keys(files).find((n) => /^word\/header\d*\.xml$/.test(n)) ?? 'word/header1.xml';
    files[name] = strToU8('<w:hdr><w:p><w:r><w:t>Fabrikam</w:t></w:r></w:p');
    const [doc] = await readAll([{ path: 'a/broken-header.docx', bytes: zipSync(files) }]);
    expect(doc?.state).toBe('ok');
    expect(doc?.parts.map((p) => p.part)).toEqual(['paragraphs']);
  });
});
