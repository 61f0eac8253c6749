import { describe, expect, it } from 'vitest';
import { layoutOf } from '@shared/layout/layout';
import { docxBytes, drawTable, pdfBytes, readAll, xlsxBytes } from '@test/real-files';

describe('readers give the layout stage structure', () => {
  it('a .docx table arrives as rows and cells, blank cells kept', async () => {
    const bytes = docxBytes([
      'Scope of work',
      [
        ['Product', 'In scope'],
        ['Microsoft Defender for Endpoint', '☐'],
        ['Microsoft Intune', '☒'],
        ['Exchange Online', ''],
      ],
    ]);
    const [doc] = await readAll([{ path: 'a/sow.docx', bytes }]);
    const part = doc?.parts[0];
    expect(part?.tables?.[0]?.rows).toEqual([
      ['Product', 'In scope'],
      ['Microsoft Defender for Endpoint', '☐'],
      ['Microsoft Intune', '☒'],
      ['Exchange Online', ''],
    ]);
    expect(part?.text).toContain('Scope of work');
  });

  it('an .xlsx sheet arrives as rows with cells at their columns', async () => {
    const bytes = await xlsxBytes({
      Scope: [
        ['Workload', 'Delivered', 'Users'],
        ['Microsoft Intune', 'Y', '900'],
        ['Exchange Online', null, '900'],
      ],
    });
    const [doc] = await readAll([{ path: 'a/scope.xlsx', bytes }]);
    const layout = layoutOf(doc!.parts[0]!);
    expect(layout.tables[0]?.rows.map((r) => r.cells)).toEqual([
      ['Workload', 'Delivered', 'Users'],
      ['Microsoft Intune', 'Y', '900'],
      ['Exchange Online', '', '900'],
    ]);
  });

  it('a PDF table with a wrapped product cell reads as one row', async () => {
    const { drawn } = drawTable(
      [
        [['Product'], ['Status']],
        [['Microsoft Defender for', 'Endpoint'], ['☒']],
        [['Exchange Online'], ['☐']],
      ],
      [56, 320],
    );
    const [doc] = await readAll([{ path: 'a/poe.pdf', bytes: await pdfBytes([drawn]) }]);
    const rows = layoutOf(doc!.parts[0]!).tables[0]?.rows.map((r) => r.cells);
    expect(rows).toEqual([
      ['Product', 'Status'],
      ['Microsoft Defender for Endpoint', '☒'],
      ['Exchange Online', '☐'],
    ]);
  });
});
