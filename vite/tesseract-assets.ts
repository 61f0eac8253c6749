import type { Plugin, ResolvedConfig } from 'vite';
import { requestSegments, sendFileOrNext } from './dev-static';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** Where the OCR assets live in the build output and under the dev server: `<base>tesseract/`. */
export const TESSERACT_ASSET_DIR = 'tesseract';

/** tesseract.js picks one core by the browser's WebAssembly features (SIMD, relaxed SIMD) and by LSTM-only or legacy (orientation detection). */
const CORES = [
  'tesseract-core-relaxedsimd-lstm.wasm.js',
  'tesseract-core-relaxedsimd.wasm.js',
  'tesseract-core-simd-lstm.wasm.js',
  'tesseract-core-simd.wasm.js',
  'tesseract-core-lstm.wasm.js',
  'tesseract-core.wasm.js',
];

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * The project's package.json. This file runs from vite/ (the web config, tests) but electron-vite
 * bundles it into its config at the repository root, where `../package.json` is outside the
 * project (that build failed with "ENOENT … /package.json" above the checkout).
 */
function projectPackageJson(): string {
  const candidates = [resolve(import.meta.dirname, '../package.json'), resolve(import.meta.dirname, 'package.json')];
  const found = candidates.find((p) => existsSync(p) && (JSON.parse(readFileSync(p, 'utf8')) as { name?: string }).name === 'poe-reviewer');
  if (!found) throw new Error(`tesseract assets: the project's package.json is not at ${candidates.join(' or ')}`);
  return found;
}

/** The language packages the app ships: the @tesseract.js-data/* dependencies of package.json. */
export function languagePackages(packageJson: string = projectPackageJson()): string[] {
  const deps = (JSON.parse(readFileSync(packageJson, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};
  return Object.keys(deps)
    .filter((d) => d.startsWith('@tesseract.js-data/'))
    .map((d) => d.slice('@tesseract.js-data/'.length))
    .sort();
}

/**
 * Every file served below `tesseract/`, by its path there: the worker script, the cores and the
 * language data (LSTM "best_int" models; the legacy model of osd, which orientation detection
 * needs). Only these names are served: nothing else of node_modules.
 */
export function tesseractFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const js = packageDir('tesseract.js');
  files.set('worker.min.js', join(js, 'dist/worker.min.js'));
  files.set('worker.min.js.LICENSE.txt', join(js, 'dist/worker.min.js.LICENSE.txt'));
  const core = packageDir('tesseract.js-core');
  for (const name of CORES) files.set(`core/${name}`, join(core, name));
  for (const lang of languagePackages()) {
    const folder = lang === 'osd' ? '4.0.0' : '4.0.0_best_int';
    files.set(`lang/${folder}/${lang}.traineddata.gz`, join(packageDir(`@tesseract.js-data/${lang}`), folder, `${lang}.traineddata.gz`));
  }
  return files;
}

function contentType(file: string): string {
  if (file.endsWith('.js')) return 'text/javascript';
  if (file.endsWith('.txt')) return 'text/plain';
  return 'application/octet-stream';
}

/**
 * Serves tesseract.js's worker script, its WebAssembly cores and the language data from the app
 * itself: copied into `<outDir>/tesseract/` on build, served from node_modules under
 * `<base>tesseract/` in dev. Never a CDN: the app runs offline and fetches nothing remote.
 */
export function tesseractAssets(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'poe:tesseract-assets',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      const files = tesseractFiles();
      server.middlewares.use((req, res, next) => {
        const match = /\/tesseract\/([^?#]+)/.exec(req.url ?? '');
        const segments = match?.[1] ? requestSegments(match[1]) : null;
        const file = segments ? files.get(segments.join('/')) : undefined;
        if (!file) return next();
        sendFileOrNext(file, contentType(file), res, next);
      });
    },
    async writeBundle() {
      if (!config || config.command !== 'build') return;
      const outDir = resolve(config.root, config.build.outDir, TESSERACT_ASSET_DIR);
      for (const [name, file] of tesseractFiles()) {
        const target = join(outDir, name);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(file, target);
      }
    },
  };
}
