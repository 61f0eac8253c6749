import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ClaimRow } from '@renderer/db/types';
import { useAppStore } from '@renderer/app/app-store';
import { formatDate } from '@renderer/app/clock';
import { useShortcuts } from '@renderer/features/shortcuts/use-shortcuts';
import { DECISION_LABELS, distinctValues, type SortKey, type TriageMap } from './queue-filters';
import { TriageCells } from './triage-cells';
import type { TriageInfo } from '@renderer/features/triage/triage-info';
import type { TeamDecision, TeamDecisions } from '@renderer/features/team/team-decisions';
import { useQueueListStore } from './queue-list-store';
import { QueueToolbar } from './queue-toolbar';

interface QueueListProps {
  /** Every claim of the queue (for filter options and the total). */
  allRows: readonly ClaimRow[];
  /** Filtered and sorted. */
  rows: readonly ClaimRow[];
  /** The engine's triage and the clocks, by claim ID. */
  triage: TriageMap;
  /** Decisions merged from the team's logs, by claim ID (the lead's list). */
  team: TeamDecisions;
}

const ROW_HEIGHT = 30;
const COLUMNS: readonly { key: SortKey | null; label: string }[] = [
  { key: 'claimId', label: 'Claim ID' },
  { key: 'partner', label: 'Partner' },
  { key: 'customer', label: 'Customer' },
  { key: 'solutionArea', label: 'Solution area' },
  { key: null, label: 'Workloads' },
  { key: 'status', label: 'Status' },
  { key: 'submitted', label: 'Submitted' },
  { key: 'suggested', label: 'Suggested' },
  { key: 'failing', label: 'Failing checks' },
  { key: 'daysInReview', label: 'In review' },
  { key: 'deadline', label: 'Deadline' },
  { key: 'decision', label: 'Decision' },
];

