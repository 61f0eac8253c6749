import type { CustomScheme } from 'electron';
import { normaliseQueuePath } from '@shared/queue/queue-path';
import { QueueFileError, readFileInsideRoot } from '../../node/safe-read';
import { APP_SCHEME, isAppUrl, parseUrl } from '../security/app-origin';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

/**
 * app:// serves the built renderer (out/renderer). Registered standard + secure so the pages
 * get a real origin (IndexedDB, fetch, module workers work) instead of file://'s "null".
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
  bcmap: 'application/octet-stream',
  pfb: 'application/octet-stream',
  icc: 'application/vnd.iccprofile',
};

export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return CONTENT_TYPES[dot >= 0 ? path.slice(dot + 1).toLowerCase() : ''] ?? 'application/octet-stream';
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** The renderer file a request names, queue-path rules applied; null when it may not be served. */
export function assetPathOf(requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = parseUrl(requestUrl);
  if (url === null) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\//, '');
  const checked = normaliseQueuePath(relative);
  return checked.ok ? checked.path : null;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Answers one app:// request from `realRendererRoot` (a realpath); GET/HEAD only. */
export async function serveAppRequest(realRendererRoot: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'method not allowed');
  const asset = assetPathOf(request.url);
  if (asset === null) return textResponse(404, 'not found');
  try {
    const bytes = await readFileInsideRoot(realRendererRoot, asset, 256 * 1024 * 1024);
    const body = request.method === 'HEAD' ? null : bytes;
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(asset) } });
  } catch (err) {
    if (err instanceof QueueFileError && err.kind !== 'unreadable') return textResponse(404, 'not found');
    return textResponse(500, 'could not read the file');
  }
}
