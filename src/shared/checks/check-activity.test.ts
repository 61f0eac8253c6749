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

  it('passes Turkish and Czech reports with their own words for users, phases and configuration', () => {
    const tr = pdf('a/tutanak.pdf', [
      'Microsoft Intune: 1240 kullanıcı ve 860 cihaz için tasarım, yapılandırma ve devreye alma.',
      'Faz 1: analiz ve tasarım; Faz 2: 40 kullanıcı ile pilot; proje 6 hafta sürdü.',
    ]);
    expect(checkOf('activity-detail', [tr], { customer: { country: 'TR' } }).status).toBe('pass');
    const cs = pdf('a/protokol.pdf', [
      'Microsoft Intune: návrh, konfigurace a nasazení pro 1240 uživatelů a 860 zařízení.',
      'Etapa 1: analýza a návrh; Etapa 2: pilotní provoz; celkem 6 týdnů.',
    ]);
    expect(checkOf('activity-detail', [cs], { customer: { country: 'CZ' } }).status).toBe('pass');
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

  // Language-aware vocabulary (ruleset activityDetail.languages): inflected Polish, and scripts
  // written without spaces, where a unit follows its number directly ("811名").
  it.each([
    [
      'Polish (inflected nouns, ł and ż folded)',
      'PL',
      [
        'Wdrożenie i konfiguracja Microsoft Intune dla 1085 użytkowników i 745 urządzeń: zasady, grupa pilotażowa i wdrożenie produkcyjne.',
        'Etap 1: analiza i projekt (13.05.2026 – 10.06.2026)',
        'Etap 2: pilotaż z 50 użytkownikami (12.06.2026 – 22.07.2026)',
      ],
    ],
    [
      'Japanese (no spaces between words)',
      'JP',
      [
        'Microsoft Intuneを1085名のユーザーと745台のデバイスに導入・構成 (ポリシー設計、パイロット、本番展開)。',
        'フェーズ1: 現状調査と設計 (2026/05/13～2026/06/10)',
        'フェーズ2: 50名でのパイロット (2026/06/12～2026/07/22)',
      ],
    ],
    [
      'Chinese (no spaces between words)',
      'CN',
      [
        '为 1085 名用户和 745 台设备部署并配置 Microsoft Intune（策略、试点、生产上线）。',
        '第一阶段：评估与设计（2026年5月13日至2026年6月10日）',
      ],
    ],
  ])('passes a detailed POE in %s', (_, country, lines) => {
    const r = checkOf('activity-detail', [pdf('a/poe.pdf', [lines.join('\n')])], { customer: { country } });
    expect(r.status, r.summary).toBe('pass');
    expect(r.summary).toContain('users or devices');
    expect(r.summary).toContain('phases');
  });

  it.each([
    ['Polish', 'PL', 'Nasz zespół wspierał klienta testami, bieżącym wsparciem i ogólnym doradztwem w zakresie Microsoft Intune.'],
    ['Japanese', 'JP', '当社チームは、テスト、継続的なサポート、一般的なアドバイスによりお客様のMicrosoft Intune投資を支援しました。'],
  ])('still fails a generic description in %s', (_, country, text) => {
    const r = checkOf('activity-detail', [pdf('a/poe.pdf', [text])], { customer: { country } });
    expect(r.status, r.summary).toBe('fail');
    expect(r.summary).toContain('generic phrase');
  });

  it('reads word edges by Unicode letters: a unit glued to a non-ASCII letter is no unit', () => {
    // "811 usersł" is not "811 users" (JavaScript's ASCII \b would have cut the word there).
    const r = checkOf('activity-detail', [pdf('a/poe.pdf', ['Rollout of Microsoft Intune, 811 usersł'])]);
    expect(r.summary).not.toContain('specific: users or devices');
  });
});
