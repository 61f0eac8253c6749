#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * `npm run web`: builds the web build (unless --no-build) and serves out/web on 127.0.0.1 with a
 * tiny static server: no directory listings, nothing outside the served folders.
 *   --port <n>            default 5174
 *   --no-build            serve what is in out/web
 *   --mount /prefix=dir   also serve `dir` under `/prefix/` (the benchmark's generated queue)
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.icc': 'application/vnd.iccprofile',
  '.pdf': 'application/pdf',
  '.eml': 'message/rfc822',
  '.msg': 'application/vnd.ms-outlook',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
};

export function mimeType(file) {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file below `root`, or null. Decodes once, refuses NUL, backslashes and
 * dot segments, then checks the real path (symlinks) is still inside the root by segments.
 */
export async function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '.' || s === '..')) return null;
  let file = resolve(root, ...segments);
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = join(file, 'index.html');
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    const rel = relative(realRoot, realFile);
    if (rel.split(sep)[0] === '..' || resolve(realRoot, rel) !== realFile) return null;
    const realInfo = await stat(realFile);
    return realInfo.isFile() ? { file: realFile, size: realInfo.size } : null;
  } catch {
    return null;
  }
}

export function createStaticServer(root, mounts = []) {
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    const mount = mounts.find((m) => path.startsWith(`${m.prefix}/`));
    const base = mount ? mount.dir : root;
    const rest = mount ? path.slice(mount.prefix.length) : path;
    resolveInside(base, rest).then(
      (found) => {
        if (!found) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        res.writeHead(200, {
          'Content-Type': mimeType(found.file),
          'Content-Length': String(found.size),
          'Cache-Control': 'no-cache',
          'X-Content-Type-Options': 'nosniff',
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(found.file).pipe(res);
      },
      () => res.writeHead(500).end(),
    );
  });
}

function parseMounts(values) {
  return values.map((value) => {
    const eq = value.indexOf('=');
    const prefix = `/${value.slice(0, eq).replace(/^\/+|\/+$/g, '')}`;
    if (eq < 1 || prefix === '/') throw new Error(`--mount wants /prefix=dir, got "${value}"`);
    return { prefix, dir: resolve(value.slice(eq + 1)) };
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5174' },
      'no-build': { type: 'boolean', default: false },
      mount: { type: 'string', multiple: true, default: [] },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  if (!values['no-build']) {
    const build = spawnSync('npm', ['run', 'build:web'], { cwd: projectRoot, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const root = join(projectRoot, 'out', 'web');
  const server = createStaticServer(root, parseMounts(values.mount));
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`POE Reviewer web build: http://127.0.0.1:${actual}/`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
