import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchBinaryDataFactory, needsFetchFactory } from './fetch-binary-data';

afterEach(() => vi.unstubAllGlobals());

describe('FetchBinaryDataFactory', () => {
  const factory = new FetchBinaryDataFactory({
    cMapUrl: 'app://poe/pdfjs/cmaps/',
    standardFontDataUrl: 'app://poe/pdfjs/standard_fonts/',
    wasmUrl: 'app://poe/pdfjs/wasm/',
  });

  it('fetches the named file from the configured folder', async () => {
    const fetchMock = vi.fn((url: string) =>
      Promise.resolve(new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { 'x-url': url } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const bytes = await factory.fetch({ kind: 'cMapUrl', filename: '90ms-RKSJ-H.bcmap' });
    expect(fetchMock).toHaveBeenCalledWith('app://poe/pdfjs/cmaps/90ms-RKSJ-H.bcmap');
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('refuses names a hostile PDF could use to leave the folder', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await expect(factory.fetch({ kind: 'cMapUrl', filename: '../../queue/secret.bcmap' })).rejects.toThrow('refused');
    await expect(factory.fetch({ kind: 'cMapUrl', filename: 'a\\b.bcmap' })).rejects.toThrow('refused');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fails clearly when the asset is not there', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('no', { status: 404 })));
    await expect(factory.fetch({ kind: 'wasmUrl', filename: 'jbig2.wasm' })).rejects.toThrow(
      'Unable to load wasmUrl data at: app://poe/pdfjs/wasm/jbig2.wasm',
    );
  });

  it('is used only where pdf.js would not fetch by itself', () => {
    expect(needsFetchFactory('app://poe/index.html')).toBe(true);
    expect(needsFetchFactory('http://127.0.0.1:4173/index.html')).toBe(false);
    expect(needsFetchFactory('https://x.example/app/')).toBe(false);
  });
});
