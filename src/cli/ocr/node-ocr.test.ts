import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { greyFromRgba, type GreyImage } from '@shared/documents/ocr-image';
import { turnBox } from '@shared/documents/ocr-skew';
import { ocrPage } from '@readers/ocr';
import { extractDocument } from '@readers/extract';
import { createNodeReaderEnv } from '@readers/node';
import { PDFDocument, StandardFonts } from 'pdf-lib';
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

/**
 * A phone photo of a page lying askew on a dark desk: the sheet turned by `degrees` clockwise,
 * sheared a little (perspective), its shadow on the desk, light falling off across it, a signature
 * stroke under the text. Wide margins of desk: most of the photo is not paper.
 */
function photo(degrees: number): GreyImage {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(dir, 'DejaVuSans.ttf'), 'PhotoSans');
  const w = 1000;
  const h = 1300;
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const desk = ctx.createLinearGradient(0, 0, w, h);
  desk.addColorStop(0, '#5a4030');
  desk.addColorStop(1, '#2e2018');
  ctx.fillStyle = desk;
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  const a = (degrees * Math.PI) / 180;
  // Turned about the sheet's centre, with a slight shear of perspective.
  ctx.translate(w / 2, h / 2);
  ctx.transform(Math.cos(a), Math.sin(a), -Math.sin(a) + 0.03, Math.cos(a), 0, 0);
  ctx.translate(-380, -500);
  ctx.shadowColor = 'rgba(0,0,0,0.6)';
  ctx.shadowBlur = 25;
  ctx.shadowOffsetX = 14;
  ctx.shadowOffsetY = 18;
  ctx.fillStyle = '#f7f3ea';
  ctx.fillRect(0, 0, 760, 1000);
  ctx.shadowColor = 'transparent';
  ctx.fillStyle = '#222222';
  ctx.font = '18px PhotoSans';
  const lines = [
    'Customer: Northwind Traders',
    'Partner: Fabrikam Consulting Limited',
    'Microsoft Defender for Endpoint onboarding of 2,300 devices',
    'Privileged Identity Management configured for all administrators',
    'Completed and accepted on 14 September 2026',
  ];
  lines.forEach((line, i) => ctx.fillText(line, 60, 120 + i * 36));
  ctx.strokeStyle = '#1c2a6b';
  ctx.lineWidth = 3;
  ctx.beginPath();
  for (let x = 260; x < 560; x += 6) ctx.lineTo(x, 520 + Math.sin(x / 11) * 14);
  ctx.stroke();
  ctx.fillText('Customer signature', 60, 525);
  ctx.restore();
  const light = ctx.createRadialGradient(w * 0.3, h * 0.2, 60, w * 0.3, h * 0.2, w);
  light.addColorStop(0, 'rgba(255,240,200,0.12)');
  light.addColorStop(1, 'rgba(0,0,0,0.2)');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, w, h);
  return greyFromRgba(ctx.getImageData(0, 0, w, h).data, w, h);
}

