import { memo, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getCurrentDecision } from '@renderer/db';
import type { ClaimRow } from '@renderer/db/types';
import type { Evidence } from '@shared/checks/types';
import type { DecisionKind } from '@shared/decisions/types';
import { useAppStore } from '@renderer/app/app-store';
import { DocumentViewer } from '@renderer/features/viewer/document-viewer';
import type { ViewerDocument, ViewerFocus } from '@renderer/features/viewer/document-viewer';
import { ChecklistPanel } from '@renderer/features/checklist/checklist-panel';
import { failingChecks, toChecklistEntries } from '@renderer/features/checklist/checklist-model';
import { useChecklist } from '@renderer/features/checklist/use-checklist';
import { useEngineReport } from '@renderer/features/checklist/use-engine-report';
import { DecisionForm } from '@renderer/features/decision/decision-form';
import { DecisionHistory } from '@renderer/features/decision/decision-history';
import { DecisionPanel } from '@renderer/features/decision/decision-panel';
import { approveOverrideRules, initialDraft, needsForm, type DecisionDraft } from '@renderer/features/decision/decision-rules';
import { useSaveDecision } from '@renderer/features/decision/use-save-decision';
import { useAutoAdvance } from '@renderer/features/settings/settings';
import { useShortcuts } from '@renderer/features/shortcuts/use-shortcuts';
import { nextUndecided } from '@renderer/features/queue-list/queue-filters';
import { viewerDocumentsOf } from './viewer-documents';
import { ClaimFacts } from './claim-facts';
import { ClaimNav } from './claim-nav';
import { focusCheck } from './focus-check';
import type { TriageInfo } from '@renderer/features/triage/triage-info';
import { ClaimFlags } from '@renderer/features/triage/claim-flags';

// Typing a note re-renders the claim view; the panes whose props did not change skip it
// (a re-render of the viewer would walk every page component).
const StableViewer = memo(DocumentViewer);
const StableFacts = memo(ClaimFacts);
const StableHistory = memo(DecisionHistory);

interface ClaimViewProps {
  row: ClaimRow;
  /** The list as filtered and sorted: previous/next and auto-advance follow it. */
  rows: readonly ClaimRow[];
  /** The engine's triage of this claim, its clocks and links; undefined before triage reached it. */
  triage?: TriageInfo;
}

