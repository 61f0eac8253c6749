import { useMemo } from 'react';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import type { ClaimRow, QueueRow } from '@renderer/db/types';
import { csvCell } from '@shared/decisions/export';
import { CHECK_IDS } from '@shared/checks/types';
import { claimOutcomes } from '@shared/decision-log/outcomes';
import { batchProgress, chartData, etaMs, formatDuration, paceOf } from './progress';
import { TeamCharts } from './team-charts';
import type { TeamData } from './use-team-data';
import { TeamTable } from './team-table';

interface SummaryRow {
  batch: string;
  reviewer: string;
  kind: string;
  claims: number;
  decided: number;
  remaining: number;
  disagreements: number;
  eta: string;
}

/** Pace, ETAs, charts and the batch summary (CSV, printable). */
export function ProgressPanel({ queue, rows, data }: { queue: QueueRow; rows: readonly ClaimRow[]; data: TeamData }) {
  const bridge = useBridge();
  const { announce, warn } = useAppStore.getState();
  const pace = useMemo(() => paceOf(data.events), [data.events]);
  const charts = useMemo(() => chartData(data.events, CHECK_IDS), [data.events]);
  const outcomes = useMemo(() => claimOutcomes(data.events), [data.events]);
  const total = rows.filter((r) => r.duplicateOf === undefined).length;
  const decided = rows.filter((r) => outcomes.get(r.claimId)?.status === 'decided').length;
  const inDisagreement = rows.filter((r) => outcomes.get(r.claimId)?.status === 'disagreement').length;
  const remaining = total - decided;
  const paceOfReviewer = new Map(pace.reviewers.map((r) => [r.reviewer, r.perHour]));
  const summary: SummaryRow[] = data.batches.map((b) => {
    const p = batchProgress(b, data.events);
    return {
      batch: b.name,
      reviewer: b.reviewer,
      kind: b.purpose === 'second-review' ? 'QC second review' : 'Review',
      claims: p.total,
      decided: p.decided,
      remaining: p.remaining,
      disagreements: p.disagreements,
      eta: formatDuration(etaMs(p.remaining, paceOfReviewer.get(b.reviewer) ?? null)),
    };
  });

  function exportCsv() {
    const header = ['batch', 'reviewer', 'kind', 'claims', 'decided', 'remaining', 'disagreements', 'eta'];
    const lines = [header, ...summary.map((s) => [s.batch, s.reviewer, s.kind, s.claims, s.decided, s.remaining, s.disagreements, s.eta])];
    const text = `${lines.map((l) => l.map((c) => csvCell(String(c))).join(',')).join('\r\n')}\r\n`;
    bridge.saveExport(`${queue.queueId}-batches.csv`, text, 'text/csv;charset=utf-8').then(
      (r) => r.saved && announce(`Batch summary exported to ${r.location ?? 'a file'}`),
      (error: unknown) => warn(`Export failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  return (
    <div className="team-panel">
      <section className="team-card" aria-labelledby="team-pace-title">
        <h2 id="team-pace-title">Pace</h2>
        <dl className="team-stats">
          <div>
            <dt>Claims decided</dt>
            <dd>
              {decided} of {total}
            </dd>
          </div>
          <div>
            <dt>In disagreement</dt>
            <dd>{inDisagreement}</dd>
          </div>
          <div>
            <dt>Claims per hour</dt>
            <dd>{pace.perHour === null ? '–' : pace.perHour.toFixed(1)}</dd>
          </div>
          <div>
            <dt>Median time per claim</dt>
            <dd>{formatDuration(pace.medianMs)}</dd>
          </div>
          <div>
            <dt>Queue ETA</dt>
            <dd>{formatDuration(etaMs(remaining, pace.perHour))}</dd>
          </div>
        </dl>
        {pace.reviewers.length > 0 && (
          <p className="muted">
            {pace.reviewers
              .map(
                (r) =>
                  `${r.reviewer}: ${r.decisions} decision${r.decisions === 1 ? '' : 's'}, ${r.perHour === null ? '–' : r.perHour.toFixed(1)}/h`,
              )
              .join(' · ')}
          </p>
        )}
      </section>
      <section className="team-card" aria-labelledby="team-charts-title">
        <h2 id="team-charts-title">Charts</h2>
        {data.events.length === 0 ? <p className="muted">No decisions yet.</p> : <TeamCharts data={charts} />}
      </section>
      <section className="team-card team-print" aria-labelledby="team-summary-title">
        <h2 id="team-summary-title">Batch summary: {queue.name}</h2>
        <TeamTable label="Batch summary" columns={['Batch', 'Reviewer', 'Kind', 'Claims', 'Decided', 'Remaining', 'Disagreements', 'ETA']}>
          {summary.map((s, i) => (
            <tr key={`${s.batch}-${i}`}>
              <td>{s.batch}</td>
              <td>{s.reviewer}</td>
              <td>{s.kind}</td>
              <td>{s.claims}</td>
              <td>{s.decided}</td>
              <td>{s.remaining}</td>
              <td>{s.disagreements}</td>
              <td>{s.eta}</td>
            </tr>
          ))}
          <tr className="team-total">
            <th scope="row" colSpan={3}>
              Queue
            </th>
            <td>{total}</td>
            <td>{decided}</td>
            <td>{remaining}</td>
            <td>{inDisagreement}</td>
            <td>{formatDuration(etaMs(remaining, pace.perHour))}</td>
          </tr>
        </TeamTable>
        <p className="team-print-only">Printed {new Date().toLocaleString()}</p>
        <div className="team-actions no-print">
          <button type="button" onClick={exportCsv}>
            Export summary CSV
          </button>
          <button type="button" onClick={() => window.print()}>
            Print summary
          </button>
        </div>
      </section>
    </div>
  );
}
