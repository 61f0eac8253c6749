// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { buildDocx, buildXlsx } from '../../../../scripts/sample/office.mjs';
import type { ViewerDocument } from './viewer-types';

// pdf.js's browser build cannot load in jsdom (no DOMMatrix, no workers); real rendering is
// covered by the end-to-end suite in Chromium. Here openPdf fails the way pdf.js does on a broken file.
vi.mock('@renderer/pdf/pdfjs', () => ({
  PAGE_BUDGET_MS: 1000,
  warmPdfWorker: () => Promise.resolve(),
  openPdf: () => Promise.resolve({ status: 'failed', failure: { kind: 'corrupt', reason: 'Invalid PDF structure' } }),
  renderPage: () => ({ promise: Promise.resolve({ status: 'cancelled' }), cancel: () => undefined }),
}));
vi.mock('pdfjs-dist', () => ({ TextLayer: class {} }));
// jsdom has no Web Workers: the viewer's reader runs the same readers (src/readers) in the test's thread.
vi.mock('./extract/view-extract-client', async () => {
  const { extractDocument } = await import('@readers/extract');
  const { createNodeReaderEnv } = await import('@readers/node');
  const env = createNodeReaderEnv();
  return {
    extractForView: (_key: string, path: string, bytes: ArrayBuffer) =>
      extractDocument({ path, bytes: new Uint8Array(bytes) }, env, { forView: true }),
  };
});

const { DocumentViewer } = await import('./document-viewer');

function doc(name: string, over: Partial<ViewerDocument> = {}): ViewerDocument {
  return {
    path: `claims/C-1/${name}`,
    name,
    mimeType: null,
    state: 'ok',
    stateDetail: null,
    load: () => Promise.resolve(new Blob(['x'])),
    ...over,
  };
}

afterEach(cleanup);

