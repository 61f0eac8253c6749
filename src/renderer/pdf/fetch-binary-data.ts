type AssetKind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';

/**
 * Loads pdf.js's cMaps, fonts and wasm with fetch() on the page's thread. pdf.js only fetches
 * http(s) URLs itself and falls back to XMLHttpRequest otherwise; Electron's `app://` scheme is
 * registered for the Fetch API, so this keeps one well-trodden path there. Same shape as
 * pdf.js's DOMBinaryDataFactory (passed as the `BinaryDataFactory` option).
 */
export class FetchBinaryDataFactory {
  readonly #urls: Record<AssetKind, string | null>;

  constructor({
    cMapUrl = null,
    standardFontDataUrl = null,
    wasmUrl = null,
  }: {
    cMapUrl?: string | null;
    standardFontDataUrl?: string | null;
    wasmUrl?: string | null;
  }) {
    this.#urls = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  async fetch({ kind, filename }: { kind: AssetKind; filename: string }): Promise<Uint8Array> {
    const base = this.#urls[kind];
    if (!base) throw new Error(`pdf.js asked for ${kind} but none is configured`);
    // Only names inside the asset folder: pdf.js passes bare file names.
    if (/[\\/]|\.\./.test(filename)) throw new Error(`refused pdf.js asset name ${filename}`);
    const url = `${base}${filename}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Unable to load ${kind} data at: ${url}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** pdf.js fetches its assets itself (in the worker) only from http(s) pages. */
export function needsFetchFactory(baseUri: string): boolean {
  return !/^https?:$/.test(new URL(baseUri).protocol);
}
