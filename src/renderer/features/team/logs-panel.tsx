import { useRef, useState } from 'react';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import { importDecisionLogs, settleDisagreement, type LogImport } from '@renderer/db/team';
import type { ClaimRow } from '@renderer/db/types';
import { findDisagreements } from '@shared/decision-log/outcomes';
import type { LogEvent } from '@shared/decision-log/schema';
import { verifyDecisionLogText } from '@shared/decision-log/verify';
import { CHECK_LABELS } from '@renderer/features/checklist/check-labels';
import { DECISION_LABELS } from '@renderer/features/queue-list/queue-filters';
import { effective } from './qc';
import type { TeamData } from './use-team-data';

interface VerifyResult {
  file: string;
  ok: boolean;
  message: string;
}

/** Document hashes of the open queue, by path, for "Verify a decision log…". */
function documentHashes(rows: readonly ClaimRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) for (const d of row.documents) if (d.sha256) map.set(d.path, d.sha256);
  return map;
}

/** Verify a log, import (merge) logs, and the disagreements to settle. */
export function LogsPanel({ rows, data, lead }: { rows: readonly ClaimRow[]; data: TeamData; lead: string }) {
  const bridge = useBridge();
  const { announce, warn } = useAppStore.getState();
  const verifyInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const [verified, setVerified] = useState<VerifyResult | null>(null);
  const [imported, setImported] = useState<LogImport[]>([]);
  const [isBusy, setBusy] = useState(false);

  async function verify(file: File) {
    const result = verifyDecisionLogText(await file.text(), { documents: documentHashes(rows) });
    setVerified({ file: file.name, ok: result.ok, message: result.message });
    announce(`${file.name}: ${result.message}`);
  }

  async function importFiles(files: File[]) {
    setBusy(true);
    try {
      const inputs = [];
      const unreadable: LogImport[] = [];
      for (const file of files) {
        try {
          inputs.push({ source: file.name, data: JSON.parse((await file.text()).replace(/^\uFEFF/, '')) as unknown });
        } catch (error) {
          unreadable.push({ source: file.name, refused: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
      const results = [...unreadable, ...(await importDecisionLogs(data.logQueue, inputs))];
      setImported(results);
      const added = results.reduce((n, r) => n + (r.added ?? 0), 0);
      const refused = results.filter((r) => r.refused).length;
      announce(
        `Merged ${results.length - refused} log${results.length - refused === 1 ? '' : 's'}: ${added} new event${added === 1 ? '' : 's'}${refused > 0 ? `, ${refused} refused` : ''}`,
      );
    } catch (error) {
      warn(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const disagreements = findDisagreements(data.events);

  return (
    <div className="team-panel">
      <section className="team-card" aria-labelledby="team-logs-title">
        <h2 id="team-logs-title">Decision logs</h2>
        <div className="team-actions">
          <button type="button" onClick={() => verifyInput.current?.click()}>
            Verify a decision log…
          </button>
          <button type="button" className="primary" disabled={isBusy} onClick={() => importInput.current?.click()}>
            Import decision logs…
          </button>
          <span className="muted">
            {data.events.length} event{data.events.length === 1 ? '' : 's'} merged for {data.logQueue.name}
          </span>
        </div>
        <input
          ref={verifyInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="verify-log-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) verify(file).catch((error: unknown) => warn(`Could not read ${file.name}: ${String(error)}`));
          }}
        />
        <input
          ref={importInput}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-testid="import-logs-input"
          onChange={(e) => {
            const files = e.currentTarget.files ? [...e.currentTarget.files] : [];
            e.currentTarget.value = '';
            if (files.length > 0) void importFiles(files);
          }}
        />
        {verified && (
          <div className={`callout ${verified.ok ? 'ok' : 'error'}`} role="region" aria-label="Verification">
            <strong>{verified.file}</strong>: {verified.message}
          </div>
        )}
        {imported.length > 0 && (
          <ul className="team-imports" aria-label="Imported logs">
            {imported.map((r, i) => (
              <li key={`${r.source}-${i}`} className={r.refused ? 'refused' : 'accepted'}>
                <strong>{r.source}</strong>:{' '}
                {r.refused
                  ? `refused: ${r.refused}`
                  : r.added === 0
                    ? `merged already, nothing new (${r.events ?? 0} events)`
                    : `merged, ${r.added} new event${r.added === 1 ? '' : 's'}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="team-card" aria-labelledby="team-disagreements-title">
        <h2 id="team-disagreements-title">Disagreements ({disagreements.length})</h2>
        {disagreements.length === 0 ? (
          <p className="muted">No claim is decided differently by two reviewers.</p>
        ) : (
          disagreements.map((d) => (
            <DisagreementCard
              key={d.claimId}
              claimId={d.claimId}
              decisions={d.decisions}
              onSettle={(basis, note) => {
                if (!basis.kind) return;
                settleDisagreement({
                  logQueueId: data.logQueue.queueId,
                  claimId: d.claimId,
                  lead,
                  kind: basis.kind,
                  settles: d.decisions,
                  basis,
                  note,
                  appVersion: bridge.appVersion,
                }).then(
                  () => announce(`Settled claim ${d.claimId}: ${DECISION_LABELS[basis.kind ?? 'none']}`),
                  (error: unknown) => warn(`Settlement not saved: ${error instanceof Error ? error.message : String(error)}`),
                );
              }}
            />
          ))
        )}
      </section>
    </div>
  );
}

function DisagreementCard({
  claimId,
  decisions,
  onSettle,
}: {
  claimId: string;
  decisions: readonly LogEvent[];
  onSettle: (basis: LogEvent, note: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <article className="team-disagreement" aria-label={`Disagreement on claim ${claimId}`}>
      <h3>Claim {claimId}</h3>
      <div className="team-side-by-side">
        {decisions.map((e) => (
          <div key={e.decisionId} className="team-side" aria-label={`${e.reviewer}'s decision`}>
            <p className={`team-kind kind-${e.kind ?? 'none'}`}>
              <strong>{DECISION_LABELS[e.kind ?? 'none']}</strong> by {e.reviewer}
              {e.type === 'settlement' ? ' (settlement)' : ''}
            </p>
            <p className="muted">{new Date(e.decidedAt).toLocaleString()}</p>
            {e.reasons.length > 0 && <p>Reasons: {e.reasons.join(', ')}</p>}
            {e.comment && <p>Comment: {e.comment}</p>}
            {e.overrideNote && <p>Override note: {e.overrideNote}</p>}
            <table className="team-table compact" aria-label={`${e.reviewer}'s checklist`}>
              <tbody>
                {e.checklist.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{CHECK_LABELS[c.id]}</th>
                    <td className={`status-${effective(c)}`}>{effective(c)}</td>
                    <td className="muted">{c.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" onClick={() => onSettle(e, note)}>
              Settle as {DECISION_LABELS[e.kind ?? 'none']} ({e.reviewer})
            </button>
          </div>
        ))}
      </div>
      <label className="team-note">
        Settlement note
        <input value={note} onChange={(ev) => setNote(ev.currentTarget.value)} />
      </label>
    </article>
  );
}
