import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';

// index.ts only wires modules together; this test checks the wiring with a fake electron
// (importing the real module would try to download the Electron binary).
const electron = vi.hoisted(() => {
  const webContents = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow {
    static getFocusedWindow = vi.fn(() => null);
    static getAllWindows = vi.fn(() => windows);
    webContents = webContents;
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    on = vi.fn();
    constructor(public options: unknown) {
      windows.push(this);
    }
  }
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    windows,
    webContents,
    appListeners,
    app: {
      isPackaged: false,
      commandLine: { getSwitchValue: vi.fn(() => '') },
      setPath: vi.fn(),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn)),
      getVersion: vi.fn(() => '0.1.0'),
      getPath: vi.fn(() => '/tmp/poe-reviewer-test-user-data'),
      getAppPath: vi.fn(() => '/work/main'),
    },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});

vi.mock('electron', () => electron);

beforeAll(async () => {
  await import('./index');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});

describe('main process wiring', () => {
  it('forces the sandbox and registers app:// as privileged before ready', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown }),
    ]);
  });

  it('denies permissions and network on the session and serves app:// from the renderer build', () => {
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('registers every contract channel through the checked helper', async () => {
    const channels = electron.ipcMain.handle.mock.calls.map((c) => c[0] as string);
    expect([...channels].sort()).toEqual([...IPC_CHANNELS].sort());
    const appInfo = electron.ipcMain.handle.mock.calls.find((c) => c[0] === 'app:info')?.[1] as (e: unknown, raw: unknown) => Promise<unknown>;
    expect(await appInfo({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await appInfo({ senderFrame: { url: 'app://poe-reviewer/index.html', parent: null } }, {})).toMatchObject({ ok: true, data: { version: '0.1.0' } });
  });

  it('opens one secure window on the app entry page', () => {
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(window?.loadURL).toHaveBeenCalledWith('app://poe-reviewer/index.html');
  });

  it('guards every web contents created, and refuses webviews', () => {
    const created = electron.appListeners.get('web-contents-created');
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    created?.({}, contents);
    expect(contents.on.mock.calls.map((c) => c[0] as string)).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('sends menu commands to the window as app:command events', () => {
    const template = electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    const file = template.find((m) => m.label === 'File');
    file?.submenu?.find((i) => i.label === 'Export decisions as JSON')?.click?.();
    expect(electron.webContents.send).toHaveBeenCalledWith('app:command', 'export-json');
  });
});
