import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions } from 'electron';
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

type OpenDialog = Pick<Dialog, 'showOpenDialog'>;
type SaveDialog = Pick<Dialog, 'showSaveDialog'>;

/**
 * Options of the "Open queue…" dialog. macOS lets one dialog pick a folder or a file; Windows and
 * Linux do not, so there the user picks the queue's queue.json (or claims.csv) or a .zip, and
 * main opens the folder around a picked manifest (node/queue-source.ts).
 */
export function openQueueDialogOptions(platform: NodeJS.Platform): OpenDialogOptions {
  return {
    title: 'Open queue',
    buttonLabel: 'Open queue',
    message: 'Choose a queue folder, its queue.json or claims.csv, or a .zip of the folder',
    properties: platform === 'darwin' ? ['openFile', 'openDirectory'] : ['openFile'],
    filters: [{ name: 'Claim queue (queue.json, claims.csv, .zip)', extensions: ['json', 'csv', 'zip'] }],
  };
}

/** Shows the dialog; the chosen path, or null when cancelled. */
export async function pickQueuePath(dialog: OpenDialog, window: BrowserWindow | null, platform: NodeJS.Platform): Promise<string | null> {
  const options = openQueueDialogOptions(platform);
  const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
  const [first] = result.filePaths;
  return result.canceled || first === undefined ? null : first;
}

export function exportFilters(suggestedName: string, mimeType: string): FileFilter[] {
  if (mimeType.startsWith('text/csv') || suggestedName.toLowerCase().endsWith('.csv')) return [{ name: 'CSV', extensions: ['csv'] }];
  if (mimeType.startsWith('application/json') || suggestedName.toLowerCase().endsWith('.json'))
    return [{ name: 'JSON', extensions: ['json'] }];
  if (mimeType === 'application/zip' || suggestedName.toLowerCase().endsWith('.zip'))
    return [{ name: 'Queue (.zip)', extensions: ['zip'] }];
  return [{ name: 'All files', extensions: ['*'] }];
}

/** Writes beside the target and renames over it, so a crash never leaves a half-written export. */
export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await (typeof content === 'string' ? handle.writeFile(content, 'utf8') : handle.writeFile(content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}

export interface ExportRequest {
  suggestedName: string;
  content: string | Uint8Array;
  mimeType: string;
}

/** Asks where to save (starting in `defaultDir`), writes there; `saved: false` when cancelled. */
export async function saveExport(
  dialog: SaveDialog,
  window: BrowserWindow | null,
  defaultDir: string,
  request: ExportRequest,
): Promise<{ saved: boolean; location?: string }> {
  const options = {
    title: 'Export decisions',
    defaultPath: join(defaultDir, request.suggestedName),
    filters: exportFilters(request.suggestedName, request.mimeType),
  };
  const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
  if (result.canceled || result.filePath === undefined || result.filePath === '') return { saved: false };
  await writeFileAtomically(result.filePath, request.content);
  return { saved: true, location: result.filePath };
}
