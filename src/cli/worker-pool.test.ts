import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool, type PoolOptions } from './worker-pool';

// A stand-in reader thread: answers normally, crashes, or hangs depending on the path.
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.path.includes('crash')) process.exit(3);
  if (job.path.includes('throw')) throw new Error('boom');
  if (job.path.includes('hang')) return;
  if (job.path.includes('hog')) { globalThis.held = new Uint8Array(600 * 1024 * 1024).fill(1); return; }
  // A scan: the reader's OCR engine grows its heap by 200 MB and keeps it (as a wasm heap does), saying so.
  if (job.path.includes('scan')) {
    parentPort.postMessage({ ocrHeapBytes: 200 * 1024 * 1024 });
    globalThis.engine = new Uint8Array(200 * 1024 * 1024).fill(1);
    setTimeout(() => parentPort.postMessage({ id: job.id, doc: { path: job.path, kind: 'pdf', state: 'ok', parts: [], metadata: {}, signatures: [], attachments: [] } }), 600);
    return;
  }
  // A big scan: the engine grows past its bound and is ended after the page (it then tells no heap),
  // while the thread keeps 300 MB of what the page left (as a reader that decoded and OCR'd it does).
  if (job.path.includes('bigpage')) {
    parentPort.postMessage({ ocrHeapBytes: 300 * 1024 * 1024 });
    setTimeout(() => (globalThis.kept = new Uint8Array(300 * 1024 * 1024).fill(1)), 100);
    setTimeout(() => {
      parentPort.postMessage({ id: job.id, doc: { path: job.path, kind: 'pdf', state: 'ok', parts: [], metadata: {}, signatures: [], attachments: [] } });
      parentPort.postMessage({ ocrHeapBytes: 0 });
    }, 600);
    return;
  }
  // A small document that takes a moment to read (as any real one does).
  if (job.path.includes('small')) {
    setTimeout(() => parentPort.postMessage({ id: job.id, doc: { path: job.path, kind: 'pdf', state: 'ok', parts: [], metadata: {}, signatures: [], attachments: [] } }), 300);
    return;
  }
  // Plain reading that takes 300 MB for a while.
  if (job.path.includes('mid')) {
    const held = new Uint8Array(300 * 1024 * 1024).fill(1);
    setTimeout(() => { held.fill(0); parentPort.postMessage({ id: job.id, doc: { path: job.path, kind: 'pdf', state: 'ok', parts: [], metadata: {}, signatures: [], attachments: [] } }); }, 1500);
    return;
  }
  parentPort.postMessage({ id: job.id, doc: { path: job.path, kind: 'pdf', state: 'ok', parts: [{ page: 1, text: String(job.bytes.length), hasTextLayer: true }], metadata: {}, signatures: [], attachments: [] } });
});
`;

const dir = mkdtempSync(join(tmpdir(), 'poe-pool-'));
const workerUrl = pathToFileURL(join(dir, 'fake-worker.mjs'));
writeFileSync(workerUrl, WORKER);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (n: number) => () => Promise.resolve(new Uint8Array(n));

/** A pool of the stand-in reader with `options`, closed once `use` is done, whatever it threw. */
async function withPool(options: Omit<PoolOptions, 'workerUrl'>, use: (pool: ExtractPool) => Promise<void>): Promise<void> {
  const pool = new ExtractPool({ workerUrl, ...options });
  try {
    await use(pool);
  } finally {
    await pool.close();
  }
}

/** The memory tests' pool: 20 s a document, memory sampled every 20 ms. */
const MEMORY_WATCH = { timeoutMs: 20_000, graceMs: 1000, maxHeapMb: 256, sampleMs: 20 };

/** Resident memory once ended readers of earlier tests have given theirs back (limits are set from it). */
async function settledRss(): Promise<number> {
  let last = process.memoryUsage.rss();
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = process.memoryUsage.rss();
    if (Math.abs(now - last) < 4 * 1024 * 1024) return now;
    last = now;
  }
  return last;
}

describe('ExtractPool', () => {
  it('marks a crashed, throwing or hung document and keeps reading the rest', async () => {
    await withPool({ size: 2, timeoutMs: 1500, graceMs: 500, maxHeapMb: 256 }, async (pool) => {
      const paths = ['a.pdf', 'crash.pdf', 'b.pdf', 'throw.pdf', 'hang.pdf', 'c.pdf', 'd.pdf'];
      const docs = await Promise.all(paths.map((path, i) => pool.run({ path, load: bytes(i + 1) })));
      const states = Object.fromEntries(docs.map((d) => [d.path, d.state]));
      expect(states).toEqual({
        'a.pdf': 'ok',
        'crash.pdf': 'corrupt',
        'b.pdf': 'ok',
        'throw.pdf': 'corrupt',
        'hang.pdf': 'timeout',
        'c.pdf': 'ok',
        'd.pdf': 'ok',
      });
      expect(docs.find((d) => d.path === 'crash.pdf')?.stateDetail).toContain('exit code 3');
      expect(docs.find((d) => d.path === 'd.pdf')?.parts[0]?.text).toBe('7');
    });
  });

  it('marks a document whose bytes cannot be loaded as refused', async () => {
    await withPool({ size: 1, timeoutMs: 200, graceMs: 100, maxHeapMb: 256 }, async (pool) => {
      const doc = await pool.run({ path: 'x.pdf', load: () => Promise.reject(new Error('"x.pdf" is a symlink out of the queue')) });
      expect(doc.state).toBe('refused');
      expect(doc.stateDetail).toContain('symlink');
    });
  });

  it('ends a reader whose memory passes the limit: the document is "too large to read", the others read alone are fine (issue 12 item 1)', async () => {
    const limit = process.memoryUsage.rss() + 300 * 1024 * 1024;
    await withPool({ ...MEMORY_WATCH, size: 2, maxResidentBytes: limit }, async (pool) => {
      const docs = await Promise.all(['a.pdf', 'hog.pdf', 'b.pdf', 'c.pdf'].map((path) => pool.run({ path, load: bytes(3) })));
      expect(Object.fromEntries(docs.map((d) => [d.path, d.state]))).toEqual({
        'a.pdf': 'ok',
        'hog.pdf': 'refused',
        'b.pdf': 'ok',
        'c.pdf': 'ok',
      });
      expect(docs[1]?.stateDetail).toMatch(/^too large to read: reading it took more than \d+ MB of memory$/);
    });
  });

  it("counts a reader's OCR engine heap apart: a scan is read, while a bomb beside it is still refused", async () => {
    const base = await settledRss();
    const limits = { maxResidentBytes: base + 150 * 1024 * 1024, maxTotalResidentBytes: base + 1200 * 1024 * 1024 };
    await withPool({ ...MEMORY_WATCH, size: 1, ...limits }, async (pool) => {
      const scan = await pool.run({ path: 'scan.pdf', load: bytes(3) });
      expect(scan.state).toBe('ok');
      const hog = await pool.run({ path: 'hog.pdf', load: bytes(3) });
      expect(hog.state).toBe('refused');
      expect(hog.stateDetail).toMatch(/^too large to read: reading it took more than \d+ MB of memory$/);
    });
  }, 60_000);

  it('over the whole process limit, an idle reader keeping an OCR engine is ended first, so the busy document is read', async () => {
    const base = await settledRss();
    const limits = { maxResidentBytes: base + 400 * 1024 * 1024, maxTotalResidentBytes: base + 400 * 1024 * 1024 };
    await withPool({ ...MEMORY_WATCH, size: 2, ...limits }, async (pool) => {
      // The scan in one reader; the other reader takes the next document, whose bytes come once the scan is done.
      const scan = pool.run({ path: 'scan.pdf', load: bytes(3) });
      expect((await pool.run({ path: 'a.pdf', load: bytes(3) })).state).toBe('ok');
      const mid = pool.run({ path: 'mid.pdf', load: () => scan.then(() => new Uint8Array(3)) });
      expect((await scan).state).toBe('ok');
      expect((await mid).state).toBe('ok');
    });
  }, 60_000);

  it('after a big scan whose engine was ended, small documents are still read: the memory the scan left is not theirs (issue 7)', async () => {
    for (const size of [1, 2]) {
      const base = await settledRss();
      const limits = { maxResidentBytes: base + 200 * 1024 * 1024, maxTotalResidentBytes: base + 700 * 1024 * 1024 };
      await withPool({ ...MEMORY_WATCH, size, ...limits }, async (pool) => {
        expect((await pool.run({ path: 'bigpage.png', load: bytes(3) })).state).toBe('ok');
        const small = ['small-exif-orientation-6.jpg', 'small-cmyk.jpg', 'small-a.pdf', 'small-b.pdf'];
        const docs = await Promise.all(small.map((path) => pool.run({ path, load: bytes(3) })));
        expect(Object.fromEntries(docs.map((d) => [d.path, `${d.state} ${d.stateDetail ?? ''}`.trim()]))).toEqual(
          Object.fromEntries(small.map((path) => [path, 'ok'])),
        );
        // A document that does take too much on its own is still refused.
        const hog = await pool.run({ path: 'hog.pdf', load: bytes(3) });
        expect(hog.stateDetail).toMatch(/^too large to read: reading it took more than \d+ MB of memory$/);
      });
    }
  }, 90_000);
});