describe('DocumentViewer', () => {
  it('offers a tab per document, named by file name, with its state visible', () => {
    const onChange = vi.fn();
    const docs = [doc('SOW.pdf'), doc('gone.pdf', { state: 'missing' }), doc('notes.docx')];
    render(<DocumentViewer documents={docs} activePath={docs[0]!.path} onActivePathChange={onChange} />);
    const tablist = screen.getByRole('tablist', { name: 'Documents' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-label'))).toEqual(['SOW.pdf', 'gone.pdf', 'notes.docx']);
    expect(screen.getByRole('tab', { name: 'gone.pdf' }).textContent).toContain('missing');
    expect(screen.getByRole('tab', { name: 'SOW.pdf' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'notes.docx' }));
    expect(onChange).toHaveBeenCalledWith('claims/C-1/notes.docx');
    fireEvent.keyDown(tablist, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith('claims/C-1/gone.pdf');
  });

  it('names the file and the reason when a PDF cannot be opened', async () => {
    const broken = doc('broken.pdf');
    render(<DocumentViewer documents={[broken]} activePath={broken.path} onActivePathChange={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe('broken.pdf could not be opened: corrupt (Invalid PDF structure)');
  });

  it('says a missing file is missing without trying to read it', async () => {
    const load = vi.fn(() => Promise.resolve(undefined));
    const gone = doc('gone.pdf', { state: 'missing', stateDetail: 'not found in the queue folder', load });
    render(<DocumentViewer documents={[gone]} activePath={gone.path} onActivePathChange={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe('gone.pdf could not be opened: missing (not found in the queue folder)');
    expect(load).not.toHaveBeenCalled();
  });

  it('shows a .docx as its document and an .xlsx as sheets, from what the readers read', async () => {
    const docx = doc('plan.docx', {
      load: () => Promise.resolve(new Blob([buildDocx([{ text: 'Delivery plan', heading: 1 }, { table: [['Signed by', 'Jane Doe']] }])])),
    });
    const xlsx = doc('plan.xlsx', {
      load: async () =>
        new Blob([
          await buildXlsx([
            {
              name: 'Hours',
              rows: [
                ['Task', 'Hours'],
                ['Workshop', 1234.5],
              ],
              formats: { B: '#,##0.00' },
            },
            { name: 'Old', rows: [['x']], state: 'hidden' },
          ]),
        ]),
    });
    const docs = [docx, xlsx];
    const { rerender } = render(<DocumentViewer documents={docs} activePath={docx.path} onActivePathChange={() => undefined} />);
    const page = await screen.findByRole('document', { name: 'plan.docx' });
    expect((await within(page).findByRole('heading', { name: 'Delivery plan' })).tagName).toBe('H2');
    expect(within(page).getByRole('cell', { name: 'Jane Doe' })).toBeTruthy();
    rerender(<DocumentViewer documents={docs} activePath={xlsx.path} onActivePathChange={() => undefined} />);
    const sheets = await screen.findByRole('tablist', { name: 'Sheets' });
    expect(
      within(sheets)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Hours', 'Old (hidden)']);
  });

  it("names the file and the readers' reason when an Office file cannot be read", async () => {
    const bad = doc('bad.docx', { load: () => Promise.resolve(new Blob(['PK\u0003\u0004 truncated'])) });
    render(<DocumentViewer documents={[bad]} activePath={bad.path} onActivePathChange={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^bad\.docx could not be opened: (corrupt|unsupported|refused) \(.+\)$/);
  });

  it('shows an e-mail as headers and text', async () => {
    const raw =
      'From: Ana <ana@partner.example>\r\nTo: r@contoso.example\r\nDate: Tue, 3 Jun 2025 10:15:00 +0200\r\nSubject: Sign-off\r\n\r\nApproved by the customer.';
    const mail = doc('signoff.eml', { load: () => Promise.resolve(new Blob([raw])) });
    render(<DocumentViewer documents={[mail]} activePath={mail.path} onActivePathChange={() => undefined} />);
    const view = await screen.findByRole('document', { name: 'signoff.eml' });
    expect(view.textContent).toContain('Ana <ana@partner.example>');
    expect(view.textContent).toContain('Sign-off');
    expect(view.textContent).toContain('Approved by the customer.');
  });

  it('reports an unreadable mail as corrupt', async () => {
    const bad = doc('bad.msg', { load: () => Promise.resolve(new Blob(['not an outlook file'])) });
    render(<DocumentViewer documents={[bad]} activePath={bad.path} onActivePathChange={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^bad\.msg could not be opened: (corrupt|unsupported) \(.+\)$/);
  });

  it("lists an e-mail's attachments as documents of the claim, opened in their own view", async () => {
    const docx = buildDocx([{ text: 'Attached plan', heading: 1 }]);
    let b64 = '';
    for (const byte of docx) b64 += String.fromCharCode(byte);
    const raw = [
      'From: ana@partner.example',
      'Subject: Plan',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XX"',
      '',
      '--XX',
      'Content-Type: text/plain',
      '',
      'See the attached plan.',
      '--XX',
      'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition: attachment; filename="plan.docx"',
      'Content-Transfer-Encoding: base64',
      '',
      btoa(b64),
      '--XX--',
    ].join('\r\n');
    const mail = doc('signoff.eml', { load: () => Promise.resolve(new Blob([raw])) });
    const onChange = vi.fn();
    const { rerender } = render(<DocumentViewer documents={[mail]} activePath={mail.path} onActivePathChange={onChange} />);
    const tab = await screen.findByRole('tab', { name: 'signoff.eml › plan.docx' });
    fireEvent.click(within(await screen.findByRole('region', { name: 'Attachments' })).getByRole('button', { name: 'plan.docx' }));
    expect(onChange).toHaveBeenCalledWith('claims/C-1/signoff.eml#plan.docx');
    expect(tab.getAttribute('aria-selected')).toBe('false');
    rerender(<DocumentViewer documents={[mail]} activePath="claims/C-1/signoff.eml#plan.docx" onActivePathChange={onChange} />);
    const page = await screen.findByRole('document', { name: 'signoff.eml › plan.docx' });
    expect((await within(page).findByRole('heading', { name: 'Attached plan' })).tagName).toBe('H2');
  });

  it('keeps the tabs working when one document breaks the viewer', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const evil = doc('evil.pdf');
    Object.defineProperty(evil, 'mimeType', {
      get() {
        throw new Error('boom');
      },
    });
    const docs = [evil, doc('fine.docx')];
    render(<DocumentViewer documents={docs} activePath={evil.path} onActivePathChange={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toBe('evil.pdf could not be opened: error (boom)');
    expect(screen.getAllByRole('tab')).toHaveLength(2);
  });
});
