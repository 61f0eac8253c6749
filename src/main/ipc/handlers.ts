import type { OpenedQueueInfo } from '@shared/ipc/contract';
import { IpcFailure } from '@shared/ipc/envelope';
import type { QueueSource } from '@shared/queue/queue-source';
import type { Journal } from '../journal/journal';
import type { QueueRegistry } from '../queue/queue-registry';
import type { HandlerMap } from './register';

export interface HandlerDeps {
  registry: QueueRegistry;
  journal: Journal;
  /** The opened queue for a filesystem path main chose (dialog or sample). */
  openQueue(fsPath: string, options?: { source?: 'sample'; label?: string }): Promise<QueueSource>;
  /** Shows the native dialog; the chosen path or null. */
  pickQueuePath(): Promise<string | null>;
  samplePath: string;
  saveExport(request: {
    suggestedName: string;
    content: string | Uint8Array;
    mimeType: string;
  }): Promise<{ saved: boolean; location?: string }>;
  info: { version: string; electron: string; chrome: string; os: string };
}

/**
 * The handlers behind the contract. Thin on purpose: paths come only from main's own dialog
 * or the bundled sample, queue reads go through the registry (queue-relative paths only).
 */
export function createHandlers(deps: HandlerDeps): HandlerMap {
  return {
    'queue:open-dialog': async (): Promise<OpenedQueueInfo | null> => {
      const picked = await deps.pickQueuePath();
      if (picked === null) return null;
      return deps.registry.add(await deps.openQueue(picked));
    },
    'queue:open-sample': async () => {
      const source = await deps.openQueue(deps.samplePath, { source: 'sample', label: 'Sample queue' }).catch((err: unknown) => {
        throw new IpcFailure(
          'not-found',
          `The sample queue could not be opened (${err instanceof Error ? err.message : String(err)}). Run "npm run sample" to generate it.`,
        );
      });
      return deps.registry.add(source);
    },
    'queue:read-file': (request) => deps.registry.readFile(request.queueToken, request.path),
    'decisions:save-export': (request) => deps.saveExport(request),
    'journal:append': async (request) => {
      await deps.journal.append(request.line);
      return { appended: true as const };
    },
    'journal:read': async () => ({ text: await deps.journal.read() }),
    'app:info': () => deps.info,
  };
}
