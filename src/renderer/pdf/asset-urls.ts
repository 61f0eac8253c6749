/** URLs of the pdf.js assets copied into the app by vite/pdfjs-assets.ts (all end in `/`). */
export interface PdfjsAssetUrls {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
  iccUrl: string;
}

/**
 * Resolves the asset folders against the page's base URI, so the same build works from
 * `app://poe/index.html` in Electron and from any folder of a static web server.
 */
export function pdfjsAssetUrls(baseUri: string): PdfjsAssetUrls {
  const root = new URL('pdfjs/', baseUri).href;
  return {
    cMapUrl: `${root}cmaps/`,
    standardFontDataUrl: `${root}standard_fonts/`,
    wasmUrl: `${root}wasm/`,
    iccUrl: `${root}iccs/`,
  };
}
