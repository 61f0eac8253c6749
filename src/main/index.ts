import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { realpath } from 'node:fs/promises';
import { release } from 'node:os';
import { join } from 'node:path';
import { openQueueSource } from '../node/queue-source';
import { pickQueuePath, saveExport } from './dialogs/dialogs';
import { sendEvent } from './events';
import { createHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { createJournal, JOURNAL_RELATIVE_PATH } from './journal/journal';
import { buildMenuTemplate } from './menu/menu-template';
import { buildPaths, sampleQueuePath } from './paths';
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from './protocol/app-protocol';
import { QueueRegistry } from './queue/queue-registry';
import { APP_ENTRY_URL, APP_SCHEME } from './security/app-origin';
import { attachNavigationGuards } from './security/navigation';
import { blockNetwork, denyAllPermissions } from './security/permissions';
import { buildWindowOptions } from './security/window-options';
import { applyUserDataSwitch } from './user-data';

// Wiring only: every decision lives in the modules imported above, each with its own tests.
const isDevelopment = !app.isPackaged;
const paths = buildPaths(import.meta.dirname);

applyUserDataSwitch(app);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// A second launch hands over to the first (the lock is per userData folder).
const isPrimaryInstance = app.requestSingleInstanceLock();

let mainWindow: BrowserWindow | null = null;

function openExternally(url: string): void {
  shell.openExternal(url).catch((err: unknown) => console.error('could not open link', err));
}

app.on('web-contents-created', (_event, contents) => {
  attachNavigationGuards(contents, openExternally);
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('second-instance', () => {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions({ preloadPath: paths.preload, appVersion: app.getVersion(), isDevelopment }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((err: unknown) => console.error('could not load the app', err));
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  const defaultSession = session.defaultSession;
  denyAllPermissions(defaultSession);
  blockNetwork(defaultSession);
  const rendererRoot = await realpath(paths.rendererRoot);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));

  const registry = new QueueRegistry();
  const journal = createJournal(join(app.getPath('userData'), JOURNAL_RELATIVE_PATH));
  registerIpcHandlers(
    ipcMain,
    createHandlers({
      registry,
      journal,
      openQueue: (fsPath, options) => openQueueSource(fsPath, options),
      pickQueuePath: () => pickQueuePath(dialog, mainWindow, process.platform),
      samplePath: sampleQueuePath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
      saveExport: (request) => saveExport(dialog, mainWindow, app.getPath('documents'), request),
      info: {
        version: app.getVersion(),
        electron: process.versions.electron ?? 'unknown',
        chrome: process.versions.chrome ?? 'unknown',
        os: `${process.platform} ${release()}`,
      },
    }),
  );

  const send = (command: Parameters<Parameters<typeof buildMenuTemplate>[0]['send']>[0]): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target !== null) sendEvent(target.webContents, 'app:command', command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDevelopment, send })));

  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

if (!isPrimaryInstance) {
  app.quit();
} else {
  start().catch((err: unknown) => {
    console.error('POE Reviewer failed to start', err);
    dialog.showErrorBox('POE Reviewer could not start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}
