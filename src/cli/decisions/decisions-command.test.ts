import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { logOf, roundTrip } from '@shared/decision-log/testing';
import { serializeDecisionLog, verifyDecisionLogText } from '@shared/decision-log';

/** End to end: the real `decisions` command (built on demand), its output and exit codes. */
const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'bin/poe-decisions.mjs');
const dir = mkdtempSync(join(tmpdir(), 'poe-decisions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
}

const ana = logOf([
  { reviewer: 'Ana', claimId: '1001', kind: 'approve' },
  { reviewer: 'Ana', claimId: '1002', kind: 'reject' },
]);
const ben = logOf([
  { reviewer: 'Ben', claimId: '1002', kind: 'approve' },
  { reviewer: 'Ben', claimId: '1003', kind: 'approve' },
]);
writeFileSync(join(dir, 'ana.json'), serializeDecisionLog(ana));
writeFileSync(join(dir, 'ben.json'), serializeDecisionLog(ben));
const tampered = roundTrip(ben);
tampered.events[1]!.kind = 'reject';
writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered, null, 2));

describe('decisions command', () => {
  it('verify: exit 0 "intact, N events, last by X at T"', () => {
    const r = run('verify', 'ana.json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('ana.json: intact, 2 events, last by Ana at 2026-11-20T09:01:00.000Z\n');
  });

  it('verify: exit 1 naming the first event that does not match', () => {
    const r = run('verify', 'tampered.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tampered\.json: broken: event 2 \(d-Ben-1, claim 1003, by Ben\) was changed after it was written/);
  });

  it('merge: every event once, disagreements listed, a broken log refused and the rest written', () => {
    const r = run('merge', 'ana.json', 'ben.json', 'tampered.json', 'ana.json', '--out', 'merged.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refused tampered\.json: its chain is broken: event 2/);
    expect(r.stdout).toMatch(/4 events, 1 disagreement -> merged\.json/);
    expect(r.stdout).toMatch(/disagreement on claim 1002: Ana reject \/ Ben approve/);
    const merged = readFileSync(join(dir, 'merged.json'), 'utf8');
    expect(verifyDecisionLogText(merged)).toMatchObject({ ok: true, count: 4 });
    const again = run('merge', 'merged.json', 'ben.json', '--out', 'merged-again.json');
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'merged-again.json'), 'utf8')).toBe(merged);
  });

  it('csv: one row per event with the standing decision marked', () => {
    const r = run('csv', 'ana.json', '--out', 'ana.csv');
    expect(r.status, r.stderr).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'ana.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => [row['claimId'], row['decision'], row['standing'], row['reviewer']])).toEqual([
      ['1001', 'approve', 'yes', 'Ana'],
      ['1002', 'reject', 'yes', 'Ana'],
    ]);
    expect(run('csv', 'tampered.json').status).toBe(1);
  });

  it('usage errors exit 2', () => {
    expect(run('merge', 'ana.json').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
    expect(run('verify', 'missing.json').stderr).toMatch(/cannot read missing\.json/);
  });
});
