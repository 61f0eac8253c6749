import { describe, expect, it } from 'vitest';
import { buildDocx, buildXlsx, poeDocx } from '../../scripts/sample/office.mjs';
import type { DocumentView } from '@shared/documents/types';
import { extractDocument, extractFirstScreen } from './extract';
import { firstBlocksOf } from './office-reader';
import { PREVIEW_ROWS, previewXlsx } from './xlsx-reader';
import { safeUnzip, safeUnzipHeads } from '@shared/zip/safe-unzip';
import { createNodeReaderEnv } from './node';
import { cellText } from './sheet-format';
import { corpusBytes as corpus, corpusFiles, HAS_CORPUS } from '@test/corpus';

const env = createNodeReaderEnv();

describe('extraction for the viewer (forView)', () => {
  it('keeps .docx HTML from the same archive as the text: headings, tables with merged cells', async () => {
    const doc = await extractDocument({ path: 'poe.docx', bytes: poeDocx({ signer: 'Jane Doe' }) }, env, { forView: true });
    expect(doc.state).toBe('ok');
    expect(doc.parts[0]?.text).toContain('Signed by Jane Doe');
    const html = doc.view?.html ?? '';
    expect(html).toContain('<h1>Proof of Execution</h1>');
    expect(html).toMatch(/<td colspan="3"><p>Accepted on behalf of Contoso Ltd<\/p><\/td>/);
    expect(html).toContain('Signed by Jane Doe');
  });

  it('leaves the view out for the engine', async () => {
    const doc = await extractDocument({ path: 'poe.docx', bytes: buildDocx([{ text: 'hello' }]) }, env);
    expect(doc.view).toBeUndefined();
  });

  it('reads .xlsx grids: formatted values beside the engine values, merges, hidden sheets, bold', async () => {
    const bytes = await buildXlsx([
      {
        name: 'Tasks',
        rows: [
          ['Task', 'Done on', 'Share', 'Hours'],
          ['Workshop', new Date(Date.UTC(2026, 5, 3)), 0.25, 1234.5],
          ['Total over all tasks', null, null, null],
        ],
        formats: { B: 'dd mmm yyyy', C: '0%', D: '#,##0.00' },
        merges: ['A3:D3'],
        boldHeader: true,
      },
      { name: 'Old', rows: [['secret']], state: 'hidden' },
    ]);
    const doc = await extractDocument({ path: 'tasks.xlsx', bytes }, env, { forView: true });
    const [tasks, old] = doc.view?.sheets ?? [];
    expect(tasks).toMatchObject({ name: 'Tasks', part: 'sheet:Tasks', state: 'visible', rowCount: 3, colCount: 4 });
    const found = (r: number, c: number) => tasks?.cells.find((x) => x.row === r && x.col === c);
    const cell = (r: number, c: number) => {
      const x = found(r, c);
      return x && { ...x, text: cellText(x) };
    };
    expect(cell(1, 1)).toMatchObject({ text: '03 Jun 2026', value: '2026-06-03' });
    expect(cell(1, 2)?.text).toBe('25%');
    expect(cell(1, 3)?.text).toBe('1,234.50');
    expect(cell(0, 0)?.bold).toBe(true);
    expect(cell(2, 0)).toMatchObject({ text: 'Total over all tasks', colSpan: 4, rowSpan: 1 });
    expect(old).toMatchObject({ state: 'hidden', part: 'sheet:Old (hidden)' });
    expect(doc.parts.map((p) => p.part)).toEqual(['sheet:Tasks', 'sheet:Old (hidden)']);
  });

  it.skipIf(!HAS_CORPUS)(
    'never lets a hostile .docx reach the network: an external picture and an external entity stay out of the HTML',
    async () => {
      for (const file of ['docx/external-linked-picture.docx', 'docx/xxe-external-entity.docx']) {
        const doc = await extractDocument({ path: file, bytes: corpus(file) }, env, { forView: true });
        expect(doc.view?.html ?? doc.stateDetail ?? '').not.toMatch(/https?:\/\//);
      }
      const picture = await extractDocument({ path: 'p.docx', bytes: corpus('docx/external-linked-picture.docx') }, env, { forView: true });
      expect(picture.view?.htmlNotes?.join(' ')).toMatch(/external/i);
    },
  );

  it.skipIf(!HAS_CORPUS)(
    'reads every hostile .docx/.xlsx of the corpus to a view or a clear reason, in bounded time',
    async () => {
      const files = corpusFiles().filter((f) => f.startsWith('docx/') || f.startsWith('xlsx/'));
      for (const file of files) {
        const started = Date.now();
        const previews: string[] = [];
        const doc = await extractDocument({ path: file, bytes: corpus(file) }, env, {
          forView: true,
          timeoutMs: 20_000,
          onPreview: (view) => previews.push(JSON.stringify(view)),
        });
        expect(Date.now() - started, file).toBeLessThan(25_000);
        for (const preview of previews) expect(preview, file).not.toMatch(/<script|src=\\?"https?:/i);
        if (doc.state === 'ok') expect(doc.view?.html ?? doc.view?.sheets, file).toBeDefined();
        else expect(doc.stateDetail, file).toMatch(/\w{4,}/);
        // Links may name web addresses (the viewer's sanitiser drops them); nothing may be loaded from one.
        expect(JSON.stringify(doc.view ?? {}), file).not.toMatch(/<script|src=\\?"https?:/i);
      }
    },
    120_000,
  );

  it.skipIf(!HAS_CORPUS)('keeps attachment bytes of an e-mail so they open as documents', async () => {
    const file = 'msg/two-office-attachments_docx-xlsx.msg';
    const doc = await extractDocument({ path: 'mail.msg', bytes: corpus(file) }, env, { forView: true });
    expect(doc.attachments.map((a) => [a.path, a.kind, (a.content?.length ?? 0) > 0])).toEqual([
      ['mail.msg#Installatie handleiding.docx', 'docx', true],
      ['mail.msg#Installatiehandleiding S&I Agro.xlsx', 'xlsx', true],
    ]);
    expect(doc.attachments[0]?.view?.html).toBeTruthy();
  });
});

describe("the viewer's first screen of a long Office file (onPreview)", () => {
  async function readWithPreview(path: string, bytes: Uint8Array) {
    const previews: DocumentView[] = [];
    let isDone = false;
    const doc = await extractDocument({ path, bytes }, env, {
      forView: true,
      onPreview: (view) => {
        // Given before the whole reading is done.
        expect(isDone).toBe(false);
        previews.push(view);
      },
    });
    isDone = true;
    return { doc, previews };
  }

  it("gives a large sheet's first rows first, each cell as the whole reading shows it", async () => {
    const rows: (string | number | Date)[][] = [['Task', 'Completed on', 'Share']];
    for (let i = 0; i < 600; i++) rows.push([`Task ${i + 1}`, new Date(Date.UTC(2026, 7, 1 + (i % 28))), (i % 100) / 100]);
    const bytes = await buildXlsx([
      { name: 'Tasks', rows, formats: { B: 'dd mmm yyyy', C: '0%' }, boldHeader: true },
      { name: 'Notes', rows: [['Signed off by the customer']] },
    ]);
    const { doc, previews } = await readWithPreview('tasks.xlsx', bytes);
    expect(previews).toHaveLength(1);
    const [first] = previews[0]?.sheets ?? [];
    const whole = doc.view?.sheets?.[0];
    expect(previews[0]?.sheets).toHaveLength(1);
    expect(first).toMatchObject({ name: 'Tasks', part: 'sheet:Tasks', rowCount: PREVIEW_ROWS });
    expect(first?.cells).toEqual(whole?.cells.filter((c) => c.row < PREVIEW_ROWS));
    expect(whole?.rowCount).toBe(601);
  });

  it("reads a long sheet's first screen from the first bytes of its parts, the same as from the whole", async () => {
    const rows: (string | number | Date)[][] = [['Task', 'Completed on', 'Hours', 'Notes']];
    for (let i = 0; i < 5_000; i++)
      rows.push([
        `Task ${i + 1}: Intune device enrolment`,
        new Date(Date.UTC(2026, 7, 1 + (i % 28))),
        8 + (i % 40) / 4,
        i % 7 === 0 ? 'Signed off' : '',
      ]);
    const bytes = await buildXlsx([{ name: 'Tasks', rows, formats: { B: 'dd mmm yyyy' }, boldHeader: true }]);
    const heads = safeUnzipHeads(bytes, 64 * 1024);
    // The sheet is longer than that: only its head is inflated.
    expect(heads.cut.has('xl/worksheets/sheet1.xml')).toBe(true);
    const fromHeads = previewXlsx(heads.files, heads.cut);
    expect(fromHeads?.sheets?.[0]?.rowCount).toBe(PREVIEW_ROWS);
    expect(fromHeads).toEqual(previewXlsx(safeUnzip(bytes)));
    const { doc, previews } = await readWithPreview('tasks.xlsx', bytes);
    expect(previews[0]).toEqual(fromHeads);
    expect(doc.view?.sheets?.[0]?.rowCount).toBe(5_001);
    // Heads too short for the first screen are refused, not shown short: the whole parts are read for it.
    const short = safeUnzipHeads(bytes, 8 * 1024);
    expect(() => previewXlsx(short.files, short.cut)).toThrow();
  });

  it('gives a long .docx its first blocks first, as the whole document shows them', async () => {
    const { doc, previews } = await readWithPreview('poe.docx', poeDocx({ pages: 20 }));
    expect(previews).toHaveLength(1);
    const head = previews[0]?.html ?? '';
    const whole = doc.view?.html ?? '';
    expect(head).toContain('<h1>Proof of Execution</h1>');
    expect(head.length).toBeLessThan(whole.length / 4);
    // The first screen is the start of the whole, block for block.
    const blocks = head.match(/<(p|h\d)>.*?<\/\1>/g) ?? [];
    expect(blocks.length).toBeGreaterThan(20);
    expect(whole.startsWith(blocks.join(''))).toBe(true);
    expect(whole).toContain('Customer acceptance');
    expect(head).not.toContain('Customer acceptance');
  });

  it('gives nothing first where the whole is as quick: a short .docx, a one-sheet workbook of a few rows', async () => {
    expect((await readWithPreview('poe.docx', poeDocx({ pages: 1 }))).previews).toEqual([]);
    const bytes = await buildXlsx([{ name: 'Tasks', rows: [['Task'], ['Workshop']] }]);
    expect((await readWithPreview('tasks.xlsx', bytes)).previews).toEqual([]);
  });

  it('gives the same first screen alone (a reader of first screens only), and none for a short, non-Office or damaged file', async () => {
    const rows: (string | number)[][] = [['Task', 'Hours']];
    for (let i = 0; i < 2_000; i++) rows.push([`Task ${i + 1}: Intune device enrolment`, 8 + (i % 40) / 4]);
    const xlsx = await buildXlsx([{ name: 'Tasks', rows, boldHeader: true }]);
    const docx = poeDocx({ pages: 20 });
    for (const [path, bytes] of [
      ['tasks.xlsx', xlsx],
      ['poe.docx', docx],
    ] as const) {
      const alone = await extractFirstScreen({ path, bytes });
      expect(alone, path).not.toBeNull();
      expect(alone, path).toEqual((await readWithPreview(path, bytes)).previews[0]);
    }
    expect(await extractFirstScreen({ path: 'poe.docx', bytes: poeDocx({ pages: 1 }) })).toBeNull();
    expect(await extractFirstScreen({ path: 'tasks.xlsx', bytes: await buildXlsx([{ name: 'T', rows: [['a'], ['b']] }]) })).toBeNull();
    expect(await extractFirstScreen({ path: 'notes.txt', bytes: new TextEncoder().encode('hello') })).toBeNull();
    // Truncated: the central directory is gone; the whole reading names the damage, the first screen is none.
    expect(await extractFirstScreen({ path: 'tasks.xlsx', bytes: xlsx.subarray(0, xlsx.length - 40) })).toBeNull();
  });

  it('cuts a .docx between top-level blocks only (a table counts once, whatever its paragraphs)', () => {
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const table = `<w:tbl><w:tr><w:tc>${p('a')}${p('b')}</w:tc></w:tr></w:tbl>`;
    const xml = `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${p('1')}${table}${p('2')}${p('3')}<w:sectPr/></w:body></w:document>`;
    expect(firstBlocksOf(xml, 2)).toBe(`<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${p('1')}${table}</w:body></w:document>`);
    // No cut when the cut would keep every block.
    expect(firstBlocksOf(xml, 5)).toBeNull();
    expect(firstBlocksOf('<w:document xmlns:w="x"><w:body>' + p('1'), 1)).toBeNull();
  });
});
