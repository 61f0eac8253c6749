import { useState } from 'react';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import { readBatchFiles, saveTeamBatches } from '@renderer/db/team';
import type { ClaimRow, QueueRow, TeamBatchRow } from '@renderer/db/types';
import type { TeamAssignment } from '@shared/decision-log/team';
import { parseNames, planBatches, type PlannedBatch, type SplitRule } from './batch-plan';
import { batchFileName, buildBatchZip } from './batch-zip';
import { batchProgress, etaMs, formatDuration, paceOf } from './progress';
import type { TeamData } from './use-team-data';
import { TeamTable } from './team-table';

type SplitBy = SplitRule['by'];

const SPLIT_LABELS: Record<SplitBy, string> = {
  count: 'Count of claims',
  partner: 'Partner',
  'solution-area': 'Solution area',
  ids: 'List of claim IDs',
};

/** Writes each batch as a queue .zip and records it; returns the status text. */
export async function writeBatches(
  bridge: ReturnType<typeof useBridge>,
  queue: QueueRow,
  data: TeamData,
  planned: readonly (PlannedBatch & { purpose?: 'review' | 'second-review'; secondReviewOf?: Record<string, string> })[],
  rule: string,
): Promise<string> {
  const rows: TeamBatchRow[] = [];
  const missing: string[] = [];
  for (const batch of planned) {
    const batchId = crypto.randomUUID();
    const purpose = batch.purpose ?? 'review';
    const assignment: TeamAssignment = {
      queueId: data.logQueue.queueId,
      queueName: data.logQueue.name,
      batchId,
      batchName: batch.name,
      reviewer: batch.reviewer,
      assignedAt: new Date().toISOString(),
      purpose,
      ...(batch.secondReviewOf ? { secondReviewOf: batch.secondReviewOf } : {}),
    };
    const files = await readBatchFiles(queue.queueId, batch.claimIds);
    missing.push(...files.missing);
    const zip = await buildBatchZip({
      header: queue.header,
      name: `${queue.name} · ${batch.name} · ${batch.reviewer}`,
      files,
      assignment,
    });
    const saved = await bridge.saveExport(batchFileName(queue.name, batch.name, batch.reviewer), zip, 'application/zip');
    if (!saved.saved) break;
    rows.push({
      batchId,
      queueId: queue.queueId,
      name: batch.name,
      reviewer: batch.reviewer,
      claimIds: [...batch.claimIds],
      purpose,
      secondReviewOf: batch.secondReviewOf ?? null,
      createdAt: assignment.assignedAt,
      rule: batch.rule || rule,
    });
  }
  await saveTeamBatches(rows);
  const note =
    missing.length > 0
      ? ` (${missing.length} document${missing.length === 1 ? ' was' : 's were'} not stored and left out: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`
      : '';
  return `Wrote ${rows.length} batch file${rows.length === 1 ? '' : 's'}${note}`;
}

