import type { ElectronApi } from '@shared/ipc/api';

declare global {
  interface Window {
    /** Present only in the Electron build (the preload exposes it); the web build has no api. */
    readonly api?: ElectronApi;
  }
}

export {};
