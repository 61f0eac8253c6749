import { describe, expect, it } from 'vitest';
import type { TriageRow } from '@renderer/db/types';
import { DEFAULT_CALENDAR } from '@shared/clocks/work-calendar';
import { textSignature } from '@shared/links/reused-text';
import { linkRefsByKey, linkedClaims, linksAcross, triageInfos } from './triage-info';
import { compareFacts } from './compare-facts';
import { formatDate, todayIso } from '@renderer/app/clock';
import { filterClaims, sortClaims, EMPTY_FILTERS } from '@renderer/features/queue-list/queue-filters';
import type { ClaimRow } from '@renderer/db/types';

const TEXT = Array.from(
  { length: 40 },
  (_, i) => `Step ${i}: migrate mailbox group ${i * 3} and enrol device ring ${i * 7} for the pilot.`,
).join('\n');

function row(queueId: string, claimId: string, over: Partial<TriageRow> = {}): TriageRow {
  return {
    key: `${queueId}\u0000${claimId}`,
    queueId,
    claimId,
    importId: 'imp',
    engine: 'done',
    message: null,
    suggestedDecision: 'approve',
    failing: [],
    review: [],
    documents: [
      {
        path: `${claimId}/a.pdf`,
        state: 'ok',
        sha256: claimId
          .repeat(64)
          .slice(0, 64)
          .replace(/[^0-9a-f]/g, 'a'),
        signature: null,
      },
    ],
    clock: {
      program: 'cpor',
      status: 'Under review',
      engagement: null,
      createdAt: '2026-10-01',
      submittedAt: '2026-10-02',
      statusChangedAt: '2026-10-02',
      customerConsentAt: null,
    },
    link: {
      partner: { name: 'Fabrikam', partnerId: '1' },
      customer: { name: 'Contoso', domain: 'contoso.com', tenantId: 't-1' },
      workloads: [{ name: 'Microsoft Intune', subscriptionId: null, association: 'none' }],
    },
    computedAt: '2026-10-03T00:00:00Z',
    ...over,
  };
}

describe('triage info', () => {
  it('links claims across queues and lengthens the review target of a conflicting claim', () => {
    const rows = [row('q1', '1'), row('q2', '2', { link: { ...row('q', 'x').link!, partner: { name: 'Relecloud', partnerId: '2' } } })];
    const linked = linkRefsByKey(linksAcross(rows));
    expect(linkedClaims(linked.get('q1\u00001')!)).toEqual([
      { queueId: 'q2', claimId: '2', kind: 'conflict', why: expect.stringContaining('Fabrikam and Relecloud') as string },
    ]);
    const info = triageInfos(rows, 'q1', 'imp', linked, '2026-10-09', DEFAULT_CALENDAR).get('1')!;
    expect(info.clocks?.next?.label).toContain('competing');
    expect(info.clocks?.next?.state).toBe('running');
    const alone = triageInfos([row('q1', '1')], 'q1', 'imp', new Map(), '2026-10-09', DEFAULT_CALENDAR).get('1')!;
    expect(alone.clocks?.next?.state).toBe('due-today');
  });

  it('flags a reused template on both claims with the other claim named', () => {
    const sig = (name: string) => textSignature(`For ${name}\n${TEXT}`);
    const a = row('q', '1', { documents: [{ path: '1/poe.pdf', state: 'ok', sha256: 'a'.repeat(64), signature: sig('Contoso') }] });
    const b = row('q', '2', {
      link: { ...a.link!, customer: { name: 'Northwind', domain: 'northwind.com', tenantId: 't-2' } },
      documents: [{ path: '2/poe.pdf', state: 'ok', sha256: 'b'.repeat(64), signature: sig('Northwind') }],
    });
    const linked = linkRefsByKey(linksAcross([a, b]));
    expect(linkedClaims(linked.get(a.key)!).map((l) => [l.claimId, l.kind])).toEqual([['2', 'reused-text']]);
    expect(linkedClaims(linked.get(b.key)!)[0]?.why).toMatch(/% same text: poe\.pdf/);
  });

  it('ignores rows of an older import of the queue', () => {
    expect(triageInfos([row('q', '1', { importId: 'old' })], 'q', 'imp', new Map(), '2026-10-09', DEFAULT_CALENDAR).size).toBe(0);
  });
});