/** The claim list: a virtualized table (only visible rows are in the DOM), keyboard-driven. */
export function QueueList({ allRows, rows, triage, team }: QueueListProps) {
  const selectedId = useAppStore((s) => s.claimId);
  const selectClaim = useAppStore((s) => s.selectClaim);
  const openClaim = useAppStore((s) => s.openClaim);
  const sort = useQueueListStore((s) => s.sort);
  const toggleSort = useQueueListStore((s) => s.toggleSort);
  const scrollRef = useRef<HTMLDivElement>(null);
  const shouldFocus = useRef(false);
  const statuses = useMemo(() => distinctValues(allRows, (r) => r.status), [allRows]);
  const areas = useMemo(() => distinctValues(allRows, (r) => r.solutionArea), [allRows]);
  const selectedIndex = useMemo(() => rows.findIndex((r) => r.claimId === selectedId), [rows, selectedId]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns new functions each render by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // Scroll only when the selection moves, not on every list refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex]);

  useEffect(() => {
    if (!shouldFocus.current) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${selectedIndex}"]`);
    if (el) {
      shouldFocus.current = false;
      el.focus({ preventScroll: true });
    }
  });

  function move(delta: number, fromKeyboard: boolean) {
    if (rows.length === 0) return;
    const base = selectedIndex < 0 ? (delta > 0 ? -1 : rows.length) : selectedIndex;
    const target = rows[Math.max(0, Math.min(rows.length - 1, base + delta))];
    if (!target) return;
    shouldFocus.current = fromKeyboard && scrollRef.current?.contains(document.activeElement) === true;
    selectClaim(target.claimId);
  }

  useShortcuts((action) => {
    if (action.type === 'next-claim') move(1, true);
    else if (action.type === 'previous-claim') move(-1, true);
    else if (action.type === 'open-selected' && selectedIndex >= 0 && rows[selectedIndex]) openClaim(rows[selectedIndex].claimId);
    else return false;
    return true;
  });

  function onRowKeyDown(event: KeyboardEvent<HTMLDivElement>, row: ClaimRow) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -rows.length,
      End: rows.length,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openClaim(row.claimId);
    } else if (moves[event.key] !== undefined) {
      event.preventDefault();
      move(moves[event.key] ?? 0, true);
    }
  }

  const items = virtualizer.getVirtualItems();
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;
  return (
    <div className="queue-list">
      <h1 className="visually-hidden">Claims</h1>
      <QueueToolbar statuses={statuses} solutionAreas={areas} shown={rows.length} total={allRows.length} />
      <div role="table" aria-label="Claims" aria-rowcount={rows.length + 1} className="claims-table">
        <div role="rowgroup" className="claims-head">
          <div role="row" aria-rowindex={1} className="claims-row head">
            {COLUMNS.map((c) => (
              <div
                key={c.label}
                role="columnheader"
                aria-sort={c.key && sort?.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {c.key ? (
                  <button type="button" className="sort" aria-label={`Sort by ${c.label}`} onClick={() => c.key && toggleSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </div>
            ))}
          </div>
        </div>
        <div ref={scrollRef} className="claims-scroll" role="rowgroup">
          {rows.length === 0 && (
            <p className="empty">{allRows.length === 0 ? 'No claims in this queue.' : 'No claim matches the search and filters.'}</p>
          )}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const isSelected = item.index === selectedIndex;
              return (
                <div
                  key={row.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={isSelected}
                  data-index={item.index}
                  data-claim-id={row.claimId}
                  tabIndex={item.index === focusIndex ? 0 : -1}
                  className={`claims-row${isSelected ? ' selected' : ''}${row.isValid ? '' : ' invalid'}`}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => openClaim(row.claimId)}
                  onFocus={() => selectedId !== row.claimId && selectClaim(row.claimId)}
                  onKeyDown={(e) => onRowKeyDown(e, row)}
                >
                  <ClaimCells row={row} info={triage.get(row.claimId)} team={team.get(row.claimId)} />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

/** A row's cells: drawn again only when its claim row, its triage info or its team decision changes (a triage run refreshes the map every second). */
const ClaimCells = memo(function ClaimCells({
  row,
  info,
  team,
}: {
  row: ClaimRow;
  info: TriageInfo | undefined;
  team: TeamDecision | undefined;
}) {
  const invalidWhy = row.issues
    .filter((i) => i.severity === 'error')
    .map((i) => (i.field ? `${i.field}: ${i.message}` : i.message))
    .join('\n');
  return (
    <>
      <div role="cell" className="mono">
        {row.claimId}
        {!row.isValid && (
          <span className="badge invalid" title={invalidWhy || 'Failed validation'}>
            Invalid
          </span>
        )}
      </div>
      <div role="cell">{row.partnerName}</div>
      <div role="cell">{row.customerName}</div>
      <div role="cell">{row.solutionArea}</div>
      <div role="cell" title={row.workloadNames.join(', ')}>
        {row.workloadNames.join(', ')}
      </div>
      <div role="cell" title={row.status}>
        {row.status}
      </div>
      <div role="cell">{formatDate(row.submittedAt.slice(0, 10))}</div>
      <TriageCells info={info} />
      <DecisionCell own={row.decisionKind} team={team} />
    </>
  );
});

/** The reviewer's own decision; on the lead's list, the team's merged one (who decided, or a disagreement). */
function DecisionCell({ own, team }: { own: ClaimRow['decisionKind']; team: TeamDecision | undefined }) {
  if (team?.status === 'disagreement') {
    const who = team.decisions.map((d) => `${d.reviewer}: ${DECISION_LABELS[d.kind]}`).join(', ');
    return (
      <div role="cell" title={`Reviewers disagree (${who}): settle it in Team`}>
        <span className="badge decision-disagreement">Disagreement</span>
        <span className="visually-hidden"> ({who})</span>
      </div>
    );
  }
  if (own === 'none' && team) {
    const by = team.settledBy ? `settled by ${team.settledBy}` : team.reviewers.join(', ');
    return (
      <div role="cell" title={`${DECISION_LABELS[team.kind]} by ${by} (merged from the team's logs)`}>
        <span className={`badge decision-${team.kind}`}>{DECISION_LABELS[team.kind]}</span> <span className="visually-hidden">{by}</span>
      </div>
    );
  }
  return (
    <div role="cell">
      <span className={`badge decision-${own}`}>{DECISION_LABELS[own]}</span>
    </div>
  );
}
