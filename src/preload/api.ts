import type { IpcRendererEvent } from 'electron';
import type { ElectronApi } from '@shared/ipc/api';
import { APP_VERSION_SWITCH } from '@shared/ipc/api';
import { isIpcChannel } from '@shared/ipc/contract';
import { IPC_EVENTS, isIpcEventName } from '@shared/ipc/events';

/** The slice of ipcRenderer the api needs; kept inside the preload, never exposed. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

/** Reads the version main passed on the command line; "unknown" if absent or odd. */
export function appVersionFromArgv(argv: readonly string[]): string {
  const arg = argv.find((a) => a.startsWith(APP_VERSION_SWITCH));
  const version = arg?.slice(APP_VERSION_SWITCH.length) ?? '';
  return /^[0-9A-Za-z.+-]{1,64}$/.test(version) ? version : 'unknown';
}

/**
 * Builds window.api from the contract: invoke only contract channels, subscribe only to contract
 * events, each event payload parsed before a listener sees it. The renderer gets functions, not
 * ipcRenderer (which would let it call any channel and see the event's sender).
 */
export function buildElectronApi(ipc: IpcRendererLike, argv: readonly string[]): ElectronApi {
  return {
    appVersion: appVersionFromArgv(argv),
    invoke(channel, request) {
      if (!isIpcChannel(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
      return ipc.invoke(channel, request);
    },
    on(event, listener) {
      if (!isIpcEventName(event)) throw new Error(`unknown event ${String(event)}`);
      const schema = IPC_EVENTS[event];
      const wrapped = (_event: IpcRendererEvent, payload: unknown): void => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      };
      ipc.on(event, wrapped);
      return () => {
        ipc.removeListener(event, wrapped);
      };
    },
  };
}
