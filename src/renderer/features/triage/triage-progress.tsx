import { useShallow } from 'zustand/react/shallow';
import { etaSeconds, formatEta, useTriageStore } from './triage-store';
import { pauseTriage, resumeTriage } from './triage-runner';

/** The background run's bar: claims done, rate and time left, with Pause / Resume. */
export function TriageProgressBar({ queueId }: { queueId: string | null }) {
  const p = useTriageStore(
    useShallow((s) => ({
      queueId: s.queueId,
      total: s.total,
      done: s.done,
      failed: s.failed,
      isRunning: s.isRunning,
      isPaused: s.isPaused,
      rate: s.rate,
    })),
  );
  if (!queueId || p.queueId !== queueId || !p.isRunning) return null;
  const rate = p.rate === null ? '' : ` · ${p.rate >= 1 ? p.rate.toFixed(1) : p.rate.toFixed(2)} claims/s`;
  return (
    <div className="triage-progress" role="group" aria-label="Checking every claim">
      <span>{p.isPaused ? 'Checking paused' : 'Checking every claim'}</span>
      <progress max={p.total} value={p.done} aria-label="Claims checked" />
      <span>
        {p.done} / {p.total} claims{rate}
        {p.failed > 0 ? ` · ${p.failed} failed` : ''} · {p.isPaused ? 'paused' : formatEta(etaSeconds(p))}
      </span>
      <button type="button" className="small" onClick={p.isPaused ? resumeTriage : pauseTriage}>
        {p.isPaused ? 'Resume' : 'Pause'}
      </button>
    </div>
  );
}
