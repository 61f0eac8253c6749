// @vitest-environment jsdom
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { PROGRESS_DRAW_MS, TriageProgressBar } from './triage-progress';
import { useTriageStore } from './triage-store';

const start = { queueId: 'q', total: 1000, done: 0, failed: 0, isRunning: true, isPaused: false, rate: null };

beforeEach(() => {
  vi.useFakeTimers();
  useTriageStore.getState().setProgress(start);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderBar() {
  let draws = 0;
  render(
    <Profiler id="bar" onRender={() => (draws += 1)}>
      <TriageProgressBar queueId="q" />
    </Profiler>,
  );
  return { draws: () => draws };
}

describe('the triage progress bar', () => {
  it('draws claims as they finish at most once a second, and ends on the last count', () => {
    const bar = renderBar();
    const before = bar.draws();
    for (let done = 1; done <= 40; done++) {
      act(() => useTriageStore.getState().setProgress({ done, failed: Math.floor(done / 10) }));
      act(() => {
        vi.advanceTimersByTime(PROGRESS_DRAW_MS / 20);
      });
    }
    // Forty claims in two seconds: about two draws, not forty.
    expect(bar.draws() - before).toBeLessThanOrEqual(3);
    act(() => {
      vi.advanceTimersByTime(PROGRESS_DRAW_MS);
    });
    expect(screen.getByRole('group', { name: 'Checking every claim' }).textContent).toContain('40 / 1000 claims · 4 failed');
    expect(screen.getByRole('progressbar', { name: 'Claims checked' }).getAttribute('value')).toBe('40');
  });

  it('shows a pause, a resume and the end of the run at once', () => {
    renderBar();
    act(() => useTriageStore.getState().setProgress({ done: 5 }));
    act(() => useTriageStore.getState().setProgress({ isPaused: true }));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Checking every claim' }).textContent).toContain('5 / 1000 claims · paused');
    act(() => useTriageStore.getState().setProgress({ isPaused: false }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    act(() => useTriageStore.getState().setProgress({ done: 1000, isRunning: false }));
    expect(screen.queryByRole('group', { name: 'Checking every claim' })).toBeNull();
  });
});
