import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { LIMITS } from '@shared/limits';
import { MANIFEST_NAMES } from '@shared/queue/open-queue';
import type { QueueSource } from '@shared/queue/queue-source';
import { openFolderQueue } from './folder-queue-source';
import { openZipQueue } from './zip-queue-source';

export interface OpenQueueOptions {
  /** 'sample' for the bundled queue; otherwise folder or zip follows from the path. */
  source?: 'sample';
  /** Shown in messages; defaults to the folder or zip name. */
  label?: string;
  /** Tests only: one document at most this big (LIMITS.documentBytes otherwise). */
  maxFileBytes?: number;
}

/**
 * Opens a queue from the filesystem (main's dialog choice, the sample queue, or the CLI's
 * argument): a folder with queue.json or claims.csv, that manifest file itself (its folder is
 * opened), or a .zip of such a folder. Rejects with an Error naming the queue when it is none.
 */
export async function openQueueSource(fsPath: string, opts: OpenQueueOptions = {}): Promise<QueueSource> {
  const maxFileBytes = opts.maxFileBytes ?? LIMITS.documentBytes;
  const info = await stat(fsPath).catch(() => {
    throw new Error(`"${basename(fsPath)}" not found`);
  });
  const name = basename(fsPath);
  if (info.isDirectory()) return openFolderQueue(fsPath, { source: opts.source ?? 'folder', label: opts.label, maxFileBytes });
  if (info.isFile() && (MANIFEST_NAMES as readonly string[]).includes(name)) {
    const folder = dirname(fsPath);
    return openFolderQueue(folder, { source: opts.source ?? 'folder', label: opts.label ?? basename(folder), maxFileBytes });
  }
  if (info.isFile() && name.toLowerCase().endsWith('.zip')) return openZipQueue(fsPath, { label: opts.label });
  throw new Error(`"${name}" is not a queue: choose a folder with queue.json or claims.csv, or a .zip of one`);
}
