import type { PdfjsModule, ReaderEnv } from './extract';
import type { OcrEngine } from './ocr';

/**
 * The readers' platform in the app: runs inside the app's dedicated Web Worker (the checklist
 * engine worker), so pdf.js must not start a worker of its own. Importing pdf.js's worker module
 * sets globalThis.pdfjsWorker; pdf.js then sets up its "fake worker" on this thread (see
 * PDFWorker#initialize in pdf.mjs), which is what we want: we already are off the main thread,
 * and the main thread's budget can terminate this worker outright.
 *
 * Assets are served by the app under `<assetsBase>/pdfjs/{cmaps,wasm}/` (copied by the web
 * build) and loaded by AssetFetcher below, not by pdf.js's own loader, which reads
 * `document.baseURI` (a Web Worker has none). The standard fonts' glyph files are not given, as in
 * `check` (node.ts): these readers read text and never draw it (a page is rendered only for OCR,
 * and only when it has no text at all; the viewer draws with its own pdf.js, src/renderer/pdf).
 * pdf.js would otherwise fetch and parse one (FoxitSans...) for every standard font of every
 * document a triage worker reads.
 */

function scopeHref(): string {
  const loc = (globalThis as { location?: { href?: string } }).location;
  return loc?.href ?? 'http://localhost/';
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * pdf.js's worker module, when evaluated inside any Web Worker, assumes it IS pdf.js's worker:
 * it listens on `self` and posts a "ready" handshake to our parent (the app's main thread),
 * which would see a stray message. Its check starts with `typeof window === "undefined"`, so a
 * `window` defined for the duration of the import makes it skip that; nothing else in the
 * module reads `window` while it is evaluated, and it is removed right after.
 */
async function importWorkerCodeQuietly(): Promise<void> {
  const hadWindow = Object.prototype.hasOwnProperty.call(globalThis, 'window');
  if (!hadWindow) Object.defineProperty(globalThis, 'window', { value: globalThis, configurable: true, writable: true });
  try {
    await import('pdfjs-dist/build/pdf.worker.min.mjs');
  } finally {
    if (!hadWindow) Reflect.deleteProperty(globalThis, 'window');
  }
}

type AssetKind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';

/**
 * pdf.js's BinaryDataFactory for these readers: cMaps and wasm by fetch() from the app's asset
 * folders; a kind without a folder (the standard fonts) is refused at once, so pdf.js goes on
 * without it (as in Node). pdf.js's own worker-side fetch (useWorkerFetch) would instead request
 * "null" + the file name for each standard font of each document and wait for the failure.
 */
class AssetFetcher {
  readonly #urls: Record<AssetKind, string | null>;

  constructor({ cMapUrl = null, standardFontDataUrl = null, wasmUrl = null }: Partial<Record<AssetKind, string | null>>) {
    this.#urls = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const base = kind in this.#urls ? this.#urls[kind as AssetKind] : null;
    if (!base) throw new Error(`no ${kind} folder: pdf.js goes on without it`);
    // Only names inside the asset folder: pdf.js passes bare file names.
    if (/[\\/]|\.\./.test(filename)) throw new Error(`refused pdf.js asset name ${filename}`);
    const url = `${base}${filename}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Unable to load ${kind} data at: ${url}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** `ocr`: the app's OCR engine (browser-ocr.ts); without it scans are left to a person. */
export function createBrowserReaderEnv(assetsBase: string, options: { ocr?: OcrEngine } = {}): ReaderEnv {
  const base = new URL(assetsBase.endsWith('/') ? assetsBase : `${assetsBase}/`, scopeHref());
  const asset = (folder: string) => new URL(`pdfjs/${folder}/`, base).href;
  let loading: Promise<PdfjsModule> | undefined;
  return {
    loadPdfjs: () => {
      loading ??= (async () => {
        await importWorkerCodeQuietly();
        return import('pdfjs-dist');
      })();
      return loading;
    },
    pdfAssets: { cMapUrl: asset('cmaps'), wasmUrl: asset('wasm') },
    sha256: async (bytes) => toHex(await crypto.subtle.digest('SHA-256', bytes.slice().buffer)),
    pdfWorkerFetch: false,
    pdfBinaryDataFactory: AssetFetcher,
    ...(options.ocr ? { ocr: options.ocr } : {}),
  };
}
