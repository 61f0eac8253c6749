import { describe, expect, it, vi } from 'vitest';
import type { ElectronApi } from '@shared/ipc/api';
import { IpcFailure } from '@shared/ipc/envelope';
import { createElectronBridge, isElectronApi } from './electron-bridge';

const token = '0f8fad5b-d9cb-469f-a165-70867728950e';
const info = {
  queueToken: token,
  source: 'folder',
  label: 'week-47',
  manifestName: 'queue.json',
  manifestText: '{}',
  files: ['a/b.pdf', 'queue.json'],
};

function fakeApi(answers: Record<string, unknown>) {
  const invoke = vi.fn((channel: string, _request: unknown) => Promise.resolve(answers[channel]));
  const api = { appVersion: '0.1.0', invoke, on: vi.fn(() => () => undefined) };
  return { api: api as unknown as ElectronApi, invoke, on: api.on };
}

describe('electron bridge', () => {
  it('opens the sample queue and reads its files through main by token', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const { api, invoke } = fakeApi({ 'queue:open-sample': { ok: true, data: info }, 'queue:read-file': { ok: true, data: bytes } });
    const bridge = createElectronBridge(api);
    expect(bridge.platform).toBe('electron');
    expect(bridge.appVersion).toBe('0.1.0');
    const queue = await bridge.openSampleQueue();
    expect(queue).toMatchObject({ source: 'folder', label: 'week-47', manifestName: 'queue.json', files: ['a/b.pdf', 'queue.json'] });
    expect(await queue.readFile('a/b.pdf')).toEqual(bytes);
    expect(invoke).toHaveBeenLastCalledWith('queue:read-file', { queueToken: token, path: 'a/b.pdf' });
  });

  it("turns an error envelope into an Error with main's message and code", async () => {
    const { api } = fakeApi({
      'queue:open-sample': { ok: true, data: info },
      'queue:read-file': { ok: false, error: { code: 'refused', message: '"../x.pdf" refused: path leaves the queue folder ("..")' } },
    });
    const queue = await createElectronBridge(api).openSampleQueue();
    const error = await queue.readFile('../x.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcFailure);
    expect(error).toMatchObject({ code: 'refused', message: '"../x.pdf" refused: path leaves the queue folder ("..")' });
  });

  it('refuses an answer that does not fit the contract', async () => {
    const { api } = fakeApi({ 'journal:read': { ok: true, data: { text: 42 } } });
    await expect(createElectronBridge(api).readJournal()).rejects.toThrow(/journal:read: the app answered in an unexpected shape/);
  });

  it('returns null when the open dialog is cancelled, and saves exports', async () => {
    const { api, invoke } = fakeApi({
      'queue:open-dialog': { ok: true, data: null },
      'decisions:save-export': { ok: true, data: { saved: true, location: '/home/a/d.csv' } },
    });
    const bridge = createElectronBridge(api);
    expect(await bridge.showOpenQueueDialog()).toBeNull();
    expect(await bridge.saveExport('d.csv', 'a,b', 'text/csv')).toEqual({ saved: true, location: '/home/a/d.csv' });
    expect(invoke).toHaveBeenLastCalledWith('decisions:save-export', { suggestedName: 'd.csv', content: 'a,b', mimeType: 'text/csv' });
  });

  it('appends and reads the journal, and subscribes to commands', async () => {
    const { api, invoke, on } = fakeApi({
      'journal:append': { ok: true, data: { appended: true } },
      'journal:read': { ok: true, data: { text: 'x\n' } },
    });
    const bridge = createElectronBridge(api);
    await bridge.appendJournal('{"decisionId":"d1"}');
    expect(invoke).toHaveBeenCalledWith('journal:append', { line: '{"decisionId":"d1"}' });
    expect(await bridge.readJournal()).toBe('x\n');
    const listener = vi.fn();
    bridge.onCommand(listener);
    expect(on).toHaveBeenCalledWith('app:command', listener);
  });

  it('reads a dropped folder in the renderer, never sending a path to main', async () => {
    const { api, invoke } = fakeApi({});
    const file = new File(['{"schema":"poe-queue/1","claims":[]}'], 'queue.json');
    const queue = await createElectronBridge(api).openQueueFromFiles([file]);
    expect(queue.manifestName).toBe('queue.json');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('recognises the preload api shape', () => {
    expect(isElectronApi({ appVersion: '1', invoke: () => undefined, on: () => undefined })).toBe(true);
    expect(isElectronApi({ invoke: () => undefined })).toBe(false);
    expect(isElectronApi(undefined)).toBe(false);
  });
});
