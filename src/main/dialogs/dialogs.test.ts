import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFilters, openQueueDialogOptions, pickQueuePath, saveExport, writeFileAtomically } from './dialogs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poe-dialogs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('open queue dialog', () => {
  it('lets macOS pick folders or files, others pick a manifest or zip', () => {
    expect(openQueueDialogOptions('darwin').properties).toEqual(['openFile', 'openDirectory']);
    expect(openQueueDialogOptions('win32').properties).toEqual(['openFile']);
    expect(openQueueDialogOptions('linux').filters?.[0]?.extensions).toEqual(['json', 'csv', 'zip']);
  });

  it('returns the chosen path, or null when cancelled', async () => {
    const chosen = { showOpenDialog: vi.fn(() => Promise.resolve({ canceled: false, filePaths: ['/q/week-47.zip'] })) };
    expect(await pickQueuePath(chosen as never, null, 'linux')).toBe('/q/week-47.zip');
    const cancelled = { showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })) };
    expect(await pickQueuePath(cancelled as never, null, 'linux')).toBeNull();
  });
});

describe('save export', () => {
  it('writes the content where the user chose, offering the suggested name in the default folder', async () => {
    const target = join(dir, 'decisions.csv');
    const dialog = { showSaveDialog: vi.fn(() => Promise.resolve({ canceled: false, filePath: target })) };
    expect(
      await saveExport(dialog as never, null, dir, { suggestedName: 'decisions.csv', content: 'a,b\n', mimeType: 'text/csv' }),
    ).toEqual({ saved: true, location: target });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: target, filters: [{ name: 'CSV', extensions: ['csv'] }] }),
    );
    expect(await readFile(target, 'utf8')).toBe('a,b\n');
    expect(await readdir(dir)).toEqual(['decisions.csv']);
  });

  it('writes nothing when cancelled', async () => {
    const dialog = { showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })) };
    expect(await saveExport(dialog as never, null, dir, { suggestedName: 'd.json', content: '{}', mimeType: 'application/json' })).toEqual({
      saved: false,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('replaces an existing file whole and leaves no temporary file behind on failure', async () => {
    const target = join(dir, 'd.json');
    await writeFile(target, 'old');
    await writeFileAtomically(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    await expect(writeFileAtomically(join(dir, 'missing-folder', 'd.json'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['d.json']);
  });

  it('picks filters by type', () => {
    expect(exportFilters('x.json', 'application/json')).toEqual([{ name: 'JSON', extensions: ['json'] }]);
    expect(exportFilters('x.txt', 'text/plain')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
