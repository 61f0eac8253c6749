import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckReportSchema } from '@shared/checks/types';

/**
 * The bundled sample queue (generated deterministically by scripts/generate-sample-queue.mjs)
 * checked end to end. Expected: decision, then the seven statuses in checklist order
 * (signature names dates workloads public-sector activity-detail document-type).
 */
const EXPECTED: Record<string, [string, string]> = {
  '1004973': ['approve', 'pass pass pass pass n/a pass pass'], // the guide's valid example
  '1005007': ['approve', 'pass pass pass pass n/a pass pass'], // 2024 SOW rescued by an Oct 2026 customer email
  '1005033': ['action-required', 'fail pass fail pass n/a fail fail'], // a quote only, pre-sales
  '1005061': ['approve', 'pass pass pass pass pass pass pass'], // US government, disclosure acknowledged
  '1005088': ['action-required', 'pass pass pass pass fail pass pass'], // US education, no disclosure
  '1005102': ['approve', 'pass pass pass pass n/a pass pass'], // German SOW, accented signatory
  '1005120': ['approve', 'pass pass pass pass n/a pass pass'], // Dynamics 365 closure report
  // signature page scanned without a text layer, read by OCR: signed in ink, dated 2 / 10 / 2026 (day-first in AU)
  '1005155': ['approve', 'pass pass pass pass n/a pass pass'],
  // phone photo of a signed page (read by OCR) + forwarded email; OCR reads "Entra ID P2" as "Entra 10 P2": review
  '1005170': ['action-required', 'pass pass pass review n/a review pass'],
  '1005190': ['approve', 'pass pass pass pass n/a pass pass'], // Partner Activities pre-sales
  '1005215': ['action-required', 'review review review review review review review'], // corrupt and missing documents
  '1005233': ['action-required', 'fail pass fail fail review fail pass'], // the guide's invalid example, sector unknown
  '1005240': ['approve', 'n/a n/a n/a n/a n/a n/a n/a'], // revenue association: no POE review
};

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'poe-sample-'));
// OCR results of the two scans, kept for the second run (the .zip): it reads them from the cache.
const ocrCache = mkdtempSync(join(tmpdir(), 'poe-sample-ocr-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(ocrCache, { recursive: true, force: true });
});

describe('check command on the sample queue', () => {
  const gen = spawnSync(process.execPath, [join(root, 'scripts/generate-sample-queue.mjs'), dir], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const run = spawnSync(process.execPath, [join(root, 'bin/poe-check.mjs'), dir, '--ocr-cache', ocrCache], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
  });

  it('matches the expected decisions and statuses for every claim', () => {
    expect(gen.status, gen.stderr).toBe(0);
    expect(run.status, run.stderr).toBe(0);
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    const actual = Object.fromEntries(
      report.claims.map((c) => [c.claimId, [c.suggestedDecision, c.checks.map((k) => k.status).join(' ')]]),
    );
    expect(actual).toEqual(EXPECTED);
    expect(report.errors.map((e) => `${e.document ?? ''}: ${e.message.split(':')[0] ?? ''}`)).toEqual([
      '1005215/Lamna-SOW-signed.pdf: corrupt',
      '1005215/Lamna-POE-acceptance.pdf: missing',
    ]);
  });

  it('reads the same queue from a .zip with the same results', () => {
    const files: Record<string, Uint8Array> = {};
    const walk = (rel: string) => {
      for (const name of readdirSync(join(dir, rel))) {
        const path = rel ? `${rel}/${name}` : name;
        if (statSync(join(dir, path)).isDirectory()) walk(path);
        else files[path] = new Uint8Array(readFileSync(join(dir, path)));
      }
    };
    walk('');
    const zip = join(tmpdir(), `poe-sample-${process.pid}.zip`);
    writeFileSync(zip, zipSync(files));
    try {
      const r = spawnSync(process.execPath, [join(root, 'bin/poe-check.mjs'), zip, '--ocr-cache', ocrCache], {
        cwd: root,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const report = CheckReportSchema.parse(JSON.parse(r.stdout));
      expect(Object.fromEntries(report.claims.map((c) => [c.claimId, c.suggestedDecision]))).toEqual(
        Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, v[0]])),
      );
    } finally {
      rmSync(zip, { force: true });
    }
    // Bounded by the spawn's own 240 s; vitest's 30 s default failed it on a busy machine (34 s at load 30).
  }, 250_000);

  it('gives every non-approve suggestion a reason and a comment, and dates signatures from their labels', () => {
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    for (const c of report.claims.filter((x) => x.suggestedDecision !== 'approve')) {
      expect(c.suggestedReasons?.length, c.claimId).toBeGreaterThan(0);
      expect(c.draftComment, c.claimId).toBeTruthy();
    }
    // The scan's signature rests on OCR words, with their confidence in the evidence.
    const scan = report.claims.find((c) => c.claimId === '1005155')?.checks.find((k) => k.id === 'signature');
    expect(scan?.evidence[0]?.ocrConfidence).toBeGreaterThan(0.8);
    const contoso = report.claims.find((c) => c.claimId === '1004973')?.checks.find((k) => k.id === 'signature');
    expect(contoso?.summary).toContain('2026-06-05');
    expect(contoso?.summary).not.toContain('2026-06-08');
  });

  it('drafts a comment asking for the fee disclosure where it is missing', () => {
    const report = CheckReportSchema.parse(JSON.parse(run.stdout));
    const claim = report.claims.find((c) => c.claimId === '1005088');
    expect(claim?.suggestedReasons).toEqual(['public-sector-disclosure-missing']);
    expect(claim?.draftComment).toContain('written disclosure of the fees or compensation');
  });
});
