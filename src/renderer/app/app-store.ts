import { create } from 'zustand';
import type { ImportProgress } from '@renderer/db/types';

/** A message for the status (polite) or alert (assertive) live region. */
export interface Notice {
  id: number;
  text: string;
  /** A button beside the text ("Undo" in "Decision saved"). */
  action?: { label: string; run: () => void };
}

export type View = 'queue' | 'claim' | 'team';

/** Session state of the shell: which queue and claim are open, live messages, open dialogs. */
interface AppState {
  queueId: string | null;
  view: View;
  /** The open claim in the claim view, the highlighted row in the list. */
  claimId: string | null;
  importProgress: ImportProgress | null;
  importLabel: string | null;
  status: Notice | null;
  alert: Notice | null;
  isShortcutsOpen: boolean;
  isReviewerDialogOpen: boolean;
  isDecisionFormOpen: boolean;
  /** The claim shown beside the open one in Compare (a conflicting claim), or null. */
  compareWith: { queueId: string; claimId: string } | null;
  openCompare: (target: { queueId: string; claimId: string }) => void;
  closeCompare: () => void;
  openQueue: (queueId: string) => void;
  openClaim: (claimId: string) => void;
  /** A queue, and in it a claim if given, in one step (no list shown on the way). */
  openQueueAt: (queueId: string, claimId: string | null) => void;
  selectClaim: (claimId: string | null) => void;
  backToQueue: () => void;
  /** The lead's Team view of the open queue (features/team). */
  openTeam: () => void;
  setImport: (label: string | null, progress: ImportProgress | null) => void;
  announce: (text: string, action?: Notice['action']) => void;
  warn: (text: string) => void;
  clearAlert: () => void;
  setShortcutsOpen: (open: boolean) => void;
  setReviewerDialogOpen: (open: boolean) => void;
  setDecisionFormOpen: (open: boolean) => void;
}

let noticeId = 0;

export const useAppStore = create<AppState>()((set) => ({
  queueId: null,
  view: 'queue',
  claimId: null,
  importProgress: null,
  importLabel: null,
  status: null,
  alert: null,
  isShortcutsOpen: false,
  isReviewerDialogOpen: false,
  isDecisionFormOpen: false,
  compareWith: null,
  openCompare: (compareWith) => set({ compareWith }),
  closeCompare: () => set({ compareWith: null }),
  openQueue: (queueId) => set({ queueId, view: 'queue', claimId: null, compareWith: null }),
  openClaim: (claimId) => set({ claimId, view: 'claim', compareWith: null }),
  openQueueAt: (queueId, claimId) => set({ queueId, claimId, view: claimId === null ? 'queue' : 'claim', compareWith: null }),
  selectClaim: (claimId) => set({ claimId }),
  backToQueue: () => set({ view: 'queue', isDecisionFormOpen: false, compareWith: null }),
  openTeam: () => set({ view: 'team', isDecisionFormOpen: false, compareWith: null }),
  setImport: (importLabel, importProgress) => set({ importLabel, importProgress }),
  announce: (text, action) => set({ status: { id: ++noticeId, text, ...(action ? { action } : {}) } }),
  warn: (text) => set({ alert: { id: ++noticeId, text } }),
  clearAlert: () => set({ alert: null }),
  setShortcutsOpen: (isShortcutsOpen) => set({ isShortcutsOpen }),
  setReviewerDialogOpen: (isReviewerDialogOpen) => set({ isReviewerDialogOpen }),
  setDecisionFormOpen: (isDecisionFormOpen) => set({ isDecisionFormOpen }),
}));
