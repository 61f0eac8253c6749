import { describe, expect, it } from 'vitest';
import { docx, pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

describe('activity detail check', () => {
  it('passes specific scope: users, phases, timelines and configuration named per workload', () => {
    const r = checkOf('activity-detail', [
      pdf('a/sow.pdf', [
        'Approximately 1000 users; ~900 Windows 10 workstations',
        'Prepare Phase (weeks 6-9): configure Microsoft Intune compliance policies and Autopilot profiles',
        'Transform Phase (weeks 10-13): pilot users, then all devices',
      ]),
    ]);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('users or devices');
    expect(r.evidence.length).toBeGreaterThanOrEqual(3);
  });

  it('passes a German SOW with Benutzer, Phasen and Wochen', () => {
    const r = checkOf(
      'activity-detail',
      [
        docx('a/sow.docx', [
          'Leistungsbeschreibung: Einführung von Microsoft Intune für 250 Benutzer und 300 Geräte.',
          'Phase 1 (KW 12-14): Konfiguration der Compliance-Richtlinien in Microsoft Intune.',
          'Phase 2: Rollout an alle Standorte, Abschluss nach 6 Wochen.',
        ]),
      ],
      { customer: { country: 'DE' } },
    );
    expect(r.status, r.summary).toBe('pass');
  });

  it("fails the guide's invalid example: a generic list of high-level tasks", () => {
    const r = checkOf('activity-detail', [
      pdf('a/poe.pdf', [
        'Assistance for license assignment, deployment setup and guidance.',
        'Advisory and remediation activities, support tickets, adoption training and providing adoption materials.',
        'Provides remote guidance for testing and ongoing support.',
      ]),
    ]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('generic');
    expect(r.reasons).toEqual(['activities-generic']);
  });

  it('does not count configuration words far from any claimed workload', () => {
    const r = checkOf('activity-detail', [pdf('a/poe.pdf', ['We configure things and deploy stuff as needed.'])]);
    expect(r.summary).toContain('no specific scope found');
    expect(r.status).toBe('fail');
  });
});
