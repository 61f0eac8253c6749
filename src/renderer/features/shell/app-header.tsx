import { useRef } from 'react';
import type { ClaimRow, QueueRow } from '@renderer/db/types';
import { useBridge } from '@renderer/bridge/bridge-context';
import { useAppStore } from '@renderer/app/app-store';
import { countByDecision, DECISION_LABELS } from '@renderer/features/queue-list/queue-filters';
import { ExportMenu } from '@renderer/features/export/export-menu';
import type { ExportFormat } from '@renderer/features/export/export-decisions';
import type { TeamDecisions } from '@renderer/features/team/team-decisions';

interface AppHeaderProps {
  queue: QueueRow | null | undefined;
  rows: readonly ClaimRow[];
  /** Decisions merged from the team's logs (the lead's counts include them). */
  team: TeamDecisions;
  reviewer: string | null | undefined;
  isImporting: boolean;
  onOpenQueue: () => void;
  onFiles: (files: File[], label: string) => void;
  onOpenSample: () => void;
  onExport: (format: ExportFormat) => void;
  onRestore: () => void;
  onOpenSettings: () => void;
}

/** Queue name and progress by decision, and the app's commands. */
export function AppHeader({
  queue,
  rows,
  team,
  reviewer,
  isImporting,
  onOpenQueue,
  onFiles,
  onOpenSample,
  onExport,
  onRestore,
  onOpenSettings,
}: AppHeaderProps) {
  const bridge = useBridge();
  const setShortcutsOpen = useAppStore((s) => s.setShortcutsOpen);
  const setReviewerDialogOpen = useAppStore((s) => s.setReviewerDialogOpen);
  const openTeam = useAppStore((s) => s.openTeam);
  const zipInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const counts = countByDecision(rows, team);
  const isWeb = bridge.platform === 'web';

  function picked(input: HTMLInputElement | null) {
    const files = input?.files ? [...input.files] : [];
    if (input) input.value = '';
    const first = files[0];
    if (!first) return;
    const path = first.webkitRelativePath;
    onFiles(files, path.includes('/') ? path.slice(0, path.indexOf('/')) : first.name);
  }

  return (
    <header className="app-header">
      <div className="brand">POE Reviewer</div>
      <div className="queue-summary">
        {queue ? (
          <>
            <span className="queue-name" title={queue.label}>
              {queue.name}
            </span>
            <span className="counts">
              <span className="count-none">
                {counts.none} of {rows.length} {DECISION_LABELS.none.toLowerCase()}
              </span>
              <span className="count-approve">{counts.approve} approved</span>
              <span className="count-action-required">{counts['action-required']} action required</span>
              <span className="count-reject">{counts.reject} rejected</span>
            </span>
          </>
        ) : (
          <span className="muted">{queue === undefined ? 'Loading…' : 'No queue open'}</span>
        )}
      </div>
      <nav className="header-actions" aria-label="Queue commands">
        <button type="button" disabled={isImporting} onClick={() => (isWeb ? zipInput.current?.click() : onOpenQueue())}>
          Open queue
        </button>
        {isWeb && (
          <button type="button" disabled={isImporting} onClick={() => folderInput.current?.click()}>
            Open queue folder
          </button>
        )}
        <button type="button" disabled={isImporting} onClick={onOpenSample}>
          Open sample queue
        </button>
        <ExportMenu isDisabled={!queue} onExport={onExport} onRestore={isWeb ? null : onRestore} />
        <button type="button" disabled={!queue} onClick={openTeam}>
          Team
        </button>
        <button
          type="button"
          className="icon"
          onClick={() => setShortcutsOpen(true)}
          aria-keyshortcuts="?"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
        <button type="button" onClick={onOpenSettings}>
          Settings
        </button>
        <button type="button" className="reviewer" onClick={() => setReviewerDialogOpen(true)}>
          Reviewer: {reviewer ?? '(not set)'}
        </button>
      </nav>
      {isWeb && (
        <>
          <input
            ref={zipInput}
            type="file"
            accept=".zip,application/zip"
            hidden
            onChange={(e) => picked(e.currentTarget)}
            data-testid="open-queue-input"
          />
          <input
            ref={(el) => {
              folderInput.current = el;
              // React does not know the non-standard attribute; set it on the element.
              el?.setAttribute('webkitdirectory', '');
            }}
            type="file"
            multiple
            hidden
            onChange={(e) => picked(e.currentTarget)}
            data-testid="open-queue-folder-input"
          />
        </>
      )}
    </header>
  );
}
