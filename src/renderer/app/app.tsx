import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setSetting } from '@renderer/db';
import { useBridge } from '@renderer/bridge/bridge-context';
import { AppHeader } from '@renderer/features/shell/app-header';
import { AlertBanner, StatusBar } from '@renderer/features/shell/live-regions';
import { ImportIssues, ImportProgressBar } from '@renderer/features/shell/import-status';
import { dropLabel, filesFromDrop } from '@renderer/features/shell/dropped-files';
import { QueueList } from '@renderer/features/queue-list/queue-list';
import { visibleClaims } from '@renderer/features/queue-list/queue-filters';
import { useQueueListStore } from '@renderer/features/queue-list/queue-list-store';
import { ClaimView } from '@renderer/features/claim/claim-view';
import { useTriage } from '@renderer/features/triage/use-triage';
import { useTeamDecisions } from '@renderer/features/team/use-team-data';
import { TriageProgressBar } from '@renderer/features/triage/triage-progress';
import { CompareView } from '@renderer/features/triage/compare-view';
import { ShortcutsDialog } from '@renderer/features/shortcuts/shortcuts-dialog';
import { useShortcuts } from '@renderer/features/shortcuts/use-shortcuts';
import { ReviewerNameDialog } from '@renderer/features/settings/reviewer-name-dialog';
import { SETTINGS, useReviewerName, useTheme } from '@renderer/features/settings/settings';
import { SettingsDialog } from '@renderer/features/settings/settings-dialog';
import { exportDecisions, type ExportFormat } from '@renderer/features/export/export-decisions';
import { restoreFromJournal } from '@renderer/features/export/restore-journal';
import { warmViewReader } from '@renderer/features/viewer/extract/view-extract-client';
import { useAppStore } from './app-store';
import { useUndo } from '@renderer/features/decision/use-undo';
import { TeamView } from '@renderer/features/team/team-view';
import { runImport } from './run-import';
import { useStartup } from './use-startup';
import { useQueueRows } from './use-queue-rows';

