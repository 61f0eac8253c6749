import { describe, expect, it } from 'vitest';
import { pdfjsAssetUrls } from './asset-urls';
import { resolveAssetRequest } from '../../../vite/pdfjs-assets';

describe('pdfjsAssetUrls', () => {
  it('resolves beside the page, in Electron and under any web path', () => {
    expect(pdfjsAssetUrls('app://poe/index.html').cMapUrl).toBe('app://poe/pdfjs/cmaps/');
    expect(pdfjsAssetUrls('http://127.0.0.1:4173/sub/dir/index.html?x=1').wasmUrl).toBe('http://127.0.0.1:4173/sub/dir/pdfjs/wasm/');
    expect(pdfjsAssetUrls('http://host/app/').standardFontDataUrl).toBe('http://host/app/pdfjs/standard_fonts/');
  });
});

describe('dev server asset paths', () => {
  const root = '/nm/pdfjs-dist';
  it('serves files inside the asset folders', () => {
    expect(resolveAssetRequest(root, 'cmaps/90ms-RKSJ-H.bcmap')).toBe('/nm/pdfjs-dist/cmaps/90ms-RKSJ-H.bcmap');
    expect(resolveAssetRequest(root, 'wasm/openjpeg.wasm?v=1')).toBe('/nm/pdfjs-dist/wasm/openjpeg.wasm');
  });

  it('refuses anything else of node_modules, traversal and encoded tricks', () => {
    expect(resolveAssetRequest(root, 'package.json')).toBeNull();
    expect(resolveAssetRequest(root, 'build/pdf.mjs')).toBeNull();
    expect(resolveAssetRequest(root, 'cmaps/../../../etc/passwd')).toBeNull();
    expect(resolveAssetRequest(root, 'cmaps/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveAssetRequest(root, 'cmaps/..%5c..%5cx')).toBeNull();
    expect(resolveAssetRequest(root, 'cmaps/%00x')).toBeNull();
    expect(resolveAssetRequest(root, 'cmaps/%E0%A4%A')).toBeNull();
  });

  it('never serves the PDF JavaScript sandbox', () => {
    expect(resolveAssetRequest(root, 'wasm/quickjs-eval.wasm')).toBeNull();
    expect(resolveAssetRequest(root, 'wasm/quickjs-eval.js')).toBeNull();
    expect(resolveAssetRequest(root, 'wasm/jbig2.wasm')).toBe('/nm/pdfjs-dist/wasm/jbig2.wasm');
  });
});
