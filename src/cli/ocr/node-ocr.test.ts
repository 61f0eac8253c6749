import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { greyFromRgba } from '@shared/documents/ocr-image';
import { createNodeOcr, type NodeOcr } from './node-ocr';

/**
 * The OCR engine's memory is counted apart from the readers' (worker-pool.ts): this holds only
 * if the engine's thread really tells its WebAssembly heap, and an engine past its bound is ended.
 */

const root = resolve(import.meta.dirname, '../../..');
const heaps: number[] = [];
let ocr: NodeOcr;

function page() {
  const canvas = createCanvas(1200, 400);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 1200, 400);
  ctx.fillStyle = '#000000';
  ctx.font = '48px sans-serif';
  ctx.fillText('Customer acceptance signed', 60, 150);
  ctx.fillText('Date: 10 September 2026', 60, 260);
  return greyFromRgba(ctx.getImageData(0, 0, 1200, 400).data, 1200, 400);
}

beforeAll(() => {
  // The engine's thread script is built with the command (out/cli/ocr-worker.js).
  const build = spawnSync(process.execPath, [join(root, 'bin/poe-check.mjs'), '--help'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  ocr = createNodeOcr({
    budgetMs: 60_000,
    workerPath: join(root, 'out/cli/ocr-worker.js'),
    onHeap: (bytes) => heaps.push(bytes),
    maxHeapBytes: 1,
  });
}, 240_000);
afterAll(() => ocr.close());

describe('OCR for check', () => {
  it("tells its engine's heap after a page, and ends an engine past its bound (then reads on with a fresh one)", async () => {
    const first = await ocr.recognize(page(), { languages: ['eng'], dpi: 300 });
    expect(first.words.map((w) => w.text).join(' ')).toContain('acceptance');
    // Told the heap (megabytes, never 0 while the engine lives), then 0 once the engine past 1 byte was ended.
    expect(heaps[0]).toBeGreaterThan(1024 * 1024);
    expect(heaps.at(-1)).toBe(0);
    const second = await ocr.recognize(page(), { languages: ['deu', 'eng'], dpi: 300 });
    expect(second.words.map((w) => w.text).join(' ')).toContain('September');
    expect(heaps.filter((b) => b > 0)).toHaveLength(2);
  }, 120_000);

  it('reads with a language folder whose link points nowhere (left by a copy of the app that has gone)', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'poe-ocr-links-'));
    mkdirSync(join(cacheDir, 'tessdata-4.0.0_best_int'));
    symlinkSync(join(cacheDir, 'gone/eng.traineddata.gz'), join(cacheDir, 'tessdata-4.0.0_best_int/eng.traineddata.gz'));
    const one = createNodeOcr({ budgetMs: 60_000, cacheDir, workerPath: join(root, 'out/cli/ocr-worker.js') });
    try {
      const read = await one.recognize(page(), { languages: ['eng'], dpi: 300 });
      expect(read.words.map((w) => w.text).join(' ')).toContain('acceptance');
    } finally {
      await one.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('reads on in other languages with the same engine (switched in place, its heap told once)', async () => {
    const told: number[] = [];
    const one = createNodeOcr({ budgetMs: 60_000, workerPath: join(root, 'out/cli/ocr-worker.js'), onHeap: (b) => told.push(b) });
    try {
      for (const languages of [['eng'], ['deu', 'eng'], ['eng']]) {
        const read = await one.recognize(page(), { languages, dpi: 300 });
        expect(read.words.map((w) => w.text).join(' ')).toContain('September');
      }
      expect(told.length).toBeGreaterThan(0);
      expect(told.every((b) => b > 0)).toBe(true);
    } finally {
      await one.close();
    }
  }, 120_000);
});
