import type { Plugin, ResolvedConfig } from 'vite';
import { requestSegments, sendFileOrNext } from './dev-static';
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Folders of pdfjs-dist that pdf.js fetches at run time (CJK cMaps, the 14 standard fonts, JBIG2/JPX/ICC wasm, ICC profiles). */
const ASSET_FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;

/** Where the assets live in the build output and under the dev server: `<base>pdfjs/<folder>/`. */
export const PDFJS_ASSET_DIR = 'pdfjs';

/** The QuickJS scripting sandbox also sits in wasm/: never shipped, since PDF JavaScript must never run. */
export function isShippedAsset(file: string): boolean {
  return !/quickjs/i.test(file);
}

const CONTENT_TYPES: Record<string, string> = {
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.icc': 'application/vnd.iccprofile',
};

function pdfjsRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

/**
 * Maps a request path below `pdfjs/` to a file inside one of the asset folders, or null.
 * Compares path segments (not string prefixes) so `..`, encoded dots and other folders of
 * node_modules are never served.
 */
export function resolveAssetRequest(root: string, requestPath: string): string | null {
  const segments = requestSegments(requestPath);
  const folder = segments?.[0];
  if (!segments || segments.length < 2 || !ASSET_FOLDERS.some((f) => f === folder)) return null;
  const file = resolve(root, ...segments);
  const rel = relative(root, file);
  if (rel.startsWith('..') || rel.split(sep)[0] !== folder || !isShippedAsset(file)) return null;
  return file;
}

function contentType(file: string): string {
  const dot = file.lastIndexOf('.');
  return CONTENT_TYPES[dot >= 0 ? file.slice(dot) : ''] ?? 'application/octet-stream';
}

/**
 * Serves pdf.js's cMaps, standard fonts, wasm and ICC profiles from the app itself: copied into
 * `<outDir>/pdfjs/` on build, served from node_modules under `<base>pdfjs/` in dev. Never a CDN:
 * the app runs offline and must not fetch anything remote.
 */
export function pdfjsAssets(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'poe:pdfjs-assets',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      const root = pdfjsRoot();
      // Any page path works (the app is served from `./`), so match the last `/pdfjs/` segment.
      server.middlewares.use((req, res, next) => {
        const match = /\/pdfjs\/([^?#]+)/.exec(req.url ?? '');
        const file = match?.[1] ? resolveAssetRequest(root, match[1]) : null;
        if (!file) return next();
        sendFileOrNext(file, contentType(file), res, next);
      });
    },
    async writeBundle() {
      if (!config || config.command !== 'build') return;
      const root = pdfjsRoot();
      const outDir = resolve(config.root, config.build.outDir);
      for (const folder of ASSET_FOLDERS) {
        await cp(join(root, folder), join(outDir, PDFJS_ASSET_DIR, folder), { recursive: true, filter: isShippedAsset });
      }
    },
  };
}
