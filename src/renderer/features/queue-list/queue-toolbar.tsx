import { useId } from 'react';
import type { DecisionKind } from '@shared/decisions/types';
import { ALL, DECISION_LABELS, TRIAGE_FILTERS, type DecisionFilter, type TriageFilter } from './queue-filters';
import { useQueueListStore } from './queue-list-store';

interface QueueToolbarProps {
  statuses: readonly string[];
  solutionAreas: readonly string[];
  shown: number;
  total: number;
}

const DECISION_OPTIONS: readonly (DecisionKind | 'none')[] = ['none', 'approve', 'action-required', 'reject'];

/** Search and the three filters above the claim list. */
export function QueueToolbar({ statuses, solutionAreas, shown, total }: QueueToolbarProps) {
  const id = useId();
  const filters = useQueueListStore((s) => s.filters);
  const setFilter = useQueueListStore((s) => s.setFilter);
  const reset = useQueueListStore((s) => s.reset);
  const isFiltered =
    filters.search !== '' || filters.status !== ALL || filters.decision !== ALL || filters.solutionArea !== ALL || filters.triage !== ALL;
  return (
    <div className="queue-toolbar">
      <input
        type="search"
        className="search"
        aria-label="Search claims"
        placeholder="Search claim ID, partner or customer"
        value={filters.search}
        onChange={(e) => setFilter('search', e.target.value)}
      />
      <div className="filter">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value={ALL}>All</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-decision`}>Decision</label>
        <select id={`${id}-decision`} value={filters.decision} onChange={(e) => setFilter('decision', e.target.value as DecisionFilter)}>
          <option value={ALL}>All</option>
          {DECISION_OPTIONS.map((d) => (
            <option key={d} value={d}>
              {DECISION_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-area`}>Solution area</label>
        <select id={`${id}-area`} value={filters.solutionArea} onChange={(e) => setFilter('solutionArea', e.target.value)}>
          <option value={ALL}>All</option>
          {solutionAreas.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-triage`}>Triage</label>
        <select id={`${id}-triage`} value={filters.triage} onChange={(e) => setFilter('triage', e.target.value as TriageFilter)}>
          {(Object.keys(TRIAGE_FILTERS) as TriageFilter[]).map((t) => (
            <option key={t} value={t}>
              {TRIAGE_FILTERS[t]}
            </option>
          ))}
        </select>
      </div>
      {isFiltered && (
        <button type="button" className="small" onClick={reset}>
          Clear filters
        </button>
      )}
      <span className="count">
        {shown} of {total} claims
      </span>
    </div>
  );
}
