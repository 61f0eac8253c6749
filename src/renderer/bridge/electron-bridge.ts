import type { ElectronApi } from '@shared/ipc/api';
import { IPC_CONTRACT, type IpcChannel, type IpcRequest, type IpcResponse, type OpenedQueueInfo } from '@shared/ipc/contract';
import { envelopeSchema, IpcFailure } from '@shared/ipc/envelope';
import type { AppCommandName } from '@shared/ipc/events';
import type { AppCommand, Bridge, OpenedQueue } from './bridge';
import { queueSourceFromFiles } from './files-queue-source';

// The contract's command list and the bridge's AppCommand must stay the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const commandsMatch: Same<AppCommand, AppCommandName> = true;
void commandsMatch;

/** Calls one channel and unwraps the envelope: data, or a thrown Error with main's message. */
export async function callMain<C extends IpcChannel>(api: ElectronApi, channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  const raw = await api.invoke(channel, request);
  const parsed = envelopeSchema(IPC_CONTRACT[channel].response).safeParse(raw);
  if (!parsed.success) throw new Error(`${channel}: the app answered in an unexpected shape`);
  // The same error class main's handlers throw: code and message as main reported them.
  if (!parsed.data.ok) throw new IpcFailure(parsed.data.error.code, parsed.data.error.message);
  // The response schema for C parsed it; z.infer of that schema is IpcResponse<C>.
  return parsed.data.data as IpcResponse<C>;
}

/** A queue main opened: its files are read through main by token, queue-relative paths only. */
export function openedQueueFromInfo(api: ElectronApi, info: OpenedQueueInfo): OpenedQueue {
  return {
    source: info.source,
    label: info.label,
    manifestName: info.manifestName,
    manifestText: info.manifestText,
    files: info.files,
    readFile: (path: string) => callMain(api, 'queue:read-file', { queueToken: info.queueToken, path }),
  };
}

/** True when `value` looks like the preload's window.api (the web build has none). */
export function isElectronApi(value: unknown): value is ElectronApi {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.invoke === 'function' && typeof candidate.on === 'function' && typeof candidate.appVersion === 'string';
}

/** window.api when running inside Electron, else null: main.tsx picks the bridge with it. */
export function electronApiFromWindow(): ElectronApi | null {
  const value: unknown = Reflect.get(window, 'api');
  return isElectronApi(value) ? value : null;
}

/** The Bridge over the preload's window.api. */
export function createElectronBridge(api: ElectronApi): Bridge {
  return {
    platform: 'electron',
    appVersion: api.appVersion,
    async openSampleQueue() {
      return openedQueueFromInfo(api, await callMain(api, 'queue:open-sample', {}));
    },
    async showOpenQueueDialog() {
      const info = await callMain(api, 'queue:open-dialog', {});
      return info === null ? null : openedQueueFromInfo(api, info);
    },
    // Dropped files are read in the renderer, like the web build: no path ever goes to main.
    openQueueFromFiles: (files) => queueSourceFromFiles(files),
    saveExport: (suggestedName, content, mimeType) => callMain(api, 'decisions:save-export', { suggestedName, content, mimeType }),
    async appendJournal(line) {
      await callMain(api, 'journal:append', { line });
    },
    async readJournal() {
      return (await callMain(api, 'journal:read', {})).text;
    },
    onCommand: (listener: (command: AppCommand) => void) => api.on('app:command', listener),
  };
}
