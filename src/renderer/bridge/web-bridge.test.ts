// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge, queueSourceFromUrl } from './web-bridge';

const MANIFEST = JSON.stringify({ schema: 'poe-queue/1', name: 'Sample', claims: [] });

function serve(files: Record<string, string>) {
  const fetchMock = vi.fn((input: URL | RequestInfo) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = files[url.pathname];
    return Promise.resolve(body === undefined ? new Response('not found', { status: 404 }) : new Response(body));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('web bridge', () => {
  it('opens the bundled sample queue with its file list, reading files by queue-relative path', async () => {
    const fetchMock = serve({
      '/sample-queue/queue.json': MANIFEST,
      '/sample-queue/files.json': JSON.stringify(['queue.json', '1004973/Contoso SOW #2.pdf']),
      '/sample-queue/1004973/Contoso%20SOW%20%232.pdf': '%PDF-1.7',
    });
    const source = await createWebBridge().openSampleQueue();
    expect(source).toMatchObject({ source: 'sample', manifestName: 'queue.json', files: ['1004973/Contoso SOW #2.pdf', 'queue.json'] });
    expect(JSON.parse(source.manifestText)).toMatchObject({ name: 'Sample' });
    expect(new TextDecoder().decode(await source.readFile('1004973/Contoso SOW #2.pdf'))).toBe('%PDF-1.7');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('refuses paths outside the queue without fetching, and names missing files', async () => {
    const fetchMock = serve({ '/q/queue.json': MANIFEST, '/q/files.json': JSON.stringify(['queue.json', 'a/listed.pdf']) });
    const source = await queueSourceFromUrl('/q/queue.json', 'Bench queue', 'folder');
    expect(source.files).toEqual(['a/listed.pdf', 'queue.json']);
    const calls = fetchMock.mock.calls.length;
    await expect(source.readFile('../secret.txt')).rejects.toThrow(/^"\.\.\/secret\.txt" refused: path leaves the queue folder/);
    await expect(source.readFile('%2e%2e/secret.txt')).rejects.toThrow(/refused/);
    expect(fetchMock.mock.calls.length).toBe(calls);
    await expect(source.readFile('a/missing.pdf')).rejects.toThrow('"a/missing.pdf" not found in the queue');
    await expect(source.readFile('a/listed.pdf')).rejects.toThrow('"a/listed.pdf" could not be read (HTTP 404)');
  });

  it('says which queue has no queue.json', async () => {
    serve({});
    await expect(createWebBridge().openSampleQueue()).rejects.toThrow('"Sample queue": "queue.json" could not be read (HTTP 404)');
  });

  it('has no journal and no dialog in the browser', async () => {
    const bridge = createWebBridge();
    expect(bridge.platform).toBe('web');
    expect(await bridge.showOpenQueueDialog()).toBeNull();
    await expect(bridge.appendJournal('{}')).resolves.toBeUndefined();
    expect(await bridge.readJournal()).toBe('');
  });
});
