import { create } from 'zustand';

/**
 * Documents whose reading (OCR included) the open claim's engine run is doing now, by SHA-256:
 * the viewer says "Text not read yet: OCR runs…" for their scans instead of "No matches".
 */
interface OcrReadingState {
  reading: Record<string, number>;
}

export const useOcrReadingStore = create<OcrReadingState>(() => ({ reading: {} }));

function add(hashes: readonly string[], delta: number): void {
  useOcrReadingStore.setState((s) => {
    const reading = { ...s.reading };
    for (const h of hashes) {
      const n = (reading[h] ?? 0) + delta;
      if (n > 0) reading[h] = n;
      else delete reading[h];
    }
    return { reading };
  });
}

/** The words a run wrote reach the viewer's live query a moment after the run answers. */
const SETTLE_MS = 1_500;

/** Marks the documents as being read until the returned promise settles (and a moment after). */
export async function whileReading<T>(hashes: readonly string[], work: () => Promise<T>): Promise<T> {
  add(hashes, 1);
  try {
    return await work();
  } finally {
    setTimeout(() => add(hashes, -1), SETTLE_MS);
  }
}
