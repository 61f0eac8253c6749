import { useSyncExternalStore } from 'react';
import type { PdfSignatureFact } from '@shared/documents/types';

/**
 * Signatures read for the documents shown so far, by path: the PDF view fills it once it has read
 * them, and the document tabs show a badge from it.
 */
const byPath = new Map<string, readonly PdfSignatureFact[]>();
const listeners = new Set<() => void>();

export function setDocumentSignatures(path: string, facts: readonly PdfSignatureFact[]): void {
  if (byPath.get(path) === facts) return;
  byPath.set(path, facts);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDocumentSignatures(path: string): readonly PdfSignatureFact[] | undefined {
  return useSyncExternalStore(
    subscribe,
    () => byPath.get(path),
    () => byPath.get(path),
  );
}
