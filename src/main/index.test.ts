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

  it('denies every permission and cancels network requests on the session, and serves app://', () => {
    const session = electron.session.defaultSession;
    const onRequest = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      onRequest({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false]);
    const onCheck = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (contents: unknown, permission: string) => boolean;
    expect(onCheck({}, 'clipboard-sanitized-write')).toBe(false);
    const [filter, onBefore] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      (details: unknown, callback: (r: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const responses: { cancel: boolean }[] = [];
    onBefore({ url: 'https://tracker.example/pixel.gif' }, (r) => responses.push(r));
    expect(responses).toEqual([{ cancel: true }]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('registers every contract channel through the checked helper', async () => {
    const channels = electron.ipcMain.handle.mock.calls.map((c) => c[0] as string);
    expect([...channels].sort()).toEqual([...IPC_CHANNELS].sort());
    const appInfo = electron.ipcMain.handle.mock.calls.find((c) => c[0] === 'app:info')?.[1] as (
      e: unknown,
      raw: unknown,
    ) => Promise<unknown>;
    expect(await appInfo({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await appInfo({ senderFrame: { url: 'app://poe-reviewer/index.html', parent: null } }, {})).toMatchObject({
      ok: true,
      data: { version: '0.1.0' },
    });
  });

  it('opens one secure window on the app entry page', () => {
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(window?.loadURL).toHaveBeenCalledWith('app://poe-reviewer/index.html');
  });

  it('keeps every web contents created on the app: foreign navigation, webviews and new windows refused', () => {
    const created = electron.appListeners.get('web-contents-created');
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    created?.({}, contents);
    const listener = (name: string) =>
      contents.on.mock.calls.find((c) => c[0] === name)?.[1] as (event: { preventDefault: () => void }, url: string) => void;
    const attempt = (name: string, url: string): boolean => {
      const event = { preventDefault: vi.fn() };
      listener(name)(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(attempt('will-navigate', 'app://poe-reviewer/index.html')).toBe(false);
    expect(attempt('will-attach-webview', 'app://poe-reviewer/index.html')).toBe(true);
    const openWindow = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string; disposition: string }) => {
      action: string;
    };
    expect(openWindow({ url: 'app://poe-reviewer/index.html', disposition: 'new-window' })).toEqual({ action: 'deny' });
  });

  it('sends menu commands to the window as app:command events', () => {
    const template = electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const file = template.find((m) => m.label === 'File');
    file?.submenu?.find((i) => i.label === 'Export decisions as JSON')?.click?.();
    expect(electron.webContents.send).toHaveBeenCalledWith('app:command', 'export-json');
  });
});
