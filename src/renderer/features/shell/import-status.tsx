import { useState } from 'react';
import type { ImportProgress, QueueRow } from '@renderer/db/types';
import { useAppStore } from '@renderer/app/app-store';
import { IssueList } from './issue-list';

const PHASE_TEXT: Record<ImportProgress['phase'], string> = {
  reading: 'Reading',
  validating: 'Checking claims',
  storing: 'Storing claims',
  documents: 'Storing documents',
  done: 'Done',
};

/** The import progress bar while a queue is read (nothing otherwise). */
export function ImportProgressBar() {
  const label = useAppStore((s) => s.importLabel);
  const progress = useAppStore((s) => s.importProgress);
  if (!progress) return null;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
  return (
    <div className="import-progress">
      <span>
        {PHASE_TEXT[progress.phase]} {label ?? 'queue'}
        {progress.total > 0 ? ` ${progress.done} / ${progress.total}` : '…'}
      </span>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${PHASE_TEXT[progress.phase]}${progress.total > 0 ? `: ${progress.done} of ${progress.total}` : ''}`}
        className="bar"
      >
        <div
          className="bar-fill"
          style={percent === undefined ? { width: '30%' } : { transform: `scaleX(${percent / 100})` }}
          data-indeterminate={percent === undefined}
        />
      </div>
    </div>
  );
}

/** The open queue's import problems, each naming claim, row, field and document. */
export function ImportIssues({ queue }: { queue: QueueRow }) {
  const [isOpen, setOpen] = useState(true);
  if (queue.issues.length === 0) return null;
  const errors = queue.issues.filter((i) => i.severity === 'error').length;
  return (
    <section aria-label="Import issues" className="import-issues">
      <div className="import-issues-head">
        <h2>
          Import issues: {errors} error{errors === 1 ? '' : 's'}, {queue.issues.length - errors} warning
          {queue.issues.length - errors === 1 ? '' : 's'} in {queue.label}
        </h2>
        <button type="button" className="small" aria-expanded={isOpen} onClick={() => setOpen((o) => !o)}>
          {isOpen ? 'Hide' : 'Show'}
        </button>
      </div>
      {isOpen && <IssueList issues={queue.issues} showQueue />}
    </section>
  );
}
