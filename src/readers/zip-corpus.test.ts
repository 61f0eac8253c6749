import { expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { ZipRefusedError, inspectZip, safeUnzip } from '@shared/zip/safe-unzip';
import { corpusBytes } from '@test/corpus';
import { describeCorpus } from '@test/corpus-suite';

/** safe-unzip (pure, in src/shared) against the real Office files of the shared corpus. */
describeCorpus('safe-unzip on corpus Office files', () => {
  it('refuses the truncated .docx clearly', () => {
    expect(() => inspectZip(corpusBytes('docx/truncated-zip.docx'))).toThrow(ZipRefusedError);
    expect(() => inspectZip(corpusBytes('docx/truncated-zip.docx'))).toThrow(
      /no zip central directory found \(file truncated or not a zip\)/,
    );
  });

  it('lists and unzips intact .docx and .xlsx files', () => {
    expect(inspectZip(corpusBytes('xlsx/simple-monthly-budget.xlsx')).map((e) => e.name)).toContain('xl/workbook.xml');
    const files = safeUnzip(corpusBytes('docx/visa-application-form-tables.docx'));
    expect(strFromU8(files.get('word/document.xml') ?? new Uint8Array())).toContain('<w:body>');
  });

  it('refuses encrypted Office files (OLE containers, not zips)', () => {
    expect(() => inspectZip(corpusBytes('docx/encrypted-agile-default-password.docx'))).toThrow(ZipRefusedError);
  });
});
