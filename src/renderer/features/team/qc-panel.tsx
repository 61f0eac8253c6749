import { useState } from 'react';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import type { QueueRow } from '@renderer/db/types';
import { CHECK_LABELS } from '@renderer/features/checklist/check-labels';
import { DECISION_LABELS } from '@renderer/features/queue-list/queue-filters';
import type { CheckId } from '@shared/checks/types';
import { writeBatches } from './batches-panel';
import { drawSample, percent, qcStats, type Rate, type SampledClaim } from './qc';
import type { TeamData } from './use-team-data';
import { TeamTable } from './team-table';

/** QC: draw a reproducible sample, send it blind to a second reviewer, agreement and overturns. */
export function QcPanel({ queue, data }: { queue: QueueRow; data: TeamData }) {
  const bridge = useBridge();
  const { announce, warn } = useAppStore.getState();
  const [approveShare, setApproveShare] = useState('10');
  const [otherShare, setOtherShare] = useState('5');
  const [seed, setSeed] = useState('1');
  const [second, setSecond] = useState('');
  const [sample, setSample] = useState<SampledClaim[] | null>(null);
  const [isWriting, setWriting] = useState(false);
  const stats = qcStats(data.events);

  const secondName = second.trim();
  const own = sample?.filter((s) => s.first.reviewer === secondName) ?? [];
  const toSend = sample?.filter((s) => s.first.reviewer !== secondName) ?? [];

  function draw() {
    const rule = { approveShare: (Number(approveShare) || 0) / 100, otherShare: (Number(otherShare) || 0) / 100, seed };
    const drawn = drawSample(data.events, rule);
    setSample(drawn);
    announce(`Drew ${drawn.length} claim${drawn.length === 1 ? '' : 's'} for second review (seed ${seed})`);
  }

  function write() {
    if (!secondName) {
      warn('Name the second reviewer before writing the QC batch.');
      return;
    }
    setWriting(true);
    const batch = {
      name: `QC seed ${seed}`,
      claimIds: toSend.map((s) => s.claimId),
      rule: `QC seed ${seed} (${approveShare}% of approvals / ${otherShare}% of the rest)`,
      reviewer: secondName,
      purpose: 'second-review' as const,
      secondReviewOf: Object.fromEntries(toSend.map((s) => [s.claimId, s.first.decisionId])),
    };
    writeBatches(bridge, queue, data, [batch], batch.rule)
      .then(
        (text) => {
          setSample(null);
          announce(`${text}: ${toSend.length} claim${toSend.length === 1 ? '' : 's'} for ${secondName}, first decisions not included`);
        },
        (error: unknown) => warn(`Writing the QC batch failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setWriting(false));
  }

  return (
    <div className="team-panel">
      <section className="team-card" aria-labelledby="team-qc-title">
        <h2 id="team-qc-title">Second review sample</h2>
        <div className="team-form">
          <label>
            Approvals (%)
            <input type="number" min={0} max={100} value={approveShare} onChange={(e) => setApproveShare(e.currentTarget.value)} />
          </label>
          <label>
            Other decisions (%)
            <input type="number" min={0} max={100} value={otherShare} onChange={(e) => setOtherShare(e.currentTarget.value)} />
          </label>
          <label>
            Seed
            <input value={seed} onChange={(e) => setSeed(e.currentTarget.value)} />
          </label>
          <button type="button" onClick={draw}>
            Draw sample
          </button>
        </div>
        {sample && (
          <>
            <p>
              {sample.length} claim{sample.length === 1 ? '' : 's'} drawn. The second reviewer gets the claims and documents only: the first
              decision is not in the file, and shows beside theirs here once their log is merged.
            </p>
            <ul className="team-sample" aria-label="Sampled claims">
              {sample.map((s) => (
                <li key={s.claimId}>
                  {s.claimId} · {DECISION_LABELS[s.first.kind ?? 'none']} by {s.first.reviewer}
                </li>
              ))}
            </ul>
            <div className="team-form">
              <label className="wide">
                Second reviewer
                <input value={second} onChange={(e) => setSecond(e.currentTarget.value)} />
              </label>
              <button type="button" className="primary" disabled={isWriting || toSend.length === 0} onClick={write}>
                Write QC batch file
              </button>
            </div>
            {own.length > 0 && (
              <p className="callout warning">
                Left out: {own.map((s) => s.claimId).join(', ')} ({secondName} made the first decision).
              </p>
            )}
          </>
        )}
      </section>
      <section className="team-card" aria-labelledby="team-qc-rates-title">
        <h2 id="team-qc-rates-title">
          Agreement ({stats.pairs.length} second review{stats.pairs.length === 1 ? '' : 's'})
        </h2>
        {stats.pairs.length === 0 ? (
          <p className="muted">No second review merged yet.</p>
        ) : (
          <div className="team-rates">
            <RateTable label="By first reviewer" rates={stats.byReviewer} name={(k) => k} />
            <RateTable label="By decision" rates={stats.byKind} name={(k) => DECISION_LABELS[k as 'approve'] ?? k} />
            <RateTable label="By check" rates={stats.byCheck} name={(k) => CHECK_LABELS[k as CheckId] ?? k} />
          </div>
        )}
      </section>
      <section className="team-card" aria-labelledby="team-overturns-title">
        <h2 id="team-overturns-title">Overturns ({stats.overturns.length})</h2>
        {stats.overturns.length === 0 ? (
          <p className="muted">No first decision overturned.</p>
        ) : (
          <TeamTable label="Overturns" columns={['Claim', 'First decision', 'Second review', 'Reasons and comment of the second']}>
            {stats.overturns.map((p) => (
              <tr key={`${p.claimId}-${p.second.decisionId}`}>
                <td>{p.claimId}</td>
                <td>
                  {DECISION_LABELS[p.first.kind ?? 'none']} by {p.first.reviewer}
                </td>
                <td>
                  {DECISION_LABELS[p.second.kind ?? 'none']} by {p.second.reviewer}
                </td>
                <td>{[p.second.reasons.join(', '), p.second.comment].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </TeamTable>
        )}
      </section>
    </div>
  );
}

function RateTable({ label, rates, name }: { label: string; rates: readonly Rate[]; name: (key: string) => string }) {
  return (
    <TeamTable label={`Agreement ${label.toLowerCase()}`} caption={label} columns={['', 'Reviews', 'Agreement', 'Overturned']}>
      {rates.map((r) => (
        <tr key={r.key}>
          <th scope="row">{name(r.key)}</th>
          <td>{r.reviews}</td>
          <td>{percent(r.agreed, r.reviews)}</td>
          <td>{percent(r.overturned, r.reviews)}</td>
        </tr>
      ))}
    </TeamTable>
  );
}