describe('list filters and sorts on triage', () => {
  const claimRow = (claimId: string, order: number) =>
    ({ claimId, order, status: '', solutionArea: '', decisionKind: 'none', searchText: claimId }) as unknown as ClaimRow;
  const rows = [claimRow('1', 0), claimRow('2', 1), claimRow('3', 2)];
  const infos = triageInfos(
    [
      row('q', '1', { failing: ['dates'], suggestedDecision: 'action-required' }),
      row('q', '2'),
      row('q', '3', { clock: { ...row('q', '3').clock!, statusChangedAt: '2026-09-01' } }),
    ],
    'q',
    'imp',
    new Map(),
    '2026-10-06',
    DEFAULT_CALENDAR,
  );

  it('keeps "suggested approve, nothing failing", failing or overdue claims', () => {
    expect(filterClaims(rows, { ...EMPTY_FILTERS, triage: 'approve-clean' }, infos).map((r) => r.claimId)).toEqual(['2', '3']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, triage: 'failing' }, infos).map((r) => r.claimId)).toEqual(['1']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, triage: 'overdue' }, infos).map((r) => r.claimId)).toEqual(['3']);
  });

  it('sorts by deadline and by suggestion', () => {
    expect(sortClaims(rows, { key: 'deadline', direction: 'asc' }, infos).map((r) => r.claimId)).toEqual(['3', '1', '2']);
    expect(sortClaims(rows, { key: 'suggested', direction: 'asc' }, infos).map((r) => r.claimId)).toEqual(['2', '3', '1']);
  });
});

describe('compare and dates', () => {
  it('marks the facts that differ', () => {
    const base = {
      claimId: '1',
      partner: { name: 'Fabrikam', partnerId: '1' },
      customer: { name: 'Contoso', domain: 'contoso.com', tenantId: 't' },
      workloads: [{ name: 'Intune', association: 'none' }],
      partnerRole: 'x',
      activity: 'usage',
      status: 'Submitted',
      createdAt: '2026-10-01',
      documents: [],
    };
    const facts = compareFacts(base as never, { ...base, claimId: '2', partner: { name: 'Relecloud', partnerId: '2' } } as never);
    expect(facts.filter((f) => f.isDifferent).map((f) => f.label)).toEqual(['Partner']);
  });

  it('shows dates as dates', () => {
    expect(formatDate('2026-10-03')).toBe('3 Oct 2026');
    expect(formatDate('2026-10-03T16:20:00')).toBe('3 Oct 2026, 16:20');
    expect(formatDate('soon')).toBe('soon');
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('a template reused by many claims', () => {
  it('is one link per claim, its other claims counted without being expanded for every claim', () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      row('q', String(1000 + i), {
        link: { ...row('q', 'x').link!, customer: { name: `Customer ${i % 7}`, domain: `c${i % 7}.com`, tenantId: `t-${i % 7}` } },
        documents: [
          { path: `${i}/sow.pdf`, state: 'ok', sha256: i.toString(16).padStart(64, '0'), signature: textSignature(`SOW ${i}\n${TEXT}`) },
        ],
      }),
    );
    const refs = linkRefsByKey(linksAcross(rows));
    expect([...refs.values()].every((r) => r.length === 1)).toBe(true);
    const info = triageInfos(rows, 'q', 'imp', refs, '2026-10-09', DEFAULT_CALENDAR).get('1000')!;
    expect(info.linkCount).toBe(299);
    expect(info.linkCounts).toEqual({ 'reused-text': 299 });
    expect(info.linked).toHaveLength(299);
    expect(info.linkedOf('conflict')).toEqual([]);
  });
});

describe('infos between refreshes', () => {
  it('keeps the object of a claim whose row and links did not change, and makes a new one when they did', () => {
    const rows = [row('q1', '1'), row('q2', '2', { link: { ...row('q', 'x').link!, partner: { name: 'Relecloud', partnerId: '2' } } })];
    const cache = new Map();
    const first = triageInfos(rows, 'q1', 'imp', linkRefsByKey(linksAcross(rows)), '2026-10-09', DEFAULT_CALENDAR, cache).get('1');
    // The next refresh reads fresh copies of the rows and finds the links again.
    const copies = rows.map((r) => structuredClone(r));
    const again = triageInfos(copies, 'q1', 'imp', linkRefsByKey(linksAcross(copies)), '2026-10-09', DEFAULT_CALENDAR, cache).get('1');
    expect(again).toBe(first);
    const rechecked = [{ ...copies[0]!, computedAt: '2026-10-04T00:00:00Z', suggestedDecision: 'reject' as const }, copies[1]!];
    const changed = triageInfos(rechecked, 'q1', 'imp', linkRefsByKey(linksAcross(rechecked)), '2026-10-09', DEFAULT_CALENDAR, cache).get(
      '1',
    );
    expect(changed).not.toBe(first);
    expect(changed?.suggestedDecision).toBe('reject');
    const alone = triageInfos([rechecked[0]!], 'q1', 'imp', new Map(), '2026-10-09', DEFAULT_CALENDAR, cache).get('1');
    expect(alone?.linkCount).toBe(0);
  });
});
