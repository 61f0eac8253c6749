import './node-polyfills';
import type { PdfjsModule, ReaderEnv } from './extract';

/**
 * The readers' platform for Node (CLI, its worker_threads, main process, tests): pdf.js's
 * legacy build (the modern one needs DOMMatrix at import), assets from the installed
 * pdfjs-dist folder, SHA-256 from node:crypto.
 *
 * Node built-ins are reached through process.getBuiltinModule (Node >= 20.16, as pdf.js itself
 * does) with small local types, because src/readers is also type-checked by the web tsconfig,
 * which has no Node types; an `import 'node:crypto'` here would fail that check.
 */

interface NodeModuleApi {
  createRequire: (from: string) => { resolve: (id: string) => string };
}
interface NodePathApi {
  dirname: (p: string) => string;
  join: (...parts: string[]) => string;
}
interface NodeCryptoApi {
  createHash: (algorithm: 'sha256') => { update(data: Uint8Array): { digest(encoding: 'hex'): string } };
}

function builtin<T>(id: string): T {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.(id);
  if (!mod) throw new Error(`Node built-in "${id}" is not available (Node 20.16 or later is required)`);
  return mod as T;
}

/** The installed pdfjs-dist folder, found the way Node resolves packages from this module. */
export function pdfjsDistFolder(): string {
  const { createRequire } = builtin<NodeModuleApi>('node:module');
  const path = builtin<NodePathApi>('node:path');
  return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * The built-ins pdf.js's legacy build replaces with core-js polyfills when it loads, as this realm
 * had them before. core-js swaps Array.prototype.push for a JavaScript loop (V8's push does not
 * throw on an array whose length is read-only when given no item) and JSON.stringify for a wrapper
 * with a replacer on every key (for JSON.rawJSON): the same results for everything pdf.js and the
 * readers do, several times slower, and push runs for every text item of every page. Measured on
 * 1,000 two-page text PDFs (scripts/bench-check.mjs): the polyfilled push was about a tenth of
 * the reader threads' CPU time.
 */
const nativeBuiltins = { push: Array.prototype.push, stringify: JSON.stringify };

/**
 * pdf.js's legacy build and its worker code (which pdf.js would otherwise import on the first
 * document; importing it sets globalThis.pdfjsWorker, which pdf.js then runs on this thread),
 * with the built-ins above put back once both have loaded.
 */
async function loadLegacyPdfjs(): Promise<PdfjsModule> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Array.prototype.push = nativeBuiltins.push;
  JSON.stringify = nativeBuiltins.stringify;
  return pdfjs;
}

export function createNodeReaderEnv(): ReaderEnv {
  const path = builtin<NodePathApi>('node:path');
  const root = pdfjsDistFolder();
  // pdf.js wants a trailing "/" (it checks for that character, also on Windows).
  const folder = (name: string) => `${path.join(root, name)}/`;
  const { createHash } = builtin<NodeCryptoApi>('node:crypto');
  return {
    loadPdfjs: loadLegacyPdfjs,
    // No standard font files: `check` reads text and never draws it (a page is rendered only for
    // OCR, and only when it has no text at all). pdf.js otherwise reads and parses a font file
    // (FoxitSans, LiberationSans...) for every standard font of every document: about a tenth of
    // the reader threads' CPU on scripts/bench-check.mjs's text PDFs. Reports on those 1,000 PDFs,
    // on ../shared/corpus and on `npm run eval`'s 146 claims are byte-identical without them.
    pdfAssets: { cMapUrl: folder('cmaps'), wasmUrl: folder('wasm') },
    sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex')),
  };
}