/** Share of a box's pixels (in pixels of the photo) that are dark ink. */
function inkIn(grey: GreyImage, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(grey.height, Math.ceil(box.y1)); y++)
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(grey.width, Math.ceil(box.x1)); x++) {
      all++;
      if ((grey.data[y * grey.width + x] as number) < 110) dark++;
    }
  return all === 0 ? 0 : dark / all;
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

  it('straightens a phone photo of a skewed page before reading it: its long lines whole, its words on their ink', async () => {
    const one = createNodeOcr({ budgetMs: 120_000, workerPath: join(root, 'out/cli/ocr-worker.js') });
    try {
      for (const degrees of [-3, 2.5]) {
        const grey = photo(degrees);
        const part = await ocrPage(one, grey, 120, ['eng'], { part: 'image' });
        // Read unstraightened, a long line falls apart into pieces on lines of their own.
        expect(part.text).toContain('Privileged Identity Management configured for all administrators');
        expect(part.text).toContain('Microsoft Defender for Endpoint onboarding of 2,300 devices');
        expect(part.ocr?.skew ?? 0).toBeGreaterThan(degrees - 0.6);
        expect(part.ocr?.skew ?? 0).toBeLessThan(degrees + 0.6);
        // A word's box (straightened frame, points) turned by the skew lies on its ink in the photo.
        const k = 72 / 120;
        const item = part.items?.find((i) => i.text === 'administrators');
        expect(item?.box).toBeDefined();
        const b = item?.box;
        if (!b) continue;
        const box = { x0: b.x / k, x1: (b.x + b.width) / k, y1: grey.height - b.y / k, y0: grey.height - (b.y + b.height) / k };
        const shown = turnBox(box, part.ocr?.skew ?? 0, grey.width, grey.height);
        // (Left in the straightened frame, the box is off the word by up to half its width times the skew: half its ink missed.)
        expect(inkIn(grey, shown)).toBeGreaterThan(0.08);
        expect(inkIn(grey, shown)).toBeGreaterThan(inkIn(grey, box) * 1.5);
      }
    } finally {
      await one.close();
    }
  }, 240_000);
  it("keeps a fillable form's typed values on a scanned page, beside their labels, OCR's reading of them replaced", async () => {
    // A scanned letter-size page (an image only, 200 dpi) with a text field typed after
    // "Customer name:" and a ticked box after "Intune in scope:".
    const dpi = 200;
    const s = dpi / 72;
    const canvas = createCanvas(Math.round(612 * s), Math.round(792 * s));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#f4f3ee';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#202020';
    ctx.font = `${Math.round(12 * s)}px sans-serif`;
    const lines = [
      'Project completion and customer acceptance',
      'Customer name:',
      'Microsoft Intune deployed for 1,200 users and 900 devices',
      'Intune in scope:',
      'Accepted on 10 September 2026',
    ];
    lines.forEach((line, i) => ctx.fillText(line, 72 * s, (100 + i * 30) * s));
    const doc = await PDFDocument.create();
    const page = doc.addPage([612, 792]);
    const png = await doc.embedPng(canvas.toBuffer('image/png'));
    page.drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
    const form = doc.getForm();
    const name = form.createTextField('Customer.Name');
    name.setText('Contoso Pharma');
    // On the label's line: its baseline is 130 pt from the top.
    name.addToPage(page, { x: 190, y: 792 - 130 - 4, width: 200, height: 16, borderWidth: 0 });
    const box = form.createCheckBox('Scope.Intune');
    box.addToPage(page, { x: 190, y: 792 - 190 - 2, width: 12, height: 12 });
    box.check();
    form.updateFieldAppearances(await doc.embedFont(StandardFonts.Helvetica));
    const bytes = await doc.save({ useObjectStreams: false });

    const one = createNodeOcr({ budgetMs: 120_000, workerPath: join(root, 'out/cli/ocr-worker.js') });
    try {
      const env = { ...createNodeReaderEnv(), ocr: one };
      const read = await extractDocument({ path: 'a/scan-form.pdf', bytes }, env);
      const part = read.parts[0];
      expect(part?.hasTextLayer).toBe(false);
      expect(part?.ocr?.state).toBe('done');
      const text = part?.text ?? '';
      // The typed value after its label, once (not also as OCR read its painted copy), and the box ticked on its row.
      expect(text).toMatch(/Customer name: Contoso Pharma/);
      expect(text.match(/Contoso/g)).toHaveLength(1);
      expect(text).toMatch(/Intune in scope: ☒/);
      expect(text).toContain('Microsoft Intune deployed for 1,200 users');
      const value = part?.items?.find((i) => i.formField === 'Customer.Name');
      expect(value?.text).toBe('Contoso Pharma');
      const label = part?.items?.find((i) => i.text === 'name:');
      expect(Math.abs((value?.box?.y ?? 0) - (label?.box?.y ?? 100))).toBeLessThan(8);
    } finally {
      await one.close();
    }
  }, 240_000);
});
