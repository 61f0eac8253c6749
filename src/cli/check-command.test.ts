import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckReportSchema, type CheckReport } from '@shared/checks/types';
import { CORPUS_ROOT } from '@test/corpus';
import { describeCorpus } from '@test/corpus-suite';
import { rawClaim } from '@test/raw-claim';

/** End to end: the real command (built on demand), its stdout, stderr and exit code. */
const root = resolve(import.meta.dirname, '../..');
const corpus = CORPUS_ROOT;
const bin = join(root, 'bin/poe-check.mjs');

function runCommand(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
}

/** A valid claim of the small queues below: submitted 2 October, partner ID '1', workloads by name only. */
function smallClaim(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return rawClaim(id, {
    submittedAt: '2026-10-02',
    partner: { name: 'Fabrikam', partnerId: '1' },
    workloads: [{ name: 'Microsoft Intune' }],
    ...overrides,
  });
}

const STATES = ['password-required', 'unsupported', 'corrupt', 'missing', 'refused', 'timeout'];

describeCorpus('check command on the real-world corpus', () => {
  const run = runCommand([corpus, '--format', 'json']);
  const manifest = JSON.parse(readFileSync(join(corpus, 'queue.json'), 'utf8')) as {
    claims: { claimId: string; documents: { path: string }[] }[];
  };
  const claimOf = (path: string) => manifest.claims.find((c) => c.documents.some((d) => d.path === path))?.claimId;
  const report: CheckReport = CheckReportSchema.parse(JSON.parse(run.stdout));
  const signatureOf = (path: string) => report.claims.find((c) => c.claimId === claimOf(path))?.checks.find((c) => c.id === 'signature');

  it('exits 0 and writes only the report on stdout', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(report.schema).toBe('poe-checks/1');
    expect(report.ruleset).toMatch(/^poe-default@/);
    expect(report.claims).toHaveLength(manifest.claims.length);
  });

  it('gives every claim all seven checks and no pass without evidence', () => {
    for (const claim of report.claims) {
      expect(claim.checks.map((c) => c.id)).toEqual([
        'signature',
        'names',
        'dates',
        'workloads',
        'public-sector',
        'activity-detail',
        'document-type',
      ]);
      for (const c of claim.checks) if (c.status === 'pass') expect(c.evidence.length, `${claim.claimId} ${c.id}`).toBeGreaterThan(0);
    }
  });

  it('reports tampered signatures as modified and the empty signature field as unsigned', () => {
    for (const path of ['pdf-signed/tampered-tail-uncovered.pdf', 'pdf-signed/shadow-attack-form-update-sneaky.pdf']) {
      const sig = signatureOf(path);
      expect(sig?.status, `${path}: ${sig?.summary}`).toBe('fail');
      expect(sig?.reasons).toEqual(['signature-modified']);
    }
    const unsigned = signatureOf('pdf-signed/unsigned-signature-field_acrobat.pdf');
    expect(unsigned?.status).toBe('fail');
    expect(unsigned?.summary).toMatch(/empty.*unsigned/);
  });

  it('leaves every document in a clear state: read, or an error naming claim, document and state', () => {
    for (const e of report.errors) {
      expect(e.claimId).toBeTruthy();
      expect(e.document).toBeTruthy();
      expect(
        STATES.some((s) => e.message.startsWith(s)),
        e.message,
      ).toBe(true);
    }
    // Password-protected and broken files are reported, and lead to review rather than pass.
    const locked = claimOf('pdf-encrypted/userpw-1234-print-disallowed.pdf');
    expect(report.errors.some((e) => e.claimId === locked && e.message.startsWith('password-required'))).toBe(true);
    expect(report.claims.find((c) => c.claimId === locked)?.checks.every((c) => c.status !== 'pass')).toBe(true);
  });
});

describe('check command on unusable queues', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poe-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with a clear message when the queue is not found', () => {
    const r = runCommand([join(dir, 'nope')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not found');
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the folder has no manifest, or the manifest is not JSON', () => {
    mkdirSync(join(dir, 'empty'));
    expect(runCommand([join(dir, 'empty')]).status).toBe(2);
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'queue.json'), '{ "schema": "poe-queue/1", "claims": [ ');
    const r = runCommand([join(dir, 'bad')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not valid JSON');
  });

  it('writes the links: a conflict pair, the same file on two partners, a template reused across customers', () => {
    const q = join(dir, 'linked');
    mkdirSync(q);
    const template = Array.from(
      { length: 15 },
      (_, i) =>
        `Phase ${i + 1}: we planned, configured and deployed device compliance policies, conditional access and app protection for the pilot users, then trained the help desk.`,
    ).join('\n');
    const mail = (to: string) =>
      `From: pm@partner.example\r\nTo: it@${to}\r\nSubject: Project summary\r\nDate: Mon, 5 Oct 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nProject for ${to}\r\n${template}\r\n`;
    writeFileSync(join(q, 'shared.eml'), mail('contoso.com'));
    writeFileSync(join(q, 'northwind.eml'), mail('northwind.com'));
    const contoso = {
      name: 'Contoso',
      domain: 'contoso.com',
      tenantId: '45e6435d-dc1c-42e3-89be-e72e6c8f072d',
      country: 'US',
      sector: 'commercial',
    };
    const claims = [
      smallClaim('A', { customer: contoso, documents: [{ path: 'shared.eml' }] }),
      smallClaim('B', { partner: { name: 'Relecloud', partnerId: '2' }, customer: contoso, documents: [{ path: 'shared.eml' }] }),
      smallClaim('C', {
        customer: { name: 'Northwind', domain: 'northwind.com', country: 'US', sector: 'commercial' },
        workloads: [{ name: 'Microsoft Teams' }],
        documents: [{ path: 'northwind.eml' }],
      }),
    ];
    writeFileSync(join(q, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'Linked', claims }));
    const r = runCommand([q, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const links = CheckReportSchema.parse(JSON.parse(r.stdout)).links ?? [];
    expect(links.find((l) => l.kind === 'conflict')?.claims).toEqual(['A', 'B']);
    expect(links.find((l) => l.kind === 'duplicate-document')).toMatchObject({
      claims: ['A', 'B'],
      documents: ['shared.eml', 'shared.eml'],
    });
    const reused = links.filter((l) => l.kind === 'reused-text');
    expect(reused.map((l) => l.claims.join('+'))).toEqual(['A+B+C']);
  });

  it('writes an empty links list when claims are unrelated', () => {
    const q = join(dir, 'unlinked');
    mkdirSync(q);
    const claim = smallClaim('7', { documents: [] });
    writeFileSync(join(q, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'One', claims: [claim] }));
    const r = runCommand([q]);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { links: unknown }).links).toEqual([]);
  });

  it('writes a table to --out and keeps stdout empty', () => {
    mkdirSync(join(dir, 'q'));
    const claim = smallClaim('42', { documents: [{ path: 'docs/missing.pdf' }] });
    writeFileSync(join(dir, 'q', 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'Tiny', claims: [claim] }));
    const out = join(dir, 'report.txt');
    const r = runCommand([join(dir, 'q'), '--format', 'table', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const table = readFileSync(out, 'utf8');
    expect(table).toContain('Tiny');
    expect(table).toMatch(/42\s+action-required/);
    expect(table).toContain('docs/missing.pdf: missing');
  });
});
