import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckReportSchema, type CheckReport } from '@shared/checks/types';
import { scanPage, scanPdf } from '../../scripts/eval/other-formats.mjs';

/**
 * `check` reads scans by OCR, offline: a page scanned sideways, a German image-only PDF, and a
 * scan whose signature line was left blank, generated here as a scanner would give them (noise,
 * skew). The blank one must never pass; the others are judged like text documents.
 */

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'poe-ocr-queue-'));
const cache = mkdtempSync(join(tmpdir(), 'poe-ocr-cache-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

function letter(lang: 'en' | 'de', customer: string, contact: string): string[] {
  if (lang === 'de')
    return [
      'Projektabschluss und Abnahmeerklärung',
      `Fabrikam / ${customer}`,
      `Fabrikam hat Microsoft Intune für ${customer} zwischen dem 1. Juni 2026 und dem 5. September`,
      '2026 eingeführt: 1.200 Benutzer und 900 Geräte, in drei Phasen: Analyse und Design,',
      'Pilot mit 50 Benutzern, Produktion und Konfiguration der Richtlinien.',
      `${customer} bestätigt, dass die oben beschriebenen Leistungen erbracht wurden.`,
      '',
      'Unterschrift:',
      `Name: ${contact}, CISO`,
      'Datum: 10. September 2026',
    ];
  return [
    'Project completion and customer acceptance',
    `Fabrikam / ${customer}`,
    `Fabrikam deployed Microsoft Intune for ${customer} between 1 June 2026 and 5 September 2026:`,
    '1,200 users and 900 devices, in three phases: assessment and design, pilot with 50 users,',
    'production rollout and configuration of compliance policies.',
    `${customer} confirms that the services described above were delivered and accepts them.`,
    '',
    'Signature:',
    `Name: ${contact}, CISO`,
    'Date: 10 September 2026',
  ];
}

/** The PNG turned a quarter clockwise: a page fed into the scanner sideways. */
async function sideways(png: Uint8Array): Promise<Buffer> {
  const img = await loadImage(Buffer.from(png));
  const canvas = createCanvas(img.height, img.width);
  const ctx = canvas.getContext('2d');
  ctx.translate(img.height, 0);
  ctx.rotate(Math.PI / 2);
  ctx.drawImage(img, 0, 0);
  return canvas.toBuffer('image/png');
}

function claim(id: string, country: string, customer: string, contact: string, email: string, path: string) {
  return {
    claimId: id,
    program: 'cpor',
    partnerRole: 'Use or consume',
    activity: 'usage',
    solutionArea: 'Modern Work and Security',
    claimName: `${customer} Microsoft Intune`,
    status: 'Submitted',
    createdAt: '2026-10-16',
    submittedAt: '2026-10-20',
    partner: { name: 'Fabrikam', partnerId: '5272302', contactName: 'Priya Kaur', contactEmail: 'pkaur@fabrikam.com' },
    customer: { name: customer, domain: email.split('@')[1], country, sector: 'commercial', contactName: contact, contactEmail: email },
    workloads: [{ name: 'Microsoft Intune', subscriptionId: null, association: 'none' }],
    documents: [{ path, uploadedAt: '2026-10-15' }],
  };
}

function check(...extra: string[]): CheckReport {
  const run = spawnSync(process.execPath, [join(root, 'bin/poe-check.mjs'), dir, ...extra], {
    cwd: root,
    encoding: 'utf8',
    timeout: 400_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return CheckReportSchema.parse(JSON.parse(run.stdout));
}

const statuses = (r: CheckReport, id: string) =>
  Object.fromEntries((r.claims.find((c) => c.claimId === id)?.checks ?? []).map((c) => [c.id, c.status]));

/** Share of dark pixels of a PNG under a box given in points (origin bottom-left) at `dpi`. */
async function inkUnder(png: Uint8Array, dpi: number, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const img = await loadImage(Buffer.from(png));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const k = dpi / 72;
  const x0 = Math.max(0, Math.floor(box.x * k));
  const x1 = Math.min(img.width, Math.ceil((box.x + box.width) * k));
  const y0 = Math.max(0, Math.floor(img.height - (box.y + box.height) * k));
  const y1 = Math.min(img.height, Math.ceil(img.height - box.y * k));
  if (x1 <= x0 || y1 <= y0) return 0;
  const data = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i] as number) < 110) dark++;
  return dark / (data.length / 4);
}

describe('check reads scans by OCR', () => {
  let report: CheckReport;
  let sidewaysPng: Uint8Array;

  beforeAll(async () => {
    const en = letter('en', 'Contoso', 'John Doe');
    const signAt = en.length - 3;
    const rotated = scanPage({ lines: en, seed: 7, angle: 0.015, signAt });
    const de = letter('de', 'Alpenblick Versicherung', 'Thomas Gerber');
    const german = scanPage({ lines: de, seed: 8, angle: -0.02, signAt: de.length - 3 });
    const blank = scanPage({ lines: letter('en', 'Woodgrove Bank', 'Karen Mendes'), seed: 9, angle: 0.01 });
    for (const id of ['OCR1', 'OCR2', 'OCR3']) mkdirSync(join(dir, id));
    sidewaysPng = await sideways(rotated.png);
    writeFileSync(join(dir, 'OCR1/acceptance-scan.png'), sidewaysPng);
    writeFileSync(join(dir, 'OCR2/abnahme-scan.pdf'), await scanPdf([german]));
    writeFileSync(join(dir, 'OCR3/acceptance-scan.png'), blank.png);
    const queue = {
      schema: 'poe-queue/1',
      name: 'OCR scans',
      exportedAt: '2026-10-21T08:00:00Z',
      claims: [
        claim('OCR1', 'US', 'Contoso', 'John Doe', 'john.doe@contoso.com', 'OCR1/acceptance-scan.png'),
        claim('OCR2', 'DE', 'Alpenblick Versicherung', 'Thomas Gerber', 'thomas.gerber@alpenblick.de', 'OCR2/abnahme-scan.pdf'),
        claim('OCR3', 'US', 'Woodgrove Bank', 'Karen Mendes', 'karen.mendes@woodgrovebank.com', 'OCR3/acceptance-scan.png'),
      ],
    };
    writeFileSync(join(dir, 'queue.json'), JSON.stringify(queue));
    report = check('--ocr-cache', cache);
  }, 420_000);

  it('straightens a page scanned sideways and judges it like text', () => {
    expect(statuses(report, 'OCR1')).toMatchObject({ signature: 'pass', names: 'pass', dates: 'pass', workloads: 'pass' });
    const ev = report.claims.find((c) => c.claimId === 'OCR1')?.checks.find((c) => c.id === 'signature')?.evidence[0];
    expect(ev?.ocrConfidence).toBeGreaterThan(0.8);
    expect(ev?.text).toContain('John Doe');
  });

  it("puts the report's evidence boxes on the scan as it is (turned sideways and skewed), on the words' ink", async () => {
    const boxes = (report.claims.find((c) => c.claimId === 'OCR1')?.checks ?? []).flatMap((c) =>
      c.evidence.flatMap((e) => (e.box ? [e.box] : [])),
    );
    expect(boxes.length).toBeGreaterThan(2);
    // An image without a resolution is read as a page 8.4 inches wide (image-reader.ts): 1754 pixels, 209 dpi.
    const dpi = Math.round(1754 / 8.4);
    for (const box of boxes) {
      // Inside the landscape scan (1754 x 1240 pixels), on ink.
      expect(box.x + box.width).toBeLessThanOrEqual((1754 * 72) / dpi + 1);
      expect(box.y + box.height).toBeLessThanOrEqual((1240 * 72) / dpi + 1);
      expect(await inkUnder(sidewaysPng, dpi, box)).toBeGreaterThan(0.05);
    }
  });

  it('reads a German image-only PDF in German ("10. September 2026")', () => {
    expect(statuses(report, 'OCR2')).toMatchObject({ signature: 'pass', names: 'pass', dates: 'pass', workloads: 'pass' });
  });

  it('never passes a scan whose signature line is blank', () => {
    const blank = report.claims.find((c) => c.claimId === 'OCR3');
    expect(statuses(report, 'OCR3').signature).toBe('fail');
    expect(blank?.suggestedDecision).not.toBe('approve');
  });

  it('keeps the results by document hash, languages and engine version, and reads them back', () => {
    const files = readdirSync(cache).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(3);
    expect(files.some((f) => f.includes('.deu+eng.'))).toBe(true);
    const again = check('--ocr-cache', cache);
    expect(again.claims.map((c) => c.suggestedDecision)).toEqual(report.claims.map((c) => c.suggestedDecision));
  });

  it('with --no-ocr leaves every scan to a person', () => {
    const off = check('--no-ocr');
    for (const id of ['OCR1', 'OCR2', 'OCR3']) expect(statuses(off, id).signature).toBe('review');
  });
});
