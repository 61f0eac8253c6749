import { describe, expect, it, vi } from 'vitest';
import { appVersionFromArgv, buildElectronApi, type IpcRendererLike } from './api';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, data: { text: '' } })), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

function fakeIpc() {
  const listeners = new Map<string, (event: never, ...args: unknown[]) => void>();
  const ipc = {
    invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>({ ok: true, data: null })),
    on: vi.fn((channel: string, fn: (event: never, ...args: unknown[]) => void) => listeners.set(channel, fn)),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
  };
  return {
    ipc: ipc as typeof ipc & IpcRendererLike,
    emit: (channel: string, payload: unknown) => listeners.get(channel)?.({} as never, payload),
    listeners,
  };
}

describe('preload api', () => {
  it('invokes contract channels only', async () => {
    const { ipc } = fakeIpc();
    const api = buildElectronApi(ipc, []);
    await api.invoke('journal:read', {});
    expect(ipc.invoke).toHaveBeenCalledWith('journal:read', {});
    await expect(api.invoke('shell:exec' as never, {} as never)).rejects.toThrow(/unknown channel shell:exec/);
    await expect(api.invoke('__proto__' as never, {} as never)).rejects.toThrow(/unknown channel/);
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
  });

  it('delivers only valid event payloads, without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = buildElectronApi(ipc, []);
    const listener = vi.fn();
    const off = api.on('app:command', listener);
    emit('app:command', 'export-csv');
    emit('app:command', 'format-disk');
    emit('app:command', { command: 'export-csv' });
    expect(listener.mock.calls).toEqual([['export-csv']]);
    off();
    expect(listeners.has('app:command')).toBe(false);
    expect(() => api.on('ipc:raw' as never, vi.fn())).toThrow(/unknown event/);
  });

  it('reads the app version main passed, refusing odd values', () => {
    expect(appVersionFromArgv(['electron', '--poe-reviewer-version=0.1.0'])).toBe('0.1.0');
    expect(appVersionFromArgv(['--poe-reviewer-version=<img src=x>'])).toBe('unknown');
    expect(appVersionFromArgv([])).toBe('unknown');
  });

  it('exposes window.api and nothing else', async () => {
    await import('./index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['appVersion', 'invoke', 'on']);
  });
});
