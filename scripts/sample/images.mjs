import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { createWriter } from './pdf-writer.mjs';
import { prng } from './prng.mjs';

/**
 * Raster documents: a scanned acceptance page (no text layer) and a phone photo of a signed page.
 * Drawn with @napi-rs/canvas (pdfjs-dist's optional dependency) with the DejaVu font from npm and
 * a seeded generator, so the PNG bytes are the same on every run.
 */

const require = createRequire(import.meta.url);
let fontsReady = false;
function registerFonts() {
  if (fontsReady) return;
  const root = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(root, 'DejaVuSans.ttf'), 'SampleSans');
  GlobalFonts.registerFromPath(join(root, 'DejaVuSerif.ttf'), 'SampleSerif');
  fontsReady = true;
}

function signature(ctx, x, y, rand, width = 220) {
  ctx.save();
  ctx.strokeStyle = '#1a2a6c';
  ctx.lineWidth = 2.4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y);
  for (let i = 1; i <= 14; i++) {
    const px = x + (i * width) / 14;
    ctx.quadraticCurveTo(px - width / 28, y + (rand() - 0.5) * 60, px, y + (rand() - 0.5) * 16);
  }
  ctx.stroke();
  ctx.restore();
}

function drawLines(ctx, lines, x, y, step) {
  lines.forEach((line, i) => ctx.fillText(line, x, y + i * step));
}

/** A 150-dpi style greyscale scan of a signed acceptance certificate, slightly skewed, with speckles. */
export async function scannedAcceptancePng() {
  registerFonts();
  const rand = prng(1155);
  const w = 1020;
  const h = 1320;
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f3ef';
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.rotate(0.011);
  ctx.translate(-w / 2, -h / 2);
  ctx.fillStyle = '#222';
  ctx.font = 'bold 34px SampleSerif';
  ctx.fillText('CUSTOMER ACCEPTANCE CERTIFICATE', 110, 150);
  ctx.font = '22px SampleSerif';
  drawLines(
    ctx,
    [
      "Customer: Margie's Travel, 2 Harbour Road, Sydney NSW 2000",
      'Partner: Wingtip Toys Consulting Pty Ltd',
      'Project: Microsoft Defender for Office 365 and Exchange Online Protection',
      'Scope: 780 mailboxes, 12 shared mailboxes, phishing simulation for all staff',
      'Delivered: 17 August 2026 to 25 September 2026',
      '',
      "Margie's Travel confirms that the work above was delivered by",
      'Wingtip Toys Consulting and accepts the deliverables.',
    ],
    110,
    240,
    38,
  );
  ctx.font = '20px SampleSerif';
  ctx.fillText('Signature:', 110, 700);
  signature(ctx, 250, 690, rand);
  ctx.fillText('Name: Ahmed Siddiqui        Title: IT Manager', 110, 780);
  ctx.fillText('Date:', 110, 840);
  ctx.font = 'italic 26px SampleSerif';
  ctx.fillStyle = '#1a2a6c';
  ctx.fillText('2 / 10 / 2026', 190, 842);
  ctx.restore();
  ctx.fillStyle = 'rgba(40,40,40,0.5)';
  for (let i = 0; i < 600; i++) ctx.fillRect(Math.floor(rand() * w), Math.floor(rand() * h), 2, 2);
  return canvas.encode('png');
}

/** Claim 1005155: page 1 typed cover text, page 2 the scan only (no text layer: OCR or a person). */
export async function margiesScannedPdf() {
  const f = await createWriter({
    title: 'Scan',
    author: 'Wingtip Toys Consulting',
    creator: 'RICOH IM C3000',
    producer: 'RICOH IM C3000',
    date: '2026-10-02T06:30:00Z',
    size: [612, 792],
  });
  f.heading('Wingtip Toys Consulting: POE pack for claim 1005155', 14);
  f.text(
    "Customer: Margie's Travel. Engagement: Microsoft Defender for Office 365 deployment. Page 2 is the customer's signed acceptance certificate (scanned).",
  );
  const png = await f.doc.embedPng(await scannedAcceptancePng());
  const page = f.doc.addPage([612, 792]);
  page.drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  return f.save();
}

/** Claim 1005170: a phone photo of a signed page on a desk (perspective, shadow, warm light). */
export async function signedPagePhotoPng() {
  registerFonts();
  const rand = prng(1170);
  const w = 900;
  const h = 1200;
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const desk = ctx.createLinearGradient(0, 0, w, h);
  desk.addColorStop(0, '#6b4a2f');
  desk.addColorStop(1, '#3e2a1a');
  ctx.fillStyle = desk;
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.setTransform(0.93, -0.04, 0.06, 0.95, 70, 90);
  ctx.shadowColor = 'rgba(0,0,0,0.55)';
  ctx.shadowBlur = 30;
  ctx.shadowOffsetX = 12;
  ctx.shadowOffsetY = 16;
  ctx.fillStyle = '#fbf8f0';
  ctx.fillRect(0, 0, 720, 960);
  ctx.shadowColor = 'transparent';
  ctx.fillStyle = '#202020';
  ctx.font = 'bold 26px SampleSans';
  ctx.fillText('Project sign-off', 50, 80);
  ctx.font = '17px SampleSans';
  drawLines(
    ctx,
    [
      'Customer: Wide World Importers',
      'Partner: A. Datum Corporation',
      'Microsoft Entra ID P2: Conditional Access and',
      'Privileged Identity Management for 1,450 users',
      'Go-live: 14 September 2026',
    ],
    50,
    140,
    32,
  );
  ctx.fillText('Customer signature:', 50, 560);
  signature(ctx, 230, 555, rand, 260);
  ctx.fillText('Hannah Lindqvist, Director of IT, 15/09/2026', 50, 640);
  ctx.restore();
  const light = ctx.createRadialGradient(w * 0.3, h * 0.2, 50, w * 0.3, h * 0.2, w);
  light.addColorStop(0, 'rgba(255,240,200,0.12)');
  light.addColorStop(1, 'rgba(0,0,0,0.18)');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, w, h);
  return canvas.encode('png');
}
