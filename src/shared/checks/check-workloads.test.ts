import { describe, expect, it } from 'vitest';
import { docx, pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

const claimOf = (...names: string[]) => ({
  workloads: names.map((name) => ({ name, subscriptionId: null, association: 'none' as const })),
});

describe('workloads check', () => {
  it('finds claimed workloads by former names and abbreviations', () => {
    const doc = pdf('a/sow.pdf', [
      'Scope: onboard 800 endpoints to MDE; migrate mailboxes to EXO; label files with AIP; AADP P2 risk policies.',
    ]);
    const r = checkOf(
      'workloads',
      [doc],
      claimOf(
        'Microsoft Defender for Endpoint',
        'EXCHANGE ONLINE',
        'Microsoft Purview Information Protection',
        'AZURE ACTIVE DIRECTORY PREMIUM 2',
      ),
    );
    expect(r.status, r.summary).toBe('pass');
    expect(r.evidence).toHaveLength(4);
  });

  it('does not take abbreviations in another case or inside words', () => {
    const r = checkOf(
      'workloads',
      [pdf('a/sow.pdf', ['We discussed the exo-skeleton and a mde-like approach'])],
      claimOf('Exchange Online'),
    );
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('Exchange Online');
  });

  it('does not link a product named only on an unticked template row', () => {
    const template = [
      'Section 1: Select product(s)/workload(s) and activity type',
      '☐ Microsoft Defender for Endpoint (MDE)  ☐ Deployment ☐ Implementation',
      '☒ Microsoft Intune  ☒ Deployment ☐ Implementation',
      '[ ] Exchange Online   [x] Microsoft Teams Rooms',
    ].join('\n');
    const r = checkOf(
      'workloads',
      [pdf('a/poe.pdf', [template])],
      claimOf('Microsoft Intune', 'Microsoft Defender for Endpoint', 'Exchange Online', 'Teams Rooms'),
    );
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('named only on unticked rows: Microsoft Defender for Endpoint, Exchange Online');
    expect(r.reasons).toEqual(['workloads-not-in-poe']);
  });

  it('counts a row whose activity box is ticked, and a product described in the scope below the boxes', () => {
    const template = [
      '□ Microsoft Intune Deployment Implementation ⊠ Adoption/Change Mgmt',
      '☐ Microsoft Defender for Identity',
      'Scope: deploy Defender for Identity sensors on 12 domain controllers',
    ].join('\n');
    expect(
      checkOf('workloads', [pdf('a/poe.pdf', [template])], claimOf('Microsoft Intune', 'Microsoft Defender for Identity')).status,
    ).toBe('pass');
  });

  it('notes a workload associated to another partner (a conflicting claim)', () => {
    const r = checkOf('workloads', [pdf('a/sow.pdf', ['Intune rollout'])], {
      workloads: [{ name: 'Microsoft Intune', subscriptionId: null, association: 'another-partner' }],
    });
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('associated to another partner: Microsoft Intune');
  });

  it('lists which workloads are missing', () => {
    const r = checkOf(
      'workloads',
      [docx('a/sow.docx', ['Dynamics 365 Sales implementation for 120 sellers'])],
      claimOf('DYNAMICS 365 SALES ENTERPRISE EDITION', 'Dynamics 365 Customer Service'),
    );
    expect(r.status).toBe('fail');
    expect(r.summary).toBe('1 of 2 claimed workload(s) linked; not found: Dynamics 365 Customer Service');
  });
});