/** Splitting the queue into batches for reviewers, and the batches sent with their progress. */
export function BatchesPanel({ queue, rows, data }: { queue: QueueRow; rows: readonly ClaimRow[]; data: TeamData }) {
  const bridge = useBridge();
  const { announce, warn } = useAppStore.getState();
  const [by, setBy] = useState<SplitBy>('count');
  const [size, setSize] = useState('10');
  const [ids, setIds] = useState('');
  const [reviewers, setReviewers] = useState('');
  const [planned, setPlanned] = useState<PlannedBatch[]>([]);
  const [unknownIds, setUnknownIds] = useState<string[]>([]);
  const [isWriting, setWriting] = useState(false);

  function plan() {
    const rule: SplitRule = by === 'count' ? { by, size: Number(size) || 1 } : by === 'ids' ? { by, ids } : { by };
    const claims = rows.filter((r) => r.duplicateOf === undefined);
    const result = planBatches(claims, rule, parseNames(reviewers));
    // A list of IDs adds one batch to those planned; the other rules plan the whole queue.
    setPlanned(by === 'ids' ? [...planned, ...result.batches] : result.batches);
    setUnknownIds(result.unknownIds);
  }

  function write() {
    if (planned.some((b) => !b.reviewer.trim())) {
      warn('Name a reviewer for every batch before writing the files.');
      return;
    }
    setWriting(true);
    writeBatches(bridge, queue, data, planned, by)
      .then(
        (text) => {
          setPlanned([]);
          announce(text);
        },
        (error: unknown) => warn(`Writing the batches failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setWriting(false));
  }

  const pace = paceOf(data.events);
  const paceByReviewer = new Map(pace.reviewers.map((r) => [r.reviewer, r.perHour]));

  return (
    <div className="team-panel">
      <section className="team-card" aria-labelledby="team-split-title">
        <h2 id="team-split-title">Split into batches</h2>
        <div className="team-form">
          <label>
            Split by
            <select value={by} onChange={(e) => setBy(e.currentTarget.value as SplitBy)}>
              {(Object.keys(SPLIT_LABELS) as SplitBy[]).map((k) => (
                <option key={k} value={k}>
                  {SPLIT_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          {by === 'count' && (
            <label>
              Claims per batch
              <input type="number" min={1} value={size} onChange={(e) => setSize(e.currentTarget.value)} />
            </label>
          )}
          {by === 'ids' && (
            <label className="wide">
              Claim IDs
              <textarea rows={2} value={ids} onChange={(e) => setIds(e.currentTarget.value)} placeholder="1004973, 1005061, …" />
            </label>
          )}
          <label className="wide">
            Reviewers
            <input value={reviewers} onChange={(e) => setReviewers(e.currentTarget.value)} placeholder="Ana, Ben, …" />
          </label>
          <button type="button" onClick={plan} disabled={rows.length === 0}>
            {by === 'ids' ? 'Add batch' : 'Plan batches'}
          </button>
        </div>
        {unknownIds.length > 0 && (
          <p className="callout warning" role="alert">
            Not in this queue, left out: {unknownIds.join(', ')}
          </p>
        )}
        {planned.length > 0 && (
          <>
            <TeamTable label="Planned batches" columns={['Batch', 'Claims', 'Reviewer', <span className="visually-hidden">Remove</span>]}>
              {planned.map((b, i) => (
                <tr key={`${b.name}-${i}`}>
                  <td>{b.name}</td>
                  <td title={b.claimIds.join(', ')}>{b.claimIds.length}</td>
                  <td>
                    <input
                      aria-label={`Reviewer of ${b.name}`}
                      value={b.reviewer}
                      onChange={(e) => {
                        const reviewer = e.currentTarget.value;
                        setPlanned((list) => list.map((x, j) => (j === i ? { ...x, reviewer } : x)));
                      }}
                    />
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => setPlanned((list) => list.filter((_, j) => j !== i))}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </TeamTable>
            <div className="team-actions">
              <button type="button" className="primary" disabled={isWriting} onClick={write}>
                {isWriting ? 'Writing…' : `Write ${planned.length} batch file${planned.length === 1 ? '' : 's'}`}
              </button>
              <button type="button" onClick={() => setPlanned([])}>
                Clear
              </button>
            </div>
          </>
        )}
      </section>
      <section className="team-card" aria-labelledby="team-sent-title">
        <h2 id="team-sent-title">Batches sent</h2>
        {data.batches.length === 0 ? (
          <p className="muted">No batch written yet for this queue.</p>
        ) : (
          <TeamTable label="Batches sent" columns={['Batch', 'Reviewer', 'Kind', 'Progress', 'Disagreements', 'ETA', 'Written']}>
            {data.batches.map((b) => {
              const p = batchProgress(b, data.events);
              return (
                <tr key={b.batchId}>
                  <td>{b.name}</td>
                  <td>{b.reviewer}</td>
                  <td>{b.purpose === 'second-review' ? 'QC second review' : 'Review'}</td>
                  <td>
                    <progress max={p.total} value={p.decided} aria-label={`${b.name} progress`} /> {p.decided} of {p.total}
                    {!p.hasLog && <span className="muted"> · no log yet</span>}
                  </td>
                  <td>{p.disagreements}</td>
                  <td>{formatDuration(etaMs(p.remaining, paceByReviewer.get(b.reviewer) ?? null))}</td>
                  <td>{new Date(b.createdAt).toLocaleString()}</td>
                </tr>
              );
            })}
          </TeamTable>
        )}
      </section>
    </div>
  );
}
