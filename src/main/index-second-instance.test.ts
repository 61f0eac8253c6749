import { expect, it, vi } from 'vitest';

// A second launch must quit at once and open no window (the first instance gets focused).
const electron = vi.hoisted(() => ({
  app: {
    isPackaged: false,
    commandLine: { getSwitchValue: vi.fn(() => '') },
    setPath: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => false),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    on: vi.fn(),
  },
  BrowserWindow: vi.fn(),
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: vi.fn() },
  dialog: {},
  Menu: {},
  session: {},
  shell: {},
}));
vi.mock('electron', () => electron);

it('quits without starting when another instance holds the lock', async () => {
  await import('./index');
  await new Promise((done) => setTimeout(done, 20));
  expect(electron.app.quit).toHaveBeenCalled();
  expect(electron.app.whenReady).not.toHaveBeenCalled();
  expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  expect(electron.BrowserWindow).not.toHaveBeenCalled();
});
