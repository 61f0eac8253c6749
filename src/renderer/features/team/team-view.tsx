import { useState, type KeyboardEvent } from 'react';
import { useAppStore } from '@renderer/app/app-store';
import type { ClaimRow, QueueRow } from '@renderer/db/types';
import { BatchesPanel } from './batches-panel';
import { LogsPanel } from './logs-panel';
import { ProgressPanel } from './progress-panel';
import { QcPanel } from './qc-panel';
import { useTeamData } from './use-team-data';
import './team.css';

const TABS = [
  { id: 'batches', label: 'Batches' },
  { id: 'logs', label: 'Logs and disagreements' },
  { id: 'qc', label: 'QC second review' },
  { id: 'progress', label: 'Progress' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The lead's Team view of the open queue: batches, logs, QC and progress. */
export function TeamView({ queue, rows, lead }: { queue: QueueRow; rows: readonly ClaimRow[]; lead: string }) {
  const [tab, setTab] = useState<TabId>('batches');
  const data = useTeamData(queue);
  const backToQueue = useAppStore((s) => s.backToQueue);

  function onKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`team-tab-${next.id}`)?.focus();
  }

  return (
    <div className="team-view">
      <div className="team-top no-print">
        <h1>Team: {data.logQueue.name}</h1>
        <div role="tablist" aria-label="Team" onKeyDown={onKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`team-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`team-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" onClick={backToQueue}>
          Back to queue
        </button>
      </div>
      <div role="tabpanel" id={`team-panel-${tab}`} aria-labelledby={`team-tab-${tab}`} className="team-body">
        {data.isLoading ? (
          <p className="muted">Loading…</p>
        ) : tab === 'batches' ? (
          <BatchesPanel queue={queue} rows={rows} data={data} />
        ) : tab === 'logs' ? (
          <LogsPanel rows={rows} data={data} lead={lead} />
        ) : tab === 'qc' ? (
          <QcPanel queue={queue} data={data} />
        ) : (
          <ProgressPanel queue={queue} rows={rows} data={data} />
        )}
      </div>
    </div>
  );
}