/** One claim: facts, documents and checklist side by side, and the decision. Keyed by claim. */
export function ClaimView({ row, rows, triage }: ClaimViewProps) {
  const { queueId, claimId } = row;
  const openClaim = useAppStore((s) => s.openClaim);
  const backToQueue = useAppStore((s) => s.backToQueue);
  const engine = useEngineReport(row);
  const report = engine.status === 'done' ? engine.outcome.report : null;
  const checklist = useChecklist(queueId, claimId, report);
  const failing = useMemo(() => failingChecks(checklist.checks), [checklist.checks]);
  const engineFacts = engine.status === 'done' ? engine.outcome.documents : null;
  const rules = approveOverrideRules({
    engine: engine.status,
    failing,
    // The engine's reading wins where it read the file (a stored PDF may still be password-protected).
    documents: row.documents.map((d) => ({ path: d.path, state: engineFacts?.find((f) => f.path === d.path)?.state ?? d.state })),
    isValid: row.isValid,
    duplicateOf: row.duplicateOf,
    conflicts: triage?.linkedOf('conflict').map((l) => ({ claimId: l.claimId, why: l.why })) ?? [],
    anotherPartnerWorkloads: row.claim?.workloads.filter((w) => w.association === 'another-partner').map((w) => w.name) ?? [],
  });
  // `?? null` tells "no decision" (null) from "still loading" (undefined).
  const current = useLiveQuery(async () => (await getCurrentDecision(queueId, claimId)) ?? null, [queueId, claimId]);
  const isAutoAdvance = useAutoAdvance();
  const save = useSaveDecision();
  const [formKind, setFormKind] = useState<DecisionKind | null>(null);
  const [isSaving, setSaving] = useState(false);
  const isCommitting = useRef(false);
  const pendingApprove = useRef<string | null>(null);
  const [activePath, setActivePath] = useState<string | null>(row.documents[0]?.path ?? null);
  const [focus, setFocus] = useState<ViewerFocus | null>(null);
  const paneRoot = useRef<HTMLDivElement>(null);

  const docsKey = row.documents.map((d) => `${d.path}|${d.state}|${d.sha256 ?? ''}`).join('\n');
  const viewerDocuments = useMemo<ViewerDocument[]>(
    () => viewerDocumentsOf(row),
    // docsKey stands for row.documents: the row object is new on every live-query refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queueId, docsKey],
  );

  const index = rows.findIndex((r) => r.claimId === claimId);
  const previous = index > 0 ? rows[index - 1] : undefined;
  const next = index >= 0 ? rows[index + 1] : rows[0];

  function showEvidence(e: Evidence) {
    // An attachment (`mail.eml#file.pdf`) opens as its own document; the viewer falls back to its message.
    setActivePath(e.document);
    setFocus({ document: e.document, page: e.page, part: e.part, text: e.text, box: e.box, nonce: Date.now() });
  }

  async function commit(draft: DecisionDraft, decisionId: string): Promise<boolean> {
    isCommitting.current = true;
    setSaving(true);
    try {
      return await save(draft, decisionId, {
        queueId,
        claimId,
        checklist: toChecklistEntries(checklist.checks),
        documents: row.documents.map((d) => ({ path: d.path, sha256: d.sha256 })),
        relatedClaims: triage?.linkedOf('conflict').map((l) => (l.queueId === queueId ? l.claimId : `${l.queueId}/${l.claimId}`)) ?? [],
        onSaved: () => {
          setFormKind(null);
          const target = isAutoAdvance ? nextUndecided(rows, claimId) : null;
          if (target) openClaim(target.claimId);
        },
      });
    } finally {
      isCommitting.current = false;
      setSaving(false);
    }
  }

  function decide(kind: DecisionKind) {
    // The ref, not the state: a second key in the same task must not start a second save.
    if (isCommitting.current) return;
    if (needsForm(kind, rules)) {
      setFormKind(kind);
      return;
    }
    // Reuse the id of an approve whose save failed, so a retry cannot record it twice.
    pendingApprove.current ??= crypto.randomUUID();
    const id = pendingApprove.current;
    void commit(initialDraft('approve', report), id).then((isSaved) => {
      if (isSaved) pendingApprove.current = null;
    });
  }

  useShortcuts((action) => {
    switch (action.type) {
      case 'decide':
        decide(action.kind);
        return true;
      case 'next-claim':
        if (next) openClaim(next.claimId);
        return true;
      case 'previous-claim':
        if (previous) openClaim(previous.claimId);
        return true;
      case 'escape':
        backToQueue();
        return true;
      case 'focus-check':
        return focusCheck(paneRoot.current, action.index);
      case 'open-selected':
      case 'show-shortcuts':
      case 'undo':
        return false;
    }
  });

  return (
    <div className="claim-view" data-claim-id={claimId} ref={paneRoot}>
      <ClaimNav
        row={row}
        position={index + 1}
        total={rows.length}
        onBack={backToQueue}
        onPrevious={previous ? () => openClaim(previous.claimId) : null}
        onNext={next && next.claimId !== claimId ? () => openClaim(next.claimId) : null}
      >
        {triage && <ClaimFlags queueId={queueId} triage={triage} />}
      </ClaimNav>
      <div className="claim-panes">
        <StableFacts row={row} engineFacts={engineFacts} onShowDocument={setActivePath} />
        {/* The viewer is the region "Documents" itself. */}
        <div className="pane viewer-pane">
          <StableViewer documents={viewerDocuments} activePath={activePath} onActivePathChange={setActivePath} focus={focus} />
        </div>
        <div className="pane review-pane">
          <div className="review-scroll">
            <ChecklistPanel checklist={checklist} engine={engine} onEvidence={showEvidence} />
            <StableHistory queueId={queueId} claimId={claimId} />
          </div>
          <DecisionPanel current={current} failingCount={failing.length} isSaving={isSaving} onDecide={decide} />
        </div>
      </div>
      {formKind && (
        <DecisionForm
          claimId={claimId}
          kind={formKind}
          failing={failing}
          rules={rules}
          report={report}
          onSubmit={commit}
          onCancel={() => setFormKind(null)}
        />
      )}
    </div>
  );
}
