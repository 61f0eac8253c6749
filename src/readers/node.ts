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

export function createNodeReaderEnv(): ReaderEnv {
  const path = builtin<NodePathApi>('node:path');
  const root = pdfjsDistFolder();
  // pdf.js wants a trailing "/" (it checks for that character, also on Windows).
  const folder = (name: string) => `${path.join(root, name)}/`;
  const { createHash } = builtin<NodeCryptoApi>('node:crypto');
  return {
    loadPdfjs: (): Promise<PdfjsModule> => import('pdfjs-dist/legacy/build/pdf.mjs'),
    pdfAssets: { cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), wasmUrl: folder('wasm') },
    sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex')),
  };
}
