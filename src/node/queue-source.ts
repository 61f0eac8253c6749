import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { QueueSource } from '@shared/queue/queue-source';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '@shared/zip/safe-unzip';
import { MANIFEST_NAMES, openFolderQueue } from './folder-queue-source';
import { openZipQueue } from './zip-queue-source';

export interface OpenQueueOptions {
  /** 'sample' for the bundled queue; otherwise folder or zip follows from the path. */
  source?: 'sample';
  /** Shown in messages; defaults to the folder or zip name. */
  label?: string;
  /** One document at most this big (default 200 MB). */
  maxFileBytes?: number;
  /** A queue .zip at most this big on disk (default 1 GB). */
  maxZipBytes?: number;
  /** A queue folder lists at most this many files (default 100,000). */
  maxFiles?: number;
  zipLimits?: Partial<ZipLimits>;
}

const MIB = 1024 * 1024;
export const DEFAULT_MAX_FILE_BYTES = 200 * MIB;

/**
 * Opens a queue from the filesystem (main's dialog choice, the sample queue, or the CLI's
 * argument): a folder with queue.json or claims.csv, that manifest file itself (its folder is
 * opened), or a .zip of such a folder. Rejects with an Error naming the queue when it is none.
 */
export async function openQueueSource(fsPath: string, opts: OpenQueueOptions = {}): Promise<QueueSource> {
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const info = await stat(fsPath).catch(() => {
    throw new Error(`"${basename(fsPath)}" not found`);
  });
  const name = basename(fsPath);
  if (info.isDirectory()) {
    return openFolderQueue(fsPath, { source: opts.source ?? 'folder', label: opts.label, maxFileBytes, maxFiles: opts.maxFiles ?? 100_000 });
  }
  if (info.isFile() && (MANIFEST_NAMES as readonly string[]).includes(name)) {
    const folder = dirname(fsPath);
    return openFolderQueue(folder, { source: opts.source ?? 'folder', label: opts.label ?? basename(folder), maxFileBytes, maxFiles: opts.maxFiles ?? 100_000 });
  }
  if (info.isFile() && name.toLowerCase().endsWith('.zip')) {
    const zipLimits: ZipLimits = {
      ...DEFAULT_ZIP_LIMITS,
      maxEntries: 100_000,
      maxTotalUncompressed: 1024 * MIB,
      maxEntryUncompressed: maxFileBytes,
      ...opts.zipLimits,
    };
    return openZipQueue(fsPath, { label: opts.label, maxZipBytes: opts.maxZipBytes ?? 1024 * MIB, zipLimits });
  }
  throw new Error(`"${name}" is not a queue: choose a folder with queue.json or claims.csv, or a .zip of one`);
}
