import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DocumentViewer, type ViewerDocument, type ViewerFocus } from '../document-viewer';
import { basename } from '../document-kind';
import { openPdf } from '@renderer/pdf/pdfjs';

/**
 * Throwaway harness to look at the viewer in a real browser: `?docs=a.pdf,b.eml&active=…`
 * loads files from `./corpus/` beside the page; `?focus=page,x,y,w,h` or `?focusText=…` sends a focus.
 */
const params = new URLSearchParams(location.search);
const paths = (params.get('docs') ?? '').split(',').filter(Boolean);
const documents: ViewerDocument[] = paths.map((path) => ({
  path,
  name: basename(path),
  mimeType: null,
  state: path.startsWith('missing/') ? 'missing' : 'ok',
  stateDetail: null,
  load: async () => {
    const response = await fetch(`corpus/${path}`);
    return response.ok ? response.blob() : undefined;
  },
}));

function initialFocus(): ViewerFocus | null {
  const active = params.get('active') ?? paths[0] ?? '';
  const box = params.get('focus');
  if (box) {
    const [page = 1, x = 0, y = 0, width = 0, height = 0] = box.split(',').map(Number);
    return { document: active, page, box: { x, y, width, height }, nonce: 1 };
  }
  const text = params.get('focusText');
  return text ? { document: active, text, page: Number(params.get('focusPage') ?? 1), nonce: 1 } : null;
}

function Harness() {
  const [active, setActive] = useState<string | null>(params.get('active') ?? paths[0] ?? null);
  const [focus] = useState(initialFocus);
  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <DocumentViewer documents={documents} activePath={active} onActivePathChange={setActive} focus={focus} />
    </div>
  );
}

// Lets a script check the open watchdog in a real browser: `await window.__h4OpenPdf(bytes, budgetMs)`.
Object.assign(window, { __h4OpenPdf: (bytes: Uint8Array, budgetMs: number) => openPdf(bytes, { budgetMs }).then((r) => (r.status === 'ok' ? { status: 'ok', pages: r.doc.numPages } : r)) });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Harness />
    </StrictMode>,
  );
}
