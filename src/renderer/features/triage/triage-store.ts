import { create } from 'zustand';

/** Progress of the background triage, for the progress bar (not a copy of database rows). */
export interface TriageProgress {
  queueId: string | null;
  total: number;
  /** Claims finished in this queue (cached ones included). */
  done: number;
  failed: number;
  isRunning: boolean;
  isPaused: boolean;
  /** Claims per second over the recent runs; null until measured. */
  rate: number | null;
  setProgress: (p: Partial<Omit<TriageProgress, 'setProgress'>>) => void;
}

/**
 * A reviewer's app starts the background checks running. End-to-end tests that are not about them
 * start them paused (the state Pause leaves), so each test's cores go to what it tests.
 */
function startsPaused(): boolean {
  return typeof window !== 'undefined' && window.__poeTriageStartsPaused === true;
}

export const useTriageStore = create<TriageProgress>((set) => ({
  queueId: null,
  total: 0,
  done: 0,
  failed: 0,
  isRunning: false,
  isPaused: startsPaused(),
  rate: null,
  setProgress: (p) => set(p),
}));

/** Seconds left at the current rate; null when unknown. */
export function etaSeconds(p: Pick<TriageProgress, 'total' | 'done' | 'rate'>): number | null {
  if (!p.rate || p.rate <= 0) return null;
  return Math.ceil((p.total - p.done) / p.rate);
}

export function formatEta(seconds: number | null): string {
  if (seconds === null) return 'estimating time left';
  if (seconds < 60) return `about ${seconds} s left`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `about ${minutes} min left` : `about ${Math.round(minutes / 60)} h left`;
}
