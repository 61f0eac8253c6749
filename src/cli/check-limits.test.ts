import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckReportSchema, type CheckReport } from '@shared/checks/types';
import { rawClaim } from '@test/raw-claim';
import { buildTestZip } from '@shared/zip/testing/zip-writer';
import { LIMITS } from '@shared/limits';
import { pdfOfPages, pngDeclaring } from '@readers/testing/hostile-files';

/**
 * Issue 12 through the real `check` command: the same paths, hashes, encodings and zip rules as
 * the app (src/shared/queue), with errors worded alike and bounded.
 */
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/poe-check.mjs');
const dir = mkdtempSync(join(tmpdir(), 'poe-check-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCommand(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
}

function report(args: string[]): CheckReport {
  const r = runCommand(args);
  expect(r.status, r.stderr).toBe(0);
  return CheckReportSchema.parse(JSON.parse(r.stdout));
}

const SOW = join(root, 'resources/sample-queue/1004973/Contoso-SOW-signed.pdf');

function claim(id: string, documents: { path: string; sha256?: string }[], extra: Record<string, unknown> = {}) {
  return rawClaim(id, {
    partner: { name: 'Fabrikam', partnerId: '1' },
    customer: { name: 'Contoso', country: 'US', sector: 'commercial' },
    workloads: [{ name: 'Microsoft Intune' }],
    documents,
    ...extra,
  });
}

describe('check: paths, hashes and long fields (issue 12 items 7, 9, 10)', () => {
  const q = join(dir, 'paths');
  mkdirSync(join(q, 'docs'), { recursive: true });
  copyFileSync(SOW, join(q, 'docs', 'a.pdf'));
  const sha = createHash('sha256').update(readFileSync(SOW)).digest('hex');
  const longId = `X${'9'.repeat(100_000)}`;
  const claims = [
    claim('P-1', [{ path: './docs/a.pdf', sha256: sha }]),
    claim('P-2', [
      { path: '../../etc/passwd' },
      { path: '/etc/passwd' },
      { path: 'docs/a\u0000.pdf' },
      { path: '%2e%2e/secret.pdf' },
      { path: 'docs/nope.pdf' },
    ]),
    claim('P-3', [{ path: 'docs/a.pdf', sha256: 'f'.repeat(64) }]),
    claim(longId, [{ path: 'docs/nope.pdf' }], { program: 'x'.repeat(100_000) }),
    claim('P-5', [{ path: '../x.pdf' }], { workloads: undefined }),
    'not a claim',
  ];
  writeFileSync(join(q, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'Paths', claims }));
  const out = report([q]);
  const errorsOf = (id: string) => out.errors.filter((e) => e.claimId === id);

  it('reads ./docs/a.pdf as the app does', () => {
    expect(errorsOf('P-1')).toEqual([]);
    expect(out.claims.find((c) => c.claimId === 'P-1')?.checks.find((c) => c.id === 'names')?.status).toBe('pass');
  });

  it('reports refused paths as refused with the reason, and a missing file as missing', () => {
    const messages = errorsOf('P-2').map((e) => `${e.document} => ${e.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^\.\.\/\.\.\/etc\/passwd => refused: [^"]*leaves the queue folder/),
      expect.stringMatching(/^\/etc\/passwd => refused: [^"]*absolute/),
      expect.stringMatching(/=> refused: [^"]*control character/),
      expect.stringMatching(/^%2e%2e\/secret\.pdf => refused: [^"]*percent-decoded/),
      'docs/nope.pdf => missing: docs/nope.pdf is listed but not in the queue folder',
    ]);
  });

  it('reports a document whose SHA-256 differs from the manifest in errors and on the claim', () => {
    const message = `docs/a.pdf: SHA-256 ${sha} differs from the manifest's ${'f'.repeat(64)}`;
    expect(errorsOf('P-3')).toEqual([{ claimId: 'P-3', document: 'docs/a.pdf', message }]);
    expect(out.claims.find((c) => c.claimId === 'P-3')).toMatchObject({ documentWarnings: [{ document: 'docs/a.pdf', message }] });
  });

  it('words a claim it could not check plainly, naming the manifest entry and each field', () => {
    expect(errorsOf('P-5')).toEqual([
      {
        claimId: 'P-5',
        message:
          'claim not checked (queue.json claims[4]): workloads: required field is missing; documents[0].path: "../x.pdf" refused: path leaves the queue folder (".." segment)',
      },
    ]);
    expect(out.errors.filter((e) => e.claimId === undefined)).toEqual([
      { message: 'claim not checked (queue.json claims[5]): claims[5] is not an object (string)' },
    ]);
    for (const e of out.errors) expect(e.message).not.toMatch(/\b(Error|Warning):/);
  });

  it('cuts over-long values echoed into errors', () => {
    const long = out.errors.find((e) => e.message.includes('program'));
    expect(long).toBeDefined();
    expect(JSON.stringify(out.errors).length).toBeLessThan(20_000);
    expect(long?.claimId).toMatch(/^X9{199}…\(100001 characters\)$/);
  });
});

describe('check: one way in (issue 11) and zips (issue 12 items 5, 6, 10)', () => {
  it('decodes a Windows-1252 claims.csv inside a queue zip with junk entries and Partner Center dates', () => {
    const header =
      'Claim ID,Program,Solution area,Partner role,Status,Date created,Date submitted,Partner name,PartnerID,Customer name,Customer country,Workloads,Documents';
    const row = '1,CPOR,Modern Work,Use or consume,Submitted,7/17/2026,7/18/2026,M\u00fcller \u20ac GmbH,5,Contoso,US,Microsoft Intune,';
    const cp1252 = Uint8Array.from([...`${header}\n${row}\n`].map((c) => (c === '\u20ac' ? 0x80 : c.charCodeAt(0))));
    const zip = join(dir, 'export.zip');
    writeFileSync(
      zip,
      buildTestZip([
        { name: '.DS_Store', data: 'x' },
        { name: 'export/claims.csv', data: cp1252 },
        { name: '__MACOSX/export/._claims.csv', data: 'fork' },
      ]),
    );
    const r = report([zip]);
    expect(r.errors.filter((e) => /createdAt|submittedAt|not checked/.test(e.message))).toEqual([]);
    expect(r.claims.map((c) => c.claimId)).toEqual(['1']);
    const names = r.claims[0]?.checks.find((c) => c.id === 'names');
    expect(names?.summary).toContain('partner "M\u00fcller \u20ac GmbH"');
  });

  it('reads claims.csv dates with the country rule of --ruleset', () => {
    const header =
      'Claim ID,Program,Solution area,Partner role,Status,Date created,Date submitted,Partner name,PartnerID,Customer name,Customer country,Workloads,Documents';
    const q = join(dir, 'csv-ruleset');
    mkdirSync(q, { recursive: true });
    writeFileSync(
      join(q, 'claims.csv'),
      `${header}\n1,CPOR,Modern Work,Use or consume,Submitted,7/8/2026,2026-07-10,Fabrikam,5,Contoso,US,Microsoft Intune,\n`,
    );
    const rules = JSON.parse(readFileSync(join(root, 'resources/rulesets/default.json'), 'utf8')) as {
      numericDateOrder: { monthFirstCountries: string[]; ambiguousCountries: string[] };
    };
    // A ruleset that holds US dates ambiguous: "7/8/2026" can no longer be read, and says so.
    rules.numericDateOrder = {
      monthFirstCountries: rules.numericDateOrder.monthFirstCountries.filter((c) => c !== 'US'),
      ambiguousCountries: [...rules.numericDateOrder.ambiguousCountries, 'US'],
    };
    const rulesFile = join(dir, 'us-ambiguous.json');
    writeFileSync(rulesFile, JSON.stringify(rules));
    const dateErrors = (r: CheckReport) => r.errors.filter((e) => /createdAt/.test(e.message));
    expect(dateErrors(report([q]))).toEqual([]);
    expect(dateErrors(report([q, '--ruleset', rulesFile]))).toEqual([
      {
        claimId: '1',
        message: 'claim not checked (claims.csv row 2): createdAt: expected an ISO date (YYYY-MM-DD) or date-time',
      },
    ]);
  });

  it('refuses a queue zip with a duplicate entry name, naming the entry, and one with overlapping entries', () => {
    const manifest = JSON.stringify({ schema: 'poe-queue/1', name: 'Z', claims: [] });
    const dup = join(dir, 'dup.zip');
    writeFileSync(
      dup,
      buildTestZip([
        { name: 'queue.json', data: manifest },
        { name: 'a.pdf', data: '1' },
        { name: 'a.pdf', data: '2' },
      ]),
    );
    const r = runCommand([dup]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"dup.zip" zip refused: duplicate entry "a.pdf"');
    const bomb = join(dir, 'overlap.zip');
    writeFileSync(
      bomb,
      buildTestZip(
        [
          { name: 'queue.json', data: manifest },
          { name: 'z.pdf', data: new Uint8Array(1 << 20) },
        ],
        { alias: { of: 1, name: 'c', count: 1000 } },
      ),
    );
    const b = runCommand([bomb]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/"overlap\.zip" zip refused: .*overlapping entries/);
  });

  it('says clearly when --out names a folder that does not exist', () => {
    const q = join(dir, 'tiny');
    mkdirSync(q);
    writeFileSync(join(q, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'T', claims: [] }));
    const r = runCommand([q, '--out', join(dir, 'no-such-folder', 'report.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `poe-check: --out ${join(dir, 'no-such-folder', 'report.json')}: the folder ${join(dir, 'no-such-folder')} does not exist\n`,
    );
  });
});

describe('check: images and page counts on the same limits as the app (issue 12)', () => {
  const q = join(dir, 'images');
  mkdirSync(join(q, 'docs'), { recursive: true });
  writeFileSync(join(q, 'docs', 'huge.png'), pngDeclaring(50_000, 50_000));
  writeFileSync(join(q, 'docs', 'pages.pdf'), pdfOfPages(LIMITS.pdfPages + 1));
  // Sparse: a PNG header, then zeros up to one byte over the per-document limit.
  writeFileSync(join(q, 'docs', 'big.png'), pngDeclaring(100, 100));
  const fd = openSync(join(q, 'docs', 'big.png'), 'r+');
  ftruncateSync(fd, LIMITS.documentBytes + 1);
  closeSync(fd);
  const claims = [
    claim('I-1', [{ path: 'docs/huge.png' }]),
    claim('I-2', [{ path: 'docs/big.png' }]),
    claim('I-3', [{ path: 'docs/pages.pdf' }]),
  ];
  writeFileSync(join(q, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'Images', claims }));
  const out = report([q]);
  const messages = (id: string) => out.errors.filter((e) => e.claimId === id).map((e) => `${e.document} => ${e.message}`);

  it('refuses an image declaring 50,000 × 50,000 pixels, worded as the app words it', () => {
    expect(out.errors.filter((e) => /refused.*refused/.test(e.message))).toEqual([]);
    expect(messages('I-1')).toEqual(['docs/huge.png => refused: too large to read: 50,000 × 50,000 pixels, over the 50-megapixel limit']);
  });

  it('refuses an image file over the per-document size limit without reading it', () => {
    expect(messages('I-2')).toEqual(['docs/big.png => refused: 128.0 MB is over the 128 MB limit for one file']);
  });

  it('refuses a PDF of 10,001 pages as too large to read', () => {
    expect(messages('I-3')).toEqual(['docs/pages.pdf => refused: too large to read: 10,001 pages, over the 10,000-page limit']);
  });
});
