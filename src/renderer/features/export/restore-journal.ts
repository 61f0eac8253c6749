import { restoreDecisionsFromJournal } from '@renderer/db';
import type { Bridge } from '@renderer/bridge/bridge';

/**
 * Re-records decisions from the append-only journal file (Electron) into IndexedDB, for when
 * the database was lost. Idempotent: decisions already there are skipped by their ids.
 */
export async function restoreFromJournal(bridge: Bridge): Promise<string> {
  const text = await bridge.readJournal();
  if (!text.trim()) return 'The journal is empty: nothing to restore.';
  const result = await restoreDecisionsFromJournal(text);
  const errors =
    result.errors.length > 0
      ? `; ${result.errors.length} line${result.errors.length === 1 ? '' : 's'} unreadable (${result.errors.slice(0, 3).join('; ')})`
      : '';
  return `Restored ${result.restored} decision${result.restored === 1 ? '' : 's'} from the journal (${result.skipped} already present)${errors}`;
}
