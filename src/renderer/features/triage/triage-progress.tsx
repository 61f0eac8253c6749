import { useEffect, useState } from 'react';
import { etaSeconds, formatEta, useTriageStore, type TriageProgress } from './triage-store';
import { pauseTriage, resumeTriage } from './triage-runner';

/**
 * How often the bar's counts are drawn while claims finish. Each finished claim used to draw it
 * (a render, a layout and a paint per claim, a dozen a second on the main thread during a run);
 * starting, stopping, pausing and resuming are drawn at once.
 */
export const PROGRESS_DRAW_MS = 1_000;

type Shown = Omit<TriageProgress, 'setProgress'>;

function shownOf(s: TriageProgress): Shown {
  return { queueId: s.queueId, total: s.total, done: s.done, failed: s.failed, isRunning: s.isRunning, isPaused: s.isPaused, rate: s.rate };
}

/** The store's progress as the bar draws it: counts at most once per PROGRESS_DRAW_MS, state changes at once. */
function useDrawnProgress(): Shown {
  const [shown, setShown] = useState(() => shownOf(useTriageStore.getState()));
  useEffect(() => {
    let drawn = shownOf(useTriageStore.getState());
    let drawnAt = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      clearTimeout(timer);
      timer = undefined;
      drawn = shownOf(useTriageStore.getState());
      drawnAt = performance.now();
      setShown(drawn);
    };
    draw();
    const stop = useTriageStore.subscribe((s) => {
      if (s.queueId !== drawn.queueId || s.isRunning !== drawn.isRunning || s.isPaused !== drawn.isPaused || s.total !== drawn.total)
        draw();
      else if (timer === undefined) timer = setTimeout(draw, Math.max(0, drawnAt + PROGRESS_DRAW_MS - performance.now()));
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return shown;
}

/** The background run's bar: claims done, rate and time left, with Pause / Resume. */
export function TriageProgressBar({ queueId }: { queueId: string | null }) {
  const p = useDrawnProgress();
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
