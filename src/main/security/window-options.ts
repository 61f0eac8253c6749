import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_VERSION_SWITCH } from '@shared/ipc/api';

export interface WindowOptionsInput {
  preloadPath: string;
  appVersion: string;
  /** DevTools only in development builds. */
  isDevelopment: boolean;
}

/**
 * The main window's options: the Electron security checklist's defaults, written out so a test
 * can hold them and an upgrade that changes a default cannot weaken them silently.
 */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'POE Reviewer',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click ("auxclick") would otherwise be a second way to ask for new windows.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: input.isDevelopment,
      // The sandboxed preload cannot read package.json; this is how it learns the version.
      additionalArguments: [`${APP_VERSION_SWITCH}${input.appVersion}`],
    },
  };
}