/** The shell: header, the queue list or a claim, dialogs, live regions, drag and drop. */
export function App() {
  const bridge = useBridge();
  // Whether an import runs, not its progress: the bar reads that itself, so the shell (and the
  // list) is not drawn again for each step of an import.
  const { queueId, view, claimId, isImporting, isShortcutsOpen, isReviewerDialogOpen, compareWith } = useAppStore(
    useShallow((s) => ({
      queueId: s.queueId,
      view: s.view,
      claimId: s.claimId,
      isImporting: s.importProgress !== null,
      isShortcutsOpen: s.isShortcutsOpen,
      isReviewerDialogOpen: s.isReviewerDialogOpen,
      compareWith: s.compareWith,
    })),
  );
  const { announce, warn, setShortcutsOpen, setReviewerDialogOpen } = useAppStore.getState();
  const { queue, rows: allRows } = useQueueRows(queueId);
  const filters = useQueueListStore((s) => s.filters);
  const sort = useQueueListStore((s) => s.sort);
  const triage = useTriage(queue, isImporting);
  const team = useTeamDecisions(queue);
  const rows = useMemo(() => visibleClaims(allRows, filters, sort, triage, team), [allRows, filters, sort, triage, team]);
  const reviewer = useReviewerName();
  const [isDragging, setDragging] = useState(false);
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  const theme = useTheme();
  useEffect(() => {
    // "system": no attribute, the stylesheet follows prefers-color-scheme.
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  useStartup(bridge);
  // The viewer's reader (its worker and libraries) starts while the app is idle once a queue is
  // open, so the first .docx, .xlsx or e-mail opened does not wait for it.
  useEffect(() => {
    if (!queueId || typeof requestIdleCallback !== 'function' || typeof Worker !== 'function') return;
    const handle = requestIdleCallback(() => warmViewReader(), { timeout: 5_000 });
    return () => cancelIdleCallback(handle);
  }, [queueId]);

  const openRow = claimId ? allRows.find((r) => r.claimId === claimId) : undefined;

  useEffect(() => {
    if (!queueId) return;
    void setSetting(SETTINGS.lastClaimId, view === 'claim' ? claimId : null);
  }, [queueId, view, claimId]);

  function openSample() {
    void runImport('the sample queue', () => bridge.openSampleQueue());
  }
  function openFiles(files: File[], label: string) {
    void runImport(label, () => bridge.openQueueFromFiles(files));
  }
  function openDialog() {
    void runImport('the chosen queue', () => bridge.showOpenQueueDialog());
  }
  function exportAs(format: ExportFormat) {
    if (!queueId) return;
    exportDecisions(bridge, queueId, format).then(
      (text) => text && announce(text),
      (error: unknown) => warn(`Export failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  useEffect(
    () =>
      bridge.onCommand((command) => {
        if (command === 'open-queue') openDialog();
        else if (command === 'open-sample-queue') openSample();
        else if (command === 'export-csv') exportAs('csv');
        else if (command === 'export-json') exportAs('json');
        else setShortcutsOpen(true);
      }),
    // The handlers read the store at call time; subscribe once per bridge.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bridge],
  );

  const undo = useUndo();
  useShortcuts((action) => {
    if (action.type === 'undo') {
      void undo();
      return true;
    }
    if (action.type !== 'show-shortcuts') return false;
    setShortcutsOpen(true);
    return true;
  });

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    filesFromDrop(event.dataTransfer).then(
      (files) => files.length > 0 && openFiles(files, dropLabel(files)),
      (error: unknown) => warn(`Could not read the dropped files: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  const needsName = reviewer === null;
  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => e.relatedTarget === null && setDragging(false)}
      onDrop={onDrop}
    >
      <AppHeader
        queue={queue}
        rows={allRows}
        team={team}
        reviewer={reviewer}
        isImporting={isImporting}
        onOpenQueue={openDialog}
        onFiles={openFiles}
        onOpenSample={openSample}
        onExport={exportAs}
        onOpenSettings={() => setSettingsOpen(true)}
        onRestore={() => {
          restoreFromJournal(bridge).then(announce, (error: unknown) =>
            warn(`Restore from the journal failed: ${error instanceof Error ? error.message : String(error)}`),
          );
        }}
      />
      <ImportProgressBar />
      <TriageProgressBar queueId={queueId} />
      <AlertBanner />
      <main className="app-main">
        {view === 'team' && queue ? (
          <TeamView queue={queue} rows={allRows} lead={reviewer ?? ''} />
        ) : view === 'claim' && openRow && compareWith ? (
          <CompareView
            left={openRow}
            leftTriage={triage.get(openRow.claimId)}
            otherTriage={compareWith.queueId === queueId ? triage.get(compareWith.claimId) : undefined}
          />
        ) : view === 'claim' && openRow ? (
          <ClaimView key={openRow.key} row={openRow} rows={rows} triage={triage.get(openRow.claimId)} />
        ) : view === 'claim' && claimId ? (
          <div className="empty">
            {allRows.length === 0 ? (
              `Loading claim ${claimId}…`
            ) : (
              <>
                Claim {claimId} is not in this queue (a later import removed it).{' '}
                <button type="button" onClick={() => useAppStore.getState().backToQueue()}>
                  Back to queue
                </button>
              </>
            )}
          </div>
        ) : (
          <div className="queue-view">
            {queue && <ImportIssues queue={queue} />}
            {queueId ? (
              <QueueList allRows={allRows} rows={rows} triage={triage} team={team} />
            ) : (
              <p className="empty">
                {isImporting ? 'Importing…' : 'No queue open. Open a queue (.zip or folder), drop one here, or open the sample queue.'}
              </p>
            )}
          </div>
        )}
      </main>
      <StatusBar />
      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a queue folder or .zip to open it
        </div>
      )}
      {isShortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {isSettingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      {(needsName || isReviewerDialogOpen) && (
        <ReviewerNameDialog
          current={reviewer ?? null}
          onCancel={needsName ? null : () => setReviewerDialogOpen(false)}
          onSave={(name) => {
            setReviewerDialogOpen(false);
            setSetting(SETTINGS.reviewerName, name).then(
              () => announce(`Reviewer name set to ${name}`),
              (error: unknown) => warn(`Could not save the reviewer name: ${error instanceof Error ? error.message : String(error)}`),
            );
          }}
        />
      )}
    </div>
  );
}
