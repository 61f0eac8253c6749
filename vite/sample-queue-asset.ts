import type { Plugin, ResolvedConfig } from 'vite';
import { requestSegments, sendFileOrNext } from './dev-static';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** Where the sample queue sits in the build output and under the dev server: `<base>sample-queue/`. */
export const SAMPLE_QUEUE_DIR = 'sample-queue';
/** The listing the web bridge reads, since a static server cannot list folders. */
export const FILE_LIST_NAME = 'files.json';

const projectRoot = resolve(import.meta.dirname, '..');
const sampleRoot = join(projectRoot, 'resources', 'sample-queue');

/**
 * True when queue.json is missing, older than the generator's sources, or exported on another
 * day than today (its review statuses are placed from the generation day: a sample of last month
 * would show every claim overdue).
 */
function isSampleStale(root: string): boolean {
  const manifest = join(root, 'queue.json');
  if (!existsSync(manifest)) return true;
  const exportedAt: unknown = (JSON.parse(readFileSync(manifest, 'utf8')) as { exportedAt?: unknown }).exportedAt;
  const today = process.env.POE_SAMPLE_TODAY ?? new Date().toISOString().slice(0, 10);
  if (typeof exportedAt !== 'string' || exportedAt.slice(0, 10) !== today) return true;
  const built = statSync(manifest).mtimeMs;
  const scripts = join(projectRoot, 'scripts');
  const sources = [
    join(scripts, 'generate-sample-queue.mjs'),
    ...readdirSync(join(scripts, 'sample')).map((f) => join(scripts, 'sample', f)),
  ];
  return sources.some((file) => statSync(file).mtimeMs > built);
}

/** Runs `scripts/generate-sample-queue.mjs` when resources/sample-queue is missing or stale. */
export function ensureSampleQueue(root: string = sampleRoot): void {
  if (!isSampleStale(root)) return;
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'generate-sample-queue.mjs'), root], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`generate-sample-queue.mjs failed (exit ${String(result.status)})`);
}

/** Queue-relative paths (with `/`) of every file below `root` except files.json, sorted. */
export async function listQueueFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  await walk(root);
  return out.filter((p) => p !== FILE_LIST_NAME).sort();
}

/**
 * Maps a request path below `sample-queue/` to a file of the sample queue, or null. Compares
 * segments so `..`, encoded dots, backslashes and NUL never reach outside the folder.
 */
export function resolveSampleRequest(root: string, requestPath: string): string | null {
  const segments = requestSegments(requestPath);
  if (!segments || segments.length === 0) return null;
  const file = resolve(root, ...segments);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== file) return null;
  return file;
}

function contentType(file: string): string {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'application/json';
  if (lower.endsWith('.pdf')) return 'application/pdf';
  if (lower.endsWith('.png')) return 'image/png';
  if (lower.endsWith('.eml')) return 'message/rfc822';
  return 'application/octet-stream';
}

/**
 * Bundles the generated sample queue with the web build: `<outDir>/sample-queue/**` plus
 * `sample-queue/files.json`. Generates the queue first when it is missing (a fresh clone), and
 * serves the same paths from resources/ under the dev server.
 */
export function sampleQueueAsset(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'poe:sample-queue-asset',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      if (config?.command === 'build') ensureSampleQueue();
    },
    configureServer(server) {
      ensureSampleQueue();
      server.middlewares.use((req, res, next) => {
        const match = /\/sample-queue\/([^?#]+)/.exec(req.url ?? '');
        if (!match?.[1]) return next();
        if (match[1] === FILE_LIST_NAME) {
          listQueueFiles(sampleRoot).then(
            (files) => {
              res.setHeader('Content-Type', 'application/json');
              res.end(JSON.stringify(files));
            },
            (error: unknown) => next(error),
          );
          return;
        }
        const file = resolveSampleRequest(sampleRoot, match[1]);
        if (!file) return next();
        sendFileOrNext(file, contentType(file), res, next);
      });
    },
    async writeBundle() {
      if (!config || config.command !== 'build') return;
      const target = join(resolve(config.root, config.build.outDir), SAMPLE_QUEUE_DIR);
      await mkdir(target, { recursive: true });
      await cp(sampleRoot, target, { recursive: true });
      const files = await listQueueFiles(target);
      await writeFile(join(target, FILE_LIST_NAME), `${JSON.stringify(files, null, 2)}\n`);
    },
  };
}
