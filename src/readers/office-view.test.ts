import { describe, expect, it } from 'vitest';
import { buildDocx, buildXlsx, poeDocx } from '../../scripts/sample/office.mjs';
import { extractDocument } from './extract';
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
        const doc = await extractDocument({ path: file, bytes: corpus(file) }, env, { forView: true, timeoutMs: 20_000 });
        expect(Date.now() - started, file).toBeLessThan(25_000);
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
