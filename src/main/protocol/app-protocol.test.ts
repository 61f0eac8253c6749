import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { APP_SCHEME_PRIVILEGES, assetPathOf, contentTypeOf, serveAppRequest } from './app-protocol';

let base: string;
let root: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'poe-protocol-')));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(root, 'pdfjs', 'wasm'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>POE Reviewer</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'pdfjs', 'wasm', 'openjpeg.wasm'), new Uint8Array([0, 97, 115, 109]));
  await mkdir(join(base, 'renderer-evil'));
  await writeFile(join(base, 'renderer-evil', 'x.js'), 'evil()');
  await symlink(join(base, 'renderer-evil', 'x.js'), join(root, 'assets', 'linked.js'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method });

describe('app:// protocol', () => {
  it('is registered standard and secure with fetch support (origin for IndexedDB, fetch for pdf.js assets)', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });

  it('serves the entry page with the CSP and nosniff headers', async () => {
    for (const url of ['app://poe-reviewer/', 'app://poe-reviewer/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('POE Reviewer');
    }
  });

  it('serves scripts and wasm with their types', async () => {
    const script = await get('app://poe-reviewer/assets/index-abc.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const wasm = await get('app://poe-reviewer/pdfjs/wasm/openjpeg.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(wasm.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://poe-reviewer/../renderer-evil/x.js',
    'app://poe-reviewer/%2e%2e/renderer-evil/x.js',
    'app://poe-reviewer/assets/%2e%2e%2f%2e%2e%2frenderer-evil/x.js',
    'app://poe-reviewer/assets/..%5c..%5crenderer-evil%5cx.js',
    'app://poe-reviewer/assets/linked.js',
    'app://poe-reviewer/assets',
    'app://poe-reviewer/missing.js',
    'app://poe-reviewer.evil/index.html',
    'app://x@poe-reviewer/index.html',
    'app://poe-reviewer/a%00.js',
    'app://poe-reviewer/%E0%A4%A',
  ])('answers 404 and serves nothing for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not found');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://poe-reviewer/index.html', 'POST')).status).toBe(405);
    const head = await get('app://poe-reviewer/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('maps URLs to renderer paths', () => {
    expect(assetPathOf('app://poe-reviewer/')).toBe('index.html');
    expect(assetPathOf('app://poe-reviewer/assets/a%20b.js')).toBe('assets/a b.js');
    expect(assetPathOf('https://poe-reviewer/index.html')).toBeNull();
    expect(contentTypeOf('x.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('noext')).toBe('application/octet-stream');
  });
});
