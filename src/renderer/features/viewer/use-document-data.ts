import { useEffect, useRef, useState } from 'react';
import { LIMITS, formatBytes } from '@shared/limits';
import type { ViewerDocument } from './viewer-types';

/** Why a document shows an alert instead of its content. */
export interface ViewFailure {
  /** Short state word shown in the alert: missing, corrupt, too large, timed out, password required… */
  kind: string;
  reason: string;
}

export type DataState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; failure: ViewFailure };

/** Largest file the viewer reads into memory: the one per-document limit of imports and `check`. */
const MAX_VIEW_BYTES = LIMITS.documentBytes;

export class ViewError extends Error {
  constructor(
    readonly kind: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'ViewError';
  }
}

function toFailure(error: unknown, fallbackKind: string): ViewFailure {
  if (error instanceof ViewError) return { kind: error.kind, reason: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: fallbackKind, reason: message.trim().replace(/\.+$/, '').slice(0, 300) || 'unknown error' };
}

/** Files loaded lately, by path and hash: the claim's first document is loaded as the claim opens (prefetch.ts), once. */
const recentLoads = new Map<string, Promise<Blob | undefined>>();
const RECENT_LOADS = 4;

function load(document: ViewerDocument): Promise<Blob | undefined> {
  if (!document.sha256) return document.load();
  const key = `${document.path}\u0000${document.sha256}`;
  const known = recentLoads.get(key);
  if (known) return known;
  const loading = document.load();
  recentLoads.set(key, loading);
  loading.catch(() => recentLoads.delete(key));
  for (const oldest of recentLoads.keys()) {
    if (recentLoads.size <= RECENT_LOADS) break;
    recentLoads.delete(oldest);
  }
  return loading;
}

/** Loads the document's bytes: a missing file or an oversized one becomes a ViewError. */
export async function loadBytes(document: ViewerDocument): Promise<ArrayBuffer> {
  const blob = await load(document);
  if (!blob) throw new ViewError('missing', document.stateDetail ?? 'the file is not in the queue');
  if (blob.size > MAX_VIEW_BYTES)
    throw new ViewError('too large', `${formatBytes(blob.size)} is over the ${formatBytes(LIMITS.documentBytes)} limit for one file`);
  return readBlob(blob);
}

/** Blob.arrayBuffer, with FileReader for environments whose Blob lacks it (jsdom). */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('the file could not be read')));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * Loads and parses the active document, ignoring results that arrive after the document
 * changed (`parse`'s signal then aborts). Parse errors become a failure of `parseErrorKind` (e.g. "corrupt").
 */
export function useDocumentData<T>(
  document: ViewerDocument,
  parse: (bytes: ArrayBuffer, signal: AbortSignal) => Promise<T> | T,
  parseErrorKind = 'corrupt',
): DataState<T> {
  const latest = useLatestDocument(document);
  const { path } = document;
  // State remembers which document it is for, so a new path reads as loading without a reset in the effect.
  const [state, setState] = useState<{ path: string; data: DataState<T> } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    // Aborted when the document is no longer shown: its reading is cancelled unless another view wants it.
    const shown = new AbortController();
    loadBytes(latest.current)
      .then(async (bytes) => {
        try {
          return { status: 'ready', value: await parse(bytes, shown.signal) } as const;
        } catch (error) {
          return { status: 'failed', failure: toFailure(error, parseErrorKind) } as const;
        }
      })
      .catch((error: unknown) => ({ status: 'failed', failure: toFailure(error, 'unreadable') }) as const)
      .then((next) => {
        if (isCurrent) setState({ path, data: next });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
      shown.abort();
    };
  }, [path, latest, parse, parseErrorKind]);
  return state?.path === path ? state.data : { status: 'loading' };
}

/**
 * The latest document object, for effects keyed on its path: the claim view may build new
 * ViewerDocument objects (and load functions) on every render, which must not reload the file.
 */
export function useLatestDocument(document: ViewerDocument) {
  const ref = useRef(document);
  useEffect(() => {
    ref.current = document;
  }, [document]);
  return ref;
}
